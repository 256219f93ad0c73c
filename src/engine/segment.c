/* segment.c - paragraphs, sentences and tokens. */
#include "parallax/segment.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "parallax/lexicon.h"

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Character classes */

bool
segment_is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return true;
	default:
		return false;
	}
}

bool
segment_is_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool
segment_is_letter(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return true;
	default:
		return false;
	}
}

static bool
is_digit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool
segment_is_word_char(int32_t cp)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

static bool
is_space(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return cp == 0x00A0 || cp == 0x2028 || cp == 0x2029 || cp == 0x3000 ||
	       (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F;
}

static bool
is_closer(int32_t cp)
{
	switch (cp) {
	case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019:
	case 0x00BB: case 0x203A: case 0x300D: case 0x300F:
		return true;
	default:
		return false;
	}
}

/* Full-width terminators end a sentence without a space after them. */
static bool
is_cjk_terminator(int32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

static bool
is_terminator(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
	       is_cjk_terminator(cp);
}

/* Decode at t[i] (end n); returns the code point and sets *len. */
static int32_t
cp_at(const unsigned char *t, uint32_t i, uint32_t n, uint32_t *len)
{
	int32_t cp;
	size_t k;

	/* most text is ASCII: decode it without a call */
	if (i < n && t[i] < 0x80) {
		*len = 1;
		return t[i];
	}
	k = utf8_decode(t + i, n - i, &cp);
	*len = (uint32_t)k;
	return k ? cp : -1;
}

/* Start of the code point ending just before t[i]. */
static uint32_t
cp_before(const unsigned char *t, uint32_t lo, uint32_t i)
{
	uint32_t j = i - 1;

	while (j > lo && (t[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	return j;
}

/* Paragraphs */

static void
add_para(struct article *a, uint32_t start, uint32_t end)
{
	const unsigned char *t = a->text;
	struct paragraph *p;

	while (start < end && (t[start] == ' ' || t[start] == '\t' || t[start] == '\r' ||
	                       t[start] == '\n'))
		start++;
	while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\t' ||
	                       t[end - 1] == '\r' || t[end - 1] == '\n'))
		end--;
	if (start >= end) /* blank, or past the end after a final blank line */
		return;
	p = PX_PUSH(a->paras, a->n_paras, a->cap_paras);
	p->start = start;
	p->end = end;
	p->repeat_of = PX_NONE;
}

static bool
blank_line(const unsigned char *t, uint32_t s, uint32_t e)
{
	for (; s < e; s++)
		if (t[s] != ' ' && t[s] != '\t' && t[s] != '\r')
			return false;
	return true;
}

/* Hard-wrapped text: blank lines between blocks, at least one block of
 * three lines or more, and most lines no longer than 80 bytes. */
static bool
hard_wrapped(const struct article *a)
{
	const unsigned char *t = a->text;
	uint32_t pos = a->body, lines = 0, shorts = 0, blanks = 0, run = 0, best = 0;

	while (pos < a->len) {
		const unsigned char *nl = memchr(t + pos, '\n', a->len - pos);
		uint32_t end = nl ? (uint32_t)(nl - t) : a->len;

		if (blank_line(t, pos, end)) {
			blanks++;
			run = 0;
		} else {
			lines++;
			shorts += end - pos <= 80;
			if (++run > best)
				best = run;
		}
		pos = end + 1;
	}
	return blanks && best >= 3 && lines >= 5 && shorts * 10 >= lines * 8;
}

static void
segment_paragraphs(struct article *a)
{
	const unsigned char *t = a->text;
	bool wrapped = hard_wrapped(a);
	uint32_t pos = a->body, start = a->body;

	while (pos < a->len) {
		const unsigned char *nl = memchr(t + pos, '\n', a->len - pos);
		uint32_t end = nl ? (uint32_t)(nl - t) : a->len;

		if (!wrapped) {
			add_para(a, pos, end);
		} else if (blank_line(t, pos, end)) {
			add_para(a, start, pos);
			start = end + 1;
		}
		pos = end + 1;
	}
	if (wrapped)
		add_para(a, start, a->len);
}

/* Sentences */

/* Abbreviations after which a full stop does not end a sentence. */
static const char *const titles[] = {
	"Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr",
	"Fr", "Ft", "Gen", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs",
	"Mme", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Pres", "Prof", "Pvt",
	"Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Supt", "Vol", "approx",
	"cf", "e.g", "eg", "i.e", "ie", "vs",
};

/* Abbreviations that may also end a sentence. */
static const char *const enders[] = {
	"Apr", "Aug", "Ave", "Blvd", "Bros", "Co", "Corp", "Dec", "Dept",
	"Feb", "Inc", "Jan", "Jr", "Jul", "Jun", "Ltd", "Mar", "Nov", "Oct",
	"Sep", "Sept", "Sr", "St", "etc",
};

static bool
in_list(const char *const *list, size_t n, const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
			return true;
	return false;
}

/* The word ending at byte i (exclusive): letters, digits, dots,
 * apostrophes and hyphens back to a space or an opening mark. */
static uint32_t
word_before(const unsigned char *t, uint32_t lo, uint32_t i)
{
	while (i > lo) {
		uint32_t j = cp_before(t, lo, i), len;
		int32_t cp = cp_at(t, j, i, &len);

		if (!(segment_is_word_char(cp) || cp == '.' || cp == '\'' || cp == 0x2019 ||
		      cp == '-'))
			break;
		i = j;
	}
	return i;
}

enum next_kind { NEXT_LOWER, NEXT_UPPER, NEXT_DIGIT, NEXT_OTHER };

/* Classify what starts at t[i], and whether it is a capitalised
 * function word ("The", "But") that typically begins a sentence. */
static enum next_kind
next_word(const unsigned char *t, uint32_t i, uint32_t n, bool *function_word)
{
	uint32_t len, j = i;
	int32_t cp = cp_at(t, i, n, &len);
	char buf[16];
	size_t k = 0;

	*function_word = false;
	if (cp < 0)
		return NEXT_OTHER;
	if (is_digit(cp))
		return NEXT_DIGIT;
	if (segment_is_lower(cp))
		return NEXT_LOWER;
	if (!segment_is_upper(cp))
		return NEXT_OTHER;
	while (j < n && k < sizeof buf - 1) {
		cp = cp_at(t, j, n, &len);
		if (cp >= 0x80 || !segment_is_letter(cp))
			break;
		buf[k++] = (char)(cp | 0x20);
		j += len;
	}
	*function_word = k && lex_stopword(buf, k);
	return NEXT_UPPER;
}

/* Decide whether a full stop ending word [ws, we) followed by [next]
 * ends the sentence. */
static bool
period_ends(const unsigned char *t, uint32_t ws, uint32_t we, enum next_kind next,
            bool function_word)
{
	const char *w = (const char *)t + ws;
	size_t n = we - ws;

	if (next == NEXT_LOWER)
		return false;
	if (n == 0)
		return true;
	if (in_list(titles, PX_ARRAY_SIZE(titles), w, n))
		return false;
	/* an initial: J. K. Rowling, Donald J. Trump */
	if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
		return next == NEXT_OTHER;
	if (in_list(enders, PX_ARRAY_SIZE(enders), w, n) || memchr(w, '.', n))
		return function_word || next == NEXT_OTHER;
	return true;
}

static void
add_sentence(struct article *a, uint32_t para, uint32_t start, uint32_t end)
{
	const unsigned char *t = a->text;
	struct sentence *s;

	while (start < end) {
		uint32_t len;
		int32_t cp = cp_at(t, start, end, &len);

		if (!is_space(cp))
			break;
		start += len;
	}
	while (end > start) {
		uint32_t j = cp_before(t, start, end), len;

		if (!is_space(cp_at(t, j, end, &len)))
			break;
		end = j;
	}
	if (start == end)
		return;
	s = PX_PUSH(a->sents, a->n_sents, a->cap_sents);
	s->start = start;
	s->end = end;
	s->paragraph = para;
	s->topic = PX_NONE;
}

/* "WOODSIDE, Calif. – President …": a full stop in the first words of a
 * paragraph, then a dash, is the end of a dateline, not of a sentence. */
static bool
dateline(const unsigned char *t, uint32_t para, uint32_t stop, uint32_t next, uint32_t n)
{
	uint32_t i, spaces = 0, len;
	int32_t cp = cp_at(t, next, n, &len);

	if (!(cp == 0x2013 || cp == 0x2014 || (cp == '-' && next + 1 < n &&
	                                       (t[next + 1] == '-' || t[next + 1] == ' '))))
		return false;
	for (i = para; i < stop; i++)
		if (t[i] == ' ' && ++spaces > 4)
			return false;
	return true;
}

static void
segment_sentences(struct article *a, uint32_t pi)
{
	const unsigned char *t = a->text;
	struct paragraph *p = &a->paras[pi];
	uint32_t i = p->start, start = p->start, n = p->end;

	p->sent_first = a->n_sents;
	while (i < n) {
		uint32_t len, k, ws, run_start = i;
		int32_t cp = cp_at(t, i, n, &len), first = cp;
		bool space = false, fw, ends;
		enum next_kind next;

		if (!is_terminator(cp)) {
			i += len;
			continue;
		}
		/* the run of terminators and closing marks after it */
		k = i + len;
		while (k < n) {
			int32_t c = cp_at(t, k, n, &len);

			if (!is_terminator(c) && !is_closer(c))
				break;
			k += len;
		}
		i = k;
		while (i < n) {
			int32_t c = cp_at(t, i, n, &len);

			if (!is_space(c))
				break;
			space = true;
			i += len;
		}
		if (i >= n)
			break;
		if (!space && !is_cjk_terminator(first))
			continue;
		next = next_word(t, i, n, &fw);
		if (first == '.' && dateline(t, p->start, run_start, i, n)) {
			ends = false;
		} else if (first == '.' && k - run_start >= 1 && t[run_start + 1] != '.') {
			ws = word_before(t, start, run_start);
			ends = period_ends(t, ws, run_start, next, fw);
		} else if (first == 0x2026 || (first == '.' && t[run_start + 1] == '.')) {
			/* an ellipsis ends a sentence unless it marks an omission
			 * inside brackets: "[...]" */
			ends = next != NEXT_LOWER &&
			       !(run_start > p->start && t[run_start - 1] == '[');
		} else {
			ends = next != NEXT_LOWER;
		}
		if (ends) {
			add_sentence(a, pi, start, k);
			start = i;
		}
	}
	add_sentence(a, pi, start, n);
	p->sent_count = a->n_sents - p->sent_first;
}

bool
segment_ends_with_punct(const unsigned char *t, uint32_t s, uint32_t e)
{
	while (e > s) {
		uint32_t j = cp_before(t, s, e), len;
		int32_t cp = cp_at(t, j, e, &len);

		if (is_closer(cp)) {
			e = j;
			continue;
		}
		return is_terminator(cp) || cp == ':' || cp == ';' || cp == ',';
	}
	return false;
}

void
segment_article(struct article *a)
{
	uint32_t i;

	a->n_paras = 0;
	a->n_sents = 0;
	segment_paragraphs(a);
	for (i = 0; i < a->n_paras; i++) {
		segment_sentences(a, i);
		/* a one-sentence paragraph without final punctuation is a
		 * headline, dek or widget line */
		if (a->paras[i].sent_count == 1) {
			struct sentence *s = &a->sents[a->paras[i].sent_first];

			if (!segment_ends_with_punct(a->text, s->start, s->end))
				s->flags |= SENT_HEADLINE;
		}
	}
}

/* Tokens */

static bool
is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static bool
is_hyphen(int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

struct fold_buf {
	char *s;
	size_t cap;
};

static uint32_t
intern_span(struct lexicon *lx, struct fold_buf *fb, const unsigned char *s, size_t n)
{
	size_t k = lex_fold((const char *)s, n, fb->s, fb->cap);

	if (k >= fb->cap) {
		fb->cap = k + 1;
		fb->s = xrealloc(fb->s, fb->cap);
		lex_fold((const char *)s, n, fb->s, fb->cap);
	}
	return lex_intern(lx, fb->s, k);
}

/* Scan one token starting at t[i]; returns its end and sets flags and
 * *after (the end including a possessive 's). */
static uint32_t
scan_token(const unsigned char *t, uint32_t i, uint32_t n, uint32_t *flags,
           uint32_t *after)
{
	uint32_t len, j = i, letters = 0, uppers = 0, digits = 0;
	int32_t cp, prev = 0;

	while (j < n) {
		cp = cp_at(t, j, n, &len);
		if (segment_is_word_char(cp)) {
			if (segment_is_letter(cp)) {
				letters++;
				uppers += segment_is_upper(cp);
			} else if (is_digit(cp)) {
				digits++;
			}
			prev = cp;
			j += len;
			continue;
		}
		/* joiners: an apostrophe between letters, a separator
		 * between digits */
		if (j + len < n) {
			uint32_t l2;
			int32_t nx = cp_at(t, j + len, n, &l2);

			if (is_apostrophe(cp) && segment_is_letter(prev) && segment_is_letter(nx)) {
				/* a final 's is a possessive: stop before it */
				bool poss = (nx == 's' || nx == 'S');
				uint32_t l3 = 0;

				if (poss && j + len + l2 < n)
					poss = !segment_is_word_char(cp_at(t, j + len + l2, n, &l3));
				if (poss) {
					*flags |= TOK_POSS;
					*after = j + len + l2;
					break;
				}
				j += len;
				continue;
			}
			if ((cp == '.' || cp == ',' || cp == ':') && is_digit(prev) && is_digit(nx)) {
				j += len;
				continue;
			}
		}
		break;
	}
	if (!(*flags & TOK_POSS))
		*after = j;
	if (letters)
		*flags |= TOK_WORD;
	else if (digits)
		*flags |= TOK_NUM;
	cp = cp_at(t, i, n, &len);
	if (segment_is_upper(cp))
		*flags |= TOK_CAP;
	if (letters >= 2 && uppers == letters)
		*flags |= TOK_UPPER;
	return j;
}

/* English text has a token every six or seven bytes. */
#define BYTES_PER_TOKEN 6

/* Room for the tokens of an article, its pages mapped in one call: the
 * first write to a page faults, and on a virtual machine a fault costs
 * more than tokenising the page. The system maps a range for less. */
static void
tokens_reserve(struct article *a)
{
	size_t want = a->len / BYTES_PER_TOKEN + 16;

	if (a->cap_toks >= want)
		return;
	px_grow(&a->toks, &a->cap_toks, want, sizeof *a->toks);
#ifdef MADV_POPULATE_WRITE
	{
		uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
		uintptr_t lo = ((uintptr_t)a->toks + page - 1) & ~(page - 1);
		uintptr_t hi = (uintptr_t)(a->toks + want) & ~(page - 1);

		if (hi > lo)
			madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
	}
#endif
}

void
segment_tokens(struct article *a, struct lexicon *lx)
{
	const unsigned char *t = a->text;
	struct fold_buf fb = {xmalloc(64), 64};
	uint32_t si;

	a->n_toks = 0;
	tokens_reserve(a);
	for (si = 0; si < a->n_sents; si++) {
		struct sentence *s = &a->sents[si];
		uint32_t i = s->start, n = s->end, len;
		bool first = true;

		s->tok_first = a->n_toks;
		while (i < n) {
			int32_t cp = cp_at(t, i, n, &len);
			struct token *tk;
			uint32_t flags = 0, end, after;

			if (!segment_is_word_char(cp) ||
			    (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_MN)) {
				i += len;
				continue;
			}
			end = scan_token(t, i, n, &flags, &after);
			if (i > s->start && t[i - 1] == '#')
				flags |= TOK_HASHTAG;
			if (after < n && is_hyphen(cp_at(t, after, n, &len)) && after + len < n &&
			    segment_is_word_char(cp_at(t, after + len, n, &len)))
				flags |= TOK_HYPHEN;
			if (first && (flags & TOK_WORD)) {
				flags |= TOK_FIRST;
				first = false;
			}
			tk = PX_PUSH(a->toks, a->n_toks, a->cap_toks);
			tk->start = i;
			tk->end = end;
			tk->word = intern_span(lx, &fb, t + i, end - i);
			tk->stem = (flags & TOK_WORD) ? lex_stem(lx, tk->word) : tk->word;
			if (lex_is_stop(lx, tk->word))
				flags |= TOK_STOP;
			tk->flags = flags;
			i = after;
		}
		s->tok_count = a->n_toks - s->tok_first;
	}
	free(fb.s);
}
