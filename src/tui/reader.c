/* reader.c - the side-by-side reader: geometry, actions, synchronisation. */
#include "reader.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/keys.h"
#include "parallax/nav.h"

/* ---- geometry ---- */

bool
reader_too_small(const struct reader *r)
{
	return r->w < READER_MIN_W || r->h < READER_MIN_H;
}

struct rect
reader_body(const struct reader *r)
{
	struct rect b = {0, 0, r->w, r->h - 1};

	if (r->cfg->layout.status == STATUS_TOP)
		b.y = 1;
	return b;
}

int
reader_header_rows(const struct reader *r)
{
	return r->cfg->layout.headers ? 2 : 0;
}

int
reader_text_rows(const struct reader *r)
{
	return PX_MAX(reader_body(r).h - reader_header_rows(r), 1);
}

/* Keep the focused column inside the window and the window inside the
 * articles. */
static void
window_fit(struct reader *r)
{
	if (r->focus >= r->n_cols)
		r->focus = r->n_cols ? r->n_cols - 1 : 0;
	if (r->first + r->shown > r->n_cols)
		r->first = r->n_cols - r->shown;
	if (r->focus < r->first)
		r->first = r->focus;
	if (r->focus >= r->first + r->shown)
		r->first = r->focus + 1 - r->shown;
}

static uint32_t
count_lines(const struct article *a)
{
	uint32_t i, n = 1;

	for (i = 0; i < a->len; i++)
		n += a->text[i] == '\n';
	return n;
}

static int
gutter_width(const struct reader *r, const struct column *col, int width)
{
	int g = PX_MAX(r->cfg->layout.gutter, 0);

	if (r->cfg->layout.line_numbers) {
		uint32_t n = count_lines(&r->c->articles[col->article]);
		int d = 1;

		while (n >= 10) {
			n /= 10;
			d++;
		}
		g = PX_MAX(g, d + 2);
	}
	return PX_MAX(PX_MIN(g, width - 1), 0);
}

static void
geometry(struct reader *r)
{
	uint32_t i;

	if (!r->n_cols || reader_too_small(r))
		return;
	r->shown = (uint32_t)layout_columns_shown(r->w, (int)r->n_cols, r->cfg->layout.columns,
	                                          r->cfg->layout.min_column_width);
	window_fit(r);
	for (i = 0; i < r->n_cols; i++) {
		struct column *col = &r->cols[i];
		int slot = i >= r->first && i < r->first + r->shown ? (int)(i - r->first) : 0;

		layout_column(r->w, (int)r->shown, slot, &col->x, &col->w);
		col->gutter = gutter_width(r, col, col->w);
		/* a blank cell before the border, when there is room for it */
		column_layout(col, col->w - col->gutter - (col->w - col->gutter > 12));
		column_reveal(col, reader_text_rows(r));
	}
}

/* ---- state ---- */

void
reader_message(struct reader *r, enum style st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->msg, sizeof r->msg, fmt, ap);
	va_end(ap);
	r->msg_style = st;
}

struct column *
reader_focused(struct reader *r)
{
	return &r->cols[r->focus];
}

void
reader_push(struct reader *r, struct pane *p)
{
	if (!p)
		return;
	if (r->n_overlay == READER_OVERLAYS) {
		p->ops->free(p);
		return;
	}
	r->overlay[r->n_overlay++] = p;
}

void
reader_pop(struct reader *r)
{
	struct pane *p;

	if (!r->n_overlay)
		return;
	p = r->overlay[--r->n_overlay];
	p->ops->free(p);
}

struct pane *
reader_top(const struct reader *r)
{
	return r->n_overlay ? r->overlay[r->n_overlay - 1] : NULL;
}

static uint32_t
cursor_topic(const struct reader *r, const struct column *col)
{
	const struct article *a = &r->c->articles[col->article];

	return col->sent < a->n_sents ? a->sents[col->sent].topic : PX_NONE;
}

