/* attrib.c - who says what: reporting cues, their sources, and the
 * speakers of quotes. See attrib.h for the rules. */
#include "parallax/attrib.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/extract.h"
#include "parallax/gazetteer.h"
#include "parallax/lexicon.h"
#include "parallax/words.h"

#define GUARD 8           /* nested appositions skipped before a verb */
#define ADJACENT_MAX 8    /* words between a quote and its attribution */
#define RECENT_MAX 400    /* person mentions searched back for a description */
#define PHRASE_MAX 40     /* words of a source phrase or a parenthetical */
#define SENTENCE_MAX 200  /* words of a sentence searched for a person */
#define NEAR_MAX 32       /* attributions searched around a quote */
#define CONTINUE_MAX 64   /* earlier quotes searched for a continued speaker */
#define PARTICIPLE_SPAN 6 /* words from a participle to the verb it is the subject of */
#define ADD_OBJECT_MAX 4  /* words of the object in "add X to Y" */
#define LEAD_MAX 12       /* words of a short sentence that leads into a quote */

struct person_event {
	uint32_t tok, actor;
};

struct actx {
	const struct corpus *c;
	struct words *w;          /* shared word classes (not owned) */
	struct attrib_result *r;
	/* per corpus */
	uint32_t *mref_actor;       /* the actor of each mention, by article */
	uint32_t *mref_first;       /* per article + 1 */
	uint32_t *mref_next;        /* per actor: its next mention to read */
	uint32_t *country_actor;    /* per gazetteer country */
	uint32_t *seat_actor;       /* executive seat actor per gazetteer country */
	uint32_t *place_person;     /* first person actor of each gazetteer country */
	uint8_t *present;           /* per actor: mentioned in the current article */
	uint32_t *present_list;     /* the actors set in present */
	uint32_t n_present;
	uint8_t **bears_memo;       /* per role word: per actor 0 unknown, 1 no, 2 yes */
	uint32_t n_memo;
	/* per article */
	const struct article *a;
	uint32_t art;
	uint32_t *tok_actor, *tok_mfirst, *tok_mlast, *tok_quote;
	uint32_t *tok_len;          /* length of the mention at each token */
	uint32_t cap_toks;
	struct person_event *persons;
	uint32_t n_persons, cap_persons;
	uint32_t *att_first;        /* per sentence + 1: first attribution */
	uint32_t *unquoted;         /* per sentence: attributions outside quotes */
	uint32_t cap_sents;
	struct qinfo *qi;           /* per quote of the article */
	uint32_t *ended;            /* quotes ending in the current sentence */
	uint32_t cap_qi;
	uint32_t anchor;            /* token being read */
	uint32_t sent_tok;          /* first token of the sentence being read */
	/* discourse */
	uint32_t para;
	uint32_t prev_person, prev_org, prev_first_person, prev_first_org;
	uint32_t para_person, para_org;
	uint32_t owner_stem[8];     /* the last statements named: their stem */
	uint32_t owner_id[8];       /* ... and owner */
	uint32_t n_owner;
	bool prev_quote_open;       /* the previous paragraph ended inside a quote */
	uint32_t prev_para_speaker;
	uint32_t prev_end_speaker;  /* of a quote in the previous paragraph's last sentence */
};

