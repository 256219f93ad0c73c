/* strmap.h - a map from byte strings to 32-bit values.
 *
 * Open addressing over FNV-1a hashes. The map owns copies of its keys
 * (in its own arena); values are plain integers, typically indexes into
 * an array the caller owns. */
#ifndef PARALLAX_STRMAP_H
#define PARALLAX_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#include "parallax/util.h"

struct strmap {
	struct arena arena;
	struct strmap_slot *slots;
	uint32_t size, used;
};

void strmap_init(struct strmap *m);
void strmap_free(struct strmap *m);

/* Value of key s[0..n), or PX_NONE when absent. */
uint32_t strmap_get(const struct strmap *m, const char *s, size_t n);
/* Set key s[0..n) to v (v must not be PX_NONE). */
void strmap_put(struct strmap *m, const char *s, size_t n, uint32_t v);

#endif
