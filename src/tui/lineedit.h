/* lineedit.h - one line of text being typed, and a history of them.
 *
 * The search prompt and the filter of a list edit their text with the
 * same keys (keys.h codes): a printable character is inserted at the
 * cursor; <Backspace> and <Del> delete around it; <Left> <Right>,
 * <Home> <C-a>, <End> <C-e> move it; <C-u> deletes to the start, <C-k>
 * to the end and <C-w> the word before it. Pure: no terminal. */
#ifndef PARALLAX_TUI_LINEEDIT_H
#define PARALLAX_TUI_LINEEDIT_H

#include <stdbool.h>
#include <stdint.h>

#define LINEEDIT_MAX 255 /* bytes of text */
#define HISTORY_MAX 100  /* lines a history keeps */

struct lineedit {
	char buf[LINEEDIT_MAX + 1]; /* NUL-terminated UTF-8 */
	uint32_t len, cur;          /* bytes; cur is on a character boundary */
};

/* Replace the text (cut to what fits, on a character boundary); the
 * cursor goes to its end. */
void lineedit_set(struct lineedit *e, const char *s);
/* Apply an editing key; false when key is not one (the text is then
 * unchanged). A character that does not fit is refused but counts as
 * handled. */
bool lineedit_key(struct lineedit *e, int key);
/* Display cells of the text before the cursor. */
int lineedit_cursor_cells(const struct lineedit *e);

struct history {
	char **v; /* oldest first (owned) */
	uint32_t n, cap;
};

/* Remember s (not when empty); a line met again moves to the end. The
 * oldest lines go beyond HISTORY_MAX. */
void history_add(struct history *h, const char *s);
void history_free(struct history *h);

/* Walk the history while editing e: dir < 0 older, > 0 newer. *pos is
 * the line shown (h->n for the line being typed, which is kept in saved
 * while older ones are shown). Returns false at either end. */
bool history_browse(const struct history *h, struct lineedit *e, uint32_t *pos,
                    struct lineedit *saved, int dir);

#endif
