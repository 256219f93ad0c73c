/* quote.h - quoted statements and their speakers. */
#ifndef PARALLAX_QUOTE_H
#define PARALLAX_QUOTE_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"

void quote_run(struct corpus *c, const struct analysis_opts *o);

#endif
