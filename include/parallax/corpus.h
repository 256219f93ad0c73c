/* corpus.h - the articles of one story and every span found in them.
 *
 * A corpus owns its articles, their bytes (never modified, never written
 * back) and every analysis result. All positions are UTF-8 byte offsets
 * into an article's text, end exclusive. Strings of results (labels,
 * names, aliases) live in the corpus arena. */
#ifndef PARALLAX_CORPUS_H
#define PARALLAX_CORPUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parallax/util.h"

#define PX_NONE UINT32_MAX

enum tok_flag {
	TOK_WORD = 1 << 0,      /* contains a letter */
	TOK_NUM = 1 << 1,       /* digits, maybe with , . : between them */
	TOK_CAP = 1 << 2,       /* starts with an upper-case letter */
	TOK_UPPER = 1 << 3,     /* two or more letters, all upper case */
	TOK_STOP = 1 << 4,      /* a stop word */
	TOK_POSS = 1 << 5,      /* followed by a possessive 's (outside the span) */
	TOK_HASHTAG = 1 << 6,   /* preceded by '#' */
	TOK_HYPHEN = 1 << 7,    /* joined to the next token by a hyphen */
	TOK_FIRST = 1 << 8,     /* first word of its sentence */
	TOK_QUOTED = 1 << 9,    /* inside quotation marks (set by the quote stage) */
};

struct token {
	uint32_t start, end; /* bytes of the article */
	uint32_t word;       /* lexicon id of the folded form */
	uint32_t stem;       /* lexicon id of the stem (== word for numbers) */
	uint32_t flags;      /* enum tok_flag */
};

enum sent_flag {
	SENT_BOILER = 1 << 0, /* not article body: excluded from matching */
	SENT_UNIQUE = 1 << 1, /* body sentence no other outlet covers */
	SENT_HEADLINE = 1 << 2, /* a title-like line without final punctuation */
};

struct sentence {
	uint32_t start, end;
	uint32_t paragraph;
	uint32_t tok_first, tok_count; /* into article.toks */
	uint32_t topic;                /* PX_NONE when in no topic */
	uint32_t flags;                /* enum sent_flag */
};

enum boiler_reason {
	BOIL_NONE = 0,
	BOIL_NAVIGATION, /* "Skip to content", widgets */
	BOIL_PITCH,      /* subscription and newsletter pitches */
	BOIL_COPYRIGHT,
	BOIL_SHARE,      /* share / copy-link lines */
	BOIL_CREDIT,     /* credit lines */
	BOIL_SEPARATOR,  /* a line of punctuation only */
	BOIL_REPEAT,     /* verbatim repeat of an earlier paragraph */
	BOIL_CAPTION,    /* a photo caption or credit */
};

struct paragraph {
	uint32_t start, end;
	uint32_t sent_first, sent_count;
	uint32_t boiler; /* enum boiler_reason */
	uint32_t repeat_of; /* paragraph this one repeats, or PX_NONE */
};

/* NUL bytes after an article's text: pcre2's JIT reads the subject a
 * vector at a time and may read up to 16 bytes past its end. */
#define ARTICLE_PAD 32

struct article {
	uint32_t id;
	char *path;   /* as given or found (owned) */
	char *name;   /* file name part of path (points into path) */
	char *outlet; /* owned; never NULL after loading */
	char *title;  /* owned; never NULL after analysis */
	char *date, *url, *author; /* owned, or NULL */
	unsigned char *text; /* the bytes as read, plus ARTICLE_PAD NULs (owned) */
	uint32_t len;        /* bytes, without the added NUL */
	uint32_t body;       /* first byte after BOM and header block */

	struct paragraph *paras;
	uint32_t n_paras, cap_paras;
	struct sentence *sents;
	uint32_t n_sents, cap_sents;
	struct token *toks;
	uint32_t n_toks, cap_toks;
};

/* A sentence of an article. */
struct sref {
	uint32_t article, sentence;
};

/* A cross-article pair of sentences that report the same thing. */
struct link {
	struct sref a, b;
	float score;
};

struct topic {
	char *label;
	struct sref *members; /* sorted by article, then sentence */
	uint32_t n_members, cap_members;
	uint32_t n_outlets;   /* distinct articles among the members */
};

enum disc_kind {
	DISC_NUMBER,   /* a bare number: 175 vs 23 */
	DISC_QUANTITY, /* a number with a unit or noun: 30-day, 107 drones */
	DISC_WEEKDAY,  /* Tuesday vs Wednesday */
	DISC_DATE,     /* a month and day, or a year */
};

