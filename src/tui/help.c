/* help.c - every action with the keys bound to it now, by group.
 *
 * Generated from action_table and the live keymap, so a rebinding in
 * [keys] shows here as it is. */
#include "overlay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HELP_KEYS_MAX 28 /* widest key column */

struct help_line {
	char *keys;       /* owned; NULL for a heading or blank row */
	const char *text; /* help text or heading */
	enum style style;
};

struct help {
	struct pane pane;
	struct help_line *lines;
	uint32_t n, cap;
	struct scroller sc;
	int keys_w;
};

static void
add(struct help *h, char *keys, const char *text, enum style st)
{
	struct help_line *l = PX_PUSH(h->lines, h->n, h->cap);

	l->keys = keys;
	l->text = text;
	l->style = st;
}

static bool
group_seen(int upto, const char *group)
{
	int a;

	for (a = 1; a < upto; a++)
		if (strcmp(action_table[a].group, group) == 0)
			return true;
	return false;
}

static void
add_group(struct help *h, const char *group)
{
	const struct keymap *km = &h->pane.rd->cfg->keys;
	int a;

	if (h->n)
		add(h, NULL, "", STYLE_OVERLAY);
	add(h, NULL, group, STYLE_OVERLAY_HEADING);
	for (a = 1; a < ACT_COUNT; a++) {
		char buf[256];

		if (strcmp(action_table[a].group, group) != 0)
			continue;
		keymap_label(km, (enum action)a, buf, sizeof buf);
		add(h, xstrdup(buf[0] ? buf : "(unbound)"), action_table[a].help, STYLE_OVERLAY);
		h->keys_w = PX_MAX(h->keys_w, grid_text_width(buf, strlen(buf)));
	}
}

static void
help_render(struct pane *p, struct grid *g, struct rect r)
{
	struct help *h = (struct help *)p;
	struct rect body = overlay_frame(g, r, "Keys", "q: close  j/k: scroll");
	int kw = PX_MIN(h->keys_w, HELP_KEYS_MAX), row;

	scroller_fit(&h->sc, body.h);
	for (row = 0; row < body.h && h->sc.top + (uint32_t)row < h->n; row++) {
		const struct help_line *l = &h->lines[h->sc.top + (uint32_t)row];
		int y = body.y + row;

		if (!l->keys) {
			grid_str(g, body.x + 1, y, body.w - 2, l->text, l->style);
			continue;
		}
		grid_str(g, body.x + 3, y, kw, l->keys, STYLE_OVERLAY_HEADING);
		grid_str(g, body.x + 5 + kw, y, body.w - kw - 6, l->text, l->style);
	}
}

static unsigned
help_action(struct pane *p, enum action a)
{
	struct help *h = (struct help *)p;
	unsigned res;

	if (a == ACT_QUIT || a == ACT_CLOSE || a == ACT_HELP) {
		reader_pop(p->rd);
		return R_REDRAW;
	}
	if (a == ACT_REDRAW)
		return R_PASS;
	res = scroller_action(&h->sc, a, reader_body(p->rd).h - 1);
	return res;
}

static unsigned
help_mouse(struct pane *p, const struct event *ev, struct rect r)
{
	return scroller_wheel(&((struct help *)p)->sc, ev, r.h - 1);
}

static void
help_free(struct pane *p)
{
	struct help *h = (struct help *)p;
	uint32_t i;

	for (i = 0; i < h->n; i++)
		free(h->lines[i].keys);
	free(h->lines);
	free(h);
}

static const struct pane_ops help_ops = {
	.name = "help",
	.render = help_render,
	.action = help_action,
	.mouse = help_mouse,
	.free = help_free,
};

struct pane *
help_open(struct reader *r)
{
	struct help *h = xcalloc(1, sizeof *h);
	int a;

	h->pane.ops = &help_ops;
	h->pane.rd = r;
	for (a = 1; a < ACT_COUNT; a++)
		if (!group_seen(a, action_table[a].group))
			add_group(h, action_table[a].group);
	h->sc.n = h->n;
	return &h->pane;
}
