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

#define CLUSTER_GONE UINT32_MAX

/* A candidate merge; stale when either cluster changed since. */
struct merge {
	double avg;
	uint32_t a, b, va, vb;
};

/* A 4-ary heap of candidate merges: half the levels of a binary one,
 * and the children of a node share a cache line or two. */
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
heap_down(struct heap *hp, uint32_t i, struct merge m)
{
	for (;;) {
		uint32_t c = 4 * i + 1, end = PX_MIN(c + 4, hp->n), b = c, j;

		if (c >= hp->n)
			break;
		for (j = c + 1; j < end; j++)
			if (merge_before(&hp->h[j], &hp->h[b]))
				b = j;
		if (!merge_before(&hp->h[b], &m))
			break;
		hp->h[i] = hp->h[b];
		i = b;
	}
	hp->h[i] = m;
}

/* Room for the bucket heaps. Millions of candidates pass through them
 * in a large corpus, and arrays grown through malloc would touch a fresh
 * small page every 170 of them, a fault each. They are cut instead from
 * blocks of growing size, in huge pages where the system gives them
 * (match_big_alloc()); sizes are powers of two, and the array a heap
 * outgrows waits on a free list of its size for the next heap to grow. */
#define STORE_FIRST ((size_t)1 << 20) /* bytes; then twice, up to 4 MB */
#define STORE_DOUBLINGS 2

struct store {
	struct merge *free[32]; /* by log2 of the size, linked through h[0] */
	struct merge **blocks;
	uint32_t n_blocks, cap_blocks;
	struct merge *at, *end;
};

static uint32_t
log2_u32(uint32_t x)
{
	uint32_t k = 0;

	while (x >>= 1)
		k++;
	return k;
}

static struct merge *
store_take(struct store *st, uint32_t n)
{
	struct merge *h = st->free[log2_u32(n)];

	if (h) {
		memcpy(&st->free[log2_u32(n)], h, sizeof h);
		return h;
	}
	if (!st->at || (size_t)(st->end - st->at) < n) {
		size_t bytes = STORE_FIRST << PX_MIN(st->n_blocks, STORE_DOUBLINGS);
		size_t size = PX_MAX(n, bytes / sizeof *h);

		st->at = match_big_alloc(size * sizeof *h);
		st->end = st->at + size;
		*PX_PUSH(st->blocks, st->n_blocks, st->cap_blocks) = st->at;
	}
	h = st->at;
	st->at += n;
	return h;
}

static void
store_give(struct store *st, struct merge *h, uint32_t n)
{
	memcpy(h, &st->free[log2_u32(n)], sizeof h);
	st->free[log2_u32(n)] = h;
}

static void
store_free(struct store *st)
{
	uint32_t i;

	for (i = 0; i < st->n_blocks; i++)
		free(st->blocks[i]);
	free(st->blocks);
}

static void
heap_push(struct store *st, struct heap *hp, struct merge m)
{
	uint32_t i;

	if (hp->n == hp->cap) {
		uint32_t cap = hp->cap ? hp->cap * 2 : 8;
		struct merge *h = store_take(st, cap);

		if (hp->n)
			memcpy(h, hp->h, (size_t)hp->n * sizeof *h);
		if (hp->h)
			store_give(st, hp->h, hp->cap);
		hp->h = h;
		hp->cap = cap;
	}
	for (i = hp->n++; i > 0 && merge_before(&m, &hp->h[(i - 1) / 4]); i = (i - 1) / 4)
		hp->h[i] = hp->h[(i - 1) / 4];
	hp->h[i] = m;
}

static struct merge
heap_pop(struct heap *hp)
{
	struct merge top = hp->h[0];

	if (--hp->n)
		heap_down(hp, 0, hp->h[hp->n]);
	return top;
}

/* Candidate merges by average: buckets of nearby averages (by the
 * leading bits of the average as a float), each a heap, and a bit per
 * bucket in use. A pop reads the top bucket, which stays in cache,
 * instead of a path through one heap of millions; a push touches one
 * bucket. */
#define QUEUE_BUCKETS 4096

struct queue {
	struct heap *bucket;
	struct store store;
	uint64_t used[QUEUE_BUCKETS / 64];
	uint32_t top;  /* no bucket above is in use */
	uint32_t base, shift; /* bucket = (float bits - base) >> shift */
	uint32_t n;
};

