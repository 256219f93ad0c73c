/* reader.h - the side-by-side reader as data: columns, focus, overlays.
 *
 * No curses here: the reader takes events, changes its state and renders
 * into a grid; tui.c feeds it from a terminal or a script and hands the
 * grid to the display. Actions return what changed (enum result) and the
 * caller decides what to do about it. */
#ifndef PARALLAX_TUI_READER_H
#define PARALLAX_TUI_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "event.h"
#include "grid.h"
#include "layout.h"
#include "lineedit.h"
#include "marks.h"
#include "parallax/action.h"
#include "parallax/config.h"
#include "parallax/corpus.h"
#include "parallax/nav.h"
#include "parallax/search.h"

enum result {
	R_NONE = 0,
	R_STATUS = 1 << 0, /* the status line changed */
	R_MOVE = 1 << 1,   /* the focused cursor moved: synchronise the others */
	R_REDRAW = 1 << 2, /* something on screen changed */
	R_LAYOUT = 1 << 3, /* the columns must be laid out again */
	R_CLEAR = 1 << 4,  /* repaint the terminal from scratch */
	R_QUIT = 1 << 5,
	R_PASS = 1 << 6,   /* an overlay leaves the action to the reader */
};

/* Below these the reader shows "terminal too small" and nothing else. */
#define READER_MIN_W 20
#define READER_MIN_H 6
#define READER_SCROLLOFF 3
#define READER_OVERLAYS 4
#define READER_WHEEL 3 /* lines per wheel step */

struct reader;
struct pane;

/* A pane is data plus these operations (designated initialisers, and
 * NULL for what a pane does not do). */
struct pane_ops {
	const char *name; /* shown in the status line when the pane is on top */
	/* Draw into r of g. */
	void (*render)(struct pane *p, struct grid *g, struct rect r);
	/* An action while the pane is on top; R_PASS when not handled. */
	unsigned (*action)(struct pane *p, enum action a);
	/* A mouse event inside r. */
	unsigned (*mouse)(struct pane *p, const struct event *ev, struct rect r);
	/* A key before the key map sees it (text being typed); R_PASS when
	 * the key should be looked up as an action. */
	unsigned (*key)(struct pane *p, int key);
	/* One line of state for the model dump ("items 6 selected 2 ..."). */
	void (*describe)(const struct pane *p, char *buf, size_t cap);
	void (*free)(struct pane *p);
};

struct pane {
	const struct pane_ops *ops;
	struct reader *rd;
};

/* A value outlets disagree on, as bytes of one article. */
struct disc_span {
	uint32_t start, end;
	uint32_t disc;
};

/* What the cursor is on after going to an item (m, }, ., n, a list):
 * it holds while the cursor's anchor stays at start. */
enum point_kind {
	POINT_NONE,
	POINT_MENTION, /* index into the article's mentions (reader.items) */
	POINT_QUOTE,   /* index into its quotes */
	POINT_CLAIM,   /* index into its claims */
	POINT_HIT,     /* index into the search hits */
};

struct point {
	enum point_kind kind;
	uint32_t start, end;
	uint32_t index;
};

struct column {
	struct pane pane;
	uint32_t article;
	struct text_layout lay;
	int64_t top;    /* line shown first; < 0 leaves blank rows above the
	                 * text, so that a passage near the start of an article
	                 * can line up with its counterparts */
	uint32_t cur;   /* the cursor line */
	uint32_t sent;  /* the sentence under the cursor, or PX_NONE */
	uint32_t anchor; /* byte the cursor is at, kept across layouts */
	struct disc_span *discs; /* in offset order (owned) */
	uint32_t n_discs, cap_discs;
	int x, w, gutter; /* on screen, when shown */
	struct mark_runs runs; /* quotes, claims, choices, hits to paint */
	struct point point;
	uint8_t *keep;    /* per sentence: shown by the filter; NULL = all */
	uint32_t laid_filter; /* reader.filter_gen the layout was made with */
};

