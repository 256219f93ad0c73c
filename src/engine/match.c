/* match.c - sentence vectors, candidate pairs and cross-outlet links.
 *
 * Cost grows about linearly with the corpus: vectors are built in one
 * pass, candidates come from an inverted index over vector features, and
 * the postings read over the whole corpus are bounded by POSTING_BUDGET
 * per sentence. A story whose look-ups need no more than that is matched
 * exactly; in a corpus that repeats one story ten thousand times, a
 * sentence reads its share of its long posting lists, the most
 * informative features first and a window of each list just after its
 * own article, so the corpus costs ten thousand times one story, not its
 * square. */
#include "parallax/match.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/discrep.h"
#include "parallax/lexicon.h"
#include "parallax/synonym.h"
#include "parallax/topic.h"

#ifdef __linux__
#include <sys/mman.h>
#endif

/* Postings read per sentence, on average over the corpus: a corpus that
 * needs no more than EXACT_BUDGET for all its pairs is matched exactly,
 * a larger one reads POSTING_BUDGET. */
#define EXACT_BUDGET 2048
#define POSTING_BUDGET 512
/* A sentence whose share of the budget cut its look-up short rescores
 * exactly this many of the candidates with the best partial sums. */
#define RESCORE 16

/* The stems of the terms of each sentence, in order (CSR over global
 * sentence ids), so that tokens are classified once. */
struct terms {
	uint32_t *at; /* n_sents + 1 */
	uint32_t *stem;
};

/* A sparse vector under construction: a dense accumulator, the list of
 * touched entries in the order they came, and a bit per touched entry
 * (with a bit per non-zero word of those) to list them in feature order
 * without sorting. */
struct accum {
	float *v;
	uint64_t *bits, *words;
	uint32_t n_words; /* of words */
	uint32_t *touched;
	uint32_t n, cap;
};

/* Per-stem WordNet concepts kept for this corpus (CSR over stem ids).
 * Feature ids are the lexicon ids, then the concepts two stems of the
 * corpus reach, numbered densely in concept order. */
struct concepts {
	uint32_t *at;    /* lex size + 1 */
	uint32_t *id;    /* concept feature ids */
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
accum_init(struct accum *a, uint32_t n_features)
{
	uint32_t n_bits = n_features / 64 + 1;

	memset(a, 0, sizeof *a);
	a->v = xcalloc((size_t)n_features + 1, sizeof *a->v);
	a->bits = xcalloc(n_bits, sizeof *a->bits);
	a->n_words = n_bits / 64 + 1;
	a->words = xcalloc(a->n_words, sizeof *a->words);
}

static void
accum_free(struct accum *a)
{
	free(a->v);
	free(a->bits);
	free(a->words);
	free(a->touched);
}

static void
accum_add(struct accum *a, uint32_t f, float x)
{
	if (a->v[f] == 0.0f) {
		if (a->n == a->cap)
			px_grow(&a->touched, &a->cap, (size_t)a->n + 1, sizeof *a->touched);
		a->touched[a->n++] = f;
		a->bits[f / 64] |= (uint64_t)1 << (f % 64);
		a->words[f / 4096] |= (uint64_t)1 << (f / 64 % 64);
	}
	a->v[f] += x;
	/* a sum that cancels to zero would be lost; keep it touched */
	if (a->v[f] == 0.0f)
		a->v[f] = 1e-30f;
}

/* Sort 64-bit keys; qsort's calls through a pointer cost more than the
 * work on vectors of a few dozen features. */
static void
sort_u64(uint64_t *v, uint32_t n)
{
	while (n > 16) {
		uint64_t pivot = v[n / 2], t;
		uint32_t i = 0, j = n - 1;

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
			sort_u64(v, j + 1);
			v += j + 1;
			n -= j + 1;
		} else {
			sort_u64(v + j + 1, n - j - 1);
			n = j + 1;
		}
	}
	for (uint32_t i = 1; i < n; i++) {
		uint64_t x = v[i];
		uint32_t k = i;

		for (; k > 0 && v[k - 1] > x; k--)
			v[k] = v[k - 1];
		v[k] = x;
	}
}

