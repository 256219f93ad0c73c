/* coverage.c - topics and coverage: a topic x outlet matrix.
 *
 * A row per topic with its label in the topic's colour, a cell per
 * outlet (how many of its sentences are in the topic, or a dot), and at
 * the foot how many passages each outlet has alone. Enter goes to the
 * selected topic. */
#include "overlay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/nav.h"

#define COV_LABEL_MIN 10
#define COV_LABEL_W 30  /* labels get this much before cells widen */
#define COV_LABEL_MAX 48
#define COV_CELL_MIN 3
#define COV_CELL_MAX 20
#define COV_COUNT_W 9
#define COV_NAMES_MIN 7 /* narrower cells get numbers and a legend */

struct coverage {
	struct pane pane;
	struct scroller sc;
	uint32_t *unique; /* unique passages per article (owned) */
};

/* Where things go across a row. */
struct cov_geom {
	int x_label, label_w, x_cells, cell_w, x_count;
	bool names;
};

static struct cov_geom
geom(const struct reader *r, struct rect body)
{
	struct cov_geom g;
	int n = (int)PX_MAX(r->n_cols, 1);
	int rest = body.w - 6 - COV_COUNT_W; /* number column, outlets column */

	g.x_label = body.x + 6;
	g.cell_w = PX_MAX(COV_CELL_MIN, PX_MIN(COV_CELL_MAX, (rest - COV_LABEL_W) / n));
	g.label_w = PX_MIN(rest - n * g.cell_w - 1, COV_LABEL_MAX);
	g.label_w = PX_MAX(g.label_w, COV_LABEL_MIN);
	g.x_cells = g.x_label + g.label_w + 1;
	g.x_count = g.x_cells + n * g.cell_w + 1;
	g.names = g.cell_w >= COV_NAMES_MIN;
	return g;
}

static void
draw_header(const struct reader *r, struct grid *g, const struct cov_geom *cg, int y)
{
	uint32_t a;

	grid_str(g, cg->x_label, y, cg->label_w, "topic", STYLE_OVERLAY_HEADING);
	for (a = 0; a < r->n_cols; a++) {
		int x = cg->x_cells + (int)a * cg->cell_w;
		char num[16];

		snprintf(num, sizeof num, "%u", a + 1);
		grid_str_cut(g, x, y, cg->cell_w - 1, cg->names ? r->c->articles[a].outlet : num,
		             STYLE_OVERLAY_HEADING);
	}
	grid_str(g, cg->x_count, y, 8, "outlets", STYLE_OVERLAY_HEADING);
}

static void
draw_topic(const struct coverage *cv, struct grid *g, const struct cov_geom *cg, struct rect body,
           int y, uint32_t t)
{
	const struct reader *r = cv->pane.rd;
	const struct topic *tp = &r->c->topics[t];
	char buf[32];
	uint32_t a;

	snprintf(buf, sizeof buf, "%4u", t + 1);
	grid_str(g, body.x + 1, y, 4, buf, STYLE_OVERLAY);
	grid_fill(g, cg->x_label, y, cg->label_w, ' ', style_topic(t));
	grid_str_cut(g, cg->x_label + 1, y, cg->label_w - 2, tp->label ? tp->label : "", style_topic(t));
	for (a = 0; a < r->n_cols; a++) {
		uint32_t n = nav_topic_count(r->c, t, a);
		int x = cg->x_cells + (int)a * cg->cell_w;

		if (n == 0) {
			grid_str(g, x, y, 1, "\xc2\xb7", STYLE_GUTTER);
			continue;
		}
		snprintf(buf, sizeof buf, n == 1 ? "\xe2\x97\x8f" : "\xe2\x97\x8f%u", n);
		grid_str(g, x, y, cg->cell_w - 1, buf, style_topic(t));
	}
	snprintf(buf, sizeof buf, "%u/%u", tp->n_outlets, r->n_cols);
	grid_str(g, cg->x_count, y, 8, buf, STYLE_OVERLAY);
	if (t == cv->sc.sel) {
		grid_str(g, body.x, y, 1, "\xe2\x96\xb6", STYLE_OVERLAY);
		grid_overlay(g, body.x, y, body.w, STYLE_SELECTED);
	}
}

static void
draw_footer(const struct coverage *cv, struct grid *g, const struct cov_geom *cg, struct rect body,
            int y)
{
	const struct reader *r = cv->pane.rd;
	char buf[512];
	uint32_t a;
	int x = body.x + 1;

	grid_str(g, cg->x_label, y, cg->label_w, "passages only one outlet has", STYLE_UNIQUE);
	for (a = 0; a < r->n_cols; a++) {
		snprintf(buf, sizeof buf, "%u", cv->unique[a]);
		grid_str(g, cg->x_cells + (int)a * cg->cell_w, y, cg->cell_w - 1, buf, STYLE_UNIQUE);
	}
	if (cg->names)
		return;
	for (a = 0; a < r->n_cols && x < body.x + body.w - 1; a++) {
		snprintf(buf, sizeof buf, "%s%u %s", a ? "  " : "", a + 1, r->c->articles[a].outlet);
		x += grid_str(g, x, y + 1, body.x + body.w - 1 - x, buf, STYLE_OVERLAY);
	}
}

