/* Loading articles from files and folders. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

static char tmpdir[256];

static int
setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/px-load-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int
teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd);
}

/* Write data (n bytes) to tmpdir/name; returns the path (static). */
static const char *
put(const char *name, const void *data, size_t n)
{
	static char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	fclose(f);
	return path;
}

static const char *
puts_(const char *name, const char *text)
{
	return put(name, text, strlen(text));
}

static enum status
load_one(struct corpus *c, const char *path)
{
	corpus_init(c);
	return load_paths(c, &path, 1, NULL);
}

static void
test_header_block_sets_metadata_and_body(void **state)
{
	struct corpus c;
	const char *p = puts_("h.txt", "Title: A title\nOutlet: The Daily\nDate: 2025-03-19\n"
	                               "URL: https://example.org/x\nAuthor: Jane Roe\n\nBody text.\n");
	struct article *a;

	(void)state;
	assert_int_equal(load_one(&c, p), PX_OK);
	a = &c.articles[0];
	assert_string_equal(a->title, "A title");
	assert_string_equal(a->outlet, "The Daily");
	assert_string_equal(a->date, "2025-03-19");
	assert_string_equal(a->url, "https://example.org/x");
	assert_string_equal(a->author, "Jane Roe");
	assert_string_equal((char *)a->text + a->body, "Body text.\n");
	corpus_free(&c);
}

static void
test_unknown_key_means_no_header(void **state)
{
	struct corpus c;
	const char *p = puts_("n.txt", "Note: this is text\n\nMore text.\n");

	(void)state;
	assert_int_equal(load_one(&c, p), PX_OK);
	assert_int_equal(c.articles[0].body, 0);
	assert_string_equal(c.articles[0].outlet, "n");
	corpus_free(&c);
}

/* Without a header or story.ini the file name suggests the outlet: no
 * ordering prefix, no extension, words apart. */
static void
test_outlet_from_file_name(void **state)
{
	static const char *const cases[][2] = {
		{"03-washington_post.txt", "washington post"},
		{"1.daily-news.md", "daily news"},
		{"2024.txt", "2024"},
		{"7-.txt", "7-.txt"},
		{".hidden", ".hidden"},
		{"plain", "plain"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < PX_ARRAY_SIZE(cases); i++) {
		struct corpus c;

		corpus_init(&c);
		corpus_add_text(&c, cases[i][0], "Text.\n", 6);
		assert_string_equal(c.articles[0].outlet, cases[i][1]);
		corpus_free(&c);
	}
}

static void
test_bom_is_skipped_and_crlf_header_works(void **state)
{
	struct corpus c;
	const char *p = puts_("b.txt", "\xEF\xBB\xBFTitle: T\r\nOutlet: O\r\n\r\nText.\r\n");

	(void)state;
	assert_int_equal(load_one(&c, p), PX_OK);
	assert_string_equal(c.articles[0].outlet, "O");
	assert_string_equal((char *)c.articles[0].text + c.articles[0].body, "Text.\r\n");
	corpus_free(&c);
}

static void
test_folder_loads_txt_files_in_name_order_with_story_ini(void **state)
{
	struct corpus c;
	const char *dir = tmpdir;

	(void)state;
	puts_("b.txt", "Second article.\n");
	puts_("a.txt", "First article.\n");
	puts_(".hidden.txt", "Hidden.\n");
	puts_("notes.md", "Not an article.\n");
	puts_("story.ini", "[a.txt]\noutlet = Alpha News\ntitle = About A\n"
	                   "[B.txt]\noutlet = Beta\nbogus = 1\n");
	corpus_init(&c);
	assert_int_equal(load_paths(&c, &dir, 1, NULL), PX_OK);
	assert_int_equal(c.n_articles, 2);
	assert_string_equal(c.articles[0].name, "a.txt");
	assert_string_equal(c.articles[0].outlet, "Alpha News");
	assert_string_equal(c.articles[0].title, "About A");
	assert_string_equal(c.articles[1].outlet, "Beta");
	/* the unknown key is reported with its line */
	assert_int_equal(c.n_warnings, 1);
	assert_non_null(strstr(c.warnings[0], "story.ini:6: [b.txt] bogus: unknown key"));
	corpus_free(&c);
}

static void
test_header_wins_over_story_ini(void **state)
{
	struct corpus c;
	const char *p;

	(void)state;
	puts_("story.ini", "[h.txt]\noutlet = From ini\ntitle = Ini title\n");
	p = puts_("h.txt", "Outlet: From header\n\nText.\n");
	assert_int_equal(load_one(&c, p), PX_OK);
	assert_string_equal(c.articles[0].outlet, "From header");
	assert_string_equal(c.articles[0].title, "Ini title");
	corpus_free(&c);
}

static void
test_story_ini_syntax_error_is_a_warning(void **state)
{
	struct corpus c;
	const char *p;

	(void)state;
	puts_("story.ini", "[x.txt]\noutlet = X\nthis line is wrong\n");
	p = puts_("x.txt", "Text.\n");
	assert_int_equal(load_one(&c, p), PX_OK);
	assert_string_equal(c.articles[0].outlet, "X");
	assert_int_equal(c.n_warnings, 1);
	assert_non_null(strstr(c.warnings[0], "story.ini:3: syntax error"));
	corpus_free(&c);
}

static void
test_nul_and_invalid_utf8_are_kept(void **state)
{
	static const char data[] = "A sentence with a \0 NUL byte and an \xFF invalid byte. "
	                           "Another sentence follows here.\n";
	struct corpus c;
	const char *p = put("bad.txt", data, sizeof data - 1);

	(void)state;
	assert_int_equal(load_one(&c, p), PX_OK);
	assert_int_equal(c.articles[0].len, sizeof data - 1);
	assert_memory_equal(c.articles[0].text, data, sizeof data - 1);
	assert_int_equal(analyse(&c, NULL, NULL), PX_OK);
	assert_int_equal(c.articles[0].n_sents, 2);
	corpus_free(&c);
}

static void
expect_error(const char *path, const char *message)
{
	struct corpus c;

	assert_int_equal(load_one(&c, path), PX_ERR_INPUT);
	if (!strstr(px_error(), message))
		fail_msg("want \"%s\" in \"%s\"", message, px_error());
	assert_non_null(strstr(px_error(), path));
	assert_int_equal(c.n_articles, 0);
	corpus_free(&c);
}

static void
test_bad_inputs_give_one_line_errors(void **state)
{
	char path[600], big[4096];
	static const unsigned char png[64] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0,
	                                      0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0,
	                                      8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66};

	(void)state;
	expect_error(puts_("empty.txt", ""), "empty article");
	expect_error(puts_("blank.txt", " \n\t\n  \n"), "empty article");
	expect_error(puts_("hdr.txt", "Title: only a header\n\n"), "empty article");
	expect_error(put("img.txt", png, sizeof png), "binary file");
	snprintf(path, sizeof path, "%s/missing.txt", tmpdir);
	expect_error(path, "No such file or directory");
	snprintf(path, sizeof path, "%s/sub", tmpdir);
	mkdir(path, 0755);
	expect_error(path, "no articles");
	expect_error("/dev/null", "not a regular file");
	memset(big, 'a', sizeof big);
	{
		struct corpus c;
		struct load_limits lim;
		const char *p = put("big.txt", big, sizeof big);

		load_limits_default(&lim);
		lim.max_file_bytes = 1024;
		corpus_init(&c);
		assert_int_equal(load_paths(&c, &p, 1, &lim), PX_ERR_INPUT);
		assert_non_null(strstr(px_error(), "file too large"));
		corpus_free(&c);
	}
}

