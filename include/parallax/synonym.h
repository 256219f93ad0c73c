/* synonym.h - WordNet concepts of English Snowball stems.
 *
 * The table is generated at build time by src/tools/wngen.c from the
 * WordNet database and compiled into the library, so nothing is read at
 * run time. Two different stems that share a concept may paraphrase each
 * other (halt ~ pause, swap ~ exchange); a concept with SYN_HYPER set is
 * reached through a hypernym and is weaker evidence. */
#ifndef PARALLAX_SYNONYM_H
#define PARALLAX_SYNONYM_H

#include <stddef.h>
#include <stdint.h>

#define SYN_HYPER 0x80000000u

/* Concepts of the stem s[0..n): sets *concepts to an array owned
 * by the table and returns its length, or 0 (and NULL) when WordNet has
 * nothing for the stem. */
uint32_t syn_lookup(const char *s, size_t n, const uint32_t **concepts);
/* Number of distinct concepts (ids are below it, without SYN_HYPER). */
uint32_t syn_concept_count(void);

/* The generated table: stems NUL-separated, grouped by the bucket of
 * their hash (syn_hash() & (syn_n_buckets - 1), a power of two), then in
 * strcmp order. */
extern const uint32_t syn_n_stems, syn_n_concepts, syn_n_string_bytes, syn_n_buckets;
extern const char syn_strings[];
extern const uint32_t syn_string_at[]; /* syn_n_stems + 1 offsets */
extern const uint32_t syn_bucket[];    /* syn_n_buckets + 1: first stem of each */
extern const uint32_t syn_first[];     /* syn_n_stems + 1 */
extern const uint32_t syn_concepts[];

/* FNV-1a over the bytes of a stem; the generator and the look-up share it. */
static inline uint32_t
syn_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

#endif
