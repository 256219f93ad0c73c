/* synopsis.c - one topic, each outlet's version stacked under its name.
 *
 * Words (stems, stop words left out) that only one outlet uses are
 * marked in that outlet's text; with three outlets or more, the words
 * every other outlet uses and this one does not are listed under it.
 * Values the outlets disagree on (the topic's discrepancies) are listed
 * at the top and marked in the text. */
#include "overlay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/nav.h"

#define SYN_INDENT 3
#define SYN_SEGS 4
#define SYN_LACKS_MAX 12

struct syn_seg {
	char *text; /* owned */
	enum style style;
};

/* A row is either literal segments or bytes of an article. */
struct syn_row {
	struct syn_seg seg[SYN_SEGS];
	int n_seg;
	uint32_t article; /* PX_NONE for a literal row */
	uint32_t start, end;
};

/* One stem used in the topic, and by how many of its outlets. */
struct stem_use {
	uint32_t stem, article;
	uint32_t tok; /* first token with it, in article */
	uint32_t outlets;
};

struct synopsis {
	struct pane pane;
	uint32_t topic;
	struct syn_row *rows;
	uint32_t n, cap;
	int width; /* the rows were made for */
	struct stem_use *uses; /* by stem, then article */
	uint32_t n_uses, cap_uses;
	struct scroller sc;
};

/* ---- words ---- */

static bool
counts(const struct token *t)
{
	return (t->flags & (TOK_WORD | TOK_NUM)) && !(t->flags & TOK_STOP);
}

static int
cmp_use(const void *a, const void *b)
{
	const struct stem_use *x = a, *y = b;

	if (x->stem != y->stem)
		return x->stem < y->stem ? -1 : 1;
	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->tok < y->tok ? -1 : x->tok > y->tok;
}

/* Every (stem, article) of the topic's members once, with the number of
 * outlets using the stem. */
static void
collect_uses(struct synopsis *s, const struct corpus *c)
{
	const struct topic *t = &c->topics[s->topic];
	uint32_t m, i, j, k;

	for (m = 0; m < t->n_members; m++) {
		const struct article *a = &c->articles[t->members[m].article];
		const struct sentence *se = &a->sents[t->members[m].sentence];

		for (k = se->tok_first; k < se->tok_first + se->tok_count; k++) {
			struct stem_use *u;

			if (!counts(&a->toks[k]))
				continue;
			u = PX_PUSH(s->uses, s->n_uses, s->cap_uses);
			u->stem = a->toks[k].stem;
			u->article = a->id;
			u->tok = k;
		}
	}
	if (!s->n_uses)
		return;
	px_sort(s->uses, s->n_uses, sizeof *s->uses, cmp_use);
	for (i = 0, j = 0; i < s->n_uses; i++) {
		if (i && s->uses[i].stem == s->uses[j - 1].stem && s->uses[i].article == s->uses[j - 1].article)
			continue;
		s->uses[j++] = s->uses[i];
	}
	s->n_uses = j;
	for (i = 0; i < s->n_uses; i = j) {
		for (j = i; j < s->n_uses && s->uses[j].stem == s->uses[i].stem; j++)
			;
		for (k = i; k < j; k++)
			s->uses[k].outlets = j - i;
	}
}

static const struct stem_use *
find_use(const struct synopsis *s, uint32_t stem)
{
	uint32_t lo = PX_LOWER_BOUND(s->uses, s->n_uses, struct stem_use, stem, stem);

	return lo < s->n_uses && s->uses[lo].stem == stem ? &s->uses[lo] : NULL;
}

static bool
uses_stem(const struct synopsis *s, uint32_t stem, uint32_t article)
{
	const struct stem_use *u = find_use(s, stem);

	for (; u && u < s->uses + s->n_uses && u->stem == stem; u++)
		if (u->article == article)
			return true;
	return false;
}

/* ---- rows ---- */

static struct syn_row *
row_new(struct synopsis *s)
{
	struct syn_row *r = PX_PUSH(s->rows, s->n, s->cap);

	r->article = PX_NONE;
	return r;
}

static void
row_seg(struct syn_row *r, enum style st, char *text)
{
	if (r->n_seg == SYN_SEGS) {
		free(text);
		return;
	}
	r->seg[r->n_seg].text = text;
	r->seg[r->n_seg++].style = st;
}

static void
row_text(struct synopsis *s, enum style st, const char *text)
{
	row_seg(row_new(s), st, xstrdup(text));
}

