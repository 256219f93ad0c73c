/* actor.c - actors: people, organisations and countries, with their mentions.
 *
 * Two passes. The first reads every body sentence and turns capitalised
 * runs and a few lower-case patterns into candidates: a person with a
 * title, an organisation, a country or seat from the gazetteer, or a
 * bare name with the evidence around it. The second groups candidates
 * into clusters (countries and seats by gazetteer entry, organisations
 * by their words, people by surname then first name), resolves bare
 * names against those clusters, and keeps the clusters that are actors.
 * See actor.h for the rules. */
#include "parallax/actor.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/extract.h"
#include "parallax/gazetteer.h"
#include "parallax/lexicon.h"
#include "parallax/names.h"
#include "parallax/strmap.h"
#include "parallax/words.h"

#define RUN_MAX 12  /* longer capitalised runs are read word by word */
#define KEY_MAX 128
#define KEY_AMBIGUOUS (UINT32_MAX - 1) /* a key that two actors claim */

enum cand_kind {
	CK_PERSON,  /* a name with a title */
	CK_ORG,     /* an organisation name, or an unnamed body */
	CK_COUNTRY, /* a country, its capital or its people */
	CK_SEAT,    /* a seat of government */
	CK_GOV,     /* "the Russian government": the seat if named, else the country */
	CK_NAME,    /* a bare name, resolved in the second pass */
};

enum evidence {
	EV_ROLE = 1 << 0,    /* a title or role noun before it */
	EV_APPOS = 1 << 1,   /* ", who" or ", a senior official," after it */
	EV_SPEAKER = 1 << 2, /* subject or agent of a reporting verb */
	EV_THE = 1 << 3,     /* "the X" standing alone */
	EV_SUBJECT = 1 << 4, /* a full name as the subject of a verb in the past */
	EV_BODY = 1 << 5,    /* ", which ...", "spokesperson for X": a body */
};

struct cand {
	uint32_t article, sentence;
	uint32_t start, end;  /* the mention */
	uint32_t t0, t1;      /* tokens of the name proper */
	uint8_t kind;         /* enum cand_kind */
	uint8_t evidence;     /* enum evidence */
	bool first;           /* the sentence's first word */
	bool headline;        /* in a title-case line */
	bool locative;        /* after in, at, from: a place */
	bool weak;            /* CK_PERSON "General Electric": maybe a company */
	uint32_t title;       /* the first token of a person's title */
	uint32_t place;       /* gazetteer country it is or belongs to */
	uint32_t seat;        /* gazetteer seat */
	uint32_t link;        /* CK_GOV of a person: the person's candidate */
	uint32_t cluster;
};

struct cluster {
	uint8_t kind;         /* CK_PERSON, CK_ORG, CK_COUNTRY or CK_SEAT */
	uint32_t parent;      /* union-find */
	uint32_t place, seat;
	char first[32];       /* a person's first-name key, "" if unknown */
	uint32_t bucket;      /* a person's surname bucket */
	uint32_t named;       /* mentions by name (not through CK_GOV) */
	uint32_t flags;       /* ACTOR_MEDIA */
	const char *words;    /* an organisation's key words, sorted */
};

/* Where a person of a bucket was named in full. */
struct bpos {
	uint32_t article, start, cluster;
};

/* People sharing a surname key. */
struct bucket {
	char key[KEY_MAX];
	uint32_t *clusters;
	uint32_t n, cap;
	struct bpos *pos;     /* full-name mentions */
	uint32_t n_pos, cap_pos;
	bool sorted;
};

struct unit {
	uint32_t t0, t1;      /* tokens */
	bool gaz;
	struct gaz_hit hit;
	uint32_t cls;         /* vocab classes of a one-word unit */
};

struct ext {
	struct corpus *c;
	struct words *w;      /* the word classes of the corpus (extract.h) */
	struct cand *cands;
	uint32_t n_cands, cap_cands;
	struct cluster *clusters;
	uint32_t n_clusters, cap_clusters;
	struct bucket *buckets;
	uint32_t n_buckets, cap_buckets;
	struct strmap keys;   /* "o:..", "c:..", "s:.." -> cluster; "p:.." -> bucket */
	struct arena arena;   /* strings of clusters */
	uint32_t *place_count, *place_seen; /* per gazetteer country, for person_place */
	uint32_t n_places;
	char *text;           /* a mention's text, for aliases */
	uint32_t text_cap;
	struct mention *side; /* mentions out of order, for sort_mentions */
	uint32_t cap_side;
};

/* Tokens */

static const struct token *
tok(const struct ext *x, uint32_t ai, uint32_t k)
{
	return &x->c->articles[ai].toks[k];
}

static uint32_t
cls(struct ext *x, uint32_t ai, uint32_t k)
{
	return words_class(x->w, tok(x, ai, k));
}

static bool
is_word(struct ext *x, uint32_t ai, uint32_t k, const char *s)
{
	return words_is(x->w, tok(x, ai, k), s);
}

/* Is the word at token k of article ai one of list[0..n)? */
static bool
is_one_of(struct ext *x, uint32_t ai, uint32_t k, const char *const *list, size_t n)
{
	return words_one_of(x->w, tok(x, ai, k), list, n);
}

static bool
lowercase(const struct token *t)
{
	return (t->flags & TOK_WORD) && !(t->flags & (TOK_CAP | TOK_UPPER));
}

/* All letters upper case: "US", or "U" of "U.S.". */
/* A stop word, unless written as an acronym in capitals: "the WHO
 * said" is no "who". */
static bool
stop_word(const struct token *t)
{
	return (t->flags & TOK_STOP) && !((t->flags & TOK_UPPER) && t->end - t->start >= 3);
}

static bool
all_upper(const struct ext *x, uint32_t ai, uint32_t k)
{
	const struct article *a = &x->c->articles[ai];
	const struct token *t = &a->toks[k];

	return (t->flags & TOK_UPPER) || ((t->flags & TOK_CAP) && t->end - t->start == 1);
}

/* Parts of speech of token k's word as an ordinary English word
 * (vocab_common()), 0 for a name. */
static uint32_t
common(struct ext *x, uint32_t ai, uint32_t k)
{
	uint32_t n;
	const char *s = words_str(x->w, tok(x, ai, k), &n);

	return vocab_common(s, n);
}

/* Does a quotation mark open right before token k ("“Well, ...")? */
static bool
after_open_quote(const struct article *a, uint32_t k)
{
	uint32_t p = a->toks[k].start;
	const unsigned char *t = (const unsigned char *)a->text;

	if (p >= 3 && t[p - 3] == 0xE2 && t[p - 2] == 0x80 &&
	    (t[p - 1] == 0x9C || t[p - 1] == 0x98 || t[p - 1] == 0x9E))
		return true; /* “ ‘ „ */
	if (p >= 2 && t[p - 2] == 0xC2 && t[p - 1] == 0xAB)
		return true; /* « */
	/* a straight quote after a space, a bracket or the start */
	return p >= 1 && (t[p - 1] == '"' || t[p - 1] == '\'') &&
	       (p == 1 || t[p - 2] == ' ' || t[p - 2] == '\n' || t[p - 2] == '(');
}

/* A finite reporting verb at token k (skipping adverbs and auxiliaries
 * after it), lower case, in the sentence ending at token end. */
static bool
cue_from(struct ext *x, uint32_t ai, uint32_t k, uint32_t end)
{
	for (; k < end; k++) {
		const struct token *t = tok(x, ai, k);
		const struct cue *cue;
		uint32_t n;
		const char *w = words_str(x->w, t, &n);

		if (!lowercase(t))
			return false;
		cue = words_cue(x->w, t);
		if (cue && !(cue->flags & (CUE_INVERTED | CUE_NEEDS_THAT)) &&
		    !(n > 4 && memcmp(w + n - 3, "ing", 3) == 0))
			return true;
		if (!(cls(x, ai, k) & (VC_ADVERB | VC_AUX | VC_NEGATION)))
			return false;
	}
	return false;
}

/* Candidates */

static struct cand *
add_cand(struct ext *x, uint32_t ai, uint32_t si, uint32_t t0, uint32_t t1,
         enum cand_kind kind)
{
	const struct article *a = &x->c->articles[ai];
	struct cand *cd = PX_PUSH(x->cands, x->n_cands, x->cap_cands);

	cd->article = ai;
	cd->sentence = si;
	cd->t0 = t0;
	cd->t1 = t1;
	cd->start = a->toks[t0].start;
	cd->end = a->toks[t1 - 1].end;
	/* "U.S." keeps its final full stop; a hashtag keeps its '#' */
	if (cd->end < a->len && a->text[cd->end] == '.' && all_upper(x, ai, t1 - 1) &&
	    a->toks[t1 - 1].end - a->toks[t1 - 1].start == 1)
		cd->end++;
	if ((a->toks[t0].flags & TOK_HASHTAG) && cd->start > 0)
		cd->start--;
	cd->kind = (uint8_t)kind;
	cd->place = PX_NONE;
	cd->seat = PX_NONE;
	cd->link = PX_NONE;
	cd->cluster = PX_NONE;
	cd->weak = false;
	cd->title = PX_NONE;
	return cd;
}

/* Token range [s0, s1) of sentence si of article ai. */
struct span {
	uint32_t ai, si, s0, s1;
};

static bool
prev_is(struct ext *x, const struct span *sp, uint32_t k, const char *w)
{
	return k > sp->s0 && is_word(x, sp->ai, k - 1, w);
}

/* Does token k open the sentence or a quotation in it? */
static bool
opens(struct ext *x, const struct span *sp, uint32_t k)
{
	return k == sp->s0 || after_open_quote(&x->c->articles[sp->ai], k);
}

static bool
is_locative(struct ext *x, const struct span *sp, uint32_t k)
{
	const struct token *t;

	if (k <= sp->s0)
		return false;
	/* "at the Capitol" */
	if (k - 1 > sp->s0 && is_word(x, sp->ai, k - 1, "the"))
		k--;
	t = tok(x, sp->ai, k - 1);
	return lowercase(t) && (cls(x, sp->ai, k - 1) & VC_LOCATIVE);
}

/* Is the name starting at t0 the object of a preposition, maybe as the
 * last of a list ("officials in the provinces of A and B")? */
static bool
prepositional(struct ext *x, const struct span *sp, uint32_t t0)
{
	uint32_t k = t0;

	while (k > sp->s0) {
		const struct token *t = tok(x, sp->ai, k - 1);

		if (words_capitalised(t) || is_word(x, sp->ai, k - 1, "and") ||
		    (t->flags & TOK_HASHTAG))
			k--;
		else
			break;
	}
	return k > sp->s0 && lowercase(tok(x, sp->ai, k - 1)) &&
	       (cls(x, sp->ai, k - 1) & VC_PREPOSITION);
}

/* Place words that are also common surnames: "Fiona Hill", "Linda Park". */
static bool
surname_place(struct ext *x, uint32_t ai, uint32_t k)
{
	static const char *const words[] = {"hill", "lake", "park"};

	return is_one_of(x, ai, k, words, PX_ARRAY_SIZE(words));
}

static uint32_t after_coordinated(struct ext *x, const struct span *sp, uint32_t t1);

/* Is the name [t0, t1) the subject or agent of a reporting verb? */
static bool
speaker_evidence(struct ext *x, const struct span *sp, uint32_t t0, uint32_t t1)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t g = t1 < sp->s1 ? words_gap_at(x->w, a, t1 - 1) : GAP_OTHER;
	uint32_t v = after_coordinated(x, sp, t1);

	/* "X said", "X and Y said"; "X, a senior official, said" is handled
	 * by apposition */
	if (v > t1)
		g = words_gap_at(x->w, a, v - 1);
	if (v < sp->s1 && !(g & (GAP_QUOTE | GAP_COLON | GAP_PAREN | GAP_DASH)) &&
	    cue_from(x, sp->ai, v, sp->s1) && !prepositional(x, sp, t0))
		return true;
	if (t0 <= sp->s0)
		return false;
	/* "told CNBC": the one told is an actor too */
	if (t0 > sp->s0 && words_cue(x->w, tok(x, sp->ai, t0 - 1)) &&
	    strcmp(words_cue(x->w, tok(x, sp->ai, t0 - 1))->lemma, "tell") == 0 &&
	    lowercase(tok(x, sp->ai, t0 - 1)))
		return true;
	/* "cited by X", "according to X" */
	if (prev_is(x, sp, t0, "by") && t0 - 1 > sp->s0 &&
	    words_cue(x->w, tok(x, sp->ai, t0 - 2)))
		return true;
	if (prev_is(x, sp, t0, "to") && t0 - 1 > sp->s0 && is_word(x, sp->ai, t0 - 2, "according"))
		return true;
	/* ", reports X." but not ", said X would" */
	if (t0 - 1 > sp->s0 && lowercase(tok(x, sp->ai, t0 - 1)) &&
	    words_cue(x->w, tok(x, sp->ai, t0 - 1)) &&
	    (words_gap_at(x->w, a, t0 - 2) & (GAP_COMMA | GAP_QUOTE)) &&
	    (t1 >= sp->s1 || (g & (GAP_COMMA | GAP_PERIOD | GAP_COLON | GAP_DASH)) ||
	     (cls(x, sp->ai, t1) & VC_PREPOSITION)))
		return true;
	return false;
}

/* An age in an apposition: the "48" of "Jan Smith, 48, was ...". */
static bool
age_at(struct ext *x, const struct span *sp, uint32_t k)
{
	const struct article *a = &x->c->articles[sp->ai];
	const struct token *t = tok(x, sp->ai, k);
	uint32_t n = t->end - t->start, g;

	if (!(t->flags & TOK_NUM) || n > 3 || (n == 3 && a->text[t->start] != '1'))
		return false;
	g = words_gap_at(x->w, a, k);
	return k + 1 < sp->s1 && (g & GAP_COMMA) && !(g & ~(GAP_COMMA | GAP_SPACE));
}

/* ", who ..." or ", a senior Russian official," after the name. */
static bool
apposition_after(struct ext *x, const struct span *sp, uint32_t t1)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t k;
	bool role = false;

	if (t1 >= sp->s1 || !(words_gap_at(x->w, a, t1 - 1) & GAP_COMMA))
		return false;
	if (is_word(x, sp->ai, t1, "who") || age_at(x, sp, t1))
		return true;
	/* ", Chancellor of the Exchequer,": a title standing for the role;
	 * not a title before a name (", General Electric,": a list) */
	if ((cls(x, sp->ai, t1) & VC_TITLE) && words_capitalised(tok(x, sp->ai, t1))) {
		if (t1 + 1 < sp->s1 && words_gap_at(x->w, a, t1) == GAP_SPACE &&
		    words_capitalised(tok(x, sp->ai, t1 + 1)) && !cls(x, sp->ai, t1 + 1))
			return false;
		for (k = t1; k < sp->s1 && k < t1 + 6; k++) {
			uint32_t g = words_gap_at(x->w, a, k);

			if (g & GAP_COMMA)
				return true;
			if (g & (GAP_COLON | GAP_QUOTE | GAP_PAREN | GAP_DASH))
				return false;
		}
		return false;
	}
	/* ", head of mission operations for the agency,", ", director at
	 * the institute,": a bare role with its body */
	for (k = t1; k < sp->s1 && k < t1 + 3 && lowercase(tok(x, sp->ai, k)) &&
	             (cls(x, sp->ai, k) & (VC_ROLE | VC_TITLE)) &&
	             !(words_gap_at(x->w, a, k) & ~GAP_SPACE); k++)
		;
	if (k > t1 && k < sp->s1 && (cls(x, sp->ai, k - 1) & VC_ROLE) &&
	    (is_word(x, sp->ai, k, "of") || is_word(x, sp->ai, k, "at") ||
	     is_word(x, sp->ai, k, "for")))
		return true;
	if (!(cls(x, sp->ai, t1) & VC_DETERMINER) && !(tok(x, sp->ai, t1)->flags & TOK_POSS))
		return false;
	for (k = t1; k < sp->s1 && k < t1 + 8; k++) {
		uint32_t g = words_gap_at(x->w, a, k);

		if ((cls(x, sp->ai, k) & VC_ROLE) && lowercase(tok(x, sp->ai, k)))
			role = true;
		if (g & (GAP_COMMA | GAP_DASH))
			return role;
		if (g & (GAP_COLON | GAP_QUOTE | GAP_PAREN))
			return false;
	}
	return false;
}

/* Does a title heading a body end at token k: "Chair of the Federal
 * Reserve", "the chairman of the Joint Chiefs of Staff"? */
static bool
title_of_before(struct ext *x, const struct span *sp, uint32_t k)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t j;

	for (j = k; j >= sp->s0 && k - j < 10; j--) {
		if (j < k && (words_gap_at(x->w, a, j) & ~GAP_SPACE))
			return false;
		if (j < k && (cls(x, sp->ai, j) & VC_TITLE) && is_word(x, sp->ai, j + 1, "of"))
			return true;
		if (!words_capitalised(tok(x, sp->ai, j)) && !is_word(x, sp->ai, j, "of") &&
		    !is_word(x, sp->ai, j, "the") && !is_word(x, sp->ai, j, "and"))
			return false;
		if (j == sp->s0)
			break;
	}
	return false;
}

