/* style.h - every style slot of the reader, written once.
 *
 * A slot is what a drawn cell is (text, actor, search hit...); the
 * display maps slots to colour pairs and attributes. The list generates
 * the enum, the [colors] names and the defaults.
 * X(ID, name, default "fg bg attrs", help). */
#ifndef PARALLAX_STYLE_H
#define PARALLAX_STYLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STYLE_LIST(X) \
	X(TEXT, "text", "default default", "article text") \
	X(HEADER, "header", "white blue", "column header") \
	X(HEADER_FOCUS, "header_focused", "black cyan bold", "header of the focused column") \
	X(NOT_COVERED, "not_covered", "yellow default bold", "\"not covered\" mark in a header") \
	X(STATUS, "status", "black white", "status line") \
	X(MESSAGE, "message", "default default bold", "messages in the status line") \
	X(ERROR, "error", "brightred default bold", "errors in the status line") \
	X(CURSOR, "cursor", "default default reverse", "the cursor line") \
	X(GUTTER, "gutter", "brightblack default", "gutter and line numbers") \
	X(BORDER, "border", "brightblack default", "lines between columns") \
	X(ACTOR, "actor", "default default underline", "the selected actor's mentions") \
	X(QUOTE, "quote", "green default", "quoted statements") \
	X(CLAIM, "claim", "default default italic", "claims") \
	X(CUE, "cue", "cyan default", "the reporting cue of a claim") \
	X(SEARCH, "search", "black yellow", "search hits") \
	X(UNIQUE, "unique", "magenta default", "mark of passages only one outlet has") \
	X(DISCREPANCY, "discrepancy", "brightred default bold,underline", "values outlets disagree on") \
	X(BOILERPLATE, "boilerplate", "default default dim", "boilerplate lines") \
	X(TOPIC_FOCUS, "topic_focused", "default default bold", "the passage under the cursor") \
	X(OVERLAY, "overlay", "default default", "lists and help") \
	X(OVERLAY_TITLE, "overlay_title", "black cyan bold", "title of a list or help") \
	X(SELECTED, "selected", "black cyan", "the selected list item") \
	X(DIFF_ADD, "diff_add", "green default bold", "words only this outlet has (synopsis)") \
	X(DIFF_DEL, "diff_del", "red default underline", "words other outlets have (synopsis)") \
	X(TOPIC_0, "topic_0", "black cyan", "topic palette, 1") \
	X(TOPIC_1, "topic_1", "black green", "topic palette, 2") \
	X(TOPIC_2, "topic_2", "black yellow", "topic palette, 3") \
	X(TOPIC_3, "topic_3", "black magenta", "topic palette, 4") \
	X(TOPIC_4, "topic_4", "white blue", "topic palette, 5") \
	X(TOPIC_5, "topic_5", "white red", "topic palette, 6") \
	X(TOPIC_6, "topic_6", "black brightcyan", "topic palette, 7") \
	X(TOPIC_7, "topic_7", "black brightgreen", "topic palette, 8") \
	X(OVERLAY_HEADING, "overlay_heading", "default default bold", "headings in lists, help and the synopsis") \
	X(CHOSEN, "chosen", "default default bold,underline", "the quote or claims chosen in a list") \
	X(SEARCH_CURRENT, "search_current", "black brightyellow bold", "the search hit under the cursor")

enum style {
#define STYLE_ENUM(id, name, def, help) STYLE_##id,
	STYLE_LIST(STYLE_ENUM)
#undef STYLE_ENUM
	STYLE_COUNT
};

#define STYLE_TOPIC_COUNT 8

enum style_attr {
	ATTR_BOLD = 1 << 0,
	ATTR_DIM = 1 << 1,
	ATTR_UNDERLINE = 1 << 2,
	ATTR_REVERSE = 1 << 3,
	ATTR_ITALIC = 1 << 4,
	ATTR_STANDOUT = 1 << 5,
	ATTR_BLINK = 1 << 6,
};

#define COLOR_DEFAULT_ (-1)

/* A colour is -1 (the terminal's default) or 0..255; 8..15 are the
 * bright variants of the eight named colours. */
struct style_spec {
	int16_t fg, bg;
	uint16_t attrs; /* enum style_attr */
};

struct style_info {
	const char *name; /* as in [colors] */
	const char *def;  /* "fg bg attrs" */
	const char *help;
};

extern const struct style_info style_table[STYLE_COUNT];

/* The slot named name, or -1. */
int style_by_name(const char *name);

/* The palette slot of topic t: the eight topic slots cycle. */
static inline enum style
style_topic(uint32_t t)
{
	return (enum style)(STYLE_TOPIC_0 + (int)(t % STYLE_TOPIC_COUNT));
}

/* Parse "fg bg attrs" (attrs a comma list, each part optional: "red",
 * "red default bold,underline", "default default dim"). On error returns
 * false and writes a message to err. */
bool style_parse(const char *s, struct style_spec *out, char *err, size_t cap);

/* Parse a colour name: default, black..white, brightblack..brightwhite,
 * colorN (0-255). Returns false for anything else. */
bool style_parse_color(const char *s, int16_t *color);

/* Write "fg bg attrs" for spec into buf. */
const char *style_format(const struct style_spec *spec, char *buf, size_t cap);

#endif
