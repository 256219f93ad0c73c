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

/* The generated table: stems sorted by strcmp, NUL-separated. */
extern const uint32_t syn_n_stems, syn_n_concepts, syn_n_string_bytes;
extern const char syn_strings[];
extern const uint32_t syn_string_at[]; /* syn_n_stems offsets */
extern const uint32_t syn_first[];     /* syn_n_stems + 1 */
extern const uint32_t syn_concepts[];

#endif
