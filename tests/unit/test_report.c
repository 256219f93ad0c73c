/* The JSON report: its shape (DESIGN §3) and the spans in it. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <jansson.h>

#include "parallax/report.h"

static json_t *
report_of(const struct corpus *c)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	json_error_t err;
	json_t *root;

	assert_non_null(f);
	assert_int_equal(report_json(c, f), PX_OK);
	fclose(f);
	root = json_loadb(buf, n, 0, &err);
	if (!root)
		fail_msg("invalid JSON: %s at line %d", err.text, err.line);
	free(buf);
	return root;
}

static void
assert_array(json_t *o, const char *key)
{
	if (!json_is_array(json_object_get(o, key)))
		fail_msg("\"%s\" is not an array", key);
}

static void
test_report_has_the_contract_fields(void **state)
{
	struct corpus c;
	json_t *root, *arts, *a0, *s0;
	static const char *const arrays[] = {"articles", "links", "topics", "unique",
	                                     "discrepancies", "actors", "quotes", "claims"};
	size_t i;

	(void)state;
	tu_story(&c);
	root = report_of(&c);
	assert_int_equal(json_integer_value(json_object_get(root, "version")), 1);
	for (i = 0; i < PX_ARRAY_SIZE(arrays); i++)
		assert_array(root, arrays[i]);
	arts = json_object_get(root, "articles");
	assert_int_equal(json_array_size(arts), 5);
	a0 = json_array_get(arts, 0);
	assert_int_equal(json_integer_value(json_object_get(a0, "id")), 0);
	assert_true(json_is_string(json_object_get(a0, "path")));
	assert_string_equal(json_string_value(json_object_get(a0, "outlet")), "GlobalPost");
	assert_true(json_is_string(json_object_get(a0, "title")));
	assert_true(json_is_null(json_object_get(a0, "date")));
	assert_int_equal(json_integer_value(json_object_get(a0, "bytes")), 3545);
	assert_array(a0, "paragraphs");
	assert_array(a0, "sentences");
	s0 = json_array_get(json_object_get(a0, "sentences"), 0);
	assert_int_equal(json_integer_value(json_object_get(s0, "id")), 0);
	assert_int_equal(json_integer_value(json_object_get(s0, "start")), 0);
	assert_true(json_is_integer(json_object_get(s0, "end")));
	assert_true(json_is_integer(json_object_get(s0, "paragraph")));
	assert_true(json_is_boolean(json_object_get(s0, "boilerplate")));
	json_decref(root);
	corpus_free(&c);
}

static void
test_every_sentence_of_every_article_is_reported(void **state)
{
	struct corpus c;
	json_t *root, *arts;
	uint32_t i, j;

	(void)state;
	tu_story(&c);
	root = report_of(&c);
	arts = json_object_get(root, "articles");
	for (i = 0; i < c.n_articles; i++) {
		json_t *sents = json_object_get(json_array_get(arts, i), "sentences");

		assert_int_equal(json_array_size(sents), c.articles[i].n_sents);
		for (j = 0; j < c.articles[i].n_sents; j++) {
			json_t *s = json_array_get(sents, j);

			assert_int_equal(json_integer_value(json_object_get(s, "id")), j);
			assert_int_equal(json_integer_value(json_object_get(s, "start")),
			                 c.articles[i].sents[j].start);
			assert_int_equal(json_integer_value(json_object_get(s, "end")),
			                 c.articles[i].sents[j].end);
		}
	}
	json_decref(root);
	corpus_free(&c);
}

static void
test_invalid_utf8_metadata_still_gives_valid_json(void **state)
{
	struct corpus c;
	json_t *root, *a0;

	(void)state;
	tu_corpus(&c, "bad\xFFname.txt", "Title: caf\xE9 \x1B[31mred\n\nBody text.", NULL);
	root = report_of(&c);
	a0 = json_array_get(json_object_get(root, "articles"), 0);
	assert_string_equal(json_string_value(json_object_get(a0, "title")),
	                    "caf\xEF\xBF\xBD \x1B[31mred");
	assert_string_equal(json_string_value(json_object_get(a0, "path")),
	                    "bad\xEF\xBF\xBDname.txt");
	json_decref(root);
	corpus_free(&c);
}

static void
test_summary_never_prints_control_characters(void **state)
{
	struct corpus c;
	char *buf = NULL;
	size_t n = 0, i;
	FILE *f;

	(void)state;
	tu_corpus(&c, "esc.txt", "Outlet: Evil\x1B]0;pwned\x07\n\nText with \x1B[2J escapes \x9B"
	          "and a bell\x07. More text here.", NULL);
	f = open_memstream(&buf, &n);
	assert_int_equal(report_summary(&c, f), PX_OK);
	fclose(f);
	for (i = 0; i < n; i++)
		if (buf[i] != '\n' && ((unsigned char)buf[i] < 0x20 || buf[i] == 0x7F))
			fail_msg("control byte 0x%02x at %zu in the summary", (unsigned char)buf[i], i);
	assert_non_null(strstr(buf, "\xE2\x90\x9B]0;pwned")); /* ESC shown as U+241B */
	free(buf);
	corpus_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_has_the_contract_fields),
		cmocka_unit_test(test_every_sentence_of_every_article_is_reported),
		cmocka_unit_test(test_invalid_utf8_metadata_still_gives_valid_json),
		cmocka_unit_test(test_summary_never_prints_control_characters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
