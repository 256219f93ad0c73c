/* config.c - the user's settings: defaults, ini file, dump. */
#define _POSIX_C_SOURCE 200809L
#include "parallax/config.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/keys.h"

void
config_default(struct config *cfg)
{
	int i;

	memset(cfg, 0, sizeof *cfg);
	cfg->layout = (struct config_layout){
		.columns = 0,
		.min_column_width = 40,
		.gutter = 2,
		.wrap = true,
		.headers = true,
		.status = STATUS_BOTTOM,
		.sync_scroll = true,
		.boilerplate = BOILER_DIM,
		.line_numbers = false,
		.mouse = true,
	};
	for (i = 0; i < STYLE_COUNT; i++) {
		char err[128];

		if (!style_parse(style_table[i].def, &cfg->styles[i], err, sizeof err))
			px_die("built-in style %s: %s", style_table[i].name, err);
	}
	for (i = 1; i < ACT_COUNT; i++) {
		int keys[CONFIG_MAX_KEYS], n, k;
		char bad[32];

		n = key_parse_list(action_table[i].keys, keys, CONFIG_MAX_KEYS, bad, sizeof bad);
		if (n < 0)
			px_die("built-in key '%s' of %s", bad, action_table[i].name);
		for (k = 0; k < n; k++)
			keymap_bind(&cfg->keys, (enum action)i, keys[k]);
	}
	analysis_opts_default(&cfg->match);
}

void
config_free(struct config *cfg)
{
	uint32_t i;

	for (i = 0; i < cfg->n_messages; i++)
		free(cfg->messages[i]);
	free(cfg->messages);
	free(cfg->path);
	memset(cfg, 0, sizeof *cfg);
}

enum action
keymap_lookup(const struct keymap *km, int key)
{
	int a, k;

	for (a = 1; a < ACT_COUNT; a++)
		for (k = 0; k < km->n[a]; k++)
			if (km->keys[a][k] == key)
				return (enum action)a;
	return ACT_NONE;
}

void
keymap_bind(struct keymap *km, enum action act, int key)
{
	if (act <= ACT_NONE || act >= ACT_COUNT || km->n[act] >= CONFIG_MAX_KEYS)
		return;
	km->keys[act][km->n[act]++] = key;
}

const char *
keymap_describe(const struct keymap *km, enum action act, char *buf, size_t cap)
{
	size_t used = 0;
	int k;

	buf[0] = '\0';
	for (k = 0; k < km->n[act] && used < cap; k++) {
		char name[KEY_NAME_MAX];

		used += (size_t)snprintf(buf + used, cap - used, "%s%s", k ? ", " : "",
		                         key_name(km->keys[act][k], name));
	}
	return buf;
}