/* What n and N go through: the later of a search and a choice made in
 * a list. */
enum cycle_kind { CYCLE_NONE, CYCLE_SEARCH, CYCLE_CHOICE };

enum choice_kind { CHOICE_NONE, CHOICE_ACTOR, CHOICE_QUOTE, CHOICE_CLAIMS };

/* A regular expression search over every article (find.c). */
struct find {
	struct search *re;   /* compiled (owned), or NULL */
	char *pattern;       /* owned */
	int dir;             /* 1: / (n goes forward), -1: ? */
	struct search_result hits;
	char *filter;        /* the pattern of &, or NULL when every
	                      * sentence is shown (owned) */
	uint32_t filter_gen; /* changes with the filter */
};

/* The item chosen in a list, and its spans in every article. */
struct choice {
	enum choice_kind kind;
	uint32_t id;           /* actor, quote group, or a claim of the claimant */
	char label[160];       /* "Ingrid Dahl", "quote", "claims by Officials" */
	struct search_result spans; /* by article, then offset */
};

/* The line of the search prompt, while it is open (prompt.c). */
struct prompt {
	int kind; /* '/', '?', '&', or 0 when closed */
	struct lineedit ed, saved;
	uint32_t hist_pos;
};

struct reader {
	struct corpus *c;
	const struct config *cfg;
	struct column *cols; /* one per article (owned) */
	uint32_t n_cols;
	uint32_t first;  /* first article of the window */
	uint32_t shown;  /* columns in the window */
	uint32_t focus;  /* the focused article */
	bool sync;
	enum boiler_mode boiler;
	int w, h;        /* screen */
	uint32_t topic;  /* topic under the focused cursor, or PX_NONE */
	struct pane status;
	struct pane *overlay[READER_OVERLAYS]; /* the top one gets the keys */
	int n_overlay;
	char msg[256];
	enum style msg_style;
	/* every article's mentions, quotes and claims, in reading order */
	struct nav_items *items[NAV_ITEM_KINDS];
	struct find find;
	struct choice choice;
	enum cycle_kind cycle;
	struct prompt prompt;
	struct history history; /* patterns typed, in memory only */
};

void reader_init(struct reader *r, struct corpus *c, const struct config *cfg, int w, int h);
void reader_free(struct reader *r);

/* React to one event; returns enum result flags. */
unsigned reader_event(struct reader *r, const struct event *ev);
unsigned reader_action(struct reader *r, enum action a);
unsigned reader_resize(struct reader *r, int w, int h);
/* Draw the whole screen into g (resized to the screen). */
void reader_render(struct reader *r, struct grid *g);

bool reader_too_small(const struct reader *r);
/* The rows articles and overlays may use (the screen minus the status
 * line). */
struct rect reader_body(const struct reader *r);
/* Rows of text in a column (the body minus its header). */
int reader_text_rows(const struct reader *r);
int reader_header_rows(const struct reader *r);

void reader_message(struct reader *r, enum style st, const char *fmt, ...) PX_PRINTF(3, 4);

/* Open an overlay on top (the reader owns it from then on); close the
 * top one. */
void reader_push(struct reader *r, struct pane *p);
void reader_pop(struct reader *r);
struct pane *reader_top(const struct reader *r);

struct column *reader_focused(struct reader *r);
/* Focus article i, moving the window to show it. */
unsigned reader_focus(struct reader *r, uint32_t i);
/* Put the focused cursor on sentence s of the focused article; with
 * sync on, bring the counterparts into view. */
unsigned reader_goto(struct reader *r, uint32_t s);
/* Recompute the focused topic and, with sync on, align the other
 * columns on it. */
void reader_sync(struct reader *r);

/* ---- columns (column.c) ---- */

