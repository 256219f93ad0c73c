/* column.c - one article: its lines, its cursor and how it is drawn. */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/nav.h"

#define MARK_CURSOR 0x25B6  /* ▶ */
#define MARK_UNIQUE 0x2503  /* ┃ */
#define MARK_DISC 0x2260    /* ≠ */

static void column_render(struct pane *p, struct grid *g, struct rect r);

static const struct pane_ops column_ops = {
	.name = "column",
	.render = column_render,
};

static const struct article *
col_article(const struct column *col)
{
	return &col->pane.rd->c->articles[col->article];
}

static int
cmp_disc_span(const void *a, const void *b)
{
	const struct disc_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->disc < y->disc ? -1 : x->disc > y->disc;
}

void
column_init(struct column *col, struct reader *r, uint32_t article)
{
	const struct corpus *c = r->c;
	uint32_t d, v;

	memset(col, 0, sizeof *col);
	col->pane.ops = &column_ops;
	col->pane.rd = r;
	col->article = article;
	col->sent = PX_NONE;
	for (d = 0; d < c->n_discs; d++) {
		for (v = 0; v < c->discs[d].n_values; v++) {
			const struct disc_value *dv = &c->discs[d].values[v];
			struct disc_span *s;

			if (dv->article != article)
				continue;
			s = PX_PUSH(col->discs, col->n_discs, col->cap_discs);
			s->start = dv->start;
			s->end = dv->end;
			s->disc = d;
		}
	}
	if (col->n_discs)
		px_sort(col->discs, col->n_discs, sizeof *col->discs, cmp_disc_span);
}

void
column_free(struct column *col)
{
	text_layout_free(&col->lay);
	marks_free(&col->runs);
	free(col->discs);
	free(col->keep);
}

/* The last top that still fills the screen. */
static int64_t
max_top(const struct column *col, int rows)
{
	return PX_MAX((int64_t)col->lay.n - rows, 0);
}

static int64_t
scrolloff(int rows)
{
	return PX_MIN(READER_SCROLLOFF, (rows - 1) / 2);
}

/* Scroll the least that shows the cursor with scrolloff lines around it,
 * never past the end unless already there. */
void
column_reveal(struct column *col, int rows)
{
	int64_t so = scrolloff(rows), top = col->top, cur = col->cur;

	if (rows <= 0)
		return;
	if (cur < top + so) {
		top = PX_MAX(cur - so, PX_MIN(col->top, 0));
		top = PX_MIN(top, cur);
	} else if (cur + so >= top + rows) {
		top = cur + so + 1 - rows;
		top = PX_MIN(top, PX_MAX(max_top(col, rows), col->top));
		top = PX_MAX(top, cur + 1 - rows);
	}
	col->top = top;
}

static uint32_t
sentence_of_line(const struct column *col, uint32_t line)
{
	const struct vline *v = &col->lay.lines[line];

	if (v->flags & VLINE_BLANK)
		return PX_NONE;
	return nav_sentence_by_offset(col_article(col), v->start);
}

void
column_goto_line(struct column *col, int64_t line, int dir, int rows)
{
	uint32_t n = col->lay.n, l;

	if (!n)
		return;
	line = line < 0 ? 0 : line >= n ? n - 1 : line;
	l = (uint32_t)line;
	while (dir < 0 && l > 0 && (col->lay.lines[l].flags & VLINE_BLANK))
		l--;
	while (l + 1 < n && (col->lay.lines[l].flags & VLINE_BLANK))
		l++;
	while (l > 0 && (col->lay.lines[l].flags & VLINE_BLANK))
		l--;
	col->cur = l;
	col->sent = sentence_of_line(col, l);
	col->anchor = col->lay.lines[l].start;
	column_reveal(col, rows);
}

void
column_goto_sentence(struct column *col, uint32_t s, int rows)
{
	const struct article *a = col_article(col);

	if (s >= a->n_sents || !col->lay.n)
		return;
	col->cur = text_layout_line_at(&col->lay, a->sents[s].start);
	col->sent = s;
	col->anchor = a->sents[s].start;
	column_reveal(col, rows);
}

/* A new top for a scroll by delta: within the article, except that a
 * column brought down by synchronisation (top < 0) may stay there. */
static int64_t
scrolled_top(const struct column *col, int64_t delta, int rows)
{
	int64_t top = col->top + delta;

	top = PX_MIN(top, PX_MAX(max_top(col, rows), col->top));
	return PX_MAX(top, PX_MIN(col->top, 0));
}