/* Averages are at least threshold and at most 1 (cosines). */
static void
queue_init(struct queue *q, double threshold)
{
	memset(q, 0, sizeof *q);
	q->bucket = xcalloc(QUEUE_BUCKETS, sizeof *q->bucket);
	q->base = threshold > 0 ? match_float_bits((float)threshold) : 0;
	while ((match_float_bits(2.0f) - q->base) >> q->shift >= QUEUE_BUCKETS)
		q->shift++;
}

static void
queue_free(struct queue *q)
{
	store_free(&q->store);
	free(q->bucket);
}

static void
queue_push(struct queue *q, struct merge m)
{
	uint32_t bits = match_float_bits((float)m.avg), b;

	b = bits > q->base ? (bits - q->base) >> q->shift : 0;
	b = PX_MIN(b, QUEUE_BUCKETS - 1);
	heap_push(&q->store, &q->bucket[b], m);
	q->used[b / 64] |= (uint64_t)1 << (b % 64);
	q->top = PX_MAX(q->top, b);
	q->n++;
}

/* The best candidate, or NULL. */
static const struct merge *
queue_peek(struct queue *q)
{
	if (!q->n)
		return NULL;
	while (!(q->used[q->top / 64] >> (q->top % 64) & 1))
		q->top--;
	return &q->bucket[q->top].h[0];
}

static struct merge
queue_pop(struct queue *q)
{
	struct heap *hp;
	struct merge m;

	queue_peek(q);
	hp = &q->bucket[q->top];
	m = heap_pop(hp);
	if (!hp->n)
		q->used[q->top / 64] &= ~((uint64_t)1 << (q->top % 64));
	q->n--;
	return m;
}

/* Per-article member counts of a cluster, sorted by article. */
struct artcount {
	uint32_t article, n;
};

/* Summed edge weights from a cluster to a neighbouring one. The id may
 * name a cluster absorbed since: read it through clustering_find(). */
struct adj {
	uint32_t to, count;
	double sum;
};

/* A cluster of one sentence reads its neighbours from the graph and its
 * article from the sentence; a merged one owns both lists. */
struct cluster {
	uint32_t size;
	uint32_t first, last; /* member list through next[] */
	/* neighbours as the previous, list-based version counted them
	 * (duplicates included); it decides which of two clusters absorbs
	 * the other, and so the ids that break ties */
	uint32_t n_nbr;
	uint32_t n_adj, n_arts;
	struct adj *adj;
	struct artcount *arts;
};

/* The first candidates, one per edge, in merge order: sorted once
 * instead of passing through the heap. */
struct initial {
	uint64_t *key; /* weight (reversed) and index into pair */
	uint32_t *pair; /* 2 per candidate: the two sentences, in key order */
	uint32_t n, next;
};

struct clustering {
	const struct match_graph *g;
	struct initial init;
	struct cluster *cl;
	uint32_t *parent; /* union-find: a merged cluster points to its absorber */
	/* merges each cluster made, CLUSTER_GONE once absorbed: a candidate
	 * is current when both counts are those it was made with */
	uint32_t *version;
	uint32_t *next;
	uint32_t *slot;   /* scratch: a neighbour's place in the merged list */
	struct adj *merged; /* scratch: the merged list */
	uint8_t *from_b;
	uint32_t cap_merged, cap_from_b;
	struct queue queue;
	double threshold;
	double density; /* share of cross pairs that must have an edge */
};

static uint32_t
clustering_find(struct clustering *k, uint32_t x)
{
	while (k->parent[x] != x) {
		k->parent[x] = k->parent[k->parent[x]];
		x = k->parent[x];
	}
	return x;
}

static const struct artcount *
cluster_arts(const struct clustering *k, uint32_t id, struct artcount *one, uint32_t *n)
{
	const struct cluster *x = &k->cl[id];

	if (x->arts) {
		*n = x->n_arts;
		return x->arts;
	}
	one->article = k->g->ref[id].article;
	one->n = 1;
	*n = 1;
	return one;
}

