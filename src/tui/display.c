/* display.c - style slots to colours, grids to curses, keys from curses. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#define NCURSES_WIDECHAR 1
#include "display.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palette.h"
#include "parallax/keys.h"

#define DISPLAY_PAIRS 256 /* distinct fg/bg pairs we allocate */

struct look {
	attr_t attr;
	short pair;
	bool ready;
};

struct display {
	SCREEN *scr;
	FILE *out, *in; /* headless: /dev/null (owned) */
	bool headless;
	int colors;
	bool default_colors; /* -1 may be used in pairs */
	const struct config *cfg;
	struct look looks[STYLE_COUNT][STYLE_COUNT + 1];
	/* with a mark: allocated for a style and overlay when first met */
	struct look *marked[STYLE_COUNT][STYLE_COUNT + 1];
	short pair_fg[DISPLAY_PAIRS], pair_bg[DISPLAY_PAIRS];
	int n_pairs;
	struct grid shown; /* what the screen holds now */
};

static struct display *active; /* for the die hook */

static void
display_die_hook(void)
{
	if (active && !active->headless)
		endwin();
}

/* ---- colours ---- */

static bool
no_color(void)
{
	const char *s = getenv("NO_COLOR");

	return s && *s;
}

static void
colors_start(struct display *d)
{
	d->colors = 0;
	if (no_color() || !has_colors() || start_color() == ERR)
		return;
	d->colors = COLORS;
	d->default_colors = use_default_colors() == OK;
}

static short
pair_for(struct display *d, int fg, int bg)
{
	int i;

	if (!d->default_colors) {
		fg = fg < 0 ? COLOR_WHITE : fg;
		bg = bg < 0 ? COLOR_BLACK : bg;
	}
	if (fg < 0 && bg < 0)
		return 0;
	for (i = 1; i <= d->n_pairs; i++)
		if (d->pair_fg[i - 1] == fg && d->pair_bg[i - 1] == bg)
			return (short)i;
	if (d->n_pairs + 1 >= DISPLAY_PAIRS || d->n_pairs + 1 >= COLOR_PAIRS)
		return 0;
	d->pair_fg[d->n_pairs] = (short)fg;
	d->pair_bg[d->n_pairs] = (short)bg;
	d->n_pairs++;
	init_pair((short)d->n_pairs, (short)fg, (short)bg);
	return (short)d->n_pairs;
}

static attr_t
curses_attrs(unsigned a)
{
	attr_t out = A_NORMAL;

	if (a & ATTR_BOLD)
		out |= A_BOLD;
	if (a & ATTR_DIM)
		out |= A_DIM;
	if (a & ATTR_UNDERLINE)
		out |= A_UNDERLINE;
	if (a & ATTR_REVERSE)
		out |= A_REVERSE;
	if (a & ATTR_ITALIC)
		out |= A_ITALIC;
	if (a & ATTR_STANDOUT)
		out |= A_STANDOUT;
	if (a & ATTR_BLINK)
		out |= A_BLINK;
	return out;
}

static bool
is_topic(int st)
{
	return st >= STYLE_TOPIC_0 && st < STYLE_TOPIC_0 + STYLE_TOPIC_COUNT;
}

/* The style, then the mark, then the overlay. */
static struct style_spec
resolve(const struct display *d, int st, int over, int mark)
{
	const struct style_spec *styles = d->cfg->styles;

	return palette_layers(&styles[st], mark < STYLE_COUNT ? &styles[mark] : NULL,
	                      over < STYLE_COUNT ? &styles[over] : NULL, d->colors, is_topic(st));
}

static const struct look *
look_of(struct display *d, int st, int over, int mark)
{
	int o = over == GRID_NO_OVER || over >= STYLE_COUNT ? STYLE_COUNT : over;
	struct look *l;

	st %= STYLE_COUNT;
	if (mark == GRID_NO_OVER || mark >= STYLE_COUNT) {
		l = &d->looks[st][o];
	} else {
		if (!d->marked[st][o])
			d->marked[st][o] = xcalloc(STYLE_COUNT, sizeof(struct look));
		l = &d->marked[st][o][mark];
	}
	if (!l->ready) {
		struct style_spec s = resolve(d, st, over, mark);

		l->attr = curses_attrs(s.attrs);
		l->pair = d->colors ? pair_for(d, s.fg, s.bg) : 0;
		l->ready = true;
	}
	return l;
}

const char *
display_describe(const struct display *d, int st, int over, int mark, char *buf, size_t cap)
{
	struct style_spec s = resolve(d, st, over, mark);

	return style_format(&s, buf, cap);
}

int
display_colors(const struct display *d)
{
	return d->colors;
}

/* ---- drawing ---- */

static void
put_cell(struct display *d, int x, int y, const struct cell *c)
{
	const struct look *l = look_of(d, c->style, c->over, c->mark);
	wchar_t wc[GRID_COMB + 2];
	cchar_t cc;
	int i, n = 0;

	wc[n++] = (wchar_t)c->ch;
	for (i = 0; i < GRID_COMB && c->comb[i]; i++)
		wc[n++] = (wchar_t)c->comb[i];
	wc[n] = 0;
	if (setcchar(&cc, wc, l->attr, l->pair, NULL) == OK)
		mvwadd_wch(stdscr, y, x, &cc);
}

