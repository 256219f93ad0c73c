/* analyse.c - the analysis pipeline over a loaded corpus. */
#include "parallax/analyse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/actor.h"
#include "parallax/boiler.h"
#include "parallax/claim.h"
#include "parallax/lexicon.h"
#include "parallax/match.h"
#include "parallax/quote.h"
#include "parallax/segment.h"

#define TITLE_MAX 160

void
analysis_opts_default(struct analysis_opts *o)
{
	memset(o, 0, sizeof *o);
	snprintf(o->language, sizeof o->language, "english");
	o->threshold = 0.30;
	o->min_outlets = 2;
	o->actors = o->quotes = o->claims = true;
}

/* Without metadata, the title is the first body line (its first
 * sentence when the line is long), cut at TITLE_MAX bytes. */
static void
default_title(struct article *a)
{
	uint32_t i;

	if (a->title)
		return;
	for (i = 0; i < a->n_paras; i++) {
		const struct paragraph *p = &a->paras[i];
		const struct sentence *s;
		uint32_t end, n;
		char *raw;

		if (p->boiler || !p->sent_count)
			continue;
		s = &a->sents[p->sent_first];
		end = s->end;
		n = end - s->start;
		if (n > TITLE_MAX) {
			n = TITLE_MAX;
			while (n && (a->text[s->start + n] & 0xC0) == 0x80)
				n--;
		}
		raw = px_safe_str(article_at(a, s->start), n);
		a->title = n < end - s->start ? xasprintf("%s…", raw) : xstrdup(raw);
		free(raw);
		return;
	}
	a->title = xstrdup(a->name);
}

enum status
analyse(struct corpus *c, const struct analysis_opts *o, struct analysis_times *times)
{
	struct analysis_opts def;
	struct analysis_times t = {0};
	double t0 = px_now(), t1;
	uint32_t i;

	if (!o) {
		analysis_opts_default(&def);
		o = &def;
	}
	corpus_clear_results(c);
	if (!c->lex || strcmp(lex_language(c->lex), o->language) != 0) {
		struct lexicon *lx = lex_new(o->language);

		if (!lx)
			return PX_ERR_INPUT;
		lex_free(c->lex);
		c->lex = lx;
	}
	for (i = 0; i < c->n_articles; i++) {
		struct article *a = &c->articles[i];

		segment_article(a);
		segment_tokens(a, c->lex);
		boiler_mark(a);
		default_title(a);
	}
	t1 = px_now();
	t.segment = t1 - t0;
	match_run(c, o);
	t.match = px_now() - t1;
	t1 = px_now();
	if (o->actors)
		actor_run(c, o);
	if (o->quotes)
		quote_run(c, o);
	if (o->claims)
		claim_run(c, o);
	t.extract = px_now() - t1;
	t.total = px_now() - t0;
	if (times)
		*times = t;
	return PX_OK;
}
