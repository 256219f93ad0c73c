/* marks.c - overlapping spans flattened into runs for drawing. */
#include "marks.h"

#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "parallax/util.h"

struct mark_event {
	uint32_t at;
	int8_t delta; /* +1 a span starts, -1 it ends */
	uint8_t layer, prio, style;
};

static int
cmp_event(const void *a, const void *b)
{
	const struct mark_event *x = a, *y = b;

	return x->at < y->at ? -1 : x->at > y->at;
}

/* What is painted now: the highest priority of each layer with a span
 * open. */
struct mark_state {
	uint32_t open[MARK_LAYERS][MARK_PRIOS];
	uint8_t style[MARK_LAYERS][MARK_PRIOS];
};

static uint8_t
top_style(const struct mark_state *st, int layer)
{
	int p;

	for (p = MARK_PRIOS - 1; p >= 0; p--)
		if (st->open[layer][p])
			return st->style[layer][p];
	return GRID_NO_OVER;
}

static void
emit(struct mark_runs *runs, uint32_t start, uint32_t end, uint8_t mark, uint8_t over)
{
	struct mark_run *last = runs->n ? &runs->v[runs->n - 1] : NULL;

	if (mark == GRID_NO_OVER && over == GRID_NO_OVER)
		return;
	if (last && last->end == start && last->mark == mark && last->over == over) {
		last->end = end;
		return;
	}
	*PX_PUSH(runs->v, runs->n, runs->cap) = (struct mark_run){start, end, mark, over};
}

void
marks_flatten(const struct mark_span *spans, uint32_t n, struct mark_runs *runs)
{
	struct mark_event *ev = xcalloc((size_t)n * 2 + 1, sizeof *ev);
	struct mark_state st;
	uint32_t i, k = 0;

	runs->n = 0;
	memset(&st, 0, sizeof st);
	for (i = 0; i < n; i++) {
		const struct mark_span *s = &spans[i];

		if (s->start >= s->end || s->layer >= MARK_LAYERS || s->prio >= MARK_PRIOS)
			continue;
		ev[k++] = (struct mark_event){s->start, 1, s->layer, s->prio, s->style};
		ev[k++] = (struct mark_event){s->end, -1, s->layer, s->prio, s->style};
	}
	px_sort(ev, k, sizeof *ev, cmp_event);
	for (i = 0; i < k;) {
		uint32_t at = ev[i].at;

		for (; i < k && ev[i].at == at; i++) {
			st.open[ev[i].layer][ev[i].prio] += (uint32_t)(int32_t)ev[i].delta;
			if (ev[i].delta > 0)
				st.style[ev[i].layer][ev[i].prio] = ev[i].style;
		}
		if (i < k)
			emit(runs, at, ev[i].at, top_style(&st, MARK_LAYER_MARK),
			     top_style(&st, MARK_LAYER_OVER));
	}
	free(ev);
}

void
marks_free(struct mark_runs *runs)
{
	free(runs->v);
	memset(runs, 0, sizeof *runs);
}

uint32_t
marks_first(const struct mark_runs *runs, uint32_t off)
{
	return PX_LOWER_BOUND(runs->v, runs->n, struct mark_run, end, (uint64_t)off + 1);
}
