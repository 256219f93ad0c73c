/* listview.c - a list overlay, shared by the actors, quotes and claims. */
#include "listview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/keys.h"
#include "parallax/lists.h"

#define LIST_DETAIL_MIN_ROWS 10 /* rows of list below which no detail */

/* Where things go in the rectangle under the title. */
struct list_geom {
	struct rect head, rows, detail, foot;
};

/* The detail area follows the rows; when they all fit with room to
 * spare it comes right under the last one. */
static struct list_geom
geom(const struct list_view *lv, struct rect body)
{
	struct list_geom g;
	int foot = body.h >= 2, head = body.h - foot >= 3, rows = body.h - foot - head, det = 0;

	if (lv->cls->detail && rows >= LIST_DETAIL_MIN_ROWS)
		det = PX_MIN(lv->cls->detail_max + 1, rows / 2);
	rows -= det;
	if (det && (uint32_t)rows > lv->n_shown)
		rows = (int)PX_MAX(lv->n_shown, 1u) + 1;
	g.head = (struct rect){body.x, body.y, body.w, head};
	g.rows = (struct rect){body.x, body.y + head, body.w, rows};
	g.detail = (struct rect){body.x, body.y + head + rows, body.w, det};
	g.foot = (struct rect){body.x, body.y + body.h - foot, body.w, foot};
	return g;
}

/* The body of the overlay under its title row. */
static struct rect
under_title(const struct list_view *lv)
{
	struct rect b = reader_body(lv->pane.rd);

	return (struct rect){b.x, b.y + 1, b.w, PX_MAX(b.h - 1, 0)};
}

static int
list_rows(const struct list_view *lv)
{
	return PX_MAX(geom(lv, under_title(lv)).rows.h, 1);
}

uint32_t
list_selected(const struct list_view *lv)
{
	return lv->sc.sel < lv->n_shown ? lv->shown[lv->sc.sel] : PX_NONE;
}

void
list_init(struct list_view *lv, struct reader *r, const struct list_class *cls, uint32_t n)
{
	uint32_t i;

	lv->pane.ops = &cls->ops;
	lv->pane.rd = r;
	lv->cls = cls;
	lv->n = n;
	lv->order = xcalloc(n + 1, sizeof *lv->order);
	lv->shown = xcalloc(n + 1, sizeof *lv->shown);
	lv->folded = xcalloc(n + 1, sizeof *lv->folded);
	for (i = 0; i < n; i++) {
		lv->order[i] = i;
		lv->folded[i] = xstrdup("");
	}
	lv->sc.selecting = true;
	lv->detail_item = PX_NONE;
	lineedit_set(&lv->filter, "");
}

void
list_set_text(struct list_view *lv, uint32_t item, const char *text)
{
	free(lv->folded[item]);
	lv->folded[item] = lists_fold(text);
}

void
list_refresh(struct list_view *lv)
{
	uint32_t was = list_selected(lv), i, m = 0, k;
	uint32_t *items = xcalloc(lv->n + 1, sizeof *items), *keep = xcalloc(lv->n + 1, sizeof *keep);
	char **texts = xcalloc(lv->n + 1, sizeof *texts);

	/* what the class admits, in its order; then what the filter keeps */
	for (i = 0; i < lv->n; i++) {
		uint32_t item = lv->order[i];

		if (lv->cls->admit && !lv->cls->admit(lv, item))
			continue;
		items[m] = item;
		texts[m++] = lv->folded[item];
	}
	k = lists_filter(texts, m, lv->filter.buf, keep);
	lv->sc.sel = 0;
	for (i = 0; i < k; i++) {
		lv->shown[i] = items[keep[i]];
		if (lv->shown[i] == was)
			lv->sc.sel = i;
	}
	lv->n_shown = k;
	lv->sc.n = k;
	lv->detail_item = PX_NONE;
	scroller_fit(&lv->sc, list_rows(lv));
	free(items);
	free(keep);
	free(texts);
}

/* ---- styled lines ---- */

void
list_line_add(struct list_line *l, const char *s, size_t n, enum style st)
{
	if (l->len + n + 1 > l->cap) {
		l->cap = (uint32_t)PX_MAX((size_t)l->cap * 2, l->len + n + 1);
		l->text = xrealloc(l->text, l->cap);
		l->style = xrealloc(l->style, l->cap);
	}
	memcpy(l->text + l->len, s, n);
	memset(l->style + l->len, st, n);
	l->len += (uint32_t)n;
	l->text[l->len] = '\0';
}

