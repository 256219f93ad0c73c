/* load.h - read articles from files and folders.
 *
 * A folder contributes its *.txt files (hidden files skipped), in file
 * name order. Metadata comes from an optional header block at the top of
 * a file (Title:, Outlet:, Date:, URL:, Author: lines ended by a blank
 * line) and from an optional story.ini beside the files ([file-name]
 * sections with outlet, title, date, url, author); the header wins.
 * Files are opened read-only and never written. */
#ifndef PARALLAX_LOAD_H
#define PARALLAX_LOAD_H

#include <stdint.h>

#include "parallax/corpus.h"

struct load_limits {
	uint64_t max_file_bytes;  /* one article */
	uint64_t max_total_bytes; /* the whole corpus */
	uint32_t max_articles;
};

#define LOAD_MAX_FILE_BYTES (64ull << 20)
#define LOAD_MAX_TOTAL_BYTES (1024ull << 20)
#define LOAD_MAX_ARTICLES 20000u

void load_limits_default(struct load_limits *lim);

/* Load every path (file or folder) into c, in order. On error returns
 * PX_ERR_INPUT with a one-line message naming the file in px_error();
 * articles loaded before the error stay in c. */
enum status load_paths(struct corpus *c, const char *const *paths, int n,
                       const struct load_limits *lim);

/* Skip a BOM and read a header block at the top of a->text: fills the
 * metadata it names and sets a->body. Used by load_paths() and for
 * articles added from memory. */
void load_header(struct article *a);

#endif
