/* Regular expression search. */
#include "testutil.h"

#include "parallax/search.h"

static uint32_t
count(const struct corpus *c, const char *pattern, struct search_result *r)
{
	char err[256];
	struct search *s = search_compile(pattern, err, sizeof err);

	if (!s)
		fail_msg("'%s' does not compile: %s", pattern, err);
	search_run(s, c, r, 0);
	search_free(s);
	return r->n;
}

static void
test_hits_have_utf8_byte_offsets(void **state)
{
	struct corpus c;
	struct search_result r = {0};
	const char *text = "Caf\xC3\xA9 Zelens\xE2\x80\x99kyy met \xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D owners.";

	(void)state;
	tu_corpus(&c, "a.txt", text, NULL);
	assert_int_equal(count(&c, "caf\xC3\xA9", &r), 2);
	assert_int_equal(r.hits[0].start, 0);
	assert_int_equal(r.hits[0].end, 5);
	assert_int_equal(r.hits[1].start, (uint32_t)(strstr(text, "caf\xC3\xA9") - text));
	assert_int_equal(r.hits[1].sentence, 0);
	/* \w is Unicode-aware: the accented letter is a word character */
	assert_int_equal(count(&c, "caf\\w\\b", &r), 2);
	assert_int_equal(count(&c, "\\w+\\W\\w*yy", &r), 1);
	assert_int_equal(r.hits[0].start, (uint32_t)(strstr(text, "Zelens") - text));
	search_result_free(&r);
	corpus_free(&c);
}

static void
test_smart_case(void **state)
{
	struct corpus c;
	struct search_result r = {0};

	(void)state;
	tu_corpus(&c, "a.txt", "Trump spoke. trump card. TRUMP.", NULL);
	assert_int_equal(count(&c, "trump", &r), 3);
	assert_int_equal(count(&c, "Trump", &r), 1);
	assert_int_equal(count(&c, "\\Strump", &r), 0); /* \S is not an upper-case letter */
	assert_true(search_has_upper("A"));
	assert_false(search_has_upper("\\W\\S\\D\\Pabc"));
	search_result_free(&r);
	corpus_free(&c);
}

static void
test_invalid_pattern_reports_message_and_offset(void **state)
{
	char err[256];

	(void)state;
	assert_null(search_compile("foo(bar", err, sizeof err));
	assert_non_null(strstr(err, "missing closing parenthesis"));
	assert_non_null(strstr(err, "at offset 7"));
	assert_null(search_compile("a{2,1}", err, sizeof err));
	assert_non_null(strstr(err, "at offset"));
	assert_null(search_compile("\xFF", err, sizeof err));
	assert_non_null(strstr(err, "not valid UTF-8"));
}

static void
test_empty_matches_are_skipped(void **state)
{
	struct corpus c;
	struct search_result r = {0};

	(void)state;
	tu_corpus(&c, "a.txt", "bb a bb aa", NULL);
	assert_int_equal(count(&c, "a*", &r), 2);
	assert_int_equal(count(&c, "^", &r), 0);
	search_result_free(&r);
	corpus_free(&c);
}

static void
test_invalid_utf8_in_the_text_is_searched_safely(void **state)
{
	struct corpus c;
	struct search_result r = {0};

	(void)state;
	tu_corpus(&c, "a.txt", "before \xFF\xFE after. And \xC3 more after.", NULL);
	assert_int_equal(count(&c, "after", &r), 2);
	assert_int_equal(r.hits[0].start, 10);
	assert_int_equal(count(&c, "e \\?\\? a", &r), 1);
	search_result_free(&r);
	corpus_free(&c);
}

static void
test_next_and_previous_wrap_around(void **state)
{
	struct corpus c;
	struct search_result r = {0};

	(void)state;
	tu_corpus(&c, "a.txt", "x one x two", "b.txt", "x three", NULL);
	assert_int_equal(count(&c, "x", &r), 3);
	assert_int_equal(search_next(&r, 0, 0, 1), 1);       /* after the hit at 0 */
	assert_int_equal(search_next(&r, 0, 6, 1), 2);       /* into the next article */
	assert_int_equal(search_next(&r, 1, 0, 1), 0);       /* wraps */
	assert_int_equal(search_next(&r, 0, 6, -1), 0);       /* strictly before */
	assert_int_equal(search_next(&r, 0, 7, -1), 1);
	assert_int_equal(search_next(&r, 0, 0, -1), 2);      /* wraps backward */
	search_result_free(&r);
	assert_int_equal(search_next(&r, 0, 0, 1), PX_NONE);
	corpus_free(&c);
}

static void
test_pathological_pattern_stops_within_the_budget(void **state)
{
	struct corpus c;
	struct search_result r = {0};
	char *text = malloc(200001);
	char err[256];
	struct search *s;
	double t0;

	(void)state;
	memset(text, 'a', 200000);
	text[199999] = 'b';
	text[200000] = '\0';
	tu_corpus(&c, "a.txt", text, NULL);
	s = search_compile("(a+)+$", err, sizeof err);
	assert_non_null(s);
	t0 = px_now();
	search_run(s, &c, &r, 0);
	assert_true(px_now() - t0 < 0.2);
	assert_int_not_equal(r.stop, SEARCH_DONE);
	assert_non_null(search_stop_reason(r.stop));
	search_free(s);
	search_result_free(&r);
	corpus_free(&c);
	free(text);
}

static void
test_hit_count_is_capped(void **state)
{
	struct corpus c;
	struct search_result r = {0};
	size_t n = SEARCH_MAX_HITS + 500, i;
	char *text = malloc(n * 2 + 1);

	(void)state;
	for (i = 0; i < n; i++) {
		text[2 * i] = 'a';
		text[2 * i + 1] = ' ';
	}
	text[2 * n] = '\0';
	tu_corpus(&c, "a.txt", text, NULL);
	assert_int_equal(count(&c, "a", &r), SEARCH_MAX_HITS);
	assert_int_equal(r.stop, SEARCH_TOO_MANY);
	search_result_free(&r);
	corpus_free(&c);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hits_have_utf8_byte_offsets),
		cmocka_unit_test(test_smart_case),
		cmocka_unit_test(test_invalid_pattern_reports_message_and_offset),
		cmocka_unit_test(test_empty_matches_are_skipped),
		cmocka_unit_test(test_invalid_utf8_in_the_text_is_searched_safely),
		cmocka_unit_test(test_next_and_previous_wrap_around),
		cmocka_unit_test(test_pathological_pattern_stops_within_the_budget),
		cmocka_unit_test(test_hit_count_is_capped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
