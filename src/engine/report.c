/* report.c - the JSON and summary reports. */
#include "parallax/report.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/boiler.h"

const char *
report_actor_kind(enum actor_kind k)
{
	switch (k) {
	case ACTOR_PERSON: return "person";
	case ACTOR_ORG: return "org";
	case ACTOR_COUNTRY: return "country";
	}
	return "?";
}

const char *
report_disc_kind(enum disc_kind k)
{
	switch (k) {
	case DISC_NUMBER: return "number";
	case DISC_QUANTITY: return "quantity";
	case DISC_WEEKDAY: return "weekday";
	case DISC_DATE: return "date";
	}
	return "?";
}

/* A JSON string of s[0..n): invalid UTF-8 becomes U+FFFD (jansson
 * refuses it); control characters are kept and escaped by jansson. */
static json_t *
jstrn(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	char *fixed;
	size_t i = 0, o = 0;
	json_t *j;

	if (!s)
		return json_null();
	if (utf8_valid(p, n))
		return json_stringn(s, n);
	fixed = xmalloc(n * 3 + 1);
	while (i < n) {
		int32_t cp;

		i += utf8_decode(p + i, n - i, &cp);
		o += utf8_encode(cp, fixed + o);
	}
	j = json_stringn(fixed, o);
	free(fixed);
	return j ? j : json_string("");
}

static json_t *
jstr(const char *s)
{
	return s ? jstrn(s, strlen(s)) : json_null();
}

static json_t *
jid(uint32_t id)
{
	return id == PX_NONE ? json_null() : json_integer(id);
}

static json_t *
jsref(struct sref r)
{
	return json_pack("{s:I,s:I}", "article", (json_int_t)r.article,
	                 "sentence", (json_int_t)r.sentence);
}

static json_t *
article_json(const struct article *a)
{
	json_t *o = json_object(), *paras = json_array(), *sents = json_array();
	uint32_t i;

	json_object_set_new(o, "id", json_integer(a->id));
	json_object_set_new(o, "path", jstr(a->path));
	json_object_set_new(o, "outlet", jstr(a->outlet));
	json_object_set_new(o, "title", jstr(a->title));
	json_object_set_new(o, "date", jstr(a->date));
	json_object_set_new(o, "url", jstr(a->url));
	json_object_set_new(o, "author", jstr(a->author));
	json_object_set_new(o, "bytes", json_integer(a->len));
	json_object_set_new(o, "body", json_integer(a->body));
	for (i = 0; i < a->n_paras; i++) {
		const struct paragraph *p = &a->paras[i];

		json_array_append_new(paras, json_pack("{s:I,s:I,s:b,s:s}",
		        "start", (json_int_t)p->start, "end", (json_int_t)p->end,
		        "boilerplate", p->boiler != BOIL_NONE,
		        "kind", boiler_reason_name(p->boiler)));
	}
	for (i = 0; i < a->n_sents; i++) {
		const struct sentence *s = &a->sents[i];

		json_array_append_new(sents, json_pack("{s:I,s:I,s:I,s:I,s:b,s:o,s:b}",
		        "id", (json_int_t)i, "start", (json_int_t)s->start,
		        "end", (json_int_t)s->end, "paragraph", (json_int_t)s->paragraph,
		        "boilerplate", (s->flags & SENT_BOILER) != 0,
		        "topic", jid(s->topic), "unique", (s->flags & SENT_UNIQUE) != 0));
	}
	json_object_set_new(o, "paragraphs", paras);
	json_object_set_new(o, "sentences", sents);
	return o;
}

static json_t *
links_json(const struct corpus *c)
{
	json_t *arr = json_array();
	uint32_t i;

	for (i = 0; i < c->n_links; i++) {
		const struct link *l = &c->links[i];

		json_array_append_new(arr, json_pack("{s:o,s:o,s:f}", "a", jsref(l->a),
		        "b", jsref(l->b), "score", (double)(int)(l->score * 1000 + 0.5) / 1000));
	}
	return arr;
}

