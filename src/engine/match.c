/* match.c - sentence vectors, candidate pairs and cross-outlet links.
 *
 * Cost grows about linearly with the corpus: vectors are built in one
 * pass, candidates come from an inverted index over vector features, and
 * the postings read per sentence are bounded (the most informative
 * features first, a window of a long posting list around the sentence),
 * so a corpus that repeats one story ten thousand times costs ten
 * thousand times one story, not its square. */
#include "parallax/match.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/discrep.h"
#include "parallax/lexicon.h"
#include "parallax/synonym.h"
#include "parallax/topic.h"

/* Candidate search bounds: postings read per sentence, features of a
 * sentence looked up at most. */
#define POSTING_BUDGET 1024
#define MAX_QUERY 1024

/* A sparse vector under construction: a dense accumulator plus the list
 * of touched entries. */
struct accum {
	float *v;
	uint32_t *touched;
	uint32_t n, cap;
};

/* Per-stem WordNet concepts kept for this corpus (CSR over stem ids). */
struct concepts {
	uint32_t *at;    /* lex size + 1 */
	uint32_t *id;    /* concept feature ids (already offset) */
	float *w;        /* weight of each relative to the stem's weight */
	uint32_t n_features; /* lexicon ids plus concept ids */
};

bool
match_is_term(const struct corpus *c, const struct token *t)
{
	if (t->flags & TOK_STOP)
		return false;
	if (t->flags & TOK_NUM)
		return true;
	return (t->flags & TOK_WORD) && lex_strlen(c->lex, t->word) >= 2;
}

static void
accum_add(struct accum *a, uint32_t f, float x)
{
	if (a->v[f] == 0.0f) {
		if (a->n == a->cap)
			px_grow(&a->touched, &a->cap, (size_t)a->n + 1, sizeof *a->touched);
		a->touched[a->n++] = f;
	}
	a->v[f] += x;
	/* a sum that cancels to zero would be lost; keep it touched */
	if (a->v[f] == 0.0f)
		a->v[f] = 1e-30f;
}

/* Sort a short array of ids; qsort's calls through a pointer cost more
 * than the work on vectors of a few dozen features. */
static void
sort_u32(uint32_t *v, uint32_t n)
{
	while (n > 16) {
		uint32_t pivot = v[n / 2], i = 0, j = n - 1, t;

		for (;;) {
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i >= j)
				break;
			t = v[i], v[i] = v[j], v[j] = t;
			i++, j--;
		}
		/* recurse into the smaller part, loop on the larger */
		if (j + 1 < n - j - 1) {
			sort_u32(v, j + 1);
			v += j + 1;
			n -= j + 1;
		} else {
			sort_u32(v + j + 1, n - j - 1);
			n = j + 1;
		}
	}
	for (uint32_t i = 1; i < n; i++) {
		uint32_t x = v[i], k = i;

		for (; k > 0 && v[k - 1] > x; k--)
			v[k] = v[k - 1];
		v[k] = x;
	}
}

/* Append the accumulated vector, sorted and of unit length, to the CSR
 * arrays; features lighter than MATCH_MIN_WEIGHT are dropped (they move
 * a cosine by little and cost as much as any other in the index). Clears
 * the accumulator. */
static void
accum_emit(struct accum *a, uint32_t **feat, float **w, uint32_t *n, uint32_t *cap)
{
	double norm = 0, kept = 0;
	uint32_t i, m = 0, cap2;

	for (i = 0; i < a->n; i++)
		norm += (double)a->v[a->touched[i]] * a->v[a->touched[i]];
	norm = norm > 0 ? 1.0 / sqrt(norm) : 0;
	for (i = 0; i < a->n; i++) {
		uint32_t f = a->touched[i];
		float x = (float)(a->v[f] * norm);

		a->v[f] = 0.0f;
		if (x < MATCH_MIN_WEIGHT)
			continue;
		a->touched[m++] = f;
		a->v[f] = x;
		kept += (double)x * x;
	}
	sort_u32(a->touched, m);
	kept = kept > 0 ? 1.0 / sqrt(kept) : 0;
	cap2 = *cap;
	px_grow(feat, cap, (size_t)*n + m, sizeof **feat);
	px_grow(w, &cap2, (size_t)*n + m, sizeof **w);
	for (i = 0; i < m; i++) {
		(*feat)[*n + i] = a->touched[i];
		(*w)[*n + i] = (float)(a->v[a->touched[i]] * kept);
		a->v[a->touched[i]] = 0.0f;
	}
	*n += m;
	a->n = 0;
}

