/* claim.h - claims: attributed statements, their cue and source.
 *
 * claim_run() turns every attribution of attrib.h that is not negated
 * into claims of its sentence: one per speaker ("Both A and B said"
 * gives two), or one with speaker PX_NONE and source set for an unnamed
 * source ("analysts", "reports"). A cue inside a quote ("Ukraine
 * confirmed ..." within a quoted sentence) is also a claim of the
 * quote's speaker. cue is the cue's lemma ("say", "according to",
 * "statement"); the span is the reported content. A sentence gets one
 * claim per speaker (the first cue), claims are in article, sentence
 * and cue order. */
#ifndef PARALLAX_CLAIM_H
#define PARALLAX_CLAIM_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"

void claim_run(struct corpus *c, const struct analysis_opts *o);

#endif