/* Is token k the plural of a role noun ("sons", "spokesmen")? */
static bool
plural_role(struct ext *x, uint32_t ai, uint32_t k)
{
	char base[40];
	uint32_t n;
	const char *s = words_str(x->w, tok(x, ai, k), &n);

	if (n < 4 || n >= sizeof base || s[n - 1] != 's')
		return false;
	if (vocab_class(s, n - 1) & VC_ROLE)
		return true;
	/* "spokesmen", "aldermen" */
	memcpy(base, s, n);
	if (memcmp(s + n - 3, "men", 3) == 0) {
		base[n - 2] = 'a';
		return (vocab_class(base, n) & VC_ROLE) != 0;
	}
	return false;
}

/* The end of the capitalised words from k joined by spaces, at most
 * max of them; with reject set, stop words and words of those classes
 * end it too. */
static uint32_t
name_run_end(struct ext *x, const struct span *sp, uint32_t k, uint32_t max, uint32_t reject)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t k0 = k;

	while (k < sp->s1 && k - k0 < max && words_capitalised(tok(x, sp->ai, k)) &&
	       (k == k0 || !(words_gap_at(x->w, a, k - 1) & ~GAP_SPACE)) &&
	       !(reject && ((tok(x, sp->ai, k)->flags & TOK_STOP) || (cls(x, sp->ai, k) & reject))))
		k++;
	return k;
}

/* The names coordinated after "and" ("Ed Roe and Al Ray said"): the
 * token after the second name, words of no class but particles and
 * months ("and Pensions Secretary" is no name), or t1. */
static uint32_t
after_coordinated(struct ext *x, const struct span *sp, uint32_t t1)
{
	uint32_t k;

	if (t1 + 2 >= sp->s1 || !is_word(x, sp->ai, t1, "and") ||
	    (words_gap_at(x->w, &x->c->articles[sp->ai], t1 - 1) & ~GAP_SPACE))
		return t1;
	k = name_run_end(x, sp, t1 + 1, 4, ~(uint32_t)(VC_PARTICLE | VC_MONTH));
	return k - (t1 + 1) >= 2 ? k : t1;
}

/* "her sons Ed Roe and Al Ray": a plural role before names joined by
 * "and", seen from the first name or the second; *g gets the gap after
 * the role. */
static bool
plural_role_before(struct ext *x, const struct span *sp, uint32_t t0, uint32_t *g)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t k = t0 - 1;

	if (is_word(x, sp->ai, k, "and")) {
		if (*g & ~GAP_SPACE)
			return false;
		while (k > sp->s0 && k + 5 > t0 && words_capitalised(tok(x, sp->ai, k - 1)) &&
		       !(words_gap_at(x->w, a, k - 1) & ~GAP_SPACE))
			k--;
		if (k + 1 >= t0 - 1 || k <= sp->s0 || !lowercase(tok(x, sp->ai, k - 1)))
			return false;
		*g = words_gap_at(x->w, a, k - 1);
		k--;
	} else {
		uint32_t e = name_run_end(x, sp, t0, UINT32_MAX, 0);

		if (after_coordinated(x, sp, e) == e)
			return false;
	}
	return plural_role(x, sp->ai, k);
}

/* A role noun or lower-case title right before the name: "envoy X",
 * "press secretary X", "advisor, X", "Chair of the Federal Reserve, X". */
static bool
role_before(struct ext *x, const struct span *sp, uint32_t t0)
{
	const struct article *a = &x->c->articles[sp->ai];
	const struct token *t;
	uint32_t g;

	if (t0 <= sp->s0)
		return false;
	t = tok(x, sp->ai, t0 - 1);
	g = words_gap_at(x->w, a, t0 - 1);
	/* "29-year-old Jan Smith" */
	if (t0 - 1 > sp->s0 && is_word(x, sp->ai, t0 - 1, "old") && !(g & ~GAP_SPACE) &&
	    (words_gap_at(x->w, a, t0 - 2) & GAP_HYPHEN) &&
	    (is_word(x, sp->ai, t0 - 2, "year") || is_word(x, sp->ai, t0 - 2, "years")))
		return true;
	if ((g & GAP_COMMA) && !(g & ~(GAP_SPACE | GAP_COMMA)) && words_capitalised(t) &&
	    title_of_before(x, sp, t0 - 1))
		return true;
	if (!lowercase(t))
		return false;
	if (!(cls(x, sp->ai, t0 - 1) & (VC_ROLE | VC_TITLE)) && !plural_role_before(x, sp, t0, &g))
		return false;
	return !(g & ~(GAP_SPACE | GAP_COMMA));
}

/* "the X" where X stands alone: "the Elysee said", "the BBC"; not a
 * company's seat, "the Ashford-based company". */
static bool
the_evidence(struct ext *x, const struct span *sp, uint32_t t0, uint32_t t1)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t g;

	if (t1 - t0 != 1 || t0 <= sp->s0 || !is_word(x, sp->ai, t0 - 1, "the"))
		return false;
	if (t1 >= sp->s1)
		return true;
	if (words_seat_after(x->w, a, t1 - 1, sp->s1))
		return false;
	g = words_gap_at(x->w, a, t0);
	/* "the Oscar-winning actress": the first part of an adjective */
	if ((g & GAP_HYPHEN) && lowercase(tok(x, sp->ai, t1)))
		return false;
	if (g & ~GAP_SPACE)
		return true;
	/* "the Chelsea and Westminster Hospital": the first part of one
	 * name; its head is the organisation */
	if (is_word(x, sp->ai, t1, "and")) {
		uint32_t k = name_run_end(x, sp, t1 + 1, 4, 0);

		if (k > t1 + 2 && (cls(x, sp->ai, k - 1) & VC_ORG))
			return false;
	}
	return (tok(x, sp->ai, t1)->flags & TOK_STOP) ||
	       (cls(x, sp->ai, t1) & (VC_AUX | VC_ADVERB)) || words_cue(x->w, tok(x, sp->ai, t1));
}

/* Is the name ending before t1 a modifier of the common noun after it
 * ("its official Facebook page")? A noun in its base form, not a verb
 * form ("met", "visits") nor a word of a closed class. */
static bool
modifier(struct ext *x, const struct span *sp, uint32_t t1)
{
	const struct token *t;
	uint32_t pos;

	if (t1 >= sp->s1 || (words_gap_at(x->w, &x->c->articles[sp->ai], t1 - 1) & ~GAP_SPACE))
		return false;
	t = tok(x, sp->ai, t1);
	if (!lowercase(t) || (t->flags & TOK_STOP) || words_cue(x->w, t) || cls(x, sp->ai, t1))
		return false;
	pos = common(x, sp->ai, t1);
	return (pos & VP_NOUN) && !(pos & VP_FORM);
}

/* Is the name ending before t1 the organisation of the person named
 * after the role words that follow it ("Acme chief executive Jane
 * Doe", "Acme spokesperson Jane Doe")? */
static bool
role_owner(struct ext *x, const struct span *sp, uint32_t t1)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t k = t1;

	while (k < sp->s1 && !(words_gap_at(x->w, a, k - 1) & ~GAP_SPACE) &&
	       lowercase(tok(x, sp->ai, k)) && (cls(x, sp->ai, k) & (VC_ROLE | VC_TITLE)))
		k++;
	return k > t1 && k < sp->s1 && !(words_gap_at(x->w, a, k - 1) & ~GAP_SPACE) &&
	       words_capitalised(tok(x, sp->ai, k));
}

/* Is the full name [t0, t1) the subject of a verb in the past tense
 * at the start of its clause ("Noah Sadaoui then scored", ", Ines
 * Moro opened")? Some verbs are nouns too; "-s" and "-ing" forms are
 * left out ("Harbor Freight trucks", "Blue Harbor featuring"). */
static bool
subject_evidence(struct ext *x, const struct span *sp, uint32_t t0, uint32_t t1)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t k = t1, pos, n;
	const char *s;

	if (t1 - t0 < 2 || t1 >= sp->s1)
		return false;
	if (t0 > sp->s0 && !(words_gap_at(x->w, a, t0 - 1) & (GAP_COMMA | GAP_COLON | GAP_DASH)) &&
	    !(lowercase(tok(x, sp->ai, t0 - 1)) && (cls(x, sp->ai, t0 - 1) & VC_CLAUSE)))
		return false;
	while (k < sp->s1 && k < t1 + 2 && lowercase(tok(x, sp->ai, k)) &&
	       (cls(x, sp->ai, k) & VC_ADVERB) && !(words_gap_at(x->w, a, k - 1) & ~GAP_SPACE))
		k++;
	if (k >= sp->s1 || !lowercase(tok(x, sp->ai, k)) ||
	    (words_gap_at(x->w, a, k - 1) & ~GAP_SPACE) || cls(x, sp->ai, k))
		return false;
	s = words_str(x->w, tok(x, sp->ai, k), &n);
	pos = common(x, sp->ai, k);
	if (!(pos & VP_VERB) || !(pos & VP_FORM) || n < 3 || s[n - 1] == 's' ||
	    (n > 3 && memcmp(s + n - 3, "ing", 3) == 0))
		return false;
	return true;
}

static void
name_evidence(struct ext *x, const struct span *sp, struct cand *cd, uint32_t run0)
{
	if (subject_evidence(x, sp, cd->t0, cd->t1))
		cd->evidence |= EV_SUBJECT;
	if (role_before(x, sp, run0) && !modifier(x, sp, cd->t1) && !role_owner(x, sp, cd->t1))
		cd->evidence |= EV_ROLE;
	if (apposition_after(x, sp, cd->t1))
		cd->evidence |= EV_APPOS;
	/* "SpaceX, which builds ..., said": only as the subject opening the
	 * sentence ("in Gaza, which" is a place) */
	if (cd->t1 < sp->s1 && is_word(x, sp->ai, cd->t1, "which") &&
	    (words_gap_at(x->w, &x->c->articles[sp->ai], cd->t1 - 1) & GAP_COMMA) &&
	    (cd->t0 == sp->s0 || (cd->t0 == sp->s0 + 1 && is_word(x, sp->ai, sp->s0, "the"))))
		cd->evidence |= EV_BODY;
	/* "a spokesperson for Nordair said": the body the spokesperson
	 * speaks for */
	if (cd->t0 >= sp->s0 + 2 &&
	    (is_word(x, sp->ai, cd->t0 - 1, "for") || is_word(x, sp->ai, cd->t0 - 1, "of")) &&
	    words_spokes(x->w, tok(x, sp->ai, cd->t0 - 2)))
		cd->evidence |= EV_BODY;
	if (speaker_evidence(x, sp, run0, cd->t1))
		cd->evidence |= EV_SPEAKER;
	if (the_evidence(x, sp, cd->t0, cd->t1))
		cd->evidence |= EV_THE;
}

/* Runs */

/* Can token j continue the capitalised run whose last token is k? */
static bool
joins(struct ext *x, const struct span *sp, uint32_t k, uint32_t j)
{
	const struct article *a = &x->c->articles[sp->ai];
	const struct token *t = tok(x, sp->ai, k);
	uint32_t g = words_gap_at(x->w, a, k), n = a->toks[j].start - t->end;

	/* "People's Liberation Army": a possessive of a plural of people
	 * inside a name */
	if ((t->flags & TOK_POSS) && (is_word(x, sp->ai, k, "people") ||
	    (cls(x, sp->ai, k) & VC_PEOPLE)) && words_capitalised(&a->toks[j]))
		return !(g & ~(GAP_SPACE | GAP_POSS)) && n <= 6;
	/* "Attorney General's Office": a title's office */
	if ((t->flags & TOK_POSS) && (cls(x, sp->ai, k) & VC_TITLE) &&
	    (cls(x, sp->ai, j) & VC_ORG) && words_capitalised(&a->toks[j]))
		return !(g & ~(GAP_SPACE | GAP_POSS)) && n <= 6;
	/* "Harlow & Co", "Tarn & Finch": one name */
	if (n == 3 && memcmp(a->text + t->end, " & ", 3) == 0 && !(t->flags & TOK_POSS))
		return true;
	if ((t->flags & TOK_POSS) || (g & ~(GAP_SPACE | GAP_PERIOD | GAP_HYPHEN)) || n > 3)
		return false;
	if ((g & GAP_PERIOD) && !all_upper(x, sp->ai, k) && !(cls(x, sp->ai, k) & VC_TITLE))
		return false;
	return true;
}

/* The end of a gazetteer entry that starts at a token of [k, r1) and
 * runs past r1 over lower-case words ("Democratic Republic of the
 * Congo"), else r1. */
static uint32_t
gaz_past(struct ext *x, const struct span *sp, uint32_t k, uint32_t r1)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t i;

	for (i = k; i < r1; i++) {
		const char *ws[8];
		uint32_t lens[8], m = 0, got;
		struct gaz_hit hit;

		if (!words_gaz_start(x->w, tok(x, sp->ai, i)))
			continue;
		while (m < 8 && i + m < sp->s1 &&
		       (!m || !(words_gap_at(x->w, a, i + m - 1) & ~GAP_SPACE))) {
			ws[m] = words_str(x->w, tok(x, sp->ai, i + m), &lens[m]);
			m++;
		}
		got = gaz_match(ws, lens, m, &hit);
		if (i + got > r1 && words_capitalised(tok(x, sp->ai, i + got - 1)))
			return i + got;
	}
	return r1;
}

/* "R-Okla.", "(D-Calif.)": a US lawmaker's party and state after the
 * name, at token k; no actor. */
static bool
party_tag(struct ext *x, const struct span *sp, uint32_t k)
{
	const struct article *a = &x->c->articles[sp->ai];
	const struct token *t = tok(x, sp->ai, k);
	char c = a->text[t->start];

	return k > sp->s0 && k + 1 < sp->s1 && t->end - t->start == 1 &&
	       (c == 'R' || c == 'D' || c == 'I') &&
	       (words_gap_at(x->w, a, k - 1) & (GAP_COMMA | GAP_PAREN)) &&
	       words_gap_at(x->w, a, k) == GAP_HYPHEN && words_capitalised(tok(x, sp->ai, k + 1));
}

/* Is the capitalised word at j a nickname in quotes inside a name,
 * with the name going on after it: James "Whitey" Bulger? */
static bool
nickname(struct ext *x, const struct span *sp, uint32_t j)
{
	const struct article *a = &x->c->articles[sp->ai];

	/* the remembered gap first: most runs end at no quotation mark */
	return j > sp->s0 && j + 1 < sp->s1 &&
	       words_gap_at(x->w, a, j - 1) == (GAP_SPACE | GAP_QUOTE) && words_nickname(a, j) &&
	       !(cls(x, sp->ai, j - 1) & (VC_TITLE | VC_ORG));
}

/* Can "and" after "X of Y" go on into the capitalised word at j
 * ("Institute of Volcanology and Seismology")? Not into a country, a
 * title or a possessive ("... and Ukraine", "... and Foreign Minister"). */
static bool
and_joins(struct ext *x, const struct span *sp, uint32_t j)
{
	const struct token *t;

	if (j >= sp->s1)
		return false;
	t = tok(x, sp->ai, j);
	return words_capitalised(t) && !(t->flags & TOK_POSS) && !words_gaz_start(x->w, t) &&
	       !(cls(x, sp->ai, j) & (VC_TITLE | VC_FUNCTION));
}

/* Does a connector at j ("of", "de", "the" after "of", "and" after an
 * "of" of the run, "for" after an organisation word) continue the run
 * ending at k into a capitalised word? */
static uint32_t
connector(struct ext *x, const struct span *sp, uint32_t k, uint32_t j, bool after_of)
{
	uint32_t c = cls(x, sp->ai, j), end = j + 1;

	if (!lowercase(tok(x, sp->ai, j)) || !joins(x, sp, k, j))
		return 0;
	if (is_word(x, sp->ai, j, "and")) {
		if (!after_of || !and_joins(x, sp, end))
			return 0;
	} else if (is_word(x, sp->ai, j, "for")) {
		/* "Office for National Statistics": only after an organisation
		 * word, never into a date ("the Bank for Monday's vote") */
		if (!(cls(x, sp->ai, k) & VC_ORG) || (cls(x, sp->ai, k) & VC_TITLE) ||
		    (end < sp->s1 && (cls(x, sp->ai, end) & (VC_WEEKDAY | VC_MONTH))))
			return 0;
	} else if (is_word(x, sp->ai, j, "of")) {
		/* only after organisation and title words: "Armed Forces of
		 * Ostland", "Secretary of State", never "Kowal of Ostland";
		 * or a second time in such a name: "Joint Chiefs of Staff" */
		if (!(cls(x, sp->ai, k) & (VC_ORG | VC_TITLE)) && !after_of)
			return 0;
		if (end < sp->s1 && is_word(x, sp->ai, end, "the") && joins(x, sp, j, end))
			end++;
	} else if (!(c & VC_PARTICLE)) {
		return 0;
	} else {
		/* particles in a row: "von der Leyen", "de la Cruz" */
		while (end < sp->s1 && end - j < 3 && lowercase(tok(x, sp->ai, end)) &&
		       (cls(x, sp->ai, end) & VC_PARTICLE) && joins(x, sp, end - 1, end))
			end++;
	}
	if (end >= sp->s1 || !joins(x, sp, end - 1, end) || !words_capitalised(tok(x, sp->ai, end)))
		return 0;
	return end - j;
}