void
column_scroll(struct column *col, int64_t delta, int rows)
{
	int64_t so = scrolloff(rows), cur = col->cur;

	col->top = scrolled_top(col, delta, rows);
	if (cur < col->top + so && col->top > 0)
		column_goto_line(col, col->top + so, 1, rows);
	else if (cur < col->top)
		column_goto_line(col, col->top, 1, rows);
	else if (cur + so >= col->top + rows)
		column_goto_line(col, col->top + rows - 1 - so, -1, rows);
}

void
column_page(struct column *col, int64_t delta, int rows)
{
	int64_t old = col->top;

	col->top = scrolled_top(col, delta, rows);
	if (col->top != old)
		delta = col->top - old;
	column_goto_line(col, (int64_t)col->cur + delta, delta < 0 ? -1 : 1, rows);
}

int64_t
column_row_of(const struct column *col, uint32_t s)
{
	const struct article *a = col_article(col);

	if (s >= a->n_sents)
		return 0;
	return (int64_t)text_layout_line_at(&col->lay, a->sents[s].start) - col->top;
}

void
column_align(struct column *col, uint32_t s, int row, int rows)
{
	const struct article *a = col_article(col);
	uint32_t line;

	if (s >= a->n_sents || !col->lay.n)
		return;
	line = text_layout_line_at(&col->lay, a->sents[s].start);
	row = PX_MAX(0, PX_MIN(row, rows - 1));
	col->top = (int64_t)line - row;
	col->cur = line;
	col->sent = s;
	col->anchor = a->sents[s].start;
}

void
column_goto_offset(struct column *col, uint32_t off, int rows)
{
	const struct article *a = col_article(col);
	uint32_t line;
	int64_t row;

	if (!col->lay.n)
		return;
	line = text_layout_line_at(&col->lay, off);
	row = (int64_t)line - col->top;
	col->cur = line;
	col->sent = nav_sentence_by_offset(a, off);
	col->anchor = off;
	if (row < 0 || row >= rows)
		col->top = PX_MAX((int64_t)line - rows / 4, PX_MIN(col->top, 0));
	column_reveal(col, rows);
}

const struct point *
column_point(const struct column *col)
{
	return col->point.kind != POINT_NONE && col->anchor == col->point.start ? &col->point : NULL;
}

uint32_t
column_line_at_row(const struct column *col, int row)
{
	int64_t l = col->top + row;

	return row >= 0 && l >= 0 && l < (int64_t)col->lay.n ? (uint32_t)l : PX_NONE;
}

void
column_layout(struct column *col, int width)
{
	const struct reader *r = col->pane.rd;
	const struct article *a = col_article(col);
	bool wrap = r->cfg->layout.wrap, hide = r->boiler == BOILER_HIDE;
	uint32_t at = col->sent < a->n_sents ? a->sents[col->sent].start : col->anchor;
	int64_t row = (int64_t)col->cur - col->top;

	if (col->lay.lines && col->lay.width == width && col->lay.wrap == wrap &&
	    col->lay.hide_boiler == hide && col->laid_filter == r->find.filter_gen)
		return;
	text_layout_build_kept(&col->lay, a, width, wrap, hide, col->keep);
	col->laid_filter = r->find.filter_gen;
	if (!col->lay.n) {
		col->cur = col->top = 0;
		col->sent = PX_NONE;
		return;
	}
	col->cur = text_layout_line_at(&col->lay, at);
	col->top = (int64_t)col->cur - row;
	if (col->sent == PX_NONE || (hide && (a->sents[col->sent].flags & SENT_BOILER)))
		col->sent = sentence_of_line(col, col->cur);
}

/* ---- marks ---- */

enum {
	/* mark layer: the highest wins */
	PRIO_CLAIM = 0,
	PRIO_QUOTE = 1,
	PRIO_CUE = 2,
	PRIO_ACTOR = 3,
	/* overlay layer */
	PRIO_CHOSEN = 0,
	PRIO_SEARCH = 1,
};

static void
add_span(struct mark_span **v, uint32_t *n, uint32_t *cap, uint32_t start, uint32_t end,
         int layer, int prio, enum style st)
{
	*PX_PUSH(*v, *n, *cap) = (struct mark_span){start, end, (uint8_t)layer, (uint8_t)prio,
	                                            (uint8_t)st};
}

/* The spans of set (by article, then offset) that are in article. */
static void
add_set(struct mark_span **v, uint32_t *n, uint32_t *cap, const struct search_result *set,
        uint32_t article, int prio, enum style st)
{
	uint32_t i = set->n ? (search_next(set, article, 0, -1) + 1) % set->n : 0;

	if (i == 0 && set->n && set->hits[0].article < article)
		return; /* every span is before article */
	for (; i < set->n && set->hits[i].article == article; i++)
		add_span(v, n, cap, set->hits[i].start, set->hits[i].end, MARK_LAYER_OVER, prio, st);
}

