/* quote.h - quoted statements and their speakers.
 *
 * quote_run() fills c->quotes with every span inside quotation marks in
 * the body sentences: curly and straight double quotes, single quotes
 * used as quotes (an apostrophe between letters never opens or closes
 * one), guillemets and corner brackets, nested quotes (each its own
 * entry, with parent set) and quotes continued over several sentences.
 * A quote left open at the end of a paragraph runs to that end when the
 * next paragraph opens with a quotation mark (the convention for a quote
 * over several paragraphs); otherwise it is dropped. Tokens inside
 * quotes get TOK_QUOTED.
 *
 * Speakers come from attrib.h: the attribution right after the quote
 * ("“...,” X said"), else the closest one before it in the sentence
 * ("X said: “...”"), else one after it in the sentence, else the
 * speaker of the quote it continues in the paragraph, else the owner of
 * a speech-act noun before it ("his campaign promise"), else none. A
 * nested quote has its parent's speaker.
 *
 * Quotes with the same wording (folded words), or whose content words
 * overlap by 80 % or more, share a group: the lowest quote id in it. */
#ifndef PARALLAX_QUOTE_H
#define PARALLAX_QUOTE_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"

void quote_run(struct corpus *c, const struct analysis_opts *o);

/* Find the quote spans of article a (whose paragraphs and sentences
 * exist) and append them to c->quotes with speaker and group unset.
 * Exposed for tests. */
void quote_find(struct corpus *c, uint32_t article);

#endif
