/* nav.h - where to go next: pure functions over the spans of a corpus.
 *
 * Positions are sentences of one article. Nothing here changes the
 * corpus or knows about a screen: the reader asks where the next shared
 * passage, unique passage or discrepancy is and moves its cursor there.
 *
 * A passage is a run of adjacent sentences of one article in the same
 * topic (shared), or a run of adjacent sentences only that outlet has
 * (unique, SENT_UNIQUE). */
#ifndef PARALLAX_NAV_H
#define PARALLAX_NAV_H

#include <stdbool.h>
#include <stdint.h>

#include "parallax/corpus.h"

enum nav_kind {
	NAV_SENTENCE,    /* any sentence */
	NAV_BODY,        /* a sentence that is not boilerplate */
	NAV_SHARED,      /* the first sentence of a shared passage */
	NAV_UNIQUE,      /* the first sentence of a unique passage */
	NAV_DISCREPANCY, /* a sentence holding a value outlets disagree on */
};

/* First and last sentence of a passage, inclusive. */
struct nav_range {
	uint32_t first, last;
};

/* True when sentence r is of kind. */
bool nav_is(const struct corpus *c, struct sref r, enum nav_kind kind);

/* The nearest sentence of article from.article strictly after (dir > 0)
 * or before (dir < 0) from.sentence that is of kind. from.sentence may
 * be PX_NONE: the search then starts before the first sentence (dir > 0)
 * or after the last (dir < 0). Returns a sentence index or PX_NONE. */
uint32_t nav_next(const struct corpus *c, struct sref from, enum nav_kind kind, int dir);

/* The passage holding r: adjacent sentences of r's topic, or adjacent
 * unique sentences; {r, r} for any other sentence. */
struct nav_range nav_passage(const struct corpus *c, struct sref r);

/* The counterpart of topic in article: its first member there, or
 * PX_NONE when the article does not cover the topic. */
uint32_t nav_counterpart(const struct corpus *c, uint32_t topic, uint32_t article);

/* How many sentences of article are members of topic. */
uint32_t nav_topic_count(const struct corpus *c, uint32_t topic, uint32_t article);

/* The discrepancy with a value in sentence r (the first by index), or
 * PX_NONE. */
uint32_t nav_discrepancy_at(const struct corpus *c, struct sref r);

/* The sentence holding byte off of a, else the first sentence after off
 * (off between two sentences), else PX_NONE (past the last). */
uint32_t nav_sentence_by_offset(const struct article *a, uint32_t off);

/* ---- actor mentions, quotes and claims ---- */

enum nav_item_kind {
	NAV_ITEM_MENTION, /* a mention of an actor */
	NAV_ITEM_QUOTE,   /* the text of a quote */
	NAV_ITEM_CLAIM,   /* the content of a claim */
	NAV_ITEM_KINDS
};

/* One item of an article: its bytes and the id of the actor, quote or
 * claim. */
struct nav_item {
	uint32_t start, end;
	uint32_t id;
};

/* The items of one article in reading order: by start, the longer one
 * first when two start together, then by id. */
struct nav_items {
	struct nav_item *v; /* owned */
	uint32_t n;
};

/* Fill per_article[0..c->n_articles) with the items of kind of each
 * article, in one pass over the corpus. Free with nav_items_free(). */
void nav_items_build(const struct corpus *c, enum nav_item_kind kind, struct nav_items *per_article);
void nav_items_free(struct nav_items *per_article, uint32_t n_articles);

/* The item to go to from a cursor, in direction dir (> 0 forward):
 * when the cursor is on item at (an index, else PX_NONE) the one after
 * or before it; otherwise the first item starting at or after byte off
 * (forward), or the last one starting before it (backward). PX_NONE when
 * there is none; never wraps around. */
uint32_t nav_item_next(const struct nav_items *items, uint32_t at, uint32_t off, int dir);

/* The index of the item with id starting at byte start, or PX_NONE. */
uint32_t nav_item_find(const struct nav_items *items, uint32_t start, uint32_t id);

#endif
