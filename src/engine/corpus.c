/* corpus.c - lifetime of a corpus and its articles. */
#include "parallax/corpus.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/extract.h"
#include "parallax/lexicon.h"

void
corpus_init(struct corpus *c)
{
	memset(c, 0, sizeof *c);
	arena_init(&c->arena);
}

static void
article_free(struct article *a)
{
	free(a->path);
	free(a->outlet);
	free(a->title);
	free(a->date);
	free(a->url);
	free(a->author);
	free(a->text);
	free(a->paras);
	free(a->sents);
	free(a->toks);
}

/* Drop every analysis result, keeping the articles' text and metadata. */
void
corpus_clear_results(struct corpus *c)
{
	uint32_t i;

	for (i = 0; i < c->n_topics; i++)
		free(c->topics[i].members);
	for (i = 0; i < c->n_discs; i++)
		free(c->discs[i].values);
	for (i = 0; i < c->n_actors; i++) {
		free(c->actors[i].aliases);
		free(c->actors[i].mentions);
	}
	free(c->links);
	free(c->topics);
	free(c->unique);
	free(c->discs);
	free(c->actors);
	free(c->quotes);
	free(c->claims);
	extract_free(c);
	c->links = NULL, c->n_links = c->cap_links = 0;
	c->topics = NULL, c->n_topics = c->cap_topics = 0;
	c->unique = NULL, c->n_unique = c->cap_unique = 0;
	c->discs = NULL, c->n_discs = c->cap_discs = 0;
	c->actors = NULL, c->n_actors = c->cap_actors = 0;
	c->quotes = NULL, c->n_quotes = c->cap_quotes = 0;
	c->claims = NULL, c->n_claims = c->cap_claims = 0;
	for (i = 0; i < c->n_articles; i++) {
		struct article *a = &c->articles[i];
		uint32_t j;

		for (j = 0; j < a->n_sents; j++) {
			a->sents[j].topic = PX_NONE;
			a->sents[j].flags &= ~(uint32_t)SENT_UNIQUE;
		}
	}
}

void
corpus_free(struct corpus *c)
{
	uint32_t i;

	corpus_clear_results(c);
	for (i = 0; i < c->n_articles; i++)
		article_free(&c->articles[i]);
	for (i = 0; i < c->n_warnings; i++)
		free(c->warnings[i]);
	free(c->warnings);
	free(c->articles);
	lex_free(c->lex);
	arena_free(&c->arena);
	memset(c, 0, sizeof *c);
}

void
corpus_warn(struct corpus *c, const char *fmt, ...)
{
	va_list ap;
	char buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	*PX_PUSH(c->warnings, c->n_warnings, c->cap_warnings) = xstrdup(buf);
}

/* The outlet a file name suggests when nothing else names it:
 * "03-washington_post.txt" -> "washington post". An ordering prefix and
 * the extension go; a name that would be left empty stays whole. */
static char *
outlet_of_name(const char *name)
{
	const char *s = name, *dot = strrchr(name, '.'), *end;
	char *out, *o;

	end = dot && dot != name ? dot : name + strlen(name);
	while (s < end && *s >= '0' && *s <= '9')
		s++;
	if (s > name && s < end && (*s == '-' || *s == '_' || *s == '.' || *s == ' '))
		s++;
	else
		s = name;
	if (s == end)
		return xstrdup(name);
	out = o = xmalloc((size_t)(end - s) + 1);
	for (; s < end; s++)
		*o++ = *s == '_' || *s == '-' ? ' ' : *s;
	*o = '\0';
	return out;
}

struct article *
corpus_add_text(struct corpus *c, const char *name, const void *data, size_t len)
{
	struct article *a;
	char *slash;

	if (len > UINT32_MAX - 1)
		px_die("article too large: %s", name);
	a = PX_PUSH(c->articles, c->n_articles, c->cap_articles);
	a->id = c->n_articles - 1;
	a->path = xstrdup(name);
	slash = strrchr(a->path, '/');
	a->name = slash ? slash + 1 : a->path;
	a->outlet = outlet_of_name(a->name);
	a->text = xmalloc(len + ARTICLE_PAD);
	if (len)
		memcpy(a->text, data, len);
	memset(a->text + len, 0, ARTICLE_PAD);
	a->len = (uint32_t)len;
	return a;
}

void
corpus_drop_last(struct corpus *c)
{
	if (!c->n_articles)
		return;
	article_free(&c->articles[--c->n_articles]);
}

uint32_t
article_sentence_from(const struct article *a, uint32_t off)
{
	return PX_LOWER_BOUND(a->sents, a->n_sents, struct sentence, end, (uint64_t)off + 1);
}

uint32_t
article_sentence_at(const struct article *a, uint32_t off)
{
	uint32_t i = article_sentence_from(a, off);

	return i < a->n_sents && a->sents[i].start <= off ? i : PX_NONE;
}

uint32_t
article_token_from(const struct article *a, uint32_t off)
{
	return PX_LOWER_BOUND(a->toks, a->n_toks, struct token, end, (uint64_t)off + 1);
}
