/* marks.h - what to paint over an article's text, flattened into runs.
 *
 * Quotes, claims and their cues, a chosen actor's mentions, the items
 * chosen in a list and search hits overlap freely; a drawn cell takes
 * one mark slot and one overlay slot (grid.h). marks_flatten() turns
 * spans with a layer and a priority into sorted runs that never
 * overlap, once, when the spans change; a frame then walks the runs
 * with a pointer. Pure: no terminal. */
#ifndef PARALLAX_TUI_MARKS_H
#define PARALLAX_TUI_MARKS_H

#include <stdint.h>

enum mark_layer {
	MARK_LAYER_MARK, /* the cell's mark slot */
	MARK_LAYER_OVER, /* the cell's overlay slot */
	MARK_LAYERS
};

#define MARK_PRIOS 8

/* Bytes [start, end) get style in layer, unless a span of a higher
 * priority in the same layer covers them too. Spans of one layer and
 * priority are meant to share a style (the last one in wins). */
struct mark_span {
	uint32_t start, end;
	uint8_t layer; /* enum mark_layer */
	uint8_t prio;  /* 0 .. MARK_PRIOS - 1 */
	uint8_t style; /* enum style */
};

struct mark_run {
	uint32_t start, end;
	uint8_t mark, over; /* enum style, or GRID_NO_OVER */
};

struct mark_runs {
	struct mark_run *v; /* sorted, not overlapping (owned) */
	uint32_t n, cap;
};

/* Replace runs with spans[0..n) flattened (any order; empty spans are
 * ignored). Adjacent runs with the same slots are joined. */
void marks_flatten(const struct mark_span *spans, uint32_t n, struct mark_runs *runs);
void marks_free(struct mark_runs *runs);
/* The first run that ends after byte off (runs->n when none). */
uint32_t marks_first(const struct mark_runs *runs, uint32_t off);

#endif
