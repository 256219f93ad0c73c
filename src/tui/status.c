/* status.c - the status line: where the cursor is, the topic under it,
 * the mode and the last message. */
#include "reader.h"

#include <stdio.h>
#include <string.h>

#include "parallax/nav.h"

static unsigned
percent(const struct column *col)
{
	if (col->lay.n <= 1)
		return 100;
	return (unsigned)((uint64_t)col->cur * 100 / (col->lay.n - 1));
}

/* "topic 3/12 prisoner exchange · 4/5 outlets", or what the sentence
 * under the cursor is when it is in no topic. */
static void
describe_topic(const struct reader *r, const struct column *f, char *buf, size_t cap)
{
	const struct article *a = &r->c->articles[f->article];
	uint32_t d = PX_NONE;

	buf[0] = '\0';
	/* the scan over the discrepancies only off the topics */
	if (r->topic == PX_NONE && f->sent < a->n_sents)
		d = nav_discrepancy_at(r->c, (struct sref){f->article, f->sent});
	if (d != PX_NONE) {
		/* a day that contradicts a linked sentence of a topic */
		const struct topic *t = &r->c->topics[r->c->discs[d].topic];

		snprintf(buf, cap, "disagrees with topic %u/%u %s (Enter)", r->c->discs[d].topic + 1,
		         r->c->n_topics, t->label ? t->label : "");
	} else if (r->topic != PX_NONE) {
		const struct topic *t = &r->c->topics[r->topic];

		snprintf(buf, cap, "topic %u/%u %s \xc2\xb7 %u/%u outlets", r->topic + 1, r->c->n_topics,
		         t->label ? t->label : "", t->n_outlets, r->c->n_articles);
	} else if (f->sent < a->n_sents && (a->sents[f->sent].flags & SENT_UNIQUE)) {
		snprintf(buf, cap, "only this outlet");
	} else if (f->sent < a->n_sents && (a->sents[f->sent].flags & SENT_BOILER)) {
		snprintf(buf, cap, "boilerplate");
	}
}

/* "/pattern 3/12", "Ingrid Dahl 4 mentions": what n and N go through
 * and where the cursor is among it; then the filter. */
static void
cycle_text(const struct reader *r, char *buf, size_t cap)
{
	static const char *const nouns[] = {"hit", "mention", "quote", "claim"};
	uint32_t n, k = cycle_position(r, &n);
	const char *plus = r->cycle == CYCLE_SEARCH && r->find.hits.stop ? "+" : "";
	size_t len = 0;

	buf[0] = '\0';
	if (r->cycle == CYCLE_SEARCH)
		len = (size_t)snprintf(buf, cap, "%c%s ", r->find.dir < 0 ? '?' : '/', r->find.pattern);
	else if (r->cycle == CYCLE_CHOICE)
		len = (size_t)snprintf(buf, cap, "%s ", r->choice.label);
	if (r->cycle == CYCLE_SEARCH && !n && *plus) {
		len += (size_t)snprintf(buf + len, cap - len, "stopped");
	} else if (r->cycle != CYCLE_NONE && len < cap) {
		if (k != PX_NONE)
			len += (size_t)snprintf(buf + len, cap - len, "%u/%u%s", k + 1, n, plus);
		else
			len += (size_t)snprintf(buf + len, cap - len, "%u%s %s%s", n, plus,
			                        nouns[r->cycle == CYCLE_SEARCH ? 0 : r->choice.kind],
			                        n == 1 ? "" : "s");
	}
	if (r->find.filter && len < cap)
		snprintf(buf + len, cap - len, "%s& %s", len ? " \xc2\xb7 " : "", r->find.filter);
}

static void
mode_text(const struct reader *r, char *buf, size_t cap)
{
	static const char *const boiler[] = {"dim", "hide", "show"};
	const struct pane *top = reader_top(r);

	if (top) {
		snprintf(buf, cap, "%s", top->ops->name);
		return;
	}
	snprintf(buf, cap, "%s \xc2\xb7 boilerplate %s \xc2\xb7 F1 help", r->sync ? "sync" : "nosync",
	         boiler[r->boiler]);
}

/* The right end, at most max cells: what n/N go through, the filter
 * and the mode; the mode is left out first, then everything. Returns
 * the cells it takes with a blank after it, or 0. */
static int
right_text(const struct reader *r, int max, char *buf, size_t cap)
{
	char cyc[320], mode[160];
	int cw, mw;

	cycle_text(r, cyc, sizeof cyc);
	mode_text(r, mode, sizeof mode);
	cw = grid_text_width(cyc, strlen(cyc));
	mw = grid_text_width(mode, strlen(mode));
	if (cw && cw + mw + 4 <= max)
		snprintf(buf, cap, "%s \xc2\xb7 %s", cyc, mode);
	else if (cw && cw + 1 <= max)
		snprintf(buf, cap, "%s", cyc);
	else if (!cw && mw + 1 <= max)
		snprintf(buf, cap, "%s", mode);
	else
		buf[0] = '\0';
	return buf[0] ? grid_text_width(buf, strlen(buf)) + 1 : 0;
}

static void
status_render(struct pane *p, struct grid *g, struct rect rc)
{
	const struct reader *r = p->rd;
	const struct column *f = r->n_cols ? &r->cols[r->focus] : NULL;
	char left[512], topic[320], right[512];
	int x = rc.x, right_w, end = rc.x + rc.w, left_w, max;

	if (r->prompt.kind) {
		prompt_render(r, g, rc);
		return;
	}
	grid_fill(g, rc.x, rc.y, rc.w, ' ', STYLE_STATUS);
	if (!f)
		return;
	describe_topic(r, f, topic, sizeof topic);
	snprintf(left, sizeof left, " [%u/%u] %s", f->article + 1, r->n_cols,
	         r->c->articles[f->article].outlet);
	snprintf(left + strlen(left), sizeof left - strlen(left), "  %u%%  ", percent(f));
	left_w = grid_text_width(left, strlen(left));
	/* the right end takes less than half the line, and leaves a message
	 * its room */
	max = rc.w / 2 - 1;
	if (r->msg[0])
		max = PX_MIN(max, rc.w - left_w - grid_text_width(r->msg, strlen(r->msg)) - 2);
	right_w = right_text(r, max, right, sizeof right);
	if (right_w) {
		end = rc.x + rc.w - right_w;
		grid_str(g, end, rc.y, right_w - 1, right, STYLE_STATUS);
	}
	x += grid_str(g, x, rc.y, end - x - 1, left, STYLE_STATUS);
	if (r->msg[0])
		grid_str_cut(g, x, rc.y, end - x - 2, r->msg, r->msg_style);
	else
		grid_str_cut(g, x, rc.y, end - x - 2, topic, STYLE_STATUS);
}

static const struct pane_ops status_ops = {
	.name = "status",
	.render = status_render,
};

void
status_init(struct pane *p, struct reader *r)
{
	p->ops = &status_ops;
	p->rd = r;
}
