/* config.c - the user's settings: defaults, ini file, dump. */
#define _POSIX_C_SOURCE 200809L
#include "parallax/config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "parallax/ini.h"
#include "parallax/keys.h"
#include "parallax/lexicon.h"

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

static const char *
keymap_list(const struct keymap *km, enum action act, char *buf, size_t cap,
            const char *(*name_of)(int, char *))
{
	size_t used = 0;
	int k;

	buf[0] = '\0';
	for (k = 0; k < km->n[act] && used < cap; k++) {
		char name[KEY_NAME_MAX];

		used += (size_t)snprintf(buf + used, cap - used, "%s%s", k ? ", " : "",
		                         name_of(km->keys[act][k], name));
	}
	return buf;
}

const char *
keymap_describe(const struct keymap *km, enum action act, char *buf, size_t cap)
{
	return keymap_list(km, act, buf, cap, key_to_name);
}

const char *
keymap_label(const struct keymap *km, enum action act, char *buf, size_t cap)
{
	return keymap_list(km, act, buf, cap, key_label);
}

/* Loading */

struct loader {
	struct config *cfg;
	struct ini *ini;
	const struct ini_entry *e; /* the entry being read */
	uint8_t user_set[ACT_COUNT]; /* actions bound by this file */
	uint32_t user_line[ACT_COUNT];
};

static void PX_PRINTF(2, 3)
config_msg(struct config *cfg, const char *fmt, ...)
{
	va_list ap;
	char buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	*PX_PUSH(cfg->messages, cfg->n_messages, cfg->cap_messages) = xstrdup(buf);
}

/* "path:line: [section] key: message" for the entry being read. */
static void PX_PRINTF(2, 3)
entry_msg(struct loader *l, const char *fmt, ...)
{
	va_list ap;
	char buf[400];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	config_msg(l->cfg, "%s:%u: [%s] %s: %s", l->ini->path, l->e->line, l->e->section,
	           l->e->key, buf);
}

static bool
parse_bool(const char *v, bool *out)
{
	static const char *const yes[] = {"yes", "true", "on", "1"};
	static const char *const no[] = {"no", "false", "off", "0"};
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(yes); i++) {
		if (strcasecmp(v, yes[i]) == 0)
			return *out = true, true;
		if (strcasecmp(v, no[i]) == 0)
			return *out = false, true;
	}
	return false;
}

static bool
parse_int(const char *v, long lo, long hi, int *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(v, &end, 10);
	if (end == v || *end || errno || n < lo || n > hi)
		return false;
	*out = (int)n;
	return true;
}

static void
set_bool(struct loader *l, const char *v, bool *out)
{
	if (!parse_bool(v, out))
		entry_msg(l, "'%s' is not a yes/no value (use yes, no, true, false, on, off)", v);
}

static void
set_int(struct loader *l, const char *v, long lo, long hi, int *out)
{
	if (!parse_int(v, lo, hi, out))
		entry_msg(l, "'%s' is not a whole number from %ld to %ld", v, lo, hi);
}

/* value must be one of names (NULL-terminated); sets *out to its index */
static void
set_choice(struct loader *l, const char *v, const char *const *names, int *out)
{
	char list[128] = "";
	size_t used = 0;
	int i;

	for (i = 0; names[i]; i++) {
		if (strcasecmp(v, names[i]) == 0) {
			*out = i;
			return;
		}
		used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "",
		                         names[i]);
	}
	entry_msg(l, "'%s' is not one of: %s", v, list);
}

