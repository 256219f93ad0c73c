/* analyse.h - the analysis pipeline over a loaded corpus.
 *
 * segment -> tokens -> boilerplate -> match (links, topics, unique,
 * discrepancies) -> actors -> quotes -> claims. Each stage is one module
 * with one entry point; analyse() runs them in order. */
#ifndef PARALLAX_ANALYSE_H
#define PARALLAX_ANALYSE_H

#include <stdbool.h>
#include <stdint.h>

#include "parallax/corpus.h"

struct analysis_opts {
	char language[32];    /* Snowball stemmer language */
	double threshold;     /* minimum similarity of a cross-outlet link */
	uint32_t min_outlets; /* a topic spans at least this many articles */
	bool actors, quotes, claims; /* extraction switches */
};

/* Time spent in each stage of the last analyse(), in seconds. */
struct analysis_times {
	double segment, match, extract, total;
};

void analysis_opts_default(struct analysis_opts *o);

/* Analyse every article of c. Results of an earlier run are replaced.
 * Returns PX_ERR_INPUT (px_error() set) for an unknown language. */
enum status analyse(struct corpus *c, const struct analysis_opts *o,
                    struct analysis_times *times);

#endif
