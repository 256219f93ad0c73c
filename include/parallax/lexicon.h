/* lexicon.h - interned terms, Snowball stems, stop words, document
 * frequencies.
 *
 * Every distinct string (a folded word or a stem) gets a dense id. A
 * word's stem is computed once and cached. */
#ifndef PARALLAX_LEXICON_H
#define PARALLAX_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct lexicon;

/* language is a Snowball algorithm name or ISO code ("english", "en").
 * Returns NULL and sets px_error() when the language is unknown. */
struct lexicon *lex_new(const char *language);
void lex_free(struct lexicon *lx);

/* The canonical name of the stemmer in use ("english"). */
const char *lex_language(const struct lexicon *lx);
/* Space-separated list of the languages the stemmer library knows. */
const char *lex_languages(void);

uint32_t lex_intern(struct lexicon *lx, const char *s, size_t n);
/* Id of s, or PX_NONE when it was never interned. */
uint32_t lex_find(const struct lexicon *lx, const char *s, size_t n);
const char *lex_str(const struct lexicon *lx, uint32_t id);
uint32_t lex_strlen(const struct lexicon *lx, uint32_t id);
uint32_t lex_size(const struct lexicon *lx);

/* Stem of the word with id word (interned); cached per word. */
uint32_t lex_stem(struct lexicon *lx, uint32_t word);
/* True for stop words of the lexicon's language (English list; other
 * languages have none and rely on document frequency). */
bool lex_is_stop(const struct lexicon *lx, uint32_t word);

/* Fold a span for comparison: case folding, compatibility decomposition,
 * marks stripped, typographic apostrophes and dashes made ASCII. Writes
 * at most cap-1 bytes plus a NUL to out; returns the folded length (which
 * may exceed cap-1, like snprintf). */
size_t lex_fold(const char *s, size_t n, char *out, size_t cap);

/* True when the ASCII word (lower case) is an English stop word. */
bool lex_stopword(const char *word, size_t n);

#endif