static void
layout_set(struct loader *l, const char *key, const char *v)
{
	static const char *const statuses[] = {"bottom", "top", NULL};
	static const char *const boilers[] = {"dim", "hide", "show", NULL};
	struct config_layout *lay = &l->cfg->layout;
	int choice;

	if (strcmp(key, "columns") == 0) {
		if (strcasecmp(v, "auto") == 0)
			lay->columns = 0;
		else if (!parse_int(v, 1, 64, &lay->columns))
			entry_msg(l, "'%s' is not auto or a whole number from 1 to 64", v);
	} else if (strcmp(key, "min_column_width") == 0) {
		set_int(l, v, 10, 1000, &lay->min_column_width);
	} else if (strcmp(key, "gutter") == 0) {
		set_int(l, v, 0, 16, &lay->gutter);
	} else if (strcmp(key, "wrap") == 0) {
		set_bool(l, v, &lay->wrap);
	} else if (strcmp(key, "headers") == 0) {
		set_bool(l, v, &lay->headers);
	} else if (strcmp(key, "status") == 0) {
		choice = (int)lay->status;
		set_choice(l, v, statuses, &choice);
		lay->status = (enum status_pos)choice;
	} else if (strcmp(key, "sync_scroll") == 0) {
		set_bool(l, v, &lay->sync_scroll);
	} else if (strcmp(key, "boilerplate") == 0) {
		choice = (int)lay->boilerplate;
		set_choice(l, v, boilers, &choice);
		lay->boilerplate = (enum boiler_mode)choice;
	} else if (strcmp(key, "line_numbers") == 0) {
		set_bool(l, v, &lay->line_numbers);
	} else if (strcmp(key, "mouse") == 0) {
		set_bool(l, v, &lay->mouse);
	} else {
		entry_msg(l, "unknown key (known: columns, min_column_width, gutter, wrap, "
		          "headers, status, sync_scroll, boilerplate, line_numbers, mouse)");
	}
}

/* "topics = black cyan | black green | ...": fills the palette slots,
 * repeating the list when it is shorter than the palette. */
static void
topics_set(struct loader *l, const char *v)
{
	struct style_spec specs[STYLE_TOPIC_COUNT];
	char buf[512], *tok, *save = NULL, err[200];
	int n = 0, i;

	snprintf(buf, sizeof buf, "%s", v);
	for (tok = strtok_r(buf, "|", &save); tok; tok = strtok_r(NULL, "|", &save)) {
		if (n == STYLE_TOPIC_COUNT) {
			entry_msg(l, "more than %d colours in the palette", STYLE_TOPIC_COUNT);
			return;
		}
		if (!style_parse(tok, &specs[n], err, sizeof err)) {
			entry_msg(l, "palette entry %d: %s", n + 1, err);
			return;
		}
		n++;
	}
	if (!n) {
		entry_msg(l, "empty palette: want \"fg bg attrs | fg bg attrs ...\"");
		return;
	}
	for (i = 0; i < STYLE_TOPIC_COUNT; i++)
		l->cfg->styles[STYLE_TOPIC_0 + i] = specs[i % n];
}

static void
colors_set(struct loader *l, const char *key, const char *v)
{
	int slot;
	char err[200];

	if (strcmp(key, "topics") == 0) {
		topics_set(l, v);
		return;
	}
	slot = style_by_name(key);
	if (slot < 0) {
		entry_msg(l, "unknown style (see config/parallax.ini for the list)");
		return;
	}
	if (!style_parse(v, &l->cfg->styles[slot], err, sizeof err))
		entry_msg(l, "%s", err);
}

/* Remove key from every action but keep; a key bound by this file to
 * another action is a conflict, reported. */
static void
unbind_elsewhere(struct loader *l, enum action keep, int key)
{
	struct keymap *km = &l->cfg->keys;
	int a, k, j;
	char name[KEY_NAME_MAX];

	for (a = 1; a < ACT_COUNT; a++) {
		if (a == (int)keep)
			continue;
		for (k = 0; k < km->n[a]; k++) {
			if (km->keys[a][k] != key)
				continue;
			if (l->user_set[a])
				entry_msg(l, "key %s is also bound to %s on line %u; it now means %s",
				          key_to_name(key, name), action_table[a].name, l->user_line[a],
				          action_table[keep].name);
			for (j = k + 1; j < km->n[a]; j++)
				km->keys[a][j - 1] = km->keys[a][j];
			km->n[a]--;
			k--;
			if (!km->n[a] && !l->user_set[a])
				entry_msg(l, "%s now has no key (it had %s)", action_table[a].name,
				          key_to_name(key, name));
		}
	}
}

