/* quote.c - quoted statements and their speakers. */
#include "parallax/quote.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/attrib.h"
#include "parallax/lexicon.h"
#include "parallax/segment.h"
#include "parallax/words.h"

#define DEPTH_MAX 8
#define POSTINGS_MAX 256  /* a word in more quotes than this is not compared */

enum mark {
	MARK_DOUBLE,      /* “ ” or „ “ */
	MARK_LOW,         /* „ opened: closed by “ or ” */
	MARK_STRAIGHT,    /* " */
	MARK_SINGLE,      /* ‘ ’ */
	MARK_SINGLE_ASCII, /* ' */
	MARK_GUILLEMET,   /* « » */
	MARK_GUILLEMET1,  /* ‹ › */
	MARK_CORNER,      /* 「 」 */
	MARK_CORNER2,     /* 『 』 */
};

struct open_mark {
	enum mark kind;
	uint32_t at; /* first byte inside */
};

struct scan {
	struct corpus *c;
	struct article *a;
	uint32_t art;
	struct open_mark stack[DEPTH_MAX];
	uint32_t depth;
};

static bool
is_space_cp(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
	       cp == 0x202F || cp == 0x2009 || cp < 0;
}

/* Where an opening mark may stand: after a space, a bracket, a dash or
 * another opening mark, or at the start. */
static bool
opener_before(int32_t prev)
{
	return prev < 0 || is_space_cp(prev) || prev == '(' || prev == '[' || prev == 0x2014 ||
	       prev == 0x2013 || prev == 0x201C || prev == 0x2018 || prev == '"' ||
	       prev == 0x00AB || prev == '-' || prev == '/' || prev == ':';
}

/* Is [start, end) one capitalised word in quotes between two names,
 * a nickname: James "Whitey" Bulger? */
static bool
nickname(const struct article *a, uint32_t start, uint32_t end)
{
	uint32_t k = words_token_from(a, start);

	return k < a->n_toks && a->toks[k].start == start && a->toks[k].end == end &&
	       words_nickname(a, k);
}

static void
add_quote(struct scan *sc, uint32_t start, uint32_t end, bool single)
{
	const unsigned char *t = sc->a->text;
	struct quote *q;
	uint32_t s;

	while (start < end && (t[start] == ' ' || t[start] == '\n' || t[start] == '\t'))
		start++;
	while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\n' || t[end - 1] == '\t' ||
	                       t[end - 1] == '\r'))
		end--;
	/* 'n' in "rock 'n' roll" is no quote, nor a nickname inside a name */
	if (start >= end || (single && end - start < 2) || nickname(sc->a, start, end))
		return;
	s = article_sentence_at(sc->a, start);
	if (s == PX_NONE || (sc->a->sents[s].flags & SENT_BOILER))
		return;
	q = PX_PUSH(sc->c->quotes, sc->c->n_quotes, sc->c->cap_quotes);
	q->article = sc->art;
	q->sentence = s;
	q->start = start;
	q->end = end;
	q->speaker = PX_NONE;
	q->group = PX_NONE;
	q->parent = PX_NONE;
}

static void
push(struct scan *sc, enum mark kind, uint32_t at)
{
	if (sc->depth == DEPTH_MAX)
		return;
	sc->stack[sc->depth].kind = kind;
	sc->stack[sc->depth].at = at;
	sc->depth++;
}

/* Close the innermost open mark of one of the kinds in mask (bit per
 * enum mark) at byte end; marks opened inside it and left open were not
 * quotes. Returns false when none is open. */
static bool
close_mark(struct scan *sc, uint32_t mask, uint32_t end)
{
	uint32_t i = sc->depth;

	while (i > 0 && !(mask & (1u << sc->stack[i - 1].kind)))
		i--;
	if (!i)
		return false;
	add_quote(sc, sc->stack[i - 1].at, end, sc->stack[i - 1].kind == MARK_SINGLE ||
	          sc->stack[i - 1].kind == MARK_SINGLE_ASCII);
	sc->depth = i - 1;
	return true;
}

static bool
top_is(const struct scan *sc, enum mark kind)
{
	return sc->depth && sc->stack[sc->depth - 1].kind == kind;
}

static bool
open_anywhere(const struct scan *sc, enum mark kind)
{
	uint32_t i;

	for (i = 0; i < sc->depth; i++)
		if (sc->stack[i].kind == kind)
			return true;
	return false;
}

#define BIT(k) (1u << (k))