/* The sentence of col to align on topic t: the start of the passage its
 * cursor is in when that is in t (a column keeps its own passage),
 * else the first member of t there; PX_NONE when it has none. */
static uint32_t
counterpart(const struct reader *r, const struct column *col, uint32_t t)
{
	if (cursor_topic(r, col) == t)
		return nav_passage(r->c, (struct sref){col->article, col->sent}).first;
	return nav_counterpart(r->c, t, col->article);
}

/* Bring each other column's counterpart of the focused passage to the
 * row where the focused passage starts (the top row when it starts above
 * the screen). The focused column never moves. */
static void
sync_columns(struct reader *r, const struct column *f)
{
	uint32_t first = nav_passage(r->c, (struct sref){f->article, f->sent}).first, i;
	int64_t row = PX_MAX(column_row_of(f, first), 0);
	int rows = reader_text_rows(r);

	for (i = 0; i < r->n_cols; i++) {
		struct column *col = &r->cols[i];
		uint32_t s = counterpart(r, col, r->topic);

		/* a sentence the filter hides is no place to align on */
		if (col != f && s != PX_NONE && (!col->keep || col->keep[s]))
			column_align(col, s, (int)PX_MIN(row, rows - 1), rows);
	}
}

void
reader_sync(struct reader *r)
{
	struct column *f;

	if (!r->n_cols)
		return;
	f = reader_focused(r);
	r->topic = cursor_topic(r, f);
	if (r->topic != PX_NONE && r->sync)
		sync_columns(r, f);
}

void
reader_init(struct reader *r, struct corpus *c, const struct config *cfg, int w, int h)
{
	uint32_t i;

	memset(r, 0, sizeof *r);
	r->c = c;
	r->cfg = cfg;
	r->sync = cfg->layout.sync_scroll;
	r->boiler = cfg->layout.boilerplate;
	r->topic = PX_NONE;
	r->w = w;
	r->h = h;
	r->n_cols = c->n_articles;
	r->cols = xcalloc(PX_MAX(r->n_cols, 1), sizeof *r->cols);
	r->find.dir = 1;
	for (i = 0; i < NAV_ITEM_KINDS; i++) {
		r->items[i] = xcalloc(PX_MAX(r->n_cols, 1), sizeof *r->items[i]);
		nav_items_build(c, (enum nav_item_kind)i, r->items[i]);
	}
	for (i = 0; i < r->n_cols; i++)
		column_init(&r->cols[i], r, i);
	reader_marks(r);
	status_init(&r->status, r);
	geometry(r);
	for (i = 0; i < r->n_cols; i++)
		column_goto_line(&r->cols[i], 0, 1, reader_text_rows(r));
	if (cfg->n_messages)
		reader_message(r, STYLE_ERROR, "%s%s", cfg->messages[0],
		               cfg->n_messages > 1 ? " (more: parallax --check-config)" : "");
	else if (c->n_warnings)
		reader_message(r, STYLE_ERROR, "%s", c->warnings[0]);
	/* every column starts at its top; alignment waits for a move */
	if (r->n_cols)
		r->topic = cursor_topic(r, reader_focused(r));
}

void
reader_free(struct reader *r)
{
	uint32_t i;

	while (r->n_overlay)
		reader_pop(r);
	find_free(r);
	cycle_free(r);
	history_free(&r->history);
	for (i = 0; i < r->n_cols; i++)
		column_free(&r->cols[i]);
	free(r->cols);
	for (i = 0; i < NAV_ITEM_KINDS; i++) {
		nav_items_free(r->items[i], r->n_cols);
		free(r->items[i]);
	}
	memset(r, 0, sizeof *r);
}

unsigned
reader_resize(struct reader *r, int w, int h)
{
	r->w = PX_MAX(w, 0);
	r->h = PX_MAX(h, 0);
	geometry(r);
	reader_sync(r);
	return R_REDRAW | R_CLEAR;
}

unsigned
reader_focus(struct reader *r, uint32_t i)
{
	if (i >= r->n_cols)
		return R_NONE;
	r->focus = i;
	window_fit(r);
	return R_MOVE | R_REDRAW | R_LAYOUT;
}

