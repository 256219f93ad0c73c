/* display.h - the terminal: the one module that maps style slots to
 * colours and copies a grid to curses, and that reads keys and mouse.
 *
 * A headless display is a curses screen on /dev/null of a fixed size:
 * the same drawing code runs, nothing reaches a terminal. */
#ifndef PARALLAX_TUI_DISPLAY_H
#define PARALLAX_TUI_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>

#include "event.h"
#include "grid.h"
#include "parallax/config.h"

struct display;

/* Start curses on the terminal, or headless at cols x rows. Returns NULL
 * and sets px_error() when the terminal cannot be used. */
struct display *display_open(const struct config *cfg, bool headless, int cols, int rows);
/* Restore the terminal and free d (NULL is fine). */
void display_close(struct display *d);

void display_size(const struct display *d, int *w, int *h);
/* Headless: the screen is now w x h. */
void display_resize(struct display *d, int w, int h);
/* Show g: only cells that changed since the last call are sent, unless
 * clear asks for the whole screen to be repainted. */
void display_draw(struct display *d, const struct grid *g, bool clear);
/* Wait for the next key, mouse event or resize (terminal only). */
struct event display_read(struct display *d);

/* How many colours are used: 0 with NO_COLOR or a terminal without. */
int display_colors(const struct display *d);
/* What style st with mark and overlay over (GRID_NO_OVER for none)
 * looks like here, as "fg bg attrs" after fitting to the terminal. */
const char *display_describe(const struct display *d, int st, int over, int mark, char *buf,
                             size_t cap);

#endif