/* "175 (GlobalPost, EL PAÍS)" for the values of d equal to value v. */
static char *
disc_group(const struct synopsis *s, const struct discrepancy *d, uint32_t v)
{
	const struct corpus *c = s->pane.rd->c;
	const struct disc_value *dv = &d->values[v];
	const struct article *a = &c->articles[dv->article];
	char *names = xstrdup(""), *out;
	uint32_t k;

	for (k = 0; k < d->n_values; k++) {
		const struct disc_value *o = &d->values[k];
		const struct article *b = &c->articles[o->article];
		char *more;

		if (o->end - o->start != dv->end - dv->start ||
		    memcmp(b->text + o->start, a->text + dv->start, dv->end - dv->start) != 0)
			continue;
		if (strstr(names, b->outlet))
			continue;
		more = xasprintf("%s%s%s", names, names[0] ? ", " : "", b->outlet);
		free(names);
		names = more;
	}
	out = xasprintf(" (%s)", names);
	free(names);
	return out;
}

/* Is value v the first of d with its text? */
static bool
first_of_its_text(const struct corpus *c, const struct discrepancy *d, uint32_t v)
{
	const struct disc_value *dv = &d->values[v];
	uint32_t k;

	for (k = 0; k < v; k++) {
		const struct disc_value *o = &d->values[k];

		if (o->end - o->start == dv->end - dv->start &&
		    memcmp(c->articles[o->article].text + o->start,
		           c->articles[dv->article].text + dv->start, dv->end - dv->start) == 0)
			return false;
	}
	return true;
}

/* One row per distinct value: "number   48 (The Daily Ledger, ...)". */
static void
add_discrepancy(struct synopsis *s, const struct discrepancy *di)
{
	static const char *const kinds[] = {"number", "quantity", "weekday", "date"};
	const struct corpus *c = s->pane.rd->c;
	const char *kind = kinds[di->kind];
	uint32_t v;

	for (v = 0; v < di->n_values; v++) {
		const struct disc_value *dv = &di->values[v];
		struct syn_row *r;

		if (!first_of_its_text(c, di, v))
			continue;
		r = row_new(s);
		row_seg(r, STYLE_OVERLAY, xasprintf("   %-9s", kind));
		row_seg(r, STYLE_DISCREPANCY,
		        xstrndup((const char *)c->articles[dv->article].text + dv->start,
		                 dv->end - dv->start));
		row_seg(r, STYLE_OVERLAY, disc_group(s, di, v));
		kind = "";
	}
}

static void
add_discrepancies(struct synopsis *s)
{
	const struct corpus *c = s->pane.rd->c;
	uint32_t d;
	bool any = false;

	for (d = 0; d < c->n_discs; d++) {
		if (c->discs[d].topic != s->topic)
			continue;
		if (!any)
			row_text(s, STYLE_OVERLAY_HEADING, "Where they disagree");
		any = true;
		add_discrepancy(s, &c->discs[d]);
	}
	if (any)
		row_text(s, STYLE_OVERLAY, "");
}

static void
add_not_covered(struct synopsis *s)
{
	const struct corpus *c = s->pane.rd->c;
	char *names = NULL;
	uint32_t a;

	for (a = 0; a < c->n_articles; a++) {
		char *more;

		if (nav_topic_count(c, s->topic, a))
			continue;
		more = xasprintf("%s%s%s", names ? names : "", names ? ", " : "", c->articles[a].outlet);
		free(names);
		names = more;
	}
	if (!names)
		return;
	row_seg(row_new(s), STYLE_NOT_COVERED, xasprintf("Not covered by %s", names));
	row_text(s, STYLE_OVERLAY, "");
	free(names);
}

/* Wrapped rows of bytes [start, end) of article a. */
static void
add_text(struct synopsis *s, uint32_t article, uint32_t start, uint32_t end)
{
	const struct article *a = &s->pane.rd->c->articles[article];
	int width = PX_MAX(s->width - SYN_INDENT - 1, 8);

	while (start < end) {
		uint32_t next, e = layout_break(a->text, start, end, width, &next);
		struct syn_row *r = row_new(s);

		r->article = article;
		r->start = start;
		r->end = e;
		start = next;
	}
}

/* "lacks: people, side": stems every other outlet of the topic uses and
 * this one does not. */
static void
add_lacks(struct synopsis *s, uint32_t article, uint32_t outlets)
{
	const struct corpus *c = s->pane.rd->c;
	char *list = NULL;
	uint32_t i, n = 0;

	if (outlets < 3)
		return;
	for (i = 0; i < s->n_uses && n < SYN_LACKS_MAX; i++) {
		const struct stem_use *u = &s->uses[i];
		const struct token *t = &c->articles[u->article].toks[u->tok];
		char *more;

		/* numbers that differ are listed as disagreements instead */
		if (u->outlets != outlets - 1 || uses_stem(s, u->stem, article) ||
		    (i && s->uses[i - 1].stem == u->stem) || (t->flags & TOK_NUM))
			continue;
		more = xasprintf("%s%s%.*s", list ? list : "", list ? ", " : "", (int)(t->end - t->start),
		                 (const char *)c->articles[u->article].text + t->start);
		free(list);
		list = more;
		n++;
	}
	if (list)
		row_seg(row_new(s), STYLE_DIFF_DEL, xasprintf("   lacks: %s", list));
	free(list);
}