unsigned
reader_goto(struct reader *r, uint32_t s)
{
	struct column *f = reader_focused(r);
	int rows = reader_text_rows(r);
	int64_t row = column_row_of(f, s);

	/* a passage far away lands a quarter down the screen, so what comes
	 * after it is in view as well */
	if (row < 0 || row >= rows)
		column_align(f, s, rows / 4, rows);
	else
		column_goto_sentence(f, s, rows);
	return R_MOVE | R_REDRAW;
}

void
reader_marks(struct reader *r)
{
	uint32_t i;

	for (i = 0; i < r->n_cols; i++)
		column_marks(&r->cols[i]);
}

unsigned
reader_jump(struct reader *r, uint32_t article, const struct point *p)
{
	unsigned res = article != r->focus ? reader_focus(r, article) : R_NONE;
	struct column *f;

	/* the new focus may need its layout (a window shift) first */
	if (res & R_LAYOUT)
		geometry(r);
	f = reader_focused(r);
	column_goto_offset(f, p->start, reader_text_rows(r));
	f->point = *p;
	return res | R_MOVE | R_REDRAW;
}

/* ---- actions ---- */

typedef unsigned action_fn(struct reader *r, enum action a);

static const char *
outlet(const struct reader *r, uint32_t i)
{
	return r->c->articles[i].outlet;
}

static unsigned
act_quit(struct reader *r, enum action a)
{
	(void)r, (void)a;
	return R_QUIT;
}

static unsigned
act_help(struct reader *r, enum action a)
{
	(void)a;
	reader_push(r, help_open(r));
	return R_REDRAW;
}

static unsigned
act_redraw(struct reader *r, enum action a)
{
	(void)r, (void)a;
	return R_REDRAW | R_CLEAR;
}

static unsigned
act_line(struct reader *r, enum action a)
{
	struct column *f = reader_focused(r);
	uint32_t old = f->cur;
	int dir = a == ACT_LINE_DOWN ? 1 : -1;

	column_goto_line(f, (int64_t)f->cur + dir, dir, reader_text_rows(r));
	return f->cur == old ? R_NONE : R_MOVE | R_REDRAW;
}

static unsigned
act_page(struct reader *r, enum action a)
{
	int rows = reader_text_rows(r);
	int64_t step = a == ACT_PAGE_DOWN || a == ACT_PAGE_UP ? PX_MAX(rows - 2, 1)
	                                                      : PX_MAX(rows / 2, 1);

	if (a == ACT_PAGE_UP || a == ACT_HALF_UP)
		step = -step;
	column_page(reader_focused(r), step, rows);
	return R_MOVE | R_REDRAW;
}

static unsigned
act_ends(struct reader *r, enum action a)
{
	struct column *f = reader_focused(r);

	if (a == ACT_TOP)
		column_goto_line(f, 0, 1, reader_text_rows(r));
	else
		column_goto_line(f, (int64_t)f->lay.n - 1, -1, reader_text_rows(r));
	return R_MOVE | R_REDRAW;
}

static unsigned
act_sentence(struct reader *r, enum action a)
{
	struct column *f = reader_focused(r);
	enum nav_kind kind = r->boiler == BOILER_HIDE ? NAV_BODY : NAV_SENTENCE;
	uint32_t s = nav_next(r->c, (struct sref){f->article, f->sent}, kind,
	                      a == ACT_SENTENCE_NEXT ? 1 : -1);

	if (s == PX_NONE)
		return R_NONE;
	column_goto_sentence(f, s, reader_text_rows(r));
	return R_MOVE | R_REDRAW;
}

static unsigned
act_focus_step(struct reader *r, enum action a)
{
	uint32_t n = r->n_cols;

	return reader_focus(r, a == ACT_FOCUS_NEXT ? (r->focus + 1) % n : (r->focus + n - 1) % n);
}

