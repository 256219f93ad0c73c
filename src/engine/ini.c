/* ini.c - ini files with line numbers, on top of iniparser. */
#define _POSIX_C_SOURCE 200809L
#include "parallax/ini.h"

#include <ctype.h>
#include <errno.h>
#include <iniparser/iniparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/corpus.h"

/* iniparser 4.1 refuses a file with any line of 1024 bytes or more. */
#define INI_LINE_MAX 1000

static int
quiet(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

static char *
strip(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static char *
lower(char *s)
{
	char *p;

	for (p = s; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return s;
}

static void
add_error(struct ini *ini, uint32_t line, const char *msg)
{
	struct ini_error *e = PX_PUSH(ini->errors, ini->n_errors, ini->cap_errors);

	e->line = line;
	e->message = xstrdup(msg);
}

static void
add_entry(struct ini *ini, const char *section, const char *key, uint32_t line)
{
	struct ini_entry *e = PX_PUSH(ini->entries, ini->n_entries, ini->cap_entries);

	e->section = xstrdup(section);
	e->key = key ? xstrdup(key) : NULL;
	e->line = line;
}

enum line_kind { LINE_EMPTY, LINE_SECTION, LINE_VALUE, LINE_ERROR };

/* Classify one logical line as iniparser 4.1 does; name receives the
 * section or key name, lower case. */
static enum line_kind
classify(char *line, char *name, size_t cap)
{
	char *s = strip(line), *eq, *key;
	size_t n = strlen(s);

	if (n == 0 || s[0] == '#' || s[0] == ';')
		return LINE_EMPTY;
	if (s[0] == '[' && s[n - 1] == ']') {
		s[n - 1] = '\0';
		snprintf(name, cap, "%s", lower(strip(s + 1)));
		return LINE_SECTION;
	}
	eq = strchr(s, '=');
	if (!eq || eq == s)
		return LINE_ERROR;
	*eq = '\0';
	key = lower(strip(s));
	if (!*key)
		return LINE_ERROR;
	snprintf(name, cap, "%s", key);
	return LINE_VALUE;
}

static void
append(char **out, size_t *len, size_t *cap, const char *s, size_t n)
{
	if (*cap < *len + n + 2)
		*out = xrealloc(*out, *cap = (*len + n + 2) * 2);
	memcpy(*out + *len, s, n);
	*len += n;
	(*out)[(*len)++] = '\n';
}

/* Blank (keep only newlines) out[from..len): iniparser then skips it. */
static void
blank(char *out, size_t from, size_t len)
{
	for (; from < len; from++)
		if (out[from] != '\n')
			out[from] = ' ';
}

/* Scan the file; returns its text with bad lines blanked (for
 * iniparser), or NULL when it cannot be read. */
static char *
scan(struct ini *ini, FILE *f, bool *dirty)
{
	char *buf = NULL, *logical = NULL, *out = NULL, section[256] = "";
	size_t cap = 0, out_len = 0, out_cap = 0, lcap = 0, llen = 0, lstart = 0;
	ssize_t got;
	uint32_t lineno = 0, start = 0;

	*dirty = false;
	while ((got = getline(&buf, &cap, f)) >= 0) {
		size_t len = (size_t)got, keep;
		char name[256];
		bool cont;

		lineno++;
		if (!llen) {
			start = lineno;
			lstart = out_len;
		}
		while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
			len--;
		if (memchr(buf, '\0', len) || len > INI_LINE_MAX) {
			add_error(ini, lineno, len > INI_LINE_MAX ?
			          "line too long (over 1000 bytes)" : "NUL byte in line");
			*dirty = true;
			blank(out, lstart, out_len);
			append(&out, &out_len, &out_cap, "", 0);
			llen = 0;
			continue;
		}
		keep = len;
		while (keep && isspace((unsigned char)buf[keep - 1]))
			keep--;
		cont = keep && buf[keep - 1] == '\\';
		if (lcap < llen + len + 1)
			logical = xrealloc(logical, lcap = (llen + len + 1) * 2);
		memcpy(logical + llen, buf, cont ? keep - 1 : len);
		llen += cont ? keep - 1 : len;
		logical[llen] = '\0';
		append(&out, &out_len, &out_cap, buf, len);
		if (cont)
			continue;
		switch (classify(logical, name, sizeof name)) {
		case LINE_EMPTY:
			break;
		case LINE_SECTION:
			snprintf(section, sizeof section, "%s", name);
			add_entry(ini, section, NULL, start);
			break;
		case LINE_VALUE:
			add_entry(ini, section, name, start);
			break;
		case LINE_ERROR:
			add_error(ini, start, "syntax error: expected [section] or key = value");
			*dirty = true;
			blank(out, lstart, out_len);
			break;
		}
		llen = 0;
	}
	if (llen) { /* a continuation at the end of the file */
		char name[256];

		switch (classify(logical, name, sizeof name)) {
		case LINE_SECTION:
			add_entry(ini, name, NULL, start);
			break;
		case LINE_VALUE:
			add_entry(ini, section, name, start);
			break;
		case LINE_ERROR:
			add_error(ini, start, "syntax error: expected [section] or key = value");
			*dirty = true;
			blank(out, lstart, out_len);
			break;
		case LINE_EMPTY:
			break;
		}
	}
	free(buf);
	free(logical);
	if (ferror(f)) {
		free(out);
		return NULL;
	}
	append(&out, &out_len, &out_cap, "", 0);
	out[out_len - 1] = '\0';
	return out;
}

static void *
load_text(const char *text)
{
	char tmpl[] = "/tmp/parallax-ini-XXXXXX";
	const char *dir = getenv("TMPDIR");
	char *path = dir && *dir ? xasprintf("%s/parallax-ini-XXXXXX", dir) : xstrdup(tmpl);
	int fd = mkstemp(path);
	void *dict = NULL;

	if (fd < 0) {
		free(path);
		return NULL;
	}
	if (write(fd, text, strlen(text)) == (ssize_t)strlen(text))
		dict = iniparser_load(path);
	close(fd);
	unlink(path);
	free(path);
	return dict;
}

enum status
ini_load(struct ini *ini, const char *path)
{
	FILE *f;
	char *text;
	bool dirty;

	memset(ini, 0, sizeof *ini);
	ini->path = xstrdup(path);
	f = fopen(path, "r");
	if (!f)
		return px_fail(PX_ERR_INPUT, "%s: %s", path, strerror(errno));
	text = scan(ini, f, &dirty);
	fclose(f);
	if (!text)
		return px_fail(PX_ERR_INPUT, "%s: read error", path);
	iniparser_set_error_callback(quiet);
	ini->dict = dirty ? load_text(text) : iniparser_load(path);
	if (!ini->dict)
		ini->dict = dictionary_new(0);
	free(text);
	return PX_OK;
}

void
ini_free(struct ini *ini)
{
	uint32_t i;

	if (ini->dict)
		iniparser_freedict(ini->dict);
	for (i = 0; i < ini->n_entries; i++) {
		free(ini->entries[i].section);
		free(ini->entries[i].key);
	}
	for (i = 0; i < ini->n_errors; i++)
		free(ini->errors[i].message);
	free(ini->entries);
	free(ini->errors);
	free(ini->path);
	memset(ini, 0, sizeof *ini);
}

const char *
ini_get(const struct ini *ini, const char *section, const char *key)
{
	char *k;
	const char *v;

	if (!ini->dict)
		return NULL;
	k = xasprintf("%s:%s", section, key);
	v = iniparser_getstring(ini->dict, k, NULL);
	free(k);
	return v;
}

uint32_t
ini_line(const struct ini *ini, const char *section, const char *key)
{
	uint32_t i, line = 0;

	for (i = 0; i < ini->n_entries; i++) {
		const struct ini_entry *e = &ini->entries[i];

		if (strcmp(e->section, section) != 0)
			continue;
		if (key ? (e->key && strcmp(e->key, key) == 0) : !e->key)
			line = e->line;
	}
	return line;
}
