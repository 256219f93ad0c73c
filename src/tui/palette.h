/* palette.h - what a style slot looks like on a given terminal.
 *
 * Pure functions, so the choices can be tested without a terminal: an
 * overlay slot is combined with the slot under it, then the result is
 * fitted to the colours the terminal has. */
#ifndef PARALLAX_TUI_PALETTE_H
#define PARALLAX_TUI_PALETTE_H

#include <stdbool.h>

#include "parallax/style.h"

/* over drawn on base: over's colours win where they are not the
 * default, attributes add up. */
struct style_spec palette_combine(const struct style_spec *base, const struct style_spec *over);

/* The nearest of the eight basic colours to colour c (0-255) of the
 * xterm palette. */
int palette_nearest8(int c);

/* Fit spec to a terminal with colors colours:
 * - 256 or more: as it is;
 * - fewer than 16: bright colours 8-15 become 0-7 plus bold (on the
 *   foreground), 16-255 the nearest of the eight;
 * - 16 to 255: colours it lacks become the nearest of the eight;
 * - 0 (no colours, or NO_COLOR): attributes only; a slot that has a
 *   background colour gets reverse video, or underline for the topic
 *   palette (a screen of reversed passages would be unreadable). */
struct style_spec palette_fit(struct style_spec spec, int colors, bool topic);

/* base, then mark, then over (either may be NULL), fitted to colors.
 * Where the foreground would come out as the background's colour (green
 * quote text on a green passage) it stays base's, so no text vanishes. */
struct style_spec palette_layers(const struct style_spec *base, const struct style_spec *mark,
                                 const struct style_spec *over, int colors, bool topic);

#endif
