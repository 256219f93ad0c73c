/* find.c - regular expression search over every article, and the
 * filter that shows only the sentences that match (less's &). */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

static void
forget_hit_points(struct reader *r)
{
	uint32_t i;

	for (i = 0; i < r->n_cols; i++)
		if (r->cols[i].point.kind == POINT_HIT)
			r->cols[i].point.kind = POINT_NONE;
}

void
find_clear(struct reader *r)
{
	search_free(r->find.re);
	r->find.re = NULL;
	free(r->find.pattern);
	r->find.pattern = NULL;
	search_result_free(&r->find.hits);
	forget_hit_points(r);
	if (r->cycle == CYCLE_SEARCH)
		r->cycle = r->choice.kind != CHOICE_NONE ? CYCLE_CHOICE : CYCLE_NONE;
}

/* Compile pattern and find every hit; on a bad pattern say why and
 * keep the search there was. */
static bool
run(struct reader *r, const char *pattern)
{
	char err[256];
	struct search *re = search_compile(pattern, err, sizeof err);

	if (!re) {
		reader_message(r, STYLE_ERROR, "bad pattern: %s", err);
		return false;
	}
	find_clear(r);
	r->find.re = re;
	r->find.pattern = xstrdup(pattern);
	search_run(re, r->c, &r->find.hits, 0);
	r->cycle = CYCLE_SEARCH;
	reader_marks(r);
	return true;
}

/* " (stopped: ...)" when the search did not finish, else "". */
static const char *
stopped(const struct reader *r)
{
	static char buf[128];
	const char *why = search_stop_reason(r->find.hits.stop);

	if (!why)
		return "";
	snprintf(buf, sizeof buf, " (%s)", why);
	return buf;
}

unsigned
find_search(struct reader *r, const char *pattern, int dir)
{
	char *pat;
	unsigned res = R_REDRAW | R_STATUS;

	if (!pattern[0] && !r->find.pattern) {
		reader_message(r, STYLE_MESSAGE, "no pattern to search for again");
		return R_STATUS;
	}
	pat = xstrdup(pattern[0] ? pattern : r->find.pattern);
	if (run(r, pat)) {
		r->find.dir = dir;
		if (!r->find.hits.n)
			reader_message(r, r->find.hits.stop ? STYLE_ERROR : STYLE_MESSAGE,
			               "pattern not found: %s%s", pat, stopped(r));
		else
			res |= cycle_step(r, dir, true);
		if (r->find.hits.n && r->find.hits.stop)
			reader_message(r, STYLE_ERROR, "%s: %u hits%s", pat, r->find.hits.n, stopped(r));
	}
	free(pat);
	return res;
}

static void
filter_off(struct reader *r)
{
	uint32_t i;

	for (i = 0; i < r->n_cols; i++) {
		free(r->cols[i].keep);
		r->cols[i].keep = NULL;
	}
	free(r->find.filter);
	r->find.filter = NULL;
	r->find.filter_gen++;
}

/* Keep the sentences each hit touches; returns how many there are. */
static uint32_t
keep_hits(struct reader *r)
{
	const struct search_result *h = &r->find.hits;
	uint32_t i, kept = 0;

	for (i = 0; i < r->n_cols; i++)
		r->cols[i].keep = xcalloc(r->c->articles[i].n_sents + 1, 1);
	for (i = 0; i < h->n; i++) {
		const struct article *a = &r->c->articles[h->hits[i].article];
		uint8_t *keep = r->cols[h->hits[i].article].keep;
		uint32_t s = nav_sentence_by_offset(a, h->hits[i].start);

		for (; s < a->n_sents && a->sents[s].start < h->hits[i].end; s++) {
			kept += !keep[s];
			keep[s] = 1;
		}
	}
	return kept;
}

unsigned
find_filter(struct reader *r, const char *pattern)
{
	uint32_t kept;

	if (!pattern[0]) {
		if (!r->find.filter) {
			reader_message(r, STYLE_MESSAGE, "no filter to clear (& PATTERN shows only matches)");
			return R_STATUS;
		}
		filter_off(r);
		reader_message(r, STYLE_MESSAGE, "filter off: every sentence is shown");
		return R_LAYOUT | R_MOVE | R_REDRAW | R_STATUS;
	}
	if (!run(r, pattern))
		return R_STATUS | R_REDRAW;
	r->find.dir = 1;
	if (!r->find.hits.n) {
		reader_message(r, r->find.hits.stop ? STYLE_ERROR : STYLE_MESSAGE,
		               "pattern not found: %s%s; the filter is unchanged", pattern, stopped(r));
		return R_STATUS | R_REDRAW;
	}
	filter_off(r);
	r->find.filter = xstrdup(pattern);
	kept = keep_hits(r);
	reader_message(r, r->find.hits.stop ? STYLE_ERROR : STYLE_MESSAGE,
	               "filter: %u sentence%s match%s%s", kept, kept == 1 ? "" : "s",
	               kept == 1 ? "es" : "", stopped(r));
	return R_LAYOUT | R_MOVE | R_REDRAW | R_STATUS;
}

void
find_free(struct reader *r)
{
	find_clear(r);
	free(r->find.filter);
	r->find.filter = NULL;
}
