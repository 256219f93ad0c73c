/* search.h - regular expression search over every article.
 *
 * pcre2 in UTF mode with Unicode properties (\w matches any letter),
 * multi-line anchors, JIT when available, and smart case: a pattern
 * without an upper-case letter (outside escapes) ignores case.
 *
 * Limits keep any pattern responsive: a match limit per match call, a
 * depth limit, a time budget for a whole search and a cap on the number
 * of hits. A search that reaches one stops early and says so; the hits
 * found until then stay usable. Article bytes that are not valid UTF-8
 * are searched as if they were '?' (offsets are unchanged). */
#ifndef PARALLAX_SEARCH_H
#define PARALLAX_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parallax/corpus.h"

#define SEARCH_MAX_HITS 100000u
#define SEARCH_MATCH_LIMIT 1000000u
#define SEARCH_DEPTH_LIMIT 10000u
#define SEARCH_BUDGET_MS 100

struct search;

struct search_hit {
	uint32_t article, sentence;
	uint32_t start, end;
};

enum search_stop {
	SEARCH_DONE,        /* every article searched */
	SEARCH_TOO_MANY,    /* SEARCH_MAX_HITS reached */
	SEARCH_MATCH_LIMIT_HIT, /* the pattern backtracks too much */
	SEARCH_TIME_LIMIT,  /* the time budget ran out */
};

struct search_result {
	struct search_hit *hits; /* sorted by article, then offset */
	uint32_t n, cap;
	enum search_stop stop;
	double ms;               /* time the search took */
};

/* Compile pattern. On error returns NULL and writes pcre2's message with
 * the offset into err ("missing closing parenthesis at offset 3"). */
struct search *search_compile(const char *pattern, char *err, size_t cap);
void search_free(struct search *s);

/* True when the search ignores case (smart case). */
bool search_caseless(const struct search *s);

/* Find every hit in the body of every article. Zero-length matches are
 * not hits. Replaces r's previous hits. budget_ms <= 0 means the default
 * SEARCH_BUDGET_MS. */
enum search_stop search_run(struct search *s, const struct corpus *c,
                            struct search_result *r, int budget_ms);
void search_result_free(struct search_result *r);

/* A human explanation of why a search stopped early, or NULL if it did
 * not ("stopped: the pattern backtracks too much"). */
const char *search_stop_reason(enum search_stop stop);

/* Index of the first hit at or after (article, offset) in direction dir
 * (+1 forward, -1 backward), wrapping around; PX_NONE when r is empty. */
uint32_t search_next(const struct search_result *r, uint32_t article, uint32_t offset, int dir);

/* True when pattern contains an upper-case letter outside an escape. */
bool search_has_upper(const char *pattern);

#endif
