/* listview.h - a list overlay, shared by the actors, quotes and claims.
 *
 * A title with counts and the position, column headings, rows with a
 * selection, a detail area about the selected row, and a footer with
 * the keys. Typing after / filters the rows as you type (case and
 * accents aside). Enter chooses the selected row: the list closes, the
 * reader goes to the item and n/N go through its spans. Each list is a
 * class of this view (htop's Panel, tig's view ops): it fills the
 * items, draws a row and says what Enter chooses. */
#ifndef PARALLAX_TUI_LISTVIEW_H
#define PARALLAX_TUI_LISTVIEW_H

#include "overlay.h"

struct list_view;

/* A line of styled text: bytes and a style slot per byte. */
struct list_line {
	char *text;     /* owned, NUL-terminated */
	uint8_t *style; /* owned, one per byte */
	uint32_t len, cap;
};

/* What Enter chooses: the spans n/N go through, and where to go first
 * (article PX_NONE: the first span from the cursor). */
struct list_choice {
	enum choice_kind kind;
	uint32_t id;
	uint32_t article, start;
};

/* The pane operations of a list view named name (the status line and
 * the model show it). */
#define LIST_PANE_OPS(name_)                                                          \
	{                                                                             \
		.name = (name_), .render = list_render, .action = list_action,        \
		.mouse = list_mouse, .key = list_key, .describe = list_describe,      \
		.free = list_free,                                                    \
	}

#define LIST_HINTS 2

struct list_class {
	struct pane_ops ops; /* LIST_PANE_OPS(name) */
	const char *name; /* the status line and the model: "actors" */
	const char *noun; /* "actors": "no actors found" */
	int detail_max;   /* rows the detail area may take */
	/* "Actors · 6 of 6 · by mentions" */
	void (*title)(const struct list_view *lv, char *buf, size_t cap);
	/* The class's own keys for the footer, as actions and what they do
	 * now ("by name"): fills at most LIST_HINTS, returns how many. */
	int (*hints)(const struct list_view *lv, enum action *a, const char **what);
	void (*heading)(const struct list_view *lv, struct grid *g, struct rect r);
	void (*row)(const struct list_view *lv, struct grid *g, struct rect r, uint32_t item);
	/* Lines about item for the detail area (list_detail_*). */
	void (*detail)(struct list_view *lv, uint32_t item, int width);
	void (*choose)(const struct list_view *lv, uint32_t item, struct list_choice *out);
	/* The class's actions (o, r); R_PASS for the others. */
	unsigned (*action)(struct list_view *lv, enum action a);
	/* May item be shown (besides the filter)? NULL: every item. */
	bool (*admit)(const struct list_view *lv, uint32_t item);
	void (*free)(struct list_view *lv);
};

struct list_view {
	struct pane pane;
	const struct list_class *cls;
	uint32_t n;         /* items of the class: 0 .. n-1 */
	uint32_t *order;    /* every item, in the class's order (owned) */
	char **folded;      /* per item: what the filter looks in (owned) */
	uint32_t *shown;    /* the items shown, in order (owned) */
	uint32_t n_shown;
	struct scroller sc; /* over shown */
	struct lineedit filter;
	bool typing;        /* keys go to the filter */
	/* the detail of the selected item, made for detail_item, detail_w */
	struct list_line *detail;
	uint32_t n_detail, cap_detail;
	uint32_t detail_item;
	int detail_w;
};

void list_render(struct pane *p, struct grid *g, struct rect r);
unsigned list_action(struct pane *p, enum action a);
unsigned list_mouse(struct pane *p, const struct event *ev, struct rect r);
unsigned list_key(struct pane *p, int key);
void list_describe(const struct pane *p, char *buf, size_t cap);
void list_free(struct pane *p);

/* Start lv as the list of n items of cls, in order 0 .. n-1. */
void list_init(struct list_view *lv, struct reader *r, const struct list_class *cls, uint32_t n);
/* What the filter looks in for item (folded here). */
void list_set_text(struct list_view *lv, uint32_t item, const char *text);
/* Show the items again after the order, the filter or what the class
 * admits changed; the selected item stays selected while it is shown. */
void list_refresh(struct list_view *lv);
/* The selected item, or PX_NONE. */
uint32_t list_selected(const struct list_view *lv);

/* ---- for the classes ---- */

void list_line_add(struct list_line *l, const char *s, size_t n, enum style st);
/* A new line at the end of the detail. */
struct list_line *list_detail_line(struct list_view *lv);
/* text wrapped into detail lines width cells wide after indent blanks. */
void list_detail_wrap(struct list_view *lv, const struct list_line *text, int width, int indent);
void list_line_free(struct list_line *l);

/* s in at most w cells from x, cut with an ellipsis; right-aligned in
 * the w cells when right. */
void list_cell(struct grid *g, int x, int y, int w, const char *s, enum style st, bool right);
/* An outlet's short name: its number and name cut to w cells. */
void list_outlet(const struct reader *r, struct grid *g, int x, int y, int w, uint32_t article,
                 enum style st);

#endif