static uint32_t
unitise(struct ext *x, const struct span *sp, uint32_t r0, uint32_t r1, struct unit *u)
{
	uint32_t n = 0, k = r0;

	while (k < r1 && n < RUN_MAX) {
		const char *ws[8];
		uint32_t lens[8], m = 0, got, i;
		struct gaz_hit hit = {0};

		got = 0;
		if (words_gaz_start(x->w, tok(x, sp->ai, k))) {
			while (m < 8 && k + m < r1) {
				ws[m] = words_str(x->w, tok(x, sp->ai, k + m), &lens[m]);
				m++;
			}
			got = gaz_match(ws, lens, m, &hit);
		}
		/* every capitalised word of an abbreviation is in capitals */
		for (i = 0; got && hit.kind == GAZ_ABBREV && i < got; i++)
			if (!all_upper(x, sp->ai, k + i))
				got = 0;
		if (got && !words_capitalised(tok(x, sp->ai, k)))
			got = 0;
		u[n].t0 = k;
		u[n].gaz = got > 0;
		u[n].hit = hit;
		u[n].t1 = k + (got ? got : 1);
		u[n].cls = got ? 0 : cls(x, sp->ai, k);
		k = u[n].t1;
		n++;
	}
	return n;
}

/* A capitalised word of no vocabulary class. */
static bool
plain_name(const struct unit *u)
{
	return !u->gaz && !u->cls && u->t1 - u->t0 == 1;
}

/* Is unit i, the last of n, a name that is also a short function word,
 * after a name that is no English word: "Liu He", "Zhang An"? A pronoun
 * is written in capitals only to open a sentence. */
static bool
short_name_last(struct ext *x, const struct span *sp, const struct unit *u, uint32_t n,
                uint32_t i)
{
	const struct token *t = tok(x, sp->ai, u[i].t0);

	return i + 1 == n && i > 0 && u[i].t1 - u[i].t0 == 1 && !u[i].gaz &&
	       t->end - t->start == 2 && stop_word(t) && (t->flags & TOK_CAP) &&
	       !(t->flags & (TOK_UPPER | TOK_FIRST)) && plain_name(&u[i - 1]) &&
	       words_capitalised(tok(x, sp->ai, u[i - 1].t0)) &&
	       !common(x, sp->ai, u[i - 1].t0);
}

/* Could the unit be (part of) a person's name? */
static bool
namelike(struct ext *x, const struct span *sp, const struct unit *u, uint32_t n, uint32_t i)
{
	const struct article *a = &x->c->articles[sp->ai];
	const struct token *t = tok(x, sp->ai, u[i].t0);

	if (short_name_last(x, sp, u, n, i))
		return true;

	if (u[i].gaz) {
		/* "George Washington", "Michael Jordan": a capital or country
		 * after a given name is a surname */
		return i > 0 && !u[i - 1].gaz && (u[i].hit.kind == GAZ_CAPITAL ||
		       u[i].hit.kind == GAZ_COUNTRY) && u[i].t1 - u[i].t0 == 1 &&
		       namelike(x, sp, u, n, i - 1);
	}
	if (!words_capitalised(t))
		return false;
	/* a month is a name only next to another name: "Jan Smith",
	 * "Theresa May", not "in May" (a stop word, as the verb) */
	if (u[i].cls & VC_MONTH)
		return (i + 1 < n && plain_name(&u[i + 1])) || (i > 0 && plain_name(&u[i - 1]));
	if (stop_word(t))
		return false;
	/* "Christian Lindner", "Jack Black": common capitalised words that
	 * are also a given name or a surname, next to a plain name */
	if (u[i].cls == VC_COMMON_CAP && u[i].t1 - u[i].t0 == 1) {
		if (is_word(x, sp->ai, u[i].t0, "christian"))
			return i + 2 == n && plain_name(&u[i + 1]);
		if (is_word(x, sp->ai, u[i].t0, "black") || is_word(x, sp->ai, u[i].t0, "english"))
			return i + 1 == n && i > 0 && plain_name(&u[i - 1]);
	}
	if (u[i].cls & (VC_TITLE | VC_ORG | VC_GEO | VC_EVENT | VC_WEEKDAY | VC_COMMON_CAP |
	                VC_GOVERNMENT | VC_DIRECTION | VC_REGION | VC_SOURCE))
		return false;
	/* an initial: "J." inside a longer name */
	if (t->end - t->start == 1)
		return i + 1 < n && a->text[t->end] == '.';
	return true;
}

/* Are units [from, to) ordinary English words of no gazetteer entry and
 * no class: "Digital", "Trust", not "Carolina", "Nile" or "Coast"? */
static bool
common_words(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
             uint32_t to)
{
	for (; from < to; from++)
		if (u[from].gaz || u[from].cls || u[from].t1 - u[from].t0 != 1 ||
		    !common(x, sp->ai, u[from].t0))
			return false;
	return true;
}

static bool
has_class(const struct unit *u, uint32_t from, uint32_t to, uint32_t c)
{
	for (; from < to; from++)
		if (!u[from].gaz && (u[from].cls & c))
			return true;
	return false;
}

/* Is a title or role word in [from, to) more than a domain or a
 * qualifier of another ("Minister" of "Health Minister", not "Health"
 * alone)? */
static bool
head_title(const struct unit *u, uint32_t from, uint32_t to)
{
	for (; from < to; from++)
		if (!u[from].gaz && (u[from].cls & (VC_TITLE | VC_ROLE)) && !(u[from].cls & VC_PORTFOLIO))
			return true;
	return false;
}

/* "Press" of "Press secretary X": title words only, no organisation. */
static bool
all_titles(const struct unit *u, uint32_t from, uint32_t to)
{
	for (; from < to; from++)
		if (u[from].gaz || !(u[from].cls & VC_TITLE))
			return false;
	return true;
}

/* Country of the last demonym, country or abbreviation unit in [from, to). */
static uint32_t
place_of(const struct unit *u, uint32_t from, uint32_t to)
{
	uint32_t p = PX_NONE;

	for (; from < to; from++)
		if (u[from].gaz && u[from].hit.kind != GAZ_SEAT && u[from].hit.kind != GAZ_REGION)
			p = u[from].hit.country;
	return p;
}

static void
emit_gaz(struct ext *x, const struct span *sp, const struct unit *u, bool headline)
{
	struct cand *cd;
	enum gaz_kind k = u->hit.kind;

	if (k == GAZ_DEMONYM || k == GAZ_REGION)
		return;
	/* "pro-Russia", "anti-American": part of an adjective */
	if (u->t0 > sp->s0 && lowercase(tok(x, sp->ai, u->t0 - 1)) &&
	    (words_gap_at(x->w, &x->c->articles[sp->ai], u->t0 - 1) & GAP_HYPHEN))
		return;
	/* a capital after "in" is a place, not the state */
	if (k == GAZ_CAPITAL && is_locative(x, sp, u->t0))
		return;
	cd = add_cand(x, sp->ai, sp->si, u->t0, u->t1, k == GAZ_SEAT ? CK_SEAT : CK_COUNTRY);
	cd->place = u->hit.country;
	cd->seat = u->hit.seat;
	cd->headline = headline;
	cd->locative = is_locative(x, sp, u->t0);
	if (speaker_evidence(x, sp, u->t0, u->t1))
		cd->evidence |= EV_SPEAKER;
}

static void
emit_all_gaz(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
             uint32_t to, bool headline)
{
	for (; from < to; from++)
		if (u[from].gaz)
			emit_gaz(x, sp, &u[from], headline);
}

static struct cand *
emit_org(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from, uint32_t to)
{
	struct cand *cd = add_cand(x, sp->ai, sp->si, u[from].t0, u[to - 1].t1, CK_ORG);

	cd->place = place_of(u, from, to);
	return cd;
}

/* A title-case line: only words naming actors found elsewhere count. */
static void
take_headline_run(struct ext *x, const struct span *sp, const struct unit *u, uint32_t n)
{
	uint32_t i;

	for (i = 0; i < n; i++) {
		if (u[i].gaz) {
			emit_gaz(x, sp, &u[i], true);
		} else if (namelike(x, sp, u, n, i)) {
			uint32_t j = i + 1;
			struct cand *cd;

			/* name-like words together: a full name if one is known */
			while (j < n && !u[j].gaz && namelike(x, sp, u, n, j))
				j++;
			cd = add_cand(x, sp->ai, sp->si, u[i].t0, u[j - 1].t1, CK_NAME);
			cd->headline = true;
			i = j - 1;
		}
	}
}

/* Leading words that only open the sentence ("Still", "Like"), and
 * calendar words at either end, are not part of a name. */
static void
trim_run(struct ext *x, const struct span *sp, const struct unit *u, uint32_t *from,
         uint32_t *to)
{
	while (*from < *to && !u[*from].gaz) {
		const struct token *t = tok(x, sp->ai, u[*from].t0);
		uint32_t c = u[*from].cls;
		bool first = opens(x, sp, u[*from].t0);

		/* "People's" inside a run: part of the name; so is a particle
		 * that opens it ("Von der Leyen said", "De Gaulle") */
		if ((c & (VC_TITLE | VC_ORG | VC_PARTICLE)) || (t->flags & TOK_POSS))
			break;
		if (!(stop_word(t) || (c & (VC_FUNCTION | VC_MONTH | VC_WEEKDAY |
		      VC_SOURCE | VC_PREPOSITION)) ||
		      (first && words_lower_seen(x->w, t))))
			break;
		(*from)++;
	}
	while (*to > *from && !u[*to - 1].gaz && (u[*to - 1].cls & (VC_MONTH | VC_WEEKDAY))) {
		/* a month after a given name is a surname: "Theresa May" */
		if ((u[*to - 1].cls & VC_MONTH) && *to - 1 > *from && plain_name(&u[*to - 2]))
			break;
		(*to)--;
	}
}

/* "of", "the", "and" or "for" inside a run. */
static bool
connective(struct ext *x, const struct span *sp, const struct unit *u)
{
	return !u->gaz && lowercase(tok(x, sp->ai, u->t0)) &&
	       (is_word(x, sp->ai, u->t0, "of") || is_word(x, sp->ai, u->t0, "the") ||
	        is_word(x, sp->ai, u->t0, "and") || is_word(x, sp->ai, u->t0, "for"));
}

/* Is there a connector after an organisation word in [from, tail),
 * with no title or role word after it up to "to"? */
static bool
org_phrase(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
           uint32_t tail, uint32_t to)
{
	uint32_t i;

	for (i = from + 1; i < tail; i++)
		if (connective(x, sp, &u[i]) && !u[i - 1].gaz && (u[i - 1].cls & VC_ORG))
			return !has_class(u, i + 1, to, VC_TITLE | VC_ROLE);
	return false;
}

/* "Acme" of "Acme CEO Jane Doe": plain names before the title name the
 * person's organisation, an actor only when named elsewhere, never a
 * person. */
static bool
owner_name(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
           uint32_t to)
{
	uint32_t i;

	for (i = from; i < to; i++)
		if (u[i].gaz || !namelike(x, sp, u, to, i))
			return false;
	return to > from;
}

/* Is the capitalised run from token k on (dir 1) or ending at token k
 * (dir -1) an organisation's name ("Blackstone Group")? */
static bool
org_run(struct ext *x, const struct span *sp, uint32_t k, int dir)
{
	for (; k >= sp->s0 && k < sp->s1 && words_capitalised(tok(x, sp->ai, k)); k += (uint32_t)dir)
		if (cls(x, sp->ai, k) & (VC_ORG | VC_MEDIA))
			return true;
	return false;
}

/* "veteran of General Electric and Blackstone Group": a title and one
 * word that is an ordinary adjective or noun (never a verb or an
 * adverb), after "of", beside "and" and an organisation or in a list
 * with one, may be a company. named_alone() decides once all names are
 * read. */
static bool
company_like(struct ext *x, const struct span *sp, uint32_t t_title, uint32_t k, uint32_t end)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t pos = common(x, sp->ai, k);

	if (!(pos & (VP_NOUN | VP_ADJ)) || (pos & (VP_VERB | VP_ADV)))
		return false;
	if (t_title > sp->s0 && lowercase(tok(x, sp->ai, t_title - 1)) &&
	    (is_word(x, sp->ai, t_title - 1, "of")))
		return true;
	if (end + 1 < sp->s1 && (is_word(x, sp->ai, end, "and") || is_word(x, sp->ai, end, "or")) &&
	    org_run(x, sp, end + 1, 1))
		return true;
	if (t_title >= sp->s0 + 2 && (is_word(x, sp->ai, t_title - 1, "and") ||
	    is_word(x, sp->ai, t_title - 1, "or")) && org_run(x, sp, t_title - 2, -1))
		return true;
	/* in a list: "Boeing, General Electric, News Corp" */
	return (end < sp->s1 && (words_gap_at(x->w, a, end - 1) & GAP_COMMA) &&
	        org_run(x, sp, end, 1)) ||
	       (t_title > sp->s0 && (words_gap_at(x->w, a, t_title - 1) & GAP_COMMA) &&
	        org_run(x, sp, t_title - 1, -1));
}

/* Is [from, to) one word in capitals of three letters or more, no
 * ordinary word: "NASA" of "NASA Administrator Lee Park", the person's
 * organisation? */
static bool
acronym_unit(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
             uint32_t to)
{
	const struct token *t = tok(x, sp->ai, u[from].t0);

	return to == from + 1 && !u[from].gaz && !u[from].cls && (t->flags & TOK_UPPER) &&
	       t->end - t->start >= 3 && !common(x, sp->ai, u[from].t0);
}

/* A person with a title: "US Secretary of State Marco Rubio". */
static void
take_titled(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
            uint32_t title, uint32_t tail, uint32_t to)
{
	uint32_t start = title;
	struct cand *cd;
	bool place_name = false;

	/* the country or demonym right before the title belongs to it */
	while (start > from && u[start - 1].gaz && u[start - 1].hit.kind != GAZ_SEAT)
		start--;
	/* "Press Secretary X": title words before the title are part of it */
	while (start > from && all_titles(u, start - 1, start))
		start--;
	/* "District Attorney X", "County Sheriff X": the kind of place the
	 * office serves is part of the title too */
	if (start > from && !u[start - 1].gaz && (u[start - 1].cls & VC_GEO) &&
	    u[start - 1].t1 - u[start - 1].t0 == 1) {
		start--;
		place_name = true; /* "Ostland County Sheriff" */
	}
	if (start > from) {
		if (place_name)
			emit_all_gaz(x, sp, u, from, start, false);
		else if (has_class(u, from, start, VC_ORG | VC_MEDIA) || acronym_unit(x, sp, u, from, start))
			emit_org(x, sp, u, from, start);
		else if (owner_name(x, sp, u, from, start))
			add_cand(x, sp->ai, sp->si, u[from].t0, u[start - 1].t1, CK_NAME);
		else
			emit_all_gaz(x, sp, u, from, start, false);
	}
	emit_all_gaz(x, sp, u, start, tail, false);
	cd = add_cand(x, sp->ai, sp->si, u[tail].t0, u[to - 1].t1, CK_PERSON);
	cd->start = x->c->articles[sp->ai].toks[u[start].t0].start;
	cd->place = place_of(u, start, tail);
	cd->evidence |= EV_ROLE;
	cd->title = u[title].t0;
	cd->weak = start == title && tail == title + 1 && tail + 1 == to &&
	           company_like(x, sp, u[title].t0, u[tail].t0, u[tail].t1);
}

/* "Army troops ...": an organisation word that is an ordinary noun,
 * alone at the start of a sentence, names only an actor found
 * elsewhere ("the Army said"). */
static void
take_opening_word(struct ext *x, const struct span *sp, const struct unit *u)
{
	struct cand *cd = add_cand(x, sp->ai, sp->si, u->t0, u->t1, CK_NAME);

	cd->first = true;
}

/* "operating officer Stephanie Pope", "Jane Bishop, who": a title word
 * ending a run of names is a surname when a role before the run or an
 * apposition after it shows a person. Never a title in capitals ("Acme
 * CEO"). */
static bool
title_surname(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
              uint32_t to)
{
	uint32_t i, last = to - 1;
	struct cand *cd;

	if (to - from < 2 || u[last].gaz || !(u[last].cls & VC_TITLE) ||
	    (u[last].cls & (VC_ORG | VC_GEO)) || (tok(x, sp->ai, u[last].t0)->flags & TOK_UPPER))
		return false;
	for (i = from; i < last; i++)
		if (!plain_name(&u[i]) || !namelike(x, sp, u, to, i))
			return false;
	if (!role_before(x, sp, u[from].t0) && !apposition_after(x, sp, u[last].t1))
		return false;
	cd = add_cand(x, sp->ai, sp->si, u[from].t0, u[last].t1, CK_NAME);
	cd->first = opens(x, sp, u[from].t0);
	name_evidence(x, sp, cd, u[from].t0);
	return true;
}

/* Is unit i an initial ("J.") or a lower-case particle ("von") inside
 * a person's name? */
static bool
name_inner(struct ext *x, const struct span *sp, const struct unit *u, uint32_t n, uint32_t i)
{
	const struct token *t = tok(x, sp->ai, u[i].t0);

	if (u[i].gaz)
		return false;
	if ((u[i].cls & VC_PARTICLE) && lowercase(t))
		return true;
	return t->end - t->start == 1 && namelike(x, sp, u, n, i);
}

/* "the Chair of the Federal Reserve said": with no name after it, a
 * title's body is the organisation when it has an organisation word. */
static bool
body_alone(struct ext *x, const struct span *sp, const struct unit *u, uint32_t body,
           uint32_t to)
{
	if (body >= to || !has_class(u, body, to, VC_ORG | VC_MEDIA))
		return false;
	emit_org(x, sp, u, body, to);
	return true;
}