static void
graph_index(const struct corpus *c, struct match_graph *g)
{
	uint32_t i, j, n = 0;

	g->base = xcalloc(c->n_articles + 1, sizeof *g->base);
	for (i = 0; i < c->n_articles; i++) {
		g->base[i] = n;
		n += c->articles[i].n_sents;
	}
	g->base[c->n_articles] = n;
	g->n_sents = n;
	g->ref = xcalloc(n + 1, sizeof *g->ref);
	g->use = xcalloc(n + 1, sizeof *g->use);
	for (i = 0; i < c->n_articles; i++) {
		const struct article *a = &c->articles[i];

		for (j = 0; j < a->n_sents; j++) {
			const struct sentence *s = &a->sents[j];
			uint32_t k;

			g->ref[g->base[i] + j] = (struct sref){i, j};
			if (s->flags & SENT_BOILER)
				continue;
			for (k = 0; k < s->tok_count; k++)
				if (match_is_term(c, &a->toks[s->tok_first + k]))
					g->use[g->base[i] + j] = 1;
		}
	}
}

/* Document frequency of each stem over the sentences in use, and idf. */
static void
graph_idf(const struct corpus *c, struct match_graph *g, uint32_t n_lex)
{
	uint32_t *df = xcalloc(n_lex + 1, sizeof *df);
	uint32_t *seen = xmalloc((n_lex + 1) * sizeof *seen);
	uint32_t gi, used = 0;

	memset(seen, 0xff, (n_lex + 1) * sizeof *seen);
	for (gi = 0; gi < g->n_sents; gi++) {
		const struct article *a = &c->articles[g->ref[gi].article];
		const struct sentence *s = &a->sents[g->ref[gi].sentence];
		uint32_t k;

		if (!g->use[gi])
			continue;
		used++;
		for (k = 0; k < s->tok_count; k++) {
			const struct token *t = &a->toks[s->tok_first + k];

			if (match_is_term(c, t) && seen[t->stem] != gi) {
				seen[t->stem] = gi;
				df[t->stem]++;
			}
		}
	}
	g->idf = xcalloc(n_lex + 1, sizeof *g->idf);
	for (gi = 0; gi < n_lex; gi++)
		if (df[gi])
			g->idf[gi] = (float)log((used + 1.0) / (df[gi] + 0.5));
	free(df);
	free(seen);
}

/* WordNet concepts of every word stem of the corpus. A concept that only
 * one stem of the corpus reaches can never relate two different words,
 * so it is left out; each stem's concept weights have unit length so that
 * a word with many senses does not outweigh one with few. */
static void
concepts_build(const struct corpus *c, const struct match_graph *g, uint32_t n_lex,
               struct concepts *cs)
{
	uint32_t n_con, *reach, s, k, n = 0, cap = 0, capw = 0, *count;
	const uint32_t **con;

