/* style.c - the table of style slots, colour and attribute parsing. */
#include "parallax/style.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parallax/util.h"

const struct style_info style_table[STYLE_COUNT] = {
#define STYLE_INFO(id, name, def, help) [STYLE_##id] = {name, def, help},
	STYLE_LIST(STYLE_INFO)
#undef STYLE_INFO
};

static const char *const colors[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

static const struct {
	const char *name;
	uint16_t attr;
} attrs[] = {
	{"bold", ATTR_BOLD},
	{"dim", ATTR_DIM},
	{"underline", ATTR_UNDERLINE},
	{"reverse", ATTR_REVERSE},
	{"italic", ATTR_ITALIC},
	{"standout", ATTR_STANDOUT},
	{"blink", ATTR_BLINK},
	{"normal", 0},
};

int
style_by_name(const char *name)
{
	int i;

	for (i = 0; i < STYLE_COUNT; i++)
		if (strcmp(style_table[i].name, name) == 0)
			return i;
	return -1;
}

bool
style_parse_color(const char *s, int16_t *color)
{
	size_t i;

	if (strcasecmp(s, "default") == 0) {
		*color = COLOR_DEFAULT_;
		return true;
	}
	for (i = 0; i < PX_ARRAY_SIZE(colors); i++) {
		if (strcasecmp(s, colors[i]) == 0) {
			*color = (int16_t)i;
			return true;
		}
		if (strncasecmp(s, "bright", 6) == 0 && strcasecmp(s + 6, colors[i]) == 0) {
			*color = (int16_t)(i + 8);
			return true;
		}
	}
	if (strncasecmp(s, "color", 5) == 0 && s[5]) {
		char *end;
		long n = strtol(s + 5, &end, 10);

		if (!*end && isdigit((unsigned char)s[5]) && n >= 0 && n <= 255) {
			*color = (int16_t)n;
			return true;
		}
	}
	return false;
}

static bool
parse_attrs(const char *s, uint16_t *out, char *err, size_t cap)
{
	char buf[128];
	char *tok, *save = NULL;

	*out = 0;
	snprintf(buf, sizeof buf, "%s", s);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t i;
		bool found = false;

		while (isspace((unsigned char)*tok))
			tok++;
		for (i = strlen(tok); i && isspace((unsigned char)tok[i - 1]); i--)
			tok[i - 1] = '\0';
		for (i = 0; i < PX_ARRAY_SIZE(attrs) && !found; i++) {
			if (strcasecmp(tok, attrs[i].name) == 0) {
				*out |= attrs[i].attr;
				found = true;
			}
		}
		if (!found) {
			snprintf(err, cap, "unknown attribute '%s' (known: bold, dim, underline, "
			         "reverse, italic, standout, blink, normal)", tok);
			return false;
		}
	}
	return true;
}

bool
style_parse(const char *s, struct style_spec *out, char *err, size_t cap)
{
	char buf[256], *words[4];
	char *tok, *save = NULL;
	int n = 0;
	struct style_spec spec = {COLOR_DEFAULT_, COLOR_DEFAULT_, 0};

	snprintf(buf, sizeof buf, "%s", s);
	for (tok = strtok_r(buf, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		if (n == 3) {
			snprintf(err, cap, "too many words: want \"fg bg attrs\"");
			return false;
		}
		words[n++] = tok;
	}
	if (n == 0) {
		snprintf(err, cap, "empty value: want \"fg bg attrs\"");
		return false;
	}
	if (!style_parse_color(words[0], &spec.fg)) {
		snprintf(err, cap, "unknown colour '%s' (use default, black..white, "
		         "brightblack..brightwhite or color0..color255)", words[0]);
		return false;
	}
	if (n >= 2 && !style_parse_color(words[1], &spec.bg)) {
		snprintf(err, cap, "unknown colour '%s' (use default, black..white, "
		         "brightblack..brightwhite or color0..color255)", words[1]);
		return false;
	}
	if (n == 3 && !parse_attrs(words[2], &spec.attrs, err, cap))
		return false;
	*out = spec;
	return true;
}

static const char *
color_name(int16_t c, char *buf, size_t cap)
{
	if (c < 0)
		snprintf(buf, cap, "default");
	else if (c < 8)
		snprintf(buf, cap, "%s", colors[c]);
	else if (c < 16)
		snprintf(buf, cap, "bright%s", colors[c - 8]);
	else
		snprintf(buf, cap, "color%d", c);
	return buf;
}

const char *
style_format(const struct style_spec *spec, char *buf, size_t cap)
{
	char fg[24], bg[24], at[96] = "";
	size_t i, used = 0;

	for (i = 0; i < PX_ARRAY_SIZE(attrs); i++) {
		if (attrs[i].attr && (spec->attrs & attrs[i].attr)) {
			used += (size_t)snprintf(at + used, sizeof at - used, "%s%s",
			                         used ? "," : "", attrs[i].name);
			if (used >= sizeof at)
				break;
		}
	}
	snprintf(buf, cap, "%s %s%s%s", color_name(spec->fg, fg, sizeof fg),
	         color_name(spec->bg, bg, sizeof bg), *at ? " " : "", at);
	return buf;
}