static void
keys_set(struct loader *l, const char *key, const char *v)
{
	enum action act = action_by_name(key);
	int keys[CONFIG_MAX_KEYS], n, i, j;
	char bad[64], name[KEY_NAME_MAX];

	if (act == ACT_NONE) {
		entry_msg(l, "unknown action (the actions are listed in config/parallax.ini)");
		return;
	}
	n = 0;
	if (*v) {
		n = key_parse_list(v, keys, CONFIG_MAX_KEYS, bad, sizeof bad);
		if (n < 0) {
			if (!*bad)
				entry_msg(l, "empty key name in the list");
			else
				entry_msg(l, "'%s' is not a key name (use j, G, <C-d>, <Tab>, <Enter>, "
				          "<PgDown>, <F1>...; at most %d keys)", bad, CONFIG_MAX_KEYS);
			return;
		}
	}
	l->cfg->keys.n[act] = 0;
	l->user_set[act] = 1;
	l->user_line[act] = l->e->line;
	for (i = 0; i < n; i++) {
		for (j = 0; j < i; j++)
			if (keys[j] == keys[i])
				break;
		if (j < i) {
			entry_msg(l, "key %s is listed twice", key_to_name(keys[i], name));
			continue;
		}
		unbind_elsewhere(l, act, keys[i]);
		keymap_bind(&l->cfg->keys, act, keys[i]);
	}
}

static void
match_set(struct loader *l, const char *key, const char *v)
{
	struct analysis_opts *m = &l->cfg->match;
	int n;

	if (strcmp(key, "threshold") == 0) {
		char *end;
		double d;

		errno = 0;
		d = strtod(v, &end);
		if (end == v || *end || errno || d <= 0 || d > 1)
			entry_msg(l, "'%s' is not a number above 0 and at most 1", v);
		else
			m->threshold = d;
	} else if (strcmp(key, "min_outlets") == 0) {
		n = (int)m->min_outlets;
		set_int(l, v, 2, 1000, &n);
		m->min_outlets = (uint32_t)n;
	} else if (strcmp(key, "language") == 0) {
		struct lexicon *lx = lex_new(v);

		if (!lx) {
			entry_msg(l, "unknown language '%s' (known: %s)", v, lex_languages());
			return;
		}
		snprintf(m->language, sizeof m->language, "%s", lex_language(lx));
		lex_free(lx);
	} else if (strcmp(key, "actors") == 0) {
		set_bool(l, v, &m->actors);
	} else if (strcmp(key, "quotes") == 0) {
		set_bool(l, v, &m->quotes);
	} else if (strcmp(key, "claims") == 0) {
		set_bool(l, v, &m->claims);
	} else {
		entry_msg(l, "unknown key (known: threshold, min_outlets, language, actors, "
		          "quotes, claims)");
	}
}

static const struct {
	const char *name;
	void (*set)(struct loader *, const char *, const char *);
} sections[] = {
	{"layout", layout_set},
	{"colors", colors_set},
	{"keys", keys_set},
	{"match", match_set},
};

/* Is e the last definition of its section:key in the file? */
static uint32_t
later_definition(const struct ini *ini, uint32_t i)
{
	const struct ini_entry *e = &ini->entries[i];
	uint32_t j;

	for (j = i + 1; j < ini->n_entries; j++) {
		const struct ini_entry *f = &ini->entries[j];

		if (f->key && strcmp(f->section, e->section) == 0 && strcmp(f->key, e->key) == 0)
			return f->line;
	}
	return 0;
}

static void
read_entry(struct loader *l, uint32_t i)
{
	const struct ini_entry *e = &l->ini->entries[i];
	uint32_t later;
	size_t s;
	const char *v;

	l->e = e;
	for (s = 0; s < PX_ARRAY_SIZE(sections); s++)
		if (strcmp(e->section, sections[s].name) == 0)
			break;
	if (!e->key) {
		if (s == PX_ARRAY_SIZE(sections))
			config_msg(l->cfg, "%s:%u: [%s]: unknown section (known: layout, colors, "
			           "keys, match)", l->ini->path, e->line, e->section);
		return;
	}
	if (!*e->section) {
		config_msg(l->cfg, "%s:%u: %s: key outside of a section", l->ini->path, e->line,
		           e->key);
		return;
	}
	if (s == PX_ARRAY_SIZE(sections))
		return; /* reported once, on the section line */
	later = later_definition(l->ini, i);
	if (later) {
		entry_msg(l, "set again on line %u, which wins", later);
		return;
	}
	v = ini_get(l->ini, e->section, e->key);
	sections[s].set(l, e->key, v ? v : "");
}

