/* synonym.c - look-ups in the generated WordNet concept table. */
#include "parallax/synonym.h"

#include <string.h>

uint32_t
syn_lookup(const char *s, size_t n, const uint32_t **concepts)
{
	uint32_t b = syn_hash(s, n) & (syn_n_buckets - 1), i;

	for (i = syn_bucket[b]; i < syn_bucket[b + 1]; i++)
		if (syn_string_at[i + 1] - syn_string_at[i] - 1 == n &&
		    memcmp(syn_strings + syn_string_at[i], s, n) == 0) {
			*concepts = syn_concepts + syn_first[i];
			return syn_first[i + 1] - syn_first[i];
		}
	*concepts = NULL;
	return 0;
}

uint32_t
syn_concept_count(void)
{
	return syn_n_concepts;
}