/* "Chairman of the Joint Chiefs of Staff Mark Milley", "Governor of
 * the Bank of England Andrew Bailey": title words, "of", the body the
 * title heads and then the person, whose name is the last two
 * name-like words with any initials or particles between them. The
 * body is an organisation when it has an organisation word, else only
 * its places count; the title phrase itself names no one. Returns
 * false, touching nothing, when the run is not of that form. */
static bool
titled_body(struct ext *x, const struct span *sp, const struct unit *u, uint32_t from,
            uint32_t to)
{
	uint32_t i = from, body, name, title;
	struct cand *cd;
	bool org;

	while (i < to && u[i].gaz && u[i].hit.kind != GAZ_SEAT)
		i++;
	title = i;
	while (i < to && !u[i].gaz && (u[i].cls & VC_TITLE) && !(u[i].cls & VC_ORG) &&
	       !connective(x, sp, &u[i]))
		i++;
	if (i == title || i >= to || !is_word(x, sp->ai, u[i].t0, "of"))
		return false;
	body = i + 1;
	while (body < to && connective(x, sp, &u[body]))
		body++;
	name = to;
	if (name <= body || !namelike(x, sp, u, to, name - 1))
		return body_alone(x, sp, u, body, to);
	name--;
	while (name > body && name_inner(x, sp, u, to, name - 1))
		name--;
	if (name <= body || !namelike(x, sp, u, to, name - 1) || u[name - 1].gaz)
		return body_alone(x, sp, u, body, to);
	name--;
	if (name <= body || connective(x, sp, &u[name - 1]))
		return body_alone(x, sp, u, body, to);
	/* "CEO of Boeing Commercial Airplanes": two ordinary English words
	 * end a company's name, unless they report or are described */
	if (common(x, sp->ai, u[name].t0) && common(x, sp->ai, u[to - 1].t0) &&
	    !speaker_evidence(x, sp, u[name].t0, u[to - 1].t1) &&
	    !apposition_after(x, sp, u[to - 1].t1))
		return body_alone(x, sp, u, body, to);
	org = has_class(u, body, name, VC_ORG | VC_MEDIA);
	if (org)
		emit_org(x, sp, u, body, name);
	else
		emit_all_gaz(x, sp, u, body, name, false);
	emit_all_gaz(x, sp, u, from, title, false);
	cd = add_cand(x, sp->ai, sp->si, u[name].t0, u[to - 1].t1, CK_PERSON);
	/* with no organisation inside, the mention holds the title:
	 * "Secretary of Defense Lloyd Austin" */
	if (!org)
		cd->start = x->c->articles[sp->ai].toks[u[from].t0].start;
	cd->place = place_of(u, from, title);
	cd->evidence |= EV_ROLE;
	cd->title = u[title].t0;
	return true;
}

/* The run of tokens [r0, r1), read into its n units u. */
static void
take_run(struct ext *x, const struct span *sp, uint32_t r0, uint32_t r1, const struct unit *u,
         uint32_t n, bool headline)
{
	uint32_t from = 0, to = n, tail, i, title = PX_NONE;
	struct cand *cd;

	if (headline || r1 - r0 > RUN_MAX) {
		take_headline_run(x, sp, u, n);
		return;
	}
	trim_run(x, sp, u, &from, &to);
	if (from >= to)
		return;
	/* the title of a work: "Things Can Only Get Better", a capitalised
	 * function word inside the run; names have none ("Will Smith" opens
	 * with one) */
	for (i = from + 1; i < to; i++) {
		const struct token *t = tok(x, sp->ai, u[i].t0);

		if (!u[i].gaz && stop_word(t) && words_capitalised(t) &&
		    !(u[i].cls & (VC_TITLE | VC_PARTICLE | VC_MONTH)) &&
		    !short_name_last(x, sp, u, to, i))
			return;
	}
	/* "NASA Administrator Lee Park": after a capitalised role and a
	 * given name, a place word is a surname */
	if (to - from >= 3 && !u[to - 1].gaz && (u[to - 1].cls & VC_GEO) &&
	    plain_name(&u[to - 2]) && namelike(x, sp, u, to, to - 2) && !u[to - 3].gaz &&
	    (u[to - 3].cls & VC_ROLE) && !(u[to - 3].cls & VC_TITLE) &&
	    words_capitalised(tok(x, sp->ai, u[to - 3].t0))) {
		take_titled(x, sp, u, from, to - 3, to - 2, to);
		return;
	}
	/* "said Fiona Hill", "Linda Park, 67,": a given name and a place
	 * word that is also a common surname are a person when the name
	 * speaks, has an age or takes ", who" ("Hyde Park" does none) */
	if (to - from <= 2 && !u[to - 1].gaz && (u[to - 1].cls & VC_GEO) &&
	    surname_place(x, sp->ai, u[to - 1].t0) &&
	    (to - from == 1 || (plain_name(&u[from]) && namelike(x, sp, u, to, from))) &&
	    (apposition_after(x, sp, u[to - 1].t1) ||
	     speaker_evidence(x, sp, u[from].t0, u[to - 1].t1))) {
		/* the surname alone ("Hill said") joins a full name */
		cd = add_cand(x, sp->ai, sp->si, u[from].t0, u[to - 1].t1,
		              to - from == 2 ? CK_PERSON : CK_NAME);
		cd->evidence |= EV_SPEAKER;
		return;
	}
	/* "Western Digital", "Northern Trust": a direction before ordinary
	 * words is a company, when the texts show it is an actor; places
	 * have names of their own ("North Carolina", "Upper Nile") */
	if (to - from >= 2 && !u[from].gaz && (u[from].cls & VC_DIRECTION) &&
	    common_words(x, sp, u, from + 1, to)) {
		cd = add_cand(x, sp->ai, sp->si, u[from].t0, u[to - 1].t1, CK_NAME);
		cd->first = opens(x, sp, u[from].t0);
		name_evidence(x, sp, cd, u[from].t0);
		return;
	}
	/* places and events: "Red Sea", "Middle East", "World War II" */
	if ((!u[to - 1].gaz && (u[to - 1].cls & (VC_GEO | VC_EVENT)) &&
	     !has_class(u, from, to, VC_ORG)) ||
	    (!u[from].gaz && (u[from].cls & VC_DIRECTION) &&
	     !has_class(u, from, to, VC_TITLE | VC_ORG))) {
		/* "Northern Ireland Secretary Jo Doe" is a person, "North
		 * Atlantic Treaty Organization" an organisation */
		emit_all_gaz(x, sp, u, from, to, false);
		return;
	}
	if (title_surname(x, sp, u, from, to) || titled_body(x, sp, u, from, to))
		return;
	/* the name: name-like words, with particles inside ("Mohammed bin
	 * Salman", "Ursula von der Leyen") */
	for (tail = to; tail > from; tail--) {
		if (namelike(x, sp, u, to, tail - 1))
			continue;
		if (tail < to && tail - 1 > from && !u[tail - 1].gaz &&
		    (u[tail - 1].cls & VC_PARTICLE) && !words_capitalised(tok(x, sp->ai, u[tail - 1].t0)))
			continue;
		break;
	}
	/* leading particles go ("bin Salman" of a longer run), but stay
	 * before a lone surname: "Von der Leyen said", "De Gaulle" */
	{
		uint32_t t = tail;

		while (t < to && !u[t].gaz && (u[t].cls & VC_PARTICLE))
			t++;
		if (to - t >= 2)
			tail = t;
	}
	/* "NASA Administrator Lee Park", "Singer Ana Lind": a capitalised
	 * role before two name words or more stands as a title ("Adam
	 * Driver" keeps his surname) */
	for (i = tail; title == PX_NONE && i + 2 < to; i++)
		if (!u[i].gaz && (u[i].cls & VC_ROLE) && !(u[i].cls & VC_PARTICLE) &&
		    words_capitalised(tok(x, sp->ai, u[i].t0))) {
			title = i;
			tail = i + 1;
		}
	/* "Institute of Volcanology", "Chairman of the Joint Chiefs", "Office
	 * for Harbour Statistics": words after a connector belong to the
	 * phrase, up to a title; they name no person */
	if (tail > from && tail < to &&
	    (connective(x, sp, &u[tail - 1]) || org_phrase(x, sp, u, from, tail, to))) {
		if (has_class(u, from, to, VC_ORG | VC_MEDIA))
			emit_org(x, sp, u, from, to);
		else
			emit_all_gaz(x, sp, u, from, to, false);
		return;
	}
	for (i = from; i < tail; i++)
		if (!u[i].gaz && (u[i].cls & VC_TITLE) && title == PX_NONE &&
		    !has_class(u, i, tail, VC_ORG))
			title = i;
	/* "Mabalako Health Zone": a minister's domain with no title after
	 * it names no person */
	if (tail < to && title != PX_NONE && !head_title(u, title, tail)) {
		add_cand(x, sp->ai, sp->si, u[from].t0, u[to - 1].t1, CK_NAME);
		return;
	}
	if (tail < to && title != PX_NONE) {
		/* "General Manager": titles and roles alone name no one */
		for (i = tail; i < to && !u[i].gaz && (u[i].cls & (VC_TITLE | VC_ROLE)); i++)
			;
		if (i < to)
			take_titled(x, sp, u, from, title, tail, to);
		return;
	}
	if (tail == to) {
		if (to - from == 1 && u[from].gaz)
			emit_gaz(x, sp, &u[from], false);
		else if (to - from == 1 && opens(x, sp, u[from].t0) && common(x, sp->ai, u[from].t0))
			take_opening_word(x, sp, &u[from]);
		else if (has_class(u, from, to, VC_ORG | VC_MEDIA) && !all_titles(u, from, to))
			emit_org(x, sp, u, from, to);
		else
			emit_all_gaz(x, sp, u, from, to, false);
		return;
	}
	/* "FC Goa", "Bank Leumi": an organisation word and one name */
	if (tail == from + 1 && to == tail + 1 && !u[from].gaz && (u[from].cls & VC_ORG) &&
	    !(u[from].cls & VC_TITLE) && !u[tail].gaz) {
		emit_org(x, sp, u, from, to);
		return;
	}
	if (tail > from) {
		if (has_class(u, from, tail, VC_ORG | VC_MEDIA))
			emit_org(x, sp, u, from, tail);
		else
			emit_all_gaz(x, sp, u, from, tail, false);
	}
	cd = add_cand(x, sp->ai, sp->si, u[tail].t0, u[to - 1].t1, CK_NAME);
	cd->first = opens(x, sp, u[tail].t0);
	name_evidence(x, sp, cd, u[tail].t0);
}

/* Lower-case patterns */

/* After a country's demonym or name: "Ukrainian authorities" is the
 * state; "the Russian government", "the U.S. presidential office" its
 * executive. Returns the end token of the phrase, or 0. */
static uint32_t
state_body(struct ext *x, const struct span *sp, uint32_t k, bool *gov)
{
	uint32_t c;

	if (k >= sp->s1 || !lowercase(tok(x, sp->ai, k)) ||
	    (words_gap_at(x->w, &x->c->articles[sp->ai], k - 1) &
	     ~(GAP_SPACE | (all_upper(x, sp->ai, k - 1) ? GAP_PERIOD : 0))))
		return 0;
	c = cls(x, sp->ai, k);
	*gov = (c & VC_GOVERNMENT) != 0;
	if (is_word(x, sp->ai, k, "presidential") && k + 1 < sp->s1 &&
	    (is_word(x, sp->ai, k + 1, "office") || is_word(x, sp->ai, k + 1, "administration"))) {
		*gov = true;
		return k + 2;
	}
	if (c & (VC_GROUP | VC_GOVERNMENT))
		return k + 1;
	return 0;
}

static void
take_state_body(struct ext *x, const struct span *sp, const struct unit *u)
{
	bool gov = false;
	uint32_t end;
	struct cand *cd;

	if (u->hit.kind != GAZ_DEMONYM && u->hit.kind != GAZ_COUNTRY &&
	    u->hit.kind != GAZ_ABBREV)
		return;
	if (u->t0 > sp->s0 && lowercase(tok(x, sp->ai, u->t0 - 1)) &&
	    (words_gap_at(x->w, &x->c->articles[sp->ai], u->t0 - 1) & GAP_HYPHEN))
		return;
	end = state_body(x, sp, u->t1, &gov);
	if (!end)
		return;
	/* "the Russian leader" is a description; only plural bodies and
	 * the state itself ("the Ukrainian side") are the country */
	if (!gov && u->hit.kind != GAZ_DEMONYM)
		return;
	cd = add_cand(x, sp->ai, sp->si, u->t0, end, gov ? CK_GOV : CK_COUNTRY);
	cd->place = u->hit.country;
	if (speaker_evidence(x, sp, u->t0, end))
		cd->evidence |= EV_SPEAKER;
}

/* "the Kremlin's sovereign wealth fund": a body of a named actor. */
static void
take_sub_body(struct ext *x, const struct span *sp, struct cand *owner)
{
	uint32_t k = owner->t1, end = 0, i, start, place;
	bool state = false;
	struct cand *cd;

	if (!(tok(x, sp->ai, owner->t1 - 1)->flags & TOK_POSS))
		return;
	for (i = k; i < sp->s1 && i < k + 4; i++) {
		const struct token *t = tok(x, sp->ai, i);
		uint32_t c = cls(x, sp->ai, i);

		if (!lowercase(t) || (t->flags & TOK_STOP) || words_cue(x->w, t) ||
		    (i > k && (words_gap_at(x->w, &x->c->articles[sp->ai], i - 1) & ~GAP_SPACE)))
			break;
		if (c & (VC_INSTITUTION | VC_GROUP | VC_GOVERNMENT)) {
			end = i + 1;
			state = ((c & VC_GROUP) && !(c & VC_ORG)) || (c & VC_GOVERNMENT);
		}
	}
	if (!end)
		return;
	/* "Israel's military", "Chad's government": a country's own state
	 * body is the country, as "the Chadian military" is; the mention
	 * takes the body in */
	if (owner->kind == CK_COUNTRY && state) {
		owner->end = tok(x, sp->ai, end - 1)->end;
		if (speaker_evidence(x, sp, owner->t0, end))
			owner->evidence |= EV_SPEAKER;
		return;
	}
	if (!(cls(x, sp->ai, end - 1) & VC_INSTITUTION))
		return;
	/* owner points into x->cands, which add_cand() may move */
	start = owner->start;
	place = owner->place;
	cd = add_cand(x, sp->ai, sp->si, owner->t0, end, CK_ORG);
	cd->start = start;
	cd->place = place;
}

/* A verb's -ed or -ing form: "embattled", "struggling". */
static bool
participle(struct ext *x, uint32_t ai, uint32_t k)
{
	uint32_t n;
	const char *w = words_str(x->w, tok(x, ai, k), &n);

	if ((common(x, ai, k) & (VP_VERB | VP_FORM)) != (VP_VERB | VP_FORM))
		return false;
	return (n > 4 && memcmp(w + n - 2, "ed", 2) == 0) ||
	       (n > 5 && memcmp(w + n - 3, "ing", 3) == 0);
}

/* "The regional prosecutor's office said", "Regional police said": an
 * unnamed body with a modifier, as the subject of a reporting verb. */
static void
take_unnamed_body(struct ext *x, const struct span *sp, uint32_t head)
{
	uint32_t k = head, mods = 0;
	const struct article *a = &x->c->articles[sp->ai];
	struct cand *cd;

	if (!(cls(x, sp->ai, head) & VC_INSTITUTION) || !lowercase(tok(x, sp->ai, head)) ||
	    !cue_from(x, sp->ai, head + 1, sp->s1))
		return;
	if (words_gap_at(x->w, a, head) & ~GAP_SPACE)
		return;
	while (k > sp->s0) {
		const struct token *t = tok(x, sp->ai, k - 1);
		uint32_t c = cls(x, sp->ai, k - 1);

		if (words_gap_at(x->w, a, k - 1) & ~(GAP_SPACE | GAP_POSS))
			break;
		if ((t->flags & TOK_STOP) || (c & (VC_DETERMINER | VC_NEGATION)) ||
		    words_cue(x->w, t))
			break;
		/* a name or demonym ("Israel's military"): another rule; a
		 * capital that only opens the sentence ("Regional police") */
		if (!lowercase(t) && !(k - 1 == sp->s0 && (t->flags & TOK_CAP) &&
		                       !(t->flags & TOK_POSS) && !words_gaz_start(x->w, t)))
			return;
		/* "the embattled company": a participle describes a body it
		 * does not name */
		if (participle(x, sp->ai, k - 1))
			return;
		k--;
		mods++;
	}
	if (!mods)
		return;
	cd = add_cand(x, sp->ai, sp->si, k, head + 1, CK_ORG);
	cd->evidence |= EV_SPEAKER;
}

/* "the Trump administration": the executive of the person's country.
 * c0 is the first candidate of the run ending at token k. */
static void
take_person_gov(struct ext *x, const struct span *sp, uint32_t k, uint32_t c0)
{
	uint32_t i, person = PX_NONE;
	struct cand *cd;

	if (k + 1 >= sp->s1 || !is_word(x, sp->ai, k + 1, "administration") ||
	    (words_gap_at(x->w, &x->c->articles[sp->ai], k) & ~GAP_SPACE))
		return;
	for (i = c0; i < x->n_cands; i++)
		if (x->cands[i].t1 == k + 1 &&
		    (x->cands[i].kind == CK_NAME || x->cands[i].kind == CK_PERSON))
			person = i;
	if (person == PX_NONE)
		return;
	cd = add_cand(x, sp->ai, sp->si, x->cands[person].t0, k + 2, CK_GOV);
	cd->start = x->cands[person].start;
	cd->link = person;
}

