/* overlay.h - what the overlays (help, synopsis, topics) share: a title
 * row and a list of rows that scrolls, with or without a selection. */
#ifndef PARALLAX_TUI_OVERLAY_H
#define PARALLAX_TUI_OVERLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "reader.h"

struct scroller {
	uint32_t n;    /* rows */
	uint32_t top;  /* first row shown */
	uint32_t sel;  /* the selected row, when selecting */
	bool selecting;
};

/* Move for a moving action (line, page, top, bottom) over a view of rows
 * rows; R_NONE for any other action. */
unsigned scroller_action(struct scroller *s, enum action a, int rows);
/* Scroll (wheel) by delta rows. */
void scroller_scroll(struct scroller *s, int64_t delta, int rows);
/* Scroll for a wheel event; R_NONE for a click. */
unsigned scroller_wheel(struct scroller *s, const struct event *ev, int rows);
/* Keep top within range and the selection in view. */
void scroller_fit(struct scroller *s, int rows);

/* Clear r with the overlay style and draw the title row; returns the
 * rectangle under it. */
struct rect overlay_frame(struct grid *g, struct rect r, const char *title, const char *right);

#endif
