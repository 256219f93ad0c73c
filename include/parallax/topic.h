/* topic.h - topics: groups of sentences of several outlets on one fact.
 *
 * Topics are built by average-linkage clustering of the sentence graph
 * (match.h): the two groups whose average cross-outlet similarity is
 * highest are merged, while it stays at or above MATCH_TOPIC_SHARE of the
 * link threshold and most of their pairs have an edge. Pairs of
 * sentences without an edge count as similarity 0 in the average, so a
 * group only grows by sentences that are close to most of its members
 * and unrelated facts cannot chain through one shared word. Pairs within
 * one article are not counted: an outlet may give a fact in several
 * sentences. */
#ifndef PARALLAX_TOPIC_H
#define PARALLAX_TOPIC_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"
#include "parallax/match.h"

/* Fill c->topics (members sorted, n_outlets, label in c->arena) and
 * each member's sentence.topic. Topics are ordered by their first
 * member. */
void topic_build(struct corpus *c, const struct analysis_opts *o,
                 const struct match_graph *g);

/* Mark (SENT_UNIQUE) and list in c->unique the body sentences, headlines
 * aside, that are in no topic and have no link at or above threshold. */
void topic_mark_unique(struct corpus *c, const struct match_graph *g, double threshold);

#endif