/* A binary heap of keys, the smallest on top. */
static void
keyheap_down(uint64_t *h, uint32_t n, uint32_t i)
{
	uint64_t x = h[i];

	for (;;) {
		uint32_t c = 2 * i + 1;

		if (c >= n)
			break;
		if (c + 1 < n && h[c + 1] < h[c])
			c++;
		if (h[c] >= x)
			break;
		h[i] = h[c];
		i = c;
	}
	h[i] = x;
}

static void
keyheap_make(uint64_t *h, uint32_t n)
{
	uint32_t i;

	for (i = n / 2; i-- > 0;)
		keyheap_down(h, n, i);
}

/* Keep the k smallest of n distinct keys in v[0..k), in any order:
 * their complements form a heap whose top is the largest kept. */
static uint32_t
select_u64(uint64_t *v, uint32_t n, uint32_t k)
{
	uint32_t i;

	if (n <= k)
		return n;
	for (i = 0; i < k; i++)
		v[i] = ~v[i];
	keyheap_make(v, k);
	for (i = k; i < n; i++)
		if (~v[i] > v[0]) {
			v[0] = ~v[i];
			keyheap_down(v, k, 0);
		}
	for (i = 0; i < k; i++)
		v[i] = ~v[i];
	return k;
}

static uint32_t
lowest_bit(uint64_t x)
{
#ifdef __GNUC__
	return (uint32_t)__builtin_ctzll(x);
#else
	uint32_t n = 0;

	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
#endif
}

/* Ask for the cache line at p ahead of its use. */
static void
prefetch(const void *p)
{
#ifdef __GNUC__
	__builtin_prefetch(p);
#else
	(void)p;
#endif
}

/* Write the accumulated vector, sorted and of unit length, to feat and
 * w, and return its length; features lighter than MATCH_MIN_WEIGHT are
 * dropped (they move a cosine by little and cost as much as any other in
 * the index). Norms are summed in the order the features came. Clears
 * the accumulator. */
static uint32_t
accum_emit(struct accum *a, uint32_t *feat, float *w)
{
	double norm = 0, kept = 0;
	uint32_t i, m = 0;

	for (i = 0; i < a->n; i++)
		norm += (double)a->v[a->touched[i]] * a->v[a->touched[i]];
	norm = norm > 0 ? 1.0 / sqrt(norm) : 0;
	for (i = 0; i < a->n; i++) {
		uint32_t f = a->touched[i];
		float x = (float)(a->v[f] * norm);

		a->v[f] = x;
		if (x < MATCH_MIN_WEIGHT) {
			a->v[f] = 0.0f;
			a->bits[f / 64] &= ~((uint64_t)1 << (f % 64));
			continue;
		}
		kept += (double)x * x;
	}
	kept = kept > 0 ? 1.0 / sqrt(kept) : 0;
	for (i = 0; i < a->n_words; i++)
		while (a->words[i]) {
			uint32_t k = i * 64 + lowest_bit(a->words[i]);

			a->words[i] &= a->words[i] - 1;
			while (a->bits[k]) {
				uint32_t f = k * 64 + lowest_bit(a->bits[k]);

				a->bits[k] &= a->bits[k] - 1;
				feat[m] = f;
				w[m++] = (float)(a->v[f] * kept);
				a->v[f] = 0.0f;
			}
		}
	a->n = 0;
	return m;
}

/* Global sentence ids, the sentences that take part, and their terms. */
static void
graph_index(const struct corpus *c, struct match_graph *g, struct terms *tm)
{
	uint32_t i, j, n = 0, nt = 0;
	size_t n_toks = 0;

	g->base = xcalloc(c->n_articles + 1, sizeof *g->base);
	for (i = 0; i < c->n_articles; i++) {
		g->base[i] = n;
		n += c->articles[i].n_sents;
		n_toks += c->articles[i].n_toks;
	}
	g->base[c->n_articles] = n;
	g->n_sents = n;
	g->ref = xcalloc(n + 1, sizeof *g->ref);
	g->use = xcalloc(n + 1, sizeof *g->use);
	tm->at = xmalloc(((size_t)n + 1) * sizeof *tm->at);
	tm->stem = match_big_alloc((n_toks + 1) * sizeof *tm->stem);
	for (i = 0; i < c->n_articles; i++) {
		const struct article *a = &c->articles[i];

		for (j = 0; j < a->n_sents; j++) {
			const struct sentence *s = &a->sents[j];
			uint32_t gi = g->base[i] + j, k;

			g->ref[gi] = (struct sref){i, j};
			tm->at[gi] = nt;
			if (s->flags & SENT_BOILER)
				continue;
			for (k = 0; k < s->tok_count; k++)
				if (match_is_term(c, &a->toks[s->tok_first + k]))
					tm->stem[nt++] = a->toks[s->tok_first + k].stem;
			g->use[gi] = nt > tm->at[gi];
		}
	}
	tm->at[n] = nt;
}

