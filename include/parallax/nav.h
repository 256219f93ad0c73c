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

#endif
