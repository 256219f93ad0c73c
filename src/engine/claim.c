/* claim.c - claims: attributed statements, their cue and source. */
#include "parallax/claim.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/attrib.h"
#include "parallax/extract.h"
#include "parallax/strmap.h"

/* Strings of claims, each copied into the corpus arena once: a few cue
 * names and generic sources serve thousands of claims. */
struct names {
	struct strmap index;  /* text -> position in strs */
	char **strs;
	uint32_t n, cap;
};

static char *
name_of(struct corpus *c, struct names *nm, const char *s, size_t n)
{
	uint32_t i = strmap_get(&nm->index, s, n);

	if (i != PX_NONE)
		return nm->strs[i];
	*PX_PUSH(nm->strs, nm->n, nm->cap) = arena_strndup(&c->arena, s, n);
	strmap_put(&nm->index, s, n, nm->n - 1);
	return nm->strs[nm->n - 1];
}

/* The cue's name for the report: a verb's lemma, a statement noun in
 * the singular ("statements" gives "statement"). */
static char *
cue_name(struct corpus *c, struct names *nm, const struct attribution *at)
{
	size_t n = strlen(at->lemma);

	if (at->how == ATTRIB_SPEECH && n > 3 && at->lemma[n - 1] == 's' && at->lemma[n - 2] != 's')
		n--;
	return name_of(c, nm, at->lemma, n);
}

/* Is there already a claim of this sentence with this speaker (or this
 * generic source)? Claims of one sentence are contiguous and few. */
static bool
seen(const struct corpus *c, uint32_t from, const struct attribution *at, uint32_t speaker,
     const char *text, size_t len)
{
	uint32_t i;

	for (i = from; i < c->n_claims; i++) {
		const struct claim *cl = &c->claims[i];

		if (cl->article != at->article || cl->sentence != at->sentence)
			continue;
		if (speaker != PX_NONE && cl->speaker == speaker)
			return true;
		if (speaker == PX_NONE && cl->source && strlen(cl->source) == len &&
		    memcmp(cl->source, text, len) == 0)
			return true;
	}
	return false;
}

static void
add_claim(struct corpus *c, struct names *nm, uint32_t from, const struct attribution *at,
          uint32_t speaker)
{
	const struct article *a = &c->articles[at->article];
	const char *text = speaker == PX_NONE ? article_at(a, at->src_start) : NULL;
	size_t len = speaker == PX_NONE ? at->src_end - at->src_start : 0;
	struct claim *cl;

	if (speaker == PX_NONE && !at->generic)
		return;
	if (seen(c, from, at, speaker, text, len))
		return;
	cl = PX_PUSH(c->claims, c->n_claims, c->cap_claims);
	cl->article = at->article;
	cl->sentence = at->sentence;
	cl->start = at->content_start;
	cl->end = at->content_end;
	cl->speaker = speaker;
	cl->cue_start = at->cue_start;
	cl->cue_end = at->cue_end;
	cl->cue = cue_name(c, nm, at);
	cl->source = speaker == PX_NONE ? name_of(c, nm, text, len) : NULL;
}

void
claim_run(struct corpus *c, const struct analysis_opts *o)
{
	const struct attrib_result *r;
	struct names nm = {0};
	uint32_t i, j, from = 0;

	(void)o;
	strmap_init(&nm.index);
	r = attrib_shared(c);
	for (i = 0; i < r->n; i++) {
		const struct attribution *at = &r->items[i];

		if (i && (at->article != r->items[i - 1].article ||
		          at->sentence != r->items[i - 1].sentence))
			from = c->n_claims;
		if (at->negated)
			continue;
		if (at->generic)
			add_claim(c, &nm, from, at, PX_NONE);
		for (j = 0; j < at->n_speakers; j++)
			add_claim(c, &nm, from, at, at->speakers[j]);
		/* what is said inside a quote is also its speaker's claim */
		if (at->quote != PX_NONE && (at->n_speakers || at->generic || at->self))
			add_claim(c, &nm, from, at, r->quote_speaker[at->quote]);
	}
	strmap_free(&nm.index);
	free(nm.strs);
	/* the last extraction stage: the shared scratch is no longer needed */
	extract_free(c);
}
