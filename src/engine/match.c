/* match.c - cross-outlet links, topics, unique passages and discrepancies.
 * Not written yet: the stage leaves its results empty. */
#include "parallax/match.h"

void
match_run(struct corpus *c, const struct analysis_opts *o)
{
	(void)c;
	(void)o;
}