	cs->at = xcalloc(n_lex + 1, sizeof *cs->at);
	cs->id = NULL;
	cs->w = NULL;
	cs->n_features = n_lex;
	if (strcmp(lex_language(c->lex), "english") != 0)
		return;
	n_con = syn_concept_count();
	reach = xcalloc(n_con ? n_con : 1, sizeof *reach);
	con = xcalloc(n_lex + 1, sizeof *con);
	count = xcalloc(n_lex + 1, sizeof *count);
	for (s = 0; s < n_lex; s++) {
		if (g->idf[s] == 0.0f)
			continue;
		count[s] = syn_lookup(lex_str(c->lex, s), lex_strlen(c->lex, s), &con[s]);
		for (k = 0; k < count[s]; k++)
			reach[con[s][k] & ~SYN_HYPER]++;
	}
	for (s = 0; s < n_lex; s++) {
		uint32_t first = n;
		double norm = 0;

		cs->at[s] = n;
		for (k = 0; k < count[s]; k++) {
			float x = (con[s][k] & SYN_HYPER) ? MATCH_HYPER_WEIGHT : 1.0f;

			norm += (double)x * x;
			if (reach[con[s][k] & ~SYN_HYPER] < 2)
				continue;
			px_grow(&cs->id, &cap, (size_t)n + 1, sizeof *cs->id);
			px_grow(&cs->w, &capw, (size_t)n + 1, sizeof *cs->w);
			cs->id[n] = n_lex + (con[s][k] & ~SYN_HYPER);
			cs->w[n++] = x;
		}
		for (k = first; k < n; k++)
			cs->w[k] = (float)(cs->w[k] * MATCH_CONCEPT_WEIGHT / sqrt(norm));
	}
	cs->at[n_lex] = n;
	cs->n_features = n_lex + n_con;
	free(reach);
	free(con);
	free(count);
}

static void
concepts_free(struct concepts *cs)
{
	free(cs->at);
	free(cs->id);
	free(cs->w);
}

/* The TF-IDF vector of one sentence with its concepts, into acc. */
static void
sentence_terms(const struct corpus *c, const struct match_graph *g,
               const struct concepts *cs, uint32_t gi, struct accum *acc)
{
	const struct article *a = &c->articles[g->ref[gi].article];
	const struct sentence *s = &a->sents[g->ref[gi].sentence];
	uint32_t k, j;

	for (k = 0; k < s->tok_count; k++) {
		const struct token *t = &a->toks[s->tok_first + k];
		float x;

		if (!match_is_term(c, t))
			continue;
		x = g->idf[t->stem];
		accum_add(acc, t->stem, x);
		for (j = cs->at[t->stem]; j < cs->at[t->stem + 1]; j++)
			accum_add(acc, cs->id[j], x * cs->w[j]);
	}
}

/* Neighbouring sentence of gi in the same paragraph, or PX_NONE. */
static uint32_t
neighbour(const struct corpus *c, const struct match_graph *g, uint32_t gi, int dir)
{
	const struct article *a = &c->articles[g->ref[gi].article];
	uint32_t si = g->ref[gi].sentence;

	if ((dir < 0 && si == 0) || (dir > 0 && si + 1 >= a->n_sents))
		return PX_NONE;
	if (a->sents[si + dir].paragraph != a->sents[si].paragraph)
		return PX_NONE;
	return g->use[gi + dir] ? (uint32_t)(gi + dir) : PX_NONE;
}

static void
accum_vector(struct accum *acc, const uint32_t *feat, const float *w, uint32_t n, float scale)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		accum_add(acc, feat[i], w[i] * scale);
}

/* Vectors: first each sentence's own (base), then each mixed with its
 * neighbours (final, kept in g). */
static void
graph_vectors(const struct corpus *c, struct match_graph *g, const struct concepts *cs)
{
	struct accum acc = {0};
	uint32_t *bat = xcalloc(g->n_sents + 1, sizeof *bat), *bfeat = NULL;
	float *bw = NULL;
	uint32_t n = 0, cap = 0, gi;

	acc.v = xcalloc(cs->n_features + 1, sizeof *acc.v);
	for (gi = 0; gi < g->n_sents; gi++) {
		bat[gi] = n;
		if (g->use[gi]) {
			sentence_terms(c, g, cs, gi, &acc);
			accum_emit(&acc, &bfeat, &bw, &n, &cap);
		}
	}
	bat[g->n_sents] = n;
	g->vec_at = xcalloc(g->n_sents + 1, sizeof *g->vec_at);
	n = cap = 0;
	for (gi = 0; gi < g->n_sents; gi++) {
		int dir;

		g->vec_at[gi] = n;
		if (!g->use[gi])
			continue;
		accum_vector(&acc, bfeat + bat[gi], bw + bat[gi], bat[gi + 1] - bat[gi], 1.0f);
		for (dir = -1; dir <= 1; dir += 2) {
			uint32_t o = neighbour(c, g, gi, dir);

			if (o != PX_NONE)
				accum_vector(&acc, bfeat + bat[o], bw + bat[o], bat[o + 1] - bat[o],
				             MATCH_CONTEXT_WEIGHT);
		}
		accum_emit(&acc, &g->feat, &g->w, &n, &cap);
	}
	g->vec_at[g->n_sents] = n;
	free(bat);
	free(bfeat);
	free(bw);
	free(acc.v);
	free(acc.touched);
}

