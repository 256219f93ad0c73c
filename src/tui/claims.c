/* claims.c - the list of claims: outlet, claimant (an actor, a generic
 * source such as "officials", or unnamed), cue and content, by outlet or
 * by claimant. r keeps only the selected row's claimant: everything one
 * actor is said to have said, outlet by outlet. Enter goes to the claim;
 * n and N then go through every claim of that claimant. */
#include "listview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/lists.h"

#define CLA_OUTLET_W 14
#define CLA_CLAIMANT_W 22
#define CLA_CUE_W 12

struct claims {
	struct list_view lv;
	bool by_claimant;
	uint32_t only;      /* a claim whose claimant's claims alone are shown, or PX_NONE */
	char **claimant;    /* folded claimant per claim, for ordering (owned) */
};

struct cla_geom {
	int x_claimant, claimant_w, x_cue, cue_w, x_text, text_w, outlet_w;
};

static struct cla_geom
cla_geom(int w)
{
	struct cla_geom g;

	g.outlet_w = w >= 60 ? CLA_OUTLET_W : 3;
	g.claimant_w = PX_MIN(CLA_CLAIMANT_W, PX_MAX(w / 5, 8));
	g.cue_w = w >= 60 ? CLA_CUE_W : 0;
	g.x_claimant = g.outlet_w + 1;
	g.x_cue = g.x_claimant + g.claimant_w + 1;
	g.x_text = g.x_cue + (g.cue_w ? g.cue_w + 1 : 0);
	g.text_w = PX_MAX(w - g.x_text, 1);
	return g;
}

static const struct claim *
claim_of(const struct list_view *lv, uint32_t item)
{
	return &lv->pane.rd->c->claims[item];
}

static void
claims_title(const struct list_view *lv, char *buf, size_t cap)
{
	const struct claims *cl = (const struct claims *)lv;
	const char *order = cl->by_claimant ? "by claimant" : "by outlet";

	if (cl->only != PX_NONE)
		snprintf(buf, cap, "Claims \xc2\xb7 %u of %u by %s \xc2\xb7 %s", lv->n_shown, lv->n,
		         lists_claimant(lv->pane.rd->c, claim_of(lv, cl->only)), order);
	else
		snprintf(buf, cap, "Claims \xc2\xb7 %u of %u \xc2\xb7 %s", lv->n_shown, lv->n, order);
}

static int
claims_hints(const struct list_view *lv, enum action *a, const char **what)
{
	const struct claims *cl = (const struct claims *)lv;

	a[0] = ACT_LIST_CLAIMANT;
	what[0] = cl->only != PX_NONE ? "all claimants" : "only this claimant";
	a[1] = ACT_LIST_SORT;
	what[1] = cl->by_claimant ? "by outlet" : "by claimant";
	return 2;
}

static void
claims_heading(const struct list_view *lv, struct grid *g, struct rect r)
{
	struct cla_geom cg = cla_geom(r.w);

	(void)lv;
	list_cell(g, r.x, r.y, cg.outlet_w, cg.outlet_w > 3 ? "outlet" : "#", STYLE_OVERLAY_HEADING,
	          false);
	list_cell(g, r.x + cg.x_claimant, r.y, cg.claimant_w, "claimant", STYLE_OVERLAY_HEADING,
	          false);
	list_cell(g, r.x + cg.x_cue, r.y, cg.cue_w, "cue", STYLE_OVERLAY_HEADING, false);
	list_cell(g, r.x + cg.x_text, r.y, cg.text_w, "claim", STYLE_OVERLAY_HEADING, false);
}

/* Actors in the overlay's colours, generic sources and "unnamed" dimmer. */
static enum style
claimant_style(const struct claim *k)
{
	return k->speaker != PX_NONE ? STYLE_OVERLAY : STYLE_GUTTER;
}

static void
claims_row(const struct list_view *lv, struct grid *g, struct rect r, uint32_t item)
{
	const struct reader *rd = lv->pane.rd;
	const struct claim *k = claim_of(lv, item);
	const struct article *a = &rd->c->articles[k->article];
	struct cla_geom cg = cla_geom(r.w);
	char *content = px_safe_str((const char *)a->text + k->start, k->end - k->start);

	if (cg.outlet_w > 3) {
		list_outlet(rd, g, r.x, r.y, cg.outlet_w, k->article, STYLE_OVERLAY);
	} else {
		char num[16];

		snprintf(num, sizeof num, "%u", k->article + 1);
		list_cell(g, r.x, r.y, cg.outlet_w, num, STYLE_OVERLAY, true);
	}
	list_cell(g, r.x + cg.x_claimant, r.y, cg.claimant_w, lists_claimant(rd->c, k),
	          claimant_style(k), false);
	list_cell(g, r.x + cg.x_cue, r.y, cg.cue_w, k->cue ? k->cue : "", STYLE_CUE, false);
	list_cell(g, r.x + cg.x_text, r.y, cg.text_w, content, STYLE_OVERLAY, false);
	free(content);
}

static void
add_text(struct list_line *l, const char *s, enum style st)
{
	list_line_add(l, s, strlen(s), st);
}