static json_t *
topics_json(const struct corpus *c)
{
	json_t *arr = json_array();
	uint32_t i, j;

	for (i = 0; i < c->n_topics; i++) {
		const struct topic *t = &c->topics[i];
		json_t *m = json_array();

		for (j = 0; j < t->n_members; j++)
			json_array_append_new(m, jsref(t->members[j]));
		json_array_append_new(arr, json_pack("{s:I,s:o,s:I,s:o}", "id", (json_int_t)i,
		        "label", jstr(t->label), "outlets", (json_int_t)t->n_outlets,
		        "members", m));
	}
	return arr;
}

static json_t *
unique_json(const struct corpus *c)
{
	json_t *arr = json_array();
	uint32_t i;

	for (i = 0; i < c->n_unique; i++)
		json_array_append_new(arr, jsref(c->unique[i]));
	return arr;
}

static json_t *
discs_json(const struct corpus *c)
{
	json_t *arr = json_array();
	uint32_t i, j;

	for (i = 0; i < c->n_discs; i++) {
		const struct discrepancy *d = &c->discs[i];
		json_t *vals = json_array();

		for (j = 0; j < d->n_values; j++) {
			const struct disc_value *v = &d->values[j];
			const struct article *a = &c->articles[v->article];

			json_array_append_new(vals, json_pack("{s:I,s:I,s:I,s:I,s:o}",
			        "article", (json_int_t)v->article,
			        "sentence", (json_int_t)v->sentence,
			        "start", (json_int_t)v->start, "end", (json_int_t)v->end,
			        "text", jstrn(article_at(a, v->start), v->end - v->start)));
		}
		json_array_append_new(arr, json_pack("{s:I,s:s,s:o}", "topic",
		        (json_int_t)d->topic, "kind", report_disc_kind(d->kind),
		        "values", vals));
	}
	return arr;
}

static json_t *
actors_json(const struct corpus *c)
{
	json_t *arr = json_array();
	uint32_t i, j;

	for (i = 0; i < c->n_actors; i++) {
		const struct actor *ac = &c->actors[i];
		json_t *al = json_array(), *ms = json_array();

		for (j = 0; j < ac->n_aliases; j++)
			json_array_append_new(al, jstr(ac->aliases[j]));
		for (j = 0; j < ac->n_mentions; j++) {
			const struct mention *m = &ac->mentions[j];

			json_array_append_new(ms, json_pack("{s:I,s:I,s:I,s:I}",
			        "article", (json_int_t)m->article, "sentence", (json_int_t)m->sentence,
			        "start", (json_int_t)m->start, "end", (json_int_t)m->end));
		}
		json_array_append_new(arr, json_pack("{s:I,s:o,s:s,s:o,s:o}", "id",
		        (json_int_t)i, "name", jstr(ac->name), "kind",
		        report_actor_kind(ac->kind), "aliases", al, "mentions", ms));
	}
	return arr;
}

static json_t *
quotes_json(const struct corpus *c)
{
	json_t *arr = json_array();
	uint32_t i;

	for (i = 0; i < c->n_quotes; i++) {
		const struct quote *q = &c->quotes[i];

		json_array_append_new(arr, json_pack("{s:I,s:I,s:I,s:I,s:I,s:o,s:o}",
		        "id", (json_int_t)i, "article", (json_int_t)q->article,
		        "start", (json_int_t)q->start, "end", (json_int_t)q->end,
		        "sentence", (json_int_t)q->sentence, "speaker", jid(q->speaker),
		        "group", jid(q->group)));
	}
	return arr;
}

static json_t *
claims_json(const struct corpus *c)
{
	json_t *arr = json_array();
	uint32_t i;

	for (i = 0; i < c->n_claims; i++) {
		const struct claim *cl = &c->claims[i];

		json_array_append_new(arr, json_pack("{s:I,s:I,s:I,s:I,s:I,s:o,s:o,s:I,s:I,s:o}",
		        "id", (json_int_t)i, "article", (json_int_t)cl->article,
		        "sentence", (json_int_t)cl->sentence, "start", (json_int_t)cl->start,
		        "end", (json_int_t)cl->end, "speaker", jid(cl->speaker),
		        "cue", jstr(cl->cue), "cue_start", (json_int_t)cl->cue_start,
		        "cue_end", (json_int_t)cl->cue_end, "source", jstr(cl->source)));
	}
	return arr;
}

