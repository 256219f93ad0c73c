/* words.c - word classes and punctuation of an analysed corpus. */
#include "parallax/words.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/gazetteer.h"
#include "parallax/lexicon.h"
#include "parallax/segment.h"

void
words_init(struct words *w, const struct corpus *c)
{
	uint32_t i, s, k;

	memset(w, 0, sizeof *w);
	w->c = c;
	w->n = lex_size(c->lex);
	w->cls = xcalloc(w->n ? w->n : 1, sizeof *w->cls);
	w->cue = xcalloc(w->n ? w->n : 1, sizeof *w->cue);
	w->lower_seen = xcalloc(w->n ? w->n : 1, 1);
	w->gaz = xcalloc(w->n ? w->n : 1, 1);
	for (i = 0; i < c->n_articles; i++) {
		const struct article *a = &c->articles[i];

		for (s = 0; s < a->n_sents; s++) {
			const struct sentence *se = &a->sents[s];

			if (se->flags & SENT_BOILER)
				continue;
			for (k = se->tok_first; k < se->tok_first + se->tok_count; k++) {
				const struct token *t = &a->toks[k];

				if ((t->flags & TOK_WORD) && !(t->flags & (TOK_CAP | TOK_UPPER)) &&
				    t->word < w->n)
					w->lower_seen[t->word] = 1;
			}
		}
	}
}

void
words_free(struct words *w)
{
	free(w->cls);
	free(w->cue);
	free(w->lower_seen);
	free(w->gaz);
	free(w->gaps);
	memset(w, 0, sizeof *w);
}

const char *
words_str(const struct words *w, const struct token *t, uint32_t *len)
{
	*len = lex_strlen(w->c->lex, t->word);
	return lex_str(w->c->lex, t->word);
}

void
words_compute(struct words *w, uint32_t id)
{
	uint32_t n = lex_strlen(w->c->lex, id);
	const char *s = lex_str(w->c->lex, id);

	w->cls[id] = vocab_class(s, n) | WORDS_DONE;
	w->cue[id] = vocab_cue(s, n);
}

bool
words_is_slow(struct words *w, const struct token *t, const char *s)
{
	uint32_t i = words_lit_slot(s), k, n;
	const char *x;

	_Static_assert(WORDS_LITERALS == 1u << 7, "words_lit_slot() gives 7 bits");
	for (k = 0; k < WORDS_LITERALS; k++, i = (i + 1) & (WORDS_LITERALS - 1)) {
		if (!w->lit[i].s) {
			w->lit[i].s = s;
			w->lit[i].lex_n = lex_size(w->c->lex);
			w->lit[i].id = lex_find(w->c->lex, s, strlen(s));
		}
		if (w->lit[i].s == s) {
			if (w->lit[i].id != PX_NONE)
				return t->word == w->lit[i].id;
			if (t->word < w->lit[i].lex_n)
				return false; /* never interned, so no such word */
			break;
		}
	}
	/* a word interned since, or the table is full */
	x = words_str(w, t, &n);
	return strlen(s) == n && memcmp(x, s, n) == 0;
}

bool
words_one_of(struct words *w, const struct token *t, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (words_is(w, t, list[i]))
			return true;
	return false;
}

bool
words_spokes(struct words *w, const struct token *t)
{
	static const char *const spokes[] = {"spokesperson", "spokesman", "spokeswoman",
	                                     "representative"};

	return words_one_of(w, t, spokes, PX_ARRAY_SIZE(spokes));
}

bool
words_gaz_start(struct words *w, const struct token *t)
{
	if (t->word >= w->n)
		return false;
	if (!w->gaz[t->word])
		w->gaz[t->word] = gaz_can_start(lex_str(w->c->lex, t->word),
		                                lex_strlen(w->c->lex, t->word)) ? 2 : 1;
	return w->gaz[t->word] == 2;
}

bool
words_lower_seen(const struct words *w, const struct token *t)
{
	return t->word < w->n && w->lower_seen[t->word];
}

static uint32_t
char_flag(int32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case 0xA0: case 0x202F: case 0x2009:
		return GAP_SPACE;
	case '\n': case '\r':
		return GAP_NEWLINE;
	case '.':
		return GAP_PERIOD;
	case ',':
		return GAP_COMMA;
	case ':': case ';':
		return GAP_COLON;
	case '"': case '\'': case 0x201C: case 0x201D: case 0x201E: case 0x2018:
	case 0x2019: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
		return GAP_QUOTE;
	case 0x2013: case 0x2014: case 0x2015:
		return GAP_DASH;
	case '(': case ')': case '[': case ']':
		return GAP_PAREN;
	case '#':
		return GAP_HASH;
	case '-': case 0x2010: case 0x2011:
		return GAP_HYPHEN;
	default:
		return GAP_OTHER;
	}
}

