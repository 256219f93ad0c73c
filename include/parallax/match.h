/* match.h - cross-outlet links, topics, unique passages and discrepancies. */
#ifndef PARALLAX_MATCH_H
#define PARALLAX_MATCH_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"

void match_run(struct corpus *c, const struct analysis_opts *o);

#endif