/* Initials of the capitalised words of tokens [t0, t1) of article ai,
 * folded, with every letter of a word in capitals: "European Union" eu,
 * "US Geological Survey" usgs; a closing legal form does not count.
 * False when fewer than two letters or more than cap - 1. */
static bool
initials(struct ext *x, uint32_t ai, uint32_t t0, uint32_t t1, char *out, size_t cap)
{
	static const char *const legal[] = {"ag", "co", "corp", "gmbh", "inc", "llc", "ltd",
	                                    "nv", "plc", "sa"};
	size_t n = 0;

	/* a closing legal form is no initial: "Argon Inc" is no "AI" */
	if (t1 > t0 + 1 && is_one_of(x, ai, t1 - 1, legal, PX_ARRAY_SIZE(legal)))
		t1--;
	for (; t0 < t1; t0++) {
		const struct token *t = tok(x, ai, t0);
		uint32_t len;
		const char *s = words_str(x->w, t, &len);

		if (!words_capitalised(t) || (t->flags & TOK_STOP))
			continue;
		if (!(t->flags & TOK_UPPER))
			len = 1;
		if (n + len >= cap)
			return false;
		memcpy(out + n, s, len);
		n += len;
	}
	out[n] = '\0';
	return n >= 2;
}

/* "Agency for Widgets (AFW)": one word in brackets right after the run
 * [r0, r1) is an alias of the organisation the run names, or, when it
 * spells the run's initials, makes the run an organisation. Returns
 * where the scan goes on. */
static uint32_t
take_acronym(struct ext *x, const struct span *sp, uint32_t r0, uint32_t r1, uint32_t c0,
             const struct unit *u, uint32_t n)
{
	const struct article *a = &x->c->articles[sp->ai];
	uint32_t g, org = PX_NONE, i, len;
	char ini[32];
	const char *s;
	struct cand *cd;

	if (r1 >= sp->s1 || !words_capitalised(tok(x, sp->ai, r1)))
		return r1;
	g = words_gap_at(x->w, a, r1 - 1);
	if (!(g & GAP_PAREN) || (g & ~(GAP_SPACE | GAP_PAREN)) ||
	    !(words_gap_at(x->w, a, r1) & GAP_PAREN))
		return r1;
	for (i = c0; i < x->n_cands; i++)
		if (x->cands[i].kind == CK_ORG && x->cands[i].t1 == r1)
			org = i;
	s = words_str(x->w, tok(x, sp->ai, r1), &len);
	if (org == PX_NONE && r1 - r0 >= 2 && (tok(x, sp->ai, r1)->flags & TOK_UPPER) &&
	    initials(x, sp->ai, r0, r1, ini, sizeof ini) && strlen(ini) == len &&
	    memcmp(ini, s, len) == 0) {
		x->n_cands = c0;
		emit_org(x, sp, u, 0, n);
		org = x->n_cands - 1;
	}
	if (org == PX_NONE)
		return r1;
	cd = add_cand(x, sp->ai, sp->si, r1, r1 + 1, CK_ORG);
	cd->link = org;
	return r1 + 1;
}

/* Is the sentence a title-case headline ("Putin and Trump Discuss
 * Limited Pause")? */
static bool
title_case(struct ext *x, const struct span *sp)
{
	const struct sentence *s = &x->c->articles[sp->ai].sents[sp->si];
	uint32_t k, caps = 0, words = 0;

	if (!(s->flags & SENT_HEADLINE))
		return false;
	for (k = sp->s0; k < sp->s1; k++) {
		const struct token *t = tok(x, sp->ai, k);

		if (!(t->flags & TOK_WORD) || (t->flags & TOK_STOP))
			continue;
		words++;
		caps += words_capitalised(t);
	}
	return words >= 3 && caps * 10 >= words * 6;
}

static void
scan_sentence(struct ext *x, uint32_t ai, uint32_t si)
{
	const struct sentence *s = &x->c->articles[ai].sents[si];
	struct span sp = {ai, si, s->tok_first, s->tok_first + s->tok_count};
	bool headline = title_case(x, &sp);
	uint32_t k = sp.s0;

	while (k < sp.s1) {
		const struct token *t = tok(x, ai, k);
		uint32_t r1 = k + 1, c0 = x->n_cands, i, n;
		struct unit u[RUN_MAX];
		bool after_of = false;

		if (!words_capitalised(t)) {
			take_unnamed_body(x, &sp, k);
			k++;
			continue;
		}
		if (party_tag(x, &sp, k)) {
			k += 2;
			continue;
		}
		for (;;) {
			uint32_t con;

			if (r1 < sp.s1 && words_capitalised(tok(x, ai, r1)) && joins(x, &sp, r1 - 1, r1)) {
				r1++;
				continue;
			}
			if (nickname(x, &sp, r1)) {
				r1 += 2;
				continue;
			}
			if (r1 < sp.s1 && (con = connector(x, &sp, r1 - 1, r1, after_of)) != 0) {
				after_of |= is_word(x, ai, r1, "of");
				r1 += con;
				continue;
			}
			if ((con = gaz_past(x, &sp, k, r1)) > r1) {
				r1 = con;
				continue;
			}
			break;
		}
		n = unitise(x, &sp, k, r1, u);
		take_run(x, &sp, k, r1, u, n, headline);
		if (!headline)
			take_person_gov(x, &sp, r1 - 1, c0);
		for (i = c0; i < x->n_cands && !headline; i++) {
			struct cand *cd = &x->cands[i];

			if (cd->kind == CK_ORG || cd->kind == CK_SEAT || cd->kind == CK_COUNTRY)
				take_sub_body(x, &sp, cd);
		}
		/* a demonym or country followed by a state body */
		if (!headline && n && u[n - 1].gaz && u[n - 1].t1 == r1)
			take_state_body(x, &sp, &u[n - 1]);
		k = headline ? r1 : take_acronym(x, &sp, k, r1, c0, u, n);
	}
}

/* Clusters */

static uint32_t
find(struct ext *x, uint32_t i)
{
	while (x->clusters[i].parent != i) {
		x->clusters[i].parent = x->clusters[x->clusters[i].parent].parent;
		i = x->clusters[i].parent;
	}
	return i;
}

static void
unite(struct ext *x, uint32_t a, uint32_t b)
{
	a = find(x, a);
	b = find(x, b);
	if (a == b)
		return;
	if (b < a) {
		uint32_t t = a;

		a = b;
		b = t;
	}
	x->clusters[b].parent = a;
	if (!x->clusters[a].first[0])
		memcpy(x->clusters[a].first, x->clusters[b].first, sizeof x->clusters[a].first);
	if (x->clusters[a].place == PX_NONE)
		x->clusters[a].place = x->clusters[b].place;
	x->clusters[a].flags |= x->clusters[b].flags;
}

static uint32_t
new_cluster(struct ext *x, enum cand_kind kind)
{
	struct cluster *cl = PX_PUSH(x->clusters, x->n_clusters, x->cap_clusters);

	cl->kind = (uint8_t)kind;
	cl->parent = x->n_clusters - 1;
	cl->place = PX_NONE;
	cl->seat = PX_NONE;
	cl->bucket = PX_NONE;
	return x->n_clusters - 1;
}

static uint32_t
keyed(struct ext *x, const char *key, enum cand_kind kind, bool create)
{
	uint32_t id = strmap_get(&x->keys, key, strlen(key));

	if (id == PX_NONE && create) {
		id = new_cluster(x, kind);
		strmap_put(&x->keys, key, strlen(key), id);
	}
	return id;
}

static void
assign(struct ext *x, struct cand *cd, uint32_t cluster)
{
	const struct cluster *cl = &x->clusters[cluster];

	cd->cluster = cluster;
	if (cd->kind != CK_GOV)
		x->clusters[cluster].named++;
	if (cl->bucket != PX_NONE && cd->t1 - cd->t0 >= 2) {
		struct bucket *bk = &x->buckets[cl->bucket];

		*PX_PUSH(bk->pos, bk->n_pos, bk->cap_pos) =
		        (struct bpos){cd->article, cd->start, cluster};
		bk->sorted = false;
	}
}