float
match_similarity(const struct match_graph *g, uint32_t a, uint32_t b)
{
	uint32_t i = g->vec_at[a], ie = g->vec_at[a + 1];
	uint32_t j = g->vec_at[b], je = g->vec_at[b + 1];
	double dot = 0;

	while (i < ie && j < je) {
		if (g->feat[i] < g->feat[j])
			i++;
		else if (g->feat[i] > g->feat[j])
			j++;
		else
			dot += (double)g->w[i++] * g->w[j++];
	}
	return (float)dot;
}

/* The inverted index: for each feature, the sentences whose vector has
 * it, in global id order. */
struct postings {
	uint32_t *at;   /* n_features + 1 */
	uint32_t *sent;
	float *w;
};

static void
postings_build(const struct match_graph *g, uint32_t n_features, struct postings *p)
{
	uint32_t n = g->vec_at[g->n_sents], f, gi, k;
	uint32_t *fill;

	p->at = xcalloc((size_t)n_features + 2, sizeof *p->at);
	for (k = 0; k < n; k++)
		p->at[g->feat[k] + 1]++;
	for (f = 0; f < n_features; f++)
		p->at[f + 1] += p->at[f];
	p->sent = xmalloc((n ? n : 1) * sizeof *p->sent);
	p->w = xmalloc((n ? n : 1) * sizeof *p->w);
	fill = xmalloc(((size_t)n_features + 1) * sizeof *fill);
	memcpy(fill, p->at, ((size_t)n_features + 1) * sizeof *fill);
	for (gi = 0; gi < g->n_sents; gi++)
		for (k = g->vec_at[gi]; k < g->vec_at[gi + 1]; k++) {
			uint32_t at = fill[g->feat[k]]++;

			p->sent[at] = gi;
			p->w[at] = g->w[k];
		}
	free(fill);
}

static void
postings_free(struct postings *p)
{
	free(p->at);
	free(p->sent);
	free(p->w);
}

/* Indexes of the features of vector gi, heaviest first. */
static uint32_t
query_order(const struct match_graph *g, uint32_t gi, uint32_t *out, uint32_t cap)
{
	uint32_t n = 0, k, i;

	for (k = g->vec_at[gi]; k < g->vec_at[gi + 1] && n < cap; k++) {
		for (i = n++; i > 0 && g->w[out[i - 1]] < g->w[k]; i--)
			out[i] = out[i - 1];
		out[i] = k;
	}
	return n;
}