static struct adj
cluster_adj(const struct clustering *k, uint32_t id, uint32_t i)
{
	const struct match_graph *g = k->g;
	uint32_t e;

	if (k->cl[id].adj)
		return k->cl[id].adj[i];
	e = g->edge_at[id] + i;
	return (struct adj){g->edge_to[e], 1, g->edge_w[e]};
}

/* The first of v[from..n) whose article is not below article: steps
 * doubling from from, then a binary search. */
static uint32_t
artcount_seek(const struct artcount *v, uint32_t from, uint32_t n, uint32_t article)
{
	uint32_t lo = from, hi, step = 1;

	while (lo + step < n && v[lo + step].article < article) {
		lo += step;
		step *= 2;
	}
	hi = PX_MIN(lo + step, n);
	return lo + PX_LOWER_BOUND(v + lo, hi - lo, struct artcount, article, article);
}

/* Number of cross-article sentence pairs between two clusters. */
static double
cross_pairs(const struct clustering *k, uint32_t a, uint32_t b)
{
	struct artcount one_x, one_y;
	const struct artcount *x, *y;
	uint32_t nx, ny, i = 0, j = 0;
	double n = (double)k->cl[a].size * k->cl[b].size;

	x = cluster_arts(k, a, &one_x, &nx);
	y = cluster_arts(k, b, &one_y, &ny);
	if (nx > ny) {
		const struct artcount *t = x;

		x = y, y = t;
		i = nx, nx = ny, ny = i, i = 0;
	}
	if (nx * 8 < ny) {
		/* a single sentence, or a group of a few articles against one
		 * of thousands: find each of the few rather than walk the many */
		for (i = 0; i < nx; i++) {
			j = artcount_seek(y, j, ny, x[i].article);
			if (j < ny && y[j].article == x[i].article)
				n -= (double)x[i].n * y[j].n;
		}
		return n;
	}
	while (i < nx && j < ny) {
		if (x[i].article < y[j].article)
			i++;
		else if (x[i].article > y[j].article)
			j++;
		else
			n -= (double)x[i++].n * y[j++].n;
	}
	return n;
}

static bool
candidate(struct clustering *k, uint32_t a, uint32_t b, double sum, uint32_t edges,
          struct merge *m)
{
	double pairs = cross_pairs(k, a, b);

	if (pairs <= 0 || sum / pairs < k->threshold || edges < k->density * pairs)
		return false;
	m->avg = sum / pairs;
	m->a = a, m->b = b;
	m->va = k->version[a], m->vb = k->version[b];
	return true;
}

static void
merge_arts(struct clustering *k, uint32_t ia, uint32_t ib)
{
	struct artcount one_a, one_b, *out;
	const struct artcount *a, *b;
	uint32_t na, nb, i = 0, j = 0, n = 0;

	a = cluster_arts(k, ia, &one_a, &na);
	b = cluster_arts(k, ib, &one_b, &nb);
	out = xmalloc((size_t)(na + nb) * sizeof *out);
	while (i < na || j < nb) {
		if (j >= nb || (i < na && a[i].article < b[j].article))
			out[n++] = a[i++];
		else if (i >= na || b[j].article < a[i].article)
			out[n++] = b[j++];
		else {
			out[n] = a[i++];
			out[n++].n += b[j++].n;
		}
	}
	free(k->cl[ia].arts);
	k->cl[ia].arts = out;
	k->cl[ia].n_arts = n;
}

/* The neighbours of a and b once merged into a: each live cluster once,
 * its edges summed, a's first. */
static uint32_t
merge_neighbours(struct clustering *k, uint32_t a, uint32_t b)
{
	uint32_t n = 0, part, i, ids[2] = {a, b};

	for (part = 0; part < 2; part++)
		for (i = 0; i < k->cl[ids[part]].n_adj; i++) {
			struct adj e = cluster_adj(k, ids[part], i);
			uint32_t o = clustering_find(k, e.to);

			if (o == a)
				continue;
			if (k->slot[o] == PX_NONE) {
				px_grow(&k->merged, &k->cap_merged, (size_t)n + 1, sizeof *k->merged);
				px_grow(&k->from_b, &k->cap_from_b, (size_t)n + 1, sizeof *k->from_b);
				k->slot[o] = n;
				k->merged[n] = (struct adj){o, 0, 0.0};
				k->from_b[n++] = 0;
			}
			k->merged[k->slot[o]].sum += e.sum;
			k->merged[k->slot[o]].count += e.count;
			k->from_b[k->slot[o]] |= (uint8_t)part;
		}
	for (i = 0; i < n; i++)
		k->slot[k->merged[i].to] = PX_NONE;
	return n;
}

