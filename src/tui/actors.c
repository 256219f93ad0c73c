/* actors.c - the list of actors: name, kind, mentions in all and per
 * outlet (a bar and a count), by mentions or by name. Enter highlights
 * every mention of the actor and goes to the next one from the cursor;
 * n and N then go through the others, across columns. */
#include "listview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/actor.h"
#include "parallax/gazetteer.h"
#include "parallax/lists.h"

#define ACT_NAME_MAX 34
#define ACT_NAME_MIN 10
#define ACT_KIND_W 8
#define ACT_TOTAL_W 6
#define ACT_CELL_MIN 3
#define ACT_CELL_MAX 18
#define ACT_BAR_MIN_CELL 7 /* narrower cells show the count alone */
#define ACT_OUTLETS_W 8    /* "outlets", "12/20" */

struct actors {
	struct list_view lv;
	enum lists_order order;
	uint32_t *outlets; /* articles mentioning each actor (owned) */
	uint32_t max;      /* most mentions of one actor in one article */
	struct counts *counts; /* (owned) */
	int name_w;        /* cells of the longest name */
};

/* One actor's mentions per article, for the rows and the detail. */
struct counts {
	uint32_t actor; /* whose they are, or PX_NONE */
	uint32_t *per_article;
};

/* Where things go across a row w cells wide. */
struct act_geom {
	int name_w, x_kind, x_total, x_cells, cell_w;
	bool kind, cells, outlets;
};

/* The name first (as wide as the longest, within limits), then kind and
 * total, then the outlets' cells in what is left, or a count of outlets
 * when they would be narrower than ACT_CELL_MIN, or nothing when even
 * that leaves the name too little. */
static struct act_geom
act_geom(const struct actors *a, int w)
{
	struct act_geom g = {0};
	int n = (int)a->lv.pane.rd->n_cols, rest, name;

	g.kind = w >= 40;
	rest = w - ACT_TOTAL_W - 1 - (g.kind ? ACT_KIND_W + 1 : 0);
	name = PX_MIN(PX_MAX(a->name_w, ACT_NAME_MIN), ACT_NAME_MAX);
	g.cell_w = n ? PX_MIN((rest - 1 - name) / n, ACT_CELL_MAX) : 0;
	g.cells = g.cell_w >= ACT_CELL_MIN;
	if (!g.cells)
		g.cell_w = 0;
	g.name_w = PX_MAX(PX_MIN(rest - 1 - n * g.cell_w, ACT_NAME_MAX), 1);
	g.outlets = !g.cells && rest - 1 - ACT_OUTLETS_W >= ACT_NAME_MIN;
	if (g.outlets)
		g.name_w = PX_MIN(rest - 1 - ACT_OUTLETS_W, name);
	g.x_kind = g.name_w + 1;
	g.x_total = g.x_kind + (g.kind ? ACT_KIND_W + 1 : 0);
	g.x_cells = g.x_total + ACT_TOTAL_W + 1;
	return g;
}

/* Mentions of actor per article: counted when a row or the detail needs
 * them, as a table of every actor by every article would not fit a
 * large corpus. */
static const uint32_t *
counts(const struct list_view *lv, uint32_t actor)
{
	struct counts *k = ((const struct actors *)lv)->counts;

	if (k->actor != actor) {
		lists_actor_counts(lv->pane.rd->c, actor, k->per_article);
		k->actor = actor;
	}
	return k->per_article;
}

static void
actors_title(const struct list_view *lv, char *buf, size_t cap)
{
	const struct actors *a = (const struct actors *)lv;

	snprintf(buf, cap, "Actors \xc2\xb7 %u of %u \xc2\xb7 by %s", lv->n_shown, lv->n,
	         a->order == LISTS_BY_NAME ? "name" : "mentions");
}

static int
actors_hints(const struct list_view *lv, enum action *a, const char **what)
{
	a[0] = ACT_LIST_SORT;
	what[0] = ((const struct actors *)lv)->order == LISTS_BY_NAME ? "by mentions" : "by name";
	return 1;
}

