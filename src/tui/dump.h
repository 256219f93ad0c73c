/* dump.h - a screen and its model as text, for tests and scripts.
 *
 * Screen: "=== screen COLSxROWS ===" then each row's text, right blanks
 * trimmed, with '|' where a border runs between columns.
 *
 * Model: "=== model COLSxROWS ===", a "reader" line (focus, window, sync,
 * boilerplate, topic, overlay, colours), the message if any, a "column"
 * line per column shown (article, outlet, place, lines, top, cursor
 * line and sentence, topic coverage), then "row N:" lines listing runs
 * of cells as "FIRST-LAST style" (style[+overlay]), and last the
 * "styles:" every combination on screen resolves to on this terminal
 * ("fg bg attrs" after fitting to its colours). */
#ifndef PARALLAX_TUI_DUMP_H
#define PARALLAX_TUI_DUMP_H

#include <stdio.h>

#include "display.h"
#include "grid.h"
#include "reader.h"

void dump_screen(const struct grid *g, FILE *f);
void dump_model(const struct reader *r, const struct grid *g, const struct display *d, FILE *f);

#endif