static bool
one_of(const char *s, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

/* Tokens */

static const struct token *
tok(const struct actx *x, uint32_t k)
{
	return &x->a->toks[k];
}

static uint32_t
cls(struct actx *x, uint32_t k)
{
	return words_class(x->w, tok(x, k));
}

static bool
is(struct actx *x, uint32_t k, const char *s)
{
	return words_is(x->w, tok(x, k), s);
}

/* Is the word at token k one of list[0..n)? */
static bool
is_one_of(struct actx *x, uint32_t k, const char *const *list, size_t n)
{
	return words_one_of(x->w, tok(x, k), list, n);
}

static bool
lower(const struct token *t)
{
	return (t->flags & TOK_WORD) && !(t->flags & (TOK_CAP | TOK_UPPER));
}

/* Lower case, or capitalised only because it opens the sentence. */
static bool
lowerish(const struct token *t)
{
	return lower(t) || ((t->flags & TOK_FIRST) && !(t->flags & TOK_UPPER));
}

static bool
ing_form(struct actx *x, uint32_t k)
{
	uint32_t n;
	const char *s = words_str(x->w, tok(x, k), &n);

	return n > 4 && memcmp(s + n - 3, "ing", 3) == 0;
}

static bool
ends_with(struct actx *x, uint32_t k, const char *suffix)
{
	uint32_t n, m = (uint32_t)strlen(suffix);
	const char *s = words_str(x->w, tok(x, k), &n);

	return n > m && memcmp(s + n - m, suffix, m) == 0;
}

static uint32_t
gap(const struct actx *x, uint32_t k)
{
	return words_gap_at(x->w, x->a, k);
}

#define GAP_BREAK (GAP_COMMA | GAP_COLON | GAP_QUOTE | GAP_DASH | GAP_PAREN)

static const struct actor *
actor(const struct actx *x, uint32_t id)
{
	return id < x->c->n_actors ? &x->c->actors[id] : NULL;
}

static bool
is_person(const struct actx *x, uint32_t id)
{
	return actor(x, id) && actor(x, id)->kind == ACTOR_PERSON;
}

/* Does an actor mention end at token k? */
static bool
mention_ends(const struct actx *x, uint32_t k)
{
	return x->tok_actor[k] != PX_NONE && x->tok_mlast[k] == k;
}

static bool
mention_starts(const struct actx *x, uint32_t k)
{
	return x->tok_actor[k] != PX_NONE && x->tok_mfirst[k] == k;
}

/* The country named by token k alone or with the next one ("Russian",
 * "Kyiv", "U.S."), as a gazetteer index, or PX_NONE; *len gets the
 * number of tokens. */
static uint32_t
country_at(struct actx *x, uint32_t k, uint32_t end, uint32_t *len)
{
	const char *ws[3];
	uint32_t lens[3], m = 0, got;
	struct gaz_hit hit;

	if (k >= end || !(tok(x, k)->flags & (TOK_CAP | TOK_UPPER)) ||
	    !words_gaz_start(x->w, tok(x, k)))
		return PX_NONE;
	while (m < 3 && k + m < end) {
		ws[m] = words_str(x->w, tok(x, k + m), &lens[m]);
		m++;
	}
	got = gaz_match(ws, lens, m, &hit);
	if (!got || hit.kind == GAZ_SEAT || hit.kind == GAZ_REGION)
		return PX_NONE;
	*len = got;
	return hit.country;
}

/* Sources */

static void
set_speaker(struct attribution *at, uint32_t id)
{
	at->n_speakers = 0;
	at->generic = false;
	if (id != PX_NONE)
		at->speakers[at->n_speakers++] = id;
}

static void
add_speaker(struct attribution *at, uint32_t id)
{
	uint32_t i;

	if (id == PX_NONE || at->n_speakers == ATTRIB_SPEAKERS)
		return;
	for (i = 0; i < at->n_speakers; i++)
		if (at->speakers[i] == id)
			return;
	at->speakers[at->n_speakers++] = id;
}

static bool
has_source(const struct attribution *at)
{
	return at->n_speakers || at->generic || at->self;
}

/* A country's official statement is its executive's, when the article
 * names the seat of that executive. */
static uint32_t
official(const struct actx *x, uint32_t id)
{
	const struct actor *ac = actor(x, id);
	uint32_t seat;

	if (!ac || ac->kind != ACTOR_COUNTRY || ac->place == PX_NONE)
		return id;
	seat = x->seat_actor[ac->place];
	return seat != PX_NONE && x->present[seat] ? seat : id;
}

/* Person mentions outside quotes, by token. */
static uint32_t
persons_before(const struct actx *x, uint32_t k)
{
	/* events [0, result) are before k */
	return PX_LOWER_BOUND(x->persons, x->n_persons, struct person_event, tok, k);
}

static uint32_t
last_person_before(const struct actx *x, uint32_t k)
{
	uint32_t n = persons_before(x, k);

	return n ? x->persons[n - 1].actor : PX_NONE;
}

/* Is the word w (n bytes, folded, maybe with a full stop) the title
 * role or its abbreviation ("Gov." for "the governor")? */
static bool
title_word(const char *w, size_t n, const char *role, uint32_t rn)
{
	static const char *const abbrev[][2] = {
		{"adm", "admiral"}, {"atty", "attorney"}, {"capt", "captain"},
		{"cmdr", "commander"}, {"col", "colonel"}, {"det", "detective"},
		{"gen", "general"}, {"gov", "governor"}, {"insp", "inspector"},
		{"lt", "lieutenant"}, {"pres", "president"}, {"prof", "professor"},
		{"rep", "representative"}, {"sen", "senator"}, {"sgt", "sergeant"},
		{"supt", "superintendent"},
	};
	size_t i;

	if (n == rn && memcmp(w, role, n) == 0)
		return true;
	if (n > 1 && w[n - 1] == '.')
		n--;
	for (i = 0; i < PX_ARRAY_SIZE(abbrev); i++)
		if (strlen(abbrev[i][0]) == n && memcmp(w, abbrev[i][0], n) == 0 &&
		    strcmp(abbrev[i][1], role) == 0)
			return true;
	return false;
}

/* Does the actor bear the word role in one of its names ("the crown
 * prince" for "Crown Prince Mohammed bin Salman", "the governor" for
 * "Gov. Ana Lim")? */
static bool
bears_text(const struct actx *x, uint32_t id, const char *role, uint32_t n)
{
	const struct actor *ac = actor(x, id);
	char buf[256];
	uint32_t i;

	for (i = 0; ac && i <= ac->n_aliases; i++) {
		const char *name = i < ac->n_aliases ? ac->aliases[i] : ac->name;
		size_t k = lex_fold(name, strlen(name), buf, sizeof buf), j = 0, e;

		if (k >= sizeof buf)
			k = sizeof buf - 1;
		while (j < k) {
			for (e = j; e < k && buf[e] != ' '; e++)
				;
			if (title_word(buf + j, e - j, role, n))
				return true;
			j = e + 1;
		}
	}
	return false;
}

/* bears_text() for the folded word with lexicon id role, remembered per
 * actor and word: a description looks at up to RECENT_MAX people, each
 * with all their names. */
static bool
bears(struct actx *x, uint32_t id, uint32_t role)
{
	uint8_t *row;

	if (id >= x->c->n_actors)
		return false;
	if (role >= x->n_memo)
		return bears_text(x, id, lex_str(x->c->lex, role), lex_strlen(x->c->lex, role));
	row = x->bears_memo[role];
	if (!row)
		row = x->bears_memo[role] = xcalloc(x->c->n_actors, 1);
	if (!row[id])
		row[id] = bears_text(x, id, lex_str(x->c->lex, role),
		                     lex_strlen(x->c->lex, role)) ? 2 : 1;
	return row[id] == 2;
}

/* Is the person of that country (PX_NONE: any) and bearing the word
 * role (PX_NONE: any)? */
static bool
fits(struct actx *x, uint32_t id, uint32_t place, uint32_t role)
{
	return (place == PX_NONE || actor(x, id)->place == place) &&
	       (role == PX_NONE || bears(x, id, role));
}

/* The first token of the paragraph being read. */
static uint32_t
para_tok(const struct actx *x)
{
	return x->a->sents[x->a->paras[x->para].sent_first].tok_first;
}

/* "the analyst" with no one bearing that title: the last person named
 * before the sentence in its paragraph. Not a person named in the same
 * sentence ("A told B ..., the official said") nor one named further
 * back: an unnamed source is the likelier reading. */
static uint32_t
recent_person(const struct actx *x)
{
	uint32_t n = persons_before(x, x->sent_tok);

	return n && x->persons[n - 1].tok >= para_tok(x) ? x->persons[n - 1].actor : PX_NONE;
}

/* "the Ukrainian leader", "the crown prince": the last person named
 * before token k who is of that country and bears that title, else the
 * last of that country, else the first after k, else anyone of that
 * country; without a country the last bearing the title, else the
 * person named last before the sentence in its paragraph. */
static uint32_t
describe(struct actx *x, uint32_t k, uint32_t place, uint32_t role)
{
	uint32_t before = persons_before(x, k), i, pass, stop;

	stop = before > RECENT_MAX ? before - RECENT_MAX : 0;
	for (pass = 0; pass < 2; pass++) {
		uint32_t r = pass == 0 ? role : PX_NONE;

		if (pass == 1 && place == PX_NONE)
			break;
		for (i = before; i > stop; i--)
			if (fits(x, x->persons[i - 1].actor, place, r))
				return x->persons[i - 1].actor;
	}
	if (place == PX_NONE)
		return recent_person(x);
	for (i = before; i < x->n_persons && i < before + RECENT_MAX; i++)
		if (fits(x, x->persons[i].actor, place, PX_NONE))
			return x->persons[i].actor;
	if (place < gaz_countries())
		return x->place_person[place];
	for (i = 0; i < x->c->n_actors; i++)
		if (x->c->actors[i].kind == ACTOR_PERSON && x->c->actors[i].place == place)
			return i;
	return PX_NONE;
}

/* The country of the capitalised tokens ending right before token k
 * ("Russian", "U.S."), as a gazetteer index; *start gets its first
 * token. */
static uint32_t
country_ending(struct actx *x, uint32_t w0, uint32_t k, uint32_t *start)
{
	uint32_t p = k - 1, q, len;

	if (k <= w0 || !(tok(x, k - 1)->flags & (TOK_CAP | TOK_UPPER)))
		return PX_NONE;
	while (p > w0 && p + 8 > k && (tok(x, p - 1)->flags & (TOK_CAP | TOK_UPPER)) &&
	       !(gap(x, p - 1) & GAP_BREAK))
		p--;
	for (q = p; q < k; q++) {
		uint32_t c = country_at(x, q, k, &len);

		if (c != PX_NONE && q + len == k) {
			*start = q;
			return c;
		}
	}
	return PX_NONE;
}

/* A description "the [country] [adjective] role" ending at token j and
 * starting at w0 or later: its person, or PX_NONE. */
static uint32_t
description(struct actx *x, uint32_t w0, uint32_t j)
{
	uint32_t k = j, place = PX_NONE, start;

	if (!(cls(x, j) & VC_ROLE))
		return PX_NONE;
	while (k > w0 && !is(x, k - 1, "the")) {
		const struct token *t = tok(x, k - 1);
		uint32_t c;

		if (k + 8 < j)
			return PX_NONE;
		if (lower(t) && !(t->flags & TOK_STOP) && !words_cue(x->w, t)) {
			k--;
			continue;
		}
		c = country_ending(x, w0, k, &start);
		if (c == PX_NONE)
			return PX_NONE;
		place = c;
		k = start;
	}
	if (k == 0 || k - 1 < w0 || !is(x, k - 1, "the"))
		return PX_NONE;
	return describe(x, k - 1, place, tok(x, j)->word);
}

/* Does the name ending at token m modify a common noun after it,
 * before token k ("Bulger trial juror Janet Uhlar", "Smith campaign")?
 * It is then not the one a pronoun points back to. */
static bool
name_modifier(struct actx *x, uint32_t m, uint32_t k)
{
	uint32_t n, pos;
	const char *s;

	if (m + 1 >= k || (gap(x, m) & ~GAP_SPACE) || !lower(tok(x, m + 1)) ||
	    (tok(x, m + 1)->flags & TOK_STOP) || words_cue(x->w, tok(x, m + 1)) || cls(x, m + 1))
		return false;
	s = words_str(x->w, tok(x, m + 1), &n);
	pos = vocab_common(s, n);
	return (pos & VP_NOUN) && !(pos & VP_FORM);
}

/* The first person named (or described) in the sentence before token k,
 * outside quotes. */
static uint32_t
first_person_in(struct actx *x, uint32_t s0, uint32_t k)
{
	uint32_t i, j;

	for (i = PX_MAX(s0, k > SENTENCE_MAX ? k - SENTENCE_MAX : 0); i < k; i++) {
		if (tok(x, i)->flags & TOK_QUOTED)
			continue;
		if (mention_starts(x, i) && is_person(x, x->tok_actor[i]) &&
		    !name_modifier(x, x->tok_mlast[i], k))
			return x->tok_actor[i];
		if (!is(x, i, "the"))
			continue;
		for (j = i + 1; j < k && j < i + 5; j++) {
			if (cls(x, j) & VC_ROLE) {
				uint32_t d = description(x, i, j);

				if (d != PX_NONE)
					return d;
			}
		}
	}
	return PX_NONE;
}

/* Does the organisation mention starting at i only modify a person's
 * title ("Board Chair Jan Smith", "Acme chief economist Jan Smith")? */
static bool
in_title_phrase(struct actx *x, uint32_t i, uint32_t k)
{
	uint32_t j = x->tok_mlast[i] + 1;

	while (j < k && j < x->tok_mlast[i] + 4 && !(gap(x, j - 1) & GAP_BREAK)) {
		if (mention_starts(x, j))
			return is_person(x, x->tok_actor[j]);
		if (!lower(tok(x, j)) || !(cls(x, j) & (VC_TITLE | VC_ROLE)))
			return false;
		j++;
	}
	return false;
}

static uint32_t
first_org_in(struct actx *x, uint32_t s0, uint32_t k)
{
	uint32_t i;

	for (i = PX_MAX(s0, k > SENTENCE_MAX ? k - SENTENCE_MAX : 0); i < k; i++)
		if (!(tok(x, i)->flags & TOK_QUOTED) && mention_starts(x, i) &&
		    !is_person(x, x->tok_actor[i]) && !in_title_phrase(x, i, k))
			return x->tok_actor[i];
	return PX_NONE;
}

/* he, she, his, her at token k of the sentence starting at s0. */
static uint32_t
resolve_person(struct actx *x, uint32_t s0, uint32_t k)
{
	uint32_t id = first_person_in(x, s0, k);

	if (id != PX_NONE)
		return id;
	if (x->prev_person != PX_NONE)
		return x->prev_person;
	if (x->para_person != PX_NONE)
		return x->para_person;
	if (x->prev_first_person != PX_NONE)
		return x->prev_first_person;
	return last_person_before(x, k);
}

/* it, its: an organisation or country. A trailing ", it said" goes to
 * the organisation that spoke in the sentence before, if any. */
static uint32_t
resolve_org(struct actx *x, uint32_t s0, uint32_t k)
{
	uint32_t id;

	if (k > s0 && (gap(x, k - 1) & (GAP_COMMA | GAP_QUOTE)) && x->prev_org != PX_NONE &&
	    k + 1 < x->a->n_toks && !(tok(x, k + 1)->flags & TOK_FIRST) &&
	    words_cue(x->w, tok(x, k + 1)))
		return x->prev_org;
	id = first_org_in(x, s0, k);

	if (id != PX_NONE)
		return id;
	if (x->prev_org != PX_NONE)
		return x->prev_org;
	if (x->para_org != PX_NONE)
		return x->para_org;
	return k == s0 ? x->prev_first_org : PX_NONE;
}

/* Resolve the pronoun at token k of the sentence starting at s0; I and
 * we inside a quote are its speaker (at->self). */
static uint32_t
pronoun(struct actx *x, uint32_t s0, uint32_t k, struct attribution *at)
{
	if (is(x, k, "he") || is(x, k, "she"))
		return resolve_person(x, s0, k);
	if (is(x, k, "it"))
		return resolve_org(x, s0, k);
	if ((is(x, k, "i") || is(x, k, "we")) && x->tok_quote[k] != PX_NONE) {
		at->self = true;
		return x->r->quote_speaker[x->tok_quote[k]];
	}
	return PX_NONE;
}

/* The owner of a speech noun at token k found before it, within its
 * noun phrase: "the Kremlin's statement", "the official Russian
 * statement", "his campaign promise". */
static uint32_t
owner_before(struct actx *x, uint32_t s0, uint32_t k)
{
	uint32_t i = k, start, p;

	while (i > s0 && i + PHRASE_MAX > k) {
		const struct token *t = tok(x, i - 1);
		uint32_t c = cls(x, i - 1);

		if ((gap(x, i - 1) & GAP_BREAK) ||
		    (t->flags & TOK_QUOTED) != (tok(x, k)->flags & TOK_QUOTED))
			return PX_NONE;
		if (mention_ends(x, i - 1))
			return official(x, x->tok_actor[i - 1]);
		if (is(x, i - 1, "his") || is(x, i - 1, "her"))
			return resolve_person(x, s0, i - 1);
		if (is(x, i - 1, "its"))
			return resolve_org(x, s0, i - 1);
		if (t->flags & (TOK_CAP | TOK_UPPER)) {
			p = country_ending(x, s0, i, &start);
			if (p != PX_NONE && x->country_actor[p] != PX_NONE)
				return official(x, x->country_actor[p]);
			return PX_NONE;
		}
		if ((c & (VC_DETERMINER | VC_PREPOSITION)) || (t->flags & TOK_STOP) ||
		    words_cue(x->w, t))
			return PX_NONE;
		i--;
	}
	return PX_NONE;
}

/* Owner after a speech noun at k: "statements from the White House",
 * "the document released by X". *end gets the token after the owner. */
static uint32_t
owner_after(struct actx *x, uint32_t s1, uint32_t k, uint32_t *end)
{
	uint32_t i = k + 1;

	if (i < s1 && (is(x, i, "released") || is(x, i, "issued") || is(x, i, "published")))
		i++;
	if (i + 1 >= s1 || !(is(x, i, "from") || is(x, i, "by") || is(x, i, "of")))
		return PX_NONE;
	i++;
	if (is(x, i, "the") && i + 1 < s1)
		i++;
	if (!mention_starts(x, i))
		return PX_NONE;
	*end = x->tok_mlast[i] + 1;
	return official(x, x->tok_actor[i]);
}

static uint32_t
speech_owner(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k, uint32_t *end)
{
	uint32_t id = owner_before(x, s0, k);

	*end = k + 1;
	if (id == PX_NONE)
		id = owner_after(x, s1, k, end);
	/* "the statement": the last statement named before */
	if (id == PX_NONE && k > s0 && is(x, k - 1, "the")) {
		uint32_t i;

		for (i = x->n_owner; i > 0; i--)
			if (x->owner_stem[(i - 1) % 8] == tok(x, k)->stem)
				return x->owner_id[(i - 1) % 8];
	}
	return id;
}

/* Windows: the words before a cue that name its source */

/* Step back over adverbs, auxiliaries, negations and dates between a
 * subject and its verb: "X later said", "X on Tuesday announced", "X
 * did not specify". Returns the new end (exclusive). */
static uint32_t
skip_modifiers(struct actx *x, uint32_t s0, uint32_t e, bool *neg)
{
	bool dated = false;
	uint32_t e0 = e;

	while (e > s0 && e + PHRASE_MAX > e0) {
		const struct token *t = tok(x, e - 1);
		uint32_t c = cls(x, e - 1);

		if (gap(x, e - 1) & GAP_BREAK)
			break;
		if (!(t->flags & TOK_WORD) && !(t->flags & TOK_NUM))
			break;
		if (c & VC_NEGATION) {
			*neg = true;
		} else if (c & (VC_WEEKDAY | VC_MONTH)) {
			dated = true;
		} else if (t->flags & TOK_NUM) {
			dated = true;
		} else if (dated && (is(x, e - 1, "on") || is(x, e - 1, "in") || is(x, e - 1, "late") ||
		                     is(x, e - 1, "early"))) {
			dated = false;
		} else if (!(lower(t) && (c & (VC_ADVERB | VC_AUX | VC_TEMPORAL)))) {
			break;
		}
		e--;
	}
	return e;
}

/* A segment between commas or dashes that may stand between a subject
 * and its verb: a relative clause (", who had agreed ...,"), an
 * apposition (", a senior Russian official,"), an age or an adverb. */
static bool
skippable(struct actx *x, uint32_t from, uint32_t to)
{
	uint32_t k;

	if (from >= to)
		return false;
	if (is(x, from, "who") || is(x, from, "which") || is(x, from, "whose") ||
	    is(x, from, "where") || is(x, from, "whom"))
		return true;
	if (to - from == 1 && (cls(x, from) & VC_ADVERB))
		return true;
	/* a US lawmaker's party and state: ", R-Okla.,", "(D-Calif.)" */
	if (to - from == 2 && tok(x, from)->end - tok(x, from)->start == 1 &&
	    (gap(x, from) & GAP_HYPHEN) && !lower(tok(x, from)) && !lower(tok(x, from + 1)) &&
	    strchr("RDI", x->a->text[tok(x, from)->start]))
		return true;
	/* where or when it was said: ", in a post on Telegram,", ", on
	 * Monday," */
	if (lower(tok(x, from)) && (cls(x, from) & VC_PREPOSITION) && to - from <= 8) {
		for (k = from + 1; k < to; k++) {
			if (gap(x, k - 1) & GAP_BREAK)
				return false;
			if (cls(x, k) & (VC_SPEECH | VC_WEEKDAY | VC_TEMPORAL))
				return true;
		}
		return false;
	}
	/* an age: "Nina Vos, 45, told" */
	if (to - from == 1 && (tok(x, from)->flags & TOK_NUM) &&
	    tok(x, from)->end - tok(x, from)->start <= 3)
		return true;
	/* ", speaking on condition of anonymity," */
	if (lower(tok(x, from)) && ing_form(x, from) && !words_cue(x->w, tok(x, from)))
		return true;
	/* ", a senior official,", ", chairman of the Police Federation," */
	if (!(cls(x, from) & (VC_DETERMINER | VC_POSSESSIVE | VC_ROLE | VC_TITLE)) || to - from > 12)
		return false;
	/* a noun phrase: no verb, clause or other punctuation inside */
	for (k = from; k < to; k++) {
		const struct token *t = tok(x, k);

		if (k > from && (gap(x, k - 1) & GAP_BREAK))
			return false;
		if (lower(t) && ((cls(x, k) & (VC_CLAUSE | VC_AUX)) || words_cue(x->w, t) ||
		                 ing_form(x, k) || ends_with(x, k, "ed")))
			return false;
	}
	return true;
}

/* The first token after the punctuation that opens the segment ending
 * at token k (exclusive end e), or s0. */
static uint32_t
segment_start(struct actx *x, uint32_t s0, uint32_t e)
{
	uint32_t k = e - 1;

	while (k > s0 && !(gap(x, k - 1) & (GAP_COMMA | GAP_DASH | GAP_PAREN | GAP_COLON |
	                                    GAP_QUOTE))) {
		if (k + PHRASE_MAX < e)
			return s0; /* too long for a parenthetical */
		k--;
	}
	return k;
}

/* Two people named before token k in the sentence ("both leaders"). */
static bool
both_people(struct actx *x, uint32_t s0, uint32_t k, struct attribution *at)
{
	uint32_t i, found[2], n = 0;

	for (i = k; i > s0 && n < 2 && i + SENTENCE_MAX > k; i--) {
		uint32_t id;

		if ((tok(x, i - 1)->flags & TOK_QUOTED) || !mention_starts(x, i - 1))
			continue;
		id = x->tok_actor[i - 1];
		if (is_person(x, id) && (!n || found[0] != id))
			found[n++] = id;
	}
	if (n < 2)
		return false;
	set_speaker(at, found[1]);
	add_speaker(at, found[0]);
	return true;
}

/* The actor or country named inside a group's phrase: "White House
 * officials", "officials in Kyiv", "Russian officials". */
static uint32_t
group_actor(struct actx *x, uint32_t w0, uint32_t e)
{
	uint32_t k, len;

	for (k = w0; k < e; k++) {
		uint32_t p;

		if (x->tok_actor[k] != PX_NONE && !is_person(x, x->tok_actor[k]))
			return x->tok_actor[k];
		p = country_at(x, k, e, &len);
		if (p != PX_NONE && x->country_actor[p] != PX_NONE)
			return x->country_actor[p];
	}
	return PX_NONE;
}

/* A source that is a group: "officials", "people", "media", or a
 * state body in the plural ("authorities", "forces"). */
static bool
group_noun(struct actx *x, uint32_t k)
{
	uint32_t c = cls(x, k);

	return (lowerish(tok(x, k)) || (c & VC_COMMON_CAP)) &&
	       ((c & VC_SOURCE) || ((c & VC_GROUP) && ends_with(x, k, "s")));
}

static void
set_generic(struct actx *x, struct attribution *at, uint32_t w0, uint32_t e)
{
	while (w0 + 1 < e && is(x, w0, "with"))
		w0++;
	at->n_speakers = 0;
	at->generic = true;
	at->src_start = tok(x, w0)->start;
	at->src_end = tok(x, e - 1)->end;
}

#define INTRO_MAX 6 /* words of "a senior White House official" */

/* Was the role at token j introduced without a name shortly before ("A
 * senior White House official said ... The official added")? The first
 * token of that introduction, or PX_NONE; *end gets the token after it. */
static uint32_t
introduced(struct actx *x, uint32_t w0, uint32_t j, uint32_t *end)
{
	uint32_t k, i;

	if (!(cls(x, j) & VC_ROLE) || w0 >= j || !is(x, w0, "the"))
		return PX_NONE;
	for (k = w0; k > 0 && k + SENTENCE_MAX > w0; k--) {
		if (tok(x, k - 1)->word != tok(x, j)->word)
			continue;
		for (i = k - 1; i > 0 && i + INTRO_MAX > k; i--) {
			if (is(x, i - 1, "a") || is(x, i - 1, "an")) {
				*end = k;
				return i - 1;
			}
			if (gap(x, i - 1) & GAP_BREAK)
				break;
		}
	}
	return PX_NONE;
}

/* A noun for a kind of company: "the tech giant", "the retailer". */
static bool
company_noun(struct actx *x, uint32_t k)
{
	static const char *const kinds[] = {
		"airline", "automaker", "carmaker", "chipmaker", "conglomerate", "drugmaker",
		"giant", "insurer", "lender", "manufacturer", "retailer", "startup",
	};

	return lower(tok(x, k)) && is_one_of(x, k, kinds, PX_ARRAY_SIZE(kinds));
}

/* The latest organisation named before token k whose name bears the
 * word ("the ministry": the Defense Ministry); for "the company", "the
 * firm" or a kind of company ("the tech giant") the latest organisation
 * that is no seat of government or news outlet. */
static uint32_t
recent_org(struct actx *x, uint32_t k, uint32_t head)
{
	uint32_t i, last, stop = k > RECENT_MAX ? k - RECENT_MAX : 0;
	bool company = is(x, head, "company") || is(x, head, "firm") || company_noun(x, head);

	for (i = k; i > stop; i--) {
		uint32_t id = x->tok_actor[i - 1];
		const struct actor *ac = actor(x, id);

		if (!ac || ac->kind != ACTOR_ORG || !mention_starts(x, i - 1))
			continue;
		/* "Acme-owned stores": half of an adjective */
		last = x->tok_mlast[i - 1];
		if (gap(x, last) == GAP_HYPHEN && last + 1 < k && lower(tok(x, last + 1)))
			continue;
		if (bears(x, id, tok(x, head)->word) ||
		    (company && !(ac->flags & (ACTOR_SEAT | ACTOR_MEDIA))))
			return id;
	}
	return PX_NONE;
}

/* Is [w0, e) "the" and capitalised titles: "the President", "the
 * Prime Minister", "the King and Queen"? */
static bool
title_phrase(struct actx *x, uint32_t w0, uint32_t e)
{
	uint32_t k;

	if (e - w0 < 2 || !is(x, w0, "the"))
		return false;
	for (k = w0 + 1; k < e; k++)
		if (!(is(x, k, "and") && k + 1 < e && k > w0 + 1) &&
		    (!(tok(x, k)->flags & TOK_CAP) || !(cls(x, k) & (VC_TITLE | VC_ROLE))))
			return false;
	return true;
}

/* An unnamed source: "a senior U.S. official" (the country), "a White
 * House official" (the organisation), "Orban's spokesman" (the one he
 * speaks for), "the ministry" (the ministry named before), else a
 * generic source ("an analyst", "the official"). */
static bool
unnamed(struct actx *x, uint32_t s0, uint32_t w0, uint32_t e, struct attribution *at)
{
	uint32_t j = e - 1, k, id;
	/* "Orban's spokesman", "Aalto's office" speak for the person */
	bool spokes = words_spokes(x->w, tok(x, j)) || is(x, j, "office");

	(void)s0;
	if (!(lowerish(tok(x, j)) || title_phrase(x, w0, e)) ||
	    !((cls(x, j) & (VC_ROLE | VC_INSTITUTION)) || company_noun(x, j)))
		return false;
	if (!(cls(x, w0) & (VC_DETERMINER | VC_POSSESSIVE)) && !mention_starts(x, w0))
		return false;
	for (k = w0; k < j; k++) {
		id = x->tok_actor[k];
		if (id == PX_NONE || !mention_starts(x, k))
			continue;
		if (!is_person(x, id) || (spokes && (tok(x, x->tok_mlast[k])->flags & TOK_POSS))) {
			set_speaker(at, id);
			return true;
		}
	}
	if ((id = group_actor(x, w0, e)) != PX_NONE) {
		set_speaker(at, id);
		return true;
	}
	if (((cls(x, j) & VC_INSTITUTION) || company_noun(x, j)) && is(x, w0, "the") &&
	    (id = recent_org(x, w0, j)) != PX_NONE) {
		set_speaker(at, id);
		return true;
	}
	set_generic(x, at, w0, e);
	return true;
}

/* Can the word at j head an unnamed source: a lower-case word that is
 * no cue and no function word? */
static bool
source_head(struct actx *x, uint32_t j)
{
	return lowerish(tok(x, j)) && !words_cue(x->w, tok(x, j)) &&
	       !(cls(x, j) & (VC_PRONOUN | VC_DETERMINER | VC_CLAUSE | VC_AUX | VC_ADVERB |
	                      VC_TEMPORAL | VC_PREPOSITION | VC_FUNCTION | VC_NEGATION |
	                      VC_POSSESSIVE));
}

/* Is [w0, e) a short phrase headed by a plural common noun, the
 * subject of the verb at->cue_tok after it ("Seismologists reported",
 * "Chinese doctors said")? A group the word lists do not know: a plural,
 * not a word in -s ("the chaos"); the subject of a verb, not of a
 * participle ("with residents recounting"); outside quotes, where the
 * words are the speaker's ("“These times call for …”"). */
static bool
plural_subject(struct actx *x, const struct attribution *at, uint32_t w0, uint32_t e)
{
	uint32_t j = e - 1, n, pos;
	const char *s = words_str(x->w, tok(x, j), &n);

	if (e - w0 > 4 || n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == 'u' ||
	    s[n - 2] == '\'' || ing_form(x, at->cue_tok) || (tok(x, j)->flags & TOK_QUOTED))
		return false;
	pos = vocab_common(s, n);
	return !(pos && !(pos & VP_FORM)) && source_head(x, j);
}

/* Is the cue of at a plain verb of saying, one that says nothing else
 * ("a storm claimed lives", "they conceded the goal" do)? */
static bool
plain_saying(const struct attribution *at)
{
	static const char *const plain[] = {"say", "tell", "add", "state", "announce", "report",
	                                    "write"};

	return one_of(at->lemma, plain, PX_ARRAY_SIZE(plain));
}

/* Is [w0, e) "the" (or "their", "its") and a short phrase headed by a
 * singular common noun, the subject of a plain verb of saying after it
 * ("the union said", "their union said",
 * "The rail operator told reporters")? An unnamed source the word lists
 * do not know. Verbs that also take things ("a storm claimed lives", "a
 * warning", "maintaining stability") do not count. */
static bool
singular_subject(struct actx *x, const struct attribution *at, uint32_t w0, uint32_t e)
{
	uint32_t j = e - 1, n;
	const char *s = words_str(x->w, tok(x, j), &n);

	if (!plain_saying(at) || ing_form(x, at->cue_tok) ||
	    e - w0 < 2 || e - w0 > 4 || (tok(x, j)->flags & TOK_QUOTED) ||
	    !(is(x, w0, "the") || is(x, w0, "their") || is(x, w0, "its")))
		return false;
	return (vocab_common(s, n) & (VP_NOUN | VP_FORM)) == VP_NOUN && source_head(x, j);
}

/* "They said in a statement": the sources of the attribution just
 * before, when several ("Her sons A and B said ... They said") or one
 * body; else an unnamed source, after a plain verb of saying. */
static bool
they(struct actx *x, uint32_t k, struct attribution *at)
{
	uint32_t i = x->r->n;

	while (i > 0 && x->r->items[i - 1].article == x->art &&
	       x->r->items[i - 1].sentence == at->sentence)
		i--;
	if (i > 0 && x->r->items[i - 1].article == x->art &&
	    x->r->items[i - 1].sentence + 2 >= at->sentence) {
		const struct attribution *p = &x->r->items[i - 1];

		if (p->n_speakers >= 2 || (p->n_speakers == 1 && !is_person(x, p->speakers[0]))) {
			uint32_t n;

			for (n = 0; n < p->n_speakers; n++)
				add_speaker(at, p->speakers[n]);
			return true;
		}
	}
	/* "after they conceded the goal": only verbs that say nothing else */
	if (!plain_saying(at))
		return false;
	set_generic(x, at, k, k + 1);
	return true;
}

/* Read the source phrase [w0, e) before a cue. */
static bool
read_window(struct actx *x, uint32_t s0, uint32_t s1, uint32_t w0, uint32_t e,
            struct attribution *at)
{
	uint32_t j = e - 1, k, id, end;

	at->first_tok = w0;
	if (mention_ends(x, j)) {
		uint32_t m0 = x->tok_mfirst[j];

		set_speaker(at, x->tok_actor[j]);
		/* "Both Trump and Zelenskyy said": coordinated subjects */
		while (m0 >= w0 + 2 && (is(x, m0 - 1, "and") || (gap(x, m0 - 2) & GAP_COMMA)) &&
		       mention_ends(x, m0 - 2) && x->tok_mfirst[m0 - 2] >= w0) {
			add_speaker(at, x->tok_actor[m0 - 2]);
			m0 = x->tok_mfirst[m0 - 2];
		}
		if (at->n_speakers > 1) {
			uint32_t a = 0, b = at->n_speakers - 1;

			while (a < b) {
				uint32_t t = at->speakers[a];

				at->speakers[a++] = at->speakers[b];
				at->speakers[b--] = t;
			}
		}
		return true;
	}
	if (e - w0 == 1 && is(x, j, "they") && !(tok(x, j)->flags & TOK_QUOTED))
		return they(x, j, at);
	if (e - w0 == 1 && (cls(x, j) & VC_PRONOUN)) {
		id = pronoun(x, s0, j, at);
		set_speaker(at, id);
		return id != PX_NONE || at->self;
	}
	if ((cls(x, j) & VC_PEOPLE) && lower(tok(x, j)))
		for (k = w0; k < j; k++)
			if (is(x, k, "both") || is(x, k, "two"))
				return both_people(x, s0, k, at);
	/* "The official" after "A senior White House official": the body
	 * named then, else unnamed */
	if ((k = introduced(x, w0, j, &end)) != PX_NONE) {
		if ((id = group_actor(x, k, end)) != PX_NONE) {
			set_speaker(at, id);
			return true;
		}
	} else if ((id = description(x, w0, j)) != PX_NONE) {
		set_speaker(at, id);
		return true;
	}
	if (unnamed(x, s0, w0, e, at))
		return true;
	if ((cls(x, j) & VC_SPEECH) && lower(tok(x, j)) &&
	    (id = speech_owner(x, s0, s1, j, &end)) != PX_NONE) {
		set_speaker(at, id);
		return true;
	}
	for (k = w0; k < e; k++) {
		/* inside a quote, nouns are the speaker's words */
		if (tok(x, k)->flags & TOK_QUOTED)
			continue;
		/* "with officials (in the provinces) saying": a participle's
		 * subject stands right before it or before a prepositional
		 * phrase ("scientists received a signal confirming" has none) */
		if (k != j && ing_form(x, at->cue_tok) && !(cls(x, k + 1) & VC_PREPOSITION))
			continue;
		if (group_noun(x, k) ||
		    (k == j && (plural_subject(x, at, w0, e) || singular_subject(x, at, w0, e)))) {
			id = group_actor(x, w0, e);
			if (id != PX_NONE)
				set_speaker(at, id);
			else
				set_generic(x, at, w0, e);
			return true;
		}
	}
	return false;
}

/* Does the mention starting at m0 open its clause ("The European
 * Commission, ...", ", Sergei Markov,"), rather than end a list ("both
 * Russia and Ukraine,")? */
static bool
standalone(struct actx *x, uint32_t s0, uint32_t m0)
{
	/* ", retired teacher Tomasz Kral,": a lower-case role before it */
	if (m0 > s0 && lower(tok(x, m0 - 1)) && (cls(x, m0 - 1) & VC_ROLE) &&
	    !(gap(x, m0 - 1) & GAP_BREAK)) {
		uint32_t k = m0 - 1;

		while (k > s0 && k + 3 > m0 && !(gap(x, k - 1) & GAP_BREAK) && lower(tok(x, k - 1)) &&
		       !(cls(x, k - 1) & (VC_CLAUSE | VC_AUX | VC_PREPOSITION)) &&
		       !words_cue(x->w, tok(x, k - 1)))
			k--;
		m0 = k;
	}
	if (m0 > s0 && is(x, m0 - 1, "the") && !(gap(x, m0 - 1) & GAP_BREAK))
		m0--;
	return m0 == s0 || (gap(x, m0 - 1) & GAP_BREAK);
}

/* "Later the minister said", "On Monday the ministry said": an
 * adverb or a phrase of time opening the window before "the" or "a";
 * the first token of the subject. */
static uint32_t
past_adverbial(struct actx *x, uint32_t w0, uint32_t e)
{
	uint32_t k = w0;

	if (e - w0 < 3 || !lowerish(tok(x, w0)))
		return w0;
	if (cls(x, w0) & (VC_ADVERB | VC_TEMPORAL)) {
		k = w0 + 1;
	} else if (cls(x, w0) & VC_PREPOSITION) {
		for (k = w0 + 1; k < e && k < w0 + 4; k++)
			if (cls(x, k) & (VC_WEEKDAY | VC_TEMPORAL | VC_MONTH))
				break;
		if (k == e || k == w0 + 4)
			return w0;
		k++;
	}
	if (k == w0 || k + 1 >= e || (gap(x, k - 1) & GAP_BREAK) ||
	    !(is(x, k, "the") || is(x, k, "a") || is(x, k, "an")))
		return w0;
	return k;
}

enum subject { SUBJ_NONE, SUBJ_FOUND, SUBJ_EMPTY };

/* The source before the cue at token k: SUBJ_FOUND, SUBJ_EMPTY when a
 * boundary stands right before the verb (", stating"; "and told";
 * "“...,” said"; *boundary gets the token before it), SUBJ_NONE when
 * words stand there that name nobody. */
static enum subject
subject_before(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k, struct attribution *at,
               uint32_t *boundary)
{
	uint32_t e = k, w0, guard, q = x->tok_quote[k];

	*boundary = PX_NONE;
	for (guard = 0; guard < GUARD; guard++) {
		uint32_t g, open;

		e = skip_modifiers(x, s0, e, &at->negated);
		if (e <= s0 || x->tok_quote[e - 1] != q)
			return e == k || e <= s0 ? SUBJ_EMPTY : SUBJ_NONE;
		/* "... and told him": a verb coordinated with the one before */
		if (e == k && lower(tok(x, e - 1)) &&
		    (is(x, e - 1, "and") || is(x, e - 1, "or") || is(x, e - 1, "but"))) {
			*boundary = e - 1;
			return SUBJ_EMPTY;
		}
		g = gap(x, e - 1);
		if (!(g & GAP_BREAK))
			break;
		/* "advisor, Sergei Markov, remarked": a name standing alone
		 * between commas, never before a participle */
		if ((g & (GAP_COMMA | GAP_DASH | GAP_PAREN)) && mention_ends(x, e - 1) &&
		    !ing_form(x, k) && standalone(x, s0, x->tok_mfirst[e - 1])) {
			set_speaker(at, x->tok_actor[e - 1]);
			at->first_tok = x->tok_mfirst[e - 1];
			return SUBJ_FOUND;
		}
		/* ", who had agreed ...," or ", a senior official," */
		open = segment_start(x, s0, e);
		if (!(g & (GAP_COLON | GAP_QUOTE)) && open > s0 && skippable(x, open, e) &&
		    (gap(x, open - 1) & (GAP_COMMA | GAP_DASH | GAP_PAREN))) {
			e = open;
			/* another apposition before it, or the subject itself */
			if (segment_start(x, s0, e) > s0 && !mention_ends(x, e - 1) &&
			    skippable(x, segment_start(x, s0, e), e))
				continue;
			if (mention_ends(x, e - 1)) {
				set_speaker(at, x->tok_actor[e - 1]);
				at->first_tok = x->tok_mfirst[e - 1];
				return SUBJ_FOUND;
			}
			/* "“...,” which the board rejected, said X": the
			 * clause describes the quotation before it */
			if (x->tok_quote[e - 1] != q) {
				*boundary = e - 1;
				return SUBJ_EMPTY;
			}
			break;
		}
		if (e == k) {
			*boundary = e - 1;
			return SUBJ_EMPTY;
		}
		return SUBJ_NONE;
	}
	if (guard == GUARD)
		return SUBJ_NONE;
	w0 = e - 1;
	while (w0 > s0 && w0 + PHRASE_MAX > e) {
		const struct token *t = tok(x, w0 - 1);
		uint32_t c = cls(x, w0 - 1);

		/* the comma of a company's seat goes on: "the Dunmore,
		 * Kent-based company said" */
		if (((gap(x, w0 - 1) & GAP_BREAK) && (lower(t) ||
		     !words_seat_after(x->w, x->a, w0 - 1, e - 1))) ||
		    x->tok_quote[w0 - 1] != q)
			break;
		/* a clause opens at a conjunction, also one opening the
		 * sentence: "While officials said ...," */
		if ((c & VC_CLAUSE) && (lower(t) || w0 - 1 == s0)) {
			/* "Trump and Zelenskyy": keep coordinated names */
			if (is(x, w0 - 1, "and") && w0 >= s0 + 2 &&
			    (tok(x, w0 - 2)->flags & (TOK_CAP | TOK_UPPER)) &&
			    (tok(x, w0)->flags & (TOK_CAP | TOK_UPPER))) {
				w0--;
				continue;
			}
			break;
		}
		/* an auxiliary: a clause of its own ("the enterprise was
		 * responsible for the victims specified in ...") */
		if (lower(t) && (c & VC_AUX))
			break;
		/* another verb; "state media" is a noun */
		if (lower(t) && words_cue(x->w, t) && !(c & VC_SPEECH) &&
		    !(words_cue(x->w, t)->flags & CUE_NOUN_TOO))
			break;
		w0--;
	}
	w0 = past_adverbial(x, w0, e);
	return read_window(x, s0, s1, w0, e, at) ? SUBJ_FOUND : SUBJ_NONE;
}

/* The source named after a cue or "according to", from token f: "the
 * Kremlin", "a summary from the Kremlin", "their governments". */
static bool
source_after(struct actx *x, uint32_t s0, uint32_t s1, uint32_t f, struct attribution *at)
{
	uint32_t i = f, j, id, end = PX_NONE;

	/* the source phrase runs to the next punctuation */
	for (j = f; j + 1 < s1 && j < f + PHRASE_MAX && !(gap(x, j) & GAP_BREAK); j++)
		;
	at->last_tok = j;

	if (i < s1 && (is(x, i, "the") || is(x, i, "a") || is(x, i, "an")))
		i++;
	if (i >= s1)
		return false;
	for (j = i; j < s1 && j < i + 5; j++) {
		if (j > i && (gap(x, j - 1) & GAP_BREAK))
			break;
		if ((cls(x, j) & VC_SPEECH) && lower(tok(x, j)) &&
		    (id = speech_owner(x, s0, s1, j, &end)) != PX_NONE) {
			set_speaker(at, id);
			return true;
		}
	}
	if (mention_starts(x, i)) {
		set_speaker(at, x->tok_actor[i]);
		at->media = (actor(x, x->tok_actor[i])->flags & ACTOR_MEDIA) != 0;
		return true;
	}
	if (cls(x, i) & VC_PRONOUN) {
		id = pronoun(x, s0, i, at);
		set_speaker(at, id);
		return id != PX_NONE;
	}
	for (j = i; j < s1 && j < i + 5; j++) {
		if (j > i && (gap(x, j - 1) & GAP_BREAK))
			break;
		if ((cls(x, j) & VC_ROLE) && (id = description(x, f, j)) != PX_NONE) {
			set_speaker(at, id);
			return true;
		}
		if (group_noun(x, j)) {
			id = group_actor(x, f, j + 1);
			if (id != PX_NONE)
				set_speaker(at, id);
			else
				set_generic(x, at, f, j + 1);
			return true;
		}
	}
	/* "according to a statement from the regional governor's office":
	 * an unnamed body or a statement of one, with an article */
	if (i > f) {
		end = PX_NONE;
		for (j = i; j < s1 && j < i + 8; j++) {
			if (j > i && (gap(x, j - 1) & GAP_BREAK))
				break;
			if ((cls(x, j) & (VC_INSTITUTION | VC_SPEECH)) && lower(tok(x, j)))
				end = j + 1;
			else if (!(tok(x, j)->flags & TOK_WORD))
				break;
		}
		if (end != PX_NONE) {
			for (j = end; j < s1 && j < i + 8 && !(gap(x, j - 1) & GAP_BREAK); j++)
				end = j + 1;
			set_generic(x, at, f, end);
			return true;
		}
	}
	return false;
}

/* Does a noun phrase ending before token end close the clause ("said
 * Smith.", "said Smith, the ...", "read the Kremlin statement, ...",
 * "said Smith on Monday")? */
static bool
closes_at(struct actx *x, uint32_t s1, uint32_t end)
{
	while (end < s1 && lower(tok(x, end)) && (cls(x, end) & VC_SPEECH) &&
	       !(gap(x, end - 1) & GAP_BREAK))
		end++;
	if (end >= s1 || (gap(x, end - 1) & GAP_BREAK))
		return true;
	return (cls(x, end) & (VC_PREPOSITION | VC_TEMPORAL | VC_WEEKDAY)) != 0;
}

/* Does the noun phrase starting at f end the clause? Not "said it was". */
static bool
np_closes(struct actx *x, uint32_t s1, uint32_t f)
{
	uint32_t i = f;

	if (i < s1 && (is(x, i, "the") || is(x, i, "a") || is(x, i, "an")))
		i++;
	if (i >= s1)
		return false;
	return closes_at(x, s1, mention_starts(x, i) ? x->tok_mlast[i] + 1 : i + 1);
}

/* Can the word at k describe a person named after it: the organisation
 * and role words of "Acme Bank chief economist", "local officer"? No
 * verb, pronoun, clause word or preposition but "of". */
static bool
descriptor(struct actx *x, uint32_t k)
{
	const struct token *t = tok(x, k);

	if (!(t->flags & TOK_WORD) || (t->flags & TOK_QUOTED))
		return false;
	if ((t->flags & (TOK_CAP | TOK_UPPER)) || is(x, k, "of"))
		return true;
	return !(t->flags & TOK_STOP) && !words_cue(x->w, t) && !ing_form(x, k) &&
	       !ends_with(x, k, "ed") &&
	       !(cls(x, k) & (VC_CLAUSE | VC_AUX | VC_PRONOUN | VC_NEGATION | VC_PREPOSITION |
	                      VC_DETERMINER | VC_ADVERB | VC_TEMPORAL));
}

#define DESCRIPTION_MAX 12 /* words of "[org] [role words] Name" */

/* "of" or "the" inside the description after an inverted verb at f,
 * before a capitalised word or "the": "Chair of the Federal Reserve". */
static bool
title_connector(struct actx *x, uint32_t s1, uint32_t f, uint32_t k)
{
	if (k == f || k + 1 >= s1 || !(is(x, k, "of") || is(x, k, "the")))
		return false;
	return !lower(tok(x, k + 1)) || is(x, k + 1, "the");
}

/* The first token of the person named at the end of the description
 * that follows an inverted verb at token f ("said Acme Bank chief
 * economist Jan Smith, adding"): the person, not the organisation
 * before them. PX_NONE when no person closes the phrase. */
static uint32_t
described_person(struct actx *x, uint32_t s1, uint32_t f)
{
	uint32_t k = f;

	if (k < s1 && (is(x, k, "the") || is(x, k, "a") || is(x, k, "an")))
		k++;
	for (; k < s1 && k < f + DESCRIPTION_MAX; k++) {
		bool apposition = false;

		/* "said Chair of the Federal Reserve, Jan Smith." */
		if (k > f && (gap(x, k - 1) & GAP_BREAK)) {
			if (!(gap(x, k - 1) & GAP_COMMA) || (gap(x, k - 1) & ~(GAP_COMMA | GAP_SPACE)))
				break;
			apposition = true;
		}
		if (mention_starts(x, k) && is_person(x, x->tok_actor[k]) &&
		    closes_at(x, s1, x->tok_mlast[k] + 1))
			return k;
		if (apposition)
			break;
		/* "of" and "the" inside a title's phrase: "Chair of the Fed" */
		if (!descriptor(x, k) && !title_connector(x, s1, f, k))
			break;
	}
	return PX_NONE;
}

/* Verbs that report only with a content clause: with a plain object
 * they name an act ("declared a state of emergency", "posted bail",
 * "concluding a year of talks");
 * "post" also reports on or to a platform ("posted on X"). */
static bool
needs_content(const struct cue *cue)
{
	static const char *const acts[] = {"conclude", "declare", "post"};

	return one_of(cue->lemma, acts, PX_ARRAY_SIZE(acts));
}

/* Is the word at token p the particle of a phrasal verb that says
 * nothing: "protesters blasted out music", "chances to add to their
 * lead", "the numbers added up", "the board has responded to this"?
 * Any verb with "out" or "off" but "call", which still reports ("called
 * out the delays"). */
static bool
phrasal(struct actx *x, uint32_t p, const struct cue *cue)
{
	static const struct {
		const char *lemma, *particle; /* lemma NULL: every verb but "call" */
	} verbs[] = {
		{NULL, "out"}, {NULL, "off"}, {"add", "to"}, {"add", "up"},
		{"respond", "to"}, {"reply", "to"},
	};
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(verbs); i++)
		if (is(x, p, verbs[i].particle) &&
		    (verbs[i].lemma ? strcmp(cue->lemma, verbs[i].lemma) == 0 :
		                      strcmp(cue->lemma, "call") != 0))
			return true;
	return false;
}