/* Folded text of token k, and its transliteration key. */
static size_t
token_key(struct ext *x, uint32_t ai, uint32_t k, char *out, size_t cap)
{
	uint32_t n;
	const char *s = words_str(x->w, tok(x, ai, k), &n);
	size_t got = names_key(s, n, out, cap);

	if (!got) {
		got = PX_MIN((size_t)n, cap - 1);
		memcpy(out, s, got);
		out[got] = '\0';
	}
	return got;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Append s[0..n) to the key out of length used, cut at cap - 1 bytes as
 * snprintf() would; returns the new length. */
static size_t
key_add(char *out, size_t cap, size_t used, const char *s, size_t n)
{
	n = PX_MIN(n, cap - 1 - used);
	memcpy(out + used, s, n);
	out[used + n] = '\0';
	return used + n;
}

/* The key "t:" followed by s[0..n): its length. Keys are built per
 * mention, so without snprintf(). */
static size_t
key_text(char *out, size_t cap, char tag, const char *s, size_t n)
{
	char head[2] = {tag, ':'};

	return key_add(out, cap, key_add(out, cap, 0, head, 2), s, n);
}

/* The key "t:" followed by the decimal number v. */
static size_t
key_num(char *out, size_t cap, char tag, uint32_t v)
{
	char digits[10];
	size_t n = 0, i;

	do {
		digits[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (i = 0; i < n / 2; i++) {
		char t = digits[i];

		digits[i] = digits[n - 1 - i];
		digits[n - 1 - i] = t;
	}
	return key_text(out, cap, tag, digits, n);
}

/* An organisation's words, sorted, with demonyms and countries read as
 * the country's name: "Ukrainian Armed Forces" and "Armed Forces of
 * Ukraine" both give "armed forces ukraine". */
static void
org_key(struct ext *x, const struct cand *cd, char *out, size_t cap)
{
	char words[16][48];
	const char *sorted[16];
	uint32_t n = 0, k = cd->t0, i;
	size_t used;

	while (k < cd->t1 && n < 16) {
		const char *ws[4];
		uint32_t lens[4], m = 0, got;
		struct gaz_hit hit;
		const struct token *t = tok(x, cd->article, k);

		while (m < 4 && k + m < cd->t1) {
			ws[m] = words_str(x->w, tok(x, cd->article, k + m), &lens[m]);
			m++;
		}
		got = gaz_match(ws, lens, m, &hit);
		if (got && hit.kind != GAZ_SEAT && hit.kind != GAZ_REGION && hit.country != PX_NONE) {
			lex_fold(gaz_country_name(hit.country), strlen(gaz_country_name(hit.country)),
			         words[n], sizeof words[n]);
			n++;
			k += got;
			continue;
		}
		if (!(t->flags & TOK_STOP))
			lex_fold(ws[0], lens[0], words[n++], sizeof words[0]);
		k++;
	}
	for (i = 0; i < n; i++)
		sorted[i] = words[i];
	px_sort(sorted, n, sizeof *sorted, cmp_str);
	used = key_text(out, cap, 'o', "", 0);
	for (i = 0; i < n; i++) {
		if (i)
			used = key_add(out, cap, used, " ", 1);
		used = key_add(out, cap, used, sorted[i], strlen(sorted[i]));
	}
}

static uint32_t
bucket_of(struct ext *x, const char *surname, bool create)
{
	char key[KEY_MAX + 2];
	uint32_t b;
	struct bucket *bk;

	size_t n = key_text(key, sizeof key, 'p', surname, strlen(surname));

	b = strmap_get(&x->keys, key, n);
	if (b != PX_NONE || !create)
		return b;
	bk = PX_PUSH(x->buckets, x->n_buckets, x->cap_buckets);
	key_add(bk->key, sizeof bk->key, 0, surname, strlen(surname));
	b = x->n_buckets - 1;
	strmap_put(&x->keys, key, n, b);
	return b;
}

/* Put key -> id, or mark the key ambiguous when another actor has it. */
static void
key_claim(struct ext *x, const char *key, uint32_t id)
{
	uint32_t old = strmap_get(&x->keys, key, strlen(key));

	if (old == PX_NONE)
		strmap_put(&x->keys, key, strlen(key), id);
	else if (old != KEY_AMBIGUOUS && find(x, old) != find(x, id))
		strmap_put(&x->keys, key, strlen(key), KEY_AMBIGUOUS);
}

/* The actor a key claimed by key_claim() names, or PX_NONE when none or
 * several do. */
static uint32_t
key_owner(struct ext *x, const char *key)
{
	uint32_t id = strmap_get(&x->keys, key, strlen(key));

	return id == PX_NONE || id == KEY_AMBIGUOUS ? PX_NONE : find(x, id);
}

/* Index a person by first name, for names written family name first
 * ("Wang Yi" ... "Wang"): a first name shared by two people is
 * ambiguous and resolves to nobody. */
static void
index_first(struct ext *x, const char *first, uint32_t id)
{
	char key[48];

	if (!first[0])
		return;
	key_text(key, sizeof key, 'f', first, strlen(first));
	key_claim(x, key, id);
}

static uint32_t
bucket_add(struct ext *x, uint32_t b, const char *first)
{
	uint32_t id = new_cluster(x, CK_PERSON);

	key_add(x->clusters[id].first, sizeof x->clusters[id].first, 0, first, strlen(first));
	x->clusters[id].bucket = b;
	*PX_PUSH(x->buckets[b].clusters, x->buckets[b].n, x->buckets[b].cap) = id;
	index_first(x, first, id);
	return id;
}

/* The person of bucket b whose first name fits first, or PX_NONE. */
static uint32_t
bucket_first(struct ext *x, uint32_t b, const char *first)
{
	uint32_t i;

	for (i = 0; i < x->buckets[b].n; i++) {
		const struct cluster *cl = &x->clusters[find(x, x->buckets[b].clusters[i])];

		if (cl->first[0] && names_first_compatible(cl->first, strlen(cl->first), first,
		                                           strlen(first)))
			return find(x, x->buckets[b].clusters[i]);
	}
	return PX_NONE;
}

static int
cmp_bpos(const void *pa, const void *pb)
{
	const struct bpos *a = pa, *b = pb;

	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* For a surname alone: the person of bucket b named in full last before
 * cd in its article, else the one mentioned most. */
static uint32_t
bucket_pick(struct ext *x, uint32_t b, const struct cand *cd)
{
	struct bucket *bk = &x->buckets[b];
	uint32_t lo = 0, hi, i, most = PX_NONE, most_n = 0;

	if (bk->n == 1)
		return find(x, bk->clusters[0]);
	if (!bk->sorted && bk->n_pos) {
		px_sort(bk->pos, bk->n_pos, sizeof *bk->pos, cmp_bpos);
		bk->sorted = true;
	}
	/* first position at or after (article, start) */
	hi = bk->n_pos;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const struct bpos *p = &bk->pos[mid];

		if (p->article < cd->article || (p->article == cd->article && p->start < cd->start))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && bk->pos[lo - 1].article == cd->article)
		return find(x, bk->pos[lo - 1].cluster);
	for (i = 0; i < bk->n; i++) {
		uint32_t r = find(x, bk->clusters[i]);

		if (x->clusters[r].named > most_n) {
			most = r;
			most_n = x->clusters[r].named;
		}
	}
	return most != PX_NONE ? most : find(x, bk->clusters[0]);
}

/* The surname's token of a name: the last one before generational
 * suffixes ("Alejandro" of "Bernardo Alejandro IV"). */
static uint32_t
surname_at(struct ext *x, const struct cand *cd)
{
	uint32_t k = cd->t1 - 1;

	while (k > cd->t0 && (cls(x, cd->article, k) & VC_SUFFIX))
		k--;
	return k;
}

/* The short forms a person's full name allows beyond its surname: an
 * inner name of three names or more ("Lula" of "Luiz Inácio Lula da
 * Silva"), and a hyphenated surname whole ("Jean-Pierre" of "Karine
 * Jean-Pierre"). */
static void
index_name_parts(struct ext *x, const struct cand *cd, uint32_t sur, uint32_t id)
{
	const struct article *a = &x->c->articles[cd->article];
	char key[KEY_MAX + 8], part[KEY_MAX];
	uint32_t k;

	for (k = cd->t0 + 1; sur >= cd->t0 + 2 && k < sur; k++) {
		if (!words_capitalised(tok(x, cd->article, k)) || cls(x, cd->article, k) ||
		    (words_gap_at(x->w, a, k) & GAP_HYPHEN) ||
		    (words_gap_at(x->w, a, k - 1) & GAP_HYPHEN))
			continue;
		token_key(x, cd->article, k, part, sizeof part);
		key_text(key, sizeof key, 'i', part, strlen(part));
		key_claim(x, key, id);
	}
	if (sur > cd->t0 + 1 && words_gap_at(x->w, a, sur - 1) == GAP_HYPHEN) {
		size_t n;

		token_key(x, cd->article, sur - 1, part, sizeof part);
		n = key_text(key, sizeof key, 'y', part, strlen(part));
		token_key(x, cd->article, sur, part, sizeof part);
		key_add(key, sizeof key, key_add(key, sizeof key, n, "-", 1), part, strlen(part));
		key_claim(x, key, id);
	}
}

/* The key of the words [t0, t1) of article ai: tag and folded words. */
static void
words_key(struct ext *x, uint32_t ai, uint32_t t0, uint32_t t1, char tag, char *out, size_t cap)
{
	char w[KEY_MAX];
	size_t n = key_text(out, cap, tag, "", 0);

	for (; t0 < t1; t0++) {
		token_key(x, ai, t0, w, sizeof w);
		n = key_add(out, cap, n, " ", 1);
		n = key_add(out, cap, n, w, strlen(w));
	}
}

/* The first token of the surname ending at token sur: "Lok" of
 * "Ng Lok-chun", whose hyphenated parts are one name. */
static uint32_t
surname_start(struct ext *x, const struct cand *cd, uint32_t sur)
{
	const struct article *a = &x->c->articles[cd->article];

	while (sur > cd->t0 && words_gap_at(x->w, a, sur - 1) == GAP_HYPHEN)
		sur--;
	return sur;
}

/* Two family names ("Miguel Ángel Mancera Espinosa"): the person is
 * also "Miguel Mancera" (first name and the first family name; the
 * bucket of that name gets the person) and "Mancera Espinosa" (the two
 * family names, key 'm'). Either form met before joins. So are "Jim Ng"
 * and "Ng Lok-chun" of "Jim Ng Lok-chun", a given name, a surname and a
 * Chinese given name. */
static void
index_family_names(struct ext *x, const struct cand *cd, uint32_t sur, const char *first,
                   uint32_t id)
{
	const struct article *a = &x->c->articles[cd->article];
	char pen[KEY_MAX], last[KEY_MAX], key[2 * KEY_MAX + 8];
	uint32_t b, other, s0 = surname_start(x, cd, sur);

	if (!first[0] || s0 < cd->t0 + 2 || !words_capitalised(tok(x, cd->article, s0 - 1)) ||
	    cls(x, cd->article, s0 - 1) || words_gap_at(x->w, a, s0 - 1) != GAP_SPACE ||
	    words_gap_at(x->w, a, s0 - 2) != GAP_SPACE)
		return;
	token_key(x, cd->article, s0 - 1, pen, sizeof pen);
	token_key(x, cd->article, sur, last, sizeof last);
	b = bucket_of(x, pen, true);
	other = bucket_first(x, b, first);
	if (other != PX_NONE)
		unite(x, other, id);
	else
		*PX_PUSH(x->buckets[b].clusters, x->buckets[b].n, x->buckets[b].cap) = id;
	b = bucket_of(x, last, false);
	if (b != PX_NONE && (other = bucket_first(x, b, pen)) != PX_NONE &&
	    x->clusters[other].first[0])
		unite(x, other, id);
	words_key(x, cd->article, s0 - 1, sur + 1, 'm', key, sizeof key);
	key_claim(x, key, id);
}

/* The person whose two family names are the two words of cd, or
 * PX_NONE. */
static uint32_t
family_names(struct ext *x, const struct cand *cd)
{
	char key[2 * KEY_MAX + 8];

	if (cd->t1 - cd->t0 < 2 || surname_start(x, cd, surname_at(x, cd)) != cd->t0 + 1)
		return PX_NONE;
	words_key(x, cd->article, cd->t0, cd->t1, 'm', key, sizeof key);
	return key_owner(x, key);
}

/* A person named in full (or by surname with a title). */
static void
person(struct ext *x, struct cand *cd)
{
	char first[32] = "", last[KEY_MAX];
	uint32_t b, id = PX_NONE, sur = surname_at(x, cd);

	if ((id = family_names(x, cd)) != PX_NONE) {
		assign(x, cd, id);
		return;
	}
	token_key(x, cd->article, sur, last, sizeof last);
	/* particles before the surname are no first name: "Von der Leyen" */
	if (sur > cd->t0 && !(cls(x, cd->article, cd->t0) & VC_PARTICLE))
		token_key(x, cd->article, cd->t0, first, sizeof first);
	b = bucket_of(x, last, true);
	if (first[0])
		id = bucket_first(x, b, first);
	else if (x->buckets[b].n)
		id = bucket_pick(x, b, cd);
	if (id == PX_NONE)
		id = bucket_add(x, b, first);
	if (x->clusters[id].place == PX_NONE)
		x->clusters[id].place = cd->place;
	assign(x, cd, id);
	index_name_parts(x, cd, sur, id);
	index_family_names(x, cd, sur, first, id);
}

/* Index an organisation by its first word when that word is a plain
 * name ("Acme" of "Acme Corp"); two organisations sharing it make it
 * ambiguous. */
static void
index_first_word(struct ext *x, const struct cand *cd, uint32_t id)
{
	char key[KEY_MAX + 8];
	uint32_t len;
	const struct token *t = tok(x, cd->article, cd->t0);
	const char *s = words_str(x->w, t, &len);

	if (cd->t1 - cd->t0 < 2 || cls(x, cd->article, cd->t0) || (t->flags & TOK_STOP) ||
	    !words_capitalised(t))
		return;
	key_text(key, sizeof key, 'h', s, PX_MIN(len, (uint32_t)KEY_MAX));
	key_claim(x, key, id);
}

/* Letters of ASCII only: a clipping cuts no character in two. */
static bool
ascii_word(const char *s, uint32_t len)
{
	uint32_t i;

	for (i = 0; i < len; i++)
		if (!isalpha((unsigned char)s[i]))
			return false;
	return len > 0;
}

/* An acronym in brackets after an organisation ("(AFW)"): that
 * organisation, and the key its later bare uses find. */
static void
acronym(struct ext *x, struct cand *cd)
{
	char key[KEY_MAX + 16];
	uint32_t len, old, id = x->cands[cd->link].cluster;
	const char *s = words_str(x->w, tok(x, cd->article, cd->t0), &len);

	if (id == PX_NONE)
		return;
	id = find(x, id);
	key_text(key, sizeof key, 'o', s, PX_MIN(len, (uint32_t)KEY_MAX));
	old = strmap_get(&x->keys, key, strlen(key));
	if (old == PX_NONE) {
		strmap_put(&x->keys, key, strlen(key), id);
	} else {
		/* "the HRB" met before "Halden Reserve Bank (HRB)": the
		 * organisation known only by these letters is this one */
		old = find(x, old);
		if (old != id && x->clusters[old].kind == CK_ORG && x->clusters[old].words &&
		    strcmp(x->clusters[old].words, key + 2) == 0)
			unite(x, old, id);
	}
	key[0] = 'a';
	if (strmap_get(&x->keys, key, strlen(key)) == PX_NONE)
		strmap_put(&x->keys, key, strlen(key), id);
	assign(x, cd, id);
}

static void
organisation(struct ext *x, struct cand *cd)
{
	char key[KEY_MAX + 16], ini[16];
	uint32_t id, k;

	org_key(x, cd, key, sizeof key);
	id = keyed(x, key, CK_ORG, true);
	if (!x->clusters[id].words)
		x->clusters[id].words = arena_strdup(&x->arena, key + 2);
	index_first_word(x, cd, id);
	if (x->clusters[id].place == PX_NONE)
		x->clusters[id].place = cd->place;
	for (k = cd->t0; k < cd->t1; k++)
		if (cls(x, cd->article, k) & VC_MEDIA)
			x->clusters[id].flags |= ACTOR_MEDIA;
	assign(x, cd, id);
	if (initials(x, cd->article, cd->t0, cd->t1, ini, sizeof ini)) {
		key_text(key, sizeof key, 'a', ini, strlen(ini));
		if (strmap_get(&x->keys, key, strlen(key)) == PX_NONE)
			strmap_put(&x->keys, key, strlen(key), id);
	}
}

static void
cluster_named(struct ext *x)
{
	char key[KEY_MAX + 16];
	uint32_t i;

	for (i = 0; i < x->n_cands; i++) {
		struct cand *cd = &x->cands[i];
		uint32_t id;

		switch (cd->kind) {
		case CK_COUNTRY:
			key_num(key, sizeof key, 'c', cd->place);
			id = keyed(x, key, CK_COUNTRY, true);
			x->clusters[id].place = cd->place;
			assign(x, cd, id);
			break;
		case CK_SEAT:
			key_num(key, sizeof key, 's', cd->seat);
			id = keyed(x, key, CK_SEAT, true);
			x->clusters[id].place = cd->place;
			x->clusters[id].seat = cd->seat;
			assign(x, cd, id);
			break;
		case CK_ORG:
			if (cd->link != PX_NONE)
				acronym(x, cd);
			else
				organisation(x, cd);
			break;
		case CK_PERSON:
			if (cd->t1 - cd->t0 >= 2)
				person(x, cd);
			break;
		default:
			break;
		}
	}
}

/* Are the initials of the name [t0, t1) of cd a word in capitals that a
 * candidate elsewhere is ("UN" for "United Nations")? */
static bool
initials_used(struct ext *x, const struct cand *cd)
{
	char ini[16], key[32];

	if (!initials(x, cd->article, cd->t0, cd->t1, ini, sizeof ini))
		return false;
	key_text(key, sizeof key, 'u', ini, strlen(ini));
	return strmap_get(&x->keys, key, strlen(key)) != PX_NONE;
}

/* Note every word in capitals that stands alone as a candidate. */
static void
index_upper_words(struct ext *x)
{
	char key[32];
	uint32_t i, len;

	for (i = 0; i < x->n_cands; i++) {
		const struct cand *cd = &x->cands[i];
		const struct token *t = tok(x, cd->article, cd->t0);
		const char *s;

		if (cd->t1 - cd->t0 != 1 || !(t->flags & TOK_UPPER))
			continue;
		s = words_str(x->w, t, &len);
		if (len < 2 || len > 6)
			continue;
		key_text(key, sizeof key, 'u', s, len);
		strmap_put(&x->keys, key, strlen(key), 1);
	}
}

/* Turn the key of several words ("s: acme nobel") into the key of the
 * words written as one ("j:acmenobel"): "AcmeNobel" is "Acme Nobel". */
static void
joined_key(char *key)
{
	char *out = key + 2;
	const char *in;

	key[0] = 'j';
	for (in = key + 2; *in; in++)
		if (*in != ' ')
			*out++ = *in;
	*out = '\0';
}

/* Note the names organisations bear without their head word ("Acme
 * Nobel" of "Acme Nobel NV", "Harbor Freight" of "Harbor Freight
 * Company"): such a name alone is that organisation, not a person. */
static void
index_org_stems(struct ext *x)
{
	char key[KEY_MAX * 2];
	uint32_t i;

	for (i = 0; i < x->n_cands; i++) {
		const struct cand *cd = &x->cands[i];

		if (cd->kind != CK_ORG || cd->cluster == PX_NONE || cd->t1 - cd->t0 < 3 ||
		    !(cls(x, cd->article, cd->t1 - 1) & VC_ORG) ||
		    (cls(x, cd->article, cd->t1 - 2) & VC_ORG))
			continue;
		words_key(x, cd->article, cd->t0, cd->t1 - 1, 's', key, sizeof key);
		key_claim(x, key, find(x, cd->cluster));
		joined_key(key);
		key_claim(x, key, find(x, cd->cluster));
	}
}

/* The organisation whose name without its head word is cd, or PX_NONE. */
static uint32_t
org_stem(struct ext *x, const struct cand *cd)
{
	char key[KEY_MAX * 2];

	words_key(x, cd->article, cd->t0, cd->t1, 's', key, sizeof key);
	return key_owner(x, key);
}

/* The organisation whose name is cd, or PX_NONE. */
static uint32_t
org_named(struct ext *x, const struct cand *cd)
{
	char key[KEY_MAX + 16];
	uint32_t id;

	org_key(x, cd, key, sizeof key);
	id = keyed(x, key, CK_ORG, false);
	return id == PX_NONE ? PX_NONE : find(x, id);
}

/* Does cd open with a direction ("Western", "North")? */
static bool
direction_first(struct ext *x, const struct cand *cd)
{
	return cls(x, cd->article, cd->t0) & VC_DIRECTION;
}

/* A bare name of several words: a known person, two known surnames
 * joined by a hyphen ("Kowal-Novak"), or a new person with evidence. */
static void
resolve_full_name(struct ext *x, struct cand *cd)
{
	char first[32], last[KEY_MAX];
	uint32_t b, id;
	const struct article *a = &x->c->articles[cd->article];

	token_key(x, cd->article, cd->t0, first, sizeof first);
	token_key(x, cd->article, surname_at(x, cd), last, sizeof last);
	b = bucket_of(x, last, false);
	if (b != PX_NONE && bucket_first(x, b, first) != PX_NONE) {
		assign(x, cd, bucket_first(x, b, first));
		return;
	}
	if ((id = org_stem(x, cd)) != PX_NONE || (id = org_named(x, cd)) != PX_NONE) {
		cd->kind = CK_ORG;
		assign(x, cd, id);
		return;
	}
	/* "Jean-Pierre": a known person's hyphenated surname */
	if (cd->t1 - cd->t0 == 2 && words_gap(a, cd->t0) == GAP_HYPHEN) {
		char key[KEY_MAX + 8];

		key_add(key, sizeof key,
		        key_add(key, sizeof key, key_text(key, sizeof key, 'y', first, strlen(first)),
		                "-", 1), last, strlen(last));
		if ((id = key_owner(x, key)) != PX_NONE) {
			assign(x, cd, id);
			return;
		}
	}
	if (cd->t1 - cd->t0 == 2 && (words_gap(a, cd->t0) & GAP_HYPHEN) &&
	    bucket_of(x, first, false) != PX_NONE && b != PX_NONE) {
		struct cand copy = *cd, *second;

		cd->t1 = cd->t0 + 1;
		cd->end = a->toks[cd->t0].end;
		second = PX_PUSH(x->cands, x->n_cands, x->cap_cands);
		cd = NULL; /* the push may move the array */
		*second = copy;
		second->t0 = copy.t1 - 1;
		second->start = a->toks[second->t0].start;
		return; /* both halves resolve as single names */
	}
	if (cd->evidence && !cd->headline) {
		/* "the United Nations said" where the texts also write "UN":
		 * a name whose initials are used as a word is an organisation,
		 * as is one a spokesperson speaks for, and one opening with a
		 * direction ("Western Digital said") */
		if (direction_first(x, cd) ||
		    (!(cd->evidence & (EV_ROLE | EV_APPOS)) &&
		     ((cd->evidence & EV_BODY) || initials_used(x, cd)))) {
			cd->kind = CK_ORG;
			organisation(x, cd);
			return;
		}
		cd->kind = CK_PERSON;
		person(x, cd);
		return;
	}
	/* "Like Trump": a sentence-initial word before a known name */
	if (cd->first && cd->t1 - cd->t0 == 2 && !direction_first(x, cd)) {
		cd->t0++;
		cd->start = a->toks[cd->t0].start;
		cd->first = false;
	}
	/* a full name with no evidence yet: its surname speaking alone
	 * later makes it a person ("met Andrej Novak. Novak said") */
	if (!cd->headline && cd->t1 - cd->t0 >= 2 && !cd->first) {
		char key[KEY_MAX + 8];

		key_text(key, sizeof key, 'n', last, strlen(last));
		if (strmap_get(&x->keys, key, strlen(key)) == PX_NONE)
			strmap_put(&x->keys, key, strlen(key), (uint32_t)(cd - x->cands));
	}
}

/* The full name without evidence whose surname is the word of cd, made a
 * person now that the surname speaks alone; PX_NONE when there is none. */
static uint32_t
promote_full_name(struct ext *x, const struct cand *cd)
{
	char key[KEY_MAX + 8], k2[KEY_MAX];
	uint32_t i;

	token_key(x, cd->article, cd->t0, k2, sizeof k2);
	key_text(key, sizeof key, 'n', k2, strlen(k2));
	i = strmap_get(&x->keys, key, strlen(key));
	if (i == PX_NONE || i >= x->n_cands || x->cands[i].kind != CK_NAME ||
	    x->cands[i].cluster != PX_NONE)
		return PX_NONE;
	x->cands[i].kind = CK_PERSON;
	person(x, &x->cands[i]);
	return x->cands[i].cluster == PX_NONE ? PX_NONE : find(x, x->cands[i].cluster);
}

/* Is the word of cd a given name in the possessive before a capitalised
 * word, the name of a shop or restaurant ("Joe’s Crab Shack")? */
static bool
business_name(struct ext *x, const struct cand *cd)
{
	const struct article *a = &x->c->articles[cd->article];
	const struct token *t = tok(x, cd->article, cd->t0);

	return (t->flags & TOK_POSS) && cd->t0 + 1 < a->n_toks &&
	       !(words_gap_at(x->w, a, cd->t0) & ~(GAP_SPACE | GAP_POSS)) &&
	       words_capitalised(tok(x, cd->article, cd->t0 + 1)) &&
	       !(tok(x, cd->article, cd->t0 + 1)->flags & TOK_FIRST);
}

/* A single word: a known organisation, a person's surname, an acronym,
 * or a new actor when some mention of the word carries evidence. */
static uint32_t
resolve_known_word(struct ext *x, const struct cand *cd)
{
	char key[KEY_MAX + 16], k2[KEY_MAX];
	uint32_t id, b, len;
	const char *s = words_str(x->w, tok(x, cd->article, cd->t0), &len);

	key_text(key, sizeof key, 'o', s, PX_MIN(len, (uint32_t)KEY_MAX));
	if ((id = strmap_get(&x->keys, key, strlen(key))) != PX_NONE)
		return find(x, id);
	token_key(x, cd->article, cd->t0, k2, sizeof k2);
	b = bucket_of(x, k2, false);
	if (b != PX_NONE && x->buckets[b].n)
		return bucket_pick(x, b, cd);
	key_text(key, sizeof key, 'f', k2, strlen(k2));
	if ((id = key_owner(x, key)) != PX_NONE && !business_name(x, cd))
		return id;
	key_text(key, sizeof key, 'h', s, PX_MIN(len, (uint32_t)KEY_MAX));
	if ((id = key_owner(x, key)) != PX_NONE)
		return id;
	key_text(key, sizeof key, 'j', k2, strlen(k2));
	if ((id = key_owner(x, key)) != PX_NONE)
		return id;
	/* "Lula": an inner name of exactly one person */
	key_text(key, sizeof key, 'i', k2, strlen(k2));
	if ((id = key_owner(x, key)) != PX_NONE)
		return id;
	if (tok(x, cd->article, cd->t0)->flags & TOK_UPPER) {
		key_text(key, sizeof key, 'a', s, PX_MIN(len, (uint32_t)KEY_MAX));
		if ((id = strmap_get(&x->keys, key, strlen(key))) != PX_NONE)
			return find(x, id);
	}
	return PX_NONE;
}

/* Evidence a word gives for itself: a sentence-initial word only with a
 * role, apposition or reporting verb, and only if never written in
 * lower case; a headline word never. */
static uint8_t
own_evidence(struct ext *x, const struct cand *cd)
{
	const struct token *t = tok(x, cd->article, cd->t0);

	if (cd->headline || words_lower_seen(x->w, t))
		return 0;
	if ((t->flags & TOK_UPPER) && t->end - t->start > 6)
		return 0;
	/* "Gazprom said": a word opening a sentence or quotation, of no
	 * vocabulary class (not "Others", "Residents", "Officials"), never
	 * seen in lower case, and no ordinary English word ("Well,",
	 * "Seismologists reported") */
	if (cd->first && (cls(x, cd->article, cd->t0) || common(x, cd->article, cd->t0)))
		return cd->evidence & (EV_ROLE | EV_APPOS);
	return cd->evidence;
}

/* Does evidence ev make the word of cd a person? A role before it does,
 * unless the word is in capitals, as bodies are and people seldom
 * ("the broadcaster RTHK"); an apposition does. */
static bool
word_person(struct ext *x, const struct cand *cd, uint8_t ev)
{
	const struct token *t = tok(x, cd->article, cd->t0);

	if (ev & EV_APPOS)
		return true;
	return (ev & EV_ROLE) && !((t->flags & TOK_UPPER) && t->end - t->start >= 3);
}

static void
resolve_words(struct ext *x)
{
	char key[KEY_MAX + 16];
	uint32_t i, pass;

	/* first the words that name a known actor or have evidence, then
	 * the other mentions of those words */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < x->n_cands; i++) {
			struct cand *cd = &x->cands[i];
			uint32_t id, len;
			uint8_t ev;
			const char *s;

			if (cd->kind != CK_NAME || cd->t1 - cd->t0 != 1 || cd->cluster != PX_NONE)
				continue;
			id = resolve_known_word(x, cd);
			if (id != PX_NONE) {
				assign(x, cd, id);
				continue;
			}
			s = words_str(x->w, tok(x, cd->article, cd->t0), &len);
			key_text(key, sizeof key, 'w', s, PX_MIN(len, (uint32_t)KEY_MAX));
			id = strmap_get(&x->keys, key, strlen(key));
			ev = own_evidence(x, cd);
			if (id == PX_NONE && pass == 0 && ev && !(ev & EV_THE) &&
			    (id = promote_full_name(x, cd)) != PX_NONE)
				strmap_put(&x->keys, key, strlen(key), id);
			if (id == PX_NONE && pass == 0 && ev) {
				id = new_cluster(x, word_person(x, cd, ev) ? CK_PERSON : CK_ORG);
				strmap_put(&x->keys, key, strlen(key), id);
				if (x->clusters[id].kind == CK_ORG) {
					key_text(key, sizeof key, 'o', s, PX_MIN(len, (uint32_t)KEY_MAX));
					strmap_put(&x->keys, key, strlen(key), id);
					x->clusters[id].words = arena_strdup(&x->arena, key + 2);
				}
			}
			if (id != PX_NONE && (pass == 1 || ev))
				assign(x, cd, find(x, id));
		}
	}
}

/* The person named in full by tokens k and k + 1 of article ai, or
 * PX_NONE. */
static uint32_t
known_pair(struct ext *x, uint32_t ai, uint32_t k)
{
	char first[32], last[KEY_MAX];
	uint32_t b;

	token_key(x, ai, k, first, sizeof first);
	token_key(x, ai, k + 1, last, sizeof last);
	b = bucket_of(x, last, false);
	return b == PX_NONE ? PX_NONE : bucket_first(x, b, first);
}

/* Name-like words of a headline: a known first name and surname
 * together ("Boss Ines Carrow Plans" has "Ines Carrow"), every other
 * word on its own. */
static void
resolve_headline_words(struct ext *x, uint32_t i)
{
	const struct cand whole = x->cands[i];
	const struct article *a = &x->c->articles[whole.article];
	uint32_t k, id;
	bool reuse = true;

	for (k = whole.t0; k < whole.t1; k++) {
		struct cand *one = reuse ? &x->cands[i] : PX_PUSH(x->cands, x->n_cands, x->cap_cands);

		*one = whole;
		one->t0 = k;
		one->t1 = k + 1;
		id = k + 1 < whole.t1 ? known_pair(x, whole.article, k) : PX_NONE;
		if (id != PX_NONE)
			one->t1 = ++k + 1;
		one->start = a->toks[one->t0].start;
		one->end = a->toks[one->t1 - 1].end;
		if (id != PX_NONE)
			assign(x, one, id);
		reuse = false;
	}
}

/* Is the surname of the titled candidate cd a name elsewhere: a known
 * person's surname, or a word standing alone? */
static bool
named_alone(struct ext *x, const struct cand *cd)
{
	char key[KEY_MAX], other[KEY_MAX];
	uint32_t i, b;

	token_key(x, cd->article, cd->t0, key, sizeof key);
	b = bucket_of(x, key, false);
	if (b != PX_NONE && x->buckets[b].n)
		return true;
	for (i = 0; i < x->n_cands; i++) {
		const struct cand *o = &x->cands[i];

		if (o->t1 - o->t0 != 1 || (o->kind != CK_NAME && o->kind != CK_PERSON) || o->weak)
			continue;
		token_key(x, o->article, o->t0, other, sizeof other);
		if (strcmp(key, other) == 0)
			return true;
	}
	return false;
}

static void
resolve_names(struct ext *x)
{
	uint32_t i, n = x->n_cands, pass;

	index_upper_words(x);
	index_org_stems(x);
	/* names with evidence first, so that a mention without any joins
	 * the actor whether it comes before or after ("Shares of Acme Lamp
	 * fell. ... Acme Lamp said") */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < n; i++) {
			struct cand *cd = &x->cands[i];

			if (cd->kind == CK_NAME && cd->t1 - cd->t0 >= 2 && !cd->headline &&
			    cd->cluster == PX_NONE && (pass || cd->evidence))
				resolve_full_name(x, &x->cands[i]);
		}
	for (i = 0, n = x->n_cands; i < n; i++) {
		const struct cand *cd = &x->cands[i];

		if (cd->kind == CK_NAME && cd->t1 - cd->t0 >= 2 && cd->headline &&
		    cd->cluster == PX_NONE)
			resolve_headline_words(x, i);
	}
	for (i = 0; i < x->n_cands; i++) {
		struct cand *cd = &x->cands[i];

		if (cd->kind != CK_PERSON || cd->t1 - cd->t0 != 1)
			continue;
		if (cd->weak && !named_alone(x, cd)) {
			/* "General Electric": the title word starts a company's name */
			cd->kind = CK_ORG;
			cd->t0 = cd->title;
			organisation(x, cd);
		} else {
			person(x, cd);
		}
	}
	resolve_words(x);
}

