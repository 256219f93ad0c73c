/* prompt.c - the line where a search pattern is typed: / ? and &.
 *
 * It takes the status line's place while open; keys go to it before
 * the key map sees them. Enter runs the search or the filter, Esc (or
 * Backspace on an empty line) cancels, Up and Down walk the patterns
 * typed before (kept in memory only). */
#include "reader.h"

#include <string.h>

#include "parallax/keys.h"

unsigned
prompt_open(struct reader *r, int kind)
{
	r->prompt.kind = kind;
	lineedit_set(&r->prompt.ed, "");
	r->prompt.hist_pos = r->history.n;
	return R_REDRAW | R_STATUS;
}

static unsigned
submit(struct reader *r)
{
	char text[LINEEDIT_MAX + 1];
	int kind = r->prompt.kind;

	memcpy(text, r->prompt.ed.buf, r->prompt.ed.len + 1);
	r->prompt.kind = 0;
	history_add(&r->history, text);
	if (kind == '&')
		return find_filter(r, text);
	return find_search(r, text, kind == '?' ? -1 : 1);
}

unsigned
prompt_key(struct reader *r, int key)
{
	struct prompt *p = &r->prompt;

	switch (key) {
	case KEY_ENTER_:
		return submit(r) | R_REDRAW;
	case KEY_ESC_:
		p->kind = 0;
		return R_REDRAW;
	case KEY_UP_:
	case KEY_DOWN_:
		history_browse(&r->history, &p->ed, &p->hist_pos, &p->saved, key == KEY_UP_ ? -1 : 1);
		return R_REDRAW;
	case KEY_BACKSPACE_:
		if (!p->ed.len) {
			p->kind = 0;
			return R_REDRAW;
		}
		break;
	default:
		break;
	}
	return lineedit_key(&p->ed, key) ? R_REDRAW : R_NONE;
}

/* The first byte of buf to draw so that the cell cursor_cells is shown
 * in w cells; *skipped is the cells left out before it. */
static uint32_t
scroll_to(const char *buf, uint32_t len, int cursor_cells, int w, int *skipped)
{
	uint32_t i = 0;

	*skipped = 0;
	while (i < len && cursor_cells - *skipped >= w) {
		int32_t cp;
		uint32_t k = (uint32_t)utf8_decode((const unsigned char *)buf + i, len - i, &cp);

		*skipped += grid_text_width(buf + i, k);
		i += k;
	}
	return i;
}

void
prompt_render(const struct reader *r, struct grid *g, struct rect rc)
{
	const struct prompt *p = &r->prompt;
	static const char hint_search[] = "Enter: search  Esc: cancel  Up/Down: earlier patterns";
	static const char hint_filter[] = "Enter: show only matching sentences (empty: all)  Esc: cancel";
	const char *hint = p->kind == '&' ? hint_filter : hint_search;
	int hint_w = grid_text_width(hint, strlen(hint)), text_w = rc.w - 2, skipped, cur;
	char kind[2] = {(char)p->kind, '\0'};
	uint32_t from;

	grid_fill(g, rc.x, rc.y, rc.w, ' ', STYLE_TEXT);
	grid_str(g, rc.x, rc.y, 1, kind, STYLE_TEXT);
	cur = lineedit_cursor_cells(&p->ed);
	if (hint_w + grid_text_width(p->ed.buf, p->ed.len) + 6 < rc.w) {
		grid_str(g, rc.x + rc.w - hint_w - 1, rc.y, hint_w, hint, STYLE_GUTTER);
		text_w = rc.w - hint_w - 4;
	}
	from = scroll_to(p->ed.buf, p->ed.len, cur, PX_MAX(text_w, 1), &skipped);
	grid_text(g, rc.x + 1, rc.y, text_w, p->ed.buf + from, p->ed.len - from, STYLE_TEXT);
	grid_overlay(g, rc.x + 1 + cur - skipped, rc.y, 1, STYLE_CURSOR);
}
