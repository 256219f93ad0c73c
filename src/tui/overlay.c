/* overlay.c - a title row and a scrolling list, shared by the overlays. */
#include "overlay.h"

#include <string.h>

void
scroller_fit(struct scroller *s, int rows)
{
	uint32_t page = (uint32_t)PX_MAX(rows, 1);

	if (s->selecting) {
		if (s->sel >= s->n)
			s->sel = s->n ? s->n - 1 : 0;
		if (s->sel < s->top)
			s->top = s->sel;
		if (s->sel >= s->top + page)
			s->top = s->sel + 1 - page;
	}
	if (s->top + page > s->n)
		s->top = s->n > page ? s->n - page : 0;
}

void
scroller_scroll(struct scroller *s, int64_t delta, int rows)
{
	int64_t top = (int64_t)s->top + delta;

	s->top = top < 0 ? 0 : (uint32_t)top;
	if (s->top + (uint32_t)PX_MAX(rows, 1) > s->n)
		s->top = s->n > (uint32_t)rows ? s->n - (uint32_t)rows : 0;
	if (s->selecting) {
		if (s->sel < s->top)
			s->sel = s->top;
		if (s->sel >= s->top + (uint32_t)rows)
			s->sel = s->top + (uint32_t)rows - 1;
	}
}

unsigned
scroller_wheel(struct scroller *s, const struct event *ev, int rows)
{
	if (ev->mouse == MOUSE_CLICK)
		return R_NONE;
	scroller_scroll(s, ev->mouse == MOUSE_WHEEL_UP ? -READER_WHEEL : READER_WHEEL, rows);
	return R_REDRAW;
}

static int64_t
step_of(enum action a, int rows)
{
	switch (a) {
	case ACT_LINE_DOWN: return 1;
	case ACT_LINE_UP: return -1;
	case ACT_PAGE_DOWN: return PX_MAX(rows - 1, 1);
	case ACT_PAGE_UP: return -PX_MAX(rows - 1, 1);
	case ACT_HALF_DOWN: return PX_MAX(rows / 2, 1);
	case ACT_HALF_UP: return -PX_MAX(rows / 2, 1);
	case ACT_TOP: return INT32_MIN;
	case ACT_BOTTOM: return INT32_MAX;
	default: return 0;
	}
}

unsigned
scroller_action(struct scroller *s, enum action a, int rows)
{
	int64_t step = step_of(a, rows), at;

	if (!step)
		return R_NONE;
	if (!s->selecting) {
		scroller_scroll(s, step, rows);
		return R_REDRAW;
	}
	at = (int64_t)s->sel + step;
	at = at < 0 ? 0 : at >= (int64_t)s->n ? (int64_t)s->n - 1 : at;
	s->sel = at < 0 ? 0 : (uint32_t)at;
	scroller_fit(s, rows);
	return R_REDRAW;
}

struct rect
overlay_frame(struct grid *g, struct rect r, const char *title, const char *right)
{
	int y, rw = right ? grid_text_width(right, strlen(right)) : 0;

	for (y = r.y; y < r.y + r.h; y++)
		grid_fill(g, r.x, y, r.w, ' ', y == r.y ? STYLE_OVERLAY_TITLE : STYLE_OVERLAY);
	if (right && rw + 2 < r.w / 2)
		grid_str(g, r.x + r.w - rw - 1, r.y, rw, right, STYLE_OVERLAY_TITLE);
	else
		rw = -1;
	grid_str(g, r.x + 1, r.y, r.w - rw - 3, title, STYLE_OVERLAY_TITLE);
	return (struct rect){r.x, r.y + 1, r.w, r.h - 1};
}
