/* cycle.c - from item to item: the actor mentions, quotes and claims of
 * the focused column (m } .), and across columns the spans of the item
 * chosen in a list or the search hits (n N). */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/actor.h"
#include "parallax/lists.h"

static const enum point_kind point_of[NAV_ITEM_KINDS] = {
	[NAV_ITEM_MENTION] = POINT_MENTION,
	[NAV_ITEM_QUOTE] = POINT_QUOTE,
	[NAV_ITEM_CLAIM] = POINT_CLAIM,
};

static const char *const item_name[NAV_ITEM_KINDS] = {
	[NAV_ITEM_MENTION] = "actor mention",
	[NAV_ITEM_QUOTE] = "quote",
	[NAV_ITEM_CLAIM] = "claim",
};

static uint32_t
group_outlets(const struct corpus *c, uint32_t quote)
{
	uint32_t i, n = 0, last = PX_NONE;

	for (i = 0; i < c->n_quotes; i++) {
		if (c->quotes[i].group != c->quotes[quote].group || c->quotes[i].article == last)
			continue;
		n++;
		last = c->quotes[i].article;
	}
	return n;
}

/* What the cursor went to, for the status line. */
static void
describe(struct reader *r, enum nav_item_kind kind, uint32_t id)
{
	const struct corpus *c = r->c;

	if (kind == NAV_ITEM_MENTION) {
		const struct actor *ac = &c->actors[id];
		uint32_t *counts = xcalloc(c->n_articles + 1, sizeof *counts);
		uint32_t outlets = lists_actor_counts(c, id, counts);

		reader_message(r, STYLE_MESSAGE, "%s (%s) \xc2\xb7 %u mention%s in %u outlet%s", ac->name,
		               actor_kind_name(ac->kind), ac->n_mentions, ac->n_mentions == 1 ? "" : "s",
		               outlets, outlets == 1 ? "" : "s");
		free(counts);
	} else if (kind == NAV_ITEM_QUOTE) {
		const struct quote *q = &c->quotes[id];
		uint32_t n = group_outlets(c, id);

		reader_message(r, STYLE_MESSAGE, "quote by %s \xc2\xb7 in %u outlet%s",
		               q->speaker < c->n_actors ? c->actors[q->speaker].name : "no known speaker",
		               n, n == 1 ? "" : "s");
	} else {
		const struct claim *cl = &c->claims[id];

		reader_message(r, STYLE_MESSAGE, "claim by %s \xc2\xb7 cue: %s", lists_claimant(c, cl),
		               cl->cue ? cl->cue : "-");
	}
}

unsigned
cycle_item(struct reader *r, enum nav_item_kind kind, int dir)
{
	struct column *f = reader_focused(r);
	const struct nav_items *items = &r->items[kind][f->article];
	const struct point *p = column_point(f);
	uint32_t at = p && p->kind == point_of[kind] ? p->index : PX_NONE;
	uint32_t i = nav_item_next(items, at, p ? p->start : f->anchor, dir);
	struct point np;
	unsigned res;

	if (i == PX_NONE) {
		reader_message(r, STYLE_MESSAGE, "no %s %s in %s", dir > 0 ? "next" : "previous",
		               item_name[kind], r->c->articles[f->article].outlet);
		return R_STATUS;
	}
	np = (struct point){point_of[kind], items->v[i].start, items->v[i].end, i};
	res = reader_jump(r, f->article, &np);
	describe(r, kind, items->v[i].id);
	return res | R_STATUS;
}

/* ---- choices ---- */

