/* load.c - read articles from files and folders. */
#define _POSIX_C_SOURCE 200809L
#include "parallax/load.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parallax/ini.h"

enum meta_field {
	META_TITLE = 1 << 0,
	META_OUTLET = 1 << 1,
	META_DATE = 1 << 2,
	META_URL = 1 << 3,
	META_AUTHOR = 1 << 4,
};

static const struct {
	const char *name;
	enum meta_field field;
} meta_keys[] = {
	{"title", META_TITLE},
	{"outlet", META_OUTLET},
	{"date", META_DATE},
	{"url", META_URL},
	{"author", META_AUTHOR},
};

struct loader {
	struct corpus *c;
	const struct load_limits *lim;
	uint64_t total;
	char *ini_dir;    /* folder whose story.ini is in ini */
	struct ini ini;
	bool have_ini;
};

void
load_limits_default(struct load_limits *lim)
{
	lim->max_file_bytes = LOAD_MAX_FILE_BYTES;
	lim->max_total_bytes = LOAD_MAX_TOTAL_BYTES;
	lim->max_articles = LOAD_MAX_ARTICLES;
}

static char **
meta_slot(struct article *a, enum meta_field f)
{
	switch (f) {
	case META_TITLE: return &a->title;
	case META_OUTLET: return &a->outlet;
	case META_DATE: return &a->date;
	case META_URL: return &a->url;
	case META_AUTHOR: return &a->author;
	}
	return NULL;
}

static void
set_meta(struct article *a, enum meta_field f, const char *v, size_t n)
{
	char **slot = meta_slot(a, f);

	while (n && isspace((unsigned char)*v))
		v++, n--;
	while (n && isspace((unsigned char)v[n - 1]))
		n--;
	if (!n)
		return;
	free(*slot);
	*slot = xstrndup(v, n);
}

static int
meta_key(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(meta_keys); i++)
		if (strlen(meta_keys[i].name) == n && strncasecmp(s, meta_keys[i].name, n) == 0)
			return (int)i;
	return -1;
}

/* Read the header block; returns the meta fields it set. */
static unsigned
read_header(struct article *a)
{
	const char *t = (const char *)a->text;
	uint32_t pos = 0, lines = 0;
	unsigned set = 0;

	if (a->len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	a->body = pos;
	/* first pass: is every line up to a blank one "Key: value"? */
	for (;;) {
		const char *nl = memchr(t + pos, '\n', a->len - pos);
		uint32_t end = nl ? (uint32_t)(nl - t) : a->len, e = end;
		const char *colon;

		if (e > pos && t[e - 1] == '\r')
			e--;
		if (e == pos) {
			if (!lines || !nl)
				return 0;
			break;
		}
		colon = memchr(t + pos, ':', e - pos);
		if (!colon || meta_key(t + pos, (size_t)(colon - (t + pos))) < 0 || !nl)
			return 0;
		lines++;
		pos = end + 1;
	}
	/* second pass: take the values */
	pos = a->body;
	while (lines--) {
		const char *nl = memchr(t + pos, '\n', a->len - pos);
		uint32_t end = (uint32_t)(nl - t), e = end;
		const char *colon = memchr(t + pos, ':', end - pos);
		int k = meta_key(t + pos, (size_t)(colon - (t + pos)));

		if (e > pos && t[e - 1] == '\r')
			e--;
		set_meta(a, meta_keys[k].field, colon + 1, (size_t)(t + e - colon - 1));
		set |= meta_keys[k].field;
		pos = end + 1;
	}
	/* skip the blank line that ends the block */
	pos += (t[pos] == '\r') ? 2 : 1;
	a->body = pos > a->len ? a->len : pos;
	return set;
}

void
load_header(struct article *a)
{
	read_header(a);
}

static bool
only_space(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isspace(s[i]))
			return false;
	return true;
}

/* More than 30% NUL bytes or invalid UTF-8 in the first 8 KiB. */
static bool
looks_binary(const unsigned char *s, size_t n)
{
	size_t i = 0, bad = 0;

	if (n > 8192)
		n = 8192;
	while (i < n) {
		int32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);

		if (cp == 0 || (cp == 0xFFFD && k == 1))
			bad++;
		i += k;
	}
	return n >= 16 && bad * 10 > n * 3;
}

static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

static void
warn_ini_errors(struct loader *l)
{
	uint32_t i;

	for (i = 0; i < l->ini.n_errors; i++)
		corpus_warn(l->c, "%s:%u: %s", l->ini.path, l->ini.errors[i].line,
		            l->ini.errors[i].message);
	for (i = 0; i < l->ini.n_entries; i++) {
		const struct ini_entry *e = &l->ini.entries[i];

		if (!e->key)
			continue;
		if (!*e->section)
			corpus_warn(l->c, "%s:%u: %s: key outside of a [file-name] section",
			            l->ini.path, e->line, e->key);
		else if (meta_key(e->key, strlen(e->key)) < 0)
			corpus_warn(l->c, "%s:%u: [%s] %s: unknown key (known: outlet, "
			            "title, date, url, author)", l->ini.path, e->line,
			            e->section, e->key);
	}
}

/* Make the story.ini of dir current (loading it once per folder). */
static void
use_story_ini(struct loader *l, const char *dir)
{
	char *path;

	if (l->ini_dir && strcmp(l->ini_dir, dir) == 0)
		return;
	if (l->have_ini)
		ini_free(&l->ini);
	l->have_ini = false;
	free(l->ini_dir);
	l->ini_dir = xstrdup(dir);
	path = xasprintf("%s/story.ini", dir);
	if (access(path, F_OK) == 0) {
		if (ini_load(&l->ini, path) == PX_OK) {
			l->have_ini = true;
			warn_ini_errors(l);
		} else {
			corpus_warn(l->c, "%s", px_error());
			ini_free(&l->ini);
		}
	}
	free(path);
}

