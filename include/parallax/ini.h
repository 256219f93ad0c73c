/* ini.h - ini files with line numbers, on top of iniparser.
 *
 * iniparser gives values but no line numbers, and a single syntax error
 * makes it drop the whole file. ini_load() therefore scans the file
 * itself first: it records where every section and key is, notes the
 * lines iniparser would reject, and lets iniparser read the rest (from a
 * temporary copy with the bad lines blanked when there are any). The
 * user's file is only ever read.
 *
 * Section and key names are lower case, as iniparser makes them. */
#ifndef PARALLAX_INI_H
#define PARALLAX_INI_H

#include <stdint.h>

#include "parallax/util.h"

struct ini_entry {
	char *section; /* "" for keys before any section */
	char *key;     /* NULL for the section line itself */
	uint32_t line;
};

struct ini_error {
	uint32_t line;
	char *message; /* without the path:line: prefix */
};

struct ini {
	char *path;
	void *dict; /* iniparser's dictionary */
	struct ini_entry *entries; /* every section and key line, file order */
	uint32_t n_entries, cap_entries;
	struct ini_error *errors;
	uint32_t n_errors, cap_errors;
};

/* Load path. Returns PX_ERR_INPUT with px_error() set when the file
 * cannot be read; syntax errors are collected in ini->errors and do not
 * make it fail. ini_free() must be called either way. */
enum status ini_load(struct ini *ini, const char *path);
void ini_free(struct ini *ini);

/* Value of section:key (both lower case), or NULL. */
const char *ini_get(const struct ini *ini, const char *section, const char *key);
/* Line of the last definition of section:key (key NULL: the section
 * header), or 0 when absent. */
uint32_t ini_line(const struct ini *ini, const char *section, const char *key);

#endif
