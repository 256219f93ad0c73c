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

#define WORDS_LITERALS 128   /* words_lit_slot() gives 7 bits */
#define WORDS_DONE (1u << 31)

struct words {
	const struct corpus *c;
	uint32_t *cls;            /* per word id; WORDS_DONE: computed */
	const struct cue **cue;   /* per word id */
	uint8_t *lower_seen;      /* per word id: written in lower case somewhere */
	uint8_t *gaz;             /* per word id: 0 unknown, 1 starts no gazetteer
	                           * entry, 2 may start one */
	uint32_t n;
	struct {
		const char *s;            /* a string constant given to words_is() */
		uint32_t id;              /* its lexicon id, or PX_NONE */
		uint32_t lex_n;           /* lexicon size when id was looked up */
	} lit[WORDS_LITERALS];
	const struct article *gap_a; /* the article gaps holds */
	uint16_t *gaps;           /* per token of gap_a: gap flags | 0x8000, or 0 */
	uint32_t cap_gaps;
};

/* Build the cache for c (after tokens exist); words_free() releases it. */
void words_init(struct words *w, const struct corpus *c);
void words_free(struct words *w);

/* Folded text of a token (from the lexicon). */
const char *words_str(const struct words *w, const struct token *t, uint32_t *len);
/* Fill the classes and cue of word id (the slow path of the two below). */
void words_compute(struct words *w, uint32_t id);

/* vocab classes of a token's folded word. */
static inline uint32_t
words_class(struct words *w, const struct token *t)
{
	if (t->word >= w->n)
		return 0;
	if (!(w->cls[t->word] & WORDS_DONE))
		words_compute(w, t->word);
	return w->cls[t->word] & ~WORDS_DONE;
}

/* The reporting verb a token is a form of, or NULL. */
static inline const struct cue *
words_cue(struct words *w, const struct token *t)
{
	if (t->word >= w->n || !(t->flags & TOK_WORD))
		return NULL;
	if (!(w->cls[t->word] & WORDS_DONE))
		words_compute(w, t->word);
	return w->cue[t->word];
}

/* The home slot of string constant s in w->lit. */
static inline uint32_t
words_lit_slot(const char *s)
{
	return (uint32_t)(((uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull) >> 57);
}

/* words_is() when s is not yet in its slot of w->lit. */
bool words_is_slow(struct words *w, const struct token *t, const char *s);

/* Is the folded word s equal to the token's? s must be a string constant:
 * its lexicon id is remembered by address (interned strings are unique,
 * so equal ids are equal texts). */
static inline bool
words_is(struct words *w, const struct token *t, const char *s)
{
	uint32_t i = words_lit_slot(s);

	if (w->lit[i].s == s && w->lit[i].id != PX_NONE)
		return t->word == w->lit[i].id;
	/* not interned when looked up: no word interned before is s */
	if (w->lit[i].s == s && t->word < w->lit[i].lex_n)
		return false;
	return words_is_slow(w, t, s);
}
/* Is the token's word one of list[0..n)? */
bool words_one_of(struct words *w, const struct token *t, const char *const *list, size_t n);
/* Does the token name one who speaks for a body: spokesperson,
 * spokesman, spokeswoman, representative? */
bool words_spokes(struct words *w, const struct token *t);
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
/* The same, remembered for the article asked about last: cheap when a
 * stage reads one article at a time. */
uint32_t words_gap_at(struct words *w, const struct article *a, uint32_t k);
/* The same for the bytes [from, to). */
uint32_t words_gap_bytes(const struct article *a, uint32_t from, uint32_t to);

/* Does the name ending at token k of article a name the seat of what
 * follows, before token end: "Dunmore-based", "Dunmore, Kent-based"? */
bool words_seat_after(struct words *w, const struct article *a, uint32_t k, uint32_t end);

/* Is token k one capitalised word quoted between two capitalised words
 * of a name: the "Whitey" of James "Whitey" Bulger? */
bool words_nickname(const struct article *a, uint32_t k);

/* Does token t start with an upper-case letter or is it all capitals? */
static inline bool
words_capitalised(const struct token *t)
{
	return (t->flags & (TOK_CAP | TOK_UPPER)) && (t->flags & TOK_WORD);
}

#endif