void
display_draw(struct display *d, const struct grid *g, bool clear)
{
	int x, y;

	if (clear || d->shown.w != g->w || d->shown.h != g->h) {
		grid_resize(&d->shown, g->w, g->h);
		memset(d->shown.cells, 0, (size_t)g->w * (size_t)g->h * sizeof *g->cells);
		if (clear)
			clearok(curscr, TRUE);
	}
	for (y = 0; y < g->h; y++) {
		const struct cell *c = grid_cell(g, 0, y);
		struct cell *was = grid_at(&d->shown, 0, y);

		if (!memcmp(c, was, (size_t)g->w * sizeof *c))
			continue;
		for (x = 0; x < g->w; x++, c++, was++) {
			if (!memcmp(c, was, sizeof *c))
				continue;
			*was = *c;
			if (c->width)
				put_cell(d, x, y, c);
		}
	}
	wnoutrefresh(stdscr);
	doupdate();
}

/* ---- input ---- */

static int
map_key(wint_t k)
{
	static const struct {
		int curses, key;
	} keys[] = {
		{KEY_UP, KEY_UP_}, {KEY_DOWN, KEY_DOWN_}, {KEY_LEFT, KEY_LEFT_},
		{KEY_RIGHT, KEY_RIGHT_}, {KEY_PPAGE, KEY_PGUP_}, {KEY_NPAGE, KEY_PGDOWN_},
		{KEY_HOME, KEY_HOME_}, {KEY_END, KEY_END_}, {KEY_BTAB, KEY_STAB_},
		{KEY_BACKSPACE, KEY_BACKSPACE_}, {KEY_DC, KEY_DEL_}, {KEY_IC, KEY_INS_},
		{KEY_ENTER, KEY_ENTER_}, {KEY_RESIZE, KEY_RESIZE_}, {KEY_MOUSE, KEY_MOUSE_},
	};
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(keys); i++)
		if ((wint_t)keys[i].curses == k)
			return keys[i].key;
	if (k >= (wint_t)KEY_F(1) && k <= (wint_t)KEY_F(12))
		return KEY_F1_ + (int)(k - (wint_t)KEY_F(1));
	return 0;
}

static struct event
mouse_event(void)
{
	struct event ev = {.type = EV_NONE};
	MEVENT me;

	if (getmouse(&me) != OK)
		return ev;
	ev.x = me.x;
	ev.y = me.y;
	if (me.bstate & BUTTON4_PRESSED)
		ev.mouse = MOUSE_WHEEL_UP;
	else if (me.bstate & BUTTON5_PRESSED)
		ev.mouse = MOUSE_WHEEL_DOWN;
	else if (me.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		ev.mouse = MOUSE_CLICK;
	else
		return ev;
	ev.type = EV_MOUSE;
	return ev;
}

struct event
display_read(struct display *d)
{
	struct event ev = {.type = EV_NONE};
	wint_t wch;
	int rc = wget_wch(stdscr, &wch);

	(void)d;
	if (rc == ERR)
		return ev;
	ev.type = EV_KEY;
	if (rc == KEY_CODE_YES) {
		ev.key = map_key(wch);
		if (ev.key == KEY_MOUSE_)
			return mouse_event();
		if (ev.key == KEY_RESIZE_) {
			ev.type = EV_RESIZE;
			getmaxyx(stdscr, ev.h, ev.w);
		}
		if (!ev.key)
			ev.type = EV_NONE;
		return ev;
	}
	if (wch == '\r' || wch == '\n')
		ev.key = KEY_ENTER_;
	else if (wch == 127 || wch == 8)
		ev.key = KEY_BACKSPACE_;
	else
		ev.key = (int)wch;
	return ev;
}

/* ---- lifetime ---- */

static SCREEN *
open_headless(struct display *d, int cols, int rows)
{
	const char *term = getenv("TERM");
	SCREEN *scr = NULL;
	char num[16];

	/* the size curses starts with: no resize (and reallocation) after */
	snprintf(num, sizeof num, "%d", rows);
	setenv("LINES", num, 1);
	snprintf(num, sizeof num, "%d", cols);
	setenv("COLUMNS", num, 1);

	d->out = fopen("/dev/null", "w");
	d->in = fopen("/dev/null", "r");
	if (!d->out || !d->in)
		return NULL;
	if (term && *term)
		scr = newterm(term, d->out, d->in);
	if (!scr)
		scr = newterm("xterm-256color", d->out, d->in);
	return scr;
}

static void
setup_terminal(const struct display *d)
{
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	leaveok(stdscr, TRUE);
	set_escdelay(25);
	if (d->cfg->layout.mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
}

struct display *
display_open(const struct config *cfg, bool headless, int cols, int rows)
{
	struct display *d = xcalloc(1, sizeof *d);

	d->cfg = cfg;
	d->headless = headless;
	grid_init(&d->shown);
	d->scr = headless ? open_headless(d, cols, rows) : newterm(NULL, stdout, stdin);
	if (!d->scr) {
		display_close(d);
		px_fail(PX_ERR_INTERNAL, "cannot start the terminal (TERM=%s)",
		        getenv("TERM") ? getenv("TERM") : "");
		return NULL;
	}
	set_term(d->scr);
	active = d;
	px_set_die_hook(display_die_hook);
	colors_start(d);
	if (headless) {
		if (LINES != rows || COLS != cols)
			resizeterm(rows, cols);
		curs_set(0);
	} else {
		setup_terminal(d);
	}
	return d;
}

void
display_size(const struct display *d, int *w, int *h)
{
	(void)d;
	getmaxyx(stdscr, *h, *w);
}

void
display_resize(struct display *d, int w, int h)
{
	(void)d;
	resizeterm(h, w);
}

void
display_close(struct display *d)
{
	int i, o;

	if (!d)
		return;
	if (d->scr) {
		endwin();
		delscreen(d->scr);
	}
	if (d->out)
		fclose(d->out);
	if (d->in)
		fclose(d->in);
	grid_free(&d->shown);
	for (i = 0; i < STYLE_COUNT; i++)
		for (o = 0; o <= STYLE_COUNT; o++)
			free(d->marked[i][o]);
	if (active == d)
		active = NULL;
	free(d);
}