static int
cmp_hit(const void *a, const void *b)
{
	const struct search_hit *x = a, *y = b;

	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

static void
add_span(struct choice *ch, uint32_t article, uint32_t sentence, uint32_t start, uint32_t end)
{
	struct search_hit *h = PX_PUSH(ch->spans.hits, ch->spans.n, ch->spans.cap);

	*h = (struct search_hit){article, sentence, start, end};
}

/* Does item id of the column's items of kind belong to the choice? */
static bool
chosen(const struct reader *r, enum nav_item_kind kind, uint32_t id)
{
	const struct corpus *c = r->c;
	const struct choice *ch = &r->choice;

	switch (ch->kind) {
	case CHOICE_ACTOR: return kind == NAV_ITEM_MENTION && id == ch->id;
	case CHOICE_QUOTE:
		return kind == NAV_ITEM_QUOTE && c->quotes[id].group == c->quotes[ch->id].group;
	case CHOICE_CLAIMS:
		return kind == NAV_ITEM_CLAIM && lists_same_claimant(&c->claims[id], &c->claims[ch->id]);
	case CHOICE_NONE: break;
	}
	return false;
}

static void
choose_spans(struct reader *r)
{
	const struct corpus *c = r->c;
	struct choice *ch = &r->choice;
	uint32_t i;

	if (ch->kind == CHOICE_ACTOR) {
		const struct actor *ac = &c->actors[ch->id];

		for (i = 0; i < ac->n_mentions; i++)
			add_span(ch, ac->mentions[i].article, ac->mentions[i].sentence,
			         ac->mentions[i].start, ac->mentions[i].end);
	} else if (ch->kind == CHOICE_QUOTE) {
		for (i = 0; i < c->n_quotes; i++)
			if (chosen(r, NAV_ITEM_QUOTE, i))
				add_span(ch, c->quotes[i].article, c->quotes[i].sentence, c->quotes[i].start,
				         c->quotes[i].end);
	} else {
		for (i = 0; i < c->n_claims; i++)
			if (chosen(r, NAV_ITEM_CLAIM, i))
				add_span(ch, c->claims[i].article, c->claims[i].sentence, c->claims[i].start,
				         c->claims[i].end);
	}
	px_sort(ch->spans.hits, ch->spans.n, sizeof *ch->spans.hits, cmp_hit);
}

void
cycle_choose(struct reader *r, enum choice_kind kind, uint32_t id)
{
	const struct corpus *c = r->c;
	struct choice *ch = &r->choice;

	cycle_clear(r);
	ch->kind = kind;
	ch->id = id;
	if (kind == CHOICE_ACTOR)
		snprintf(ch->label, sizeof ch->label, "%s", c->actors[id].name);
	else if (kind == CHOICE_QUOTE)
		snprintf(ch->label, sizeof ch->label, "quote by %s",
		         c->quotes[id].speaker < c->n_actors ? c->actors[c->quotes[id].speaker].name
		                                             : "no known speaker");
	else
		snprintf(ch->label, sizeof ch->label, "claims by %s", lists_claimant(c, &c->claims[id]));
	choose_spans(r);
	r->cycle = CYCLE_CHOICE;
	reader_marks(r);
	if (kind == CHOICE_ACTOR)
		reader_message(r, STYLE_MESSAGE, "n/N: the other mentions of %s", ch->label);
	else if (kind == CHOICE_QUOTE)
		reader_message(r, STYLE_MESSAGE, "n/N: this quote in the other outlets");
	else
		reader_message(r, STYLE_MESSAGE, "n/N: the other %s", ch->label);
}

void
cycle_clear(struct reader *r)
{
	search_result_free(&r->choice.spans);
	r->choice.kind = CHOICE_NONE;
	r->choice.label[0] = '\0';
	if (r->cycle == CYCLE_CHOICE)
		r->cycle = r->find.re ? CYCLE_SEARCH : CYCLE_NONE;
}

void
cycle_free(struct reader *r)
{
	cycle_clear(r);
}

/* ---- n and N ---- */

static const struct search_result *
cycle_set(const struct reader *r, enum cycle_kind which)
{
	if (which == CYCLE_SEARCH && r->find.re)
		return &r->find.hits;
	if (which == CYCLE_CHOICE && r->choice.kind != CHOICE_NONE)
		return &r->choice.spans;
	return NULL;
}

/* The first span at or after (article, off). */
static uint32_t
first_from(const struct search_result *set, uint32_t article, uint32_t off)
{
	return (search_next(set, article, off, -1) + 1) % set->n;
}

/* The index of the span starting at (article, start), or PX_NONE. */
static uint32_t
index_of(const struct search_result *set, uint32_t article, uint32_t start)
{
	uint32_t i;

	if (!set || !set->n)
		return PX_NONE;
	i = first_from(set, article, start);
	return set->hits[i].article == article && set->hits[i].start == start ? i : PX_NONE;
}

/* The item of kind at start in article that belongs to the choice. */
static uint32_t
chosen_item(const struct reader *r, enum nav_item_kind kind, uint32_t article, uint32_t start)
{
	const struct nav_items *items = &r->items[kind][article];
	uint32_t i = nav_item_next(items, PX_NONE, start, 1);

	for (; i != PX_NONE && i < items->n && items->v[i].start == start; i++)
		if (chosen(r, kind, items->v[i].id))
			return i;
	return PX_NONE;
}

struct point
cycle_point(const struct reader *r, enum cycle_kind which, uint32_t i)
{
	const struct search_hit *h = &cycle_set(r, which)->hits[i];
	struct point p = {POINT_HIT, h->start, h->end, i};
	enum nav_item_kind kind;

	if (which == CYCLE_SEARCH)
		return p;
	kind = r->choice.kind == CHOICE_ACTOR ? NAV_ITEM_MENTION
	     : r->choice.kind == CHOICE_QUOTE ? NAV_ITEM_QUOTE : NAV_ITEM_CLAIM;
	p.kind = point_of[kind];
	p.index = chosen_item(r, kind, h->article, h->start);
	return p;
}

uint32_t
cycle_position(const struct reader *r, uint32_t *n)
{
	const struct search_result *set = cycle_set(r, r->cycle);
	const struct column *f;
	const struct point *p;

	*n = set ? set->n : 0;
	if (!set || !r->n_cols)
		return PX_NONE;
	f = &r->cols[r->focus];
	p = column_point(f);
	return p ? index_of(set, f->article, p->start) : PX_NONE;
}

static unsigned
nothing_to_cycle(struct reader *r)
{
	if (r->cycle == CYCLE_SEARCH)
		reader_message(r, STYLE_MESSAGE, "pattern not found: %s", r->find.pattern);
	else
		reader_message(r, STYLE_MESSAGE,
		               "nothing to go through: / searches; a, \" and c list actors, quotes, claims");
	return R_STATUS;
}

unsigned
cycle_step(struct reader *r, int dir, bool at_or_after)
{
	const struct search_result *set = cycle_set(r, r->cycle);
	const struct column *f = reader_focused(r);
	const struct point *p = column_point(f);
	uint32_t off = p ? p->start : f->anchor, i;
	struct point np;
	bool member, wrapped;
	unsigned res;

	if (!set || !set->n)
		return nothing_to_cycle(r);
	member = p && index_of(set, f->article, p->start) != PX_NONE;
	if (member && !at_or_after)
		i = search_next(set, f->article, p->start, dir);
	else if (dir > 0)
		i = first_from(set, f->article, off);
	else
		i = search_next(set, f->article, off, -1);
	/* past the last (or first) span of the set, back to the other end */
	wrapped = dir > 0 ? (set->hits[i].article < f->article ||
	                     (set->hits[i].article == f->article && set->hits[i].start < off))
	                  : (set->hits[i].article > f->article ||
	                     (set->hits[i].article == f->article && set->hits[i].start >= off));
	np = cycle_point(r, r->cycle, i);
	res = reader_jump(r, set->hits[i].article, &np);
	f = reader_focused(r);
	if (f->keep && f->sent != PX_NONE && !f->keep[f->sent])
		reader_message(r, STYLE_MESSAGE, "this one is hidden by the filter (& Enter shows all)");
	else if (wrapped && set->n > 1)
		reader_message(r, STYLE_MESSAGE, "wrapped around to the %s", dir > 0 ? "first" : "last");
	return res | R_STATUS;
}
