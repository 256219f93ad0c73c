/* test_marks.c - the pure parts of highlighting and prompts: spans
 * flattened into runs, the line editor and its history. Linked without
 * curses. */
#include "testutil.h"

#include "grid.h"
#include "layout.h"
#include "lineedit.h"
#include "marks.h"
#include "parallax/keys.h"

#define NO GRID_NO_OVER

/* The runs as "start-end:mark/over" joined by blanks, slots by number. */
static const char *
runs_str(const struct mark_runs *r)
{
	static char out[512];
	size_t n = 0;
	uint32_t i;

	out[0] = '\0';
	for (i = 0; i < r->n; i++)
		n += (size_t)snprintf(out + n, sizeof out - n, "%s%u-%u:%d/%d", i ? " " : "",
		                      r->v[i].start, r->v[i].end,
		                      r->v[i].mark == NO ? -1 : r->v[i].mark,
		                      r->v[i].over == NO ? -1 : r->v[i].over);
	return out;
}

static void
test_marks_of_no_spans_are_no_runs(void **state)
{
	struct mark_runs r = {0};

	(void)state;
	marks_flatten(NULL, 0, &r);
	assert_int_equal(r.n, 0);
	assert_int_equal(marks_first(&r, 5), 0);
	marks_free(&r);
}

static void
test_marks_the_higher_priority_wins_where_spans_overlap(void **state)
{
	/* a claim 0-20 holding a quote 5-15 holding a cue 8-10 */
	const struct mark_span s[] = {
		{0, 20, MARK_LAYER_MARK, 0, 1},
		{5, 15, MARK_LAYER_MARK, 1, 2},
		{8, 10, MARK_LAYER_MARK, 2, 3},
	};
	struct mark_runs r = {0};

	(void)state;
	marks_flatten(s, 3, &r);
	assert_string_equal(runs_str(&r), "0-5:1/-1 5-8:2/-1 8-10:3/-1 10-15:2/-1 15-20:1/-1");
	marks_free(&r);
}

static void
test_marks_layers_combine_and_equal_neighbours_join(void **state)
{
	const struct mark_span s[] = {
		{10, 20, MARK_LAYER_OVER, 1, 7},
		{0, 12, MARK_LAYER_MARK, 0, 4},
		{12, 30, MARK_LAYER_MARK, 0, 4},
		{25, 25, MARK_LAYER_OVER, 1, 7}, /* empty: ignored */
		{40, 45, MARK_LAYER_OVER, 0, 6},
	};
	struct mark_runs r = {0};

	(void)state;
	marks_flatten(s, 5, &r);
	assert_string_equal(runs_str(&r), "0-10:4/-1 10-20:4/7 20-30:4/-1 40-45:-1/6");
	assert_int_equal(marks_first(&r, 0), 0);
	assert_int_equal(marks_first(&r, 10), 1);
	assert_int_equal(marks_first(&r, 35), 3);
	assert_int_equal(marks_first(&r, 45), 4);
	marks_free(&r);
}

static void
test_marks_a_span_repeated_stays_open_until_the_last_ends(void **state)
{
	const struct mark_span s[] = {
		{0, 10, MARK_LAYER_MARK, 3, 5},
		{4, 6, MARK_LAYER_MARK, 3, 5},
		{8, 12, MARK_LAYER_MARK, 3, 5},
	};
	struct mark_runs r = {0};

	(void)state;
	marks_flatten(s, 3, &r);
	assert_string_equal(runs_str(&r), "0-12:5/-1");
	marks_free(&r);
}

/* ---- line editing ---- */

static void
type(struct lineedit *e, const char *s)
{
	while (*s) {
		int32_t cp;

		s += utf8_decode((const unsigned char *)s, strlen(s), &cp);
		assert_true(lineedit_key(e, cp));
	}
}

static void
test_lineedit_inserts_at_the_cursor_and_deletes_around_it(void **state)
{
	struct lineedit e;

	(void)state;
	lineedit_set(&e, "");
	type(&e, "pu\xc3\xadn");
	assert_true(lineedit_key(&e, KEY_LEFT_));
	assert_true(lineedit_key(&e, KEY_LEFT_));
	type(&e, "t");
	assert_string_equal(e.buf, "put\xc3\xadn");
	assert_int_equal(lineedit_cursor_cells(&e), 3);
	assert_true(lineedit_key(&e, KEY_DEL_));
	assert_string_equal(e.buf, "putn");
	assert_true(lineedit_key(&e, KEY_BACKSPACE_));
	assert_string_equal(e.buf, "pun");
	assert_true(lineedit_key(&e, KEY_END_));
	assert_true(lineedit_key(&e, KEY_BACKSPACE_));
	assert_string_equal(e.buf, "pu");
	assert_false(lineedit_key(&e, KEY_ENTER_));
	assert_false(lineedit_key(&e, KEY_UP_));
	assert_false(lineedit_key(&e, KEY_ESC_));
}