/* One code point cp at byte i (len bytes) between prev and next. */
static void
mark(struct scan *sc, int32_t cp, uint32_t i, uint32_t len, int32_t prev, int32_t next)
{
	bool letters = segment_is_letter(prev) && segment_is_letter(next);

	switch (cp) {
	case 0x201C: /* “ closes a „ quote, else opens */
		if (!close_mark(sc, BIT(MARK_LOW), i))
			push(sc, MARK_DOUBLE, i + len);
		break;
	case 0x201E:
		push(sc, MARK_LOW, i + len);
		break;
	case 0x201D:
		close_mark(sc, BIT(MARK_DOUBLE) | BIT(MARK_LOW), i);
		break;
	case 0x00AB:
		push(sc, MARK_GUILLEMET, i + len);
		break;
	case 0x00BB:
		close_mark(sc, BIT(MARK_GUILLEMET), i);
		break;
	case 0x2039:
		push(sc, MARK_GUILLEMET1, i + len);
		break;
	case 0x203A:
		close_mark(sc, BIT(MARK_GUILLEMET1), i);
		break;
	case 0x300C:
		push(sc, MARK_CORNER, i + len);
		break;
	case 0x300D:
		close_mark(sc, BIT(MARK_CORNER), i);
		break;
	case 0x300E:
		push(sc, MARK_CORNER2, i + len);
		break;
	case 0x300F:
		close_mark(sc, BIT(MARK_CORNER2), i);
		break;
	case '"':
		if (open_anywhere(sc, MARK_STRAIGHT))
			close_mark(sc, BIT(MARK_STRAIGHT), i);
		else if (opener_before(prev) && !is_space_cp(next))
			push(sc, MARK_STRAIGHT, i + len);
		break;
	case 0x2018:
		if (opener_before(prev) && !is_space_cp(next))
			push(sc, MARK_SINGLE, i + len);
		break;
	case 0x2019:
		/* between letters an apostrophe: didn’t, Ukraine’s */
		if (!letters && top_is(sc, MARK_SINGLE) && !is_space_cp(prev))
			close_mark(sc, BIT(MARK_SINGLE), i);
		break;
	case '\'':
		if (letters)
			break;
		if (top_is(sc, MARK_SINGLE_ASCII) && !is_space_cp(prev) && !segment_is_letter(next))
			close_mark(sc, BIT(MARK_SINGLE_ASCII), i);
		else if (opener_before(prev) && segment_is_letter(next))
			push(sc, MARK_SINGLE_ASCII, i + len);
		break;
	default:
		break;
	}
}

static int32_t
cp_at(const unsigned char *t, uint32_t i, uint32_t end, uint32_t *len)
{
	int32_t cp;
	size_t k;

	if (i >= end) {
		*len = 0;
		return -1;
	}
	k = utf8_decode(t + i, end - i, &cp);
	*len = (uint32_t)k;
	return cp;
}

/* Does paragraph p open with a quotation mark (a quote continued)? */
static bool
opens_with_quote(const struct article *a, uint32_t p)
{
	uint32_t len;
	int32_t cp;

	if (p >= a->n_paras)
		return false;
	cp = cp_at(a->text, a->paras[p].start, a->paras[p].end, &len);
	return cp == 0x201C || cp == '"' || cp == 0x00AB || cp == 0x201E;
}

/* Can byte b start a quotation mark? ", ', and the lead bytes of the
 * marks in U+2018..U+203A, « » and the corner brackets. */
static const bool mark_lead[256] = {
	['"'] = true, ['\''] = true, [0xC2] = true, [0xE2] = true, [0xE3] = true,
};