/* The sentence of the claim: its content in claim, its cue in cue. */
static void
claims_detail(struct list_view *lv, uint32_t item, int width)
{
	const struct reader *rd = lv->pane.rd;
	const struct claim *k = claim_of(lv, item);
	const struct article *a = &rd->c->articles[k->article];
	const struct sentence *s = &a->sents[k->sentence];
	struct list_line text = {0}, *l = list_detail_line(lv);
	char buf[32];
	uint32_t i;

	snprintf(buf, sizeof buf, "%u ", k->article + 1);
	add_text(l, buf, STYLE_GUTTER);
	add_text(l, a->outlet, STYLE_OVERLAY_HEADING);
	add_text(l, " \xc2\xb7 ", STYLE_GUTTER);
	add_text(l, lists_claimant(rd->c, k), STYLE_OVERLAY);
	if (k->speaker == PX_NONE)
		add_text(l, k->source ? " (a generic source)" : " (no source named)", STYLE_GUTTER);
	for (i = PX_MIN(s->start, k->start); i < PX_MAX(s->end, k->end); i++) {
		enum style st = i >= k->cue_start && i < k->cue_end ? STYLE_CUE
		              : i >= k->start && i < k->end ? STYLE_CLAIM : STYLE_OVERLAY;

		list_line_add(&text, (const char *)a->text + i, 1, st);
	}
	list_detail_wrap(lv, &text, width, 2);
	list_line_free(&text);
}

static void
claims_choose(const struct list_view *lv, uint32_t item, struct list_choice *out)
{
	const struct claim *k = claim_of(lv, item);

	out->kind = CHOICE_CLAIMS;
	out->id = item;
	out->article = k->article;
	out->start = k->start;
}

/* lists_same_claimant() on the names folded when the list opened. */
static bool
claims_admit(const struct list_view *lv, uint32_t item)
{
	const struct claims *cl = (const struct claims *)lv;
	const struct claim *k, *only;

	if (cl->only == PX_NONE)
		return true;
	k = claim_of(lv, item);
	only = claim_of(lv, cl->only);
	if (k->speaker != PX_NONE || only->speaker != PX_NONE)
		return k->speaker == only->speaker;
	return strcmp(cl->claimant[item], cl->claimant[cl->only]) == 0;
}

/* ---- ordering ---- */

struct cla_key {
	const char *claimant;
	uint32_t item;
};

static int
cmp_cla_key(const void *a, const void *b)
{
	const struct cla_key *x = a, *y = b;
	int d = strcmp(x->claimant, y->claimant);

	return d ? d : x->item < y->item ? -1 : x->item > y->item;
}

/* By outlet is the claims' own order; by claimant keeps it among one
 * claimant's claims. */
static void
sort(struct claims *cl)
{
	struct cla_key *k = xcalloc(cl->lv.n + 1, sizeof *k);
	uint32_t i;

	for (i = 0; i < cl->lv.n; i++)
		k[i] = (struct cla_key){cl->by_claimant ? cl->claimant[i] : "", i};
	px_sort(k, cl->lv.n, sizeof *k, cmp_cla_key);
	for (i = 0; i < cl->lv.n; i++)
		cl->lv.order[i] = k[i].item;
	free(k);
}

static unsigned
claims_action(struct list_view *lv, enum action a)
{
	struct claims *cl = (struct claims *)lv;

	if (a == ACT_LIST_SORT) {
		cl->by_claimant = !cl->by_claimant;
		sort(cl);
	} else if (a == ACT_LIST_CLAIMANT) {
		cl->only = cl->only == PX_NONE ? list_selected(lv) : PX_NONE;
	} else {
		return R_PASS;
	}
	list_refresh(lv);
	return R_REDRAW;
}

static void
claims_free(struct list_view *lv)
{
	struct claims *cl = (struct claims *)lv;
	uint32_t i;

	for (i = 0; i < lv->n; i++)
		free(cl->claimant[i]);
	free(cl->claimant);
}

static const struct list_class claims_class = {
	.ops = LIST_PANE_OPS("claims"),
	.name = "claims",
	.noun = "claims",
	.detail_max = 5,
	.title = claims_title,
	.hints = claims_hints,
	.heading = claims_heading,
	.row = claims_row,
	.detail = claims_detail,
	.choose = claims_choose,
	.action = claims_action,
	.admit = claims_admit,
	.free = claims_free,
};

struct pane *
claims_open(struct reader *r)
{
	struct claims *cl = xcalloc(1, sizeof *cl);
	const struct corpus *c = r->c;
	uint32_t i;

	list_init(&cl->lv, r, &claims_class, c->n_claims);
	cl->only = PX_NONE;
	cl->claimant = xcalloc(c->n_claims + 1, sizeof *cl->claimant);
	for (i = 0; i < c->n_claims; i++) {
		const struct claim *k = &c->claims[i];
		const struct article *a = &c->articles[k->article];
		char *all = xasprintf("%s\n%s\n%.*s", lists_claimant(c, k), k->cue ? k->cue : "",
		                      (int)(k->end - k->start), (const char *)a->text + k->start);

		cl->claimant[i] = lists_fold(lists_claimant(c, k));
		list_set_text(&cl->lv, i, all);
		free(all);
	}
	sort(cl);
	list_refresh(&cl->lv);
	return &cl->lv.pane;
}