uint32_t
words_gap_at(struct words *w, const struct article *a, uint32_t k)
{
	if (a != w->gap_a) {
		px_grow(&w->gaps, &w->cap_gaps, (size_t)a->n_toks + 1, sizeof *w->gaps);
		memset(w->gaps, 0, ((size_t)a->n_toks + 1) * sizeof *w->gaps);
		w->gap_a = a;
	}
	if (k > a->n_toks)
		return words_gap(a, k);
	if (!w->gaps[k])
		w->gaps[k] = (uint16_t)(words_gap(a, k) | 0x8000);
	return w->gaps[k] & 0x7fffu;
}

uint32_t
words_gap_bytes(const struct article *a, uint32_t from, uint32_t to)
{
	uint32_t flags = 0, i = from;

	while (i < to) {
		int32_t cp;
		size_t k;

		/* mostly a space or a comma: no decoding */
		if (a->text[i] < 0x80) {
			flags |= char_flag(a->text[i++]);
			continue;
		}
		k = utf8_decode(a->text + i, to - i, &cp);
		flags |= char_flag(cp);
		i += (uint32_t)k;
	}
	/* a hyphen with spaces around it is a dash */
	if ((flags & GAP_HYPHEN) && (flags & GAP_SPACE))
		flags = (flags & ~GAP_HYPHEN) | GAP_DASH;
	return flags;
}

uint32_t
words_gap(const struct article *a, uint32_t k)
{
	const struct token *t = &a->toks[k];
	uint32_t from = t->end, flags = 0;

	if (k + 1 >= a->n_toks)
		return GAP_OTHER;
	/* step over a possessive 's, which tokens leave outside */
	if (t->flags & TOK_POSS) {
		int32_t cp;
		size_t n = utf8_decode(a->text + from, a->toks[k + 1].start - from, &cp);

		from += (uint32_t)n;
		if (from < a->toks[k + 1].start)
			from++;
		flags |= GAP_POSS;
	}
	return flags | words_gap_bytes(a, from, a->toks[k + 1].start);
}

bool
words_seat_after(struct words *w, const struct article *a, uint32_t k, uint32_t end)
{
	uint32_t g = words_gap_at(w, a, k);

	if (g == GAP_HYPHEN)
		return k + 1 < end && words_is(w, &a->toks[k + 1], "based");
	return (g & GAP_COMMA) && !(g & ~(GAP_COMMA | GAP_SPACE)) && k + 2 < end &&
	       words_capitalised(&a->toks[k + 1]) && words_gap_at(w, a, k + 1) == GAP_HYPHEN &&
	       words_is(w, &a->toks[k + 2], "based");
}

bool
words_nickname(const struct article *a, uint32_t k)
{
	const uint32_t in = GAP_SPACE | GAP_QUOTE;
	const struct token *t = a->toks;

	return k > 0 && k + 1 < a->n_toks && words_gap(a, k - 1) == in && words_gap(a, k) == in &&
	       words_capitalised(&t[k - 1]) && words_capitalised(&t[k]) &&
	       words_capitalised(&t[k + 1]) && t[k].start - t[k - 1].end <= 5 &&
	       t[k + 1].start - t[k].end <= 5;
}

/* First token of [lo, hi) starting at or after off, or hi. */
static uint32_t
token_search(const struct article *a, uint32_t lo, uint32_t hi, uint32_t off)
{
	return lo + PX_LOWER_BOUND(a->toks + lo, hi - lo, struct token, start, off);
}

uint32_t
words_token_from(const struct article *a, uint32_t off)
{
	return token_search(a, 0, a->n_toks, off);
}

uint32_t
words_token_near(const struct article *a, uint32_t si, uint32_t off)
{
	const struct sentence *s;
	uint32_t k;

	if (si >= a->n_sents)
		return words_token_from(a, off);
	s = &a->sents[si];
	k = token_search(a, s->tok_first, s->tok_first + s->tok_count, off);
	/* the answer of words_token_from() is the one index k with
	 * toks[k - 1].start < off <= toks[k].start */
	if ((k == 0 || a->toks[k - 1].start < off) && (k >= a->n_toks || a->toks[k].start >= off))
		return k;
	return words_token_from(a, off);
}
