/* fixture.c - the reader on purpose-made corpora with fixed topics.
 *
 * Runs like `parallax [--script FILE --size CxR --dump-screen F
 * --dump-model F] PATH...`, but after the analysis it replaces links,
 * topics, unique passages and discrepancies with what exact matching
 * finds: sentences of different articles whose letters are the same
 * (case, punctuation and blanks aside, every digit counting as one) form
 * a topic; numbers that differ inside a topic are a discrepancy; every
 * other body sentence is unique. The reader's behaviour tests thus stay
 * put while the real matcher improves. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/analyse.h"
#include "parallax/config.h"
#include "parallax/lexicon.h"
#include "parallax/load.h"
#include "tui.h"

#define KEY_MIN 8      /* shorter sentences never match */
#define LABEL_WORDS 4

static char *
sentence_key(const struct article *a, const struct sentence *s)
{
	char *k = xmalloc(s->end - s->start + 1);
	uint32_t i, n = 0;

	for (i = s->start; i < s->end; i++) {
		unsigned char ch = a->text[i];

		if (ch >= 'A' && ch <= 'Z')
			k[n++] = (char)(ch - 'A' + 'a');
		else if ((ch >= 'a' && ch <= 'z') || ch >= 0x80)
			k[n++] = (char)ch;
		else if (ch >= '0' && ch <= '9')
			k[n++] = '#';
	}
	k[n] = '\0';
	return k;
}

static void
clear_matching(struct corpus *c)
{
	uint32_t i, j;

	for (i = 0; i < c->n_topics; i++)
		free(c->topics[i].members);
	for (i = 0; i < c->n_discs; i++)
		free(c->discs[i].values);
	free(c->topics);
	free(c->discs);
	free(c->unique);
	free(c->links);
	c->topics = NULL, c->n_topics = c->cap_topics = 0;
	c->discs = NULL, c->n_discs = c->cap_discs = 0;
	c->unique = NULL, c->n_unique = c->cap_unique = 0;
	c->links = NULL, c->n_links = c->cap_links = 0;
	for (i = 0; i < c->n_articles; i++) {
		for (j = 0; j < c->articles[i].n_sents; j++) {
			c->articles[i].sents[j].topic = PX_NONE;
			c->articles[i].sents[j].flags &= ~(uint32_t)SENT_UNIQUE;
		}
	}
}

static char *
label_of(struct corpus *c, struct sref r)
{
	const struct article *a = &c->articles[r.article];
	const struct sentence *s = &a->sents[r.sentence];
	char buf[128] = "";
	size_t n = 0;
	uint32_t k, words = 0;

	for (k = s->tok_first; k < s->tok_first + s->tok_count && words < LABEL_WORDS; k++) {
		const struct token *t = &a->toks[k];

		if (!(t->flags & (TOK_WORD | TOK_NUM)) || (t->flags & TOK_STOP))
			continue;
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", words ? " " : "",
		                      lex_str(c->lex, t->word));
		if (n >= sizeof buf)
			break;
		words++;
	}
	return arena_strdup(&c->arena, buf);
}

/* The k-th number token of a sentence, or NULL. */
static const struct token *
nth_number(const struct article *a, const struct sentence *s, uint32_t k)
{
	uint32_t i;

	for (i = s->tok_first; i < s->tok_first + s->tok_count; i++)
		if ((a->toks[i].flags & TOK_NUM) && k-- == 0)
			return &a->toks[i];
	return NULL;
}

static bool
same_text(const struct corpus *c, struct sref x, const struct token *a, struct sref y,
          const struct token *b)
{
	return a->end - a->start == b->end - b->start &&
	       memcmp(c->articles[x.article].text + a->start, c->articles[y.article].text + b->start,
	              a->end - a->start) == 0;
}

static void
add_discrepancies(struct corpus *c, uint32_t t)
{
	const struct topic *tp = &c->topics[t];
	uint32_t k, m;

	for (k = 0;; k++) {
		const struct sref r0 = tp->members[0];
		const struct token *t0 = nth_number(&c->articles[r0.article], corpus_sentence(c, r0), k);
		bool differ = false;
		struct discrepancy *d;

		if (!t0)
			return;
		for (m = 1; m < tp->n_members; m++) {
			struct sref r = tp->members[m];
			const struct token *tm = nth_number(&c->articles[r.article], corpus_sentence(c, r), k);

			differ |= tm && !same_text(c, r0, t0, r, tm);
		}
		if (!differ)
			continue;
		d = PX_PUSH(c->discs, c->n_discs, c->cap_discs);
		d->topic = t;
		d->kind = DISC_NUMBER;
		for (m = 0; m < tp->n_members; m++) {
			struct sref r = tp->members[m];
			const struct token *tm = nth_number(&c->articles[r.article], corpus_sentence(c, r), k);
			struct disc_value *v;

			if (!tm)
				continue;
			v = PX_PUSH(d->values, d->n_values, d->cap_values);
			v->article = r.article;
			v->sentence = r.sentence;
			v->start = tm->start;
			v->end = tm->end;
		}
	}
}