enum status
report_json(const struct corpus *c, FILE *out)
{
	json_t *root = json_object(), *arts = json_array();
	uint32_t i;
	int rc;

	json_object_set_new(root, "version", json_integer(REPORT_VERSION));
	for (i = 0; i < c->n_articles; i++)
		json_array_append_new(arts, article_json(&c->articles[i]));
	json_object_set_new(root, "articles", arts);
	json_object_set_new(root, "links", links_json(c));
	json_object_set_new(root, "topics", topics_json(c));
	json_object_set_new(root, "unique", unique_json(c));
	json_object_set_new(root, "discrepancies", discs_json(c));
	json_object_set_new(root, "actors", actors_json(c));
	json_object_set_new(root, "quotes", quotes_json(c));
	json_object_set_new(root, "claims", claims_json(c));
	rc = json_dumpf(root, out, JSON_INDENT(1));
	json_decref(root);
	if (rc != 0 || fputc('\n', out) == EOF || fflush(out) != 0)
		return px_fail(PX_ERR_INTERNAL, "cannot write the report: %s", strerror(errno));
	return PX_OK;
}

/* Summary */

static void
put_span(FILE *out, const struct article *a, uint32_t start, uint32_t end, uint32_t max)
{
	uint32_t n = end - start;
	bool cut = false;
	char *s;

	if (n > max) {
		n = max;
		while (n && (a->text[start + n] & 0xC0) == 0x80)
			n--;
		cut = true;
	}
	s = px_safe_str(article_at(a, start), n);
	fputs(s, out);
	if (cut)
		fputs("…", out);
	free(s);
}

static void
put_safe(FILE *out, const char *s)
{
	char *safe = px_safe_str(s, strlen(s));

	fputs(safe, out);
	free(safe);
}

static void
summary_articles(const struct corpus *c, FILE *out)
{
	uint32_t i, j;

	fprintf(out, "Articles\n");
	for (i = 0; i < c->n_articles; i++) {
		const struct article *a = &c->articles[i];
		uint32_t boiler = 0, uniq = 0;

		for (j = 0; j < a->n_sents; j++) {
			boiler += (a->sents[j].flags & SENT_BOILER) != 0;
			uniq += (a->sents[j].flags & SENT_UNIQUE) != 0;
		}
		fprintf(out, "  [%u] ", i + 1);
		put_safe(out, a->outlet);
		fputs(": ", out);
		put_safe(out, a->title);
		fprintf(out, "\n      %s, %u bytes, %u paragraphs, %u sentences "
		        "(%u boilerplate, %u unique)\n", a->path, a->len, a->n_paras,
		        a->n_sents, boiler, uniq);
	}
}

static void
summary_topics(const struct corpus *c, FILE *out)
{
	uint32_t i, j;

	fprintf(out, "\nShared passages (%u topics)\n", c->n_topics);
	for (i = 0; i < c->n_topics; i++) {
		const struct topic *t = &c->topics[i];
		uint32_t last = PX_NONE;

		fprintf(out, "  T%u ", i + 1);
		put_safe(out, t->label ? t->label : "");
		fprintf(out, " (%u outlets)\n", t->n_outlets);
		for (j = 0; j < t->n_members; j++) {
			const struct article *a = &c->articles[t->members[j].article];
			const struct sentence *s = corpus_sentence(c, t->members[j]);

			if (a->id == last)
				continue;
			last = a->id;
			fputs("      ", out);
			put_safe(out, a->outlet);
			fputs(": ", out);
			put_span(out, a, s->start, s->end, 100);
			fputc('\n', out);
		}
	}
}

static void
summary_discs(const struct corpus *c, FILE *out)
{
	uint32_t i, j;

	fprintf(out, "\nDiscrepancies (%u)\n", c->n_discs);
	for (i = 0; i < c->n_discs; i++) {
		const struct discrepancy *d = &c->discs[i];

		fprintf(out, "  T%u %s:", d->topic + 1, report_disc_kind(d->kind));
		for (j = 0; j < d->n_values; j++) {
			const struct disc_value *v = &d->values[j];
			const struct article *a = &c->articles[v->article];

			fputs(j ? ", " : " ", out);
			put_span(out, a, v->start, v->end, 40);
			fputs(" (", out);
			put_safe(out, a->outlet);
			fputc(')', out);
		}
		fputc('\n', out);
	}
}

