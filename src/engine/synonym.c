/* synonym.c - look-ups in the generated WordNet concept table. */
#include "parallax/synonym.h"

#include <string.h>

/* strcmp order of s[0..n) against key i of the table */
static int
cmp_key(const char *s, size_t n, uint32_t i)
{
	const char *key = syn_strings + syn_string_at[i];
	size_t k = (i + 1 < syn_n_stems ? syn_string_at[i + 1] : syn_n_string_bytes) -
	           syn_string_at[i] - 1;
	int c = memcmp(s, key, n < k ? n : k);

	if (c)
		return c;
	return n < k ? -1 : n > k;
}

uint32_t
syn_lookup(const char *s, size_t n, const uint32_t **concepts)
{
	uint32_t lo = 0, hi = syn_n_stems;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = cmp_key(s, n, mid);

		if (c == 0) {
			*concepts = syn_concepts + syn_first[mid];
			return syn_first[mid + 1] - syn_first[mid];
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	*concepts = NULL;
	return 0;
}

uint32_t
syn_concept_count(void)
{
	return syn_n_concepts;
}
