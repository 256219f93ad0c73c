/* quotes.c - the list of quoted statements: one row per statement
 * however many outlets carry it (quote groups), with its speaker and the
 * outlets. The detail area gives each outlet's wording, word by word
 * against the first one: words it adds in diff_add, words it lacks in
 * diff_del where they would be. Enter goes to the statement in the
 * focused column (else in the first outlet carrying it); n and N then
 * go through the other outlets' wordings. */
#include "listview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/lists.h"

#define QUO_SPEAKER_W 22
#define QUO_DOTS_MAX 16 /* more outlets: a count instead of a dot each */
#define QUO_WORDS_MAX 4096

struct quotes {
	struct list_view lv;
	struct quote_groups groups;
	bool by_outlets;
};

/* Speaker, outlets (a dot each and a count), then the statement in
 * what is left, as tig puts the message last. */
struct quo_geom {
	int speaker_w, x_outlets, outlets_w, x_text, text_w;
	bool dots;
};

static struct quo_geom
quo_geom(const struct reader *r, int w)
{
	struct quo_geom g;
	int n = (int)r->n_cols;

	g.dots = n <= QUO_DOTS_MAX;
	g.outlets_w = g.dots ? n + 4 : 7;
	g.speaker_w = w >= 40 ? PX_MIN(QUO_SPEAKER_W, w / 4) : 0;
	g.x_outlets = g.speaker_w ? g.speaker_w + 1 : 0;
	g.x_text = g.x_outlets + g.outlets_w + 1;
	g.text_w = PX_MAX(w - g.x_text, 1);
	return g;
}

static const struct quote_group *
group(const struct list_view *lv, uint32_t item)
{
	return &((const struct quotes *)lv)->groups.v[item];
}

static void
quotes_title(const struct list_view *lv, char *buf, size_t cap)
{
	const struct quotes *q = (const struct quotes *)lv;

	snprintf(buf, cap, "Quoted statements \xc2\xb7 %u of %u \xc2\xb7 %u quotes \xc2\xb7 %s",
	         lv->n_shown, lv->n, lv->pane.rd->c->n_quotes,
	         q->by_outlets ? "most outlets first" : "in reading order");
}

static int
quotes_hints(const struct list_view *lv, enum action *a, const char **what)
{
	a[0] = ACT_LIST_SORT;
	what[0] = ((const struct quotes *)lv)->by_outlets ? "in order" : "by outlets";
	return 1;
}

static void
quotes_heading(const struct list_view *lv, struct grid *g, struct rect r)
{
	const struct reader *rd = lv->pane.rd;
	struct quo_geom qg = quo_geom(rd, r.w);
	uint32_t i;

	if (qg.speaker_w)
		list_cell(g, r.x, r.y, qg.speaker_w, "speaker", STYLE_OVERLAY_HEADING, false);
	list_cell(g, r.x + qg.x_text, r.y, qg.text_w, "statement", STYLE_OVERLAY_HEADING, false);
	if (!qg.dots) {
		list_cell(g, r.x + qg.x_outlets, r.y, qg.outlets_w, "outlets", STYLE_OVERLAY_HEADING,
		          false);
		return;
	}
	for (i = 0; i < rd->n_cols; i++) {
		char num[4] = {(char)('0' + (i + 1) % 10), '\0'};

		grid_str(g, r.x + qg.x_outlets + (int)i, r.y, 1, num, STYLE_OVERLAY_HEADING);
	}
}

static const char *
speaker_name(const struct corpus *c, uint32_t speaker)
{
	return speaker < c->n_actors ? c->actors[speaker].name : "no speaker";
}

/* The quote's text between curly quotation marks. */
static char *
quoted(const struct corpus *c, uint32_t quote)
{
	const struct quote *q = &c->quotes[quote];

	return xasprintf("\xe2\x80\x9c%.*s\xe2\x80\x9d", (int)(q->end - q->start),
	                 (const char *)c->articles[q->article].text + q->start);
}

static bool
carries(const struct corpus *c, const struct quote_group *qg, uint32_t article)
{
	uint32_t i;

	for (i = 0; i < qg->n; i++)
		if (c->quotes[qg->members[i]].article == article)
			return true;
	return false;
}

