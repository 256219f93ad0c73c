/* layout.h - the geometry of the reader, without a terminal.
 *
 * How many columns fit, where each one is, and how an article wraps into
 * visual lines by display width: a code point is measured with wcwidth()
 * after px_safe_cp(), so CJK and emoji take two cells, combining marks
 * none, and a control character the one cell of its visible picture.
 * Needs a UTF-8 LC_CTYPE (layout_locale() sets one). */
#ifndef PARALLAX_TUI_LAYOUT_H
#define PARALLAX_TUI_LAYOUT_H

#include <stdbool.h>
#include <stdint.h>

#include "parallax/corpus.h"

/* Make wcwidth() measure UTF-8: keep the user's locale when it is
 * UTF-8, else fall back to C.UTF-8. Returns false when none is. */
bool layout_locale(void);

/* The code point to show for cp (tab and line breaks become a space,
 * controls their picture, what wcwidth cannot measure U+FFFD) and its
 * width in cells (0, 1 or 2) in *width. */
int32_t layout_display_cp(int32_t cp, int *width);

/* ---- columns ---- */

/* How many article columns to show on a screen w cells wide: columns
 * when it is set, else as many as min_width allows; at least 1, at most
 * n_articles, and never so many that one is narrower than
 * LAYOUT_MIN_COLUMN. */
#define LAYOUT_MIN_COLUMN 8
int layout_columns_shown(int w, int n_articles, int columns, int min_width);
/* x and width of column i of shown, one border cell between columns;
 * the cells that do not divide evenly go to the leftmost columns. */
void layout_column(int w, int shown, int i, int *x, int *width);

/* ---- wrapping ---- */

/* End of the first line of t[s..e) at most width cells wide, breaking
 * after blanks and dashes and around wide characters when it can, and
 * inside a word only when it must. *next is where the following line
 * starts (blanks at a break are skipped). A line holds at least one
 * character, so the result is always > s when s < e. */
uint32_t layout_break(const unsigned char *t, uint32_t s, uint32_t e, int width, uint32_t *next);

enum vline_flag {
	VLINE_BLANK = 1 << 0, /* the empty line between two paragraphs */
	VLINE_PARA = 1 << 1,  /* first line of a paragraph */
};

struct vline {
	uint32_t start, end; /* bytes of the article (start == end when blank) */
	uint32_t para;       /* paragraph index */
	uint32_t srcline;    /* 1-based line of the file where the line starts */
	uint32_t flags;      /* enum vline_flag */
};

struct text_layout {
	struct vline *lines; /* owned */
	uint32_t n, cap;
	int width;        /* text cells the lines were made for */
	bool wrap, hide_boiler;
};

void text_layout_free(struct text_layout *l);
/* Lay out the paragraphs of a into lines of width cells, a blank line
 * between paragraphs; with wrap off a paragraph is one (cut) line; with
 * hide_boiler boilerplate paragraphs are left out. */
void text_layout_build(struct text_layout *l, const struct article *a, int width, bool wrap,
                       bool hide_boiler);
/* The same, showing only the sentences i with keep[i] set (when keep is
 * not NULL): each run of kept sentences of a paragraph is laid out as a
 * paragraph of its own. */
void text_layout_build_kept(struct text_layout *l, const struct article *a, int width, bool wrap,
                            bool hide_boiler, const uint8_t *keep);
/* The text line holding byte off, else the nearest text line after it,
 * else the last text line; 0 when there is none. */
uint32_t text_layout_line_at(const struct text_layout *l, uint32_t off);

#endif