/* "the Russian government" is the Kremlin when the texts name it, else
 * Russia; "the Trump administration" the executive seat of the
 * person's country, when named. */
static void
resolve_governments(struct ext *x)
{
	char key[32];
	uint32_t i;

	for (i = 0; i < x->n_cands; i++) {
		struct cand *cd = &x->cands[i];
		uint32_t place = cd->place, seat, id = PX_NONE;
		bool of_person = false;

		if (cd->kind != CK_GOV)
			continue;
		if (cd->link != PX_NONE) {
			uint32_t p = x->cands[cd->link].cluster;

			if (p == PX_NONE || x->clusters[find(x, p)].kind != CK_PERSON)
				continue;
			p = find(x, p);
			place = x->clusters[p].place;
			of_person = true;
		}
		seat = gaz_executive_seat(place);
		if (seat != PX_NONE) {
			key_num(key, sizeof key, 's', seat);
			id = keyed(x, key, CK_SEAT, false);
		}
		if (id == PX_NONE && !of_person) {
			key_num(key, sizeof key, 'c', place);
			id = keyed(x, key, CK_COUNTRY, true);
			x->clusters[id].place = place;
		}
		cd->seat = seat;
		if (id != PX_NONE)
			assign(x, cd, find(x, id));
	}
}

static int
cmp_bucket(const void *pa, const void *pb)
{
	const char *a = (*(const struct bucket *const *)pa)->key;
	const char *b = (*(const struct bucket *const *)pb)->key;
	size_t la = strlen(a), lb = strlen(b);

	if (a[0] != b[0])
		return (unsigned char)a[0] < (unsigned char)b[0] ? -1 : 1;
	return la < lb ? -1 : la > lb;
}

static void
merge_bucket_pair(struct ext *x, const struct bucket *bi, const struct bucket *bj)
{
	uint32_t p, q;

	for (p = 0; p < bi->n; p++) {
		for (q = 0; q < bj->n; q++) {
			const struct cluster *a = &x->clusters[find(x, bi->clusters[p])];
			const struct cluster *b = &x->clusters[find(x, bj->clusters[q])];

			if (names_first_compatible(a->first, strlen(a->first), b->first,
			                           strlen(b->first)))
				unite(x, bi->clusters[p], bj->clusters[q]);
		}
	}
}

/* A pair of buckets by their places in the sorted order. */
struct bpair {
	uint32_t a, b;
};

static int
cmp_bpair(const void *pa, const void *pb)
{
	const struct bpair *a = pa, *b = pb;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

/* A spelling variant of a surname: its hash and the bucket's place. */
struct variant {
	uint64_t h;
	uint32_t place;
};

static int
cmp_variant(const void *pa, const void *pb)
{
	const struct variant *a = pa, *b = pb;

	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return a->place < b->place ? -1 : a->place > b->place;
}

/* Surnames that may be one edit apart: those sharing the surname itself
 * or the surname with one letter left out ("dmitriev" and "dmitriyev"
 * share "dmitriev"), compared by hash (a collision only adds a pair to
 * check). Only surnames of 6 to 63 letters can match another
 * (names_surname_compatible()). Sets *out to the pairs (a < b, places
 * in order), sorted and without repeats; returns their count. */
static uint32_t
spelling_pairs(const struct bucket *const *order, uint32_t n, struct bpair **out)
{
	struct variant *e = NULL;
	struct bpair *pairs = NULL;
	uint32_t n_e = 0, cap_e = 0, n_p = 0, cap_p = 0, i, j, k;
	char v[64];

	for (i = 0; i < n; i++) {
		size_t len = strlen(order[i]->key), q;

		if (len < 6 || len >= 64)
			continue;
		for (q = 0; q <= len; q++) {
			size_t skip = q < len;

			/* q == len: the surname itself; else without letter q */
			memcpy(v, order[i]->key, q);
			memcpy(v + q, order[i]->key + q + skip, len - q - skip);
			*PX_PUSH(e, n_e, cap_e) = (struct variant){px_hash(v, len - skip), i};
		}
	}
	px_sort(e, n_e, sizeof *e, cmp_variant);
	for (i = 0; i < n_e; i = j) {
		for (j = i; j < n_e && e[j].h == e[i].h; j++)
			;
		for (k = i; k < j; k++) {
			uint32_t m;

			for (m = k + 1; m < j; m++)
				if (e[m].place != e[k].place)
					*PX_PUSH(pairs, n_p, cap_p) = (struct bpair){e[k].place, e[m].place};
		}
	}
	px_sort(pairs, n_p, sizeof *pairs, cmp_bpair);
	for (i = k = 0; i < n_p; i++)
		if (!k || cmp_bpair(&pairs[k - 1], &pairs[i]) != 0)
			pairs[k++] = pairs[i];
	free(e);
	*out = pairs;
	return k;
}

/* A bucket holding only single-word names ("President Xi", "Mr Xi")
 * whose word is the first name of exactly one person named in full
 * ("Xi Jinping"): that person, written family name first. Since the
 * bucket holds no full name, the word is no one's surname. */
static uint32_t
first_name_owner(struct ext *x, const struct bucket *bk)
{
	char key[KEY_MAX + 4];

	key_text(key, sizeof key, 'f', bk->key, strlen(bk->key));
	return key_owner(x, key);
}

/* Buckets whose surnames are one edit apart ("Dmitriev", "Dmitriyev")
 * hold one person when the first names agree. Buckets are sorted by
 * first letter and length; the pairs compared are those of near
 * neighbours there (same first letter, length at most one more) that
 * share a spelling variant, in that order, so nothing compares all
 * pairs. */
static void
merge_spellings(struct ext *x)
{
	const struct bucket **order = xmalloc((x->n_buckets + 1) * sizeof *order);
	struct bpair *pairs;
	uint32_t i, p, n_pairs;

	for (i = 0; i < x->n_buckets; i++)
		order[i] = &x->buckets[i];
	px_sort(order, x->n_buckets, sizeof *order, cmp_bucket);
	n_pairs = spelling_pairs(order, x->n_buckets, &pairs);
	for (i = 0; i < n_pairs; i++) {
		const struct bucket *bi = order[pairs[i].a], *bj = order[pairs[i].b];
		size_t li = strlen(bi->key), lj = strlen(bj->key);

		if (bi->key[0] != bj->key[0] || lj > li + 1)
			continue;
		if (names_surname_compatible(bi->key, li, bj->key, lj))
			merge_bucket_pair(x, bi, bj);
	}
	free(pairs);
	free(order);
	/* a surname alone joins the one full name of its bucket */
	for (i = 0; i < x->n_buckets; i++) {
		const struct bucket *bk = &x->buckets[i];
		uint32_t full = PX_NONE;
		bool ambiguous = false;

		for (p = 0; p < bk->n; p++) {
			uint32_t r = find(x, bk->clusters[p]);

			if (!x->clusters[r].first[0])
				continue;
			if (full == PX_NONE)
				full = r;
			else if (r != full)
				ambiguous = true;
		}
		if (full == PX_NONE)
			full = first_name_owner(x, bk);
		if (full == PX_NONE || ambiguous)
			continue;
		for (p = 0; p < bk->n; p++)
			if (!x->clusters[bk->clusters[p]].first[0])
				unite(x, full, bk->clusters[p]);
	}
}

/* Is every word of the sorted word list a in the sorted list b? */
static bool
words_within(const char *a, const char *b)
{
	while (*a) {
		size_t n = strcspn(a, " ");
		const char *p = b;
		bool found = false;

		while (*p && !found) {
			size_t m = strcspn(p, " ");

			found = m == n && memcmp(p, a, n) == 0;
			p += m;
			p += *p == ' ';
		}
		if (!found)
			return false;
		a += n;
		a += *a == ' ';
	}
	return true;
}

struct word_posts {
	struct strmap index;  /* word -> posting list */
	uint32_t **lists;
	uint32_t *n, *cap;
	uint32_t n_lists, cap_lists;
};

static uint32_t
posts_of(struct word_posts *wp, const char *w, size_t n, bool create)
{
	uint32_t id = strmap_get(&wp->index, w, n);

	if (id != PX_NONE || !create)
		return id;
	if (wp->n_lists == wp->cap_lists) {
		wp->cap_lists = wp->cap_lists ? wp->cap_lists * 2 : 64;
		wp->lists = xrealloc(wp->lists, wp->cap_lists * sizeof *wp->lists);
		wp->n = xrealloc(wp->n, wp->cap_lists * sizeof *wp->n);
		wp->cap = xrealloc(wp->cap, wp->cap_lists * sizeof *wp->cap);
	}
	id = wp->n_lists++;
	wp->lists[id] = NULL;
	wp->n[id] = wp->cap[id] = 0;
	strmap_put(&wp->index, w, n, id);
	return id;
}

/* Index every organisation by each of its words. */
static void
index_org_words(struct ext *x, struct word_posts *wp)
{
	uint32_t i;

	strmap_init(&wp->index);
	for (i = 0; i < x->n_clusters; i++) {
		const char *p = x->clusters[i].words;

		if (x->clusters[i].kind != CK_ORG || !p)
			continue;
		while (*p) {
			size_t n = strcspn(p, " ");
			uint32_t l = posts_of(wp, p, n, true);

			*PX_PUSH(wp->lists[l], wp->n[l], wp->cap[l]) = i;
			p += n;
			p += *p == ' ';
		}
	}
}

/* The posting list of the rarest word of a sorted word list. */
static uint32_t
rarest(struct word_posts *wp, const char *p)
{
	uint32_t best = PX_NONE;

	while (*p) {
		size_t n = strcspn(p, " ");
		uint32_t l = posts_of(wp, p, n, false);

		if (l != PX_NONE && (best == PX_NONE || wp->n[l] < wp->n[best]))
			best = l;
		p += n;
		p += *p == ' ';
	}
	return best;
}

/* Clippings of the first words of organisations of several words
 * ("Fed" of "Federal Reserve"), each to the organisation named most
 * often with that word: the Federal Reserve, not the Federal Open
 * Market Committee, when the texts name the Reserve more. Clusters do
 * not merge while the index is built, so roots compare directly. */
struct clip {
	uint32_t root; /* the organisation named most often with the word */
	bool tie;      /* another one as often: the clipping names neither */
};

struct clippings {
	struct strmap index; /* clipping -> slot of v */
	struct clip *v;
	uint32_t n, cap;
};

static void
index_clipped(struct ext *x, struct clippings *cp)
{
	uint32_t *count = xcalloc(x->n_clusters + 1, sizeof *count), i, n, len;

	memset(cp, 0, sizeof *cp);
	strmap_init(&cp->index);
	for (i = 0; i < x->n_cands; i++)
		if (x->cands[i].cluster != PX_NONE && x->cands[i].kind == CK_ORG)
			count[find(x, x->cands[i].cluster)]++;
	for (i = 0; i < x->n_cands; i++) {
		const struct cand *cd = &x->cands[i];
		const struct token *t;
		const char *s;
		uint32_t r;

		if (cd->cluster == PX_NONE || cd->kind != CK_ORG || cd->t1 - cd->t0 < 2)
			continue;
		t = tok(x, cd->article, cd->t0);
		s = words_str(x->w, t, &len);
		if ((t->flags & (TOK_STOP | TOK_UPPER)) || !words_capitalised(t) || !ascii_word(s, len))
			continue;
		r = find(x, cd->cluster);
		for (n = 3; n + 2 <= len; n++) {
			uint32_t slot = strmap_get(&cp->index, s, n);
			struct clip *c;

			if (slot == PX_NONE) {
				strmap_put(&cp->index, s, n, cp->n);
				*PX_PUSH(cp->v, cp->n, cp->cap) = (struct clip){r, false};
				continue;
			}
			c = &cp->v[slot];
			if (c->root != r && count[r] > count[c->root])
				*c = (struct clip){r, false};
			else if (c->root != r && count[r] == count[c->root])
				c->tie = true;
		}
	}
	free(count);
}

static void
clippings_free(struct clippings *cp)
{
	strmap_free(&cp->index);
	free(cp->v);
}

/* The organisation whose first word the single-word organisation i
 * clips, or PX_NONE. */
static uint32_t
clipped_org(struct ext *x, const struct clippings *cp, uint32_t i)
{
	const char *w = x->clusters[i].words;
	uint32_t slot = strmap_get(&cp->index, w, strlen(w));

	if (slot == PX_NONE || cp->v[slot].tie || find(x, cp->v[slot].root) == find(x, i))
		return PX_NONE;
	return cp->v[slot].root;
}

/* The organisation cluster i is a short name of: the only longer one
 * holding all its words, else one it clips; PX_NONE. */
static uint32_t
short_name_join(struct ext *x, struct word_posts *wp, const struct clippings *cp, uint32_t i)
{
	const struct cluster *a = &x->clusters[i];
	uint32_t only = PX_NONE, n = 0, l, j;
	size_t la;

	if (a->kind != CK_ORG || !a->words || !*a->words || (l = rarest(wp, a->words)) == PX_NONE)
		return PX_NONE;
	la = strlen(a->words);
	for (j = 0; j < wp->n[l] && n < 2; j++) {
		uint32_t b = wp->lists[l][j];

		if (find(x, b) == find(x, i) || strlen(x->clusters[b].words) <= la ||
		    !words_within(a->words, x->clusters[b].words))
			continue;
		if (only == PX_NONE || find(x, only) != find(x, b))
			n++;
		only = b;
	}
	if (n == 1)
		return only;
	if (!n && !strchr(a->words, ' '))
		return clipped_org(x, cp, i);
	return PX_NONE;
}

/* "the Commission" is the European Commission when the texts name only
 * one organisation whose words hold all of its words. Candidates come
 * from the rarest word's postings, not from all pairs. */
static void
merge_short_names(struct ext *x)
{
	struct word_posts wp = {0};
	struct clippings cp;
	uint32_t i, pass, *join = xmalloc((x->n_clusters + 1) * sizeof *join);

	index_org_words(x, &wp);
	index_clipped(x, &cp);
	/* twice: "PPG" fits both "PPG Industries" and "PPG Industries Inc"
	 * until the first pass has made those one */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < x->n_clusters; i++)
			join[i] = pass && find(x, i) != i ? PX_NONE : short_name_join(x, &wp, &cp, i);
		/* merge after deciding, so the decisions do not depend on order */
		for (i = 0; i < x->n_clusters; i++)
			if (join[i] != PX_NONE)
				unite(x, join[i], i);
	}
	for (i = 0; i < wp.n_lists; i++)
		free(wp.lists[i]);
	free(wp.lists);
	free(wp.n);
	free(wp.cap);
	strmap_free(&wp.index);
	clippings_free(&cp);
	free(join);
}