static void
quotes_row(const struct list_view *lv, struct grid *g, struct rect r, uint32_t item)
{
	const struct reader *rd = lv->pane.rd;
	const struct corpus *c = rd->c;
	const struct quote_group *qg = group(lv, item);
	struct quo_geom qgeo = quo_geom(rd, r.w);
	char *text = quoted(c, qg->members[0]), buf[32];
	uint32_t i;

	list_cell(g, r.x + qgeo.x_text, r.y, qgeo.text_w, text, STYLE_QUOTE, false);
	free(text);
	if (qgeo.speaker_w)
		list_cell(g, r.x, r.y, qgeo.speaker_w, speaker_name(c, qg->speaker),
		          qg->speaker < c->n_actors ? STYLE_OVERLAY : STYLE_GUTTER, false);
	if (qgeo.dots) {
		for (i = 0; i < rd->n_cols; i++)
			grid_str(g, r.x + qgeo.x_outlets + (int)i, r.y, 1,
			         carries(c, qg, i) ? "\xe2\x97\x8f" : "\xc2\xb7",
			         carries(c, qg, i) ? STYLE_OVERLAY_HEADING : STYLE_GUTTER);
		snprintf(buf, sizeof buf, "%u", qg->n_outlets);
		list_cell(g, r.x + qgeo.x_outlets + (int)rd->n_cols, r.y, 3, buf, STYLE_OVERLAY, true);
	} else {
		snprintf(buf, sizeof buf, "%u/%u", qg->n_outlets, rd->n_cols);
		list_cell(g, r.x + qgeo.x_outlets, r.y, qgeo.outlets_w, buf, STYLE_OVERLAY, false);
	}
}

/* ---- wordings ---- */

struct wording {
	const struct article *a;
	uint32_t start, end;
	uint32_t *toks, n; /* word tokens (owned) */
	uint32_t *ids;     /* their folded words (owned) */
};

static void
wording_of(const struct corpus *c, uint32_t quote, struct wording *w)
{
	const struct quote *q = &c->quotes[quote];
	uint32_t i;

	w->a = &c->articles[q->article];
	w->start = q->start;
	w->end = q->end;
	w->toks = xcalloc(QUO_WORDS_MAX, sizeof *w->toks);
	w->n = PX_MIN(lists_span_words(w->a, q->start, q->end, w->toks, QUO_WORDS_MAX), QUO_WORDS_MAX);
	w->ids = xcalloc(w->n + 1, sizeof *w->ids);
	for (i = 0; i < w->n; i++)
		w->ids[i] = w->a->toks[w->toks[i]].word;
}

static void
wording_free(struct wording *w)
{
	free(w->toks);
	free(w->ids);
}

static void
add_bytes(struct list_line *l, const struct wording *w, uint32_t from, uint32_t to, enum style st)
{
	if (to > from)
		list_line_add(l, (const char *)w->a->text + from, to - from, st);
}

/* Words of a that b lacks, before b's next word: each with a blank
 * after it, or before it at the end of b. */
static void
add_deleted(struct list_line *l, const struct wording *a, const struct diff_step *steps,
            uint32_t from, uint32_t to, bool at_end)
{
	for (; from < to; from++) {
		const struct token *t = &a->a->toks[a->toks[steps[from].a]];

		if (at_end)
			list_line_add(l, " ", 1, STYLE_OVERLAY);
		add_bytes(l, a, t->start, t->end, STYLE_DIFF_DEL);
		if (!at_end)
			list_line_add(l, " ", 1, STYLE_OVERLAY);
	}
}

/* b's wording with the words only b has in diff_add and the words of a
 * that b lacks in diff_del, where they would stand; false when b has the
 * same words as a. */
static bool
diff_line(const struct wording *a, const struct wording *b, struct list_line *l)
{
	struct diff_step *steps = xcalloc((size_t)a->n + b->n + 1, sizeof *steps);
	uint32_t k, n = lists_word_diff(a->ids, a->n, b->ids, b->n, steps), at = b->start, del = 0;
	bool differ = false;

	for (k = 0; k < n; k++) {
		const struct token *t;

		differ |= steps[k].op != DIFF_SAME;
		if (steps[k].op == DIFF_DEL)
			continue;
		t = &b->a->toks[b->toks[steps[k].b]];
		add_bytes(l, b, at, t->start, STYLE_OVERLAY);
		add_deleted(l, a, steps, del, k, false);
		add_bytes(l, b, t->start, t->end,
		          steps[k].op == DIFF_ADD ? STYLE_DIFF_ADD : STYLE_OVERLAY);
		at = t->end;
		del = k + 1;
	}
	add_deleted(l, a, steps, del, n, true);
	add_bytes(l, b, at, b->end, STYLE_OVERLAY);
	free(steps);
	return differ;
}

static void
outlet_line(struct list_view *lv, uint32_t quote, const char *note)
{
	const struct corpus *c = lv->pane.rd->c;
	const struct quote *q = &c->quotes[quote];
	struct list_line *l = list_detail_line(lv);
	char buf[32];

	snprintf(buf, sizeof buf, "%u ", q->article + 1);
	list_line_add(l, buf, strlen(buf), STYLE_GUTTER);
	list_line_add(l, c->articles[q->article].outlet, strlen(c->articles[q->article].outlet),
	              STYLE_OVERLAY_HEADING);
	snprintf(buf, sizeof buf, " \xc2\xb7 ");
	list_line_add(l, buf, strlen(buf), STYLE_GUTTER);
	list_line_add(l, speaker_name(c, q->speaker), strlen(speaker_name(c, q->speaker)),
	              STYLE_OVERLAY);
	if (note)
		list_line_add(l, note, strlen(note), STYLE_GUTTER);
}