/* The next sentence of article after sentence `after` (PX_NONE: from
 * the start) that holds a value of one of the topic's discrepancies and
 * is not a member: days are compared over links, so a contradicting day
 * may stand outside the topic. PX_NONE when there is none. */
static uint32_t
next_linked(const struct synopsis *s, uint32_t article, uint32_t after)
{
	const struct corpus *c = s->pane.rd->c;
	uint32_t d, v, best = PX_NONE;

	for (d = 0; d < c->n_discs; d++) {
		if (c->discs[d].topic != s->topic)
			continue;
		for (v = 0; v < c->discs[d].n_values; v++) {
			const struct disc_value *dv = &c->discs[d].values[v];

			if (dv->article == article &&
			    c->articles[article].sents[dv->sentence].topic != s->topic &&
			    (after == PX_NONE || dv->sentence > after) &&
			    (best == PX_NONE || dv->sentence < best))
				best = dv->sentence;
		}
	}
	return best;
}

static void
add_outlet(struct synopsis *s, uint32_t article)
{
	const struct corpus *c = s->pane.rd->c;
	const struct topic *t = &c->topics[s->topic];
	const struct article *a = &c->articles[article];
	uint32_t m = 0, n = nav_topic_count(c, s->topic, article), k, n_linked = 0;
	struct syn_row *r = row_new(s);

	for (k = next_linked(s, article, PX_NONE); k != PX_NONE; k = next_linked(s, article, k))
		n_linked++;
	row_seg(r, STYLE_OVERLAY_HEADING, xasprintf("%u %s", article + 1, a->outlet));
	row_seg(r, STYLE_OVERLAY, xasprintf("  %u sentence%s", n, n == 1 ? "" : "s"));
	if (n_linked)
		row_seg(r, STYLE_OVERLAY, xasprintf(", %u linked that disagree%s", n_linked,
		                                    n_linked == 1 ? "s" : ""));
	while (m < t->n_members && t->members[m].article != article)
		m++;
	while (m < t->n_members && t->members[m].article == article) {
		uint32_t first = t->members[m].sentence, last = first;

		/* adjacent members flow as one paragraph */
		while (m + 1 < t->n_members && t->members[m + 1].article == article &&
		       t->members[m + 1].sentence == last + 1)
			last = t->members[++m].sentence;
		add_text(s, article, a->sents[first].start, a->sents[last].end);
		m++;
	}
	add_lacks(s, article, t->n_outlets);
	for (k = next_linked(s, article, PX_NONE); k != PX_NONE; k = next_linked(s, article, k)) {
		row_text(s, STYLE_OVERLAY, "   linked:");
		add_text(s, article, a->sents[k].start, a->sents[k].end);
	}
	row_text(s, STYLE_OVERLAY, "");
}

static void
free_rows(struct synopsis *s)
{
	uint32_t i;
	int k;

	for (i = 0; i < s->n; i++)
		for (k = 0; k < s->rows[i].n_seg; k++)
			free(s->rows[i].seg[k].text);
	s->n = 0;
}

static void
build(struct synopsis *s, int width)
{
	const struct corpus *c = s->pane.rd->c;
	uint32_t a;

	free_rows(s);
	s->width = width;
	row_text(s, STYLE_OVERLAY, "");
	add_discrepancies(s);
	add_not_covered(s);
	for (a = 0; a < c->n_articles; a++)
		if (nav_topic_count(c, s->topic, a) || next_linked(s, a, PX_NONE) != PX_NONE)
			add_outlet(s, a);
	s->sc.n = s->n;
}

/* ---- drawing ---- */

/* The style of byte i of a member's text. */
static enum style
word_style(const struct synopsis *s, const struct article *a, uint32_t i, uint32_t *tok)
{
	const struct topic *t = &s->pane.rd->c->topics[s->topic];
	const struct stem_use *u;

	while (*tok < a->n_toks && a->toks[*tok].end <= i)
		(*tok)++;
	if (*tok >= a->n_toks || a->toks[*tok].start > i || !counts(&a->toks[*tok]))
		return STYLE_OVERLAY;
	u = find_use(s, a->toks[*tok].stem);
	return u && u->outlets == 1 && t->n_outlets > 1 ? STYLE_DIFF_ADD : STYLE_OVERLAY;
}