void
column_marks(struct column *col)
{
	const struct reader *r = col->pane.rd;
	const struct corpus *c = r->c;
	const struct nav_items *q = &r->items[NAV_ITEM_QUOTE][col->article];
	const struct nav_items *cl = &r->items[NAV_ITEM_CLAIM][col->article];
	const struct nav_items *m = &r->items[NAV_ITEM_MENTION][col->article];
	struct mark_span *v = NULL;
	uint32_t n = 0, cap = 0, i;

	for (i = 0; i < cl->n; i++) {
		const struct claim *k = &c->claims[cl->v[i].id];

		add_span(&v, &n, &cap, k->start, k->end, MARK_LAYER_MARK, PRIO_CLAIM, STYLE_CLAIM);
		add_span(&v, &n, &cap, k->cue_start, k->cue_end, MARK_LAYER_MARK, PRIO_CUE, STYLE_CUE);
	}
	for (i = 0; i < q->n; i++)
		add_span(&v, &n, &cap, q->v[i].start, q->v[i].end, MARK_LAYER_MARK, PRIO_QUOTE,
		         STYLE_QUOTE);
	if (r->choice.kind == CHOICE_ACTOR) {
		for (i = 0; i < m->n; i++)
			if (m->v[i].id == r->choice.id)
				add_span(&v, &n, &cap, m->v[i].start, m->v[i].end, MARK_LAYER_MARK,
				         PRIO_ACTOR, STYLE_ACTOR);
	} else if (r->choice.kind != CHOICE_NONE) {
		add_set(&v, &n, &cap, &r->choice.spans, col->article, PRIO_CHOSEN, STYLE_CHOSEN);
	}
	if (r->find.re)
		add_set(&v, &n, &cap, &r->find.hits, col->article, PRIO_SEARCH, STYLE_SEARCH);
	marks_flatten(v, n, &col->runs);
	free(v);
}

/* ---- drawing ---- */

/* What one line is drawn with, and where along it the drawing is. */
struct paint {
	const struct reader *r;
	const struct column *col;
	const struct article *a;
	bool focused;
	uint32_t si; /* first sentence that ends after the byte at hand */
	uint32_t di; /* first discrepancy span that ends after it */
	uint32_t ri; /* first mark run that ends after it */
	const struct point *point; /* the focused column's, or NULL */
	/* the marks of the bytes before marks_until (mark_at) */
	uint32_t marks_until;
	uint8_t mark_mark, mark_over; /* from the runs and the point; GRID_NO_OVER */
	bool unique, disc; /* marks for the gutter */
	/* the styles of sentence si, kept while the bytes stay in it */
	uint32_t styled_si;
	enum style st, over;
};

static bool
is_boiler(const struct paint *pt, const struct sentence *s)
{
	return (s->flags & SENT_BOILER) || pt->a->paras[s->paragraph].boiler;
}

static enum style
sentence_style(const struct paint *pt, const struct sentence *s)
{
	if (is_boiler(pt, s))
		return pt->r->boiler == BOILER_DIM ? STYLE_BOILERPLATE : STYLE_TEXT;
	if (s->topic != PX_NONE)
		return style_topic(s->topic);
	return STYLE_TEXT;
}

/* A gap between two sentences takes their style when they share it, so a
 * passage is painted as one block. */
static enum style
gap_style(const struct paint *pt)
{
	const struct sentence *s = pt->a->sents;
	enum style a, b;

	if (pt->si == 0 || pt->si >= pt->a->n_sents)
		return STYLE_TEXT;
	a = sentence_style(pt, &s[pt->si - 1]);
	b = sentence_style(pt, &s[pt->si]);
	if (a != b || s[pt->si - 1].paragraph != s[pt->si].paragraph)
		return STYLE_TEXT;
	return a;
}

static enum style
emphasis(const struct paint *pt, const struct sentence *s)
{
	if (pt->r->topic != PX_NONE && s->topic == pt->r->topic)
		return STYLE_TOPIC_FOCUS;
	if (pt->focused && pt->si == pt->col->sent)
		return STYLE_TOPIC_FOCUS;
	return (enum style)GRID_NO_OVER;
}

/* The styles of bytes in sentence pt->si, or between it and the one
 * before when inside is false. */