/* Members of a new topic: s and every sentence of a later article with
 * the same key (the first one per article). */
static void
grow_topic(struct corpus *c, char ***keys, struct sref s)
{
	struct topic *t = NULL;
	uint32_t b, j, id = c->n_topics;

	for (b = s.article + 1; b < c->n_articles; b++) {
		for (j = 0; j < c->articles[b].n_sents; j++) {
			struct sentence *o = &c->articles[b].sents[j];

			if (!keys[b][j] || o->topic != PX_NONE || strcmp(keys[b][j], keys[s.article][s.sentence]))
				continue;
			if (!t) {
				t = PX_PUSH(c->topics, c->n_topics, c->cap_topics);
				*PX_PUSH(t->members, t->n_members, t->cap_members) = s;
				c->articles[s.article].sents[s.sentence].topic = id;
				t->n_outlets = 1;
			}
			*PX_PUSH(t->members, t->n_members, t->cap_members) = (struct sref){b, j};
			o->topic = id;
			t->n_outlets++;
			break;
		}
	}
	if (t) {
		t->label = label_of(c, s);
		add_discrepancies(c, id);
	}
}

static void
exact_match(struct corpus *c)
{
	char ***keys = xcalloc(c->n_articles + 1, sizeof *keys);
	uint32_t i, j;

	clear_matching(c);
	for (i = 0; i < c->n_articles; i++) {
		const struct article *a = &c->articles[i];

		keys[i] = xcalloc(a->n_sents + 1, sizeof **keys);
		for (j = 0; j < a->n_sents; j++) {
			char *k = sentence_key(a, &a->sents[j]);

			if ((a->sents[j].flags & SENT_BOILER) || strlen(k) < KEY_MIN)
				free(k);
			else
				keys[i][j] = k;
		}
	}
	for (i = 0; i < c->n_articles; i++)
		for (j = 0; j < c->articles[i].n_sents; j++)
			if (keys[i][j] && c->articles[i].sents[j].topic == PX_NONE)
				grow_topic(c, keys, (struct sref){i, j});
	for (i = 0; i < c->n_articles; i++) {
		for (j = 0; j < c->articles[i].n_sents; j++) {
			struct sentence *s = &c->articles[i].sents[j];

			if (keys[i][j] && s->topic == PX_NONE && !(s->flags & SENT_HEADLINE)) {
				s->flags |= SENT_UNIQUE;
				*PX_PUSH(c->unique, c->n_unique, c->cap_unique) = (struct sref){i, j};
			}
			free(keys[i][j]);
		}
		free(keys[i]);
	}
	free(keys);
}

static bool
parse_size(const char *s, int *cols, int *rows)
{
	return sscanf(s, "%dx%d", cols, rows) == 2 && *cols > 0 && *rows > 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"script", required_argument, NULL, 'S'},
		{"size", required_argument, NULL, 'z'},
		{"dump-screen", required_argument, NULL, 'd'},
		{"dump-model", required_argument, NULL, 'm'},
		{"config", required_argument, NULL, 'c'},
		{NULL, 0, NULL, 0},
	};
	struct tui_opts o = {.cols = 160, .rows = 48, .start = px_now()};
	struct corpus c;
	struct config cfg;
	const char *config = NULL;
	enum status st;
	int ch;

	while ((ch = getopt_long(argc, argv, "c:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'S': o.script = optarg; break;
		case 'd': o.dump_screen = optarg; break;
		case 'm': o.dump_model = optarg; break;
		case 'c': config = optarg; break;
		case 'z':
			if (!parse_size(optarg, &o.cols, &o.rows))
				return 1;
			break;
		default:
			fprintf(stderr, "usage: tui-fixture [--script F --size CxR --dump-screen F "
			                "--dump-model F -c FILE] PATH...\n");
			return 1;
		}
	}
	corpus_init(&c);
	config_default(&cfg);
	st = config ? config_load(&cfg, config) : PX_OK;
	if (st == PX_OK)
		st = load_paths(&c, (const char *const *)argv + optind, argc - optind, NULL);
	if (st == PX_OK)
		st = analyse(&c, &cfg.match, NULL);
	if (st == PX_OK) {
		exact_match(&c);
		st = tui_run(&c, &cfg, &o);
	}
	if (st != PX_OK)
		fprintf(stderr, "tui-fixture: %s\n", px_error());
	corpus_free(&c);
	config_free(&cfg);
	return (int)st;
}
