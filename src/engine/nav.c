/* nav.c - where to go next: pure functions over the spans of a corpus. */
#include "parallax/nav.h"

#include <stdlib.h>
#include <string.h>

static bool
same_topic(const struct sentence *a, const struct sentence *b)
{
	return a->topic != PX_NONE && a->topic == b->topic;
}

static bool
both_unique(const struct sentence *a, const struct sentence *b)
{
	return (a->flags & SENT_UNIQUE) && (b->flags & SENT_UNIQUE);
}

/* Does sentence i continue the passage of sentence i - 1? */
static bool
continues(const struct article *a, uint32_t i)
{
	if (i == 0 || i >= a->n_sents)
		return false;
	return same_topic(&a->sents[i - 1], &a->sents[i]) ||
	       both_unique(&a->sents[i - 1], &a->sents[i]);
}

uint32_t
nav_discrepancy_at(const struct corpus *c, struct sref r)
{
	uint32_t d, v;

	for (d = 0; d < c->n_discs; d++)
		for (v = 0; v < c->discs[d].n_values; v++)
			if (c->discs[d].values[v].article == r.article &&
			    c->discs[d].values[v].sentence == r.sentence)
				return d;
	return PX_NONE;
}

bool
nav_is(const struct corpus *c, struct sref r, enum nav_kind kind)
{
	const struct article *a = &c->articles[r.article];
	const struct sentence *s;

	if (r.sentence >= a->n_sents)
		return false;
	s = &a->sents[r.sentence];
	switch (kind) {
	case NAV_SENTENCE: return true;
	case NAV_BODY: return !(s->flags & SENT_BOILER);
	case NAV_SHARED:
		return s->topic != PX_NONE &&
		       !(r.sentence > 0 && same_topic(&a->sents[r.sentence - 1], s));
	case NAV_UNIQUE:
		return (s->flags & SENT_UNIQUE) &&
		       !(r.sentence > 0 && both_unique(&a->sents[r.sentence - 1], s));
	case NAV_DISCREPANCY: return nav_discrepancy_at(c, r) != PX_NONE;
	}
	return false;
}

/* Discrepancies are few: look at every value of the article rather than
 * at every sentence. */
static uint32_t
next_discrepancy(const struct corpus *c, struct sref from, int dir)
{
	uint32_t best = PX_NONE, d, v;

	for (d = 0; d < c->n_discs; d++) {
		for (v = 0; v < c->discs[d].n_values; v++) {
			const struct disc_value *dv = &c->discs[d].values[v];
			bool after = from.sentence == PX_NONE || dv->sentence > from.sentence;
			bool before = from.sentence == PX_NONE || dv->sentence < from.sentence;

			if (dv->article != from.article)
				continue;
			if (dir > 0 && after && (best == PX_NONE || dv->sentence < best))
				best = dv->sentence;
			if (dir < 0 && before && (best == PX_NONE || dv->sentence > best))
				best = dv->sentence;
		}
	}
	return best;
}

uint32_t
nav_next(const struct corpus *c, struct sref from, enum nav_kind kind, int dir)
{
	const struct article *a = &c->articles[from.article];
	uint32_t i;

	if (kind == NAV_DISCREPANCY)
		return next_discrepancy(c, from, dir);
	if (dir >= 0) {
		i = from.sentence == PX_NONE ? 0 : from.sentence + 1;
		for (; i < a->n_sents; i++)
			if (nav_is(c, (struct sref){from.article, i}, kind))
				return i;
		return PX_NONE;
	}
	i = from.sentence == PX_NONE || from.sentence > a->n_sents ? a->n_sents : from.sentence;
	while (i-- > 0)
		if (nav_is(c, (struct sref){from.article, i}, kind))
			return i;
	return PX_NONE;
}

struct nav_range
nav_passage(const struct corpus *c, struct sref r)
{
	const struct article *a = &c->articles[r.article];
	struct nav_range p = {r.sentence, r.sentence};

	if (r.sentence >= a->n_sents)
		return p;
	while (continues(a, p.first))
		p.first--;
	while (continues(a, p.last + 1))
		p.last++;
	return p;
}