/* Building the actors */

struct tally {
	uint32_t mentions, places, speakers, articles, last_article;
};

/* A country is an actor when it acts at least once (not only "in X")
 * and recurs: two articles, three mentions, or a reporting verb. */
static bool
country_is_actor(const struct tally *t)
{
	return t->places < t->mentions && (t->articles >= 2 || t->mentions >= 3 || t->speakers);
}

static void
tally_countries(struct ext *x, struct tally *t)
{
	uint32_t i;

	for (i = 0; i < x->n_cands; i++) {
		const struct cand *cd = &x->cands[i];
		struct tally *ty;

		if (cd->cluster == PX_NONE)
			continue;
		ty = &t[find(x, cd->cluster)];
		ty->mentions++;
		ty->places += cd->locative;
		ty->speakers += (cd->evidence & EV_SPEAKER) != 0;
		if (!ty->articles || ty->last_article != cd->article) {
			ty->articles++;
			ty->last_article = cd->article;
		}
	}
}

/* The text of a span with line breaks and tabs as spaces, in x->text
 * (valid until the next call). */
static const char *
span_scratch(struct ext *x, uint32_t ai, uint32_t start, uint32_t end)
{
	const struct article *a = &x->c->articles[ai];
	char *p;

	px_grow(&x->text, &x->text_cap, (size_t)(end - start) + 1, 1);
	memcpy(x->text, article_at(a, start), end - start);
	x->text[end - start] = '\0';
	for (p = x->text; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	return x->text;
}

static char *
span_text(struct ext *x, uint32_t ai, uint32_t start, uint32_t end)
{
	return arena_strdup(&x->c->arena, span_scratch(x, ai, start, end));
}

static int
cmp_mention(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;

	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Sort mentions that come mostly in text order (candidates are read in
 * order, a few are added afterwards): those out of order are set aside,
 * sorted, and merged back. Equal mentions are equal in every field, so
 * the result is the one a full sort gives. */
static void
sort_mentions(struct ext *x, struct mention *m, uint32_t n)
{
	uint32_t i, kept = 0, n_side = 0, a, b, k;
	struct mention *side;

	if (n < 2)
		return;
	px_grow(&x->side, &x->cap_side, n, sizeof *x->side);
	side = x->side;
	for (i = 0; i < n; i++) {
		if (kept && cmp_mention(&m[kept - 1], &m[i]) > 0)
			side[n_side++] = m[i];
		else
			m[kept++] = m[i];
	}
	if (!n_side)
		return;
	px_sort(side, n_side, sizeof *side, cmp_mention);
	/* merge from the back, into the room the side list left */
	a = kept;
	b = n_side;
	for (k = n; k > 0; k--) {
		if (b && (!a || cmp_mention(&m[a - 1], &side[b - 1]) <= 0))
			m[k - 1] = side[--b];
		else
			m[k - 1] = m[--a];
	}
}

/* Canonical name: a country's or seat's gazetteer name, else the
 * longest name form (a person's without titles). */
static char *
canonical(struct ext *x, const struct cluster *cl, const uint32_t *members, uint32_t n)
{
	uint32_t i, best = PX_NONE, best_len = 0;

	if (cl->kind == CK_COUNTRY && cl->place != PX_NONE)
		return arena_strdup(&x->c->arena, gaz_country_name(cl->place));
	if (cl->kind == CK_SEAT && cl->seat != PX_NONE)
		return arena_strdup(&x->c->arena, gaz_seat_name(cl->seat));
	for (i = 0; i < n; i++) {
		const struct cand *cd = &x->cands[members[i]];
		const struct article *a = &x->c->articles[cd->article];
		uint32_t s = cl->kind == CK_PERSON ? a->toks[cd->t0].start : cd->start;
		uint32_t e = cl->kind == CK_PERSON ? a->toks[cd->t1 - 1].end : cd->end;

		if (cd->kind == CK_GOV)
			continue;
		if (e - s > best_len) {
			best = members[i];
			best_len = e - s;
		}
	}
	if (best == PX_NONE)
		return arena_strdup(&x->c->arena, "?");
	{
		const struct cand *cd = &x->cands[best];
		const struct article *a = &x->c->articles[cd->article];

		if (cl->kind == CK_PERSON)
			return span_text(x, cd->article, a->toks[cd->t0].start, a->toks[cd->t1 - 1].end);
		return span_text(x, cd->article, cd->start, cd->end);
	}
}

static void
add_alias(struct ext *x, struct actor *ac, struct strmap *seen, const char *s)
{
	if (strcmp(s, ac->name) == 0 || strmap_get(seen, s, strlen(s)) != PX_NONE)
		return;
	strmap_put(seen, s, strlen(s), 1);
	*PX_PUSH(ac->aliases, ac->n_aliases, ac->cap_aliases) = arena_strdup(&x->c->arena, s);
}

static enum actor_kind
actor_kind_of(const struct cluster *cl)
{
	switch (cl->kind) {
	case CK_PERSON:
		return ACTOR_PERSON;
	case CK_COUNTRY:
		return ACTOR_COUNTRY;
	default:
		return ACTOR_ORG;
	}
}

/* Most frequent country among a person's titled mentions; of equally
 * frequent ones the one named first. Counted per gazetteer country, so
 * a person named 100,000 times costs 100,000 steps. */
static uint32_t
person_place(struct ext *x, const uint32_t *members, uint32_t n, uint32_t fallback)
{
	uint32_t i, best = fallback, best_n = 0, n_seen = 0;

	for (i = 0; i < n; i++) {
		uint32_t p = x->cands[members[i]].place;

		if (p == PX_NONE)
			continue;
		if (p >= x->n_places)
			px_die("person_place: no gazetteer country %u", p);
		if (!x->place_count[p]++)
			x->place_seen[n_seen++] = p;
	}
	/* in order of first mention, so ties keep the earliest country */
	for (i = 0; i < n_seen; i++) {
		uint32_t p = x->place_seen[i];

		if (x->place_count[p] > best_n) {
			best = p;
			best_n = x->place_count[p];
		}
		x->place_count[p] = 0;
	}
	return best;
}

static void
build_actor(struct ext *x, uint32_t root, const uint32_t *members, uint32_t n)
{
	const struct cluster *cl = &x->clusters[root];
	struct actor *ac = PX_PUSH(x->c->actors, x->c->n_actors, x->c->cap_actors);
	struct strmap seen;
	uint32_t i;

	strmap_init(&seen);
	ac->name = canonical(x, cl, members, n);
	ac->kind = actor_kind_of(cl);
	ac->place = cl->kind == CK_PERSON ? person_place(x, members, n, cl->place) : cl->place;
	ac->flags = cl->flags;
	if (cl->kind == CK_SEAT) {
		ac->flags |= ACTOR_SEAT;
		if (cl->place != PX_NONE && gaz_executive_seat(cl->place) == cl->seat)
			ac->flags |= ACTOR_EXECUTIVE;
	}
	ac->mentions = xmalloc((n + 1) * sizeof *ac->mentions);
	ac->cap_mentions = n + 1;
	ac->n_mentions = n;
	for (i = 0; i < n; i++) {
		const struct cand *cd = &x->cands[members[i]];

		ac->mentions[i] = (struct mention){cd->article, cd->sentence, cd->start, cd->end};
	}
	sort_mentions(x, ac->mentions, n);
	/* drop repeated spans */
	{
		uint32_t k = 0;

		for (i = 0; i < ac->n_mentions; i++)
			if (!k || cmp_mention(&ac->mentions[k - 1], &ac->mentions[i]) != 0)
				ac->mentions[k++] = ac->mentions[i];
		ac->n_mentions = k;
	}
	for (i = 0; i < ac->n_mentions; i++) {
		const struct mention *m = &ac->mentions[i];

		add_alias(x, ac, &seen, span_scratch(x, m->article, m->start, m->end));
	}
	strmap_free(&seen);
}

struct root_order {
	uint32_t root, article, start;
};

static int
cmp_root(const void *pa, const void *pb)
{
	const struct root_order *a = pa, *b = pb;

	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->root < b->root ? -1 : a->root > b->root;
}

static void
build_actors(struct ext *x)
{
	struct tally *t = xcalloc(x->n_clusters + 1, sizeof *t);
	uint32_t *count = xcalloc(x->n_clusters + 1, sizeof *count);
	uint32_t *offset = xcalloc(x->n_clusters + 2, sizeof *offset);
	uint32_t *members = xmalloc((x->n_cands + 1) * sizeof *members);
	struct root_order *order = xmalloc((x->n_clusters + 1) * sizeof *order);
	uint32_t i, n_order = 0;

	tally_countries(x, t);
	for (i = 0; i < x->n_cands; i++)
		if (x->cands[i].cluster != PX_NONE)
			count[find(x, x->cands[i].cluster)]++;
	for (i = 0; i < x->n_clusters; i++)
		offset[i + 1] = offset[i] + count[i];
	memset(count, 0, (x->n_clusters + 1) * sizeof *count);
	for (i = 0; i < x->n_cands; i++) {
		uint32_t r;

		if (x->cands[i].cluster == PX_NONE)
			continue;
		r = find(x, x->cands[i].cluster);
		if (!count[r])
			order[n_order++] = (struct root_order){r, x->cands[i].article, x->cands[i].start};
		members[offset[r] + count[r]++] = i;
	}
	/* the first mention of each root, for the order of actors */
	for (i = 0; i < n_order; i++) {
		uint32_t r = order[i].root, j;

		for (j = offset[r]; j < offset[r] + count[r]; j++) {
			const struct cand *cd = &x->cands[members[j]];

			if (cd->article < order[i].article ||
			    (cd->article == order[i].article && cd->start < order[i].start)) {
				order[i].article = cd->article;
				order[i].start = cd->start;
			}
		}
	}
	px_sort(order, n_order, sizeof *order, cmp_root);
	for (i = 0; i < n_order; i++) {
		uint32_t r = order[i].root;

		if (x->clusters[r].kind == CK_COUNTRY && !country_is_actor(&t[r]))
			continue;
		/* a seat named only as a place: "at the Capitol" */
		if (x->clusters[r].kind == CK_SEAT && t[r].places == t[r].mentions)
			continue;
		if (!x->clusters[r].named)
			continue;
		build_actor(x, r, members + offset[r], count[r]);
	}
	free(t);
	free(count);
	free(offset);
	free(members);
	free(order);
}

static void
ext_free(struct ext *x)
{
	uint32_t i;

	for (i = 0; i < x->n_buckets; i++) {
		free(x->buckets[i].clusters);
		free(x->buckets[i].pos);
	}
	free(x->buckets);
	free(x->cands);
	free(x->clusters);
	strmap_free(&x->keys);
	arena_free(&x->arena);
	free(x->place_count);
	free(x->place_seen);
	free(x->text);
	free(x->side);
}

void
actor_run(struct corpus *c, const struct analysis_opts *o)
{
	struct ext x;
	uint32_t ai, si;

	(void)o;
	memset(&x, 0, sizeof x);
	x.c = c;
	x.w = extract_words(c);
	strmap_init(&x.keys);
	arena_init(&x.arena);
	x.n_places = gaz_countries();
	x.place_count = xcalloc(x.n_places + 1, sizeof *x.place_count);
	x.place_seen = xmalloc((x.n_places + 1) * sizeof *x.place_seen);
	for (ai = 0; ai < c->n_articles; ai++)
		for (si = 0; si < c->articles[ai].n_sents; si++)
			if (!(c->articles[ai].sents[si].flags & SENT_BOILER))
				scan_sentence(&x, ai, si);
	cluster_named(&x);
	resolve_names(&x);
	resolve_governments(&x);
	merge_spellings(&x);
	merge_short_names(&x);
	build_actors(&x);
	ext_free(&x);
}

uint32_t
actor_at(const struct corpus *c, uint32_t art, uint32_t off)
{
	uint32_t i, j, best = PX_NONE, best_len = 0;

	for (i = 0; i < c->n_actors; i++) {
		const struct actor *ac = &c->actors[i];

		for (j = 0; j < ac->n_mentions; j++) {
			const struct mention *m = &ac->mentions[j];

			if (m->article == art && m->start <= off && off < m->end &&
			    m->end - m->start > best_len) {
				best = i;
				best_len = m->end - m->start;
			}
		}
	}
	return best;
}

const char *
actor_kind_name(enum actor_kind k)
{
	switch (k) {
	case ACTOR_PERSON:
		return "person";
	case ACTOR_COUNTRY:
		return "country";
	default:
		return "org";
	}
}