void column_init(struct column *col, struct reader *r, uint32_t article);
void column_free(struct column *col);
/* Lay the article out for text width cells, keeping the cursor. */
void column_layout(struct column *col, int width);
/* Scroll the least that shows the cursor with the scrolloff around it. */
void column_reveal(struct column *col, int rows);
void column_goto_line(struct column *col, int64_t line, int dir, int rows);
void column_goto_sentence(struct column *col, uint32_t s, int rows);
void column_scroll(struct column *col, int64_t delta, int rows);
void column_page(struct column *col, int64_t delta, int rows);
/* Cursor on sentence s, s's line at screen row row (clamped to the
 * screen; top may become negative). */
void column_align(struct column *col, uint32_t s, int row, int rows);
/* Cursor on byte off (the line holding it, its sentence); a line off
 * screen lands a quarter of the way down. */
void column_goto_offset(struct column *col, uint32_t off, int rows);
/* The point, when the cursor is still on it; else NULL. */
const struct point *column_point(const struct column *col);
/* Gather what to paint over the text: quotes, claims and cues, the
 * chosen actor's mentions or chosen spans, search hits. */
void column_marks(struct column *col);
/* Screen row of the first line of sentence s (may be < 0 or >= rows). */
int64_t column_row_of(const struct column *col, uint32_t s);
/* The line shown at screen row row of the text area, or PX_NONE. */
uint32_t column_line_at_row(const struct column *col, int row);

/* Repaint the marks of every column (after a search or a choice). */
void reader_marks(struct reader *r);
/* Focus article and put its cursor on byte start, on point p. */
unsigned reader_jump(struct reader *r, uint32_t article, const struct point *p);

/* ---- items, choices and n/N (cycle.c) ---- */

/* m M } { . , : the next or previous item of kind in the focused
 * column. */
unsigned cycle_item(struct reader *r, enum nav_item_kind kind, int dir);
/* Make the spans of a list item what n and N go through and what is
 * highlighted: an actor's mentions, a quote group's quotes, or every
 * claim of the claimant of claim id. */
void cycle_choose(struct reader *r, enum choice_kind kind, uint32_t id);
/* Go to the next (dir > 0) or previous chosen span or search hit, from
 * the focused cursor, across columns; at_or_after takes one starting
 * at the cursor too. */
unsigned cycle_step(struct reader *r, int dir, bool at_or_after);
/* The point of the span of set at index i, for the column showing it. */
struct point cycle_point(const struct reader *r, enum cycle_kind which, uint32_t i);
/* k of k/N: the index of the focused point in the set n/N go through,
 * or PX_NONE; *n is the set's size. */
uint32_t cycle_position(const struct reader *r, uint32_t *n);
/* Forget the chosen item (Esc). */
void cycle_clear(struct reader *r);
void cycle_free(struct reader *r);

/* ---- search and filter (find.c) ---- */

/* Search for pattern in direction dir from the focused cursor; the
 * empty pattern repeats the last one. */
unsigned find_search(struct reader *r, const char *pattern, int dir);
/* Show only the sentences matching pattern; the empty pattern shows
 * every sentence again. */
unsigned find_filter(struct reader *r, const char *pattern);
/* Forget the search (its highlights); the filter stays. */
void find_clear(struct reader *r);
void find_free(struct reader *r);

/* ---- prompt (prompt.c) ---- */

unsigned prompt_open(struct reader *r, int kind);
unsigned prompt_key(struct reader *r, int key);
void prompt_render(const struct reader *r, struct grid *g, struct rect rc);

/* ---- status line (status.c) and overlays ---- */

void status_init(struct pane *p, struct reader *r);
struct pane *help_open(struct reader *r);
struct pane *synopsis_open(struct reader *r, uint32_t topic);
struct pane *coverage_open(struct reader *r);
struct pane *actors_open(struct reader *r);
struct pane *quotes_open(struct reader *r);
struct pane *claims_open(struct reader *r);

#endif
