/* Tokens, case folding, stems and stop words. */
#include "testutil.h"

#include "parallax/lexicon.h"

/* Tokens of a one-sentence text as "span/stem/flags" joined by spaces.
 * flags letters: W word, N number, C capital, U upper, S stop,
 * P possessive, H hashtag, - hyphen, F first. */
static char *
toks(const char *text)
{
	struct corpus c;
	struct article *a;
	char *out = malloc(4096);
	size_t used = 0;
	uint32_t i;

	tu_corpus(&c, "t.txt", text, NULL);
	a = &c.articles[0];
	out[0] = '\0';
	for (i = 0; i < a->n_toks; i++) {
		const struct token *t = &a->toks[i];
		char fl[16];
		size_t k = 0;

		if (t->flags & TOK_WORD) fl[k++] = 'W';
		if (t->flags & TOK_NUM) fl[k++] = 'N';
		if (t->flags & TOK_CAP) fl[k++] = 'C';
		if (t->flags & TOK_UPPER) fl[k++] = 'U';
		if (t->flags & TOK_STOP) fl[k++] = 'S';
		if (t->flags & TOK_POSS) fl[k++] = 'P';
		if (t->flags & TOK_HASHTAG) fl[k++] = 'H';
		if (t->flags & TOK_HYPHEN) fl[k++] = '-';
		if (t->flags & TOK_FIRST) fl[k++] = 'F';
		fl[k] = '\0';
		used += (size_t)snprintf(out + used, 4096 - used, "%s%.*s/%s/%s", i ? " " : "",
		                         (int)(t->end - t->start), (const char *)a->text + t->start,
		                         lex_str(c.lex, t->stem), fl);
	}
	corpus_free(&c);
	return out;
}

#define assert_toks(text, want) do { \
	char *got_ = toks(text); \
	if (strcmp(got_, want) != 0) \
		fail_msg("\n want %s\n got  %s", want, got_); \
	free(got_); \
} while (0)

static void
test_words_stems_and_flags(void **state)
{
	(void)state;
	assert_toks("The talks continued.", "The/the/WCSF talks/talk/W continued/continu/W");
	assert_toks("NATO allies agreed", "NATO/nato/WCUF allies/alli/W agreed/agre/W");
}

static void
test_possessive_stays_outside_the_span(void **state)
{
	(void)state;
	assert_toks("Ukraine\xE2\x80\x99s grid and Trump's plan",
	            "Ukraine/ukrain/WCPF grid/grid/W and/and/WS Trump/trump/WCP plan/plan/W");
}

static void
test_contractions_stay_whole(void **state)
{
	(void)state;
	assert_toks("we didn\xE2\x80\x99t go", "we/we/WSF didn\xE2\x80\x99t/didn't/WS go/go/W");
}

static void
test_numbers_keep_their_separators(void **state)
{
	(void)state;
	assert_toks("2,000 fled at 8:50 and 3.5 percent",
	            "2,000/2,000/N fled/fled/WF at/at/WS 8:50/8:50/N and/and/WS 3.5/3.5/N "
	            "percent/percent/W");
}

static void
test_hyphens_split_and_are_flagged(void **state)
{
	(void)state;
	assert_toks("a 30-day halt", "a/a/WSF 30/30/N- day/day/W halt/halt/W");
}

static void
test_hashtag_is_flagged(void **state)
{
	(void)state;
	assert_toks("after #Putin agreed", "after/after/WSF Putin/putin/WCH agreed/agre/W");
}

static void
test_fold_is_case_and_accent_insensitive(void **state)
{
	char buf[64];

	(void)state;
	lex_fold("PA\xC3\x8DS", 5, buf, sizeof buf);
	assert_string_equal(buf, "pais");
	lex_fold("Zelens\xE2\x80\x99kyy", 13, buf, sizeof buf);
	assert_string_equal(buf, "zelens'kyy");
	lex_fold("\xC3\x9F", 2, buf, sizeof buf);
	assert_string_equal(buf, "ss");
	/* the return value says how much room a longer fold needs */
	assert_int_equal(lex_fold("abcdef", 6, buf, 3), 6);
	assert_string_equal(buf, "ab");
}

static void
test_interning_gives_stable_ids(void **state)
{
	struct lexicon *lx = lex_new("english");
	uint32_t a, b;

	(void)state;
	a = lex_intern(lx, "ceasefire", 9);
	b = lex_intern(lx, "truce", 5);
	assert_int_not_equal(a, b);
	assert_int_equal(lex_intern(lx, "ceasefire", 9), a);
	assert_int_equal(lex_find(lx, "truce", 5), b);
	assert_int_equal(lex_find(lx, "armistice", 9), PX_NONE);
	assert_string_equal(lex_str(lx, lex_stem(lx, lex_intern(lx, "agreed", 6))), "agre");
	lex_free(lx);
}

static void
test_unknown_language_is_an_error(void **state)
{
	(void)state;
	assert_null(lex_new("klingon"));
	assert_non_null(strstr(px_error(), "unknown language 'klingon'"));
	{
		struct lexicon *lx = lex_new("german");

		assert_non_null(lx);
		assert_string_equal(lex_language(lx), "german");
		assert_false(lex_is_stop(lx, lex_intern(lx, "the", 3)));
		lex_free(lx);
	}
}

static void
test_many_interned_strings_rehash_correctly(void **state)
{
	struct lexicon *lx = lex_new("english");
	char buf[32];
	uint32_t i;

	(void)state;
	for (i = 0; i < 20000; i++) {
		int n = snprintf(buf, sizeof buf, "w%u", i);

		assert_int_equal(lex_intern(lx, buf, (size_t)n), i);
	}
	for (i = 0; i < 20000; i += 997) {
		int n = snprintf(buf, sizeof buf, "w%u", i);

		assert_int_equal(lex_find(lx, buf, (size_t)n), i);
	}
	lex_free(lx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_stems_and_flags),
		cmocka_unit_test(test_possessive_stays_outside_the_span),
		cmocka_unit_test(test_contractions_stay_whole),
		cmocka_unit_test(test_numbers_keep_their_separators),
		cmocka_unit_test(test_hyphens_split_and_are_flagged),
		cmocka_unit_test(test_hashtag_is_flagged),
		cmocka_unit_test(test_fold_is_case_and_accent_insensitive),
		cmocka_unit_test(test_interning_gives_stable_ids),
		cmocka_unit_test(test_unknown_language_is_an_error),
		cmocka_unit_test(test_many_interned_strings_rehash_correctly),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