/* "Wording in 3 outlets against 1 North Star Daily: words added,
 * missing", the last two in the styles they stand for. */
static void
legend(struct list_view *lv, const struct quote_group *qg)
{
	const struct corpus *c = lv->pane.rd->c;
	const struct quote *q = &c->quotes[qg->members[0]];
	struct list_line *l = list_detail_line(lv);
	char *s = xasprintf("Wording in %u quotes against %u %s: ", qg->n, q->article + 1,
	                    c->articles[q->article].outlet);

	list_line_add(l, s, strlen(s), STYLE_GUTTER);
	list_line_add(l, "words added", 11, STYLE_DIFF_ADD);
	list_line_add(l, ", ", 2, STYLE_GUTTER);
	list_line_add(l, "words missing", 13, STYLE_DIFF_DEL);
	free(s);
}

static void
quotes_detail(struct list_view *lv, uint32_t item, int width)
{
	const struct corpus *c = lv->pane.rd->c;
	const struct quote_group *qg = group(lv, item);
	struct wording first, other;
	struct list_line text = {0};
	uint32_t i;

	wording_of(c, qg->members[0], &first);
	if (qg->n > 1)
		legend(lv, qg);
	for (i = 0; i < qg->n; i++) {
		bool differ = true;

		if (i == 0) {
			add_bytes(&text, &first, first.start, first.end, STYLE_OVERLAY);
		} else {
			wording_of(c, qg->members[i], &other);
			differ = diff_line(&first, &other, &text);
			wording_free(&other);
		}
		outlet_line(lv, qg->members[i], differ ? NULL : "  same words");
		list_detail_wrap(lv, &text, width, 2);
		list_line_free(&text);
	}
	wording_free(&first);
}

/* ---- choosing, ordering ---- */

static void
quotes_choose(const struct list_view *lv, uint32_t item, struct list_choice *out)
{
	const struct reader *rd = lv->pane.rd;
	const struct quote_group *qg = group(lv, item);
	const struct quote *go = &rd->c->quotes[qg->members[0]];
	uint32_t i;

	for (i = 0; i < qg->n; i++) {
		if (rd->c->quotes[qg->members[i]].article == rd->focus) {
			go = &rd->c->quotes[qg->members[i]];
			break;
		}
	}
	out->kind = CHOICE_QUOTE;
	out->id = qg->members[0];
	out->article = go->article;
	out->start = go->start;
}

struct quo_key {
	uint32_t outlets, item;
};

static int
cmp_quo_key(const void *a, const void *b)
{
	const struct quo_key *x = a, *y = b;

	if (x->outlets != y->outlets)
		return x->outlets > y->outlets ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

/* Reading order is the groups' own; by outlets keeps it among equals. */
static void
sort(struct quotes *q)
{
	struct quo_key *k = xcalloc(q->lv.n + 1, sizeof *k);
	uint32_t i;

	for (i = 0; i < q->lv.n; i++)
		k[i] = (struct quo_key){q->by_outlets ? q->groups.v[i].n_outlets : 0, i};
	px_sort(k, q->lv.n, sizeof *k, cmp_quo_key);
	for (i = 0; i < q->lv.n; i++)
		q->lv.order[i] = k[i].item;
	free(k);
}

static unsigned
quotes_action(struct list_view *lv, enum action a)
{
	struct quotes *q = (struct quotes *)lv;

	if (a != ACT_LIST_SORT)
		return R_PASS;
	q->by_outlets = !q->by_outlets;
	sort(q);
	list_refresh(lv);
	return R_REDRAW;
}

static void
quotes_free(struct list_view *lv)
{
	lists_quote_groups_free(&((struct quotes *)lv)->groups);
}

static const struct list_class quotes_class = {
	.ops = LIST_PANE_OPS("quotes"),
	.name = "quotes",
	.noun = "quotes",
	.detail_max = 15,
	.title = quotes_title,
	.hints = quotes_hints,
	.heading = quotes_heading,
	.row = quotes_row,
	.detail = quotes_detail,
	.choose = quotes_choose,
	.action = quotes_action,
	.free = quotes_free,
};

struct pane *
quotes_open(struct reader *r)
{
	struct quotes *q = xcalloc(1, sizeof *q);
	const struct corpus *c = r->c;
	uint32_t i;

	lists_quote_groups(c, &q->groups);
	list_init(&q->lv, r, &quotes_class, q->groups.n);
	for (i = 0; i < q->groups.n; i++) {
		const struct quote_group *qg = &q->groups.v[i];
		char *text = quoted(c, qg->members[0]);
		char *all = xasprintf("%s\n%s", text, speaker_name(c, qg->speaker));

		list_set_text(&q->lv, i, all);
		free(all);
		free(text);
	}
	sort(q);
	list_refresh(&q->lv);
	return &q->lv.pane;
}
