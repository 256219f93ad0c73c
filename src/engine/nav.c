/* nav.c - where to go next: pure functions over the spans of a corpus. */
#include "parallax/nav.h"

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
	uint32_t i = article_sentence_at(a, off);

	if (i != PX_NONE)
		return i;
	/* between two sentences: gaps are rare, a scan is enough */
	for (i = 0; i < a->n_sents; i++)
		if (a->sents[i].start > off)
			return i;
	return PX_NONE;
}