static bool
in_discrepancy(const struct corpus *c, uint32_t topic, uint32_t article, uint32_t i)
{
	uint32_t d, v;

	for (d = 0; d < c->n_discs; d++) {
		if (c->discs[d].topic != topic)
			continue;
		for (v = 0; v < c->discs[d].n_values; v++) {
			const struct disc_value *dv = &c->discs[d].values[v];

			if (dv->article == article && dv->start <= i && i < dv->end)
				return true;
		}
	}
	return false;
}

static void
draw_text_row(const struct synopsis *s, struct grid *g, int x, int y, int w,
              const struct syn_row *r)
{
	const struct corpus *c = s->pane.rd->c;
	const struct article *a = &c->articles[r->article];
	uint32_t i = r->start, tok = article_token_from(a, r->start);
	int used = 0;

	while (i < r->end && used < w) {
		int32_t cp;
		int cw;
		uint32_t at = i;
		enum style st;

		i += (uint32_t)utf8_decode(a->text + i, r->end - i, &cp);
		cp = layout_display_cp(cp, &cw);
		st = word_style(s, a, at, &tok);
		if (cw == 0) {
			grid_attach(g, x + used, y, cp);
			continue;
		}
		used += grid_put(g, x + used, y, x + w, cp, cw, st);
		if (in_discrepancy(c, s->topic, r->article, at))
			grid_overlay(g, x + used - cw, y, cw, STYLE_DISCREPANCY);
	}
}

static void
synopsis_render(struct pane *p, struct grid *g, struct rect r)
{
	struct synopsis *s = (struct synopsis *)p;
	const struct corpus *c = p->rd->c;
	const struct topic *t = &c->topics[s->topic];
	char *title = xasprintf("Synopsis \xc2\xb7 topic %u/%u %s \xc2\xb7 %u/%u outlets", s->topic + 1,
	                        c->n_topics, t->label ? t->label : "", t->n_outlets, c->n_articles);
	struct rect body = overlay_frame(g, r, title, "q: close  ]/[: next topic");
	int row;

	free(title);
	if (body.w != s->width)
		build(s, body.w);
	scroller_fit(&s->sc, body.h);
	for (row = 0; row < body.h && s->sc.top + (uint32_t)row < s->n; row++) {
		const struct syn_row *sr = &s->rows[s->sc.top + (uint32_t)row];
		int y = body.y + row, x = body.x + 1, k;

		if (sr->article != PX_NONE) {
			draw_text_row(s, g, body.x + SYN_INDENT, y, body.w - SYN_INDENT - 1, sr);
			continue;
		}
		for (k = 0; k < sr->n_seg; k++)
			x += grid_str(g, x, y, body.x + body.w - 1 - x, sr->seg[k].text, sr->seg[k].style);
	}
}

/* ---- input ---- */

static unsigned
synopsis_retopic(struct reader *r, enum action a)
{
	unsigned res;

	reader_pop(r);
	res = reader_action(r, a);
	if (r->topic != PX_NONE)
		reader_push(r, synopsis_open(r, r->topic));
	return res | R_REDRAW;
}

static unsigned
synopsis_action(struct pane *p, enum action a)
{
	struct synopsis *s = (struct synopsis *)p;

	switch (a) {
	case ACT_QUIT:
	case ACT_CLOSE:
	case ACT_SYNOPSIS:
		reader_pop(p->rd);
		return R_REDRAW;
	case ACT_NEXT_SHARED:
	case ACT_PREV_SHARED:
		return synopsis_retopic(p->rd, a);
	case ACT_HELP:
	case ACT_TOPICS:
	case ACT_REDRAW:
		return R_PASS;
	default:
		return scroller_action(&s->sc, a, reader_body(p->rd).h - 1);
	}
}

static unsigned
synopsis_mouse(struct pane *p, const struct event *ev, struct rect r)
{
	return scroller_wheel(&((struct synopsis *)p)->sc, ev, r.h - 1);
}

static void
synopsis_free(struct pane *p)
{
	struct synopsis *s = (struct synopsis *)p;

	free_rows(s);
	free(s->rows);
	free(s->uses);
	free(s);
}

static const struct pane_ops synopsis_ops = {
	.name = "synopsis",
	.render = synopsis_render,
	.action = synopsis_action,
	.mouse = synopsis_mouse,
	.free = synopsis_free,
};

struct pane *
synopsis_open(struct reader *r, uint32_t topic)
{
	struct synopsis *s;

	if (topic >= r->c->n_topics)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->pane.ops = &synopsis_ops;
	s->pane.rd = r;
	s->topic = topic;
	collect_uses(s, r->c);
	return &s->pane;
}