/* The code point ending just before byte i (not before lo), or -1. */
static int32_t
cp_before(const unsigned char *t, uint32_t lo, uint32_t i)
{
	uint32_t j = i, len;

	if (i <= lo)
		return -1;
	j--;
	while (j > lo && (t[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	return cp_at(t, j, i, &len);
}

static void
scan_paragraph(struct scan *sc, uint32_t p)
{
	const struct paragraph *pa = &sc->a->paras[p];
	const unsigned char *t = sc->a->text;
	uint32_t i, len, nlen;

	sc->depth = 0;
	for (i = pa->start; i < pa->end; i++) {
		int32_t cp;

		if (!mark_lead[t[i]])
			continue;
		cp = cp_at(t, i, pa->end, &len);
		mark(sc, cp, i, len, cp_before(t, pa->start, i),
		     cp_at(t, i + len, pa->end, &nlen));
		i += len - 1;
	}
	/* a quote running on into the next paragraph ends here */
	if (opens_with_quote(sc->a, p + 1))
		while (sc->depth) {
			enum mark k = sc->stack[sc->depth - 1].kind;

			if (k == MARK_DOUBLE || k == MARK_STRAIGHT || k == MARK_GUILLEMET ||
			    k == MARK_LOW)
				add_quote(sc, sc->stack[sc->depth - 1].at, pa->end, false);
			sc->depth--;
		}
}

static int
cmp_quote(const void *pa, const void *pb)
{
	const struct quote *a = pa, *b = pb;

	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end > b->end ? -1 : a->end < b->end; /* outer first */
}

/* Parents by containment, in one pass over quotes sorted by start. */
static void
link_parents(struct corpus *c, uint32_t from)
{
	uint32_t stack[DEPTH_MAX * 4], depth = 0, i;

	for (i = from; i < c->n_quotes; i++) {
		struct quote *q = &c->quotes[i];

		while (depth && c->quotes[stack[depth - 1]].end < q->end)
			depth--;
		q->parent = depth ? stack[depth - 1] : PX_NONE;
		if (depth < PX_ARRAY_SIZE(stack))
			stack[depth++] = i;
	}
}

void
quote_find(struct corpus *c, uint32_t article)
{
	struct scan sc = {c, &c->articles[article], article, {{0, 0}}, 0};
	uint32_t p, from = c->n_quotes;

	for (p = 0; p < sc.a->n_paras; p++)
		if (!sc.a->paras[p].boiler)
			scan_paragraph(&sc, p);
	if (c->n_quotes == from)
		return;
	px_sort(c->quotes + from, c->n_quotes - from, sizeof *c->quotes, cmp_quote);
	link_parents(c, from);
}

/* Mark the tokens inside quotes. */
static void
flag_tokens(struct corpus *c)
{
	uint32_t i, k;

	for (i = 0; i < c->n_quotes; i++) {
		const struct quote *q = &c->quotes[i];
		struct article *a = &c->articles[q->article];

		for (k = words_token_near(a, q->sentence, q->start); k < a->n_toks && a->toks[k].end <= q->end; k++)
			a->toks[k].flags |= TOK_QUOTED;
	}
}

/* Groups */

static uint32_t
group_find(uint32_t *parent, uint32_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

static void
group_unite(uint32_t *parent, uint32_t a, uint32_t b)
{
	a = group_find(parent, a);
	b = group_find(parent, b);
	if (a < b)
		parent[b] = a;
	else if (b < a)
		parent[a] = b;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* Sort w[0..n) and drop repeats; returns the new count. Quotes are
 * short, so small arrays are sorted in place by insertion. */
static uint32_t
unique_sorted(uint32_t *w, uint32_t n)
{
	uint32_t i, k = 0;

	if (n > 16) {
		px_sort(w, n, sizeof *w, cmp_u32);
	} else {
		for (i = 1; i < n; i++) {
			uint32_t v = w[i], j = i;

			for (; j > 0 && w[j - 1] > v; j--)
				w[j] = w[j - 1];
			w[j] = v;
		}
	}
	for (i = 0; i < n; i++)
		if (!k || w[k - 1] != w[i])
			w[k++] = w[i];
	return k;
}

/* The words of every quote, read once: a hash of its folded word
 * sequence (same wording) and its stems, sorted and unique, so that
 * "need" and "needs" meet (overlap). */
struct quote_words {
	uint64_t *hash;       /* per quote */
	uint32_t *first;      /* per quote + 1: its stems in stems */
	uint32_t *stems;
	uint32_t n_stems, cap_stems;
};

static void
read_quote_words(const struct corpus *c, struct quote_words *qw)
{
	uint32_t *words = NULL, cap = 0, i;

	qw->hash = xmalloc((c->n_quotes + 1) * sizeof *qw->hash);
	qw->first = xmalloc((c->n_quotes + 1) * sizeof *qw->first);
	qw->stems = NULL;
	qw->n_stems = qw->cap_stems = 0;
	for (i = 0; i < c->n_quotes; i++) {
		const struct quote *q = &c->quotes[i];
		const struct article *a = &c->articles[q->article];
		uint32_t n = 0, k, from = qw->n_stems;

		qw->first[i] = from;
		for (k = words_token_near(a, q->sentence, q->start);
		     k < a->n_toks && a->toks[k].end <= q->end; k++) {
			const struct token *t = &a->toks[k];

			px_grow(&words, &cap, (size_t)n + 1, sizeof *words);
			words[n++] = t->word;
			if (!(t->flags & (TOK_WORD | TOK_NUM)))
				continue;
			px_grow(&qw->stems, &qw->cap_stems, (size_t)qw->n_stems + 1, sizeof *qw->stems);
			qw->stems[qw->n_stems++] = t->stem;
		}
		qw->hash[i] = px_hash(words, n * sizeof *words) ^ n;
		if (qw->n_stems > from)
			qw->n_stems = from + unique_sorted(qw->stems + from, qw->n_stems - from);
	}
	qw->first[c->n_quotes] = qw->n_stems;
	free(words);
}

static void
quote_words_free(struct quote_words *qw)
{
	free(qw->hash);
	free(qw->first);
	free(qw->stems);
}

/* Stems two sorted sets share that are not stop words. */
static uint32_t
content_shared(const struct corpus *c, const uint32_t *a, uint32_t na, const uint32_t *b,
               uint32_t nb)
{
	uint32_t i = 0, j = 0, n = 0;

	while (i < na && j < nb) {
		if (a[i] < b[j]) {
			i++;
		} else if (b[j] < a[i]) {
			j++;
		} else {
			n += !lex_is_stop(c->lex, a[i]);
			i++;
			j++;
		}
	}
	return n;
}

/* Postings of each stem: the first POSTINGS_MAX quotes holding it, laid
 * out one after another (their sizes are known before they fill). */
struct postings {
	uint32_t *first;      /* per stem + 1 */
	uint32_t *n;          /* per stem: filled so far */
	uint32_t *quotes;
};

static void
postings_init(struct postings *p, const struct quote_words *qw, uint32_t nw)
{
	uint32_t i;

	p->first = xcalloc((size_t)nw + 2, sizeof *p->first);
	p->n = xcalloc((size_t)nw + 1, sizeof *p->n);
	for (i = 0; i < qw->n_stems; i++)
		if (qw->stems[i] < nw && p->first[qw->stems[i] + 1] < POSTINGS_MAX)
			p->first[qw->stems[i] + 1]++;
	for (i = 0; i < nw; i++)
		p->first[i + 1] += p->first[i];
	p->quotes = xmalloc(((size_t)p->first[nw] + 1) * sizeof *p->quotes);
}

static void
postings_free(struct postings *p)
{
	free(p->first);
	free(p->n);
	free(p->quotes);
}

/* Quotes of different articles whose stems overlap by 80 % of the
 * smaller set share a group. Candidates are the quotes met in the
 * postings of a quote's stems; a stem in more than POSTINGS_MAX quotes
 * is not compared. */
static void
overlap_groups(struct corpus *c, const struct quote_words *qw, uint32_t *parent)
{
	uint32_t nw = lex_size(c->lex), i, j;
	uint32_t *count = xcalloc(c->n_quotes + 1, sizeof *count);
	uint32_t *touched = xmalloc((c->n_quotes + 1) * sizeof *touched);
	struct postings p;

	postings_init(&p, qw, nw);
	for (i = 0; i < c->n_quotes; i++) {
		uint32_t ni = qw->first[i + 1] - qw->first[i], n_t = 0;
		const uint32_t *wi = ni ? qw->stems + qw->first[i] : NULL;

		for (j = 0; j < ni; j++) {
			uint32_t s = wi[j], k;
			const uint32_t *list;

			if (s >= nw || p.n[s] >= POSTINGS_MAX)
				continue;
			list = p.quotes + p.first[s];
			for (k = 0; k < p.n[s]; k++) {
				if (!count[list[k]]++)
					touched[n_t++] = list[k];
			}
			p.quotes[p.first[s] + p.n[s]++] = i;
		}
		for (j = 0; j < n_t; j++) {
			uint32_t o = touched[j], no = qw->first[o + 1] - qw->first[o];
			uint32_t small = PX_MIN(ni, no);

			if (small >= 4 && count[o] * 5 >= small * 4 &&
			    c->quotes[o].article != c->quotes[i].article &&
			    content_shared(c, wi, ni, qw->stems + qw->first[o], no) >= 2)
				group_unite(parent, o, i);
			count[o] = 0;
		}
	}
	postings_free(&p);
	free(count);
	free(touched);
}

struct hashed {
	uint64_t h;
	uint32_t id;
};

static int
cmp_hashed(const void *pa, const void *pb)
{
	const struct hashed *a = pa, *b = pb;

	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void
group_quotes(struct corpus *c)
{
	uint32_t *parent = xmalloc((c->n_quotes + 1) * sizeof *parent);
	struct hashed *hs = xmalloc((c->n_quotes + 1) * sizeof *hs);
	struct quote_words qw;
	uint32_t i;

	read_quote_words(c, &qw);
	for (i = 0; i < c->n_quotes; i++) {
		parent[i] = i;
		hs[i].h = qw.hash[i];
		hs[i].id = i;
	}
	px_sort(hs, c->n_quotes, sizeof *hs, cmp_hashed);
	for (i = 1; i < c->n_quotes; i++)
		if (hs[i].h == hs[i - 1].h)
			group_unite(parent, hs[i - 1].id, hs[i].id);
	overlap_groups(c, &qw, parent);
	for (i = 0; i < c->n_quotes; i++)
		c->quotes[i].group = group_find(parent, i);
	quote_words_free(&qw);
	free(parent);
	free(hs);
}

void
quote_run(struct corpus *c, const struct analysis_opts *o)
{
	const struct attrib_result *r;
	uint32_t i;

	(void)o;
	for (i = 0; i < c->n_articles; i++)
		quote_find(c, i);
	flag_tokens(c);
	group_quotes(c);
	r = attrib_shared(c);
	for (i = 0; i < c->n_quotes; i++)
		c->quotes[i].speaker = r->quote_speaker[i];
}