static unsigned
act_focus_n(struct reader *r, enum action a)
{
	uint32_t i = (uint32_t)(a - ACT_FOCUS_1);

	if (i >= r->n_cols) {
		reader_message(r, STYLE_ERROR, "there is no column %u (%u articles)", i + 1, r->n_cols);
		return R_STATUS;
	}
	return reader_focus(r, i);
}

static unsigned
act_shift(struct reader *r, enum action a)
{
	uint32_t first = r->first;

	if (a == ACT_SHIFT_LEFT && r->first > 0)
		r->first--;
	else if (a == ACT_SHIFT_RIGHT && r->first + r->shown < r->n_cols)
		r->first++;
	if (first == r->first) {
		if (r->shown >= r->n_cols)
			reader_message(r, STYLE_MESSAGE, "all %u articles are shown", r->n_cols);
		else
			reader_message(r, STYLE_MESSAGE, "no more articles to the %s",
			               a == ACT_SHIFT_LEFT ? "left" : "right");
		return R_STATUS;
	}
	if (r->focus < r->first)
		r->focus = r->first;
	else if (r->focus >= r->first + r->shown)
		r->focus = r->first + r->shown - 1;
	return R_LAYOUT | R_MOVE | R_REDRAW;
}

static unsigned
act_sync(struct reader *r, enum action a)
{
	(void)a;
	r->sync = !r->sync;
	reader_message(r, STYLE_MESSAGE, "synchronised scrolling %s", r->sync ? "on" : "off");
	return R_MOVE | R_REDRAW;
}

static unsigned
go_next(struct reader *r, enum nav_kind kind, int dir, const char *what)
{
	struct column *f = reader_focused(r);
	uint32_t s = nav_next(r->c, (struct sref){f->article, f->sent}, kind, dir);

	if (s == PX_NONE) {
		reader_message(r, STYLE_MESSAGE, "no %s %s in %s", dir > 0 ? "next" : "previous", what,
		               outlet(r, f->article));
		return R_STATUS;
	}
	return reader_goto(r, s);
}

static unsigned
act_shared(struct reader *r, enum action a)
{
	return go_next(r, NAV_SHARED, a == ACT_NEXT_SHARED ? 1 : -1, "shared passage");
}

static unsigned
act_unique(struct reader *r, enum action a)
{
	return go_next(r, NAV_UNIQUE, a == ACT_NEXT_UNIQUE ? 1 : -1, "passage only this outlet has");
}

static unsigned
act_discrepancy(struct reader *r, enum action a)
{
	return go_next(r, NAV_DISCREPANCY, a == ACT_NEXT_DISCREPANCY ? 1 : -1, "discrepancy");
}

static unsigned
act_synopsis(struct reader *r, enum action a)
{
	(void)a;
	if (r->topic == PX_NONE) {
		const struct column *f = reader_focused(r);
		const struct article *art = &r->c->articles[f->article];
		uint32_t d = f->sent < art->n_sents
		                     ? nav_discrepancy_at(r->c, (struct sref){f->article, f->sent})
		                     : PX_NONE;

		/* a day that contradicts a linked sentence: its topic */
		if (d != PX_NONE) {
			reader_push(r, synopsis_open(r, r->c->discs[d].topic));
			return R_REDRAW;
		}
		if (f->sent < art->n_sents && (art->sents[f->sent].flags & SENT_UNIQUE))
			reader_message(r, STYLE_MESSAGE, "only %s has this passage: nothing to compare",
			               art->outlet);
		else
			reader_message(r, STYLE_MESSAGE, "no shared passage under the cursor (] finds one)");
		return R_STATUS;
	}
	reader_push(r, synopsis_open(r, r->topic));
	return R_REDRAW;
}

static unsigned
act_topics(struct reader *r, enum action a)
{
	(void)a;
	reader_push(r, coverage_open(r));
	return R_REDRAW;
}

