/* script.c - headless runs: a file of key names and a few commands. */
#define _POSIX_C_SOURCE 200809L
#include "script.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/keys.h"

#define SCRIPT_MAX_REPEAT 100000
#define SCRIPT_MAX_SIZE 10000
#define SCRIPT_MAX_EVENTS 1000000 /* a few MB: repeats cannot ask for more */

static struct event *
push(struct script *s, enum event_type type, uint32_t lineno)
{
	struct event *e = PX_PUSH(s->ev, s->n, s->cap);

	e->type = type;
	e->line = lineno;
	return e;
}

/* "name" or "name*N": the key and how many times. */
static bool
parse_token(const char *tok, int *key, long *times)
{
	const char *star = strrchr(tok, '*');
	char name[64];
	size_t n = strlen(tok);

	*times = 1;
	if (star && star > tok && star[1]) {
		char *end;

		errno = 0;
		*times = strtol(star + 1, &end, 10);
		if (!*end && !errno) {
			if (*times < 1 || *times > SCRIPT_MAX_REPEAT)
				return false;
			n = (size_t)(star - tok);
		} else {
			*times = 1;
		}
	}
	if (n >= sizeof name)
		return false;
	memcpy(name, tok, n);
	name[n] = '\0';
	return key_parse(name, key);
}

/* Is there room for n more events? */
static enum status
room(const struct script *s, size_t n, const char *path, uint32_t lineno)
{
	if (s->n + n > SCRIPT_MAX_EVENTS)
		return px_fail(PX_ERR_INPUT, "%s:%u: the script is too long (over %d keys)", path,
		               lineno, SCRIPT_MAX_EVENTS);
	return PX_OK;
}

static enum status
keys_line(struct script *s, char *line, const char *path, uint32_t lineno)
{
	char *save = NULL, *tok;

	for (tok = strtok_r(line, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		int key;
		long times, i;

		if (!parse_token(tok, &key, &times))
			return px_fail(PX_ERR_INPUT, "%s:%u: not a key name: '%s'", path, lineno, tok);
		if (room(s, (size_t)times, path, lineno) != PX_OK)
			return PX_ERR_INPUT;
		for (i = 0; i < times; i++)
			push(s, EV_KEY, lineno)->key = key;
	}
	return PX_OK;
}

static enum status
cmd_resize(struct script *s, const char *arg, const char *path, uint32_t lineno)
{
	int w, h;
	char extra;

	if (sscanf(arg, "%dx%d %c", &w, &h, &extra) != 2 || w < 1 || h < 1 ||
	    w > SCRIPT_MAX_SIZE || h > SCRIPT_MAX_SIZE)
		return px_fail(PX_ERR_INPUT, "%s:%u: :resize wants COLSxROWS", path, lineno);
	struct event *e = push(s, EV_RESIZE, lineno);

	e->w = w;
	e->h = h;
	return PX_OK;
}

static enum status
cmd_mouse(struct script *s, const char *arg, const char *path, uint32_t lineno)
{
	static const struct {
		const char *name;
		enum mouse_kind kind;
	} kinds[] = {
		{"click", MOUSE_CLICK},
		{"wheel-up", MOUSE_WHEEL_UP},
		{"wheel-down", MOUSE_WHEEL_DOWN},
	};
	char what[16], extra;
	int x, y;
	size_t i;

	if (sscanf(arg, "%15s %d %d %c", what, &x, &y, &extra) == 3 && x >= 0 && y >= 0) {
		for (i = 0; i < PX_ARRAY_SIZE(kinds); i++) {
			if (strcmp(what, kinds[i].name) == 0) {
				struct event *e = push(s, EV_MOUSE, lineno);

				e->mouse = kinds[i].kind;
				e->x = x;
				e->y = y;
				return PX_OK;
			}
		}
	}
	return px_fail(PX_ERR_INPUT, "%s:%u: :mouse wants click|wheel-up|wheel-down X Y", path,
	               lineno);
}

static void
cmd_type(struct script *s, const char *text, uint32_t lineno)
{
	size_t i = 0, n = strlen(text);

	while (i < n) {
		int32_t cp;

		i += utf8_decode((const unsigned char *)text + i, n - i, &cp);
		push(s, EV_KEY, lineno)->key = cp;
	}
}

static enum status
command(struct script *s, const char *line, const char *path, uint32_t lineno)
{
	size_t n = strcspn(line, " \t");
	const char *arg = line + n + strspn(line + n, " \t");

	/* a command adds one event, or one per character typed */
	if (room(s, strlen(line) + 1, path, lineno) != PX_OK)
		return PX_ERR_INPUT;
	if (n == 6 && strncmp(line, "resize", n) == 0)
		return cmd_resize(s, arg, path, lineno);
	if (n == 5 && strncmp(line, "mouse", n) == 0)
		return cmd_mouse(s, arg, path, lineno);
	if (n == 4 && strncmp(line, "type", n) == 0) {
		cmd_type(s, line[n] ? line + n + 1 : "", lineno);
		return PX_OK;
	}
	if (n == 4 && strncmp(line, "snap", n) == 0 && !*arg) {
		push(s, EV_SNAP, lineno);
		return PX_OK;
	}
	return px_fail(PX_ERR_INPUT, "%s:%u: unknown command ':%.*s'", path, lineno, (int)n, line);
}

enum status
script_line(struct script *s, const char *line, const char *path, uint32_t lineno)
{
	const char *p = line + strspn(line, " \t");
	char *copy;
	enum status st;

	if (!*p || *p == '#')
		return PX_OK;
	if (*p == ':')
		return command(s, p + 1, path, lineno);
	copy = xstrdup(p);
	st = keys_line(s, copy, path, lineno);
	free(copy);
	return st;
}

enum status
script_load(struct script *s, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	uint32_t lineno = 0;
	enum status st = PX_OK;

	memset(s, 0, sizeof *s);
	if (!f)
		return px_fail(PX_ERR_INPUT, "%s: %s", path, strerror(errno));
	while (st == PX_OK && (len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		st = script_line(s, line, path, lineno);
	}
	free(line);
	fclose(f);
	return st;
}

struct event
script_next(struct script *s)
{
	struct event end = {.type = EV_END};

	return s->pos < s->n ? s->ev[s->pos++] : end;
}

void
script_free(struct script *s)
{
	free(s->ev);
	memset(s, 0, sizeof *s);
}
