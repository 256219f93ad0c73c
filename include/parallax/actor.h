/* actor.h - actors: people, organisations and countries, with their mentions. */
#ifndef PARALLAX_ACTOR_H
#define PARALLAX_ACTOR_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"

void actor_run(struct corpus *c, const struct analysis_opts *o);

#endif