static unsigned
act_boilerplate(struct reader *r, enum action a)
{
	static const char *const names[] = {"dimmed", "hidden", "shown"};

	(void)a;
	r->boiler = r->boiler == BOILER_DIM ? BOILER_HIDE
	          : r->boiler == BOILER_HIDE ? BOILER_SHOW : BOILER_DIM;
	reader_message(r, STYLE_MESSAGE, "boilerplate %s", names[r->boiler]);
	return R_LAYOUT | R_MOVE | R_REDRAW;
}

static unsigned
act_list(struct reader *r, enum action a)
{
	struct pane *p = a == ACT_ACTORS ? actors_open(r)
	               : a == ACT_QUOTES ? quotes_open(r) : claims_open(r);

	reader_push(r, p);
	return R_REDRAW;
}

static unsigned
act_item(struct reader *r, enum action a)
{
	switch (a) {
	case ACT_NEXT_ACTOR: return cycle_item(r, NAV_ITEM_MENTION, 1);
	case ACT_PREV_ACTOR: return cycle_item(r, NAV_ITEM_MENTION, -1);
	case ACT_NEXT_QUOTE: return cycle_item(r, NAV_ITEM_QUOTE, 1);
	case ACT_PREV_QUOTE: return cycle_item(r, NAV_ITEM_QUOTE, -1);
	case ACT_NEXT_CLAIM: return cycle_item(r, NAV_ITEM_CLAIM, 1);
	default: return cycle_item(r, NAV_ITEM_CLAIM, -1);
	}
}

static unsigned
act_prompt(struct reader *r, enum action a)
{
	return prompt_open(r, a == ACT_SEARCH ? '/' : a == ACT_SEARCH_BACK ? '?' : '&');
}

static unsigned
act_hit(struct reader *r, enum action a)
{
	int dir = a == ACT_NEXT_HIT ? 1 : -1;

	if (r->cycle == CYCLE_SEARCH)
		dir *= r->find.dir;
	return cycle_step(r, dir, false);
}

static unsigned
act_list_only(struct reader *r, enum action a)
{
	reader_message(r, STYLE_MESSAGE, "%s works in a list (a actors, \" quotes, c claims)",
	               action_table[a].name);
	return R_STATUS;
}

/* Esc with nothing open: clear the highlights of the search and of the
 * chosen item, as less's ESC-u does; the filter stays. */
static unsigned
act_close(struct reader *r, enum action a)
{
	(void)a;
	if (!r->find.re && r->choice.kind == CHOICE_NONE)
		return R_NONE;
	find_clear(r);
	cycle_clear(r);
	reader_marks(r);
	reader_message(r, STYLE_MESSAGE, "highlights cleared%s",
	               r->find.filter ? " (the filter stays: & and Enter to clear it)" : "");
	return R_REDRAW | R_STATUS;
}

