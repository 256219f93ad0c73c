/* ini files with line numbers. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <unistd.h>

#include "parallax/ini.h"

static void
test_values_and_their_lines(void **state)
{
	struct ini ini;
	const char *p = tu_write_tmp("; comment\n[Layout]\nColumns = 3\n\n[colors]\n"
	                          "text = red default # trailing comment\nquoted = \"a;b\"\n");

	(void)state;
	assert_int_equal(ini_load(&ini, p), PX_OK);
	assert_int_equal(ini.n_errors, 0);
	assert_string_equal(ini_get(&ini, "layout", "columns"), "3");
	assert_string_equal(ini_get(&ini, "colors", "text"), "red default");
	assert_string_equal(ini_get(&ini, "colors", "quoted"), "a;b");
	assert_int_equal(ini_line(&ini, "layout", NULL), 2);
	assert_int_equal(ini_line(&ini, "layout", "columns"), 3);
	assert_int_equal(ini_line(&ini, "colors", "quoted"), 7);
	assert_int_equal(ini_line(&ini, "colors", "missing"), 0);
	assert_null(ini_get(&ini, "colors", "missing"));
	ini_free(&ini);
	unlink(p);
}

static void
test_a_syntax_error_keeps_the_rest(void **state)
{
	struct ini ini;
	const char *p = tu_write_tmp("[a]\nx = 1\nnot a key value line\n= no key\ny = 2\n");

	(void)state;
	assert_int_equal(ini_load(&ini, p), PX_OK);
	assert_int_equal(ini.n_errors, 2);
	assert_int_equal(ini.errors[0].line, 3);
	assert_int_equal(ini.errors[1].line, 4);
	assert_string_equal(ini_get(&ini, "a", "x"), "1");
	assert_string_equal(ini_get(&ini, "a", "y"), "2");
	ini_free(&ini);
	unlink(p);
}

static void
test_duplicate_keys_keep_every_line(void **state)
{
	struct ini ini;
	const char *p = tu_write_tmp("[a]\nx = 1\nx = 2\n");

	(void)state;
	assert_int_equal(ini_load(&ini, p), PX_OK);
	assert_int_equal(ini.n_entries, 3);
	assert_string_equal(ini_get(&ini, "a", "x"), "2");
	assert_int_equal(ini_line(&ini, "a", "x"), 3);
	ini_free(&ini);
	unlink(p);
}

static void
test_continuation_and_overlong_lines(void **state)
{
	struct ini ini;
	char text[2200];
	const char *p;

	(void)state;
	memset(text, 0, sizeof text);
	strcpy(text, "[a]\nlong = one \\\n  two\nz = ");
	memset(text + strlen(text), 'z', 1500);
	strcat(text, "\nw = 3\n");
	p = tu_write_tmp(text);
	assert_int_equal(ini_load(&ini, p), PX_OK);
	assert_int_equal(ini.n_errors, 1);
	assert_int_equal(ini.errors[0].line, 4);
	assert_non_null(strstr(ini.errors[0].message, "too long"));
	assert_non_null(ini_get(&ini, "a", "long"));
	assert_int_equal(ini_line(&ini, "a", "long"), 2);
	assert_string_equal(ini_get(&ini, "a", "w"), "3");
	ini_free(&ini);
	unlink(p);
}

static void
test_missing_file_is_an_error(void **state)
{
	struct ini ini;

	(void)state;
	assert_int_equal(ini_load(&ini, "/nonexistent/x.ini"), PX_ERR_INPUT);
	assert_non_null(strstr(px_error(), "/nonexistent/x.ini: No such file"));
	ini_free(&ini);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_and_their_lines),
		cmocka_unit_test(test_a_syntax_error_keeps_the_rest),
		cmocka_unit_test(test_duplicate_keys_keep_every_line),
		cmocka_unit_test(test_continuation_and_overlong_lines),
		cmocka_unit_test(test_missing_file_is_an_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