/* Does reported content go with the verb at token k: "that", a colon or
 * a quote after it, or the verb trailing or inverted ("..., X
 * declared.", "“...,” declared X")? */
static bool
has_content(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k)
{
	if (k + 1 >= s1 || (gap(x, k) & GAP_BREAK) || is(x, k + 1, "that") ||
	    (tok(x, k + 1)->flags & TOK_QUOTED))
		return true;
	return k > s0 && (gap(x, k - 1) & GAP_QUOTE);
}

/* Does a count follow "add" at token k: "the deal adds 600 stores",
 * "will add almost $100", "added a second goal"? */
static bool
adds_count(struct actx *x, uint32_t k, uint32_t s1)
{
	static const char *const one[] = {"a", "an", "another", "more"};
	static const char *const about[] = {"about", "almost", "nearly", "around", "roughly",
	                                    "some", "over", "up", "to", "than", "at", "least",
	                                    "just", "under"};
	uint32_t j;

	if (is_one_of(x, k, one, PX_ARRAY_SIZE(one)))
		return true;
	for (j = k; j < s1 && j < k + 3; j++) {
		if (tok(x, j)->flags & TOK_NUM)
			return true;
		if (!is_one_of(x, j, about, PX_ARRAY_SIZE(about)) || (gap(x, j) & GAP_BREAK))
			return false;
	}
	return j < s1 && (tok(x, j)->flags & TOK_NUM);
}