/* Cluster a absorbs cluster b. */
static void
merge_clusters(struct clustering *k, uint32_t a, uint32_t b)
{
	struct cluster *ca = &k->cl[a], *cb = &k->cl[b];
	uint32_t i, n;
	struct merge m;

	k->next[ca->last] = cb->first;
	ca->last = cb->last;
	ca->size += cb->size;
	merge_arts(k, a, b);
	k->parent[b] = a;
	k->version[b] = CLUSTER_GONE;
	n = merge_neighbours(k, a, b);
	for (i = 0; i < n; i++)
		if (k->from_b[i])
			k->cl[k->merged[i].to].n_nbr++;
	ca->adj = xrealloc(ca->adj, ((size_t)n + 1) * sizeof *ca->adj);
	if (n)
		memcpy(ca->adj, k->merged, (size_t)n * sizeof *ca->adj);
	ca->n_adj = ca->n_nbr = n;
	free(cb->adj);
	free(cb->arts);
	cb->adj = NULL, cb->arts = NULL;
	cb->n_adj = cb->n_arts = 0;
	k->version[a]++;
	for (i = 0; i < n; i++)
		if (candidate(k, a, ca->adj[i].to, ca->adj[i].sum, ca->adj[i].count, &m))
			queue_push(&k->queue, m);
}

/* Sort keys by least significant byte first, 8 bits a pass; a pass in
 * which all keys have the same byte is left out. */
static void
radix_sort(uint64_t *v, uint32_t n)
{
	uint64_t *tmp = match_big_alloc(((size_t)n + 1) * sizeof *tmp), *from = v, *to = tmp, *t;
	uint32_t shift, i, count[257];

	for (shift = 0; shift < 64; shift += 8) {
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(from[i] >> shift & 255) + 1]++;
		for (i = 0; i < 256 && count[i + 1] != n; i++)
			;
		if (i < 256)
			continue;
		for (i = 0; i < 256; i++)
			count[i + 1] += count[i];
		for (i = 0; i < n; i++)
			to[count[from[i] >> shift & 255]++] = from[i];
		t = from, from = to, to = t;
	}
	if (from != v)
		memcpy(v, from, (size_t)n * sizeof *v);
	free(tmp);
}

static bool
initial_edge(const struct match_graph *g, uint32_t gi, uint32_t e, double threshold)
{
	uint32_t to = g->edge_to[e];

	return to > gi && g->edge_w[e] >= threshold && g->ref[gi].article != g->ref[to].article;
}

/* The candidate merges of two single sentences: each edge at or above
 * the threshold, its weight the average. Keys order them as
 * merge_before() does: weight down, then the pair (rows of the graph are
 * in id order). */
static void
initial_build(struct clustering *k)
{
	const struct match_graph *g = k->g;
	struct initial *in = &k->init;
	uint32_t gi, e, n = 0, *sorted;

	for (gi = 0; gi < g->n_sents; gi++)
		for (e = g->edge_at[gi]; e < g->edge_at[gi + 1]; e++)
			n += initial_edge(g, gi, e, k->threshold);
	in->key = match_big_alloc(((size_t)n + 1) * sizeof *in->key);
	in->pair = match_big_alloc(((size_t)2 * n + 1) * sizeof *in->pair);
	for (gi = 0; gi < g->n_sents; gi++)
		for (e = g->edge_at[gi]; e < g->edge_at[gi + 1]; e++) {
			uint32_t bits;

			if (!initial_edge(g, gi, e, k->threshold))
				continue;
			bits = match_float_bits(g->edge_w[e]);
			in->pair[2 * in->n] = gi;
			in->pair[2 * in->n + 1] = g->edge_to[e];
			in->key[in->n] = (uint64_t)(UINT32_MAX - bits) << 32 | in->n;
			in->n++;
		}
	radix_sort(in->key, in->n);
	/* the pairs in merge order, so that they are read one after the
	 * other rather than each from anywhere */
	sorted = match_big_alloc(((size_t)2 * n + 1) * sizeof *sorted);
	for (e = 0; e < n; e++) {
		uint32_t c = (uint32_t)in->key[e];

		sorted[2 * e] = in->pair[2 * c];
		sorted[2 * e + 1] = in->pair[2 * c + 1];
	}
	free(in->pair);
	in->pair = sorted;
}

