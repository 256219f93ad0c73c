/* quote.c - quoted statements and their speakers.
 * Not written yet: the stage leaves its results empty. */
#include "parallax/quote.h"

void
quote_run(struct corpus *c, const struct analysis_opts *o)
{
	(void)c;
	(void)o;
}
