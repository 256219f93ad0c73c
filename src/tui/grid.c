/* grid.c - a screen as data. */
#include "grid.h"

#include <stdlib.h>
#include <string.h>

#include "layout.h"

void
grid_init(struct grid *g)
{
	memset(g, 0, sizeof *g);
}

void
grid_free(struct grid *g)
{
	free(g->cells);
	grid_init(g);
}

void
grid_resize(struct grid *g, int w, int h)
{
	w = PX_MAX(w, 0);
	h = PX_MAX(h, 0);
	if (w != g->w || h != g->h) {
		free(g->cells);
		g->cells = xcalloc((size_t)w * (size_t)h + 1, sizeof *g->cells);
		g->w = w;
		g->h = h;
	}
	grid_clear(g, STYLE_TEXT);
}

static struct cell
blank(enum style st)
{
	struct cell c = {
		.ch = ' ', .style = (uint8_t)st, .over = GRID_NO_OVER, .width = 1, .mark = GRID_NO_OVER,
	};

	return c;
}

void
grid_clear(struct grid *g, enum style st)
{
	struct cell b = blank(st);
	size_t i, n = (size_t)g->w * (size_t)g->h;

	for (i = 0; i < n; i++)
		g->cells[i] = b;
}

static bool
inside(const struct grid *g, int x, int y)
{
	return x >= 0 && y >= 0 && x < g->w && y < g->h;
}

struct cell *
grid_at(struct grid *g, int x, int y)
{
	return inside(g, x, y) ? &g->cells[(size_t)y * (size_t)g->w + (size_t)x] : NULL;
}

const struct cell *
grid_cell(const struct grid *g, int x, int y)
{
	return inside(g, x, y) ? &g->cells[(size_t)y * (size_t)g->w + (size_t)x] : NULL;
}

/* Before overwriting the cell at x, blank the other half of a wide
 * character it belongs to. */
static void
split_wide(struct grid *g, int x, int y)
{
	struct cell *c = grid_at(g, x, y), *o;

	if (!c)
		return;
	if (c->width == 0 && (o = grid_at(g, x - 1, y)))
		*o = blank((enum style)o->style);
	else if (c->width == 2 && (o = grid_at(g, x + 1, y)))
		*o = blank((enum style)o->style);
}

int
grid_put_layers(struct grid *g, int x, int y, int max_x, int32_t cp, int width, enum style st,
                int over, int mark)
{
	struct cell *c = grid_at(g, x, y);

	if (!c || x >= max_x)
		return 0;
	if (width == 2 && (x + 1 >= max_x || x + 1 >= g->w)) {
		cp = ' ';
		width = 1;
	}
	if (c->width != 1)
		split_wide(g, x, y);
	*c = blank(st);
	c->ch = cp;
	c->over = (uint8_t)over;
	c->mark = (uint8_t)mark;
	if (width == 2) {
		struct cell *r = c + 1;

		if (r->width != 1)
			split_wide(g, x + 1, y);
		*r = *c;
		r->ch = 0;
		r->width = 0;
		c->width = 2;
	}
	return width;
}

int
grid_put(struct grid *g, int x, int y, int max_x, int32_t cp, int width, enum style st)
{
	return grid_put_layers(g, x, y, max_x, cp, width, st, GRID_NO_OVER, GRID_NO_OVER);
}

void
grid_attach(struct grid *g, int x, int y, int32_t cp)
{
	struct cell *c = grid_at(g, x - 1, y);
	int i;

	if (c && c->width == 0)
		c = grid_at(g, x - 2, y);
	if (!c)
		return;
	for (i = 0; i < GRID_COMB; i++) {
		if (!c->comb[i]) {
			c->comb[i] = cp;
			return;
		}
	}
}

void
grid_fill(struct grid *g, int x, int y, int n, int32_t cp, enum style st)
{
	int i;

	for (i = 0; i < n; i++)
		grid_put(g, x + i, y, x + n, cp, 1, st);
}

int
grid_text(struct grid *g, int x, int y, int w, const char *s, size_t n, enum style st)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	int used = 0;

	while (i < n && used < w) {
		int32_t cp;
		int cw;

		i += utf8_decode(p + i, n - i, &cp);
		cp = layout_display_cp(cp, &cw);
		if (cw == 0) {
			grid_attach(g, x + used, y, cp);
			continue;
		}
		if (used + cw > w)
			break;
		used += grid_put(g, x + used, y, x + w, cp, cw, st);
	}
	return used;
}

int
grid_str(struct grid *g, int x, int y, int w, const char *s, enum style st)
{
	return grid_text(g, x, y, w, s, strlen(s), st);
}

int
grid_str_cut(struct grid *g, int x, int y, int w, const char *s, enum style st)
{
	size_t n = strlen(s);
	int used;

	if (w <= 0)
		return 0;
	if (grid_text_width(s, n) <= w)
		return grid_text(g, x, y, w, s, n, st);
	used = grid_text(g, x, y, w - 1, s, n, st);
	return used + grid_put(g, x + used, y, x + w, 0x2026, 1, st);
}

int
grid_text_width(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	int used = 0;

	while (i < n) {
		int32_t cp;
		int cw;

		i += utf8_decode(p + i, n - i, &cp);
		layout_display_cp(cp, &cw);
		used += cw;
	}
	return used;
}

void
grid_restyle(struct grid *g, int x, int y, int n, enum style st)
{
	int i;

	for (i = 0; i < n; i++) {
		struct cell *c = grid_at(g, x + i, y);

		if (c)
			c->style = (uint8_t)st;
	}
}

void
grid_overlay(struct grid *g, int x, int y, int n, enum style over)
{
	int i;

	for (i = 0; i < n; i++) {
		struct cell *c = grid_at(g, x + i, y);

		if (c)
			c->over = (uint8_t)over;
	}
}
