/* action.h - every action of the reader, written once.
 *
 * The list generates the enum, the [keys] names, the default bindings
 * and the help screen. X(ID, name, group, default keys, help). */
#ifndef PARALLAX_ACTION_H
#define PARALLAX_ACTION_H

#define ACTION_LIST(X) \
	X(QUIT, "quit", "General", "q", "quit, or close the overlay") \
	X(HELP, "help", "General", "<F1>, h", "show this help: every live key binding") \
	X(REDRAW, "redraw", "General", "<C-l>", "redraw the screen") \
	X(LINE_DOWN, "line-down", "Moving", "j, <Down>", "move the cursor down a line") \
	X(LINE_UP, "line-up", "Moving", "k, <Up>", "move the cursor up a line") \
	X(SENTENCE_NEXT, "sentence-next", "Moving", ")", "move to the next sentence") \
	X(SENTENCE_PREV, "sentence-prev", "Moving", "(", "move to the previous sentence") \
	X(PAGE_DOWN, "page-down", "Moving", "<Space>, <PgDown>, <C-f>", "page down") \
	X(PAGE_UP, "page-up", "Moving", "b, <PgUp>, <C-b>", "page up") \
	X(HALF_DOWN, "half-page-down", "Moving", "<C-d>", "half a page down") \
	X(HALF_UP, "half-page-up", "Moving", "<C-u>", "half a page up") \
	X(TOP, "top", "Moving", "g, <Home>", "go to the top") \
	X(BOTTOM, "bottom", "Moving", "G, <End>", "go to the bottom") \
	X(FOCUS_NEXT, "focus-next", "Columns", "<Tab>, l, <Right>", "focus the next column") \
	X(FOCUS_PREV, "focus-prev", "Columns", "<S-Tab>, <Left>", "focus the previous column") \
	X(FOCUS_1, "focus-1", "Columns", "1", "focus column 1") \
	X(FOCUS_2, "focus-2", "Columns", "2", "focus column 2") \
	X(FOCUS_3, "focus-3", "Columns", "3", "focus column 3") \
	X(FOCUS_4, "focus-4", "Columns", "4", "focus column 4") \
	X(FOCUS_5, "focus-5", "Columns", "5", "focus column 5") \
	X(FOCUS_6, "focus-6", "Columns", "6", "focus column 6") \
	X(FOCUS_7, "focus-7", "Columns", "7", "focus column 7") \
	X(FOCUS_8, "focus-8", "Columns", "8", "focus column 8") \
	X(FOCUS_9, "focus-9", "Columns", "9", "focus column 9") \
	X(SHIFT_LEFT, "shift-left", "Columns", "<lt>", "shift the column window left") \
	X(SHIFT_RIGHT, "shift-right", "Columns", ">", "shift the column window right") \
	X(TOGGLE_SYNC, "toggle-sync", "Columns", "s", "synchronised scrolling on/off") \
	X(NEXT_SHARED, "next-shared", "Comparing", "]", "next passage other outlets share") \
	X(PREV_SHARED, "prev-shared", "Comparing", "[", "previous shared passage") \
	X(SYNOPSIS, "synopsis", "Comparing", "<Enter>", "synopsis of the topic under the cursor") \
	X(NEXT_UNIQUE, "next-unique", "Comparing", "u", "next passage only this outlet has") \
	X(PREV_UNIQUE, "prev-unique", "Comparing", "U", "previous passage only this outlet has") \
	X(NEXT_DISCREPANCY, "next-discrepancy", "Comparing", "x", "next place where outlets disagree") \
	X(PREV_DISCREPANCY, "prev-discrepancy", "Comparing", "X", "previous discrepancy") \
	X(TOPICS, "topics", "Comparing", "t", "topics and coverage: topic x outlet") \
	X(ACTORS, "actors", "Lists", "a", "list of actors") \
	X(QUOTES, "quotes", "Lists", "<Quote>", "list of quoted statements") \
	X(CLAIMS, "claims", "Lists", "c", "list of claims") \
	X(NEXT_ACTOR, "next-actor", "Lists", "m", "next actor mention in this column") \
	X(PREV_ACTOR, "prev-actor", "Lists", "M", "previous actor mention in this column") \
	X(NEXT_QUOTE, "next-quote", "Lists", "}", "next quote in this column") \
	X(PREV_QUOTE, "prev-quote", "Lists", "{", "previous quote in this column") \
	X(NEXT_CLAIM, "next-claim", "Lists", ".", "next claim in this column") \
	X(PREV_CLAIM, "prev-claim", "Lists", "<Comma>", "previous claim in this column") \
	X(SEARCH, "search", "Search", "/", "search forward (regular expression)") \
	X(SEARCH_BACK, "search-back", "Search", "?", "search backward") \
	X(NEXT_HIT, "next-hit", "Search", "n", "next search hit or list item") \
	X(PREV_HIT, "prev-hit", "Search", "N", "previous search hit or list item") \
	X(FILTER, "filter", "Search", "&", "show only sentences that match") \
	X(TOGGLE_BOILERPLATE, "toggle-boilerplate", "View", "B", "boilerplate: dim, hide, show") \
	X(CLOSE, "close", "General", "<Esc>", "close the overlay") \
	X(LIST_SORT, "list-sort", "Lists", "o", "in a list: sort another way (count, name, outlets)") \
	X(LIST_CLAIMANT, "list-claimant", "Lists", "r", "in the claims list: only the selected claimant's")

enum action {
	ACT_NONE = 0,
#define ACTION_ENUM(id, name, group, keys, help) ACT_##id,
	ACTION_LIST(ACTION_ENUM)
#undef ACTION_ENUM
	ACT_COUNT
};

struct action_info {
	const char *name;  /* as in [keys] */
	const char *group; /* help screen section */
	const char *keys;  /* default bindings, key names */
	const char *help;
};

/* Indexed by enum action; entry 0 (ACT_NONE) is empty. */
extern const struct action_info action_table[ACT_COUNT];

/* The action named name, or ACT_NONE. */
enum action action_by_name(const char *name);

#endif
