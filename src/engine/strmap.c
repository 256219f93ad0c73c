/* strmap.c - a map from byte strings to 32-bit values. */
#include "parallax/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/corpus.h"

struct strmap_slot {
	const char *key; /* NULL: empty */
	uint32_t len;
	uint32_t value;
	uint64_t hash;
};

void
strmap_init(struct strmap *m)
{
	arena_init(&m->arena);
	m->size = 64;
	m->used = 0;
	m->slots = xcalloc(m->size, sizeof *m->slots);
}

void
strmap_free(struct strmap *m)
{
	arena_free(&m->arena);
	free(m->slots);
	m->slots = NULL;
	m->size = m->used = 0;
}

static struct strmap_slot *
find(const struct strmap *m, const char *s, size_t n, uint64_t h)
{
	uint32_t k = (uint32_t)h & (m->size - 1);

	for (;;) {
		struct strmap_slot *sl = &m->slots[k];

		if (!sl->key || (sl->hash == h && sl->len == n && memcmp(sl->key, s, n) == 0))
			return sl;
		k = (k + 1) & (m->size - 1);
	}
}

uint32_t
strmap_get(const struct strmap *m, const char *s, size_t n)
{
	const struct strmap_slot *sl = find(m, s, n, px_hash(s, n));

	return sl->key ? sl->value : PX_NONE;
}

static void
grow(struct strmap *m)
{
	struct strmap_slot *old = m->slots;
	uint32_t i, size = m->size;

	m->size *= 2;
	m->slots = xcalloc(m->size, sizeof *m->slots);
	for (i = 0; i < size; i++)
		if (old[i].key)
			*find(m, old[i].key, old[i].len, old[i].hash) = old[i];
	free(old);
}

void
strmap_put(struct strmap *m, const char *s, size_t n, uint32_t v)
{
	uint64_t h = px_hash(s, n);
	struct strmap_slot *sl = find(m, s, n, h);

	if (!sl->key) {
		if ((m->used + 1) * 2 > m->size) {
			grow(m);
			sl = find(m, s, n, h);
		}
		sl->key = arena_strndup(&m->arena, s, n);
		sl->len = (uint32_t)n;
		sl->hash = h;
		m->used++;
	}
	sl->value = v;
}
