/* testutil.h - helpers shared by the cmocka unit tests. */
#ifndef PARALLAX_TESTUTIL_H
#define PARALLAX_TESTUTIL_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen, open_memstream */
#endif

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/analyse.h"
#include "parallax/corpus.h"
#include "parallax/load.h"

#ifndef PX_SOURCE_DIR
#define PX_SOURCE_DIR "."
#endif

#define TU_STORY PX_SOURCE_DIR "/articles/ceasefire-2025-03"

/* Build a corpus from name/text pairs ending with NULL and analyse it
 * with the default options. */
static inline void
tu_corpus(struct corpus *c, ...)
{
	va_list ap;
	const char *name;

	corpus_init(c);
	va_start(ap, c);
	while ((name = va_arg(ap, const char *))) {
		const char *text = va_arg(ap, const char *);
		struct article *a = corpus_add_text(c, name, text, strlen(text));

		load_header(a);
	}
	va_end(ap);
	assert_int_equal(analyse(c, NULL, NULL), PX_OK);
}

/* Load and analyse the bundled story. */
static inline void
tu_story(struct corpus *c)
{
	const char *path = TU_STORY;

	corpus_init(c);
	assert_int_equal(load_paths(c, &path, 1, NULL), PX_OK);
	assert_int_equal(analyse(c, NULL, NULL), PX_OK);
}

/* A NUL-terminated copy of a span (free it). */
static inline char *
tu_span(const struct article *a, uint32_t start, uint32_t end)
{
	char *s = malloc(end - start + 1);

	memcpy(s, a->text + start, end - start);
	s[end - start] = '\0';
	return s;
}

/* Sentence i of article a as a string (free it). */
static inline char *
tu_sentence(const struct article *a, uint32_t i)
{
	return tu_span(a, a->sents[i].start, a->sents[i].end);
}

/* Find the sentence of article a that contains needle; PX_NONE if none. */
static inline uint32_t
tu_find_sentence(const struct article *a, const char *needle)
{
	const char *hit = strstr((const char *)a->text, needle);

	if (!hit)
		return PX_NONE;
	return article_sentence_at(a, (uint32_t)(hit - (const char *)a->text));
}

/* Write text to a new temporary file; returns its path (static buffer,
 * valid until the next call). */
static inline const char *
tu_write_tmp(const char *text)
{
	static char path[64];
	FILE *f;
	int fd;

	strcpy(path, "/tmp/px-test-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Compare a string and print both on failure. */
#define assert_str(got, want) assert_string_equal((got), (want))

#endif
