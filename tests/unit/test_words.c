/* The word cache and the scratch data the extraction stages share. */
#include "testutil.h"

#include "parallax/attrib.h"
#include "parallax/extract.h"
#include "parallax/lexicon.h"
#include "parallax/words.h"

static const char *const text =
	"Finance Minister Jan Smith said on Monday that the budget would pass. "
	"\"We will not wait,\" she told reporters in the capital.\n\n"
	"Opposition leaders, who met on Tuesday, rejected the plan -- again.";

static void
test_token_near_agrees_with_token_from(void **state)
{
	struct corpus c;
	const struct article *a;
	uint32_t off, si;

	(void)state;
	tu_corpus(&c, "a.txt", text, NULL);
	a = &c.articles[0];
	assert_true(a->n_sents >= 3);
	/* every offset, searched from every sentence: the same token */
	for (off = 0; off <= a->len; off++)
		for (si = 0; si <= a->n_sents; si++)
			if (words_token_near(a, si, off) != words_token_from(a, off))
				fail_msg("offset %u from sentence %u: want %u, got %u", off, si,
				         words_token_from(a, off), words_token_near(a, si, off));
	corpus_free(&c);
}

static void
test_is_compares_lexicon_ids_of_constants(void **state)
{
	struct corpus c;
	struct words w;
	const struct article *a;
	uint32_t k, n_said = 0, n_the = 0;

	(void)state;
	tu_corpus(&c, "a.txt", text, NULL);
	a = &c.articles[0];
	words_init(&w, &c);
	for (k = 0; k < a->n_toks; k++) {
		uint32_t len;
		const char *s = words_str(&w, &a->toks[k], &len);
		bool said = len == 4 && memcmp(s, "said", 4) == 0;

		/* asked twice: the second answer comes from the table */
		assert_int_equal(words_is(&w, &a->toks[k], "said"), said);
		assert_int_equal(words_is(&w, &a->toks[k], "said"), said);
		n_said += words_is(&w, &a->toks[k], "said");
		n_the += words_is(&w, &a->toks[k], "the");
		/* a word the corpus never has */
		assert_false(words_is(&w, &a->toks[k], "zyzzyva"));
	}
	assert_int_equal(n_said, 1);
	assert_int_equal(n_the, 3);
	words_free(&w);
	corpus_free(&c);
}

static void
test_gap_at_agrees_across_articles(void **state)
{
	struct corpus c;
	struct words w;
	uint32_t k, i;

	(void)state;
	tu_corpus(&c, "a.txt", text, "b.txt", "Smith, the minister, said: \"No.\" (Again.)", NULL);
	words_init(&w, &c);
	/* switch articles back and forth: the cache follows */
	for (i = 0; i < 4; i++) {
		const struct article *a = &c.articles[i % 2];

		for (k = 0; k < a->n_toks; k++)
			assert_int_equal(words_gap_at(&w, a, k), words_gap(a, k));
	}
	words_free(&w);
	corpus_free(&c);
}

static void
test_shared_attributions_equal_a_fresh_run(void **state)
{
	struct corpus c;
	struct attrib_result fresh;
	const struct attrib_result *shared;
	uint32_t i, j;

	(void)state;
	tu_story(&c);
	/* the last stage dropped the scratch */
	assert_null(c.extract);
	shared = attrib_shared(&c);
	assert_non_null(c.extract);
	assert_ptr_equal(attrib_shared(&c), shared);
	assert_ptr_equal(extract_words(&c), extract_words(&c));
	attrib_run(&c, &fresh);
	assert_int_equal(shared->n, fresh.n);
	assert_true(fresh.n > 100);
	for (i = 0; i < fresh.n; i++) {
		const struct attribution *a = &shared->items[i], *b = &fresh.items[i];

		assert_int_equal(a->article, b->article);
		assert_int_equal(a->sentence, b->sentence);
		assert_int_equal(a->cue_tok, b->cue_tok);
		assert_int_equal(a->content_start, b->content_start);
		assert_int_equal(a->content_end, b->content_end);
		assert_int_equal(a->n_speakers, b->n_speakers);
		for (j = 0; j < a->n_speakers; j++)
			assert_int_equal(a->speakers[j], b->speakers[j]);
		assert_int_equal(a->generic, b->generic);
		assert_int_equal(a->negated, b->negated);
		assert_int_equal(a->quote, b->quote);
		assert_string_equal(a->lemma, b->lemma);
	}
	for (i = 0; i < c.n_quotes; i++)
		assert_int_equal(shared->quote_speaker[i], fresh.quote_speaker[i]);
	attrib_free(&fresh);
	/* a new analysis starts from nothing */
	corpus_clear_results(&c);
	assert_null(c.extract);
	extract_free(&c);
	corpus_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_token_near_agrees_with_token_from),
		cmocka_unit_test(test_is_compares_lexicon_ids_of_constants),
		cmocka_unit_test(test_gap_at_agrees_across_articles),
		cmocka_unit_test(test_shared_attributions_equal_a_fresh_run),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
