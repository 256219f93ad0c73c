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

	buf[0] = '\0';
	if (r->topic != PX_NONE) {
		const struct topic *t = &r->c->topics[r->topic];

		snprintf(buf, cap, "topic %u/%u %s \xc2\xb7 %u/%u outlets", r->topic + 1, r->c->n_topics,
		         t->label ? t->label : "", t->n_outlets, r->c->n_articles);
	} else if (f->sent < a->n_sents && (a->sents[f->sent].flags & SENT_UNIQUE)) {
		snprintf(buf, cap, "only this outlet");
	} else if (f->sent < a->n_sents && (a->sents[f->sent].flags & SENT_BOILER)) {
		snprintf(buf, cap, "boilerplate");
	}
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

static void
status_render(struct pane *p, struct grid *g, struct rect rc)
{
	const struct reader *r = p->rd;
	const struct column *f = r->n_cols ? &r->cols[r->focus] : NULL;
	char left[512], topic[320], mode[160];
	int x = rc.x, right_w, end = rc.x + rc.w;

	grid_fill(g, rc.x, rc.y, rc.w, ' ', STYLE_STATUS);
	if (!f)
		return;
	describe_topic(r, f, topic, sizeof topic);
	snprintf(left, sizeof left, " [%u/%u] %s", f->article + 1, r->n_cols,
	         r->c->articles[f->article].outlet);
	snprintf(left + strlen(left), sizeof left - strlen(left), "  %u%%  ", percent(f));
	mode_text(r, mode, sizeof mode);
	right_w = grid_text_width(mode, strlen(mode)) + 1;
	/* a message goes before the mode when both do not fit */
	if (right_w < rc.w / 2 && (!r->msg[0] || grid_text_width(left, strlen(left)) +
	                                         grid_text_width(r->msg, strlen(r->msg)) +
	                                         right_w + 2 <= rc.w)) {
		end = rc.x + rc.w - right_w;
		grid_str(g, end, rc.y, right_w - 1, mode, STYLE_STATUS);
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