enum status
config_load(struct config *cfg, const char *path)
{
	struct ini ini;
	struct loader l = {.cfg = cfg, .ini = &ini};
	uint32_t i, j;

	if (ini_load(&ini, path) != PX_OK) {
		ini_free(&ini);
		return PX_ERR_INPUT;
	}
	free(cfg->path);
	cfg->path = xstrdup(path);
	/* in line order: syntax errors between the entries around them */
	for (i = 0, j = 0; i < ini.n_entries || j < ini.n_errors;) {
		if (j < ini.n_errors && (i == ini.n_entries || ini.errors[j].line < ini.entries[i].line)) {
			config_msg(cfg, "%s:%u: %s", path, ini.errors[j].line, ini.errors[j].message);
			j++;
		} else {
			read_entry(&l, i++);
		}
	}
	ini_free(&ini);
	return PX_OK;
}

static bool
readable(const char *path)
{
	return access(path, F_OK) == 0;
}

const char *
config_find(char *buf, size_t cap)
{
	const char *env = getenv("PARALLAX_CONFIG"), *xdg, *home;

	if (env && *env) {
		snprintf(buf, cap, "%s", env);
		return buf; /* named explicitly: a missing file is an error */
	}
	xdg = getenv("XDG_CONFIG_HOME");
	home = getenv("HOME");
	if (xdg && *xdg == '/')
		snprintf(buf, cap, "%s/parallax/parallax.ini", xdg);
	else if (home && *home)
		snprintf(buf, cap, "%s/.config/parallax/parallax.ini", home);
	else
		return NULL;
	return readable(buf) ? buf : NULL;
}

/* Dump */

static const char *
yesno(bool b)
{
	return b ? "yes" : "no";
}

enum status
config_dump(const struct config *cfg, FILE *out)
{
	const struct config_layout *lay = &cfg->layout;
	static const char *const statuses[] = {"bottom", "top"};
	static const char *const boilers[] = {"dim", "hide", "show"};
	char buf[256];
	int i;

	fprintf(out, "; parallax: the effective configuration (%s)\n\n",
	        cfg->path ? cfg->path : "built-in defaults");
	fprintf(out, "[layout]\n");
	if (lay->columns)
		fprintf(out, "columns = %d\n", lay->columns);
	else
		fprintf(out, "columns = auto\n");
	fprintf(out, "min_column_width = %d\ngutter = %d\nwrap = %s\nheaders = %s\n"
	        "status = %s\nsync_scroll = %s\nboilerplate = %s\nline_numbers = %s\n"
	        "mouse = %s\n", lay->min_column_width, lay->gutter, yesno(lay->wrap),
	        yesno(lay->headers), statuses[lay->status], yesno(lay->sync_scroll),
	        boilers[lay->boilerplate], yesno(lay->line_numbers), yesno(lay->mouse));
	fprintf(out, "\n[colors]\n");
	for (i = 0; i < STYLE_COUNT; i++)
		fprintf(out, "%s = %s\n", style_table[i].name,
		        style_format(&cfg->styles[i], buf, sizeof buf));
	fprintf(out, "\n[keys]\n");
	for (i = 1; i < ACT_COUNT; i++)
		fprintf(out, "%s = %s\n", action_table[i].name,
		        keymap_describe(&cfg->keys, (enum action)i, buf, sizeof buf));
	fprintf(out, "\n[match]\nthreshold = %g\nmin_outlets = %u\nlanguage = %s\n"
	        "actors = %s\nquotes = %s\nclaims = %s\n", cfg->match.threshold,
	        cfg->match.min_outlets, cfg->match.language, yesno(cfg->match.actors),
	        yesno(cfg->match.quotes), yesno(cfg->match.claims));
	if (fflush(out) != 0 || ferror(out))
		return px_fail(PX_ERR_INTERNAL, "cannot write the configuration: %s",
		               strerror(errno));
	return PX_OK;
}
