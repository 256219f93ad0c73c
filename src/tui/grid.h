/* grid.h - a screen as data: cells holding a code point and style slots.
 *
 * Panes render into a grid; only the display module turns slots into
 * colours and copies the grid to the terminal, so a screen can be built,
 * dumped and compared without one. Every code point that enters a grid
 * has been through px_safe_cp(): a grid never holds a control character.
 * Writes outside the grid are ignored, so drawing code need not clip. */
#ifndef PARALLAX_TUI_GRID_H
#define PARALLAX_TUI_GRID_H

#include <stddef.h>
#include <stdint.h>

#include "parallax/style.h"

#define GRID_COMB 3       /* zero-width code points kept per cell */
#define GRID_NO_OVER 0xff /* a cell without an overlay or mark slot */

/* A cell is drawn in its style, then its mark (what the text is: a
 * quote, a claim, an actor), then its overlay (what the reader points
 * at: the cursor, a search hit, the focused passage). */
struct cell {
	int32_t ch;              /* 0 in the right half of a wide character */
	int32_t comb[GRID_COMB]; /* zero-width code points after ch, 0 = unused */
	uint8_t style;           /* enum style */
	uint8_t over;            /* enum style drawn over style, or GRID_NO_OVER */
	uint8_t width;           /* 1 or 2; 0 for the right half of a wide character */
	uint8_t mark;            /* enum style between the two, or GRID_NO_OVER */
};

struct grid {
	int w, h;
	struct cell *cells; /* h rows of w cells (owned) */
};

struct rect {
	int x, y, w, h;
};

void grid_init(struct grid *g);
void grid_free(struct grid *g);
/* Resize to w x h (either may be 0) and clear. */
void grid_resize(struct grid *g, int w, int h);
/* Fill the whole grid with blanks of style st. */
void grid_clear(struct grid *g, enum style st);

/* The cell at x, y, or NULL outside the grid. */
struct cell *grid_at(struct grid *g, int x, int y);
const struct cell *grid_cell(const struct grid *g, int x, int y);

/* Put one safe code point of width 1 or 2 at x, y (a wide character
 * that does not fit before max_x becomes a blank). A character that
 * overlaps half of a wide one blanks the other half. Returns the cells
 * used. */
int grid_put(struct grid *g, int x, int y, int max_x, int32_t cp, int width, enum style st);
/* grid_put with the overlay and mark slots set too (GRID_NO_OVER for
 * none), in one go: what the text of a column is drawn with. */
int grid_put_layers(struct grid *g, int x, int y, int max_x, int32_t cp, int width, enum style st,
                    int over, int mark);
/* Attach a zero-width code point to the character that ends before x. */
void grid_attach(struct grid *g, int x, int y, int32_t cp);

/* n cells of cp (width 1) from x. */
void grid_fill(struct grid *g, int x, int y, int n, int32_t cp, enum style st);
/* Draw s[0..n) (UTF-8, sanitised here) from x in at most w cells;
 * returns the cells used. */
int grid_text(struct grid *g, int x, int y, int w, const char *s, size_t n, enum style st);
/* Like grid_text for a NUL-terminated string. */
int grid_str(struct grid *g, int x, int y, int w, const char *s, enum style st);
/* Like grid_str, but a string that does not fit ends in an ellipsis. */
int grid_str_cut(struct grid *g, int x, int y, int w, const char *s, enum style st);
/* The display width of s[0..n) as grid_text would draw it. */
int grid_text_width(const char *s, size_t n);

/* Change the style or overlay slot of n cells from x. */
void grid_restyle(struct grid *g, int x, int y, int n, enum style st);
void grid_overlay(struct grid *g, int x, int y, int n, enum style over);

#endif
