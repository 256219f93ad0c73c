/* config.h - the user's settings as plain values.
 *
 * Built-in defaults, then one ini file: -c FILE, else $PARALLAX_CONFIG,
 * else $XDG_CONFIG_HOME/parallax/parallax.ini (~/.config/... when
 * XDG_CONFIG_HOME is unset). Sections: [layout], [colors], [keys],
 * [match]. A bad line is reported as "path:line: [section] key: message"
 * and everything else still loads. */
#ifndef PARALLAX_CONFIG_H
#define PARALLAX_CONFIG_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "parallax/action.h"
#include "parallax/analyse.h"
#include "parallax/style.h"
#include "parallax/util.h"

#define CONFIG_MAX_KEYS 8

enum boiler_mode { BOILER_DIM, BOILER_HIDE, BOILER_SHOW };
enum status_pos { STATUS_BOTTOM, STATUS_TOP };

struct config_layout {
	int columns;          /* columns shown; 0 = as many as min_column_width allows */
	int min_column_width; /* cells, gutter included */
	int gutter;           /* cells before each column's text */
	bool wrap;            /* word wrap; off cuts long lines */
	bool headers;         /* outlet and title above each column */
	enum status_pos status;
	bool sync_scroll;
	enum boiler_mode boilerplate;
	bool line_numbers;
	bool mouse;
};

struct keymap {
	int keys[ACT_COUNT][CONFIG_MAX_KEYS];
	uint8_t n[ACT_COUNT];
};

struct config {
	char *path; /* the file read, or NULL for the built-in defaults */
	struct config_layout layout;
	struct style_spec styles[STYLE_COUNT];
	struct keymap keys;
	struct analysis_opts match;
	/* problems found while reading, each "path:line: [section] key: ..." */
	char **messages;
	uint32_t n_messages, cap_messages;
};

void config_default(struct config *cfg);
void config_free(struct config *cfg);

/* Read path over the current values. Returns PX_ERR_INPUT (px_error()
 * set) only when the file cannot be read; bad lines become messages. */
enum status config_load(struct config *cfg, const char *path);

/* Where the configuration is looked for when no -c is given: writes the
 * path into buf and returns it, or returns NULL when no file exists. */
const char *config_find(char *buf, size_t cap);

/* Print the effective configuration as an ini file. */
enum status config_dump(const struct config *cfg, FILE *out);

/* The action bound to key, or ACT_NONE. */
enum action keymap_lookup(const struct keymap *km, int key);
/* Bind key to act (appended; ignored when the action has CONFIG_MAX_KEYS). */
void keymap_bind(struct keymap *km, enum action act, int key);
/* The bindings of act as "j, <Down>" into buf. */
const char *keymap_describe(const struct keymap *km, enum action act, char *buf, size_t cap);
/* The same for the screen, each key as key_label() writes it ("<, h"). */
const char *keymap_label(const struct keymap *km, enum action act, char *buf, size_t cap);

#endif
