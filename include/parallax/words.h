/* words.h - word classes and punctuation of an analysed corpus.
 *
 * A per-corpus cache over the lexicon: the vocab classes and reporting
 * verb of every interned word, computed once per word id, and the
 * punctuation found between two tokens. Shared by the extraction
 * stages (actors, quotes, claims). */
#ifndef PARALLAX_WORDS_H
#define PARALLAX_WORDS_H

#include <stdbool.h>
#include <stdint.h>

#include "parallax/corpus.h"
#include "parallax/vocab.h"

struct words {
	const struct corpus *c;
	uint32_t *cls;            /* per word id; bit 31: computed */
	const struct cue **cue;   /* per word id */
	uint8_t *lower_seen;      /* per word id: written in lower case somewhere */
	uint8_t *gaz;             /* per word id: 0 unknown, 1 starts no gazetteer
	                           * entry, 2 may start one */
	uint32_t n;
};

/* Build the cache for c (after tokens exist); words_free() releases it. */
void words_init(struct words *w, const struct corpus *c);
void words_free(struct words *w);

/* Folded text of a token (from the lexicon). */
const char *words_str(const struct words *w, const struct token *t, uint32_t *len);
/* vocab classes of a token's folded word. */
uint32_t words_class(struct words *w, const struct token *t);
/* The reporting verb a token is a form of, or NULL. */
const struct cue *words_cue(struct words *w, const struct token *t);
/* Is the folded word s equal to the token's? */
bool words_is(const struct words *w, const struct token *t, const char *s);
/* Can the token start a gazetteer entry (gaz_can_start, cached)? */
bool words_gaz_start(struct words *w, const struct token *t);
/* Was the token's word seen in lower case in some body sentence? */
bool words_lower_seen(const struct words *w, const struct token *t);

enum gap_flag {
	GAP_SPACE = 1u << 0,
	GAP_PERIOD = 1u << 1,
	GAP_HYPHEN = 1u << 2,   /* a hyphen joining two words */
	GAP_COMMA = 1u << 3,
	GAP_COLON = 1u << 4,    /* : or ; */
	GAP_QUOTE = 1u << 5,    /* any quotation mark */
	GAP_DASH = 1u << 6,     /* an en or em dash, or a spaced hyphen */
	GAP_PAREN = 1u << 7,    /* ( ) [ ] */
	GAP_HASH = 1u << 8,
	GAP_NEWLINE = 1u << 9,
	GAP_OTHER = 1u << 10,   /* any other character */
	GAP_POSS = 1u << 11,    /* a possessive 's */
};

/* Index of the first token of a starting at or after byte off
 * (a->n_toks when none does). */
uint32_t words_token_from(const struct article *a, uint32_t off);
/* The same, searching the tokens of sentence si first: cheaper when off
 * lies in that sentence, and the same answer when it does not. */
uint32_t words_token_near(const struct article *a, uint32_t si, uint32_t off);

/* What lies between token k and token k + 1 of article a (enum
 * gap_flag); GAP_OTHER when k is the last token. */
uint32_t words_gap(const struct article *a, uint32_t k);
/* The same for the bytes [from, to). */
uint32_t words_gap_bytes(const struct article *a, uint32_t from, uint32_t to);

/* Does token t start with an upper-case letter or is it all capitals? */
static inline bool
words_capitalised(const struct token *t)
{
	return (t->flags & (TOK_CAP | TOK_UPPER)) && (t->flags & TOK_WORD);
}

#endif
