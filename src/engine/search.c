/* search.c - regular expression search over every article. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "parallax/search.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/segment.h"

struct search {
	pcre2_code *code;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack;
	bool caseless;
};

bool
search_has_upper(const char *pattern)
{
	const unsigned char *p = (const unsigned char *)pattern;
	size_t n = strlen(pattern), i = 0;

	while (i < n) {
		int32_t cp;

		if (p[i] == '\\') { /* \S \W \D \P{..} are escapes, not letters */
			i += 2;
			continue;
		}
		i += utf8_decode(p + i, n - i, &cp);
		if (segment_is_upper(cp))
			return true;
	}
	return false;
}

struct search *
search_compile(const char *pattern, char *err, size_t cap)
{
	struct search *s;
	int errcode;
	PCRE2_SIZE erroff;
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE;
	bool caseless = !search_has_upper(pattern);
	pcre2_code *code;

	if (caseless)
		opts |= PCRE2_CASELESS;
	if (!utf8_valid((const unsigned char *)pattern, strlen(pattern))) {
		snprintf(err, cap, "the pattern is not valid UTF-8");
		return NULL;
	}
	code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts, &errcode,
	                     &erroff, NULL);
	if (!code) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof msg);
		snprintf(err, cap, "%s at offset %zu", (const char *)msg, (size_t)erroff);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->code = code;
	s->caseless = caseless;
	s->md = pcre2_match_data_create_from_pattern(code, NULL);
	s->mctx = pcre2_match_context_create(NULL);
	if (!s->md || !s->mctx)
		px_die("out of memory in pcre2");
	pcre2_set_match_limit(s->mctx, SEARCH_MATCH_LIMIT);
	pcre2_set_depth_limit(s->mctx, SEARCH_DEPTH_LIMIT);
	/* JIT is an optimisation: without it the interpreter runs with the
	 * same limits */
	if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0) {
		s->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
		if (s->jit_stack)
			pcre2_jit_stack_assign(s->mctx, NULL, s->jit_stack);
	}
	return s;
}

void
search_free(struct search *s)
{
	if (!s)
		return;
	pcre2_jit_stack_free(s->jit_stack);
	pcre2_match_context_free(s->mctx);
	pcre2_match_data_free(s->md);
	pcre2_code_free(s->code);
	free(s);
}

bool
search_caseless(const struct search *s)
{
	return s->caseless;
}

void
search_result_free(struct search_result *r)
{
	free(r->hits);
	memset(r, 0, sizeof *r);
}

const char *
search_stop_reason(enum search_stop stop)
{
	switch (stop) {
	case SEARCH_DONE: return NULL;
	case SEARCH_TOO_MANY: return "stopped at 100000 hits";
	case SEARCH_MATCH_LIMIT_HIT: return "stopped: the pattern backtracks too much (match limit)";
	case SEARCH_TIME_LIMIT: return "stopped: the search took too long (time limit)";
	}
	return NULL;
}

/* The text pcre2 may read: the article itself when it is valid UTF-8,
 * else a copy with each invalid byte replaced by '?' (same offsets, the
 * same padding). The header is checked too: a look-behind may step back
 * into it. */
static unsigned char *
subject_of(const struct article *a, bool *copied)
{
	const unsigned char *t = a->text;
	unsigned char *copy = NULL;
	size_t i = 0, n = a->len;

	*copied = false;
	while (i < n) {
		int32_t cp;
		size_t k = utf8_decode(t + i, n - i, &cp);

		if (cp == 0xFFFD && k == 1) {
			if (!copy) {
				copy = xmalloc(n + ARTICLE_PAD);
				memcpy(copy, t, n + ARTICLE_PAD);
				*copied = true;
			}
			copy[i] = '?';
		}
		i += k;
	}
	return copy ? copy : a->text;
}

static enum search_stop
search_article(struct search *s, const struct article *a, struct search_result *r,
               double deadline)
{
	bool copied;
	unsigned char *subj = subject_of(a, &copied);
	PCRE2_SIZE off = a->body, *ov;
	enum search_stop stop = SEARCH_DONE;

	while (off <= a->len) {
		int rc = pcre2_match(s->code, subj, a->len, off, PCRE2_NO_UTF_CHECK, s->md, s->mctx);
		struct search_hit *h;

		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {
			stop = SEARCH_MATCH_LIMIT_HIT;
			break;
		}
		ov = pcre2_get_ovector_pointer(s->md);
		if (ov[1] > ov[0]) {
			if (r->n >= SEARCH_MAX_HITS) {
				stop = SEARCH_TOO_MANY;
				break;
			}
			h = PX_PUSH(r->hits, r->n, r->cap);
			h->article = a->id;
			h->start = (uint32_t)ov[0];
			h->end = (uint32_t)ov[1];
			h->sentence = article_sentence_at(a, h->start);
			off = ov[1];
		} else {
			/* an empty match: step over one character */
			int32_t cp;

			if (ov[1] >= a->len)
				break;
			off = ov[1] + utf8_decode(subj + ov[1], a->len - ov[1], &cp);
		}
		if (px_now() > deadline) {
			stop = SEARCH_TIME_LIMIT;
			break;
		}
	}
	if (copied)
		free(subj);
	return stop;
}

enum search_stop
search_run(struct search *s, const struct corpus *c, struct search_result *r, int budget_ms)
{
	double t0 = px_now();
	double deadline = t0 + (budget_ms > 0 ? budget_ms : SEARCH_BUDGET_MS) / 1000.0;
	uint32_t i;

	r->n = 0;
	r->stop = SEARCH_DONE;
	for (i = 0; i < c->n_articles && r->stop == SEARCH_DONE; i++) {
		r->stop = search_article(s, &c->articles[i], r, deadline);
		if (r->stop == SEARCH_DONE && i + 1 < c->n_articles && px_now() > deadline)
			r->stop = SEARCH_TIME_LIMIT;
	}
	r->ms = (px_now() - t0) * 1000;
	return r->stop;
}

static int
cmp_pos(const struct search_hit *h, uint32_t article, uint32_t offset)
{
	if (h->article != article)
		return h->article < article ? -1 : 1;
	if (h->start != offset)
		return h->start < offset ? -1 : 1;
	return 0;
}

uint32_t
search_next(const struct search_result *r, uint32_t article, uint32_t offset, int dir)
{
	uint32_t lo = 0, hi = r->n;

	if (!r->n)
		return PX_NONE;
	/* first hit strictly after the position */
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (cmp_pos(&r->hits[mid], article, offset) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (dir > 0)
		return lo < r->n ? lo : 0;
	/* last hit strictly before the position */
	lo = 0, hi = r->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (cmp_pos(&r->hits[mid], article, offset) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 ? lo - 1 : r->n - 1;
}
