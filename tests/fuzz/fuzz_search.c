/* The first line is a pattern, the rest an article to search. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/analyse.h"
#include "parallax/search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t plen = nl ? (size_t)(nl - data) : size;
	char *pattern, err[256];
	struct search *s;
	struct corpus c;
	struct search_result r = {0};

	pattern = malloc(plen + 1);
	memcpy(pattern, data, plen);
	pattern[plen] = '\0';
	s = search_compile(pattern, err, sizeof err);
	if (s) {
		corpus_init(&c);
		corpus_add_text(&c, "a.txt", nl ? nl + 1 : data + size, nl ? size - plen - 1 : 0);
		if (analyse(&c, NULL, NULL) == PX_OK) {
			search_run(s, &c, &r, 20);
			if (r.n)
				search_next(&r, 0, r.hits[0].start, -1);
		}
		search_result_free(&r);
		corpus_free(&c);
		search_free(s);
	}
	free(pattern);
	return 0;
}
