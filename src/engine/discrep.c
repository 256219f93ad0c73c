/* discrep.c - numbers, quantities, weekdays and dates that differ
 * between the outlets of a topic. */
#include "parallax/discrep.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/lexicon.h"
#include "parallax/vocab.h"

#define UNIT_PERCENT (PX_NONE - 1)
#define MAX_VALUES 64

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

/* Spelled-out numbers. "one" is left out: it is a pronoun more often
 * than a count ("one of the leaders"). */
static const struct {
	const char *word;
	int value;
} number_words[] = {
	{"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
	{"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
	{"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
	{"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
	{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
	{"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
	{"dozen", 12}, {"hundred", 100},
};

static const struct {
	const char *word;
	double factor;
} multipliers[] = {
	{"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
	{"trillion", 1e12},
};

/* A token's folded form, fetched once and compared with the word lists. */
struct word {
	const char *s;
	size_t n;
};

static struct word
token_word(const struct corpus *c, const struct token *t)
{
	return (struct word){lex_str(c->lex, t->word), lex_strlen(c->lex, t->word)};
}

static bool
word_eq(struct word w, const char *x)
{
	/* most words differ in the first letter or the length: test those first */
	return w.n && w.s[0] == x[0] && strlen(x) == w.n && memcmp(w.s, x, w.n) == 0;
}

static bool
word_is(const struct corpus *c, const struct token *t, const char *x)
{
	return word_eq(token_word(c, t), x);
}

/* The place of word w in list[0..n), or -1. */
static int
word_pos(struct word w, const char *const *list, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (word_eq(w, list[i]))
			return i;
	return -1;
}

/* Weekday and month names are written with a capital. */
static int
word_index(const struct corpus *c, const struct token *t, const char *const *list, int n)
{
	if ((t->flags & (TOK_WORD | TOK_CAP)) != (TOK_WORD | TOK_CAP))
		return -1;
	return word_pos(token_word(c, t), list, n);
}

static int
spelled_value(const struct corpus *c, const struct token *t)
{
	struct word w;
	size_t i;

	if (!(t->flags & TOK_WORD))
		return -1;
	w = token_word(c, t);
	for (i = 0; i < PX_ARRAY_SIZE(number_words); i++)
		if (word_eq(w, number_words[i].word))
			return number_words[i].value;
	return -1;
}

static double
multiplier(const struct corpus *c, const struct token *t)
{
	struct word w = token_word(c, t);
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(multipliers); i++)
		if (word_eq(w, multipliers[i].word))
			return multipliers[i].factor;
	return 0;
}

/* Digits with , thousands separators and a . decimal point; -1 for
 * times (8:50) and anything else. */
static double
digits_value(const struct article *a, const struct token *t)
{
	double v = 0, scale = 0;
	uint32_t i;

	for (i = t->start; i < t->end; i++) {
		unsigned char ch = a->text[i];

		if (ch >= '0' && ch <= '9') {
			if (scale > 0) {
				v += (ch - '0') * scale;
				scale /= 10;
			} else {
				v = v * 10 + (ch - '0');
			}
		} else if (ch == '.' && scale == 0) {
			scale = 0.1;
		} else if (ch != ',') {
			return -1;
		}
	}
	return v;
}

static bool
is_year(const struct article *a, const struct token *t, double v)
{
	return t->end - t->start == 4 && v >= 1900 && v <= 2100 && a->text[t->start] != '0';
}

/* The unit of a number: the next content word ("175 prisoners",
 * "30-day"), or percent. */
static uint32_t
unit_after(const struct corpus *c, const struct article *a, const struct sentence *s,
           uint32_t k)
{
	const struct token *t = &a->toks[s->tok_first + k];

	if (t->end < a->len && a->text[t->end] == '%')
		return UNIT_PERCENT;
	if (k + 1 >= s->tok_count)
		return PX_NONE;
	t = &a->toks[s->tok_first + k + 1];
	if (!(t->flags & TOK_WORD) || (t->flags & TOK_STOP) || word_index(c, t, months, 12) >= 0 ||
	    word_index(c, t, weekdays, 7) >= 0)
		return PX_NONE;
	if (word_is(c, t, "percent") || word_is(c, t, "per"))
		return UNIT_PERCENT;
	return t->stem;
}

/* Is the number at token t an amount of money ("$8.25 billion",
 * "€40", "£3m")? */
static bool
money_before(const struct article *a, const struct token *t)
{
	static const char *const signs[] = {"$", "\u20ac", "\u00a3", "\u00a5"};
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(signs); i++) {
		size_t n = strlen(signs[i]);

		if (t->start >= n && memcmp(a->text + t->start - n, signs[i], n) == 0)
			return true;
	}
	return false;
}

/* Units of time, distance and weight: a count of them is a measure
 * ("three months", "five years", "19 kilometres"), never a count of
 * people or things to hold against another unit. */
static const char *const measure_units[] = {
	"century", "centuries", "cm", "day", "days", "decade", "decades", "degree",
	"degrees", "feet", "foot", "hour", "hours", "inch", "inches", "kg", "kilogram",
	"kilograms", "kilometer", "kilometers", "kilometre", "kilometres", "km", "lb",
	"lbs", "meter", "meters", "metre", "metres", "mile", "miles", "minute", "minutes",
	"month", "months", "ounce", "ounces", "pound", "pounds", "second", "seconds", "ton",
	"tonne", "tonnes", "tons", "week", "weeks", "year", "years",
};

/* The token after token k of sentence s when it is a word, else NULL. */
static const struct token *
word_after(const struct article *a, const struct sentence *s, uint32_t k)
{
	const struct token *t;

	if (k + 1 >= s->tok_count)
		return NULL;
	t = &a->toks[s->tok_first + k + 1];
	return (t->flags & TOK_WORD) ? t : NULL;
}

static bool
measure_after(const struct corpus *c, const struct article *a, const struct sentence *s,
              uint32_t k)
{
	const struct token *t = word_after(a, s, k);

	return t && word_pos(token_word(c, t), measure_units,
	                     (int)PX_ARRAY_SIZE(measure_units)) >= 0;
}

static uint32_t
push_value(struct discrep_value *out, uint32_t n, uint32_t cap, struct discrep_value v)
{
	if (n < cap)
		out[n] = v;
	return n + 1;
}

/* Is the token after k a clock suffix ("10 p.m.", "9 am", "14 GMT")?
 * A time of day is no count. */
static bool
clock_after(const struct corpus *c, const struct article *a, const struct sentence *s,
            uint32_t k)
{
	const struct token *t = word_after(a, s, k);
	struct word w;

	if (!t)
		return false;
	w = token_word(c, t);
	if (word_eq(w, "a") || word_eq(w, "p"))
		return t->end < a->len && a->text[t->end] == '.';
	return word_eq(w, "am") || word_eq(w, "pm") || word_eq(w, "gmt") || word_eq(w, "utc");
}

/* A number at token k (digits or words, with a multiplier after it);
 * sets *len to the tokens it spans, returns -1 when there is none. */
static double
number_at(const struct corpus *c, const struct article *a, const struct sentence *s,
          uint32_t k, uint32_t *len)
{
	const struct token *t = &a->toks[s->tok_first + k];
	double v, f;

	*len = 1;
	if (t->flags & TOK_NUM) {
		/* a model or flight number: Shahed-136 */
		if (k > 0 && (a->toks[s->tok_first + k - 1].flags & (TOK_HYPHEN | TOK_WORD)) ==
		             (TOK_HYPHEN | TOK_WORD))
			return -1;
		if (clock_after(c, a, s, k))
			return -1;
		v = digits_value(a, t);
	} else {
		int sv = spelled_value(c, t);

		if (sv < 0)
			return -1;
		v = sv;
		/* twenty-five */
		if (sv >= 20 && (t->flags & TOK_HYPHEN) && k + 1 < s->tok_count) {
			int u = spelled_value(c, &a->toks[s->tok_first + k + 1]);

			if (u > 0 && u < 10) {
				v += u;
				(*len)++;
			}
		}
	}
	if (v < 0)
		return -1;
	if (k + *len < s->tok_count &&
	    (f = multiplier(c, &a->toks[s->tok_first + k + *len])) > 0 && f > v) {
		v *= f;
		(*len)++;
	}
	return v;
}

/* Is the weekday at token k the day something was said ("officials
 * confirmed Wednesday", "said on Tuesday that")? Two outlets report
 * the same event on different days, so only the days of events are
 * compared; "said Tuesday's call" names the day of the call. */
static bool
report_day(const struct corpus *c, const struct article *a, const struct sentence *s,
           uint32_t k)
{
	const struct token *t = &a->toks[s->tok_first + k];
	uint32_t skip = 0;

	if (t->flags & TOK_POSS)
		return false;
	while (k-- > 0) {
		struct word w;

		t = &a->toks[s->tok_first + k];
		if (!(t->flags & TOK_WORD))
			return false;
		w = token_word(c, t);
		if (skip < 2 && (word_eq(w, "on") || word_eq(w, "late") || word_eq(w, "early") ||
		                 word_eq(w, "last") || word_eq(w, "this"))) {
			skip++;
			continue;
		}
		return vocab_cue(w.s, w.n) != NULL;
	}
	return false;
}

/* The values of a sentence; with days_only, its weekdays and dates
 * alone, without reading numbers (the cheap case, for every linked
 * sentence). */
static uint32_t
values_in(const struct corpus *c, uint32_t article, uint32_t si, struct discrep_value *out,
          uint32_t cap, bool days_only)
{
	const struct article *a = &c->articles[article];
	const struct sentence *s = &a->sents[si];
	uint32_t k, n = 0, len;

	for (k = 0; k < s->tok_count; k += len) {
		const struct token *t = &a->toks[s->tok_first + k];
		struct discrep_value v = {DISC_NUMBER, 0, PX_NONE, t->start, t->end, false};
		int wd = word_index(c, t, weekdays, 7), mo = word_index(c, t, months, 12);

		len = 1;
		if (wd >= 0 && report_day(c, a, s, k))
			continue;
		if (wd >= 0) {
			v.kind = DISC_WEEKDAY;
			v.value = wd;
			n = push_value(out, n, cap, v);
			continue;
		}
		if (mo >= 0) {
			double day = -1;

			v.kind = DISC_DATE;
			if (k + 1 < s->tok_count && (a->toks[s->tok_first + k + 1].flags & TOK_NUM))
				day = digits_value(a, &a->toks[s->tok_first + k + 1]);
			if (day >= 1 && day <= 31) {
				v.end = a->toks[s->tok_first + k + 1].end;
				len = 2;
			} else {
				day = 0;
			}
			v.value = (mo + 1) * 100 + day;
			n = push_value(out, n, cap, v);
			continue;
		}
		/* "4 July": a day before its month is a date */
		if ((t->flags & TOK_NUM) && k + 1 < s->tok_count &&
		    (mo = word_index(c, &a->toks[s->tok_first + k + 1], months, 12)) >= 0 &&
		    (v.value = digits_value(a, t)) >= 1 && v.value <= 31 &&
		    v.value == (double)(int)v.value) {
			v.kind = DISC_DATE;
			v.value = (mo + 1) * 100 + v.value;
			v.end = a->toks[s->tok_first + k + 1].end;
			len = 2;
			n = push_value(out, n, cap, v);
			continue;
		}
		if (days_only) {
			if ((t->flags & TOK_NUM) && t->end - t->start == 4 &&
			    is_year(a, t, v.value = digits_value(a, t))) {
				v.kind = DISC_DATE;
				n = push_value(out, n, cap, v);
			}
			continue;
		}
		v.value = number_at(c, a, s, k, &len);
		if (v.value < 0)
			continue;
		/* "10 Downing Street", "Route 66 Diner": a number in a name */
		if (k + len + 1 < s->tok_count &&
		    (a->toks[s->tok_first + k + len].flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP) &&
		    (a->toks[s->tok_first + k + len + 1].flags & (TOK_WORD | TOK_CAP)) ==
		    (TOK_WORD | TOK_CAP))
			continue;
		v.end = a->toks[s->tok_first + k + len - 1].end;
		if ((t->flags & TOK_NUM) && len == 1 && is_year(a, t, v.value)) {
			v.kind = DISC_DATE;
		} else {
			v.unit = unit_after(c, a, s, k + len - 1);
			v.kind = v.unit == PX_NONE ? DISC_NUMBER : DISC_QUANTITY;
			v.measure = v.unit == UNIT_PERCENT || money_before(a, t) ||
			            measure_after(c, a, s, k + len - 1);
		}
		n = push_value(out, n, cap, v);
	}
	return n;
}

uint32_t
discrep_values(const struct corpus *c, uint32_t article, uint32_t si,
               struct discrep_value *out, uint32_t cap)
{
	return values_in(c, article, si, out, cap, false);
}

/* A value found in a topic, with where it is. */
struct tvalue {
	struct discrep_value v;
	uint32_t article, sentence;
	uint32_t group; /* index of the comparison group, PX_NONE if none */
};

struct artval {
	uint32_t article;
	double value;
};

static int
cmp_artval(const void *x, const void *y)
{
	const struct artval *a = x, *b = y;

	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	return a->value < b->value ? -1 : a->value > b->value;
}

static bool
disjoint(const struct artval *x, uint32_t nx, const struct artval *y, uint32_t ny)
{
	uint32_t i = 0, j = 0;

	while (i < nx && j < ny) {
		if (x[i].value < y[j].value)
			i++;
		else if (x[i].value > y[j].value)
			j++;
		else
			return false;
	}
	return true;
}

/* Do two articles both state values of group grp, none in common? */
static bool
group_disagrees(const struct tvalue *tv, uint32_t n, uint32_t grp)
{
	struct artval *av = xmalloc((n ? n : 1) * sizeof *av);
	uint32_t m = 0, i, j, *run = xmalloc((n + 1) * sizeof *run), n_runs = 0;
	bool found = false;

	for (i = 0; i < n; i++)
		if (tv[i].group == grp)
			av[m++] = (struct artval){tv[i].article, tv[i].v.value};
	px_sort(av, m, sizeof *av, cmp_artval);
	for (i = 0; i < m; i++)
		if (!i || av[i].article != av[i - 1].article)
			run[n_runs++] = i;
	run[n_runs] = m;
	for (i = 0; i < n_runs && !found; i++)
		for (j = i + 1; j < n_runs && !found; j++)
			found = disjoint(av + run[i], run[i + 1] - run[i], av + run[j],
			                 run[j + 1] - run[j]);
	free(av);
	free(run);
	return found;
}

static void
emit_group(struct corpus *c, uint32_t topic, enum disc_kind kind, const struct tvalue *tv,
           uint32_t n, uint32_t grp)
{
	struct discrepancy *d = PX_PUSH(c->discs, c->n_discs, c->cap_discs);
	uint32_t i;

	d->topic = topic;
	d->kind = kind;
	for (i = 0; i < n; i++)
		if (tv[i].group == grp)
			*PX_PUSH(d->values, d->n_values, d->cap_values) =
				(struct disc_value){tv[i].article, tv[i].sentence, tv[i].v.start,
				                    tv[i].v.end};
}

/* Numbers are compared by unit ("175 prisoners" with "175 prisoners");
 * numbers whose unit no other article uses are compared with each other
 * ("175 people" against "23 wounded"), together with the numbers of
 * other units that have one of their values. */
static uint32_t
unit_spread(const struct tvalue *tv, uint32_t n, uint32_t unit)
{
	uint32_t i, first = PX_NONE;

	for (i = 0; i < n; i++)
		if (tv[i].v.kind == DISC_QUANTITY && tv[i].v.unit == unit) {
			if (first == PX_NONE)
				first = tv[i].article;
			else if (tv[i].article != first)
				return 2;
		}
	return 1;
}

static bool
is_count(const struct tvalue *x)
{
	return x->v.kind == DISC_NUMBER || x->v.kind == DISC_QUANTITY;
}

/* Counts without a shared unit are compared only when whole: "6.9"
 * is a measure (a magnitude, a rate), which says nothing against "69
 * dead". */
static bool
is_whole_count(const struct tvalue *x)
{
	return is_count(x) && x->v.value >= 0 && x->v.value < 1e18 &&
	       x->v.value == (double)(uint64_t)x->v.value;
}

/* Does article art state a count with this unit? */
static bool
article_has_unit(const struct tvalue *tv, uint32_t n, uint32_t art, uint32_t unit)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		if (tv[i].article == art && is_count(&tv[i]) && tv[i].v.unit == unit)
			return true;
	return false;
}

/* Can count j of another article be held against article x: whole, and
 * bare or of a unit x does not use? */
static bool
comparable(const struct tvalue *tv, uint32_t n, uint32_t x, uint32_t j)
{
	return is_whole_count(&tv[j]) && !tv[j].v.measure &&
	       (tv[j].v.unit == PX_NONE || !article_has_unit(tv, n, x, tv[j].v.unit));
}

/* Does article x, which has an orphan count, share no count at all with
 * the counts of article y it can be compared with? Both sets must be
 * non-empty. Every count of x takes part, not only the orphans: "five
 * people, including three coastguard members" agrees with "three coast
 * guard personnel" elsewhere, spelled apart or not. */
static bool
orphans_conflict(const struct tvalue *tv, uint32_t n, const bool *orphan, uint32_t x,
                 uint32_t y)
{
	bool any_x = false, any_y = false;
	uint32_t i, j;

	for (i = 0; i < n; i++)
		any_x |= tv[i].article == x && orphan[i];
	if (!any_x)
		return false;
	for (j = 0; j < n; j++) {
		if (tv[j].article != y || !comparable(tv, n, x, j))
			continue;
		any_y = true;
		for (i = 0; i < n; i++)
			if (tv[i].article == x && is_whole_count(&tv[i]) &&
			    tv[i].v.value == tv[j].v.value)
				return false;
	}
	return any_y;
}

static void
mark_comparable(struct tvalue *tv, uint32_t n, const bool *orphan, uint32_t x, uint32_t y,
                uint32_t grp)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		if ((tv[i].article == x && orphan[i]) ||
		    (tv[i].article == y && comparable(tv, n, x, i)))
			tv[i].group = grp;
}

/* Counts whose unit only one article uses ("23 wounded soldiers" where
 * the others say "175 prisoners") are compared with the other articles'
 * counts of units that article does not use. */
static void
number_conflicts(struct corpus *c, uint32_t topic, struct tvalue *tv, uint32_t n)
{
	bool *orphan = xcalloc(n + 1, sizeof *orphan), found = false;
	uint32_t i, j, grp = 1;

	for (i = 0; i < n; i++) {
		orphan[i] = is_whole_count(&tv[i]) && !tv[i].v.measure &&
		            (tv[i].v.kind == DISC_NUMBER || unit_spread(tv, n, tv[i].v.unit) == 1);
		tv[i].group = PX_NONE;
	}
	/* values come grouped by article: visit each article's first one */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			uint32_t x = tv[i].article, y = tv[j].article;

			if (x == y || (i && tv[i - 1].article == x) || (j && tv[j - 1].article == y))
				continue;
			if (orphans_conflict(tv, n, orphan, x, y)) {
				mark_comparable(tv, n, orphan, x, y, grp);
				found = true;
			}
		}
	if (found)
		emit_group(c, topic, DISC_NUMBER, tv, n, grp);
	free(orphan);
}

static void
compare_topic(struct corpus *c, uint32_t topic, struct tvalue *tv, uint32_t n)
{
	bool found = false;
	uint32_t i, j;

	/* quantities: a group per unit used by two articles or more (days
	 * are compared over links, in link_days()) */
	for (i = 0; i < n; i++) {
		tv[i].group = PX_NONE;
		if (tv[i].v.kind == DISC_QUANTITY && unit_spread(tv, n, tv[i].v.unit) > 1)
			tv[i].group = 2 + i;
	}
	for (i = 0; i < n; i++)
		for (j = 0; j < i; j++)
			if (tv[i].group != PX_NONE && tv[j].group != PX_NONE &&
			    tv[j].v.unit == tv[i].v.unit) {
				tv[i].group = tv[j].group;
				break;
			}
	for (i = 0; i < n; i++)
		if (tv[i].group == 2 + i && group_disagrees(tv, n, 2 + i)) {
			emit_group(c, topic, DISC_QUANTITY, tv, n, 2 + i);
			found = true;
		}
	/* counts of different units are weaker evidence: only where no
	 * unit settles it (else "kills 60" repeats "60 people") */
	if (!found)
		number_conflicts(c, topic, tv, n);
}

/* Days are compared by kind: weekdays with weekdays, and a month and
 * day, a month alone or a year each only with its own kind ("March"
 * does not contradict "March 18", nor "2025" "March 18"). */
enum day_class { DAY_WEEKDAY, DAY_DATE, DAY_MONTH, DAY_YEAR, DAY_NONE };

static enum day_class
day_class(const struct discrep_value *v)
{
	if (v->kind == DISC_WEEKDAY)
		return DAY_WEEKDAY;
	if (v->kind != DISC_DATE)
		return DAY_NONE;
	if (v->value >= 1900)
		return DAY_YEAR;
	return (uint32_t)v->value % 100 ? DAY_DATE : DAY_MONTH;
}

/* Is no day of class cl in x among those in y, both having some? */
static bool
days_disagree(const struct discrep_value *x, uint32_t nx, const struct discrep_value *y,
              uint32_t ny, enum day_class cl)
{
	bool any_x = false, any_y = false;
	uint32_t i, j;

	for (i = 0; i < nx; i++) {
		if (day_class(&x[i]) != cl)
			continue;
		any_x = true;
		for (j = 0; j < ny; j++) {
			if (day_class(&y[j]) != cl)
				continue;
			any_y = true;
			if (x[i].value == y[j].value)
				return false;
		}
	}
	return any_x && any_y;
}

/* A day one linked sentence gives and the other contradicts. */
struct day_value {
	uint32_t topic;
	enum disc_kind kind;
	struct disc_value at;
};

static int
cmp_day_value(const void *x, const void *y)
{
	const struct day_value *a = x, *b = y;

	if (a->topic != b->topic)
		return a->topic < b->topic ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->at.article != b->at.article)
		return a->at.article < b->at.article ? -1 : 1;
	return a->at.start < b->at.start ? -1 : a->at.start > b->at.start;
}

static void
push_days(struct day_value **dv, uint32_t *n, uint32_t *cap, uint32_t topic, struct sref r,
          const struct discrep_value *v, uint32_t nv, enum day_class cl)
{
	uint32_t i;

	for (i = 0; i < nv; i++)
		if (day_class(&v[i]) == cl)
			*PX_PUSH(*dv, *n, *cap) = (struct day_value){
				topic, cl == DAY_WEEKDAY ? DISC_WEEKDAY : DISC_DATE,
				{r.article, r.sentence, v[i].start, v[i].end}};
}

/* Weekdays and dates are compared over links, sentence against
 * sentence: a day named by two sentences that report the same thing is
 * the day of one event, while two days somewhere in one topic are often
 * two events ("announced on Monday", "during their Wednesday call"). A
 * contradiction belongs to the topic of either sentence (links between
 * sentences in no topic are left out); each topic gets one discrepancy
 * of each kind with every contradicting day. */
/* The days of each sentence, read once however many links it has. */
struct day_cache {
	uint32_t *base;  /* first global sentence id of each article */
	uint32_t *first; /* per sentence: offset in vals, PX_NONE until read */
	uint32_t *count;
	uint32_t *pushed; /* per sentence and day class: topic pushed last */
	struct discrep_value *vals;
	uint32_t n_vals, cap_vals;
};

static void
day_cache_init(struct day_cache *dc, const struct corpus *c)
{
	uint32_t a, n = 0;

	dc->base = xmalloc(((size_t)c->n_articles + 1) * sizeof *dc->base);
	for (a = 0; a < c->n_articles; a++) {
		dc->base[a] = n;
		n += c->articles[a].n_sents;
	}
	dc->base[a] = n;
	dc->first = xmalloc(((size_t)n + 1) * sizeof *dc->first);
	memset(dc->first, 0xff, ((size_t)n + 1) * sizeof *dc->first);
	dc->count = xcalloc((size_t)n + 1, sizeof *dc->count);
	dc->pushed = xmalloc(((size_t)n * DAY_NONE + 1) * sizeof *dc->pushed);
	memset(dc->pushed, 0xff, ((size_t)n * DAY_NONE + 1) * sizeof *dc->pushed);
	dc->vals = NULL;
	dc->n_vals = dc->cap_vals = 0;
}

static void
day_cache_free(struct day_cache *dc)
{
	free(dc->base);
	free(dc->first);
	free(dc->count);
	free(dc->pushed);
	free(dc->vals);
}

/* The days of sentence r; *g is its global id. The pointer is valid
 * until the next call. */
static const struct discrep_value *
days_of(const struct corpus *c, struct day_cache *dc, struct sref r, uint32_t *n, uint32_t *g)
{
	*g = dc->base[r.article] + r.sentence;
	if (dc->first[*g] == PX_NONE) {
		struct discrep_value v[MAX_VALUES];
		uint32_t k, nv = PX_MIN(values_in(c, r.article, r.sentence, v, MAX_VALUES, true),
		                        MAX_VALUES);

		dc->first[*g] = dc->n_vals;
		for (k = 0; k < nv; k++)
			if (day_class(&v[k]) != DAY_NONE) {
				*PX_PUSH(dc->vals, dc->n_vals, dc->cap_vals) = v[k];
				dc->count[*g]++;
			}
	}
	*n = dc->count[*g];
	return *n ? dc->vals + dc->first[*g] : NULL;
}

/* Weekdays and dates are compared over links, sentence against
 * sentence: a day named by two sentences that report the same thing is
 * the day of one event, while two days somewhere in one topic are often
 * two events ("announced on Monday", "during their Wednesday call"). A
 * contradiction belongs to the topic of either sentence (links between
 * sentences in no topic are left out); each topic gets one discrepancy
 * of each kind with every contradicting day. */
static void
link_days(struct corpus *c)
{
	struct day_value *dv = NULL;
	struct day_cache dc;
	uint32_t n = 0, cap = 0, i, j, l;

	day_cache_init(&dc, c);
	for (l = 0; l < c->n_links; l++) {
		struct sref a = c->links[l].a, b = c->links[l].b;
		uint32_t ta = c->articles[a.article].sents[a.sentence].topic;
		uint32_t tb = c->articles[b.article].sents[b.sentence].topic;
		const struct discrep_value *va, *vb;
		struct discrep_value copy[MAX_VALUES];
		uint32_t na, nb, ga, gb, t;
		enum day_class cl;

		if (ta == PX_NONE && tb == PX_NONE)
			continue;
		va = days_of(c, &dc, a, &na, &ga);
		if (!na)
			continue;
		memcpy(copy, va, na * sizeof *va);
		vb = days_of(c, &dc, b, &nb, &gb);
		if (!nb)
			continue;
		t = ta != PX_NONE ? ta : tb;
		for (cl = DAY_WEEKDAY; cl < DAY_NONE; cl++) {
			/* a year in news is background ("chair since 2019",
			 * "on the board since 2020"), seldom the event's */
			if (cl == DAY_YEAR || !days_disagree(copy, na, vb, nb, cl))
				continue;
			/* a sentence's days go to a topic once */
			if (dc.pushed[(size_t)ga * DAY_NONE + cl] != t) {
				dc.pushed[(size_t)ga * DAY_NONE + cl] = t;
				push_days(&dv, &n, &cap, t, a, copy, na, cl);
			}
			if (dc.pushed[(size_t)gb * DAY_NONE + cl] != t) {
				dc.pushed[(size_t)gb * DAY_NONE + cl] = t;
				push_days(&dv, &n, &cap, t, b, vb, nb, cl);
			}
		}
	}
	day_cache_free(&dc);
	px_sort(dv, n, sizeof *dv, cmp_day_value);
	for (i = 0; i < n; i = j) {
		struct discrepancy *d = PX_PUSH(c->discs, c->n_discs, c->cap_discs);

		memset(d, 0, sizeof *d);
		d->topic = dv[i].topic;
		d->kind = dv[i].kind;
		for (j = i; j < n && dv[j].topic == dv[i].topic && dv[j].kind == dv[i].kind; j++)
			if (j == i || dv[j].at.article != dv[j - 1].at.article ||
			    dv[j].at.start != dv[j - 1].at.start)
				*PX_PUSH(d->values, d->n_values, d->cap_values) = dv[j].at;
	}
	free(dv);
}

static int
cmp_disc(const void *x, const void *y)
{
	const struct discrepancy *a = x, *b = y;

	if (a->topic != b->topic)
		return a->topic < b->topic ? -1 : 1;
	return a->kind < b->kind ? -1 : a->kind > b->kind;
}

void
discrep_find(struct corpus *c)
{
	struct tvalue *tv = NULL;
	uint32_t cap = 0, ti, m, k;

	for (ti = 0; ti < c->n_topics; ti++) {
		const struct topic *t = &c->topics[ti];
		uint32_t n = 0;

		for (m = 0; m < t->n_members; m++) {
			struct discrep_value vals[MAX_VALUES];
			uint32_t nv = discrep_values(c, t->members[m].article, t->members[m].sentence,
			                             vals, MAX_VALUES);

			for (k = 0; k < nv && k < MAX_VALUES; k++) {
				struct tvalue *x = PX_PUSH(tv, n, cap);

				x->v = vals[k];
				x->article = t->members[m].article;
				x->sentence = t->members[m].sentence;
			}
		}
		compare_topic(c, ti, tv, n);
	}
	free(tv);
	link_days(c);
	px_sort(c->discs, c->n_discs, sizeof *c->discs, cmp_disc);
}
