/* vocab.h - closed word classes of English news text.
 *
 * General resources for the extraction stages: titles and honorifics,
 * role nouns, organisation and media words, geographic and calendar
 * words, generic sources ("officials", "analysts"), speech-act nouns
 * ("statement", "readout"), function words, and the reporting verbs with
 * their lemmas. Nothing here names a particular person, place or story.
 * Words are looked up in their folded form (lex_fold: lower case, marks
 * stripped, typographic apostrophes made ASCII). */
#ifndef PARALLAX_VOCAB_H
#define PARALLAX_VOCAB_H

#include <stddef.h>
#include <stdint.h>

enum vocab_class {
	VC_TITLE = 1u << 0,        /* before a name: president, minister, mr */
	VC_ROLE = 1u << 1,         /* a person's role: envoy, adviser, analyst */
	VC_ORG = 1u << 2,          /* head of an organisation name: ministry, party */
	VC_MEDIA = 1u << 3,        /* head of a news outlet name: news, press, tv */
	VC_GEO = 1u << 4,          /* geographic feature: sea, river, region */
	VC_EVENT = 1u << 5,        /* war, summit, cup, treaty */
	VC_MONTH = 1u << 6,
	VC_WEEKDAY = 1u << 7,
	VC_COMMON_CAP = 1u << 8,   /* capitalised but not a name: republican, western */
	VC_SOURCE = 1u << 9,       /* generic source: officials, analysts, reports */
	VC_INSTITUTION = 1u << 10, /* an unnamed body: office, police, ministry, fund */
	VC_SPEECH = 1u << 11,      /* speech-act noun: statement, readout, post */
	VC_GROUP = 1u << 12,       /* a state's people after a demonym: authorities */
	VC_PARTICLE = 1u << 13,    /* inside names: van, von, de, bin, al */
	VC_FUNCTION = 1u << 14,    /* opens sentences, never a name: despite, like */
	VC_ADVERB = 1u << 15,      /* between subject and verb: also, reportedly */
	VC_AUX = 1u << 16,         /* has, had, did, will, would */
	VC_NEGATION = 1u << 17,    /* not, never, n't forms */
	VC_TEMPORAL = 1u << 18,    /* yesterday, today, last, earlier */
	VC_PRONOUN = 1u << 19,     /* personal subject pronouns */
	VC_DETERMINER = 1u << 20,  /* the, a, this, some, each */
	VC_CLAUSE = 1u << 21,      /* opens a clause: that, which, while, although */
	VC_PEOPLE = 1u << 22,      /* plural people: leaders, men (after "both") */
	VC_DIRECTION = 1u << 23,   /* north, southern */
	VC_PREPOSITION = 1u << 24,
	VC_LOCATIVE = 1u << 25,    /* a place follows: in, at, near, from */
	VC_GOVERNMENT = 1u << 26,  /* government, administration, presidency */
	VC_POSSESSIVE = 1u << 27,  /* his, her, its, their */
	VC_REGION = 1u << 28,      /* continents and world regions: europe, asia */
	VC_SUFFIX = 1u << 29,      /* ends a person's name: jr, sr, iii */
	VC_PORTFOLIO = 1u << 30,   /* a title word only before another: health, vice */
};

/* Classes of the folded word s[0..n) (0 when it is in none). */
uint32_t vocab_class(const char *s, size_t n);

enum cue_flag {
	CUE_INVERTED = 1u << 0,  /* only in "“...,” read the statement" order */
	CUE_NEEDS_THAT = 1u << 1, /* only before "that": consider */
	CUE_NEEDS_QUOTE = 1u << 2, /* only with a quote after it or "for": call */
	CUE_PAST = 1u << 3,      /* only the past form: pressed */
	CUE_NOUN_TOO = 1u << 4,  /* the form is also a common noun: reports */
	CUE_NEEDS_TO = 1u << 5,  /* only before "to": refer ("referred to the halt") */
};

struct cue {
	const char *lemma; /* "say", "tell", "according to" */
	uint32_t flags;    /* enum cue_flag */
};

/* The reporting verb that the folded word form s[0..n) inflects ("said",
 * "insists", "warning"), or NULL. */
const struct cue *vocab_cue(const char *s, size_t n);

/* Parts of speech in the common-word table. */
enum vocab_pos {
	VP_NOUN = 1u << 0,
	VP_VERB = 1u << 1,
	VP_ADJ = 1u << 2,
	VP_ADV = 1u << 3,
	VP_FORM = 1u << 4,  /* an inflected form: "met", "geese", "pages" */
};

/* Parts of speech (enum vocab_pos) of the folded word s[0..n) when it is
 * an ordinary English word: WordNet writes it, or the base of a regular
 * plural or verb form of it, in lower case ("army", "well",
 * "seismologists"). 0 for a word WordNet only knows as a name ("Cebu")
 * or not at all. A binary search, no set-up. */
uint32_t vocab_common(const char *s, size_t n);

/* The table, generated at build time by src/tools/wnwords.c: words
 * NUL-separated in strcmp order, their offsets (vocab_n_common + 1) and
 * their parts of speech. */
extern const uint32_t vocab_n_common;
extern const char vocab_common_strings[];
extern const uint32_t vocab_common_at[];
extern const uint8_t vocab_common_pos[];

#endif
