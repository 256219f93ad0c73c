/* dump.c - a screen and its model as text. */
#include "dump.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/nav.h"

#define BORDER_CP 0x2502

void
dump_screen(const struct grid *g, FILE *f)
{
	int x, y;

	fprintf(f, "=== screen %dx%d ===\n", g->w, g->h);
	for (y = 0; y < g->h; y++) {
		char line[8192];
		size_t n = 0, keep = 0;

		for (x = 0; x < g->w && n + 32 < sizeof line; x++) {
			const struct cell *c = grid_cell(g, x, y);
			int i;

			if (!c->width)
				continue;
			if (c->ch == BORDER_CP && c->style == STYLE_BORDER)
				line[n++] = '|';
			else
				n += utf8_encode(c->ch, line + n);
			for (i = 0; i < GRID_COMB && c->comb[i]; i++)
				n += utf8_encode(c->comb[i], line + n);
			if (c->ch != ' ' || c->comb[0])
				keep = n;
		}
		fprintf(f, "%.*s\n", (int)keep, line);
	}
}

static const char *
style_name(int st, int over, char *buf, size_t cap)
{
	if (over == GRID_NO_OVER)
		snprintf(buf, cap, "%s", style_table[st].name);
	else
		snprintf(buf, cap, "%s+%s", style_table[st].name, style_table[over].name);
	return buf;
}

static void
dump_reader(const struct reader *r, const struct display *d, FILE *f)
{
	static const char *const boiler[] = {"dim", "hide", "show"};
	const struct pane *top = reader_top(r);

	fprintf(f, "reader focus %u window %u-%u/%u sync %s boilerplate %s topic ", r->focus + 1,
	        r->first + 1, r->first + r->shown, r->n_cols, r->sync ? "on" : "off",
	        boiler[r->boiler]);
	if (r->topic == PX_NONE)
		fputs("-", f);
	else
		fprintf(f, "%u", r->topic + 1);
	fprintf(f, " overlay %s colors %d\n", top ? top->ops->name : "-", display_colors(d));
	if (r->msg[0]) {
		char *m = px_safe_str(r->msg, strlen(r->msg));

		fprintf(f, "message \"%s\"\n", m);
		free(m);
	}
}

static void
dump_column(const struct reader *r, const struct column *col, FILE *f)
{
	const struct article *a = &r->c->articles[col->article];
	char *outlet = px_safe_str(a->outlet, strlen(a->outlet));
	const char *cover = "-";

	if (r->topic != PX_NONE)
		cover = nav_topic_count(r->c, r->topic, col->article) ? "covered" : "not-covered";
	fprintf(f, "column %u \"%s\" x %d w %d gutter %d lines %u top %lld cursor %u sentence ",
	        col->article + 1, outlet, col->x, col->w, col->gutter, col->lay.n,
	        (long long)col->top, col->cur);
	if (col->sent == PX_NONE)
		fputs("-", f);
	else
		fprintf(f, "%u", col->sent);
	fprintf(f, " %s\n", cover);
	free(outlet);
}

static void
dump_row(const struct grid *g, int y, FILE *f)
{
	char name[64];
	int x = 0;

	fprintf(f, "row %d:", y);
	while (x < g->w) {
		const struct cell *c = grid_cell(g, x, y);
		int e = x;

		while (e + 1 < g->w && grid_cell(g, e + 1, y)->style == c->style &&
		       grid_cell(g, e + 1, y)->over == c->over)
			e++;
		style_name(c->style, c->over, name, sizeof name);
		if (e == x)
			fprintf(f, "%s %d %s", x ? "," : "", x, name);
		else
			fprintf(f, "%s %d-%d %s", x ? "," : "", x, e, name);
		x = e + 1;
	}
	fputc('\n', f);
}

static void
dump_styles(const struct grid *g, const struct display *d, FILE *f)
{
	static bool used[STYLE_COUNT][STYLE_COUNT + 1];
	int st, o;
	size_t i, n = (size_t)g->w * (size_t)g->h;

	memset(used, 0, sizeof used);
	for (i = 0; i < n; i++) {
		const struct cell *c = &g->cells[i];

		used[c->style][c->over == GRID_NO_OVER ? STYLE_COUNT : c->over] = true;
	}
	fputs("styles:\n", f);
	for (st = 0; st < STYLE_COUNT; st++) {
		for (o = 0; o <= STYLE_COUNT; o++) {
			char name[64], look[64];
			int over = o == STYLE_COUNT ? GRID_NO_OVER : o;

			if (!used[st][o])
				continue;
			fprintf(f, "  %s = %s\n", style_name(st, over, name, sizeof name),
			        display_describe(d, st, over, look, sizeof look));
		}
	}
}

void
dump_model(const struct reader *r, const struct grid *g, const struct display *d, FILE *f)
{
	uint32_t i;
	int y;

	fprintf(f, "=== model %dx%d ===\n", g->w, g->h);
	dump_reader(r, d, f);
	if (!reader_too_small(r))
		for (i = r->first; i < r->first + r->shown && i < r->n_cols; i++)
			dump_column(r, &r->cols[i], f);
	for (y = 0; y < g->h; y++)
		dump_row(g, y, f);
	dump_styles(g, d, f);
}
