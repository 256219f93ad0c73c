/* lists.c - the rows of the reader's lists of actors, quotes and claims. */
#include "parallax/lists.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/lexicon.h"

/* ---- actors ---- */

uint32_t
lists_actor_counts(const struct corpus *c, uint32_t actor, uint32_t *counts)
{
	const struct actor *ac = &c->actors[actor];
	uint32_t i, outlets = 0;

	memset(counts, 0, c->n_articles * sizeof *counts);
	for (i = 0; i < ac->n_mentions; i++) {
		uint32_t art = ac->mentions[i].article;

		if (art >= c->n_articles)
			continue;
		outlets += counts[art] == 0;
		counts[art]++;
	}
	return outlets;
}

char *
lists_fold(const char *s)
{
	size_t n = strlen(s), cap = n * 2 + 16, len;
	char *out = xmalloc(cap);

	len = lex_fold(s, n, out, cap);
	if (len >= cap) {
		cap = len + 1;
		out = xrealloc(out, cap);
		lex_fold(s, n, out, cap);
	}
	return out;
}

struct actor_key {
	uint32_t id, count;
	char *name; /* folded (owned) */
};

static int
cmp_by_name(const void *a, const void *b)
{
	const struct actor_key *x = a, *y = b;
	int d = strcmp(x->name, y->name);

	if (d)
		return d;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int
cmp_by_count(const void *a, const void *b)
{
	const struct actor_key *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return cmp_by_name(a, b);
}

void
lists_sort_actors(const struct corpus *c, uint32_t *ids, uint32_t n, enum lists_order order)
{
	struct actor_key *k = xcalloc(n + 1, sizeof *k);
	uint32_t i;

	for (i = 0; i < n; i++) {
		k[i].id = ids[i];
		k[i].count = c->actors[ids[i]].n_mentions;
		k[i].name = lists_fold(c->actors[ids[i]].name);
	}
	px_sort(k, n, sizeof *k, order == LISTS_BY_NAME ? cmp_by_name : cmp_by_count);
	for (i = 0; i < n; i++) {
		ids[i] = k[i].id;
		free(k[i].name);
	}
	free(k);
}

/* ---- quotes ---- */

struct quote_key {
	uint32_t group, article, start, id;
};

static int
cmp_quote_key(const void *a, const void *b)
{
	const struct quote_key *x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Groups in order of first appearance: the first member's article and
 * offset, the longer quote first. */
struct group_key {
	uint32_t article, start, end, index;
};

static int
cmp_group_key(const void *a, const void *b)
{
	const struct group_key *x = a, *y = b;

	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static void
sort_groups(struct quote_groups *g, const struct corpus *c)
{
	struct group_key *k = xcalloc(g->n + 1, sizeof *k);
	struct quote_group *sorted = xcalloc(g->n + 1, sizeof *sorted);
	uint32_t i;

	for (i = 0; i < g->n; i++) {
		const struct quote *q = &c->quotes[g->v[i].members[0]];

		k[i] = (struct group_key){q->article, q->start, q->end, i};
	}
	px_sort(k, g->n, sizeof *k, cmp_group_key);
	for (i = 0; i < g->n; i++)
		sorted[i] = g->v[k[i].index];
	free(g->v);
	g->v = sorted;
	free(k);
}

static void
finish_group(const struct corpus *c, struct quote_group *qg)
{
	uint32_t i;

	qg->speaker = PX_NONE;
	qg->n_outlets = 0;
	for (i = 0; i < qg->n; i++) {
		const struct quote *q = &c->quotes[qg->members[i]];

		if (qg->speaker == PX_NONE)
			qg->speaker = q->speaker;
		if (i == 0 || c->quotes[qg->members[i - 1]].article != q->article)
			qg->n_outlets++;
	}
}

void
lists_quote_groups(const struct corpus *c, struct quote_groups *out)
{
	struct quote_key *k = xcalloc(c->n_quotes + 1, sizeof *k);
	uint32_t i, cap = 0;

	memset(out, 0, sizeof *out);
	for (i = 0; i < c->n_quotes; i++) {
		const struct quote *q = &c->quotes[i];

		k[i] = (struct quote_key){q->group < c->n_quotes ? q->group : i, q->article, q->start, i};
	}
	px_sort(k, c->n_quotes, sizeof *k, cmp_quote_key);
	out->ids = xcalloc(c->n_quotes + 1, sizeof *out->ids);
	for (i = 0; i < c->n_quotes; i++) {
		struct quote_group *qg;

		out->ids[i] = k[i].id;
		if (i == 0 || k[i].group != k[i - 1].group) {
			qg = PX_PUSH(out->v, out->n, cap);
			qg->members = &out->ids[i];
		}
		out->v[out->n - 1].n++;
	}
	for (i = 0; i < out->n; i++)
		finish_group(c, &out->v[i]);
	sort_groups(out, c);
	free(k);
}

void
lists_quote_groups_free(struct quote_groups *g)
{
	free(g->v);
	free(g->ids);
	memset(g, 0, sizeof *g);
}

/* ---- claims ---- */

const char *
lists_claimant(const struct corpus *c, const struct claim *cl)
{
	if (cl->speaker < c->n_actors)
		return c->actors[cl->speaker].name;
	if (cl->source && cl->source[0])
		return cl->source;
	return "unnamed";
}

static bool
same_source(const char *a, const char *b)
{
	char *fa, *fb;
	bool same;

	if (!a || !b || !a[0] || !b[0])
		return (!a || !a[0]) && (!b || !b[0]);
	fa = lists_fold(a);
	fb = lists_fold(b);
	same = strcmp(fa, fb) == 0;
	free(fa);
	free(fb);
	return same;
}

bool
lists_same_claimant(const struct claim *a, const struct claim *b)
{
	if (a->speaker != PX_NONE || b->speaker != PX_NONE)
		return a->speaker == b->speaker;
	return same_source(a->source, b->source);
}

/* ---- filtering ---- */

uint32_t
lists_filter(char *const *folded, uint32_t n, const char *needle, uint32_t *out)
{
	char *f = lists_fold(needle);
	uint32_t i, k = 0;

	for (i = 0; i < n; i++)
		if (!f[0] || strstr(folded[i], f))
			out[k++] = i;
	free(f);
	return k;
}

/* ---- wordings ---- */

uint32_t
lists_span_words(const struct article *a, uint32_t start, uint32_t end, uint32_t *out,
                 uint32_t cap)
{
	uint32_t lo = article_token_from(a, start), n = 0;

	for (; lo < a->n_toks && a->toks[lo].start < end; lo++) {
		if (!(a->toks[lo].flags & (TOK_WORD | TOK_NUM)) || a->toks[lo].start < start)
			continue;
		if (n < cap)
			out[n] = lo;
		n++;
	}
	return n;
}

static uint32_t
step(struct diff_step *out, uint32_t k, enum diff_op op, uint32_t a, uint32_t b)
{
	out[k] = (struct diff_step){op, a, b};
	return k + 1;
}

/* The middle a[0..na), b[0..nb) by a table of suffix LCS lengths;
 * a0, b0 offset the indexes written. */
static uint32_t
diff_middle(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb, uint32_t a0,
            uint32_t b0, struct diff_step *out, uint32_t k)
{
	size_t w = (size_t)nb + 1;
	uint16_t *L;
	uint32_t i, j;

	if (na > LISTS_DIFF_MAX || nb > LISTS_DIFF_MAX) {
		for (i = 0; i < na; i++)
			k = step(out, k, DIFF_DEL, a0 + i, b0);
		for (j = 0; j < nb; j++)
			k = step(out, k, DIFF_ADD, a0 + na, b0 + j);
		return k;
	}
	L = xcalloc(((size_t)na + 1) * w, sizeof *L);
	for (i = na; i-- > 0;)
		for (j = nb; j-- > 0;)
			L[i * w + j] = a[i] == b[j] ? (uint16_t)(L[(i + 1) * w + j + 1] + 1)
			                           : PX_MAX(L[(i + 1) * w + j], L[i * w + j + 1]);
	i = j = 0;
	while (i < na || j < nb) {
		if (i < na && j < nb && a[i] == b[j]) {
			k = step(out, k, DIFF_SAME, a0 + i, b0 + j);
			i++, j++;
		} else if (i < na && (j == nb || L[(i + 1) * w + j] >= L[i * w + j + 1])) {
			k = step(out, k, DIFF_DEL, a0 + i, b0 + j);
			i++;
		} else {
			k = step(out, k, DIFF_ADD, a0 + i, b0 + j);
			j++;
		}
	}
	free(L);
	return k;
}

uint32_t
lists_word_diff(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb,
                struct diff_step *out)
{
	uint32_t pre = 0, suf = 0, k = 0, i;

	while (pre < na && pre < nb && a[pre] == b[pre])
		pre++;
	while (suf < na - pre && suf < nb - pre && a[na - 1 - suf] == b[nb - 1 - suf])
		suf++;
	for (i = 0; i < pre; i++)
		k = step(out, k, DIFF_SAME, i, i);
	k = diff_middle(a + pre, na - pre - suf, b + pre, nb - pre - suf, pre, pre, out, k);
	for (i = 0; i < suf; i++)
		k = step(out, k, DIFF_SAME, na - suf + i, nb - suf + i);
	return k;
}
