/* claim.c - claims: attributed statements, their cue and source.
 * Not written yet: the stage leaves its results empty. */
#include "parallax/claim.h"

void
claim_run(struct corpus *c, const struct analysis_opts *o)
{
	(void)c;
	(void)o;
}