/* First posting of [lo, hi) for a sentence at or after gid from. */
static uint32_t
posting_from(const struct postings *p, uint32_t lo, uint32_t hi, uint32_t from)
{
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (p->sent[mid] < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Accumulate dot products of gi with the sentences of later articles
 * (each pair is met once, from its first sentence) through the index,
 * heaviest features first, reading at most POSTING_BUDGET postings.
 * Returns false when the budget cut a list short: the sums are then
 * lower bounds, not exact cosines. */
static bool
gather(const struct match_graph *g, const struct postings *p, uint32_t gi,
       struct accum *acc, uint32_t *order)
{
	uint32_t nq = query_order(g, gi, order, MAX_QUERY), qi, budget = POSTING_BUDGET;
	uint32_t after = g->base[g->ref[gi].article + 1];
	bool exact = nq == g->vec_at[gi + 1] - g->vec_at[gi];

	for (qi = 0; qi < nq && budget; qi++) {
		uint32_t f = g->feat[order[qi]], hi = p->at[f + 1], k;
		uint32_t lo = posting_from(p, p->at[f], hi, after);
		float x = g->w[order[qi]];

		if (hi - lo > budget) {
			exact = false;
			hi = lo + budget;
		}
		budget -= hi - lo;
		for (k = lo; k < hi; k++) {
			uint32_t j = p->sent[k];

			if (acc->v[j] == 0.0f) {
				if (acc->n == acc->cap)
					px_grow(&acc->touched, &acc->cap, (size_t)acc->n + 1,
					        sizeof *acc->touched);
				acc->touched[acc->n++] = j;
			}
			acc->v[j] += x * p->w[k];
		}
	}
	return exact && qi == nq;
}

struct cand {
	uint32_t to;
	float score;
};

/* Stronger first; ties by id, for determinism. */
static int
cmp_cand(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->to < b->to ? -1 : a->to > b->to;
}

/* The strongest neighbours of one sentence: a heap whose root is the
 * weakest kept. approx: some scores are lower bounds. */
struct pool {
	struct cand c[MATCH_NEIGHBOURS];
	uint8_t n, approx;
};

static void
pool_sift(struct cand *h, uint32_t n, uint32_t i)
{
	for (;;) {
		uint32_t l = 2 * i + 1, r = l + 1, w = i;
		struct cand t;

		if (l < n && cmp_cand(&h[l], &h[w]) > 0)
			w = l;
		if (r < n && cmp_cand(&h[r], &h[w]) > 0)
			w = r;
		if (w == i)
			return;
		t = h[i], h[i] = h[w], h[w] = t;
		i = w;
	}
}

static void
pool_add(struct pool *pl, struct cand cd, bool approx)
{
	uint32_t i;

	if (pl->n == MATCH_NEIGHBOURS) {
		/* most offers are weaker than all kept: decide on the score */
		if (cd.score < pl->c[0].score || cmp_cand(&cd, &pl->c[0]) >= 0)
			return;
		pl->c[0] = cd;
		pool_sift(pl->c, pl->n, 0);
	} else {
		for (i = pl->n++; i > 0 && cmp_cand(&cd, &pl->c[(i - 1) / 2]) > 0; i = (i - 1) / 2)
			pl->c[i] = pl->c[(i - 1) / 2];
		pl->c[i] = cd;
	}
	pl->approx |= approx;
}

/* Offer every pair met from gi to the pools of both ends. */
static void
offer_pairs(const struct match_graph *g, const struct postings *p, uint32_t gi,
            struct accum *acc, uint32_t *order, struct pool *pools, double floor)
{
	bool exact = gather(g, p, gi, acc, order);
	uint32_t i;

	for (i = 0; i < acc->n; i++) {
		uint32_t j = acc->touched[i];
		float x = acc->v[j];

		acc->v[j] = 0.0f;
		if (exact && x < floor)
			continue;
		pool_add(&pools[gi], (struct cand){j, x}, !exact);
		pool_add(&pools[j], (struct cand){gi, x}, !exact);
	}
	acc->n = 0;
}

/* Undirected edges: a pair is kept when either end has the other among
 * its strongest neighbours. */
struct edge {
	uint32_t a, b;
	float w;
};

static int
cmp_edge(const void *x, const void *y)
{
	const struct edge *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static void
graph_edges(struct match_graph *g, uint32_t n_features, double floor)
{
	struct postings p;
	struct accum acc = {0};
	struct edge *e = NULL;
	struct pool *pools = xcalloc(g->n_sents + 1, sizeof *pools);
	uint32_t n = 0, cap = 0, gi, i, k, *deg, *order = xmalloc(MAX_QUERY * sizeof *order);

	postings_build(g, n_features, &p);
	acc.v = xcalloc(g->n_sents + 1, sizeof *acc.v);
	for (gi = 0; gi < g->n_sents; gi++)
		if (g->use[gi])
			offer_pairs(g, &p, gi, &acc, order, pools, floor);
	for (gi = 0; gi < g->n_sents; gi++) {
		struct pool *pl = &pools[gi];

		for (i = 0; i < pl->n; i++) {
			struct edge *x;
			float w = pl->approx ? match_similarity(g, gi, pl->c[i].to) : pl->c[i].score;

			if (w < floor)
				continue;
			x = PX_PUSH(e, n, cap);
			x->a = PX_MIN(gi, pl->c[i].to);
			x->b = PX_MAX(gi, pl->c[i].to);
			x->w = w;
		}
	}
	free(pools);
	px_sort(e, n, sizeof *e, cmp_edge);
	for (i = k = 0; i < n; i++)
		if (!k || e[k - 1].a != e[i].a || e[k - 1].b != e[i].b)
			e[k++] = e[i];
	n = k;
	/* both directions, CSR */
	deg = xcalloc(g->n_sents + 1, sizeof *deg);
	for (i = 0; i < n; i++) {
		deg[e[i].a]++;
		deg[e[i].b]++;
	}
	g->edge_at = xcalloc(g->n_sents + 1, sizeof *g->edge_at);
	for (gi = 0; gi < g->n_sents; gi++)
		g->edge_at[gi + 1] = g->edge_at[gi] + deg[gi];
	g->edge_to = xmalloc(((size_t)2 * n + 1) * sizeof *g->edge_to);
	g->edge_w = xmalloc(((size_t)2 * n + 1) * sizeof *g->edge_w);
	memcpy(deg, g->edge_at, g->n_sents * sizeof *deg);
	for (i = 0; i < n; i++) {
		g->edge_to[deg[e[i].a]] = e[i].b;
		g->edge_w[deg[e[i].a]++] = e[i].w;
		g->edge_to[deg[e[i].b]] = e[i].a;
		g->edge_w[deg[e[i].b]++] = e[i].w;
	}
	free(deg);
	free(e);
	free(order);
	free(acc.v);
	free(acc.touched);
	postings_free(&p);
}

void
match_graph_build(const struct corpus *c, double floor, struct match_graph *g)
{
	uint32_t n_lex = lex_size(c->lex);
	struct concepts cs;

	memset(g, 0, sizeof *g);
	graph_index(c, g);
	graph_idf(c, g, n_lex);
	concepts_build(c, g, n_lex, &cs);
	graph_vectors(c, g, &cs);
	graph_edges(g, cs.n_features, floor);
	concepts_free(&cs);
}

void
match_graph_free(struct match_graph *g)
{
	free(g->base);
	free(g->ref);
	free(g->use);
	free(g->vec_at);
	free(g->feat);
	free(g->w);
	free(g->edge_at);
	free(g->edge_to);
	free(g->edge_w);
	free(g->idf);
	memset(g, 0, sizeof *g);
}

int
match_sref_cmp(const void *x, const void *y)
{
	const struct sref *a = x, *b = y;

	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	return a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
}

static int
cmp_link(const void *x, const void *y)
{
	const struct link *a = x, *b = y;
	int r = match_sref_cmp(&a->a, &b->a);

	return r ? r : match_sref_cmp(&a->b, &b->b);
}

/* Links: the edges at or above the threshold, each once, in order. */
static void
match_links(struct corpus *c, const struct match_graph *g, double threshold)
{
	uint32_t gi, k;

	for (gi = 0; gi < g->n_sents; gi++)
		for (k = g->edge_at[gi]; k < g->edge_at[gi + 1]; k++) {
			struct link *l;

			if (g->edge_to[k] < gi || g->edge_w[k] < threshold)
				continue;
			l = PX_PUSH(c->links, c->n_links, c->cap_links);
			l->a = g->ref[gi];
			l->b = g->ref[g->edge_to[k]];
			l->score = g->edge_w[k];
		}
	px_sort(c->links, c->n_links, sizeof *c->links, cmp_link);
}

void
match_run(struct corpus *c, const struct analysis_opts *o)
{
	struct match_graph g;
	uint32_t i, j;

	for (i = 0; i < c->n_articles; i++)
		for (j = 0; j < c->articles[i].n_sents; j++) {
			c->articles[i].sents[j].topic = PX_NONE;
			c->articles[i].sents[j].flags &= ~(uint32_t)SENT_UNIQUE;
		}
	if (!c->lex || !c->n_articles)
		return;
	match_graph_build(c, o->threshold * MATCH_TOPIC_SHARE * MATCH_EDGE_FLOOR, &g);
	match_links(c, &g, o->threshold);
	topic_build(c, o, &g);
	topic_mark_unique(c, &g, o->threshold);
	discrep_find(c);
	match_graph_free(&g);
}