static const struct cue *cue_at(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k);

/* Is the -ing form at token k part of the subject of a reporting verb
 * that follows in the same clause: "reports quoting officials said",
 * "a statement citing sources said"? */
static bool
subject_participle(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k)
{
	uint32_t j;

	for (j = k + 1; j < s1 && j <= k + PARTICIPLE_SPAN; j++) {
		if (gap(x, j - 1) & GAP_BREAK)
			return false;
		if (!ing_form(x, j) && lower(tok(x, j)) && words_cue(x->w, tok(x, j)))
			return cue_at(x, s0, s1, j) != NULL;
	}
	return false;
}

/* Does "add" at token k put something somewhere: "adding certainty to
 * the economy", "added a clause to the deal"? A content clause opens
 * with a pronoun, "that" or a verb ("added he had spoken to her"). */
static bool
adds_to(struct actx *x, uint32_t k, uint32_t s1)
{
	uint32_t j;

	for (j = k + 1; j < s1 && j <= k + ADD_OBJECT_MAX; j++) {
		if ((gap(x, j - 1) & GAP_BREAK) || !lower(tok(x, j)) ||
		    (cls(x, j) & (VC_PRONOUN | VC_AUX | VC_CLAUSE)) || words_cue(x->w, tok(x, j)))
			return false;
		if (is(x, j, "to"))
			return j > k + 1;
	}
	return false;
}

