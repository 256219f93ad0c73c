/* tui.h - the terminal reader: the only part of parallax that uses curses. */
#ifndef PARALLAX_TUI_H
#define PARALLAX_TUI_H

#include <stdbool.h>

#include "parallax/config.h"
#include "parallax/corpus.h"

struct tui_opts {
	const char *script;      /* key names to play headless, or NULL */
	int cols, rows;          /* screen size of a headless run */
	const char *dump_screen; /* where to write the final screen */
	const char *dump_model;  /* where to write the final styled spans */
	bool timing;             /* report frame times on stderr at the end */
	double start;            /* px_now() when the program started */
};

/* Run the reader on an analysed corpus until the user quits. cfg gives
 * layout, colours and keys; its messages (config problems) are shown in
 * the status line at start. */
enum status tui_run(struct corpus *c, const struct config *cfg, const struct tui_opts *o);

#endif
