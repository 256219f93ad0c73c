/* extract.h - scratch data shared by the extraction stages of one
 * analysis.
 *
 * actor_run(), quote_run() and claim_run() read the same word classes,
 * and quotes and claims the same attributions. Both are computed once,
 * on first use, and kept in c->extract until claim_run() is done or
 * corpus_clear_results() drops them. They are only valid while the
 * articles' tokens and the lexicon stay as they are. */
#ifndef PARALLAX_EXTRACT_H
#define PARALLAX_EXTRACT_H

#include <stdbool.h>

#include "parallax/attrib.h"
#include "parallax/corpus.h"
#include "parallax/words.h"

struct extract {
	struct words words;
	bool have_words;
	struct attrib_result attrib;
	bool have_attrib;
};

/* The word-class cache of c, built on first use (after tokens exist).
 * Owned by c. */
struct words *extract_words(struct corpus *c);

/* The scratch data of c, created empty on first use. Owned by c. */
struct extract *extract_get(struct corpus *c);

/* Free the scratch data of c, if any; c->extract becomes NULL. */
void extract_free(struct corpus *c);

#endif
