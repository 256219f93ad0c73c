/* extract.c - scratch data shared by the extraction stages. */
#include "parallax/extract.h"

#include <stdlib.h>

struct extract *
extract_get(struct corpus *c)
{
	if (!c->extract)
		c->extract = xcalloc(1, sizeof *c->extract);
	return c->extract;
}

struct words *
extract_words(struct corpus *c)
{
	struct extract *e = extract_get(c);

	if (!e->have_words) {
		words_init(&e->words, c);
		e->have_words = true;
	}
	return &e->words;
}

void
extract_free(struct corpus *c)
{
	struct extract *e = c->extract;

	if (!e)
		return;
	if (e->have_words)
		words_free(&e->words);
	if (e->have_attrib)
		attrib_free(&e->attrib);
	free(e);
	c->extract = NULL;
}