static action_fn *const actions[ACT_COUNT] = {
	[ACT_QUIT] = act_quit,
	[ACT_HELP] = act_help,
	[ACT_REDRAW] = act_redraw,
	[ACT_LINE_DOWN] = act_line,
	[ACT_LINE_UP] = act_line,
	[ACT_SENTENCE_NEXT] = act_sentence,
	[ACT_SENTENCE_PREV] = act_sentence,
	[ACT_PAGE_DOWN] = act_page,
	[ACT_PAGE_UP] = act_page,
	[ACT_HALF_DOWN] = act_page,
	[ACT_HALF_UP] = act_page,
	[ACT_TOP] = act_ends,
	[ACT_BOTTOM] = act_ends,
	[ACT_FOCUS_NEXT] = act_focus_step,
	[ACT_FOCUS_PREV] = act_focus_step,
	[ACT_FOCUS_1] = act_focus_n,
	[ACT_FOCUS_2] = act_focus_n,
	[ACT_FOCUS_3] = act_focus_n,
	[ACT_FOCUS_4] = act_focus_n,
	[ACT_FOCUS_5] = act_focus_n,
	[ACT_FOCUS_6] = act_focus_n,
	[ACT_FOCUS_7] = act_focus_n,
	[ACT_FOCUS_8] = act_focus_n,
	[ACT_FOCUS_9] = act_focus_n,
	[ACT_SHIFT_LEFT] = act_shift,
	[ACT_SHIFT_RIGHT] = act_shift,
	[ACT_TOGGLE_SYNC] = act_sync,
	[ACT_NEXT_SHARED] = act_shared,
	[ACT_PREV_SHARED] = act_shared,
	[ACT_SYNOPSIS] = act_synopsis,
	[ACT_NEXT_UNIQUE] = act_unique,
	[ACT_PREV_UNIQUE] = act_unique,
	[ACT_NEXT_DISCREPANCY] = act_discrepancy,
	[ACT_PREV_DISCREPANCY] = act_discrepancy,
	[ACT_TOPICS] = act_topics,
	[ACT_TOGGLE_BOILERPLATE] = act_boilerplate,
	[ACT_CLOSE] = act_close,
	[ACT_ACTORS] = act_list,
	[ACT_QUOTES] = act_list,
	[ACT_CLAIMS] = act_list,
	[ACT_NEXT_ACTOR] = act_item,
	[ACT_PREV_ACTOR] = act_item,
	[ACT_NEXT_QUOTE] = act_item,
	[ACT_PREV_QUOTE] = act_item,
	[ACT_NEXT_CLAIM] = act_item,
	[ACT_PREV_CLAIM] = act_item,
	[ACT_SEARCH] = act_prompt,
	[ACT_SEARCH_BACK] = act_prompt,
	[ACT_FILTER] = act_prompt,
	[ACT_NEXT_HIT] = act_hit,
	[ACT_PREV_HIT] = act_hit,
	[ACT_LIST_SORT] = act_list_only,
	[ACT_LIST_CLAIMANT] = act_list_only,
};

static unsigned
finish(struct reader *r, unsigned res)
{
	if (res & R_LAYOUT)
		geometry(r);
	if (res & (R_MOVE | R_LAYOUT))
		reader_sync(r);
	return res;
}

unsigned
reader_action(struct reader *r, enum action a)
{
	struct pane *top = reader_top(r);
	unsigned res;

	if (a <= ACT_NONE || a >= ACT_COUNT)
		return R_NONE;
	if (reader_too_small(r) || !r->n_cols)
		return a == ACT_QUIT ? R_QUIT : R_NONE;
	if (top && top->ops->action) {
		res = top->ops->action(top, a);
		if (!(res & R_PASS))
			return finish(r, res);
	}
	if (!actions[a]) {
		reader_message(r, STYLE_MESSAGE, "%s: not available yet", action_table[a].name);
		return R_STATUS;
	}
	return finish(r, actions[a](r, a));
}

/* Text being typed (the prompt, a list's filter) takes keys before the
 * key map does. */
static unsigned
typed_key(struct reader *r, int key)
{
	struct pane *top = reader_top(r);

	if (reader_too_small(r) || !r->n_cols)
		return R_PASS;
	if (r->prompt.kind)
		return finish(r, prompt_key(r, key));
	if (top && top->ops->key) {
		unsigned res = top->ops->key(top, key);

		if (!(res & R_PASS))
			return finish(r, res);
	}
	return R_PASS;
}

static unsigned
reader_key(struct reader *r, int key)
{
	enum action a;
	unsigned res = r->msg[0] ? R_STATUS | R_REDRAW : R_NONE, typed;

	r->msg[0] = '\0';
	typed = typed_key(r, key);
	if (!(typed & R_PASS))
		return res | typed;
	a = keymap_lookup(&r->cfg->keys, key);
	if (a == ACT_NONE) {
		char name[KEY_NAME_MAX];

		reader_message(r, STYLE_MESSAGE, "%s is not bound to anything (F1: keys)",
		               key_label(key, name));
		return R_STATUS | R_REDRAW;
	}
	return res | reader_action(r, a);
}