void
list_line_free(struct list_line *l)
{
	free(l->text);
	free(l->style);
	memset(l, 0, sizeof *l);
}

struct list_line *
list_detail_line(struct list_view *lv)
{
	struct list_line *l = PX_PUSH(lv->detail, lv->n_detail, lv->cap_detail);

	list_line_add(l, "", 0, STYLE_OVERLAY);
	return l;
}

void
list_detail_wrap(struct list_view *lv, const struct list_line *text, int width, int indent)
{
	uint32_t s = 0;
	int w = PX_MAX(width - indent, 4);

	while (s < text->len) {
		uint32_t next, e = layout_break((const unsigned char *)text->text, s, text->len, w, &next);
		struct list_line *l = list_detail_line(lv);
		uint32_t i;

		list_line_add(l, "        ", (size_t)PX_MIN(indent, 8), STYLE_OVERLAY);
		for (i = s; i < e; i++)
			list_line_add(l, text->text + i, 1, (enum style)text->style[i]);
		s = next;
	}
}

static void
clear_detail(struct list_view *lv)
{
	uint32_t i;

	for (i = 0; i < lv->n_detail; i++)
		list_line_free(&lv->detail[i]);
	lv->n_detail = 0;
}

/* ---- cells ---- */

void
list_cell(struct grid *g, int x, int y, int w, const char *s, enum style st, bool right)
{
	int sw = grid_text_width(s, strlen(s));

	if (w <= 0)
		return;
	if (right && sw < w)
		x += w - sw;
	grid_str_cut(g, x, y, w, s, st);
}

void
list_outlet(const struct reader *r, struct grid *g, int x, int y, int w, uint32_t article,
            enum style st)
{
	char buf[256];

	snprintf(buf, sizeof buf, "%u %s", article + 1, r->c->articles[article].outlet);
	list_cell(g, x, y, w, buf, st, false);
}

/* ---- drawing ---- */

/* The first key bound to a, without its angle brackets ("Enter"). */
static const char *
key_of(const struct reader *r, enum action a, char *buf, size_t cap)
{
	char all[256];
	size_t n;

	keymap_label(&r->cfg->keys, a, all, sizeof all);
	if (strstr(all + 1, ", "))
		*strstr(all + 1, ", ") = '\0';
	n = strlen(all);
	if (n > 2 && all[0] == '<' && all[n - 1] == '>')
		snprintf(buf, cap, "%.*s", (int)PX_MIN(n - 2, KEY_NAME_MAX), all + 1);
	else
		snprintf(buf, cap, "%.*s", KEY_NAME_MAX, all);
	return buf;
}

struct hint {
	enum action a;
	const char *what;
};

static int
hints_width(const struct reader *r, const struct hint *h, int n)
{
	int i, w = 0;

	for (i = 0; i < n; i++) {
		char k[KEY_NAME_MAX + 8];

		key_of(r, h[i].a, k, sizeof k);
		w += grid_text_width(k, strlen(k)) + 1 + (int)strlen(h[i].what) + 2;
	}
	return w;
}

/* Keys right-aligned in the footer, dropping the last ones that do not
 * fit beside left cells. */
static void
draw_hints(const struct list_view *lv, struct grid *g, struct rect r, int left)
{
	struct hint h[4 + LIST_HINTS];
	enum action own[LIST_HINTS];
	const char *what[LIST_HINTS];
	int n = 0, x, i, mine = lv->cls->hints ? lv->cls->hints(lv, own, what) : 0;

	h[n++] = (struct hint){ACT_SYNOPSIS, "go"};
	if (lv->typing) {
		h[n++] = (struct hint){ACT_CLOSE, "stop typing"};
	} else {
		h[n++] = (struct hint){ACT_SEARCH, "filter"};
		for (i = 0; i < mine; i++)
			h[n++] = (struct hint){own[i], what[i]};
		h[n++] = (struct hint){ACT_CLOSE, lv->filter.len ? "clear filter" : "close"};
	}
	while (n > 0 && hints_width(lv->pane.rd, h, n) > r.w - left - 2)
		n--;
	x = r.x + r.w - hints_width(lv->pane.rd, h, n);
	for (i = 0; i < n; i++) {
		char k[KEY_NAME_MAX + 8];

		key_of(lv->pane.rd, h[i].a, k, sizeof k);
		x += grid_str(g, x, r.y, r.w, k, STYLE_OVERLAY_HEADING) + 1;
		x += grid_str(g, x, r.y, r.w, h[i].what, STYLE_OVERLAY) + 2;
	}
}

