/* names.h - comparing the names of actors.
 *
 * Keys under which two spellings of one name meet: transliteration
 * variants of a surname ("Zelenskyy", "Zelensky", "Zelenskiy" share the
 * key "zelensky"), and a bounded edit distance for the rest. */
#ifndef PARALLAX_NAMES_H
#define PARALLAX_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Write the transliteration key of the folded name s[0..n) to out (cap
 * bytes, NUL-terminated); returns its length. Only ASCII letters and
 * digits are kept; the endings -yy, -iy, -ii, -yi, -ij become -y. */
size_t names_key(const char *s, size_t n, char *out, size_t cap);

/* Levenshtein distance between a and b, or limit + 1 when it exceeds
 * limit (the computation stops early). */
uint32_t names_distance(const char *a, size_t na, const char *b, size_t nb,
                        uint32_t limit);

/* Are two first-name keys one person's? Equal, one an initial of the
 * other, or one edit apart when both are five letters or longer. */
bool names_first_compatible(const char *a, size_t na, const char *b, size_t nb);

/* Are two surname keys spellings of one name? Equal, or one edit apart
 * when both are six letters or longer and start with the same letter. */
bool names_surname_compatible(const char *a, size_t na, const char *b, size_t nb);

#endif
