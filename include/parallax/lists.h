/* lists.h - the rows of the reader's lists of actors, quotes and claims.
 *
 * Counting, grouping, ordering and filtering as plain data, and the
 * word-by-word comparison of the wordings of one quote. Nothing here
 * draws: the reader turns these rows into a screen. */
#ifndef PARALLAX_LISTS_H
#define PARALLAX_LISTS_H

#include <stdbool.h>
#include <stdint.h>

#include "parallax/corpus.h"

/* ---- actors ---- */

/* Mentions of actor in each article into counts[0..c->n_articles);
 * returns the number of articles that mention it. */
uint32_t lists_actor_counts(const struct corpus *c, uint32_t actor, uint32_t *counts);

enum lists_order {
	LISTS_BY_COUNT, /* most mentions first, then by name */
	LISTS_BY_NAME,  /* by folded name (case and accents aside) */
};

/* Sort actor ids in place; ties keep the lower id first. */
void lists_sort_actors(const struct corpus *c, uint32_t *ids, uint32_t n, enum lists_order order);

/* ---- quotes ---- */

/* One statement, however many outlets carry it (quotes sharing
 * quote.group). */
struct quote_group {
	uint32_t *members;  /* quote ids by article, then offset (into the
	                     * storage of struct quote_groups) */
	uint32_t n;
	uint32_t speaker;   /* the first member's known speaker, or PX_NONE */
	uint32_t n_outlets; /* distinct articles among the members */
};

struct quote_groups {
	struct quote_group *v; /* in order of first appearance (owned) */
	uint32_t n;
	uint32_t *ids;         /* storage of every group's members (owned) */
};

void lists_quote_groups(const struct corpus *c, struct quote_groups *out);
void lists_quote_groups_free(struct quote_groups *g);

/* ---- claims ---- */

/* Who makes a claim: its actor's name, else its generic source
 * ("officials"), else "unnamed". */
const char *lists_claimant(const struct corpus *c, const struct claim *cl);

/* The same claimant: the same actor, or no actor and the same generic
 * source (case aside), or neither. */
bool lists_same_claimant(const struct claim *a, const struct claim *b);

/* ---- filtering ---- */

/* A folded copy of s (case folding, accents and typographic quotes
 * made plain) for matching what is typed against it; free it. */
char *lists_fold(const char *s);

/* Write to out the indexes of the rows whose folded text contains the
 * folded needle, in order; returns how many. An empty needle keeps
 * every row. */
uint32_t lists_filter(char *const *folded, uint32_t n, const char *needle, uint32_t *out);

/* ---- wordings ---- */

/* The tokens holding a letter or a digit inside bytes [start, end) of
 * a: writes up to cap token indexes to out and returns how many there
 * are (which may exceed cap). */
uint32_t lists_span_words(const struct article *a, uint32_t start, uint32_t end, uint32_t *out,
                          uint32_t cap);

enum diff_op {
	DIFF_SAME, /* a[a] and b[b] are the same word */
	DIFF_DEL,  /* a[a] is missing from b */
	DIFF_ADD,  /* b[b] is not in a */
};

struct diff_step {
	enum diff_op op;
	uint32_t a, b; /* indexes into a and b; the one an op does not use
	                * is where the step falls in the other sequence */
};

/* Sides longer than this (after their common start and end) are not
 * aligned: every word of the middle of a is deleted and b's added. */
#define LISTS_DIFF_MAX 2000u

/* The word-by-word difference from a[0..na) to b[0..nb) (word ids) as
 * a longest common subsequence: the steps in order, with deletions
 * before additions where one wording replaces words of the other. out
 * must hold na + nb steps; returns how many were written. */
uint32_t lists_word_diff(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb,
                         struct diff_step *out);

#endif