static struct merge
initial_at(const struct initial *in, uint32_t i)
{
	uint32_t bits = UINT32_MAX - (uint32_t)(in->key[i] >> 32);
	float w;

	memcpy(&w, &bits, sizeof w);
	return (struct merge){w, in->pair[2 * i], in->pair[2 * i + 1], 0, 0};
}

static void
clustering_init(struct clustering *k, const struct match_graph *g, double threshold)
{
	uint32_t gi;

	memset(k, 0, sizeof *k);
	k->g = g;
	k->cl = xcalloc((size_t)g->n_sents + 1, sizeof *k->cl);
	k->parent = xmalloc(((size_t)g->n_sents + 1) * sizeof *k->parent);
	k->version = xcalloc((size_t)g->n_sents + 1, sizeof *k->version);
	k->next = xmalloc(((size_t)g->n_sents + 1) * sizeof *k->next);
	k->slot = xmalloc(((size_t)g->n_sents + 1) * sizeof *k->slot);
	memset(k->slot, 0xff, ((size_t)g->n_sents + 1) * sizeof *k->slot);
	k->threshold = threshold;
	queue_init(&k->queue, threshold);
	k->density = TOPIC_DENSITY;
	for (gi = 0; gi < g->n_sents; gi++) {
		struct cluster *x = &k->cl[gi];

		x->size = 1;
		x->first = x->last = gi;
		x->n_adj = x->n_nbr = g->edge_at[gi + 1] - g->edge_at[gi];
		x->n_arts = 1;
		k->parent[gi] = gi;
		k->next[gi] = PX_NONE;
	}
	initial_build(k);
}

/* The best candidate left, from the sorted first ones or the queue. */
static bool
next_merge(struct clustering *k, struct merge *m)
{
	struct initial *in = &k->init;
	const struct merge *top = queue_peek(&k->queue);

	if (in->next < in->n) {
		*m = initial_at(in, in->next);
		if (!top || merge_before(m, top)) {
			in->next++;
			return true;
		}
	}
	if (!top)
		return false;
	*m = queue_pop(&k->queue);
	return true;
}

static void
clustering_run(struct clustering *k)
{
	struct merge m;

	while (next_merge(k, &m)) {
		if (k->version[m.a] != m.va || k->version[m.b] != m.vb)
			continue;
		/* the one with more neighbours absorbs the other */
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
		free(k->cl[i].adj);
	}
	free(k->cl);
	free(k->parent);
	free(k->version);
	free(k->next);
	free(k->slot);
	free(k->merged);
	free(k->from_b);
	queue_free(&k->queue);
	free(k->init.key);
	free(k->init.pair);
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
	uint32_t order; /* place in the label: position in the sentence read */
	bool headline;  /* tok is in a headline */
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

static int
cmp_label_order(const void *x, const void *y)
{
	const struct label_term *a = x, *b = y;

	return a->order < b->order ? -1 : a->order > b->order;
}

/* Scratch per stem: last article counted, slot in the term list. */
struct label_scratch {
	uint32_t *last_art, *slot;
	struct label_term *terms;
	uint32_t n, cap;
};

/* Put the LABEL_TERMS best terms first, in order: a label reads no
 * further, and a topic of many sentences has hundreds of terms. */
static void
label_best(struct label_scratch *ls)
{
	uint32_t i, j, best;

	for (i = 0; i < ls->n && i < LABEL_TERMS; i++) {
		struct label_term t;

		best = i;
		for (j = i + 1; j < ls->n; j++)
			if (cmp_label_term(&ls->terms[j], &ls->terms[best]) < 0)
				best = j;
		t = ls->terms[i], ls->terms[i] = ls->terms[best], ls->terms[best] = t;
	}
}

/* Can a term stand in a label? Not a word of two letters ("re" of
 * "re-election"; "US" in capitals can) nor a prefix cut off by a
 * hyphen ("pre-", "co-", "ex-"). */
static bool
label_worthy(const struct token *tk)
{
	uint32_t n = tk->end - tk->start;

	if (tk->flags & (TOK_NUM | TOK_UPPER))
		return true;
	return n >= 3 && !((tk->flags & TOK_HYPHEN) && n <= 3);
}

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

			if (!match_is_term(c, tk) || !label_worthy(tk))
				continue;
			if (ls->slot[tk->stem] == PX_NONE) {
				ls->slot[tk->stem] = ls->n;
				lt = PX_PUSH(ls->terms, ls->n, ls->cap);
				lt->stem = tk->stem;
				lt->tok_article = t->members[m].article;
				lt->tok = s->tok_first + k;
				lt->headline = (s->flags & SENT_HEADLINE) != 0;
			}
			lt = &ls->terms[ls->slot[tk->stem]];
			/* a headline's title case and a sentence's first capital
			 * say nothing of a word: prefer a spelling that does */
			if ((lt->headline ||
			     (c->articles[lt->tok_article].toks[lt->tok].flags & TOK_FIRST)) &&
			    !(s->flags & SENT_HEADLINE) && !(tk->flags & TOK_FIRST)) {
				lt->tok_article = t->members[m].article;
				lt->tok = s->tok_first + k;
				lt->headline = false;
			}
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
	label_best(ls);
}