static void
draw_footer(const struct list_view *lv, struct grid *g, struct rect r)
{
	int used = 0;

	if (!r.h)
		return;
	if (lv->typing || lv->filter.len) {
		char k[KEY_NAME_MAX + 8];
		int x = r.x + 1, w = PX_MAX(r.w / 2 - 2, 4);

		key_of(lv->pane.rd, ACT_SEARCH, k, sizeof k);
		x += grid_str(g, x, r.y, w, k, STYLE_OVERLAY_HEADING);
		x += grid_text(g, x, r.y, w - 1, lv->filter.buf, lv->filter.len, STYLE_OVERLAY_HEADING);
		if (lv->typing)
			grid_overlay(g, x, r.y, 1, STYLE_CURSOR);
		used = x + 1 - r.x;
	}
	draw_hints(lv, g, r, used);
}

static void
draw_rows(struct list_view *lv, struct grid *g, struct rect r)
{
	int row;

	if (!lv->n_shown) {
		char msg[LINEEDIT_MAX + 64];

		if (lv->filter.len)
			snprintf(msg, sizeof msg, "no %s match \xe2\x80\x9c%s\xe2\x80\x9d", lv->cls->noun,
			         lv->filter.buf);
		else
			snprintf(msg, sizeof msg, "no %s found", lv->cls->noun);
		grid_str(g, r.x + 2, r.y, r.w - 3, msg, STYLE_OVERLAY);
		return;
	}
	scroller_fit(&lv->sc, r.h);
	for (row = 0; row < r.h && lv->sc.top + (uint32_t)row < lv->n_shown; row++) {
		uint32_t at = lv->sc.top + (uint32_t)row;
		int y = r.y + row;

		lv->cls->row(lv, g, (struct rect){r.x + 2, y, r.w - 3, 1}, lv->shown[at]);
		if (at == lv->sc.sel) {
			grid_str(g, r.x, y, 1, "\xe2\x96\xb6", STYLE_OVERLAY);
			grid_overlay(g, r.x, y, r.w, STYLE_SELECTED);
		}
	}
}

static void
draw_detail(struct list_view *lv, struct grid *g, struct rect r)
{
	uint32_t item = list_selected(lv), i;

	if (!r.h || item == PX_NONE)
		return;
	grid_fill(g, r.x, r.y, r.w, 0x2500, STYLE_BORDER);
	if (item != lv->detail_item || r.w != lv->detail_w) {
		clear_detail(lv);
		lv->cls->detail(lv, item, r.w - 2);
		lv->detail_item = item;
		lv->detail_w = r.w;
	}
	for (i = 0; i < lv->n_detail && (int)i < r.h - 1; i++) {
		const struct list_line *l = &lv->detail[i];
		int x = r.x + 1, y = r.y + 1 + (int)i;
		uint32_t s = 0;

		if ((int)i == r.h - 2 && i + 1 < lv->n_detail) {
			grid_str(g, x, y, r.w - 2, "\xe2\x80\xa6", STYLE_GUTTER);
			break;
		}
		while (s < l->len) {
			uint32_t e = s;

			while (e < l->len && l->style[e] == l->style[s])
				e++;
			x += grid_text(g, x, y, r.x + r.w - 1 - x, l->text + s, e - s,
			               (enum style)l->style[s]);
			s = e;
		}
	}
}

void
list_render(struct pane *p, struct grid *g, struct rect r)
{
	struct list_view *lv = (struct list_view *)p;
	char title[256], pos[32];
	struct rect body;
	struct list_geom lg;

	lv->cls->title(lv, title, sizeof title);
	snprintf(pos, sizeof pos, "%u/%u", lv->n_shown ? lv->sc.sel + 1 : 0, lv->n_shown);
	body = overlay_frame(g, r, title, pos);
	lg = geom(lv, body);
	if (lg.head.h && lv->n_shown)
		lv->cls->heading(lv, g, (struct rect){lg.head.x + 2, lg.head.y, lg.head.w - 3, 1});
	draw_rows(lv, g, lg.rows);
	draw_detail(lv, g, lg.detail);
	draw_footer(lv, g, lg.foot);
}

/* ---- input ---- */