static void
sentence_styles(struct paint *pt, bool inside)
{
	const struct sentence *s;

	pt->over = (enum style)GRID_NO_OVER;
	if (!inside) {
		pt->st = gap_style(pt);
		return;
	}
	s = &pt->a->sents[pt->si];
	pt->st = sentence_style(pt, s);
	pt->over = emphasis(pt, s);
	pt->unique |= (s->flags & SENT_UNIQUE) != 0;
}

/* The marks of byte i from the runs and the point, and up to where they
 * hold: the next edge of a run or of the point. */
static void
marks_from(struct paint *pt, uint32_t i)
{
	const struct mark_runs *runs = &pt->col->runs;
	const struct point *p = pt->point;

	while (pt->ri < runs->n && runs->v[pt->ri].end <= i)
		pt->ri++;
	pt->mark_mark = pt->mark_over = GRID_NO_OVER;
	pt->marks_until = UINT32_MAX;
	if (pt->ri < runs->n && runs->v[pt->ri].start <= i) {
		pt->mark_mark = runs->v[pt->ri].mark;
		pt->mark_over = runs->v[pt->ri].over;
		pt->marks_until = runs->v[pt->ri].end;
	} else if (pt->ri < runs->n) {
		pt->marks_until = runs->v[pt->ri].start;
	}
	if (!p || i >= p->end)
		return;
	if (i < p->start) {
		pt->marks_until = PX_MIN(pt->marks_until, p->start);
		return;
	}
	pt->marks_until = PX_MIN(pt->marks_until, p->end);
	pt->mark_over = p->kind == POINT_HIT ? STYLE_SEARCH_CURRENT : STYLE_CURSOR;
	if (p->kind == POINT_MENTION)
		pt->mark_mark = STYLE_ACTOR;
}

/* Mark and overlay of byte i: the point over search hits and chosen
 * spans over the passage's own overlay. */
static void
mark_at(struct paint *pt, uint32_t i, enum style *mark, enum style *over)
{
	if (i >= pt->marks_until)
		marks_from(pt, i);
	*mark = (enum style)pt->mark_mark;
	if (pt->mark_over != GRID_NO_OVER)
		*over = (enum style)pt->mark_over;
}

/* Style and overlay of byte i; advances the sentence and discrepancy
 * pointers and notes the gutter marks. */
static void
style_at(struct paint *pt, uint32_t i, enum style *st, enum style *over)
{
	const struct article *a = pt->a;
	bool inside;

	while (pt->si < a->n_sents && a->sents[pt->si].end <= i)
		pt->si++;
	while (pt->di < pt->col->n_discs && pt->col->discs[pt->di].end <= i)
		pt->di++;
	inside = pt->si < a->n_sents && a->sents[pt->si].start <= i;
	/* a sentence index, or past the end for the gap before it */
	if (pt->styled_si != pt->si * 2 + inside) {
		pt->styled_si = pt->si * 2 + inside;
		sentence_styles(pt, inside);
	}
	*st = pt->st;
	*over = pt->over;
	if (inside && pt->di < pt->col->n_discs && pt->col->discs[pt->di].start <= i) {
		*over = STYLE_DISCREPANCY;
		pt->disc = true;
	}
}

static void
draw_text(struct paint *pt, struct grid *g, int x, int y, int w, const struct vline *v)
{
	const unsigned char *t = pt->a->text;
	uint32_t i = v->start;
	int used = 0;

	pt->si = nav_sentence_by_offset(pt->a, v->start);
	if (pt->si == PX_NONE)
		pt->si = pt->a->n_sents;
	pt->styled_si = UINT32_MAX;
	pt->di = 0;
	while (pt->di < pt->col->n_discs && pt->col->discs[pt->di].end <= v->start)
		pt->di++;
	pt->ri = marks_first(&pt->col->runs, v->start);
	marks_from(pt, v->start);
	while (i < v->end && used < w) {
		int32_t cp;
		int cw;
		enum style st, over, mark;
		uint32_t at = i;

		i += (uint32_t)utf8_decode(t + i, v->end - i, &cp);
		cp = layout_display_cp(cp, &cw);
		style_at(pt, at, &st, &over);
		mark_at(pt, at, &mark, &over);
		if (cw == 0) {
			grid_attach(g, x + used, y, cp);
			continue;
		}
		if (used + cw > w) {
			/* only an unwrapped line is ever longer than the column */
			grid_put(g, x + w - 1, y, x + w, 0x2026, 1, STYLE_GUTTER);
			return;
		}
		grid_put_layers(g, x + used, y, x + w, cp, cw, st, over, mark);
		used += cw;
	}
	if (i < v->end && used >= w)
		grid_put(g, x + w - 1, y, x + w, 0x2026, 1, STYLE_GUTTER);
}

