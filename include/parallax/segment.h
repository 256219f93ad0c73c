/* segment.h - paragraphs, sentences and tokens of an article.
 *
 * Paragraphs: every non-blank line is a paragraph, unless the file is
 * hard-wrapped (most lines 80 bytes or shorter, blank lines between
 * blocks), in which case a block of lines is one paragraph.
 *
 * Sentences: split after . ! ? and … (with any closing quotes and
 * brackets after them) when the next word can start a sentence. Titles
 * (Mr., Gen.), initials (J.), dotted abbreviations (U.S., p.m.), month
 * abbreviations before a number and company suffixes do not end a
 * sentence unless a capitalised function word follows ("in the U.S. The
 * ..."). A lower-case next word never starts a sentence.
 *
 * Tokens: runs of letters, marks and digits; an apostrophe inside a word
 * joins it (don't), a final 's is a possessive kept outside the span;
 * . , : between digits join a number (2,000 3.5 8:50); hyphens split
 * (30-day is "30" + "day", flagged TOK_HYPHEN). */
#ifndef PARALLAX_SEGMENT_H
#define PARALLAX_SEGMENT_H

#include "parallax/corpus.h"

struct lexicon;

/* Fill a->paras and a->sents from a->body to the end of the text. */
void segment_article(struct article *a);
/* Fill a->toks and each sentence's token range, interning into lx. */
void segment_tokens(struct article *a, struct lexicon *lx);

/* Does t[s..e) end with . ! ? … : ; or , (closing quotes and brackets
 * after it allowed)? */
bool segment_ends_with_punct(const unsigned char *t, uint32_t s, uint32_t e);

/* True when the code point is an upper-case (or title-case) letter. */
bool segment_is_upper(int32_t cp);
bool segment_is_lower(int32_t cp);
bool segment_is_letter(int32_t cp);
/* Letters, marks and digits. */
bool segment_is_word_char(int32_t cp);

#endif
