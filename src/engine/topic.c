/* topic.c - average-linkage clustering of the sentence graph, topic
 * labels and sentences only one outlet has. */
#include "parallax/topic.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/lexicon.h"

#define LABEL_TERMS 3
/* Share of the cross-article pairs of two groups that must have an edge
 * for them to merge: more than half, so that a sentence that bridges two
 * facts cannot pull both into one topic. */
#define TOPIC_DENSITY 0.6

/* Summed edge weight between two clusters, keyed by the pair of their
 * ids: open addressing with tombstones. */
struct pairmap {
	uint64_t *key; /* 0 empty, 1 deleted, else (a << 32 | b) + 2 with a < b */
	double *sum;
	uint32_t *count; /* edges summed */
	uint32_t size, used;
};

static uint64_t
pm_key(uint32_t a, uint32_t b)
{
	return a < b ? ((uint64_t)a << 32 | b) + 2 : ((uint64_t)b << 32 | a) + 2;
}

static uint32_t
pm_slot(const struct pairmap *m, uint64_t k, bool insert)
{
	uint32_t i = (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & (m->size - 1);
	uint32_t tomb = UINT32_MAX;

	for (;; i = (i + 1) & (m->size - 1)) {
		if (m->key[i] == k)
			return i;
		if (m->key[i] == 1 && tomb == UINT32_MAX)
			tomb = i;
		if (m->key[i] == 0)
			return insert && tomb != UINT32_MAX ? tomb : i;
	}
}

static void
pm_init(struct pairmap *m, uint32_t expect)
{
	m->size = 64;
	while (m->size < expect * 2 + 64)
		m->size *= 2;
	m->key = xcalloc(m->size, sizeof *m->key);
	m->sum = xcalloc(m->size, sizeof *m->sum);
	m->count = xcalloc(m->size, sizeof *m->count);
	m->used = 0;
}

static void pm_add(struct pairmap *m, uint32_t a, uint32_t b, double x, uint32_t n);

static void
pm_rehash(struct pairmap *m)
{
	struct pairmap old = *m;
	uint32_t i;

	m->size *= 2;
	m->key = xcalloc(m->size, sizeof *m->key);
	m->sum = xcalloc(m->size, sizeof *m->sum);
	m->count = xcalloc(m->size, sizeof *m->count);
	m->used = 0;
	for (i = 0; i < old.size; i++)
		if (old.key[i] > 1) {
			uint32_t s = pm_slot(m, old.key[i], true);

			m->key[s] = old.key[i];
			m->sum[s] = old.sum[i];
			m->count[s] = old.count[i];
			m->used++;
		}
	free(old.key);
	free(old.sum);
	free(old.count);
}

static void
pm_add(struct pairmap *m, uint32_t a, uint32_t b, double x, uint32_t n)
{
	uint64_t k = pm_key(a, b);
	uint32_t s = pm_slot(m, k, true);

	if (m->key[s] != k) {
		if ((m->used + 1) * 2 > m->size) {
			pm_rehash(m);
			s = pm_slot(m, k, true);
		}
		m->key[s] = k;
		m->sum[s] = 0;
		m->count[s] = 0;
		m->used++;
	}
	m->sum[s] += x;
	m->count[s] += n;
}

/* Remove the pair and return its sum and edge count; false when it is
 * not there. */
static bool
pm_take(struct pairmap *m, uint32_t a, uint32_t b, double *x, uint32_t *n)
{
	uint64_t k = pm_key(a, b);
	uint32_t s = pm_slot(m, k, false);

	if (m->key[s] != k)
		return false;
	*x = m->sum[s];
	*n = m->count[s];
	m->key[s] = 1;
	m->used--;
	return true;
}

static bool
pm_get(const struct pairmap *m, uint32_t a, uint32_t b, double *x, uint32_t *n)
{
	uint64_t k = pm_key(a, b);
	uint32_t s = pm_slot(m, k, false);

	if (m->key[s] != k)
		return false;
	*x = m->sum[s];
	*n = m->count[s];
	return true;
}

static void
pm_free(struct pairmap *m)
{
	free(m->key);
	free(m->sum);
	free(m->count);
}

/* A candidate merge; stale when either cluster changed since. */
struct merge {
	double avg;
	uint32_t a, b, va, vb;
};

struct heap {
	struct merge *h;
	uint32_t n, cap;
};

/* Higher average first; ties by smaller ids, for determinism. */
static bool
merge_before(const struct merge *x, const struct merge *y)
{
	if (x->avg != y->avg)
		return x->avg > y->avg;
	if (PX_MIN(x->a, x->b) != PX_MIN(y->a, y->b))
		return PX_MIN(x->a, x->b) < PX_MIN(y->a, y->b);
	return PX_MAX(x->a, x->b) < PX_MAX(y->a, y->b);
}

static void
heap_push(struct heap *hp, struct merge m)
{
	uint32_t i;

	px_grow(&hp->h, &hp->cap, (size_t)hp->n + 1, sizeof *hp->h);
	for (i = hp->n++; i > 0 && merge_before(&m, &hp->h[(i - 1) / 2]); i = (i - 1) / 2)
		hp->h[i] = hp->h[(i - 1) / 2];
	hp->h[i] = m;
}

static struct merge
heap_pop(struct heap *hp)
{
	struct merge top = hp->h[0], last = hp->h[--hp->n];
	uint32_t i = 0;

	for (;;) {
		uint32_t l = 2 * i + 1, r = l + 1, b = l;

		if (l >= hp->n)
			break;
		if (r < hp->n && merge_before(&hp->h[r], &hp->h[l]))
			b = r;
		if (!merge_before(&hp->h[b], &last))
			break;
		hp->h[i] = hp->h[b];
		i = b;
	}
	if (hp->n)
		hp->h[i] = last;
	return top;
}

/* Per-article member counts of a cluster, sorted by article. */
struct artcount {
	uint32_t article, n;
};

struct cluster {
	uint32_t size, version;
	uint32_t first, last; /* member list through next[] */
	struct artcount *arts;
	uint32_t n_arts, cap_arts;
	uint32_t *nbr;        /* neighbouring clusters (may hold stale ids) */
	uint32_t n_nbr, cap_nbr;
	bool dead;
};

struct clustering {
	struct cluster *cl;
	uint32_t *next;
	uint32_t *mark; /* scratch: last cluster that listed a neighbour */
	struct pairmap pm;
	struct heap heap;
	double threshold;
	double density; /* share of cross pairs that must have an edge */
};

/* Number of cross-article sentence pairs between two clusters. */
static double
cross_pairs(const struct cluster *x, const struct cluster *y)
{
	double n = (double)x->size * y->size;
	uint32_t i = 0, j = 0;

	while (i < x->n_arts && j < y->n_arts) {
		if (x->arts[i].article < y->arts[j].article)
			i++;
		else if (x->arts[i].article > y->arts[j].article)
			j++;
		else
			n -= (double)x->arts[i++].n * y->arts[j++].n;
	}
	return n;
}

static void
push_candidate(struct clustering *k, uint32_t a, uint32_t b)
{
	double sum, pairs;
	uint32_t edges;
	struct merge m;

	if (!pm_get(&k->pm, a, b, &sum, &edges))
		return;
	pairs = cross_pairs(&k->cl[a], &k->cl[b]);
	if (pairs <= 0 || sum / pairs < k->threshold || edges < k->density * pairs)
		return;
	m.avg = sum / pairs;
	m.a = a, m.b = b;
	m.va = k->cl[a].version, m.vb = k->cl[b].version;
	heap_push(&k->heap, m);
}

static void
merge_arts(struct cluster *a, const struct cluster *b)
{
	struct artcount *out = xmalloc((a->n_arts + b->n_arts) * sizeof *out);
	uint32_t i = 0, j = 0, n = 0;

	while (i < a->n_arts || j < b->n_arts) {
		if (j >= b->n_arts || (i < a->n_arts && a->arts[i].article < b->arts[j].article))
			out[n++] = a->arts[i++];
		else if (i >= a->n_arts || b->arts[j].article < a->arts[i].article)
			out[n++] = b->arts[j++];
		else {
			out[n] = a->arts[i++];
			out[n++].n += b->arts[j++].n;
		}
	}
	free(a->arts);
	a->arts = out;
	a->n_arts = a->cap_arts = n;
}

static void
add_nbr(struct cluster *x, uint32_t id)
{
	*PX_PUSH(x->nbr, x->n_nbr, x->cap_nbr) = id;
}

/* Cluster a absorbs cluster b. */
static void
merge_clusters(struct clustering *k, uint32_t a, uint32_t b)
{
	struct cluster *ca = &k->cl[a], *cb = &k->cl[b];
	uint32_t i, n = 0, e;
	double x;

	pm_take(&k->pm, a, b, &x, &e);
	k->next[ca->last] = cb->first;
	ca->last = cb->last;
	ca->size += cb->size;
	merge_arts(ca, cb);
	for (i = 0; i < cb->n_nbr; i++) {
		uint32_t o = cb->nbr[i];

		if (o == a || k->cl[o].dead || !pm_take(&k->pm, b, o, &x, &e))
			continue;
		pm_add(&k->pm, a, o, x, e);
		add_nbr(ca, o);
		add_nbr(&k->cl[o], a);
	}
	cb->dead = true;
	free(cb->nbr);
	free(cb->arts);
	cb->nbr = NULL, cb->arts = NULL;
	cb->n_nbr = cb->cap_nbr = cb->n_arts = cb->cap_arts = 0;
	ca->version++;
	/* keep each live neighbour once, and offer the new merges */
	for (i = 0; i < ca->n_nbr; i++) {
		uint32_t o = ca->nbr[i];

		if (k->cl[o].dead || k->mark[o] == a || !pm_get(&k->pm, a, o, &x, &e))
			continue;
		k->mark[o] = a;
		ca->nbr[n++] = o;
		push_candidate(k, a, o);
	}
	ca->n_nbr = n;
	for (i = 0; i < n; i++)
		k->mark[ca->nbr[i]] = PX_NONE;
}

static void
clustering_init(struct clustering *k, const struct match_graph *g, double threshold)
{
	uint32_t gi, e;

	k->cl = xcalloc(g->n_sents + 1, sizeof *k->cl);
	k->next = xmalloc((g->n_sents + 1) * sizeof *k->next);
	k->mark = xmalloc((g->n_sents + 1) * sizeof *k->mark);
	memset(k->mark, 0xff, (g->n_sents + 1) * sizeof *k->mark);
	memset(&k->heap, 0, sizeof k->heap);
	k->threshold = threshold;
	k->density = TOPIC_DENSITY;
	pm_init(&k->pm, g->edge_at[g->n_sents] / 2);
	for (gi = 0; gi < g->n_sents; gi++) {
		struct cluster *x = &k->cl[gi];

		x->size = 1;
		x->first = x->last = gi;
		k->next[gi] = PX_NONE;
		*PX_PUSH(x->arts, x->n_arts, x->cap_arts) =
			(struct artcount){g->ref[gi].article, 1};
		for (e = g->edge_at[gi]; e < g->edge_at[gi + 1]; e++) {
			add_nbr(x, g->edge_to[e]);
			if (g->edge_to[e] > gi)
				pm_add(&k->pm, gi, g->edge_to[e], g->edge_w[e], 1);
		}
	}
	for (gi = 0; gi < g->n_sents; gi++)
		for (e = g->edge_at[gi]; e < g->edge_at[gi + 1]; e++)
			if (g->edge_to[e] > gi)
				push_candidate(k, gi, g->edge_to[e]);
}

static void
clustering_run(struct clustering *k)
{
	while (k->heap.n) {
		struct merge m = heap_pop(&k->heap);

		if (k->cl[m.a].dead || k->cl[m.b].dead || k->cl[m.a].version != m.va ||
		    k->cl[m.b].version != m.vb)
			continue;
		/* the one with more neighbours absorbs the other: less to move */
		if (k->cl[m.a].n_nbr >= k->cl[m.b].n_nbr)
			merge_clusters(k, m.a, m.b);
		else
			merge_clusters(k, m.b, m.a);
	}
}

static void
clustering_free(struct clustering *k, uint32_t n)
{
	uint32_t i;

	for (i = 0; i < n; i++) {
		free(k->cl[i].arts);
		free(k->cl[i].nbr);
	}
	free(k->cl);
	free(k->next);
	free(k->mark);
	free(k->heap.h);
	pm_free(&k->pm);
}

static int
cmp_topic(const void *x, const void *y)
{
	return match_sref_cmp(((const struct topic *)x)->members, ((const struct topic *)y)->members);
}

/* Best label terms: stems found in the most articles of the topic,
 * weighted by idf. */
struct label_term {
	uint32_t stem, n_arts, tok_article, tok;
	float score;
};

static int
cmp_label_term(const void *x, const void *y)
{
	const struct label_term *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->stem < b->stem ? -1 : a->stem > b->stem;
}

/* Scratch per stem: last article counted, slot in the term list. */
struct label_scratch {
	uint32_t *last_art, *slot;
	struct label_term *terms;
	uint32_t n, cap;
};

static void
label_count(const struct corpus *c, const struct match_graph *g, const struct topic *t,
            struct label_scratch *ls)
{
	uint32_t m, k;

	ls->n = 0;
	for (m = 0; m < t->n_members; m++) {
		const struct article *a = &c->articles[t->members[m].article];
		const struct sentence *s = &a->sents[t->members[m].sentence];

		for (k = 0; k < s->tok_count; k++) {
			const struct token *tk = &a->toks[s->tok_first + k];
			struct label_term *lt;

			if (!match_is_term(c, tk))
				continue;
			if (ls->slot[tk->stem] == PX_NONE) {
				ls->slot[tk->stem] = ls->n;
				lt = PX_PUSH(ls->terms, ls->n, ls->cap);
				lt->stem = tk->stem;
				lt->tok_article = t->members[m].article;
				lt->tok = s->tok_first + k;
			}
			lt = &ls->terms[ls->slot[tk->stem]];
			if (ls->last_art[tk->stem] != t->members[m].article) {
				ls->last_art[tk->stem] = t->members[m].article;
				lt->n_arts++;
			}
		}
	}
	for (k = 0; k < ls->n; k++) {
		struct label_term *lt = &ls->terms[k];

		lt->score = (float)lt->n_arts * g->idf[lt->stem];
		ls->slot[lt->stem] = PX_NONE;
		ls->last_art[lt->stem] = PX_NONE;
	}
	px_sort(ls->terms, ls->n, sizeof *ls->terms, cmp_label_term);
}

/* A term as it is written: names keep their capitals, other words are
 * shown folded. */
static size_t
label_word(const struct corpus *c, const struct label_term *lt, char *out, size_t cap)
{
	const struct article *a = &c->articles[lt->tok_article];
	const struct token *tk = &a->toks[lt->tok];
	const char *s = lex_str(c->lex, tk->word);
	size_t n = lex_strlen(c->lex, tk->word);

	if ((tk->flags & TOK_CAP) && !(tk->flags & TOK_FIRST)) {
		s = article_at(a, tk->start);
		n = tk->end - tk->start;
	}
	if (n >= cap)
		n = 0;
	memcpy(out, s, n);
	return n;
}

static void
topic_label(struct corpus *c, const struct match_graph *g, struct topic *t,
            struct label_scratch *ls)
{
	char buf[256];
	size_t used = 0;
	uint32_t k;

	label_count(c, g, t, ls);
	for (k = 0; k < ls->n && k < LABEL_TERMS; k++) {
		char word[96];
		size_t n = label_word(c, &ls->terms[k], word, sizeof word);

		if (!n || used + n + 2 > sizeof buf)
			continue;
		if (used)
			buf[used++] = ' ';
		memcpy(buf + used, word, n);
		used += n;
	}
	t->label = arena_strndup(&c->arena, buf, used);
}

static void
topic_add(struct corpus *c, const struct clustering *k, const struct match_graph *g,
          uint32_t id, uint32_t min_outlets)
{
	const struct cluster *x = &k->cl[id];
	struct topic *t;
	uint32_t m;

	if (x->size < 2 || x->n_arts < PX_MAX(min_outlets, 2))
		return;
	t = PX_PUSH(c->topics, c->n_topics, c->cap_topics);
	t->n_outlets = x->n_arts;
	for (m = x->first; m != PX_NONE; m = k->next[m])
		*PX_PUSH(t->members, t->n_members, t->cap_members) = g->ref[m];
	px_sort(t->members, t->n_members, sizeof *t->members, match_sref_cmp);
}

void
topic_build(struct corpus *c, const struct analysis_opts *o, const struct match_graph *g)
{
	struct clustering k;
	struct label_scratch ls = {0};
	uint32_t i, m, n_lex = lex_size(c->lex);

	clustering_init(&k, g, o->threshold * MATCH_TOPIC_SHARE);
	clustering_run(&k);
	for (i = 0; i < g->n_sents; i++)
		if (!k.cl[i].dead && g->use[i])
			topic_add(c, &k, g, i, o->min_outlets);
	clustering_free(&k, g->n_sents);
	px_sort(c->topics, c->n_topics, sizeof *c->topics, cmp_topic);
	ls.last_art = xmalloc((n_lex + 1) * sizeof *ls.last_art);
	ls.slot = xmalloc((n_lex + 1) * sizeof *ls.slot);
	memset(ls.last_art, 0xff, (n_lex + 1) * sizeof *ls.last_art);
	memset(ls.slot, 0xff, (n_lex + 1) * sizeof *ls.slot);
	for (i = 0; i < c->n_topics; i++) {
		struct topic *t = &c->topics[i];

		for (m = 0; m < t->n_members; m++)
			c->articles[t->members[m].article].sents[t->members[m].sentence].topic = i;
		topic_label(c, g, t, &ls);
	}
	free(ls.last_art);
	free(ls.slot);
	free(ls.terms);
}

void
topic_mark_unique(struct corpus *c, const struct match_graph *g, double threshold)
{
	uint32_t gi, e;

	for (gi = 0; gi < g->n_sents; gi++) {
		struct sref r = g->ref[gi];
		struct sentence *s = &c->articles[r.article].sents[r.sentence];
		bool linked = false;

		if (!g->use[gi] || s->topic != PX_NONE || (s->flags & SENT_HEADLINE))
			continue;
		for (e = g->edge_at[gi]; e < g->edge_at[gi + 1] && !linked; e++)
			linked = g->edge_w[e] >= threshold;
		if (linked)
			continue;
		s->flags |= SENT_UNIQUE;
		*PX_PUSH(c->unique, c->n_unique, c->cap_unique) = r;
	}
}