static void
draw_gutter(const struct paint *pt, struct grid *g, int x, int y, uint32_t li)
{
	const struct column *col = pt->col;
	const struct vline *v = &col->lay.lines[li];
	int gw = col->gutter;
	bool cursor = pt->focused && li == col->cur;

	if (gw <= 0)
		return;
	if (pt->r->cfg->layout.line_numbers && gw >= 3 && !(v->flags & VLINE_BLANK) &&
	    ((v->flags & VLINE_PARA) || col->lay.lines[li - 1].srcline != v->srcline)) {
		char num[16];
		int n = snprintf(num, sizeof num, "%u", v->srcline);

		grid_str(g, x + gw - 1 - n, y, n, num, STYLE_GUTTER);
	}
	if (pt->disc)
		grid_put(g, x + gw - 1, y, x + gw, MARK_DISC, 1, STYLE_DISCREPANCY);
	else if (pt->unique)
		grid_put(g, x + gw - 1, y, x + gw, MARK_UNIQUE, 1, STYLE_UNIQUE);
	if (cursor) {
		grid_put(g, x, y, x + gw, MARK_CURSOR, 1, STYLE_GUTTER);
		grid_overlay(g, x, y, gw, STYLE_CURSOR);
	}
}

static void
draw_line(struct paint *pt, struct grid *g, struct rect r, int y, uint32_t li)
{
	const struct vline *v = &pt->col->lay.lines[li];
	int gw = PX_MIN(pt->col->gutter, r.w);

	pt->unique = pt->disc = false;
	if (!(v->flags & VLINE_BLANK))
		draw_text(pt, g, r.x + gw, y, PX_MIN(r.w - gw, pt->col->lay.width), v);
	draw_gutter(pt, g, r.x, y, li);
	if (gw == 0 && pt->focused && li == pt->col->cur)
		grid_overlay(g, r.x, y, r.w, STYLE_CURSOR);
}

/* Right-aligned text in a header row; returns where it starts. */
static int
header_right(struct grid *g, struct rect r, int y, const char *s, enum style st)
{
	int w = grid_text_width(s, strlen(s));
	int x = r.x + r.w - w - 1;

	if (x <= r.x + 4)
		return r.x + r.w;
	grid_str(g, x, y, w, s, st);
	return x;
}

static void
draw_header(const struct paint *pt, struct grid *g, struct rect r)
{
	const struct reader *rd = pt->r;
	enum style st = pt->focused ? STYLE_HEADER_FOCUS : STYLE_HEADER;
	bool missing = rd->topic != PX_NONE && nav_topic_count(rd->c, rd->topic, pt->col->article) == 0;
	char num[16];
	int x = r.x, end = r.x + r.w;

	grid_fill(g, r.x, r.y, r.w, ' ', st);
	grid_fill(g, r.x, r.y + 1, r.w, ' ', st);
	if (missing)
		end = header_right(g, r, r.y, "not covered", STYLE_NOT_COVERED);
	snprintf(num, sizeof num, " %u ", pt->col->article + 1);
	x += grid_str(g, x, r.y, end - x, num, st);
	grid_str_cut(g, x, r.y, end - x - 1, pt->a->outlet, st);
	grid_str_cut(g, r.x + 1, r.y + 1, r.w - 2, pt->a->title, st);
}

static void
column_render(struct pane *p, struct grid *g, struct rect r)
{
	struct column *col = (struct column *)p;
	struct paint pt = {
		.r = p->rd,
		.col = col,
		.a = col_article(col),
		.focused = col->article == p->rd->focus,
		.point = col->article == p->rd->focus ? column_point(col) : NULL,
	};
	int hdr = reader_header_rows(p->rd), row;

	for (row = 0; row < r.h - hdr; row++) {
		uint32_t li = column_line_at_row(col, row);

		if (li != PX_NONE)
			draw_line(&pt, g, r, r.y + hdr + row, li);
	}
	if (!col->lay.n)
		grid_str(g, r.x + col->gutter, r.y + hdr, r.w - col->gutter,
		         col->keep ? "(no sentence here matches the filter)" : "(nothing to show)",
		         STYLE_BOILERPLATE);
	if (hdr)
		draw_header(&pt, g, (struct rect){r.x, r.y, r.w, hdr});
	else if (p->rd->topic != PX_NONE &&
	         nav_topic_count(p->rd->c, p->rd->topic, col->article) == 0)
		header_right(g, r, r.y, "not covered", STYLE_NOT_COVERED);
}