static void
summary_actors(const struct corpus *c, FILE *out)
{
	uint32_t i, j;

	fprintf(out, "\nActors (%u)\n", c->n_actors);
	for (i = 0; i < c->n_actors; i++) {
		const struct actor *ac = &c->actors[i];
		uint32_t outlets = 0, last = PX_NONE;

		for (j = 0; j < ac->n_mentions; j++) {
			if (ac->mentions[j].article != last)
				outlets++;
			last = ac->mentions[j].article;
		}
		fputs("  ", out);
		put_safe(out, ac->name);
		fprintf(out, " (%s): %u mentions in %u outlets", report_actor_kind(ac->kind),
		        ac->n_mentions, outlets);
		for (j = 0; j < ac->n_aliases; j++) {
			fputs(j ? ", " : "; also ", out);
			put_safe(out, ac->aliases[j]);
		}
		fputc('\n', out);
	}
}

static const char *
speaker_name(const struct corpus *c, uint32_t id)
{
	return id < c->n_actors ? c->actors[id].name : "(no speaker)";
}

static void
summary_quotes(const struct corpus *c, FILE *out)
{
	uint32_t i;

	fprintf(out, "\nQuotes (%u)\n", c->n_quotes);
	for (i = 0; i < c->n_quotes; i++) {
		const struct quote *q = &c->quotes[i];
		const struct article *a = &c->articles[q->article];

		fputs("  “", out);
		put_span(out, a, q->start, q->end, 80);
		fputs("” — ", out);
		put_safe(out, speaker_name(c, q->speaker));
		fputs(" [", out);
		put_safe(out, a->outlet);
		fputs("]\n", out);
	}
}

static void
summary_claims(const struct corpus *c, FILE *out)
{
	uint32_t i;

	fprintf(out, "\nClaims (%u)\n", c->n_claims);
	for (i = 0; i < c->n_claims; i++) {
		const struct claim *cl = &c->claims[i];
		const struct article *a = &c->articles[cl->article];

		fputs("  ", out);
		put_safe(out, cl->speaker != PX_NONE ? speaker_name(c, cl->speaker) :
		              cl->source ? cl->source : "(unnamed source)");
		fprintf(out, " %s: ", cl->cue ? cl->cue : "?");
		put_span(out, a, cl->start, cl->end, 90);
		fputs(" [", out);
		put_safe(out, a->outlet);
		fputs("]\n", out);
	}
}

static void
summary_unique(const struct corpus *c, FILE *out)
{
	uint32_t i;

	fprintf(out, "\nOnly one outlet reports (%u sentences)\n", c->n_unique);
	for (i = 0; i < c->n_unique; i++) {
		const struct article *a = &c->articles[c->unique[i].article];
		const struct sentence *s = corpus_sentence(c, c->unique[i]);

		fputs("  ", out);
		put_safe(out, a->outlet);
		fputs(": ", out);
		put_span(out, a, s->start, s->end, 100);
		fputc('\n', out);
	}
}

enum status
report_summary(const struct corpus *c, FILE *out)
{
	uint32_t i, sents = 0;

	for (i = 0; i < c->n_articles; i++)
		sents += c->articles[i].n_sents;
	fprintf(out, "%u articles, %u sentences, %u topics, %u discrepancies, %u actors, "
	        "%u quotes, %u claims\n\n", c->n_articles, sents, c->n_topics, c->n_discs,
	        c->n_actors, c->n_quotes, c->n_claims);
	summary_articles(c, out);
	summary_topics(c, out);
	summary_discs(c, out);
	summary_actors(c, out);
	summary_quotes(c, out);
	summary_claims(c, out);
	summary_unique(c, out);
	if (fflush(out) != 0 || ferror(out))
		return px_fail(PX_ERR_INTERNAL, "cannot write the summary: %s", strerror(errno));
	return PX_OK;
}