static void
actors_heading(const struct list_view *lv, struct grid *g, struct rect r)
{
	const struct reader *rd = lv->pane.rd;
	struct act_geom ag = act_geom((const struct actors *)lv, r.w);
	uint32_t i;

	list_cell(g, r.x, r.y, ag.name_w, "name", STYLE_OVERLAY_HEADING, false);
	if (ag.kind)
		list_cell(g, r.x + ag.x_kind, r.y, ACT_KIND_W, "kind", STYLE_OVERLAY_HEADING, false);
	list_cell(g, r.x + ag.x_total, r.y, ACT_TOTAL_W, "total", STYLE_OVERLAY_HEADING, true);
	for (i = 0; ag.cells && i < rd->n_cols; i++) {
		int x = r.x + ag.x_cells + (int)i * ag.cell_w;

		if (ag.cell_w >= ACT_BAR_MIN_CELL)
			list_outlet(rd, g, x, r.y, ag.cell_w - 1, i, STYLE_OVERLAY_HEADING);
		else {
			char num[16];

			snprintf(num, sizeof num, "%u", i + 1);
			list_cell(g, x, r.y, ag.cell_w - 1, num, STYLE_OVERLAY_HEADING, true);
		}
	}
	if (ag.outlets)
		list_cell(g, r.x + ag.x_cells, r.y, r.w - ag.x_cells, "outlets", STYLE_OVERLAY_HEADING,
		          false);
}

/* A bar of eighth blocks, len eighths long. */
static void
draw_bar(struct grid *g, int x, int y, uint32_t len)
{
	static const int32_t part[8] = {0, 0x258F, 0x258E, 0x258D, 0x258C, 0x258B, 0x258A, 0x2589};
	uint32_t i;

	for (i = 0; i < len / 8; i++)
		grid_put(g, x + (int)i, y, x + (int)i + 1, 0x2588, 1, STYLE_GUTTER);
	if (len % 8)
		grid_put(g, x + (int)i, y, x + (int)i + 1, part[len % 8], 1, STYLE_GUTTER);
}

static void
draw_count(const struct actors *a, struct grid *g, int x, int y, int w, uint32_t n)
{
	char num[16];
	int digits = snprintf(num, sizeof num, "%u", n), bar_w = w - 1 - digits - 1;

	if (!n) {
		list_cell(g, x, y, w - 1, "\xc2\xb7", STYLE_GUTTER, true);
		return;
	}
	if (w >= ACT_BAR_MIN_CELL && bar_w > 0 && a->max)
		draw_bar(g, x, y, PX_MAX((uint32_t)((uint64_t)n * (uint32_t)bar_w * 8 / a->max), 1u));
	list_cell(g, x, y, w - 1, num, STYLE_OVERLAY, true);
}

static void
actors_row(const struct list_view *lv, struct grid *g, struct rect r, uint32_t item)
{
	const struct actors *a = (const struct actors *)lv;
	const struct reader *rd = lv->pane.rd;
	const struct actor *ac = &rd->c->actors[item];
	struct act_geom ag = act_geom((const struct actors *)lv, r.w);
	char buf[32];
	uint32_t i;

	list_cell(g, r.x, r.y, ag.name_w, ac->name, STYLE_OVERLAY, false);
	if (ag.kind)
		list_cell(g, r.x + ag.x_kind, r.y, ACT_KIND_W, actor_kind_name(ac->kind), STYLE_OVERLAY,
		          false);
	snprintf(buf, sizeof buf, "%u", ac->n_mentions);
	list_cell(g, r.x + ag.x_total, r.y, ACT_TOTAL_W, buf, STYLE_OVERLAY_HEADING, true);
	for (i = 0; ag.cells && i < rd->n_cols; i++)
		draw_count(a, g, r.x + ag.x_cells + (int)i * ag.cell_w, r.y, ag.cell_w,
		           counts(lv, item)[i]);
	if (ag.outlets) {
		snprintf(buf, sizeof buf, "%u/%u", a->outlets[item], rd->n_cols);
		list_cell(g, r.x + ag.x_cells, r.y, r.w - ag.x_cells, buf, STYLE_OVERLAY, false);
	}
}

static void
add_text(struct list_line *l, const char *s, enum style st)
{
	list_line_add(l, s, strlen(s), st);
}