/* Close every overlay, then go where the chosen row says. */
static unsigned
go(struct list_view *lv)
{
	struct reader *r = lv->pane.rd;
	struct list_choice ch = {.article = PX_NONE};
	uint32_t item = list_selected(lv), i;
	struct point p;

	if (item == PX_NONE)
		return R_NONE;
	lv->cls->choose(lv, item, &ch);
	while (r->n_overlay)
		reader_pop(r); /* lv is gone from here on */
	cycle_choose(r, ch.kind, ch.id);
	if (ch.article == PX_NONE)
		return cycle_step(r, 1, true) | R_REDRAW;
	for (i = 0; i < r->choice.spans.n; i++) {
		const struct search_hit *h = &r->choice.spans.hits[i];

		if (h->article == ch.article && h->start == ch.start)
			break;
	}
	if (i == r->choice.spans.n)
		return R_REDRAW;
	p = cycle_point(r, CYCLE_CHOICE, i);
	return reader_jump(r, ch.article, &p) | R_REDRAW;
}

unsigned
list_key(struct pane *p, int key)
{
	struct list_view *lv = (struct list_view *)p;

	if (!lv->typing)
		return R_PASS;
	switch (key) {
	case KEY_ENTER_:
		lv->typing = false;
		return go(lv);
	case KEY_ESC_:
		lv->typing = false;
		return R_REDRAW;
	case KEY_BACKSPACE_:
		if (!lv->filter.len) {
			lv->typing = false;
			return R_REDRAW;
		}
		break;
	case KEY_UP_:
	case KEY_DOWN_:
	case KEY_PGUP_:
	case KEY_PGDOWN_:
		return R_PASS;
	default:
		break;
	}
	if (!lineedit_key(&lv->filter, key))
		return R_PASS;
	list_refresh(lv);
	return R_REDRAW;
}

static unsigned
switch_list(struct list_view *lv, enum action a)
{
	struct reader *r = lv->pane.rd;
	bool same = strcmp(lv->cls->name, a == ACT_ACTORS ? "actors" : a == ACT_QUOTES ? "quotes"
	                                                                                : "claims") == 0;

	reader_pop(r); /* lv is gone from here on */
	return same ? R_REDRAW : reader_action(r, a) | R_REDRAW;
}

unsigned
list_action(struct pane *p, enum action a)
{
	struct list_view *lv = (struct list_view *)p;
	unsigned res;

	switch (a) {
	case ACT_QUIT:
		reader_pop(p->rd);
		return R_REDRAW;
	case ACT_CLOSE:
		if (!lv->filter.len) {
			reader_pop(p->rd);
			return R_REDRAW;
		}
		lineedit_set(&lv->filter, "");
		list_refresh(lv);
		return R_REDRAW;
	case ACT_SYNOPSIS:
		return go(lv);
	case ACT_SEARCH:
		lv->typing = true;
		return R_REDRAW;
	case ACT_ACTORS:
	case ACT_QUOTES:
	case ACT_CLAIMS:
		return switch_list(lv, a);
	case ACT_HELP:
	case ACT_REDRAW:
		return R_PASS;
	default:
		break;
	}
	res = lv->cls->action ? lv->cls->action(lv, a) : R_PASS;
	if (!(res & R_PASS))
		return res;
	return scroller_action(&lv->sc, a, list_rows(lv));
}

unsigned
list_mouse(struct pane *p, const struct event *ev, struct rect r)
{
	struct list_view *lv = (struct list_view *)p;
	struct list_geom lg = geom(lv, (struct rect){r.x, r.y + 1, r.w, r.h - 1});
	int row = ev->y - lg.rows.y;

	if (ev->mouse != MOUSE_CLICK)
		return scroller_wheel(&lv->sc, ev, lg.rows.h);
	if (row < 0 || row >= lg.rows.h || lv->sc.top + (uint32_t)row >= lv->n_shown)
		return R_NONE;
	lv->sc.sel = lv->sc.top + (uint32_t)row;
	return R_REDRAW;
}

void
list_describe(const struct pane *p, char *buf, size_t cap)
{
	const struct list_view *lv = (const struct list_view *)p;
	char title[256], *safe;

	lv->cls->title(lv, title, sizeof title);
	safe = px_safe_str(lv->filter.buf, lv->filter.len);
	snprintf(buf, cap, "list %s \"%s\" selected %u/%u top %u filter \"%s\"%s", lv->cls->name, title,
	         lv->n_shown ? lv->sc.sel + 1 : 0, lv->n_shown, lv->sc.top, safe,
	         lv->typing ? " typing" : "");
	free(safe);
}

void
list_free(struct pane *p)
{
	struct list_view *lv = (struct list_view *)p;
	uint32_t i;

	if (lv->cls->free)
		lv->cls->free(lv);
	clear_detail(lv);
	free(lv->detail);
	for (i = 0; i < lv->n; i++)
		free(lv->folded[i]);
	free(lv->folded);
	free(lv->order);
	free(lv->shown);
	free(lv);
}