struct disc_value {
	uint32_t article, sentence;
	uint32_t start, end;
};

struct discrepancy {
	uint32_t topic;
	enum disc_kind kind;
	struct disc_value *values;
	uint32_t n_values, cap_values;
};

enum actor_kind {
	ACTOR_PERSON,
	ACTOR_ORG,
	ACTOR_COUNTRY,
};

struct mention {
	uint32_t article, sentence;
	uint32_t start, end;
};

enum actor_flag {
	ACTOR_MEDIA = 1 << 0,     /* a news outlet or agency */
	ACTOR_SEAT = 1 << 1,      /* a place standing for a state body: "the Kremlin" */
	ACTOR_EXECUTIVE = 1 << 2, /* the seat of a country's executive */
};

struct actor {
	char *name;     /* canonical: the longest full form seen */
	enum actor_kind kind;
	char **aliases; /* every other surface form, arena strings */
	uint32_t n_aliases, cap_aliases;
	struct mention *mentions; /* in article, then offset order */
	uint32_t n_mentions, cap_mentions;
	uint32_t place; /* gazetteer country the actor is or belongs to
	                 * ("Russian President ..."), or PX_NONE */
	uint32_t flags; /* enum actor_flag */
};

struct quote {
	uint32_t article, sentence;
	uint32_t start, end; /* the text inside the marks */
	uint32_t speaker;    /* actor id or PX_NONE */
	uint32_t group;      /* same quote in several outlets share a group */
	uint32_t parent;     /* the quote this one is nested in, or PX_NONE */
};

struct claim {
	uint32_t article, sentence;
	uint32_t start, end;         /* the content of the claim */
	uint32_t speaker;            /* actor id or PX_NONE */
	uint32_t cue_start, cue_end; /* the reporting cue */
	char *cue;                   /* the cue's lemma: "say", "according to" */
	char *source;                /* generic source ("officials") or NULL */
};

struct lexicon;
struct extract;

struct corpus {
	struct article *articles;
	uint32_t n_articles, cap_articles;
	struct lexicon *lex;
	struct arena arena;

	struct link *links;
	uint32_t n_links, cap_links;
	struct topic *topics;
	uint32_t n_topics, cap_topics;
	struct sref *unique;
	uint32_t n_unique, cap_unique;
	struct discrepancy *discs;
	uint32_t n_discs, cap_discs;
	struct actor *actors;
	uint32_t n_actors, cap_actors;
	struct quote *quotes;
	uint32_t n_quotes, cap_quotes;
	struct claim *claims;
	uint32_t n_claims, cap_claims;

	/* non-fatal problems met while loading ("story.ini:4: ..."), for
	 * stderr and the status line */
	char **warnings;
	uint32_t n_warnings, cap_warnings;

	/* scratch of the extraction stages (extract.h), or NULL; freed by
	 * corpus_clear_results() */
	struct extract *extract;
};

void corpus_init(struct corpus *c);
/* Free everything the corpus owns; it can be initialised again. */
void corpus_free(struct corpus *c);

/* Drop every analysis result, keeping articles, text and segmentation. */
void corpus_clear_results(struct corpus *c);
void corpus_warn(struct corpus *c, const char *fmt, ...) PX_PRINTF(2, 3);

/* Add an article from memory (tests, fuzzers, benchmarks). The bytes are
 * copied. name is used as path and outlet. Returns the new article. */
struct article *corpus_add_text(struct corpus *c, const char *name,
                                const void *data, size_t len);

static inline const struct sentence *
corpus_sentence(const struct corpus *c, struct sref r)
{
	return &c->articles[r.article].sents[r.sentence];
}

/* Bytes of a span as a (not NUL-terminated) pointer. */
static inline const char *
article_at(const struct article *a, uint32_t off)
{
	return (const char *)a->text + off;
}

/* Remove the article added last (a load that failed half-way). */
void corpus_drop_last(struct corpus *c);

/* Index of the sentence holding byte off, or PX_NONE. */
uint32_t article_sentence_at(const struct article *a, uint32_t off);
/* The first sentence that ends after byte off: the one holding it, else
 * the next; n_sents when there is none. */
uint32_t article_sentence_from(const struct article *a, uint32_t off);
/* The first token that ends after byte off: the one holding it, else
 * the next; n_toks when there is none. */
uint32_t article_token_from(const struct article *a, uint32_t off);

#endif
