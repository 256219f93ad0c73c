/* actor.c - actors: people, organisations and countries, with their mentions.
 * Not written yet: the stage leaves its results empty. */
#include "parallax/actor.h"

void
actor_run(struct corpus *c, const struct analysis_opts *o)
{
	(void)c;
	(void)o;
}
