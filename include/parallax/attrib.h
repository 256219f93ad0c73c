/* attrib.h - who says what: reporting cues, their sources, and the
 * speakers of quotes.
 *
 * attrib_run() reads the body sentences of every article in order and
 * finds each attribution: a reporting verb ("said", "insisted", "told")
 * with its subject, "according to X", a passive agent ("cited by X"),
 * an inverted attribution after a quote ("“...,” said X", "“...,” read
 * the Kremlin statement") and a speech-act noun with an owner used as a
 * subject ("The White House statement talks about", "Ukrainian reports
 * that"). A source is resolved to actors:
 *
 * - an actor mention ending right before the verb (skipping adverbs,
 *   auxiliaries, dates, and appositions or relative clauses between
 *   commas or dashes), with coordinated subjects ("Both A and B said");
 * - a pronoun: for he/she the first person named earlier in the same
 *   sentence, else the person who spoke in the previous sentence, else
 *   the last person who spoke in the paragraph, else the first person
 *   named in the previous sentence, else the last person named; for it
 *   the same with organisations and countries (without the last two
 *   steps unless "It" opens the sentence); I/we inside a quote are its
 *   speaker;
 * - a description "the [demonym] role" ("the Ukrainian leader", "the
 *   analyst") to the last person named of that country (or the first
 *   after it); without a country to the last person bearing that title,
 *   else the person named last before its sentence in the paragraph,
 *   else it is unnamed; "the official" after "a White House official"
 *   is the body named then;
 * - a passive reporting verb ("was said", "have been confirmed") has a
 *   source only with "by X" after it;
 * - "both leaders" to the two people named before in the sentence;
 * - an unnamed group ("officials", "analysts", "reports") to the actor
 *   or country named in its phrase ("White House officials", "officials
 *   in Kyiv"), else a generic source with no speaker;
 * - a statement, readout or post to its owner; an official statement of
 *   a country to its seat of government when the article names the seat
 *   ("the U.S. statement" = the White House), as the annotation
 *   convention credits readouts to the body that issued them;
 * - a participle (", stating that") or coordinated verb ("and told")
 *   without a subject takes the previous source of the sentence;
 * - after an inverted verb the source is the person closing the phrase
 *   ("“...,” said Acme Bank chief economist Jan Smith"), never a word
 *   across punctuation or inside a quote.
 *
 * Negated cues ("did not specify") are kept with negated set: they
 * count for who speaks next but are not claims. */
#ifndef PARALLAX_ATTRIB_H
#define PARALLAX_ATTRIB_H

#include <stdbool.h>
#include <stdint.h>

#include "parallax/corpus.h"

#define ATTRIB_SPEAKERS 4

enum attrib_how {
	ATTRIB_VERB,      /* X said */
	ATTRIB_INVERTED,  /* "...," said X */
	ATTRIB_ACCORDING, /* according to X */
	ATTRIB_BY,        /* cited by X */
	ATTRIB_SPEECH,    /* X's statement talks about; reports that */
};

struct attribution {
	uint32_t article, sentence;
	enum attrib_how how;
	uint32_t anchor;              /* token where it was read: grows within a sentence */
	uint32_t cue_tok;             /* token of the cue */
	uint32_t first_tok;           /* first token of the source or cue */
	uint32_t last_tok;            /* last token of the verb or source */
	uint32_t cue_start, cue_end;  /* bytes of the cue */
	bool generic;                 /* an unnamed source: src_start..src_end */
	bool negated;
	bool self;                    /* I/we inside a quote: the quote's speaker */
	bool media;                   /* the source is a news outlet */
	const char *lemma;            /* "say", "according to", "statement" */
	uint32_t speakers[ATTRIB_SPEAKERS]; /* actor ids, in text order */
	uint32_t n_speakers;
	uint32_t src_start, src_end;
	uint32_t content_start, content_end;
	uint32_t quote;               /* innermost quote holding the cue, or PX_NONE */
};

struct attrib_result {
	struct attribution *items;    /* by article, sentence and cue */
	uint32_t n, cap;
	uint32_t *quote_speaker;      /* per quote of c->quotes */
};

/* Needs actors and quotes (with TOK_QUOTED set) in c. */
void attrib_run(const struct corpus *c, struct attrib_result *r);
void attrib_free(struct attrib_result *r);

/* The same, computed once and kept in c->extract (extract.h) so that
 * quotes and claims share it: call it only once actors and quotes are
 * final. Owned by c; NULL never. */
const struct attrib_result *attrib_shared(struct corpus *c);

#endif