static void
actors_detail(struct list_view *lv, uint32_t item, int width)
{
	const struct actors *a = (const struct actors *)lv;
	const struct reader *rd = lv->pane.rd;
	const struct actor *ac = &rd->c->actors[item];
	struct list_line text = {0}, *l = list_detail_line(lv);
	char buf[160];
	uint32_t i;

	add_text(l, ac->name, STYLE_OVERLAY_HEADING);
	snprintf(buf, sizeof buf, "  %s%s%s%s%s \xc2\xb7 %u mention%s in %u of %u outlets",
	         actor_kind_name(ac->kind), ac->flags & ACTOR_MEDIA ? ", news outlet" : "",
	         ac->flags & ACTOR_SEAT ? ", seat of government" : "",
	         ac->place != PX_NONE && ac->kind != ACTOR_COUNTRY ? ", " : "",
	         ac->place != PX_NONE && ac->kind != ACTOR_COUNTRY ? gaz_country_name(ac->place) : "",
	         ac->n_mentions, ac->n_mentions == 1 ? "" : "s", a->outlets[item], rd->n_cols);
	add_text(l, buf, STYLE_OVERLAY);
	add_text(&text, ac->n_aliases ? "also " : "no other names", STYLE_GUTTER);
	for (i = 0; i < ac->n_aliases; i++) {
		add_text(&text, ac->aliases[i], STYLE_OVERLAY);
		if (i + 1 < ac->n_aliases)
			add_text(&text, " \xc2\xb7 ", STYLE_GUTTER);
	}
	list_detail_wrap(lv, &text, width, 2);
	list_line_free(&text);
	for (i = 0; i < rd->n_cols; i++) {
		uint32_t n = counts(lv, item)[i];

		if (!n)
			continue;
		snprintf(buf, sizeof buf, "%s%u ", text.len ? " \xc2\xb7 " : "in ", i + 1);
		add_text(&text, buf, STYLE_GUTTER);
		add_text(&text, rd->c->articles[i].outlet, STYLE_OVERLAY);
		snprintf(buf, sizeof buf, " %u", n);
		add_text(&text, buf, STYLE_OVERLAY_HEADING);
	}
	list_detail_wrap(lv, &text, width, 2);
	list_line_free(&text);
}

static void
actors_choose(const struct list_view *lv, uint32_t item, struct list_choice *out)
{
	(void)lv;
	out->kind = CHOICE_ACTOR;
	out->id = item;
	out->article = PX_NONE;
}

static void
sort(struct actors *a)
{
	uint32_t i;

	for (i = 0; i < a->lv.n; i++)
		a->lv.order[i] = i;
	lists_sort_actors(a->lv.pane.rd->c, a->lv.order, a->lv.n, a->order);
}

static unsigned
actors_action(struct list_view *lv, enum action act)
{
	struct actors *a = (struct actors *)lv;

	if (act != ACT_LIST_SORT)
		return R_PASS;
	a->order = a->order == LISTS_BY_NAME ? LISTS_BY_COUNT : LISTS_BY_NAME;
	sort(a);
	list_refresh(lv);
	return R_REDRAW;
}

static void
actors_free(struct list_view *lv)
{
	struct actors *a = (struct actors *)lv;

	free(a->counts->per_article);
	free(a->counts);
	free(a->outlets);
}

static const struct list_class actors_class = {
	.ops = LIST_PANE_OPS("actors"),
	.name = "actors",
	.noun = "actors",
	.detail_max = 6,
	.title = actors_title,
	.hints = actors_hints,
	.heading = actors_heading,
	.row = actors_row,
	.detail = actors_detail,
	.choose = actors_choose,
	.action = actors_action,
	.free = actors_free,
};

/* What the filter looks in: the name and every alias. */
static void
set_text(struct actors *a, uint32_t i)
{
	const struct actor *ac = &a->lv.pane.rd->c->actors[i];
	size_t n = strlen(ac->name) + 1;
	uint32_t k;
	char *s;

	for (k = 0; k < ac->n_aliases; k++)
		n += strlen(ac->aliases[k]) + 1;
	s = xmalloc(n + 1);
	strcpy(s, ac->name);
	for (k = 0; k < ac->n_aliases; k++) {
		strcat(s, "\n");
		strcat(s, ac->aliases[k]);
	}
	list_set_text(&a->lv, i, s);
	free(s);
}

struct pane *
actors_open(struct reader *r)
{
	struct actors *a = xcalloc(1, sizeof *a);
	const struct corpus *c = r->c;
	uint32_t i, k;

	list_init(&a->lv, r, &actors_class, c->n_actors);
	a->counts = xcalloc(1, sizeof *a->counts);
	a->counts->per_article = xcalloc(c->n_articles + 1, sizeof *a->counts->per_article);
	a->counts->actor = PX_NONE;
	a->outlets = xcalloc(c->n_actors + 1, sizeof *a->outlets);
	for (i = 0; i < c->n_actors; i++) {
		const struct actor *ac = &c->actors[i];
		uint32_t run = 0;

		/* mentions are in article order: a run is one article's */
		for (k = 0; k < ac->n_mentions; k++) {
			bool same = k && ac->mentions[k].article == ac->mentions[k - 1].article;

			run = same ? run + 1 : 1;
			a->outlets[i] += !same;
			a->max = PX_MAX(a->max, run);
		}
		a->name_w = PX_MAX(a->name_w, grid_text_width(ac->name, strlen(ac->name)));
		set_text(a, i);
	}
	a->order = LISTS_BY_COUNT;
	sort(a);
	list_refresh(&a->lv);
	return &a->lv.pane;
}