static int
list_rows(const struct coverage *cv, struct rect body)
{
	struct cov_geom cg = geom(cv->pane.rd, body);

	return body.h - 1 - (cg.names ? 2 : 3); /* header; blank, footer, legend */
}

static void
coverage_render(struct pane *p, struct grid *g, struct rect r)
{
	struct coverage *cv = (struct coverage *)p;
	const struct corpus *c = p->rd->c;
	char *title = xasprintf("Topics and coverage \xc2\xb7 %u topics \xc2\xb7 %u outlets", c->n_topics,
	                        c->n_articles);
	struct rect body = overlay_frame(g, r, title, "Enter: go  q: close");
	struct cov_geom cg = geom(p->rd, body);
	int rows = list_rows(cv, body), row;

	free(title);
	if (!c->n_topics) {
		grid_str(g, body.x + 1, body.y + 1, body.w - 2,
		         "No topics: no passage is shared by two outlets.", STYLE_OVERLAY);
	} else {
		draw_header(p->rd, g, &cg, body.y);
		scroller_fit(&cv->sc, rows);
		for (row = 0; row < rows && cv->sc.top + (uint32_t)row < cv->sc.n; row++)
			draw_topic(cv, g, &cg, body, body.y + 1 + row, cv->sc.top + (uint32_t)row);
	}
	draw_footer(cv, g, &cg, body, body.y + body.h - (cg.names ? 1 : 2));
}

/* Close every overlay and put the cursor on topic t: in the focused
 * column when it covers t, else in the first one that does. */
static unsigned
coverage_jump(struct reader *r, uint32_t t)
{
	uint32_t art = r->focus, s = nav_counterpart(r->c, t, art);
	unsigned res;

	while (r->n_overlay)
		reader_pop(r);
	if (s == PX_NONE) {
		art = r->c->topics[t].members[0].article;
		s = r->c->topics[t].members[0].sentence;
	}
	res = reader_focus(r, art);
	return res | reader_goto(r, s);
}

static unsigned
coverage_action(struct pane *p, enum action a)
{
	struct coverage *cv = (struct coverage *)p;
	struct rect body = reader_body(p->rd);

	body.y++, body.h--;
	switch (a) {
	case ACT_QUIT:
	case ACT_CLOSE:
	case ACT_TOPICS:
		reader_pop(p->rd);
		return R_REDRAW;
	case ACT_SYNOPSIS:
		if (!cv->sc.n)
			return R_NONE;
		return coverage_jump(p->rd, cv->sc.sel);
	case ACT_HELP:
	case ACT_REDRAW:
		return R_PASS;
	default:
		return scroller_action(&cv->sc, a, list_rows(cv, body));
	}
}

static unsigned
coverage_mouse(struct pane *p, const struct event *ev, struct rect r)
{
	struct coverage *cv = (struct coverage *)p;
	struct rect body = {r.x, r.y + 1, r.w, r.h - 1};
	int rows = list_rows(cv, body), row = ev->y - body.y - 1;

	if (ev->mouse != MOUSE_CLICK)
		return scroller_wheel(&cv->sc, ev, rows);
	if (row < 0 || row >= rows || cv->sc.top + (uint32_t)row >= cv->sc.n)
		return R_NONE;
	cv->sc.sel = cv->sc.top + (uint32_t)row;
	return R_REDRAW;
}

static void
coverage_free(struct pane *p)
{
	struct coverage *cv = (struct coverage *)p;

	free(cv->unique);
	free(cv);
}

static const struct pane_ops coverage_ops = {
	.name = "topics",
	.render = coverage_render,
	.action = coverage_action,
	.mouse = coverage_mouse,
	.free = coverage_free,
};

struct pane *
coverage_open(struct reader *r)
{
	struct coverage *cv = xcalloc(1, sizeof *cv);
	uint32_t a;

	cv->pane.ops = &coverage_ops;
	cv->pane.rd = r;
	cv->sc.n = r->c->n_topics;
	cv->sc.selecting = true;
	cv->sc.sel = r->topic != PX_NONE ? r->topic : 0;
	cv->unique = xcalloc(PX_MAX(r->n_cols, 1), sizeof *cv->unique);
	for (a = 0; a < r->n_cols; a++) {
		uint32_t s = PX_NONE;

		while ((s = nav_next(r->c, (struct sref){a, s}, NAV_UNIQUE, 1)) != PX_NONE)
			cv->unique[a]++;
	}
	return &cv->pane;
}
