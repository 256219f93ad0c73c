/* Load and analyse arbitrary bytes as one to four articles, then write
 * both reports. The first byte says how many articles; the rest is cut
 * into that many parts. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "parallax/analyse.h"
#include "parallax/load.h"
#include "parallax/report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	struct corpus c;
	size_t parts, i, part;

	if (size < 1)
		return 0;
	if (!null)
		null = fopen("/dev/null", "w");
	parts = (size_t)(data[0] % 4) + 1;
	data++, size--;
	part = size / parts;
	corpus_init(&c);
	for (i = 0; i < parts; i++) {
		size_t n = i + 1 == parts ? size - i * part : part;
		char name[16];

		snprintf(name, sizeof name, "%zu.txt", i);
		load_header(corpus_add_text(&c, name, data + i * part, n));
	}
	if (analyse(&c, NULL, NULL) == PX_OK) {
		report_json(&c, null);
		report_summary(&c, null);
	}
	corpus_free(&c);
	return 0;
}