static void
apply_story_ini(struct loader *l, struct article *a, unsigned header_set)
{
	char *dir = dir_of(a->path), *section;
	size_t i;

	use_story_ini(l, dir);
	free(dir);
	if (!l->have_ini)
		return;
	section = xstrdup(a->name);
	for (i = 0; section[i]; i++)
		section[i] = (char)tolower((unsigned char)section[i]);
	for (i = 0; i < PX_ARRAY_SIZE(meta_keys); i++) {
		const char *v;

		if (header_set & meta_keys[i].field)
			continue;
		v = ini_get(&l->ini, section, meta_keys[i].name);
		if (v)
			set_meta(a, meta_keys[i].field, v, strlen(v));
	}
	free(section);
}

static enum status
read_all(int fd, const char *path, uint64_t size, unsigned char **out, size_t *len)
{
	unsigned char *buf = xmalloc((size_t)size + 1);
	size_t got = 0;

	for (;;) {
		ssize_t k = read(fd, buf + got, (size_t)size + 1 - got);

		if (k < 0) {
			if (errno == EINTR)
				continue;
			free(buf);
			return px_fail(PX_ERR_INPUT, "%s: %s", path, strerror(errno));
		}
		if (k == 0)
			break;
		got += (size_t)k;
		if (got > size) { /* it grew while we read */
			free(buf);
			return px_fail(PX_ERR_INPUT, "%s: the file changed while being read", path);
		}
	}
	*out = buf;
	*len = got;
	return PX_OK;
}

static enum status
load_file(struct loader *l, const char *path)
{
	struct stat st;
	unsigned char *data = NULL;
	size_t len = 0;
	struct article *a;
	unsigned header_set;
	enum status rc;
	int fd;

	if (l->c->n_articles >= l->lim->max_articles)
		return px_fail(PX_ERR_INPUT, "%s: too many articles (the limit is %u)",
		               path, l->lim->max_articles);
	fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return px_fail(PX_ERR_INPUT, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) < 0) {
		close(fd);
		return px_fail(PX_ERR_INPUT, "%s: %s", path, strerror(errno));
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return px_fail(PX_ERR_INPUT, "%s: not a regular file", path);
	}
	if ((uint64_t)st.st_size > l->lim->max_file_bytes) {
		close(fd);
		return px_fail(PX_ERR_INPUT, "%s: file too large (%llu bytes; the limit is %llu MiB)",
		               path, (unsigned long long)st.st_size,
		               (unsigned long long)(l->lim->max_file_bytes >> 20));
	}
	if (l->total + (uint64_t)st.st_size > l->lim->max_total_bytes) {
		close(fd);
		return px_fail(PX_ERR_INPUT, "%s: the articles together exceed the %llu MiB limit",
		               path, (unsigned long long)(l->lim->max_total_bytes >> 20));
	}
	rc = read_all(fd, path, (uint64_t)st.st_size, &data, &len);
	close(fd);
	if (rc != PX_OK)
		return rc;
	if (looks_binary(data, len)) {
		free(data);
		return px_fail(PX_ERR_INPUT, "%s: binary file, not a text article", path);
	}
	l->total += len;
	a = corpus_add_text(l->c, path, data, len);
	free(data);
	header_set = read_header(a);
	if (only_space(a->text + a->body, a->len - a->body)) {
		rc = px_fail(PX_ERR_INPUT, "%s: empty article (no text)", path);
		corpus_drop_last(l->c);
		return rc;
	}
	apply_story_ini(l, a, header_set);
	return PX_OK;
}

static bool
is_article_name(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 4 && strcasecmp(name + n - 4, ".txt") == 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static enum status
load_dir(struct loader *l, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	uint32_t n = 0, cap = 0, i;
	enum status rc = PX_OK;
	size_t dl = strlen(dir);
	const char *sep = dl && dir[dl - 1] == '/' ? "" : "/";

	if (!d)
		return px_fail(PX_ERR_INPUT, "%s: %s", dir, strerror(errno));
	while ((e = readdir(d))) {
		if (!is_article_name(e->d_name))
			continue;
		if (n >= l->lim->max_articles) {
			rc = px_fail(PX_ERR_INPUT, "%s: too many articles in this folder "
			             "(the limit is %u)", dir, l->lim->max_articles);
			break;
		}
		*PX_PUSH(names, n, cap) = xstrdup(e->d_name);
	}
	closedir(d);
	if (rc == PX_OK && n == 0)
		rc = px_fail(PX_ERR_INPUT, "%s: no articles (*.txt files) in this folder", dir);
	if (n)
		px_sort(names, n, sizeof *names, cmp_str);
	for (i = 0; i < n && rc == PX_OK; i++) {
		char *path = xasprintf("%s%s%s", dir, sep, names[i]);

		rc = load_file(l, path);
		free(path);
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

enum status
load_paths(struct corpus *c, const char *const *paths, int n,
           const struct load_limits *lim)
{
	struct loader l = {.c = c, .lim = lim};
	struct load_limits def;
	enum status rc = PX_OK;
	int i;

	if (!lim) {
		load_limits_default(&def);
		l.lim = &def;
	}
	for (i = 0; i < n && rc == PX_OK; i++) {
		struct stat st;

		if (stat(paths[i], &st) < 0)
			rc = px_fail(PX_ERR_INPUT, "%s: %s", paths[i], strerror(errno));
		else if (S_ISDIR(st.st_mode))
			rc = load_dir(&l, paths[i]);
		else
			rc = load_file(&l, paths[i]);
	}
	if (l.have_ini)
		ini_free(&l.ini);
	free(l.ini_dir);
	return rc;
}