/* Document frequency of each stem over the sentences in use, and idf. */
static void
graph_idf(struct match_graph *g, const struct terms *tm, uint32_t n_lex)
{
	uint32_t *df = xcalloc(n_lex + 1, sizeof *df);
	uint32_t *seen = xmalloc((n_lex + 1) * sizeof *seen);
	uint32_t gi, k, used = 0;

	memset(seen, 0xff, (n_lex + 1) * sizeof *seen);
	for (gi = 0; gi < g->n_sents; gi++) {
		if (!g->use[gi])
			continue;
		used++;
		for (k = tm->at[gi]; k < tm->at[gi + 1]; k++)
			if (seen[tm->stem[k]] != gi) {
				seen[tm->stem[k]] = gi;
				df[tm->stem[k]]++;
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
	uint32_t *reach, s, k, n = 0, n_twice = 0, cap_twice = 0, *count;
	uint64_t *twice = NULL;
	size_t n_entries = 0;
	const uint32_t **con;

	cs->at = xcalloc(n_lex + 1, sizeof *cs->at);
	cs->id = NULL;
	cs->w = NULL;
	cs->n_features = n_lex;
	if (strcmp(lex_language(c->lex), "english") != 0)
		return;
	/* per concept: 0 unseen, 1 reached once, else 2 + its feature number */
	reach = xcalloc(syn_concept_count() + 1, sizeof *reach);
	con = xmalloc((n_lex + 1) * sizeof *con);
	count = xcalloc(n_lex + 1, sizeof *count);
	for (s = 0; s < n_lex; s++) {
		if (g->idf[s] == 0.0f)
			continue;
		count[s] = syn_lookup(lex_str(c->lex, s), lex_strlen(c->lex, s), &con[s]);
		n_entries += count[s];
		for (k = 0; k < count[s]; k++) {
			uint32_t x = con[s][k] & ~SYN_HYPER;

			if (reach[x] == 1)
				*PX_PUSH(twice, n_twice, cap_twice) = x;
			reach[x] += reach[x] < 2;
		}
	}
	/* the concepts two stems reach are features, numbered in concept
	 * order so that vectors list them as the table does */
	sort_u64(twice, n_twice);
	for (k = 0; k < n_twice; k++)
		reach[twice[k]] = 2 + k;
	cs->id = xmalloc((n_entries + 1) * sizeof *cs->id);
	cs->w = xmalloc((n_entries + 1) * sizeof *cs->w);
	for (s = 0; s < n_lex; s++) {
		uint32_t first = n;
		double norm = 0;

		cs->at[s] = n;
		for (k = 0; k < count[s]; k++) {
			float x = (con[s][k] & SYN_HYPER) ? MATCH_HYPER_WEIGHT : 1.0f;
			uint32_t r = reach[con[s][k] & ~SYN_HYPER];

			norm += (double)x * x;
			if (r < 2)
				continue;
			cs->id[n] = n_lex + r - 2;
			cs->w[n++] = x;
		}
		for (k = first; k < n; k++)
			cs->w[k] = (float)(cs->w[k] * MATCH_CONCEPT_WEIGHT / sqrt(norm));
	}
	cs->at[n_lex] = n;
	cs->n_features = n_lex + n_twice;
	free(reach);
	free(twice);
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

#define HUGE_PAGE ((size_t)2 << 20)

void *
match_big_alloc(size_t bytes)
{
#ifdef MADV_HUGEPAGE
	if (bytes >= HUGE_PAGE) {
		size_t n = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
		void *p = aligned_alloc(HUGE_PAGE, n);

		/* a huge page is resident as a whole once touched: the
		 * partial one at the end is asked for only if half used */
		if (p) {
			madvise(p, (bytes + HUGE_PAGE / 2) & ~(HUGE_PAGE - 1), MADV_HUGEPAGE);
			return p;
		}
	}
#endif
	return xmalloc(bytes);
}

/* The TF-IDF vector of one sentence with its concepts, into acc. */
static void
sentence_terms(const struct match_graph *g, const struct terms *tm,
               const struct concepts *cs, uint32_t gi, struct accum *acc)
{
	uint32_t k, j;

	for (k = tm->at[gi]; k < tm->at[gi + 1]; k++) {
		uint32_t s = tm->stem[k];
		float x = g->idf[s];

		accum_add(acc, s, x);
		for (j = cs->at[s]; j < cs->at[s + 1]; j++)
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
	uint32_t k;

	for (k = 0; k < n; k++)
		accum_add(acc, feat[k], w[k] * scale);
}

/* The own vectors of three consecutive sentences: sentence gi's in slot
 * gi % 3, so that each is built once and mixed into its neighbours'. */
struct ring {
	uint32_t *feat[3];
	float *w[3];
	uint32_t n[3], cap[3], cap_w[3];
};

/* Most features the own vector of gi can have: one per term and
 * concept entry; 0 for a sentence that takes no part. */
static uint32_t
own_bound(const struct match_graph *g, const struct terms *tm, const struct concepts *cs,
          uint32_t gi)
{
	uint32_t t, n = 0;

	if (gi >= g->n_sents || !g->use[gi])
		return 0;
	for (t = tm->at[gi]; t < tm->at[gi + 1]; t++)
		n += 1 + cs->at[tm->stem[t] + 1] - cs->at[tm->stem[t]];
	return n;
}

static void
ring_build(struct ring *r, const struct match_graph *g, const struct terms *tm,
           const struct concepts *cs, struct accum *acc, uint32_t gi)
{
	uint32_t k = gi % 3, bound = own_bound(g, tm, cs, gi);

	r->n[k] = 0;
	if (!bound)
		return;
	px_grow(&r->feat[k], &r->cap[k], bound, sizeof *r->feat[k]);
	px_grow(&r->w[k], &r->cap_w[k], bound, sizeof *r->w[k]);
	sentence_terms(g, tm, cs, gi, acc);
	r->n[k] = accum_emit(acc, r->feat[k], r->w[k]);
}

/* Room for the vectors, of which about half is written: a huge page
 * that is touched in part is resident as a whole, so only arrays large
 * enough for that to be a small share ask for them. */
static void *
vector_alloc(size_t bytes)
{
	return bytes >= 4 * HUGE_PAGE ? match_big_alloc(bytes) : xmalloc(bytes);
}

/* Sentence vectors: each sentence's own, mixed with its neighbours' in
 * the same paragraph. */
static void
graph_vectors(const struct corpus *c, struct match_graph *g, const struct terms *tm,
              const struct concepts *cs)
{
	struct accum acc;
	struct ring r;
	uint32_t gi, n = 0, k;
	size_t bound = 0;

	memset(&r, 0, sizeof r);
	accum_init(&acc, cs->n_features);
	g->vec_at = xmalloc(((size_t)g->n_sents + 1) * sizeof *g->vec_at);
	/* Room for the largest vectors the terms allow (two to three times
	 * what they take): written in one pass, the arrays are never copied,
	 * and pages past the end are never touched. */
	for (gi = 0; gi < g->n_sents; gi++)
		if (g->use[gi])
			bound += own_bound(g, tm, cs, gi) +
			         own_bound(g, tm, cs, neighbour(c, g, gi, -1)) +
			         own_bound(g, tm, cs, neighbour(c, g, gi, 1));
	if (bound >= UINT32_MAX)
		px_die("array too large (%zu elements)", bound);
	g->feat = vector_alloc((bound + 1) * sizeof *g->feat);
	g->w = vector_alloc((bound + 1) * sizeof *g->w);
	ring_build(&r, g, tm, cs, &acc, 0);
	for (gi = 0; gi < g->n_sents; gi++) {
		uint32_t own = gi % 3, part[2];

		g->vec_at[gi] = n;
		ring_build(&r, g, tm, cs, &acc, gi + 1);
		if (!g->use[gi])
			continue;
		part[0] = neighbour(c, g, gi, -1);
		part[1] = neighbour(c, g, gi, 1);
		accum_vector(&acc, r.feat[own], r.w[own], r.n[own], 1.0f);
		for (k = 0; k < 2; k++)
			if (part[k] != PX_NONE)
				accum_vector(&acc, r.feat[part[k] % 3], r.w[part[k] % 3],
				             r.n[part[k] % 3], MATCH_CONTEXT_WEIGHT);
		n += accum_emit(&acc, g->feat + n, g->w + n);
	}
	g->vec_at[g->n_sents] = n;
	accum_free(&acc);
	for (k = 0; k < 3; k++) {
		free(r.feat[k]);
		free(r.w[k]);
	}
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

/* A sentence whose vector has a feature, and its weight there: read
 * together, so kept together. */
struct posting {
	uint32_t sent;
	float w;
};

/* The inverted index: for each feature, the sentences whose vector has
 * it, in global id order, and a cursor per feature: sentences are looked
 * up in order, so the first posting of a later article only moves on. */
struct postings {
	uint32_t *at;   /* n_features + 1 */
	struct posting *list;
	uint32_t *cur;  /* n_features */
	uint32_t n_features;
};

static void
postings_build(const struct match_graph *g, uint32_t n_features, struct postings *p)
{
	uint32_t n = g->vec_at[g->n_sents], f, gi, k;

	p->n_features = n_features;
	p->at = xcalloc((size_t)n_features + 2, sizeof *p->at);
	for (k = 0; k < n; k++)
		p->at[g->feat[k] + 1]++;
	for (f = 0; f < n_features; f++)
		p->at[f + 1] += p->at[f];
	p->list = match_big_alloc(((size_t)n + 1) * sizeof *p->list);
	p->cur = xmalloc(((size_t)n_features + 1) * sizeof *p->cur);
	memcpy(p->cur, p->at, ((size_t)n_features + 1) * sizeof *p->cur);
	for (gi = 0; gi < g->n_sents; gi++)
		for (k = g->vec_at[gi]; k < g->vec_at[gi + 1]; k++)
			p->list[p->cur[g->feat[k]]++] = (struct posting){gi, g->w[k]};
	memcpy(p->cur, p->at, ((size_t)n_features + 1) * sizeof *p->cur);
}

static void
postings_free(struct postings *p)
{
	free(p->at);
	free(p->list);
	free(p->cur);
}

/* Move the cursors past the postings of article a: then cur[f] is the
 * first posting of f in a later article. */
static void
postings_pass(const struct match_graph *g, struct postings *p, uint32_t a)
{
	uint32_t k;

	for (k = g->vec_at[g->base[a]]; k < g->vec_at[g->base[a + 1]]; k++)
		p->cur[g->feat[k]]++;
}

/* Postings each sentence needs to meet all its pairs with sentences of
 * later articles (each pair is met once, from its first sentence);
 * returns their sum. */
static uint64_t
postings_needed(const struct corpus *c, const struct match_graph *g, struct postings *p,
                uint32_t *need)
{
	uint64_t total = 0;
	uint32_t a, gi, k;

	for (a = 0; a < c->n_articles; a++) {
		postings_pass(g, p, a);
		for (gi = g->base[a]; gi < g->base[a + 1]; gi++) {
			uint64_t n = 0;

			for (k = g->vec_at[gi]; k < g->vec_at[gi + 1]; k++)
				n += p->at[g->feat[k] + 1] - p->cur[g->feat[k]];
			need[gi] = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
			total += n;
		}
	}
	memcpy(p->cur, p->at, ((size_t)p->n_features + 1) * sizeof *p->cur);
	return total;
}

/* The most postings one sentence may read: no limit when the corpus
 * needs no more than EXACT_BUDGET per sentence in use, else the largest
 * cap that keeps the sum within POSTING_BUDGET per sentence. A sentence
 * is never held below the budget, and those that need less leave their
 * share to the others. */
static uint32_t
posting_cap(const struct match_graph *g, const uint32_t *need, uint64_t total)
{
	uint64_t used = 0, allow;
	uint32_t gi, lo = POSTING_BUDGET, hi = 0;

	for (gi = 0; gi < g->n_sents; gi++) {
		used += g->use[gi];
		hi = PX_MAX(hi, need[gi]);
	}
	if (total <= used * EXACT_BUDGET)
		return UINT32_MAX;
	allow = used * POSTING_BUDGET;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo + 1) / 2;
		uint64_t sum = 0;

		for (gi = 0; gi < g->n_sents && sum <= allow; gi++)
			sum += PX_MIN(need[gi], mid);
		if (sum <= allow)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* Dot products of gi with candidate sentences, summed in double. */
struct dots {
	double *v;         /* per global sentence id, 0 when untouched */
	uint32_t *touched;
	uint32_t n, cap;
};

static void
dots_add(struct dots *d, uint32_t j, double x)
{
	if (d->v[j] == 0.0) {
		if (d->n == d->cap)
			px_grow(&d->touched, &d->cap, (size_t)d->n + 1, sizeof *d->touched);
		d->touched[d->n++] = j;
	}
	d->v[j] += x;
}

/* All pairs of gi with the sentences of later articles, through every
 * posting list of its features in feature order: the sums are the exact
 * cosines, added as match_similarity() adds them. */
static void
gather_all(const struct match_graph *g, struct postings *p, uint32_t gi, struct dots *d)
{
	uint32_t k, q;

	for (k = g->vec_at[gi]; k < g->vec_at[gi + 1]; k++) {
		uint32_t f = g->feat[k], end = p->at[f + 1];

		for (q = p->cur[f]; q < end; q++)
			dots_add(d, p->list[q].sent, (double)g->w[k] * p->list[q].w);
	}
}

/* The pairs met through at most cap postings, heaviest features first;
 * a list longer than what is left is read from its start after gi's
 * article (the nearest articles). The sums are lower bounds. */
static void
gather_part(const struct match_graph *g, struct postings *p, uint32_t gi, uint32_t cap,
            struct dots *d, uint64_t *keys)
{
	uint32_t first = g->vec_at[gi], n = g->vec_at[gi + 1] - first, i, q, lo, hi;

	/* heaviest first, ties in feature order; a sentence of a large
	 * corpus spends its share on one or two features, so each is found
	 * by a scan rather than by sorting them all */
	for (i = 0; i < n; i++)
		keys[i] = (uint64_t)(UINT32_MAX - match_float_bits(g->w[first + i])) << 32 | i;
	for (i = 0; i < n && cap; i++) {
		uint32_t k, f, j, best = i;
		uint64_t t;

		for (j = i + 1; j < n; j++)
			best = keys[j] < keys[best] ? j : best;
		t = keys[i], keys[i] = keys[best], keys[best] = t;
		k = first + (uint32_t)keys[i];
		f = g->feat[k];
		lo = p->cur[f];
		hi = p->at[f + 1];
		if (hi - lo > cap)
			hi = lo + cap;
		cap -= hi - lo;
		for (q = lo; q < hi; q++)
			dots_add(d, p->list[q].sent, (double)g->w[k] * p->list[q].w);
	}
}

/* Exact cosine of a sentence with a vector spread over dense. */
static float
dense_dot(const struct match_graph *g, const float *dense, uint32_t j)
{
	double s0 = 0, s1 = 0;
	uint32_t k = g->vec_at[j], end = g->vec_at[j + 1];

	for (; k + 1 < end; k += 2) {
		s0 += (double)dense[g->feat[k]] * g->w[k];
		s1 += (double)dense[g->feat[k + 1]] * g->w[k + 1];
	}
	if (k < end)
		s0 += (double)dense[g->feat[k]] * g->w[k];
	return (float)(s0 + s1);
}

struct cand {
	uint32_t to;
	float score;
};

/* Stronger first; ties by id, for determinism. */
static int
cmp_cand(const struct cand *a, const struct cand *b)
{
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->to < b->to ? -1 : a->to > b->to;
}

/* The strongest neighbours of one sentence: a heap whose root is the
 * weakest kept. */
struct pool {
	struct cand c[MATCH_NEIGHBOURS];
	uint8_t n;
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

/* Offers may come in any order: the pool keeps the strongest by
 * cmp_cand, a strict order. */
static void
pool_add(struct pool *pl, struct cand cd)
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
}

static bool
pool_has(const struct pool *pl, uint32_t to)
{
	uint32_t i;

	for (i = 0; i < pl->n; i++)
		if (pl->c[i].to == to)
			return true;
	return false;
}

static void
offer(struct pool *pools, uint32_t a, uint32_t b, float x)
{
	pool_add(&pools[a], (struct cand){b, x});
	pool_add(&pools[b], (struct cand){a, x});
}

/* Scratch of the candidate search. */
struct search {
	struct postings p;
	struct dots d;
	uint64_t *keys; /* longest vector, touched candidates */
	uint32_t cap_keys;
	float *dense;   /* n_features, zero between uses */
	struct pool *pools;
	double floor;
};

/* Meet every pair of gi with later articles and offer those at or above
 * the floor to the pools of both ends. */
static void
search_exact(const struct match_graph *g, struct search *s, uint32_t gi)
{
	uint32_t i;

	gather_all(g, &s->p, gi, &s->d);
	for (i = 0; i < s->d.n; i++) {
		uint32_t j = s->d.touched[i];
		float x = (float)s->d.v[j];

		s->d.v[j] = 0.0;
		if (x >= s->floor)
			offer(s->pools, gi, j, x);
	}
	s->d.n = 0;
}

/* Read at most cap postings, rescore exactly the RESCORE candidates with
 * the best partial sums and offer those at or above the floor. */
static void
search_part(const struct match_graph *g, struct search *s, uint32_t gi, uint32_t cap)
{
	uint32_t i, n, k;

	px_grow(&s->keys, &s->cap_keys, g->vec_at[gi + 1] - g->vec_at[gi], sizeof *s->keys);
	gather_part(g, &s->p, gi, cap, &s->d, s->keys);
	px_grow(&s->keys, &s->cap_keys, s->d.n, sizeof *s->keys);
	for (i = 0; i < s->d.n; i++) {
		uint32_t j = s->d.touched[i];

		s->keys[i] = (uint64_t)(UINT32_MAX - match_float_bits((float)s->d.v[j])) << 32 | j;
		s->d.v[j] = 0.0;
	}
	n = select_u64(s->keys, s->d.n, RESCORE);
	s->d.n = 0;
	/* the candidates' vectors and pools lie anywhere in memory: ask
	 * for all of them before reading the first */
	for (i = 0; i < n; i++) {
		uint32_t j = (uint32_t)s->keys[i];

		prefetch(&g->feat[g->vec_at[j]]);
		prefetch(&g->w[g->vec_at[j]]);
		prefetch(&s->pools[j]);
	}
	for (k = g->vec_at[gi]; k < g->vec_at[gi + 1]; k++)
		s->dense[g->feat[k]] = g->w[k];
	for (i = 0; i < n; i++) {
		uint32_t j = (uint32_t)s->keys[i];
		float x = dense_dot(g, s->dense, j);

		if (x >= s->floor)
			offer(s->pools, gi, j, x);
	}
	for (k = g->vec_at[gi]; k < g->vec_at[gi + 1]; k++)
		s->dense[g->feat[k]] = 0.0f;
}

/* Undirected edges: a pair is kept when either end has the other among
 * its strongest neighbours; a pair both ends kept is taken from the
 * pool of its first end. */
static bool
edge_taken(const struct pool *pools, uint32_t gi, uint32_t to)
{
	return to > gi || !pool_has(&pools[to], gi);
}

static void
edge_put(struct match_graph *g, uint32_t *fill, uint32_t a, uint32_t b, float w)
{
	g->edge_to[fill[a]] = b;
	g->edge_w[fill[a]++] = w;
}

/* Both directions in CSR form, each row in id order. */
static void
edges_from_pools(struct match_graph *g, const struct pool *pools)
{
	uint32_t *fill = xmalloc(((size_t)g->n_sents + 1) * sizeof *fill), gi, i, n;

	g->edge_at = xcalloc((size_t)g->n_sents + 1, sizeof *g->edge_at);
	for (gi = 0; gi < g->n_sents; gi++)
		for (i = 0; i < pools[gi].n; i++)
			if (edge_taken(pools, gi, pools[gi].c[i].to)) {
				g->edge_at[gi + 1]++;
				g->edge_at[pools[gi].c[i].to + 1]++;
			}
	for (gi = 0; gi < g->n_sents; gi++)
		g->edge_at[gi + 1] += g->edge_at[gi];
	n = g->edge_at[g->n_sents];
	g->edge_to = match_big_alloc(((size_t)n + 1) * sizeof *g->edge_to);
	g->edge_w = match_big_alloc(((size_t)n + 1) * sizeof *g->edge_w);
	memcpy(fill, g->edge_at, (size_t)g->n_sents * sizeof *fill);
	for (gi = 0; gi < g->n_sents; gi++)
		for (i = 0; i < pools[gi].n; i++) {
			struct cand cd = pools[gi].c[i];

			if (edge_taken(pools, gi, cd.to)) {
				edge_put(g, fill, gi, cd.to, cd.score);
				edge_put(g, fill, cd.to, gi, cd.score);
			}
		}
	for (gi = 0; gi < g->n_sents; gi++)
		for (i = g->edge_at[gi] + 1; i < g->edge_at[gi + 1]; i++) {
			uint32_t to = g->edge_to[i], k = i;
			float w = g->edge_w[i];

			for (; k > g->edge_at[gi] && g->edge_to[k - 1] > to; k--) {
				g->edge_to[k] = g->edge_to[k - 1];
				g->edge_w[k] = g->edge_w[k - 1];
			}
			g->edge_to[k] = to;
			g->edge_w[k] = w;
		}
	free(fill);
}

static void
graph_edges(const struct corpus *c, struct match_graph *g, uint32_t n_features, double floor)
{
	struct search s;
	uint64_t total;
	uint32_t a, gi, cap, *need = xmalloc(((size_t)g->n_sents + 1) * sizeof *need);

	memset(&s, 0, sizeof s);
	s.floor = floor;
	postings_build(g, n_features, &s.p);
	total = postings_needed(c, g, &s.p, need);
	cap = posting_cap(g, need, total);
	s.d.v = xcalloc((size_t)g->n_sents + 1, sizeof *s.d.v);
	s.dense = xcalloc((size_t)n_features + 1, sizeof *s.dense);
	s.pools = match_big_alloc(((size_t)g->n_sents + 1) * sizeof *s.pools);
	memset(s.pools, 0, ((size_t)g->n_sents + 1) * sizeof *s.pools);
	for (a = 0; a < c->n_articles; a++) {
		postings_pass(g, &s.p, a);
		for (gi = g->base[a]; gi < g->base[a + 1]; gi++) {
			if (!g->use[gi])
				continue;
			if (need[gi] <= cap)
				search_exact(g, &s, gi);
			else
				search_part(g, &s, gi, cap);
		}
	}
	postings_free(&s.p);
	free(need);
	free(s.d.v);
	free(s.d.touched);
	free(s.keys);
	free(s.dense);
	edges_from_pools(g, s.pools);
	free(s.pools);
}

void
match_graph_build(const struct corpus *c, double floor, struct match_graph *g)
{
	uint32_t n_lex = lex_size(c->lex);
	struct terms tm;
	struct concepts cs;

	memset(g, 0, sizeof *g);
	graph_index(c, g, &tm);
	graph_idf(g, &tm, n_lex);
	concepts_build(c, g, n_lex, &cs);
	graph_vectors(c, g, &tm, &cs);
	free(tm.at);
	free(tm.stem);
	concepts_free(&cs);
	graph_edges(c, g, cs.n_features, floor);
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

static bool
link_edge(const struct match_graph *g, uint32_t gi, uint32_t k, double threshold)
{
	return g->edge_to[k] > gi && g->edge_w[k] >= threshold;
}

/* Links: the edges at or above the threshold, each once, in order.
 * Global ids order sentences as match_sref_cmp() does and every row of
 * the graph is in id order, so the links come out sorted by both ends. */
static void
match_links(struct corpus *c, const struct match_graph *g, double threshold)
{
	uint32_t gi, k, n = c->n_links;

	for (gi = 0; gi < g->n_sents; gi++)
		for (k = g->edge_at[gi]; k < g->edge_at[gi + 1]; k++)
			n += link_edge(g, gi, k, threshold);
	if (!c->links) {
		/* written once: see match_big_alloc() */
		c->links = match_big_alloc(((size_t)n + 1) * sizeof *c->links);
		c->cap_links = n + 1;
	}
	px_grow(&c->links, &c->cap_links, n, sizeof *c->links);
	for (gi = 0; gi < g->n_sents; gi++)
		for (k = g->edge_at[gi]; k < g->edge_at[gi + 1]; k++) {
			struct link *l;

			if (!link_edge(g, gi, k, threshold))
				continue;
			l = &c->links[c->n_links++];
			l->a = g->ref[gi];
			l->b = g->ref[g->edge_to[k]];
			l->score = g->edge_w[k];
		}
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