/* Is the word at token k a noun after its modifiers: "previous
 * protests", "Friday's anti-government protest"? Modifiers are words
 * that can only be adjectives and compounds opening with a prefix. */
static bool
modified_noun(struct actx *x, uint32_t s0, uint32_t k)
{
	static const char *const prefixes[] = {"anti", "counter", "cross", "inter", "mid",
	                                       "multi", "non", "post", "pre", "pro"};
	uint32_t j = k, n;
	const struct token *p;
	const char *w;

	while (j > s0 && !(gap(x, j - 1) & GAP_BREAK) && lower(tok(x, j - 1))) {
		if (j - 1 > s0 && gap(x, j - 2) == GAP_HYPHEN &&
		    is_one_of(x, j - 2, prefixes, PX_ARRAY_SIZE(prefixes))) {
			j -= 2;
			continue;
		}
		w = words_str(x->w, tok(x, j - 1), &n);
		if ((vocab_common(w, n) & (VP_NOUN | VP_VERB | VP_ADJ | VP_ADV)) != VP_ADJ)
			break;
		j--;
	}
	if (j == k || j == s0 || (gap(x, j - 1) & GAP_BREAK))
		return false;
	p = tok(x, j - 1);
	return (cls(x, j - 1) & (VC_DETERMINER | VC_POSSESSIVE)) || (p->flags & TOK_POSS) ||
	       (lower(p) && (cls(x, j - 1) & VC_PREPOSITION) && !is(x, j - 1, "to"));
}

/* A reporting verb used as one at token k, or NULL. */
static const struct cue *
cue_at(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k)
{
	const struct token *t = tok(x, k);
	const struct cue *cue;
	uint32_t i;

	if (!lower(t) || !(cue = words_cue(x->w, t)))
		return NULL;
	if ((cue->flags & CUE_PAST) && !ends_with(x, k, "ed"))
		return NULL;
	if ((cue->flags & CUE_NEEDS_THAT) && !(k + 1 < s1 && is(x, k + 1, "that")))
		return NULL;
	/* "referred to the halt" speaks of it; "refer you to a web page"
	 * sends someone */
	if ((cue->flags & CUE_NEEDS_TO) && !(k + 1 < s1 && is(x, k + 1, "to")))
		return NULL;
	if (needs_content(cue) && !has_content(x, s0, s1, k) &&
	    !(strcmp(cue->lemma, "post") == 0 && k + 1 < s1 &&
	      (is(x, k + 1, "on") || is(x, k + 1, "to"))))
		return NULL;
	if (k + 1 < s1 && !(gap(x, k) & GAP_BREAK) && phrasal(x, k + 1, cue))
		return NULL;
	if (strcmp(cue->lemma, "add") == 0 && k + 1 < s1 && !(gap(x, k) & GAP_BREAK) &&
	    (adds_count(x, k + 1, s1) || adds_to(x, k, s1)))
		return NULL;
	if (cue->flags & CUE_NEEDS_QUOTE) {
		bool ok = k + 1 < s1 && (is(x, k + 1, "for") || is(x, k + 1, "on"));

		for (i = k + 1; i < s1 && i < k + PHRASE_MAX && !ok; i++)
			ok = (tok(x, i)->flags & TOK_QUOTED) && x->tok_quote[i] != x->tok_quote[k];
		if (!ok)
			return NULL;
	}
	/* a noun: "the report", "his claims", "Kremlin's demands", "U.S.
	 * demands for a broader agreement"; not across a quote mark:
	 * "“... doing this,” said X" */
	if ((cue->flags & CUE_NOUN_TOO) && ends_with(x, k, "s") && k + 1 < s1 &&
	    lower(tok(x, k + 1)) && (cls(x, k + 1) & VC_PREPOSITION))
		return NULL;
	if ((cue->flags & CUE_NOUN_TOO) && modified_noun(x, s0, k))
		return NULL;
	/* "media reports quoting officials said": a noun before a participle,
	 * and a participle inside the subject of a later verb */
	if ((cue->flags & CUE_NOUN_TOO) && ends_with(x, k, "s") && k + 1 < s1 &&
	    !(gap(x, k) & GAP_BREAK) && ing_form(x, k + 1) && words_cue(x->w, tok(x, k + 1)))
		return NULL;
	if (ing_form(x, k) && subject_participle(x, s0, s1, k))
		return NULL;
	/* the second half of a compound: "Acme-branded", "self-described" */
	if (k > s0 && gap(x, k - 1) == GAP_HYPHEN)
		return NULL;
	if (k > s0 && !(gap(x, k - 1) & GAP_BREAK)) {
		const struct token *p = tok(x, k - 1);
		uint32_t c = cls(x, k - 1);

		if ((c & (VC_DETERMINER | VC_POSSESSIVE)) || (p->flags & (TOK_POSS | TOK_NUM)) ||
		    (lower(p) && (c & VC_PREPOSITION) && !is(x, k - 1, "to")))
			return NULL;
	}
	return cue;
}

static void
set_cue(struct actx *x, struct attribution *at, uint32_t k0, uint32_t k1, const char *lemma)
{
	at->cue_tok = k0;
	at->cue_start = tok(x, k0)->start;
	at->cue_end = tok(x, k1)->end;
	at->lemma = lemma;
	at->quote = x->tok_quote[k0];
	if (at->first_tok == PX_NONE || at->first_tok > k0)
		at->first_tok = k0;
	if (at->last_tok == PX_NONE || at->last_tok < k1)
		at->last_tok = k1;
}

/* The first source of the sentence before token k, after introductory
 * phrases ("However,", "In a post on social media,"). */
static bool
main_subject(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k, struct attribution *at)
{
	uint32_t i = s0, j, id, end;

	if (k > s0 + SENTENCE_MAX)
		return false;
	for (;;) {
		uint32_t e = i;

		while (e < k && !(gap(x, e) & GAP_COMMA))
			e++;
		if (e >= k || !lowerish(tok(x, i)) ||
		    !((cls(x, i) & (VC_PREPOSITION | VC_ADVERB | VC_FUNCTION | VC_CLAUSE)) ||
		      (tok(x, i)->flags & TOK_STOP)))
			break;
		i = e + 1;
	}
	for (j = i; j < k; j++) {
		if (tok(x, j)->flags & TOK_QUOTED)
			continue;
		if (mention_starts(x, j)) {
			set_speaker(at, x->tok_actor[j]);
			return true;
		}
		if ((cls(x, j) & VC_PRONOUN) && lowerish(tok(x, j))) {
			id = pronoun(x, s0, j, at);
			set_speaker(at, id);
			return id != PX_NONE;
		}
		if ((cls(x, j) & VC_ROLE) && (id = description(x, i, j)) != PX_NONE) {
			set_speaker(at, id);
			return true;
		}
		if ((cls(x, j) & VC_SPEECH) && lowerish(tok(x, j)) &&
		    (id = speech_owner(x, s0, s1, j, &end)) != PX_NONE) {
			set_speaker(at, id);
			return true;
		}
		if (group_noun(x, j)) {
			id = group_actor(x, i, j + 1);
			if (id != PX_NONE)
				set_speaker(at, id);
			else
				set_generic(x, at, i, j + 1);
			return true;
		}
		if (gap(x, j) & GAP_BREAK)
			break;
	}
	return false;
}

/* The latest attribution of the current sentence with a source, in the
 * same quote as token k. */
static const struct attribution *
previous_in_sentence(const struct actx *x, uint32_t si, uint32_t k)
{
	uint32_t i;

	for (i = x->r->n; i > x->att_first[si]; i--) {
		const struct attribution *at = &x->r->items[i - 1];

		if (at->quote == x->tok_quote[k] && has_source(at))
			return at;
	}
	return NULL;
}

/* Does the cue take a listener as its object ("told reporters")? */
static bool
to_someone(const struct attribution *at)
{
	static const char *const verbs[] = {"assure", "inform", "reassure", "tell", "warn"};

	return one_of(at->lemma, verbs, PX_ARRAY_SIZE(verbs));
}

/* Is the phrase [k, end) the listener of the cue ("told local radio",
 * "told reporters after the meeting"), ending its clause? Not "told
 * Smith there are no plans". */
static bool
listener(struct actx *x, const struct attribution *at, uint32_t k, uint32_t end, uint32_t s1)
{
	uint32_t i;

	if (!to_someone(at) || (end < s1 && (gap(x, end - 1) & (GAP_COLON | GAP_QUOTE))))
		return false;
	for (i = k; i < end; i++) {
		const struct token *t = tok(x, i);

		uint32_t c = cls(x, i);

		if (c & VC_PREPOSITION)
			c &= ~(uint32_t)VC_CLAUSE; /* "after the meeting" */
		if ((t->flags & TOK_QUOTED) || (lower(t) && (words_cue(x->w, t) ||
		    (c & (VC_CLAUSE | VC_AUX | VC_PRONOUN | VC_NEGATION)))))
			return false;
	}
	return true;
}

/* "While officials said risks were balanced, they ...": a verb in a
 * clause that a conjunction opens at the start of the sentence reports
 * that clause, up to its comma; "As the company said on Monday, sales
 * fell" reports the main clause after it. c is where the content
 * starts after the verb. */
static void
subordinate_content(struct actx *x, uint32_t s0, uint32_t s1, uint32_t c,
                    struct attribution *at)
{
	uint32_t i;

