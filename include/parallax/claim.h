/* claim.h - claims: attributed statements, their cue and source. */
#ifndef PARALLAX_CLAIM_H
#define PARALLAX_CLAIM_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"

void claim_run(struct corpus *c, const struct analysis_opts *o);

#endif
