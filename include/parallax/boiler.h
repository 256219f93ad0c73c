/* boiler.h - mark paragraphs that are not article body.
 *
 * Marked, never deleted: navigation and widget lines ("Skip to content",
 * "Copy link", "More information"), subscription and newsletter pitches,
 * copyright lines, credit lines ("... contributed to this report") and
 * the separators before them, verbatim repeats of an earlier paragraph of
 * the same article, and the short widget lines that trail a marked
 * paragraph at the end of the article. Only short paragraphs are judged
 * by their words, so a body paragraph that mentions a newsletter stays
 * body. Sentences of marked paragraphs get SENT_BOILER. */
#ifndef PARALLAX_BOILER_H
#define PARALLAX_BOILER_H

#include "parallax/corpus.h"

void boiler_mark(struct article *a);

/* Name of a reason ("pitch", "repeat"), for reports and dumps. */
const char *boiler_reason_name(enum boiler_reason r);

#endif
