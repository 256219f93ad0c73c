/* match.h - cross-outlet links, topics, unique passages and discrepancies.
 *
 * match_run() is the matching stage of analyse(): it builds a vector per
 * body sentence, finds candidate pairs through an inverted index, scores
 * them, keeps the links, and hands the sentence graph to the topic
 * (topic.h) and discrepancy (discrep.h) stages.
 *
 * Sentence vectors: TF-IDF over Snowball stems of content words (stop
 * words and one-letter words left out), plus WordNet concepts of each
 * stem (synonym.h) at a lower weight so that paraphrases meet (halt ~
 * pause, swap ~ exchange), plus a share of the neighbouring sentences of
 * the same paragraph, because a sentence is read in its context ("It
 * added that ..."). Similarity is the cosine of two vectors. */
#ifndef PARALLAX_MATCH_H
#define PARALLAX_MATCH_H

#include <stdint.h>
#include <string.h>

#include "parallax/analyse.h"
#include "parallax/corpus.h"

/* Tuning of the sentence vectors and the candidate search; the defaults
 * are explained in docs/matching.md. */
#define MATCH_CONCEPT_WEIGHT 0.5f /* WordNet concepts vs. the stem itself */
#define MATCH_HYPER_WEIGHT 0.5f   /* a hypernym vs. a synonym */
#define MATCH_CONTEXT_WEIGHT 0.3f /* each neighbouring sentence */
#define MATCH_NEIGHBOURS 10       /* edges kept per sentence */
#define MATCH_MIN_WEIGHT 0.02f    /* lighter vector features are dropped */
/* The threshold of the options is the similarity of a link, a pair
 * strong enough to show on its own. A topic is a group whose average
 * similarity is at least MATCH_TOPIC_SHARE of it; weaker edges, down to
 * MATCH_EDGE_FLOOR of that average, still count in the averages. */
#define MATCH_TOPIC_SHARE 0.57
#define MATCH_EDGE_FLOOR 0.4

/* The sentence graph: every sentence of the corpus has a global id
 * (articles in order, then sentences); those that take part in matching
 * have a vector and their strongest cross-article edges. */
struct match_graph {
	uint32_t n_sents;
	uint32_t *base;     /* per article: global id of its sentence 0 */
	struct sref *ref;   /* global id -> article and sentence */
	uint8_t *use;       /* body sentence with at least one term */
	uint32_t *vec_at;   /* n_sents + 1 offsets into feat and w */
	uint32_t *feat;     /* sorted feature ids of each vector */
	float *w;           /* unit-length weights */
	uint32_t *edge_at;  /* n_sents + 1 offsets into edge_to and edge_w */
	uint32_t *edge_to;  /* neighbours (global ids), in id order */
	float *edge_w;      /* cosine similarity */
	float *idf;         /* per lexicon id (stems), 0 when unseen */
};

void match_run(struct corpus *c, const struct analysis_opts *o);

/* Build the graph of c (segmented, tokenised, boilerplate marked);
 * edges down to floor. Free it with match_graph_free(). */
void match_graph_build(const struct corpus *c, double floor, struct match_graph *g);
void match_graph_free(struct match_graph *g);

/* Cosine similarity of two sentences (global ids) of the graph. */
float match_similarity(const struct match_graph *g, uint32_t a, uint32_t b);

/* Room for a large array that is written once, in any order (the
 * graph, the index, the candidate merges). The first write to a page
 * faults, and on a virtual machine the fault costs more than the work
 * on the page: where the system gives huge pages on request, an array
 * of 2 MB or more asks for them (one fault per 2 MB instead of 512).
 * Smaller arrays stay in malloc's small pages, so a small corpus keeps
 * its small footprint. Never NULL; free with free(). */
void *match_big_alloc(size_t bytes);

/* The bits of a float: for floats of one sign they order as the floats
 * do, so that a score can lead a 64-bit sort key. */
static inline uint32_t
match_float_bits(float x)
{
	uint32_t u;

	memcpy(&u, &x, sizeof u);
	return u;
}

/* qsort order of struct sref: by article, then sentence. */
int match_sref_cmp(const void *x, const void *y);

/* True for a token that counts as a term: a number, or a word of two
 * letters or more that is not a stop word. */
bool match_is_term(const struct corpus *c, const struct token *t);

#endif
