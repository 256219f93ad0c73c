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

/* "style", "style/mark", "style+over" or "style/mark+over". */
static const char *
style_name(int st, int over, int mark, char *buf, size_t cap)
{
	size_t n = (size_t)snprintf(buf, cap, "%s", style_table[st].name);

	if (mark != GRID_NO_OVER && n < cap)
		n += (size_t)snprintf(buf + n, cap - n, "/%s", style_table[mark].name);
	if (over != GRID_NO_OVER && n < cap)
		snprintf(buf + n, cap - n, "+%s", style_table[over].name);
	return buf;
}

/* before "s" after, s made safe to print */
static void
dump_quoted(FILE *f, const char *before, const char *s, const char *after)
{
	char *safe = px_safe_str(s, strlen(s));

	fprintf(f, "%s\"%s\"%s", before, safe, after);
	free(safe);
}

/* The search, the filter, the chosen item, what n/N go through and the
 * prompt, each on a line of its own when there is one. */
static void
dump_find(const struct reader *r, FILE *f)
{
	static const char *const stops[] = {"done", "too-many", "match-limit", "time-limit"};
	static const char *const choices[] = {"-", "actor", "quote", "claims"};
	uint32_t n, k;

	if (r->find.re) {
		dump_quoted(f, "search ", r->find.pattern, "");
		fprintf(f, " %s hits %u stop %s\n", r->find.dir < 0 ? "backward" : "forward",
		        r->find.hits.n, stops[r->find.hits.stop]);
	}
	if (r->find.filter)
		dump_quoted(f, "filter ", r->find.filter, "\n");
	if (r->choice.kind != CHOICE_NONE) {
		fprintf(f, "choice %s ", choices[r->choice.kind]);
		dump_quoted(f, "", r->choice.label, "");
		fprintf(f, " spans %u\n", r->choice.spans.n);
	}
	if (r->cycle != CYCLE_NONE) {
		k = cycle_position(r, &n);
		fprintf(f, "cycle %s ", r->cycle == CYCLE_SEARCH ? "search" : "choice");
		if (k == PX_NONE)
			fprintf(f, "-/%u\n", n);
		else
			fprintf(f, "%u/%u\n", k + 1, n);
	}
	if (r->prompt.kind) {
		fprintf(f, "prompt %c ", r->prompt.kind);
		dump_quoted(f, "", r->prompt.ed.buf, "");
		fprintf(f, " cursor %u\n", r->prompt.ed.cur);
	}
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
	if (r->msg[0])
		dump_quoted(f, "message ", r->msg, "\n");
	dump_find(r, f);
	if (top && top->ops->describe) {
		char buf[1024];

		top->ops->describe(top, buf, sizeof buf);
		fprintf(f, "%s\n", buf);
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
	fprintf(f, " %s", cover);
	if (column_point(col)) {
		static const char *const kinds[] = {"-", "mention", "quote", "claim", "hit"};

		fprintf(f, " point %s %u-%u", kinds[col->point.kind], col->point.start, col->point.end);
	}
	fputc('\n', f);
	free(outlet);
}

static void
dump_row(const struct grid *g, int y, FILE *f)
{
	char name[96];
	int x = 0;

	fprintf(f, "row %d:", y);
	while (x < g->w) {
		const struct cell *c = grid_cell(g, x, y);
		int e = x;

		while (e + 1 < g->w && grid_cell(g, e + 1, y)->style == c->style &&
		       grid_cell(g, e + 1, y)->over == c->over && grid_cell(g, e + 1, y)->mark == c->mark)
			e++;
		style_name(c->style, c->over, c->mark, name, sizeof name);
		if (e == x)
			fprintf(f, "%s %d %s", x ? "," : "", x, name);
		else
			fprintf(f, "%s %d-%d %s", x ? "," : "", x, e, name);
		x = e + 1;
	}
	fputc('\n', f);
}

/* Slot index of a layer for the table of combinations: none last. */
static int
layer_index(int slot)
{
	return slot == GRID_NO_OVER || slot >= STYLE_COUNT ? STYLE_COUNT : slot;
}

static void
dump_styles(const struct grid *g, const struct display *d, FILE *f)
{
	/* [style][overlay][mark], none as the last index of a layer */
	static bool used[STYLE_COUNT][STYLE_COUNT + 1][STYLE_COUNT + 1];
	int st, o, m;
	size_t i, n = (size_t)g->w * (size_t)g->h;

	memset(used, 0, sizeof used);
	for (i = 0; i < n; i++) {
		const struct cell *c = &g->cells[i];

		used[c->style][layer_index(c->over)][layer_index(c->mark)] = true;
	}
	fputs("styles:\n", f);
	for (st = 0; st < STYLE_COUNT; st++) {
		for (o = 0; o <= STYLE_COUNT; o++) {
			for (m = -1; m < STYLE_COUNT; m++) {
				char name[96], look[64];
				int over = o == STYLE_COUNT ? GRID_NO_OVER : o;
				int mark = m < 0 ? GRID_NO_OVER : m;

				if (!used[st][o][layer_index(mark)])
					continue;
				fprintf(f, "  %s = %s\n", style_name(st, over, mark, name, sizeof name),
				        display_describe(d, st, over, mark, look, sizeof look));
			}
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