/* The shown column under screen column x, or NULL. */
static struct column *
column_at(struct reader *r, int x)
{
	uint32_t i;

	for (i = r->first; i < r->first + r->shown && i < r->n_cols; i++)
		if (x >= r->cols[i].x && x < r->cols[i].x + r->cols[i].w)
			return &r->cols[i];
	return NULL;
}

static unsigned
reader_mouse(struct reader *r, const struct event *ev)
{
	struct rect body = reader_body(r);
	struct pane *top = reader_top(r);
	struct column *col;
	int rows = reader_text_rows(r), row;
	unsigned res = R_REDRAW;

	if (reader_too_small(r) || !r->cfg->layout.mouse || !r->n_cols)
		return R_NONE;
	if (top)
		return top->ops->mouse ? finish(r, top->ops->mouse(top, ev, body)) : R_NONE;
	col = column_at(r, ev->x);
	if (!col || ev->y < body.y || ev->y >= body.y + body.h)
		return R_NONE;
	row = ev->y - body.y - reader_header_rows(r);
	if (ev->mouse == MOUSE_CLICK) {
		res |= reader_focus(r, col->article);
		if (row >= 0 && column_line_at_row(col, row) != PX_NONE)
			column_goto_line(col, column_line_at_row(col, row), 1, rows);
		return finish(r, res | R_MOVE);
	}
	column_scroll(col, ev->mouse == MOUSE_WHEEL_UP ? -READER_WHEEL : READER_WHEEL, rows);
	return finish(r, col->article == r->focus ? res | R_MOVE : res);
}

unsigned
reader_event(struct reader *r, const struct event *ev)
{
	switch (ev->type) {
	case EV_KEY: return reader_key(r, ev->key);
	case EV_MOUSE: return reader_mouse(r, ev);
	case EV_RESIZE: return reader_resize(r, ev->w, ev->h);
	case EV_NONE:
	case EV_SNAP:
	case EV_END:
		break;
	}
	return R_NONE;
}

/* ---- drawing ---- */

static void
render_small(const struct reader *r, struct grid *g)
{
	static const char *const lines[] = {"terminal", "too small"};
	char need[32];
	int y = PX_MAX((r->h - 3) / 2, 0), i;

	grid_clear(g, STYLE_TEXT);
	for (i = 0; i < 2; i++) {
		int w = (int)strlen(lines[i]);

		grid_str(g, PX_MAX((r->w - w) / 2, 0), y + i, r->w, lines[i], STYLE_ERROR);
	}
	snprintf(need, sizeof need, "need %dx%d", READER_MIN_W, READER_MIN_H);
	grid_str(g, PX_MAX((r->w - (int)strlen(need)) / 2, 0), y + 2, r->w, need, STYLE_MESSAGE);
}

static void
render_borders(const struct reader *r, struct grid *g, struct rect body)
{
	uint32_t i;
	int y;

	for (i = r->first; i + 1 < r->first + r->shown && i + 1 < r->n_cols; i++) {
		int x = r->cols[i].x + r->cols[i].w;

		for (y = body.y; y < body.y + body.h; y++)
			grid_put(g, x, y, x + 1, 0x2502, 1, STYLE_BORDER);
	}
}

void
reader_render(struct reader *r, struct grid *g)
{
	struct rect body = reader_body(r);
	struct pane *top = reader_top(r);
	uint32_t i;

	grid_resize(g, r->w, r->h);
	if (reader_too_small(r)) {
		render_small(r, g);
		return;
	}
	for (i = r->first; i < r->first + r->shown && i < r->n_cols; i++) {
		struct column *col = &r->cols[i];

		col->pane.ops->render(&col->pane, g, (struct rect){col->x, body.y, col->w, body.h});
	}
	render_borders(r, g, body);
	if (!r->n_cols)
		grid_str(g, 1, body.y + 1, r->w - 2, "no articles", STYLE_ERROR);
	if (top)
		top->ops->render(top, g, body);
	r->status.ops->render(&r->status, g,
	                      (struct rect){0, body.y == 0 ? r->h - 1 : 0, r->w, 1});
}