/* A term as it is written: names keep their capitals (a capital that
 * starts a sentence or a headline word proves nothing), other words are
 * shown folded. */
static size_t
label_word(const struct corpus *c, const struct label_term *lt, char *out, size_t cap)
{
	const struct article *a = &c->articles[lt->tok_article];
	const struct token *tk = &a->toks[lt->tok];
	const char *s = lex_str(c->lex, tk->word);
	size_t n = lex_strlen(c->lex, tk->word);

	if ((tk->flags & TOK_CAP) && !(tk->flags & TOK_FIRST) && !lt->headline) {
		s = article_at(a, tk->start);
		n = tk->end - tk->start;
	}
	if (n >= cap)
		n = 0;
	memcpy(out, s, n);
	return n;
}

/* Puts the chosen terms in the order one member reads them ("Saudi
 * Arabia", not "Arabia Saudi"): the body sentence holding most of them,
 * the first such in member order; terms it lacks follow by score. */
static void
label_order(const struct corpus *c, const struct topic *t, struct label_scratch *ls)
{
	uint32_t m, k, j, best = PX_NONE, best_n = 0;

	for (m = 0; m < t->n_members; m++) {
		const struct article *a = &c->articles[t->members[m].article];
		const struct sentence *s = &a->sents[t->members[m].sentence];
		uint32_t n = 0;

		if (s->flags & SENT_HEADLINE)
			continue;
		for (j = 0; j < ls->n; j++)
			for (k = 0; k < s->tok_count; k++)
				if (a->toks[s->tok_first + k].stem == ls->terms[j].stem) {
					n++;
					break;
				}
		if (n > best_n)
			best = m, best_n = n;
	}
	for (j = 0; j < ls->n; j++)
		ls->terms[j].order = UINT32_MAX / 2 + j;
	if (best != PX_NONE) {
		uint32_t art = t->members[best].article;
		const struct article *a = &c->articles[art];
		const struct sentence *s = &a->sents[t->members[best].sentence];

		for (j = 0; j < ls->n; j++)
			for (k = 0; k < s->tok_count; k++)
				if (a->toks[s->tok_first + k].stem == ls->terms[j].stem) {
					ls->terms[j].order = k;
					if (!(a->toks[s->tok_first + k].flags & TOK_FIRST)) {
						ls->terms[j].tok_article = art;
						ls->terms[j].tok = s->tok_first + k;
						ls->terms[j].headline = false;
					}
					break;
				}
	}
	px_sort(ls->terms, ls->n, sizeof *ls->terms, cmp_label_order);
}

static void
topic_label(struct corpus *c, const struct match_graph *g, struct topic *t,
            struct label_scratch *ls)
{
	char buf[256];
	size_t used = 0;
	uint32_t k;

	label_count(c, g, t, ls);
	if (ls->n > LABEL_TERMS)
		ls->n = LABEL_TERMS;
	label_order(c, t, ls);
	for (k = 0; k < ls->n; k++) {
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
		if (k.parent[i] == i && g->use[i])
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
