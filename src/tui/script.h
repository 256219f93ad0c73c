/* script.h - headless runs: a file of key names and a few commands.
 *
 * One or more key names per line, separated by blanks, each read by
 * key_parse() (the parser of the [keys] section): "j j ]", "<C-d>",
 * "<Enter>". A name may end in *N to repeat it N times ("j*20").
 * A line whose first non-blank character is '#' is a comment (the '#'
 * key is written <Hash>). A line starting with ':' is a command:
 *
 *   :resize COLSxROWS          the terminal changes size
 *   :mouse click X Y           a click at column X, row Y (0-based)
 *   :mouse wheel-up X Y        the wheel, over X, Y
 *   :mouse wheel-down X Y
 *   :type TEXT                 each character of TEXT as a key
 *   :snap                      append the screen to the dumps now
 *
 * The whole file is read before the reader starts, so a bad line stops
 * the run with "FILE:LINE: message" before the screen is touched; so
 * does a script of more than a million keys and commands. */
#ifndef PARALLAX_TUI_SCRIPT_H
#define PARALLAX_TUI_SCRIPT_H

#include <stdint.h>

#include "event.h"
#include "parallax/util.h"

struct script {
	struct event *ev; /* owned */
	uint32_t n, cap;
	uint32_t pos;     /* next event to play */
};

/* Read path into s. PX_ERR_INPUT (px_error() set) on a bad line or an
 * unreadable file. */
enum status script_load(struct script *s, const char *path);
/* Parse one line (no newline), appending its events. */
enum status script_line(struct script *s, const char *line, const char *path, uint32_t lineno);
/* The next event, EV_END when all are played. */
struct event script_next(struct script *s);
void script_free(struct script *s);

#endif