static void
test_unreadable_file_is_reported(void **state)
{
	const char *p = puts_("secret.txt", "Secret.\n");

	(void)state;
	if (geteuid() == 0)
		skip(); /* root reads anything */
	chmod(p, 0);
	expect_error(p, "Permission denied");
}

static void
test_too_many_articles_is_a_clear_error(void **state)
{
	struct corpus c;
	struct load_limits lim;
	const char *dir = tmpdir;

	(void)state;
	puts_("1.txt", "One.\n");
	puts_("2.txt", "Two.\n");
	puts_("3.txt", "Three.\n");
	load_limits_default(&lim);
	lim.max_articles = 2;
	corpus_init(&c);
	assert_int_equal(load_paths(&c, &dir, 1, &lim), PX_ERR_INPUT);
	assert_non_null(strstr(px_error(), "too many articles"));
	corpus_free(&c);
}

static void
test_files_are_never_modified(void **state)
{
	struct corpus c;
	struct stat before, after;
	const char *p = puts_("ro.txt", "Title: T\n\nSome text. More text.\n");
	char copy[600];

	(void)state;
	snprintf(copy, sizeof copy, "%s", p);
	stat(copy, &before);
	assert_int_equal(load_one(&c, copy), PX_OK);
	assert_int_equal(analyse(&c, NULL, NULL), PX_OK);
	corpus_free(&c);
	stat(copy, &after);
	assert_int_equal(before.st_size, after.st_size);
	assert_int_equal(before.st_mtime, after.st_mtime);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_header_block_sets_metadata_and_body, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_key_means_no_header, setup, teardown),
		cmocka_unit_test(test_outlet_from_file_name),
		cmocka_unit_test_setup_teardown(test_bom_is_skipped_and_crlf_header_works, setup, teardown),
		cmocka_unit_test_setup_teardown(test_folder_loads_txt_files_in_name_order_with_story_ini,
		                                setup, teardown),
		cmocka_unit_test_setup_teardown(test_header_wins_over_story_ini, setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_ini_syntax_error_is_a_warning, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nul_and_invalid_utf8_are_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_inputs_give_one_line_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_file_is_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(test_too_many_articles_is_a_clear_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_files_are_never_modified, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