uint32_t
nav_counterpart(const struct corpus *c, uint32_t topic, uint32_t article)
{
	const struct topic *t;
	uint32_t i;

	if (topic >= c->n_topics)
		return PX_NONE;
	t = &c->topics[topic];
	for (i = 0; i < t->n_members; i++)
		if (t->members[i].article == article)
			return t->members[i].sentence;
	return PX_NONE;
}

uint32_t
nav_topic_count(const struct corpus *c, uint32_t topic, uint32_t article)
{
	uint32_t i, n = 0;

	if (topic >= c->n_topics)
		return 0;
	for (i = 0; i < c->topics[topic].n_members; i++)
		n += c->topics[topic].members[i].article == article;
	return n;
}

uint32_t
nav_sentence_by_offset(const struct article *a, uint32_t off)
{
	uint32_t i = article_sentence_from(a, off);

	/* between two sentences: the next one */
	return i < a->n_sents ? i : PX_NONE;
}

/* ---- actor mentions, quotes and claims ---- */

static int
cmp_item(const void *a, const void *b)
{
	const struct nav_item *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Count an item of article art, or store it when the arrays exist. */
static void
add_item(struct nav_items *per, bool fill, uint32_t art, uint32_t start, uint32_t end,
         uint32_t id)
{
	struct nav_items *it = &per[art];

	if (fill)
		it->v[it->n] = (struct nav_item){start, end, id};
	it->n++;
}

/* Every item of kind, counted (fill false) or stored. */
static void
each_item(const struct corpus *c, enum nav_item_kind kind, struct nav_items *per, bool fill)
{
	uint32_t i, j;

	if (kind == NAV_ITEM_MENTION) {
		for (i = 0; i < c->n_actors; i++) {
			for (j = 0; j < c->actors[i].n_mentions; j++) {
				const struct mention *m = &c->actors[i].mentions[j];

				if (m->article < c->n_articles)
					add_item(per, fill, m->article, m->start, m->end, i);
			}
		}
	} else if (kind == NAV_ITEM_QUOTE) {
		for (i = 0; i < c->n_quotes; i++) {
			const struct quote *q = &c->quotes[i];

			if (q->article < c->n_articles)
				add_item(per, fill, q->article, q->start, q->end, i);
		}
	} else if (kind == NAV_ITEM_CLAIM) {
		for (i = 0; i < c->n_claims; i++) {
			const struct claim *cl = &c->claims[i];

			if (cl->article < c->n_articles)
				add_item(per, fill, cl->article, cl->start, cl->end, i);
		}
	}
}

void
nav_items_build(const struct corpus *c, enum nav_item_kind kind, struct nav_items *per_article)
{
	uint32_t a;

	memset(per_article, 0, c->n_articles * sizeof *per_article);
	each_item(c, kind, per_article, false);
	for (a = 0; a < c->n_articles; a++) {
		per_article[a].v = per_article[a].n ? xmalloc(per_article[a].n * sizeof(struct nav_item))
		                                    : NULL;
		per_article[a].n = 0;
	}
	each_item(c, kind, per_article, true);
	for (a = 0; a < c->n_articles; a++)
		px_sort(per_article[a].v, per_article[a].n, sizeof(struct nav_item), cmp_item);
}

void
nav_items_free(struct nav_items *per_article, uint32_t n_articles)
{
	uint32_t a;

	if (!per_article)
		return;
	for (a = 0; a < n_articles; a++) {
		free(per_article[a].v);
		per_article[a].v = NULL;
		per_article[a].n = 0;
	}
}

/* The first item starting at or after off. */
static uint32_t
first_from(const struct nav_items *items, uint32_t off)
{
	return PX_LOWER_BOUND(items->v, items->n, struct nav_item, start, off);
}

uint32_t
nav_item_next(const struct nav_items *items, uint32_t at, uint32_t off, int dir)
{
	uint32_t i;

	if (at < items->n) {
		if (dir > 0)
			return at + 1 < items->n ? at + 1 : PX_NONE;
		return at > 0 ? at - 1 : PX_NONE;
	}
	i = first_from(items, off);
	if (dir > 0)
		return i < items->n ? i : PX_NONE;
	return i > 0 ? i - 1 : PX_NONE;
}

uint32_t
nav_item_find(const struct nav_items *items, uint32_t start, uint32_t id)
{
	uint32_t i;

	for (i = first_from(items, start); i < items->n && items->v[i].start == start; i++)
		if (items->v[i].id == id)
			return i;
	return PX_NONE;
}