	if (lower(tok(x, s0)) || !(cls(x, s0) & VC_CLAUSE) || at->cue_tok <= s0 ||
	    is(x, s0, "and") || is(x, s0, "but") || is(x, s0, "so") || is(x, s0, "yet"))
		return;
	for (i = s0; i < at->cue_tok; i++)
		if (gap(x, i) & GAP_BREAK)
			return;
	for (i = c; i + 1 < s1 && !(gap(x, i) & GAP_COMMA); i++)
		;
	if (i + 1 >= s1)
		return;
	if (is(x, s0, "as")) {
		at->content_start = tok(x, i + 1)->start;
	} else {
		at->content_end = tok(x, i)->end;
	}
}

/* Where the reported content lies: after the cue ("said that ..."), or
 * before the source when the attribution trails the sentence ("..., X
 * said", "..., X wrote on her channel"). */
static void
set_content(struct actx *x, const struct sentence *se, struct attribution *at)
{
	uint32_t s0 = se->tok_first, s1 = s0 + se->tok_count, k, i, next = at->last_tok + 1;
	uint32_t tail = 0;
	bool trails;

	at->content_start = se->start;
	at->content_end = se->end;
	for (i = next; i < s1 && tail <= 8 && !(gap(x, i - 1) & GAP_BREAK); i++)
		tail++;
	/* a trailing verb has no object of its own: nothing, or a short
	 * phrase like "on X", "Bloomberg TV on Wednesday", follows it */
	/* "X said in a press conference, “...”": the quote after a short
	 * phrase is the content */
	if (at->how == ATTRIB_VERB && tail <= 6 && next + tail < s1 &&
	    (tok(x, next + tail)->flags & TOK_QUOTED) &&
	    !(tok(x, at->cue_tok)->flags & TOK_QUOTED) &&
	    (gap(x, next + tail - 1) & (GAP_COMMA | GAP_COLON))) {
		at->content_start = tok(x, next + tail)->start;
		return;
	}
	trails = at->how == ATTRIB_INVERTED || next >= s1 ||
	         (!tail && (gap(x, at->last_tok) & GAP_COMMA));
	if (tail && tail <= 6 && ((lower(tok(x, next)) &&
	    (cls(x, next) & (VC_PREPOSITION | VC_ADVERB | VC_TEMPORAL))) ||
	    (cls(x, next) & (VC_WEEKDAY | VC_MONTH))))
		trails = true;
	/* "said later that a deal was close": a that-clause is content */
	for (i = next; trails && at->how != ATTRIB_INVERTED && i < next + tail && i < next + 3; i++)
		if (is(x, i, "that"))
			trails = false;
	/* "“...,” X told reporters": the attribution follows its quote */
	if (at->first_tok > s0 && (tok(x, at->first_tok - 1)->flags & TOK_QUOTED) &&
	    !(tok(x, at->first_tok)->flags & TOK_QUOTED))
		trails = true;
	if (tail && mention_starts(x, next) && tail <= x->tok_mlast[next] - next + 4)
		trails = true;
	if (tail && tail <= 6 && listener(x, at, next, next + tail, s1))
		trails = true;
	/* ", adding, “...”": a participle's content follows it */
	if (at->first_tok == at->cue_tok && ing_form(x, at->cue_tok))
		trails = false;
	if (at->first_tok > s0 && (gap(x, at->first_tok - 1) & (GAP_COMMA | GAP_QUOTE)) && trails) {
		at->content_end = tok(x, at->first_tok - 1)->end;
		return;
	}
	k = at->cue_tok + (at->how == ATTRIB_ACCORDING ? 1 : 0);
	if (at->how == ATTRIB_ACCORDING && at->cue_tok == s0) {
		for (i = k; i < s1 && i < k + PHRASE_MAX && !(gap(x, i) & GAP_COMMA); i++)
			;
		if (i + 1 < s1)
			at->content_start = tok(x, i + 1)->start;
		return;
	}
	if (at->how == ATTRIB_ACCORDING) {
		at->content_end = at->cue_tok > s0 ? tok(x, at->cue_tok - 1)->end : se->end;
		return;
	}
	k = PX_MAX(k, at->last_tok);
	for (i = k + 1; i < s1 && i < k + 7; i++) {
		if (is(x, i, "that")) {
			k = i;
			break;
		}
		if (gap(x, i) & GAP_BREAK)
			break;
	}
	/* "told Eva Holm there would be", "told Eva Holm: “...”": the
	 * listener is not content */
	if (k == at->last_tok && to_someone(at) && k + 1 < s1 && mention_starts(x, k + 1) &&
	    x->tok_mlast[k + 1] + 1 < s1 &&
	    !(gap(x, x->tok_mlast[k + 1]) & (GAP_BREAK & ~(GAP_COLON | GAP_QUOTE))))
		k = x->tok_mlast[k + 1];
	/* "warned of potential waves" */
	if (k == at->last_tok && k + 2 < s1 && !(gap(x, k) & GAP_BREAK) &&
	    (is(x, k + 1, "of") || is(x, k + 1, "about")))
		k++;
	if (k + 1 < s1)
		at->content_start = tok(x, k + 1)->start;
	subordinate_content(x, s0, s1, k + 1, at);
}

static void
push(struct actx *x, const struct sentence *se, struct attribution *at)
{
	at->anchor = x->anchor;
	set_content(x, se, at);
	*PX_PUSH(x->r->items, x->r->n, x->r->cap) = *at;
}

static void
init_att(struct actx *x, uint32_t si, struct attribution *at)
{
	memset(at, 0, sizeof *at);
	at->article = x->art;
	at->sentence = si;
	at->first_tok = PX_NONE;
	at->last_tok = PX_NONE;
	at->quote = PX_NONE;
}

/* "according to X" at token k. */
static bool
according(struct actx *x, const struct sentence *se, uint32_t si, uint32_t k)
{
	uint32_t s0 = se->tok_first, s1 = s0 + se->tok_count;
	struct attribution at;

	if (!is(x, k, "according") || k + 2 >= s1 || !is(x, k + 1, "to"))
		return false;
	init_att(x, si, &at);
	at.how = ATTRIB_ACCORDING;
	set_cue(x, &at, k, k + 1, "according to");
	if (source_after(x, s0, s1, k + 2, &at))
		push(x, se, &at);
	return true;
}

/* A statement with its owner as subject or before "that": "The Kremlin's
 * statement talks about", "Ukrainian reports that ...". */
/* Verbs that tell what a statement did, not what it says: "the
 * announcement came after …", "caught Westminster by surprise". */
static bool
event_verb(struct actx *x, uint32_t k)
{
	static const char *const forms[] = {
		"came", "comes", "come", "caught", "catches", "followed", "follows",
		"sparked", "sparks", "prompted", "prompts", "triggered", "triggers",
		"drew", "draws", "caused", "causes", "surprised", "shocked", "arrived",
		"arrives", "preceded", "fell", "falls",
	};

	return is_one_of(x, k, forms, PX_ARRAY_SIZE(forms));
}

static void
speech_subject(struct actx *x, const struct sentence *se, uint32_t si, uint32_t k)
{
	uint32_t s0 = se->tok_first, s1 = s0 + se->tok_count, i, end, np0 = k, owner;
	uint32_t cue_tok = k;
	const struct cue *verb_cue = NULL;
	struct attribution at;
	bool that;

	if (!lower(tok(x, k)) || !(cls(x, k) & VC_SPEECH))
		return;
	owner = speech_owner(x, s0, s1, k, &end);
	if (owner == PX_NONE)
		return;
	x->owner_stem[x->n_owner % 8] = tok(x, k)->stem;
	x->owner_id[x->n_owner % 8] = owner;
	x->n_owner++;
	/* the start of the noun phrase, and what stands before it */
	while (np0 > s0 && np0 + PHRASE_MAX > k && !(gap(x, np0 - 1) & GAP_BREAK)) {
		const struct token *t = tok(x, np0 - 1);
		uint32_t c = cls(x, np0 - 1);

		if (c & (VC_DETERMINER | VC_POSSESSIVE)) {
			np0--;
			break;
		}
		if (lower(t) && ((c & (VC_PREPOSITION | VC_CLAUSE | VC_AUX)) ||
		                 (t->flags & TOK_STOP) || words_cue(x->w, t) ||
		                 ends_with(x, np0 - 1, "ed") || ing_form(x, np0 - 1)))
			break;
		np0--;
	}
	i = end;
	that = i < s1 && is(x, i, "that");
	if (!that && np0 > s0 && !(gap(x, np0 - 1) & GAP_BREAK) &&
	    !(lower(tok(x, np0 - 1)) && (cls(x, np0 - 1) & VC_CLAUSE)))
		return; /* the object of a verb or preposition */
	init_att(x, si, &at);
	if (!that) {
		/* "statement on Tuesday's talks also alludes" */
		if (i < s1 && lower(tok(x, i)) && (is(x, i, "on") || is(x, i, "about"))) {
			for (i++; i < s1 && i < end + 6 && !lower(tok(x, i)); i++)
				;
			i++;
		}
		while (i < s1 && lower(tok(x, i)) && (cls(x, i) & (VC_ADVERB | VC_AUX | VC_NEGATION))) {
			if (cls(x, i) & VC_NEGATION)
				at.negated = true;
			i++;
		}
		if (i >= s1 || !lower(tok(x, i)) || (tok(x, i)->flags & TOK_STOP) ||
		    (cls(x, i) & (VC_PREPOSITION | VC_DETERMINER)) || (gap(x, i - 1) & GAP_BREAK) ||
		    event_verb(x, i))
			return;
		verb_cue = cue_at(x, s0, s1, i);
		if (verb_cue)
			cue_tok = i;
	}
	if (np0 < k && (is(x, np0, "neither") || is(x, np0, "no")))
		at.negated = true;
	at.how = ATTRIB_SPEECH;
	at.first_tok = np0;
	/* the content follows the noun phrase, unless the verb ends it */
	at.last_tok = that || i + 1 >= s1 || (gap(x, i) & GAP_BREAK) ? PX_MIN(i, s1 - 1) : end - 1;
	set_speaker(&at, owner);
	set_cue(x, &at, cue_tok, cue_tok,
	        verb_cue ? verb_cue->lemma : words_str(x->w, tok(x, k), &end));
	push(x, se, &at);
}

/* Can the source follow the verb at token k ("“...,” said X")? Not
 * across punctuation or into a quote: ", adding, “Well, ...”". */
static bool
inverts(struct actx *x, uint32_t s1, uint32_t k)
{
	return k + 1 < s1 && !(gap(x, k) & GAP_BREAK) && x->tok_quote[k + 1] == x->tok_quote[k];
}

/* The source after an inverted verb at token k: the person named last
 * in "said [org] [role words] Name", else the noun phrase that closes
 * the clause ("said Smith.", "read the Kremlin statement"). */
static bool
inverted_source(struct actx *x, uint32_t s0, uint32_t s1, uint32_t k, struct attribution *at)
{
	uint32_t m = ing_form(x, k) ? PX_NONE : described_person(x, s1, k + 1), last = at->last_tok;

	if (m != PX_NONE) {
		set_speaker(at, x->tok_actor[m]);
		at->last_tok = x->tok_mlast[m];
		return true;
	}
	if (np_closes(x, s1, k + 1) && source_after(x, s0, s1, k + 1, at))
		return true;
	at->last_tok = last; /* no source there: the phrase is not the source's */
	return false;
}

/* Is the verb at token k a passive participle ("was said", "have been
 * confirmed", "were also reported")? Its subject is what is reported,
 * not who reports it. */
static bool
passive(struct actx *x, uint32_t s0, uint32_t k)
{
	static const char *const be[] = {
		"am", "are", "be", "been", "being", "is", "was", "were",
	};
	uint32_t i = k;

	if (ing_form(x, k))
		return false;
	while (i > s0 && i + 4 > k && lower(tok(x, i - 1)) && !(gap(x, i - 1) & GAP_BREAK) &&
	       (cls(x, i - 1) & (VC_ADVERB | VC_NEGATION)))
		i--;
	if (i == s0 || (gap(x, i - 1) & GAP_BREAK) || !lower(tok(x, i - 1)))
		return false;
	return is_one_of(x, i - 1, be, PX_ARRAY_SIZE(be));
}

/* Is the word at token k a verb of refusing: "declined (to comment)",
 * "refused", "failed"? */
static bool
refusal(struct actx *x, uint32_t k)
{
	static const char *const verbs[] = {
		"decline", "declined", "declines", "declining", "fail", "failed", "failing",
		"fails", "refuse", "refused", "refuses", "refusing",
	};

	return is_one_of(x, k, verbs, PX_ARRAY_SIZE(verbs));
}

/* "as saying" after token k, within a few words: the token of "as", or
 * PX_NONE. */
static uint32_t
as_saying(struct actx *x, uint32_t s1, uint32_t k)
{
	uint32_t i;

	for (i = k + 1; i + 1 < s1 && i < k + 10; i++) {
		if (gap(x, i - 1) & (GAP_BREAK & ~GAP_COMMA))
			return PX_NONE;
		if (is(x, i, "as") && ing_form(x, i + 1) && words_cue(x->w, tok(x, i + 1)))
			return i;
	}
	return PX_NONE;
}

/* "TASS quoted Lenz as saying ...", "Lenz was quoted by Interfax as
 * saying ...": the one quoted speaks, not the medium. Returns false,
 * pushing nothing, when the verb at k is not of that form. */