static void
test_lineedit_control_keys_cut_words_and_ends(void **state)
{
	struct lineedit e;

	(void)state;
	lineedit_set(&e, "energy and infrastructure");
	assert_true(lineedit_key(&e, KEY_CTRL('w')));
	assert_string_equal(e.buf, "energy and ");
	assert_true(lineedit_key(&e, KEY_CTRL('a')));
	assert_true(lineedit_key(&e, KEY_RIGHT_));
	assert_true(lineedit_key(&e, KEY_CTRL('k')));
	assert_string_equal(e.buf, "e");
	lineedit_set(&e, "abc");
	assert_true(lineedit_key(&e, KEY_LEFT_));
	assert_true(lineedit_key(&e, KEY_CTRL('u')));
	assert_string_equal(e.buf, "c");
	assert_int_equal(e.cur, 0);
	assert_true(lineedit_key(&e, KEY_BACKSPACE_)); /* nothing before: no change */
	assert_string_equal(e.buf, "c");
}

static void
test_lineedit_refuses_what_does_not_fit(void **state)
{
	struct lineedit e;
	char big[LINEEDIT_MAX + 8];

	(void)state;
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	lineedit_set(&e, big);
	assert_int_equal(e.len, LINEEDIT_MAX);
	assert_true(lineedit_key(&e, 'y'));
	assert_int_equal(e.len, LINEEDIT_MAX);
	/* a two-byte character is never cut in half */
	memset(big, 'x', sizeof big - 1);
	memcpy(big + LINEEDIT_MAX - 1, "\xc3\xa9", 2);
	lineedit_set(&e, big);
	assert_int_equal(e.len, LINEEDIT_MAX - 1);
}

static void
test_history_keeps_the_last_lines_once_each(void **state)
{
	struct history h = {0};
	uint32_t i;

	(void)state;
	history_add(&h, "putin");
	history_add(&h, "");
	history_add(&h, "kremlin");
	history_add(&h, "putin");
	assert_int_equal(h.n, 2);
	assert_string_equal(h.v[0], "kremlin");
	assert_string_equal(h.v[1], "putin");
	for (i = 0; i < HISTORY_MAX + 5; i++) {
		char buf[16];

		snprintf(buf, sizeof buf, "p%u", i);
		history_add(&h, buf);
	}
	assert_int_equal(h.n, HISTORY_MAX);
	assert_string_equal(h.v[0], "p5");
	history_free(&h);
}

static void
test_history_browse_comes_back_to_what_was_typed(void **state)
{
	struct history h = {0};
	struct lineedit e, saved;
	uint32_t pos;

	(void)state;
	history_add(&h, "one");
	history_add(&h, "two");
	lineedit_set(&e, "thr");
	pos = h.n;
	assert_false(history_browse(&h, &e, &pos, &saved, 1));
	assert_true(history_browse(&h, &e, &pos, &saved, -1));
	assert_string_equal(e.buf, "two");
	assert_true(history_browse(&h, &e, &pos, &saved, -1));
	assert_string_equal(e.buf, "one");
	assert_false(history_browse(&h, &e, &pos, &saved, -1));
	assert_string_equal(e.buf, "one");
	assert_true(history_browse(&h, &e, &pos, &saved, 1));
	assert_true(history_browse(&h, &e, &pos, &saved, 1));
	assert_string_equal(e.buf, "thr");
	assert_int_equal(pos, h.n);
	history_free(&h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_marks_of_no_spans_are_no_runs),
		cmocka_unit_test(test_marks_the_higher_priority_wins_where_spans_overlap),
		cmocka_unit_test(test_marks_layers_combine_and_equal_neighbours_join),
		cmocka_unit_test(test_marks_a_span_repeated_stays_open_until_the_last_ends),
		cmocka_unit_test(test_lineedit_inserts_at_the_cursor_and_deletes_around_it),
		cmocka_unit_test(test_lineedit_control_keys_cut_words_and_ends),
		cmocka_unit_test(test_lineedit_refuses_what_does_not_fit),
		cmocka_unit_test(test_history_keeps_the_last_lines_once_each),
		cmocka_unit_test(test_history_browse_comes_back_to_what_was_typed),
	};

	layout_locale(); /* display widths of UTF-8 */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
