/* tui.c - a first reader: one column per article, scrolling, quit.
 * Text is made terminal-safe cell by cell (px_safe_cp) before drawing. */
#define NCURSES_WIDECHAR 1
#include "tui.h"

#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define MIN_COL 24

struct line {
	uint32_t start, end; /* bytes of the article */
};

struct column {
	struct article *a;
	struct line *lines;
	uint32_t n, cap;
	int top;
};

static int
cp_width(int32_t cp)
{
	int w = wcwidth((wchar_t)px_safe_cp(cp));

	return w < 0 ? 1 : w;
}

/* Wrap one paragraph into lines of at most width cells. */
static void
wrap(struct column *col, uint32_t s, uint32_t e, int width)
{
	const unsigned char *t = col->a->text;
	uint32_t i = s, line = s, brk = 0;
	int w = 0;

	while (i < e) {
		int32_t cp;
		uint32_t k = (uint32_t)utf8_decode(t + i, e - i, &cp);

		if (cp == ' ')
			brk = i;
		w += cp == '\n' || cp == '\r' ? 1 : cp_width(cp);
		if (w > width) {
			uint32_t cut = brk > line ? brk : i;
			struct line *l = PX_PUSH(col->lines, col->n, col->cap);

			l->start = line;
			l->end = cut;
			line = cut;
			while (line < e && t[line] == ' ')
				line++;
			i = line;
			w = 0;
			brk = 0;
			continue;
		}
		i += k;
	}
	PX_PUSH(col->lines, col->n, col->cap)->start = line;
	col->lines[col->n - 1].end = e;
}

static void
layout(struct column *cols, uint32_t n, int width)
{
	uint32_t i, p;

	for (i = 0; i < n; i++) {
		struct article *a = cols[i].a;

		cols[i].n = 0;
		for (p = 0; p < a->n_paras; p++) {
			wrap(&cols[i], a->paras[p].start, a->paras[p].end, width);
			PX_PUSH(cols[i].lines, cols[i].n, cols[i].cap)->start = PX_NONE;
		}
	}
}

static void
put_text(int y, int x, int width, const unsigned char *t, uint32_t s, uint32_t e)
{
	int used = 0;

	move(y, x);
	while (s < e) {
		int32_t cp;
		wchar_t wc[2] = {0, 0};
		int w;

		s += (uint32_t)utf8_decode(t + s, e - s, &cp);
		if (cp == '\n' || cp == '\r' || cp == '\t')
			cp = ' ';
		wc[0] = (wchar_t)px_safe_cp(cp);
		w = cp_width(cp);
		if (used + w > width)
			break;
		addnwstr(wc, 1);
		used += w;
	}
}

static void
draw(struct column *cols, uint32_t n, int width)
{
	uint32_t i;
	int y, x;

	erase();
	if (COLS < MIN_COL || LINES < 4) {
		mvaddstr(0, 0, "terminal too small");
		refresh();
		return;
	}
	for (i = 0, x = 0; i < n && x + width <= COLS; i++, x += width + 1) {
		char *h = px_safe_str(cols[i].a->outlet, strlen(cols[i].a->outlet));

		attron(A_BOLD | A_REVERSE);
		mvhline(0, x, ' ', width);
		put_text(0, x, width, (const unsigned char *)h, 0, (uint32_t)strlen(h));
		attroff(A_BOLD | A_REVERSE);
		free(h);
		for (y = 1; y < LINES - 1; y++) {
			int li = cols[i].top + y - 1;

			if (li < (int)cols[i].n && cols[i].lines[li].start != PX_NONE)
				put_text(y, x, width, cols[i].a->text, cols[i].lines[li].start,
				         cols[i].lines[li].end);
		}
		if (x + width < COLS)
			mvvline(1, x + width, ACS_VLINE, LINES - 2);
	}
	attron(A_REVERSE);
	mvhline(LINES - 1, 0, ' ', COLS);
	mvaddstr(LINES - 1, 0, " parallax  q quit  j/k scroll  space/b page");
	attroff(A_REVERSE);
	refresh();
}

static int
column_width(uint32_t n)
{
	int shown = COLS / (MIN_COL + 1);

	if (shown < 1)
		shown = 1;
	if ((uint32_t)shown > n)
		shown = (int)n;
	return (COLS - (shown - 1)) / shown;
}

static int
script_key(FILE *f)
{
	char buf[64];
	size_t n;

	if (!fgets(buf, sizeof buf, f))
		return 'q';
	n = strcspn(buf, "\r\n");
	buf[n] = '\0';
	if (strcmp(buf, "<Space>") == 0)
		return ' ';
	return n == 1 ? (unsigned char)buf[0] : 0;
}

static void
dump_screen(const char *path)
{
	FILE *f = fopen(path, "w");
	int y;

	if (!f)
		return;
	for (y = 0; y < LINES; y++) {
		wchar_t buf[1024];
		char out[4096];
		int k = mvinnwstr(y, 0, buf, (int)PX_ARRAY_SIZE(buf) - 1);

		if (k < 0)
			k = 0;
		buf[k] = 0;
		wcstombs(out, buf, sizeof out);
		fprintf(f, "%s\n", out);
	}
	fclose(f);
}

enum status
tui_run(struct corpus *c, const struct config *cfg, const struct tui_opts *o)
{
	(void)cfg;
	struct column *cols = xcalloc(c->n_articles, sizeof *cols);
	FILE *script = NULL, *null_out = NULL, *null_in = NULL;
	SCREEN *scr = NULL;
	uint32_t i;
	int width, key;

	setlocale(LC_ALL, "");
	if (o->script) {
		script = fopen(o->script, "r");
		if (!script) {
			free(cols);
			return px_fail(PX_ERR_INPUT, "%s: cannot open the script", o->script);
		}
		null_out = fopen("/dev/null", "w");
		null_in = fopen("/dev/null", "r");
		scr = newterm("xterm-256color", null_out, null_in);
		if (!scr)
			px_die("cannot start a headless terminal");
		resizeterm(o->rows, o->cols);
	} else if (!initscr()) {
		free(cols);
		return px_fail(PX_ERR_INTERNAL, "cannot start the terminal");
	}
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	for (i = 0; i < c->n_articles; i++)
		cols[i].a = &c->articles[i];
	width = column_width(c->n_articles);
	layout(cols, c->n_articles, width);
	for (;;) {
		draw(cols, c->n_articles, width);
		key = script ? script_key(script) : getch();
		if (key == 'q')
			break;
		for (i = 0; i < c->n_articles; i++) {
			int page = LINES - 3;

			switch (key) {
			case 'j': case KEY_DOWN: cols[i].top++; break;
			case 'k': case KEY_UP: cols[i].top--; break;
			case ' ': case KEY_NPAGE: cols[i].top += page; break;
			case 'b': case KEY_PPAGE: cols[i].top -= page; break;
			case KEY_RESIZE:
				width = column_width(c->n_articles);
				layout(cols, c->n_articles, width);
				break;
			}
			if (cols[i].top > (int)cols[i].n - 1)
				cols[i].top = (int)cols[i].n - 1;
			if (cols[i].top < 0)
				cols[i].top = 0;
		}
	}
	if (o->dump_screen)
		dump_screen(o->dump_screen);
	endwin();
	if (scr)
		delscreen(scr);
	if (script)
		fclose(script);
	if (null_out)
		fclose(null_out);
	if (null_in)
		fclose(null_in);
	for (i = 0; i < c->n_articles; i++)
		free(cols[i].lines);
	free(cols);
	return PX_OK;
}