static bool
quoted_as(struct actx *x, const struct sentence *se, uint32_t si, uint32_t k)
{
	uint32_t s0 = se->tok_first, s1 = s0 + se->tok_count, as = as_saying(x, s1, k), b;
	struct attribution at;

	if (as == PX_NONE)
		return false;
	init_att(x, si, &at);
	at.how = ATTRIB_VERB;
	at.lemma = "say";
	at.cue_tok = as + 1;
	if (k + 1 < s1 && mention_starts(x, k + 1) && x->tok_mlast[k + 1] + 1 == as) {
		set_speaker(&at, x->tok_actor[k + 1]);
	} else if (!passive(x, s0, k) ||
	           subject_before(x, s0, s1, k, &at, &b) != SUBJ_FOUND || !has_source(&at)) {
		return false;
	}
	set_cue(x, &at, as + 1, as + 1, "say");
	push(x, se, &at);
	return true;
}

/* A reporting verb at token k with its source. */
static void
verb(struct actx *x, const struct sentence *se, uint32_t si, uint32_t k, const struct cue *cue)
{
	uint32_t s0 = se->tok_first, s1 = s0 + se->tok_count, boundary, kk = k;
	struct attribution at;
	enum subject r;

	init_att(x, si, &at);
	at.how = ATTRIB_VERB;
	if (strcmp(cue->lemma, "quote") == 0 && quoted_as(x, se, si, k))
		return;
	/* "cited by Reuters" */
	if (k + 2 < s1 && is(x, k + 1, "by") && ends_with(x, k, "ed")) {
		at.how = ATTRIB_BY;
		set_cue(x, &at, k, k, cue->lemma);
		if (source_after(x, s0, s1, k + 2, &at))
			push(x, se, &at);
		return;
	}
	if (passive(x, s0, k))
		return;
	/* "tried to convince": the subject of the verb before "to"; "declined
	 * to comment" says nothing */
	if (k > s0 + 1 && is(x, k - 1, "to")) {
		if (!lower(tok(x, k - 2)) || (tok(x, k - 2)->flags & TOK_STOP) || refusal(x, k - 2))
			return;
		kk = k - 2;
	}
	/* the verb, for the subject rules that depend on it; set_cue()
	 * records it in full once a source is found */
	at.lemma = cue->lemma;
	at.cue_tok = k;
	r = cue->flags & CUE_INVERTED ? SUBJ_EMPTY : subject_before(x, s0, s1, kk, &at, &boundary);
	if (cue->flags & CUE_INVERTED)
		boundary = k > s0 ? k - 1 : PX_NONE;
	/* a participle never inverts: in ", urging it to ..." the one
	 * after it is its object */
	if (r == SUBJ_EMPTY && (boundary == PX_NONE || (gap(x, boundary) & (GAP_COMMA | GAP_QUOTE))) &&
	    !ing_form(x, k) && inverts(x, s1, k) && inverted_source(x, s0, s1, k, &at)) {
		at.how = ATTRIB_INVERTED;
		r = SUBJ_FOUND;
	}
	if (r == SUBJ_EMPTY && !(cue->flags & CUE_INVERTED) && boundary != PX_NONE &&
	    (!(cue->flags & CUE_NOUN_TOO) || ing_form(x, k) || ends_with(x, k, "ed")) &&
	    ((ing_form(x, k) && (gap(x, boundary) & GAP_COMMA)) || lower(tok(x, boundary)))) {
		const struct attribution *p = previous_in_sentence(x, si, k);

		if (p) {
			memcpy(at.speakers, p->speakers, sizeof at.speakers);
			at.n_speakers = p->n_speakers;
			at.generic = p->generic;
			at.self = p->self;
			at.src_start = p->src_start;
			at.src_end = p->src_end;
			r = SUBJ_FOUND;
		} else if (main_subject(x, s0, s1, k, &at)) {
			r = SUBJ_FOUND;
			/* "Neither X nor Y addressed ..., highlighting" */
			if (cls(x, s0) & VC_NEGATION)
				at.negated = true;
		}
	}
	if (r != SUBJ_FOUND || !has_source(&at))
		return;
	set_cue(x, &at, k, k, cue->lemma);
	push(x, se, &at);
}

static void
read_sentence(struct actx *x, uint32_t si)
{
	const struct sentence *se = &x->a->sents[si];
	uint32_t s0 = se->tok_first, s1 = s0 + se->tok_count, k;

	for (k = s0; k < s1; k++) {
		const struct cue *cue;
		uint32_t before;

		x->anchor = k;
		x->sent_tok = s0;
		if (according(x, se, si, k)) {
			k++;
			continue;
		}
		before = x->r->n;
		x->anchor = k;
		if ((cue = cue_at(x, s0, s1, k)) != NULL)
			verb(x, se, si, k, cue);
		/* "Ukrainian reports that": a noun after all */
		if (x->r->n == before)
			speech_subject(x, se, si, k);
	}
}

/* "X told Y that A, an official said": A ends where the trailing
 * attribution begins. One pass from the last attribution of sentence si
 * back, carrying the start of the nearest trailing one. */
static void
end_before_trailing(struct actx *x, uint32_t si)
{
	const struct sentence *se = &x->a->sents[si];
	uint32_t i, cut = PX_NONE;

	for (i = x->r->n; i > x->att_first[si]; i--) {
		struct attribution *at = &x->r->items[i - 1];

		if (at->quote != PX_NONE)
			continue;
		if (cut != PX_NONE && at->content_end == se->end && at->cue_end < cut &&
		    at->content_start < cut)
			at->content_end = cut;
		if (at->content_start == se->start && at->content_end < se->end)
			cut = at->content_end;
	}
}

/* Quotes */

struct qinfo {
	uint32_t t0;      /* first token inside */
	uint32_t after;   /* first token after */
	uint32_t s0, e;   /* first and last sentence */
};

static uint32_t
speaker_of(const struct actx *x, const struct attribution *at)
{
	if (at->self)
		return at->quote == PX_NONE ? PX_NONE : x->r->quote_speaker[at->quote];
	if (at->generic || !at->n_speakers)
		return PX_NONE;
	return at->speakers[at->n_speakers - 1];
}

/* The first attribution of sentence si read at or after token k. */
static uint32_t
first_at(const struct actx *x, uint32_t si, uint32_t k)
{
	uint32_t lo = x->att_first[si], hi = x->att_first[si + 1];

	if (lo == hi)
		return lo;
	return lo + PX_LOWER_BOUND(x->r->items + lo, hi - lo, struct attribution, anchor, k);
}

/* The first attribution outside quotes whose cue comes at or after
 * token k in sentence si (a cue is read at most PHRASE_MAX words before
 * it stands). */
static const struct attribution *
next_after(const struct actx *x, uint32_t si, uint32_t k)
{
	uint32_t i = first_at(x, si, k > PHRASE_MAX ? k - PHRASE_MAX : 0), end;

	for (end = i + NEAR_MAX; i < x->att_first[si + 1] && i < end; i++) {
		const struct attribution *at = &x->r->items[i];

		if (at->quote == PX_NONE && at->cue_tok >= k)
			return at;
	}
	return NULL;
}

/* The attribution right after quote q ("“...,” X said"), if the words
 * between are only its source: no other verb or clause. */
static const struct attribution *
adjacent(struct actx *x, const struct qinfo *qi)
{
	const struct attribution *at = next_after(x, qi->e, qi->after);
	uint32_t k;

	if (!at || at->first_tok < qi->after || at->first_tok - qi->after > ADJACENT_MAX)
		return NULL;
	for (k = qi->after; k < at->first_tok; k++) {
		const struct token *t = tok(x, k);

		if ((t->flags & TOK_QUOTED) || (lower(t) && ((cls(x, k) & VC_CLAUSE) ||
		    words_cue(x->w, t) || ing_form(x, k))))
			return NULL;
	}
	return at;
}

/* The closest attribution before the quote in its first sentence. */
static const struct attribution *
preceding(struct actx *x, const struct qinfo *qi)
{
	uint32_t i = first_at(x, qi->s0, qi->t0), stop;

	stop = i > x->att_first[qi->s0] + NEAR_MAX ? i - NEAR_MAX : x->att_first[qi->s0];
	for (; i > stop; i--) {
		const struct attribution *at = &x->r->items[i - 1];

		if (at->quote == PX_NONE && at->cue_tok < qi->t0)
			return at;
	}
	return NULL;
}

static const struct attribution *
following(struct actx *x, const struct qinfo *qi)
{
	return next_after(x, qi->e, qi->after);
}

static bool
unquoted_attribution(const struct actx *x, uint32_t s0, uint32_t e)
{
	uint32_t s;

	for (s = s0; s <= e; s++)
		if (x->unquoted[s])
			return true;
	return false;
}

/* Is paragraph para a quotation and nothing else? */
static bool
bare_quote_paragraph(struct actx *x, uint32_t para)
{
	const struct paragraph *p = &x->a->paras[para];
	const struct sentence *first = &x->a->sents[p->sent_first];
	const struct sentence *last = &x->a->sents[p->sent_first + p->sent_count - 1];
	uint32_t k;

	for (k = first->tok_first; k < last->tok_first + last->tok_count; k++)
		if ((tok(x, k)->flags & (TOK_WORD | TOK_NUM)) && !(tok(x, k)->flags & TOK_QUOTED))
			return false;
	return true;
}

/* A quote opening its sentence with no attribution of its own continues
 * the speaker before it in the paragraph, or the previous paragraph's
 * when that ended inside a quote, or ended with an attributed quote and
 * this paragraph is only a quotation. */
static uint32_t
continued(struct actx *x, uint32_t q, const struct qinfo *qi)
{
	const struct sentence *se = &x->a->sents[qi->s0];
	uint32_t i, para = se->paragraph;

	if (qi->t0 != se->tok_first || unquoted_attribution(x, qi->s0, qi->e))
		return PX_NONE;
	for (i = q; i > 0 && i + CONTINUE_MAX > q; i--) {
		const struct quote *p = &x->c->quotes[i - 1];

		if (p->article != x->art || x->a->sents[p->sentence].paragraph != para)
			break;
		if (p->parent == PX_NONE && x->r->quote_speaker[i - 1] != PX_NONE)
			return x->r->quote_speaker[i - 1];
	}
	if (qi->s0 > 0 && x->a->sents[qi->s0 - 1].paragraph == para) {
		for (i = x->att_first[qi->s0 - 1]; i < x->att_first[qi->s0]; i++)
			if (x->r->items[i].quote == PX_NONE && speaker_of(x, &x->r->items[i]) != PX_NONE)
				return speaker_of(x, &x->r->items[i]);
	}
	if (qi->s0 != x->a->paras[para].sent_first)
		return PX_NONE;
	if (x->prev_quote_open)
		return x->prev_para_speaker;
	if (x->prev_end_speaker != PX_NONE && bare_quote_paragraph(x, para))
		return x->prev_end_speaker;
	return PX_NONE;
}

/* "his campaign promise to ... “24 hours.”": the owner of a speech noun
 * before the quote, within SENTENCE_MAX words. */
static uint32_t
owner_of_words(struct actx *x, const struct qinfo *qi)
{
	uint32_t s0 = x->a->sents[qi->s0].tok_first, k, id;

	for (k = qi->t0; k > s0 && k + SENTENCE_MAX > qi->t0; k--) {
		if (tok(x, k - 1)->flags & TOK_QUOTED)
			continue;
		if ((cls(x, k - 1) & VC_SPEECH) && lower(tok(x, k - 1)) &&
		    (id = owner_before(x, s0, k - 1)) != PX_NONE)
			return id;
	}
	return PX_NONE;
}

/* "Ilic shrugs. “People said that in 1990 too.”", "Councillor Ivan
 * Horvat is blunt: “...”": a quote with no attribution after a short
 * sentence of the paragraph that opens with a person, or after a colon
 * in a sentence whose first person leads into it. */
static uint32_t
lead_in(struct actx *x, const struct qinfo *qi)
{
	const struct sentence *se = &x->a->sents[qi->s0], *pv;
	uint32_t s0 = se->tok_first, k;

	if (qi->t0 > s0 && (gap(x, qi->t0 - 1) & GAP_COLON) &&
	    !unquoted_attribution(x, qi->s0, qi->e))
		return first_person_in(x, s0, qi->t0 - 1);
	if (qi->t0 != s0 || !qi->s0 || unquoted_attribution(x, qi->s0, qi->e))
		return PX_NONE;
	pv = &x->a->sents[qi->s0 - 1];
	if (pv->paragraph != se->paragraph || pv->tok_count > LEAD_MAX ||
	    !mention_starts(x, pv->tok_first) || !is_person(x, x->tok_actor[pv->tok_first]))
		return PX_NONE;
	for (k = pv->tok_first; k < pv->tok_first + pv->tok_count; k++)
		if (tok(x, k)->flags & TOK_QUOTED)
			return PX_NONE;
	return x->tok_actor[pv->tok_first];
}

static uint32_t
quote_speaker(struct actx *x, uint32_t q, const struct qinfo *qi)
{
	const struct attribution *at = adjacent(x, qi), *p = preceding(x, qi);
	uint32_t id;

	if (at && !(at->how == ATTRIB_ACCORDING && at->media && p))
		return speaker_of(x, at);
	if (p)
		return speaker_of(x, p);
	if ((at = following(x, qi)) != NULL)
		return speaker_of(x, at);
	if ((id = continued(x, q, qi)) != PX_NONE || (id = lead_in(x, qi)) != PX_NONE)
		return id;
	return owner_of_words(x, qi);
}

/* Discourse */

/* Who spoke in sentence si: its attributions and the quotes ending in
 * it set the speakers the next sentence's pronouns look for. */
static void
roll(struct actx *x, uint32_t si, const uint32_t *ended, uint32_t n_ended)
{
	const struct sentence *se = &x->a->sents[si];
	uint32_t i, j, person = PX_NONE, org = PX_NONE;
	uint32_t s0 = se->tok_first, s1 = s0 + se->tok_count;

	for (i = x->att_first[si]; i < x->r->n; i++) {
		const struct attribution *at = &x->r->items[i];

		if (at->quote != PX_NONE)
			continue;
		for (j = 0; j < at->n_speakers; j++) {
			uint32_t id = at->speakers[j];

			if (is_person(x, id)) {
				if (person == PX_NONE)
					person = id;
				x->para_person = id;
			} else {
				if (org == PX_NONE)
					org = id;
				x->para_org = id;
			}
		}
	}
	for (i = 0; i < n_ended; i++) {
		uint32_t id = x->r->quote_speaker[ended[i]];

		if (id == PX_NONE)
			continue;
		if (is_person(x, id)) {
			if (person == PX_NONE)
				person = id;
			x->para_person = id;
		} else if (org == PX_NONE) {
			org = id;
		}
	}
	x->prev_person = person;
	x->prev_org = org;
	x->prev_first_person = first_person_in(x, s0, s1);
	x->prev_first_org = PX_NONE;
	for (i = s0; i < s1; i++) {
		if (!(tok(x, i)->flags & TOK_QUOTED) && mention_starts(x, i) &&
		    !is_person(x, x->tok_actor[i]) && !(i > s0 && (cls(x, i - 1) & VC_LOCATIVE))) {
			x->prev_first_org = x->tok_actor[i];
			break;
		}
	}
}

/* Per-article tables */

static void
map_mentions(struct actx *x)
{
	uint32_t n = x->a->n_toks, i, k;
	uint32_t *len = x->tok_len;

	for (k = 0; k < n; k++) {
		x->tok_actor[k] = x->tok_mfirst[k] = x->tok_mlast[k] = x->tok_quote[k] = PX_NONE;
		len[k] = 0;
	}
	/* articles are read in order, and each actor's mentions are sorted
	 * by article: its next mention is the one of this article */
	for (i = x->mref_first[x->art]; i < x->mref_first[x->art + 1]; i++) {
		uint32_t actor = x->mref_actor[i];
		const struct mention *m = &x->c->actors[actor].mentions[x->mref_next[actor]++];
		uint32_t k0 = words_token_near(x->a, m->sentence, m->start), k1 = k0;

		while (k1 < n && x->a->toks[k1].end <= m->end)
			k1++;
		if (k1 == k0)
			continue;
		if (!x->present[actor]) {
			x->present[actor] = 1;
			x->present_list[x->n_present++] = actor;
		}
		for (k = k0; k < k1; k++) {
			if (len[k] >= m->end - m->start)
				continue;
			len[k] = m->end - m->start;
			x->tok_actor[k] = actor;
			x->tok_mfirst[k] = k0;
			x->tok_mlast[k] = k1 - 1;
		}
	}
	x->n_persons = 0;
	for (k = 0; k < n; k++)
		if (mention_starts(x, k) && is_person(x, x->tok_actor[k]) &&
		    !(x->a->toks[k].flags & TOK_QUOTED))
			*PX_PUSH(x->persons, x->n_persons, x->cap_persons) =
			        (struct person_event){k, x->tok_actor[k]};
}

static void
map_quotes(struct actx *x, uint32_t q0, uint32_t q1, struct qinfo *qi)
{
	uint32_t q, k;

	for (q = q0; q < q1; q++) {
		const struct quote *qt = &x->c->quotes[q];

		qi[q - q0].t0 = words_token_near(x->a, qt->sentence, qt->start);
		qi[q - q0].s0 = qt->sentence;
		qi[q - q0].e = article_sentence_at(x->a, qt->end - 1);
		if (qi[q - q0].e == PX_NONE || qi[q - q0].e < qt->sentence)
			qi[q - q0].e = qt->sentence;
		qi[q - q0].after = words_token_near(x->a, qi[q - q0].e, qt->end);
		for (k = qi[q - q0].t0; k < qi[q - q0].after; k++)
			x->tok_quote[k] = q; /* inner quotes come later and win */
	}
}

static void
reset_discourse(struct actx *x)
{
	x->para = PX_NONE;
	x->prev_person = x->prev_org = x->prev_first_person = x->prev_first_org = PX_NONE;
	x->para_person = x->para_org = PX_NONE;
	x->n_owner = 0;
	x->prev_quote_open = false;
	x->prev_para_speaker = x->prev_end_speaker = PX_NONE;
}

static void
new_paragraph(struct actx *x, uint32_t para, uint32_t q0, uint32_t q1)
{
	const struct paragraph *p;
	uint32_t q;

	if (x->para != PX_NONE) {
		/* did the paragraph before end inside a quote? */
		p = &x->a->paras[x->para];
		x->prev_quote_open = false;
		x->prev_end_speaker = PX_NONE;
		for (q = q0; q < q1; q++) {
			const struct quote *qt = &x->c->quotes[q];

			if (qt->parent == PX_NONE && x->qi[q - q0].e == p->sent_first + p->sent_count - 1)
				x->prev_end_speaker = x->r->quote_speaker[q];
			if (qt->parent == PX_NONE && qt->end == p->end) {
				x->prev_quote_open = true;
				x->prev_para_speaker = x->r->quote_speaker[q];
			}
		}
	}
	x->para = para;
	x->para_person = x->para_org = PX_NONE;
}

static void
read_article(struct actx *x, uint32_t q0, uint32_t q1)
{
	struct qinfo *qi;
	uint32_t *ended;
	uint32_t si, q, next = q0;

	if (q1 - q0 + 1 > x->cap_qi) {
		x->cap_qi = q1 - q0 + 1;
		free(x->qi);
		free(x->ended);
		x->qi = xmalloc(x->cap_qi * sizeof *x->qi);
		x->ended = xmalloc(x->cap_qi * sizeof *x->ended);
	}
	qi = x->qi;
	ended = x->ended;

	map_mentions(x);
	map_quotes(x, q0, q1, qi);
	reset_discourse(x);
	for (si = 0; si < x->a->n_sents; si++) {
		const struct sentence *se = &x->a->sents[si];
		uint32_t n_ended = 0;

		x->att_first[si] = x->r->n;
		if (se->flags & SENT_BOILER) {
			x->att_first[si + 1] = x->r->n;
			continue;
		}
		if (se->paragraph != x->para)
			new_paragraph(x, se->paragraph, q0, q1);
		read_sentence(x, si);
		x->att_first[si + 1] = x->r->n;
		end_before_trailing(x, si);
		for (q = x->att_first[si]; q < x->r->n; q++)
			x->unquoted[si] += x->r->items[q].quote == PX_NONE;
		for (q = next; q < q1; q++) {
			/* quotes are sorted by start: the rest start later */
			if (qi[q - q0].s0 > si)
				break;
			if (x->c->quotes[q].parent != PX_NONE || qi[q - q0].e != si)
				continue;
			x->r->quote_speaker[q] = quote_speaker(x, q, &qi[q - q0]);
			ended[n_ended++] = q;
		}
		while (next < q1 && qi[next - q0].e <= si)
			next++;
		roll(x, si, ended, n_ended);
	}
	for (q = q0; q < q1; q++)
		if (x->c->quotes[q].parent != PX_NONE)
			x->r->quote_speaker[q] = x->r->quote_speaker[x->c->quotes[q].parent];
}

/* Corpus tables */

static void
index_actors(struct actx *x)
{
	const struct corpus *c = x->c;
	uint32_t i, j, n = 0, nc = gaz_countries();

	x->country_actor = xmalloc(nc * sizeof *x->country_actor);
	x->seat_actor = xmalloc(nc * sizeof *x->seat_actor);
	x->place_person = xmalloc(nc * sizeof *x->place_person);
	for (i = 0; i < nc; i++)
		x->country_actor[i] = x->seat_actor[i] = x->place_person[i] = PX_NONE;
	x->mref_first = xcalloc(c->n_articles + 2, sizeof *x->mref_first);
	for (i = 0; i < c->n_actors; i++) {
		const struct actor *ac = &c->actors[i];

		if (ac->place < nc && ac->kind == ACTOR_COUNTRY)
			x->country_actor[ac->place] = i;
		if (ac->place < nc && (ac->flags & ACTOR_EXECUTIVE))
			x->seat_actor[ac->place] = i;
		if (ac->place < nc && ac->kind == ACTOR_PERSON &&
		    x->place_person[ac->place] == PX_NONE)
			x->place_person[ac->place] = i;
		for (j = 0; j < ac->n_mentions; j++)
			x->mref_first[ac->mentions[j].article + 1]++;
		n += ac->n_mentions;
	}
	for (i = 0; i < c->n_articles; i++)
		x->mref_first[i + 1] += x->mref_first[i];
	x->mref_actor = xmalloc((n + 1) * sizeof *x->mref_actor);
	x->mref_next = xcalloc(c->n_actors + 1, sizeof *x->mref_next);
	{
		uint32_t *fill = xcalloc(c->n_articles + 1, sizeof *fill);

		for (i = 0; i < c->n_actors; i++) {
			const struct actor *ac = &c->actors[i];

			for (j = 0; j < ac->n_mentions; j++) {
				uint32_t art = ac->mentions[j].article;

				x->mref_actor[x->mref_first[art] + fill[art]++] = i;
			}
		}
		free(fill);
	}
	x->present = xcalloc(c->n_actors + 1, 1);
	x->present_list = xmalloc((c->n_actors + 1) * sizeof *x->present_list);
	x->n_memo = lex_size(c->lex);
	x->bears_memo = xcalloc(x->n_memo + 1, sizeof *x->bears_memo);
}

/* Per-article tables, grown to the largest article and reused. */
static void
article_tables(struct actx *x)
{
	uint32_t n = x->a->n_toks + 1, i;

	if (n > x->cap_toks) {
		x->cap_toks = n;
		free(x->tok_actor);
		free(x->tok_mfirst);
		free(x->tok_mlast);
		free(x->tok_quote);
		free(x->tok_len);
		x->tok_actor = xmalloc(n * sizeof *x->tok_actor);
		x->tok_mfirst = xmalloc(n * sizeof *x->tok_mfirst);
		x->tok_mlast = xmalloc(n * sizeof *x->tok_mlast);
		x->tok_quote = xmalloc(n * sizeof *x->tok_quote);
		x->tok_len = xmalloc(n * sizeof *x->tok_len);
	}
	if (x->a->n_sents + 2 > x->cap_sents) {
		x->cap_sents = x->a->n_sents + 2;
		free(x->att_first);
		free(x->unquoted);
		x->att_first = xmalloc(x->cap_sents * sizeof *x->att_first);
		x->unquoted = xmalloc(x->cap_sents * sizeof *x->unquoted);
	}
	memset(x->att_first, 0, (x->a->n_sents + 2) * sizeof *x->att_first);
	memset(x->unquoted, 0, (x->a->n_sents + 1) * sizeof *x->unquoted);
	for (i = 0; i < x->n_present; i++)
		x->present[x->present_list[i]] = 0;
	x->n_present = 0;
}

static void
actx_free(struct actx *x)
{
	uint32_t i;

	for (i = 0; i < x->n_memo; i++)
		free(x->bears_memo[i]);
	free(x->bears_memo);
	free(x->tok_actor);
	free(x->tok_mfirst);
	free(x->tok_mlast);
	free(x->tok_quote);
	free(x->tok_len);
	free(x->att_first);
	free(x->unquoted);
	free(x->qi);
	free(x->ended);
	free(x->persons);
	free(x->mref_actor);
	free(x->mref_first);
	free(x->mref_next);
	free(x->country_actor);
	free(x->seat_actor);
	free(x->place_person);
	free(x->present);
	free(x->present_list);
}

static void
attrib_compute(const struct corpus *c, struct words *w, struct attrib_result *r)
{
	struct actx x;
	uint32_t i, q0 = 0;

	memset(r, 0, sizeof *r);
	r->quote_speaker = xmalloc((c->n_quotes + 1) * sizeof *r->quote_speaker);
	for (i = 0; i < c->n_quotes; i++)
		r->quote_speaker[i] = PX_NONE;
	memset(&x, 0, sizeof x);
	x.c = c;
	x.r = r;
	x.w = w;
	index_actors(&x);
	for (i = 0; i < c->n_articles; i++) {
		uint32_t q1 = q0;

		while (q1 < c->n_quotes && c->quotes[q1].article == i)
			q1++;
		x.a = &c->articles[i];
		x.art = i;
		article_tables(&x);
		read_article(&x, q0, q1);
		q0 = q1;
	}
	actx_free(&x);
}

void
attrib_run(const struct corpus *c, struct attrib_result *r)
{
	struct words w;

	words_init(&w, c);
	attrib_compute(c, &w, r);
	words_free(&w);
}

const struct attrib_result *
attrib_shared(struct corpus *c)
{
	struct extract *e = extract_get(c);

	if (!e->have_attrib) {
		attrib_compute(c, extract_words(c), &e->attrib);
		e->have_attrib = true;
	}
	return &e->attrib;
}

void
attrib_free(struct attrib_result *r)
{
	free(r->items);
	free(r->quote_speaker);
	memset(r, 0, sizeof *r);
}
