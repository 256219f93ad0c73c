/* test_lists.c - the rows of the reader's lists: counting, ordering,
 * grouping quotes, claimants, filtering and the word diff. */
#include "testutil.h"

#include "parallax/lists.h"

static const char text_a[] =
	"Outlet: North\n\n"
	"Prime Minister Ingrid Dahl announced the deal in Oslo. "
	"\xe2\x80\x9cWe have reached a fair deal for both our peoples,\xe2\x80\x9d Dahl said. "
	"Officials said the quota would be reviewed every spring.\n";
static const char text_b[] =
	"Outlet: Harbour\n\n"
	"\xe2\x80\x9cWe reached a fair deal for both nations,\xe2\x80\x9d said Dahl. "
	"Local skipper Ola Berg said he would wait. "
	"\xe2\x80\x9cPromises are cheap,\xe2\x80\x9d Berg said.\n";

/* A corpus with actors filled by hand: names and mentions per article. */
static void
add_actor(struct corpus *c, const char *name, uint32_t n_a, uint32_t n_b)
{
	struct actor *ac = PX_PUSH(c->actors, c->n_actors, c->cap_actors);
	uint32_t i;

	ac->name = arena_strdup(&c->arena, name);
	ac->place = PX_NONE;
	for (i = 0; i < n_a + n_b; i++) {
		struct mention *m = PX_PUSH(ac->mentions, ac->n_mentions, ac->cap_mentions);

		m->article = i < n_a ? 0 : 1;
		m->start = i;
		m->end = i + 1;
	}
}

static void
hand_corpus(struct corpus *c)
{
	corpus_init(c);
	corpus_add_text(c, "a", "x", 1);
	corpus_add_text(c, "b", "y", 1);
	add_actor(c, "zeta", 2, 1);
	add_actor(c, "Alpha", 1, 2);
	add_actor(c, "\xc3\x89mile", 0, 1); /* Émile */
	add_actor(c, "beta", 5, 0);
}

static void
test_actor_counts_count_mentions_per_article(void **state)
{
	struct corpus c;
	uint32_t counts[2];

	(void)state;
	hand_corpus(&c);
	assert_int_equal(lists_actor_counts(&c, 0, counts), 2);
	assert_int_equal(counts[0], 2);
	assert_int_equal(counts[1], 1);
	assert_int_equal(lists_actor_counts(&c, 3, counts), 1);
	assert_int_equal(counts[1], 0);
	corpus_free(&c);
}

static void
test_sort_actors_by_count_breaks_ties_by_name(void **state)
{
	struct corpus c;
	uint32_t ids[] = {0, 1, 2, 3};

	(void)state;
	hand_corpus(&c);
	lists_sort_actors(&c, ids, 4, LISTS_BY_COUNT);
	assert_int_equal(ids[0], 3); /* beta, 5 */
	assert_int_equal(ids[1], 1); /* Alpha, 3 */
	assert_int_equal(ids[2], 0); /* zeta, 3 */
	assert_int_equal(ids[3], 2);
	corpus_free(&c);
}

static void
test_sort_actors_by_name_ignores_case_and_accents(void **state)
{
	struct corpus c;
	uint32_t ids[] = {0, 1, 2, 3};

	(void)state;
	hand_corpus(&c);
	lists_sort_actors(&c, ids, 4, LISTS_BY_NAME);
	assert_int_equal(ids[0], 1); /* Alpha */
	assert_int_equal(ids[1], 3); /* beta */
	assert_int_equal(ids[2], 2); /* Émile */
	assert_int_equal(ids[3], 0); /* zeta */
	corpus_free(&c);
}

static void
test_sort_actors_of_none_is_fine(void **state)
{
	struct corpus c;

	(void)state;
	hand_corpus(&c);
	lists_sort_actors(&c, NULL, 0, LISTS_BY_NAME);
	corpus_free(&c);
}

static void
test_quote_groups_hold_one_statement_across_outlets(void **state)
{
	struct corpus c;
	struct quote_groups g;
	uint32_t i, members = 0;

	(void)state;
	tu_corpus(&c, "a", text_a, "b", text_b, NULL);
	assert_int_equal(c.n_quotes, 3);
	lists_quote_groups(&c, &g);
	assert_int_equal(g.n, 2);
	/* first appearance: the fair deal in a, then the promises in b */
	assert_int_equal(g.v[0].n, 2);
	assert_int_equal(g.v[0].n_outlets, 2);
	assert_int_equal(c.quotes[g.v[0].members[0]].article, 0);
	assert_int_equal(c.quotes[g.v[0].members[1]].article, 1);
	assert_string_equal(c.actors[g.v[0].speaker].name, "Ingrid Dahl");
	assert_int_equal(g.v[1].n, 1);
	assert_string_equal(c.actors[g.v[1].speaker].name, "Ola Berg");
	for (i = 0; i < g.n; i++)
		members += g.v[i].n;
	assert_int_equal(members, c.n_quotes);
	lists_quote_groups_free(&g);
	corpus_free(&c);
}

static void
test_quote_groups_of_no_quotes_are_empty(void **state)
{
	struct corpus c;
	struct quote_groups g;

	(void)state;
	tu_corpus(&c, "a", "Nothing is quoted here.", NULL);
	lists_quote_groups(&c, &g);
	assert_int_equal(g.n, 0);
	lists_quote_groups_free(&g);
	corpus_free(&c);
}

static void
test_claimant_is_an_actor_a_source_or_unnamed(void **state)
{
	struct corpus c;
	struct claim none = {.speaker = PX_NONE};
	uint32_t i, officials = PX_NONE, dahl = PX_NONE;

	(void)state;
	tu_corpus(&c, "a", text_a, NULL);
	for (i = 0; i < c.n_claims; i++) {
		if (c.claims[i].source && strcmp(c.claims[i].source, "Officials") == 0)
			officials = i;
		else if (c.claims[i].speaker != PX_NONE)
			dahl = i;
	}
	assert_int_not_equal(officials, PX_NONE);
	assert_int_not_equal(dahl, PX_NONE);
	assert_string_equal(lists_claimant(&c, &c.claims[officials]), "Officials");
	assert_string_equal(lists_claimant(&c, &c.claims[dahl]), "Ingrid Dahl");
	assert_string_equal(lists_claimant(&c, &none), "unnamed");
	corpus_free(&c);
}

static void
test_same_claimant_compares_actors_then_sources(void **state)
{
	char officials[] = "Officials", lower[] = "officials", analysts[] = "analysts";
	struct claim a = {.speaker = 3}, b = {.speaker = 3}, x = {.speaker = 4};
	struct claim s1 = {.speaker = PX_NONE, .source = officials};
	struct claim s2 = {.speaker = PX_NONE, .source = lower};
	struct claim s3 = {.speaker = PX_NONE, .source = analysts};
	struct claim u1 = {.speaker = PX_NONE}, u2 = {.speaker = PX_NONE};

	(void)state;
	assert_true(lists_same_claimant(&a, &b));
	assert_false(lists_same_claimant(&a, &x));
	assert_false(lists_same_claimant(&a, &s1));
	assert_true(lists_same_claimant(&s1, &s2));
	assert_false(lists_same_claimant(&s1, &s3));
	assert_true(lists_same_claimant(&u1, &u2));
	assert_false(lists_same_claimant(&u1, &s1));
}

static void
test_filter_ignores_case_and_accents(void **state)
{
	const char *rows[] = {"EL PA\xc3\x8dS USA", "The Washington Post", "Pa\xc3\xafs"};
	char *folded[3];
	uint32_t out[3], i;

	(void)state;
	for (i = 0; i < 3; i++)
		folded[i] = lists_fold(rows[i]);
	assert_int_equal(lists_filter(folded, 3, "pais", out), 2);
	assert_int_equal(out[0], 0);
	assert_int_equal(out[1], 2);
	assert_int_equal(lists_filter(folded, 3, "POST", out), 1);
	assert_int_equal(out[0], 1);
	assert_int_equal(lists_filter(folded, 3, "", out), 3);
	assert_int_equal(lists_filter(folded, 3, "xyz", out), 0);
	for (i = 0; i < 3; i++)
		free(folded[i]);
}

static void
test_span_words_are_the_tokens_with_letters_or_digits(void **state)
{
	struct corpus c;
	const struct article *a;
	uint32_t toks[16], n;
	char *w;

	(void)state;
	tu_corpus(&c, "a", "He said: \xe2\x80\x9cSix, not 7!\xe2\x80\x9d Then left.", NULL);
	a = &c.articles[0];
	assert_int_equal(c.n_quotes, 1);
	n = lists_span_words(a, c.quotes[0].start, c.quotes[0].end, toks, 16);
	assert_int_equal(n, 3);
	w = tu_span(a, a->toks[toks[0]].start, a->toks[toks[0]].end);
	assert_string_equal(w, "Six");
	free(w);
	w = tu_span(a, a->toks[toks[2]].start, a->toks[toks[2]].end);
	assert_string_equal(w, "7");
	free(w);
	assert_int_equal(lists_span_words(a, c.quotes[0].start, c.quotes[0].end, toks, 1), 3);
	corpus_free(&c);
}

/* The diff as a string: "=a -b +c" with the words of a and b. */
static const char *
diff_str(const char *const *a, uint32_t na, const char *const *b, uint32_t nb)
{
	static char out[512];
	uint32_t ia[64], ib[64], i, j, n;
	struct diff_step steps[128];
	size_t k = 0;

	/* word ids: the index of the first equal word among a then b */
	for (i = 0; i < na; i++)
		for (ia[i] = i, j = 0; j < i; j++)
			if (strcmp(a[j], a[i]) == 0)
				ia[i] = j;
	for (i = 0; i < nb; i++) {
		ib[i] = 1000 + i;
		for (j = 0; j < na; j++)
			if (strcmp(a[j], b[i]) == 0)
				ib[i] = ia[j];
	}
	n = lists_word_diff(ia, na, ib, nb, steps);
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		const struct diff_step *s = &steps[i];
		const char *w = s->op == DIFF_ADD ? b[s->b] : a[s->a];

		k += (size_t)snprintf(out + k, sizeof out - k, "%s%c%s", k ? " " : "",
		                      s->op == DIFF_SAME ? '=' : s->op == DIFF_DEL ? '-' : '+', w);
	}
	return out;
}

static void
test_word_diff_of_the_same_words_is_all_same(void **state)
{
	const char *a[] = {"we", "reached", "a", "deal"};

	(void)state;
	assert_string_equal(diff_str(a, 4, a, 4), "=we =reached =a =deal");
}

static void
test_word_diff_marks_an_added_and_a_missing_word(void **state)
{
	const char *a[] = {"we", "have", "reached", "a", "deal", "for", "both", "peoples"};
	const char *b[] = {"we", "reached", "a", "deal", "for", "both", "our", "peoples"};

	(void)state;
	assert_string_equal(diff_str(a, 8, b, 8),
	                    "=we -have =reached =a =deal =for =both +our =peoples");
}

static void
test_word_diff_puts_the_deletion_before_the_addition(void **state)
{
	const char *a[] = {"for", "both", "peoples"};
	const char *b[] = {"for", "both", "nations", "today"};

	(void)state;
	assert_string_equal(diff_str(a, 3, b, 4), "=for =both -peoples +nations +today");
}

static void
test_word_diff_with_an_empty_side(void **state)
{
	const char *a[] = {"one", "two"};

	(void)state;
	assert_string_equal(diff_str(a, 2, NULL, 0), "-one -two");
	assert_string_equal(diff_str(NULL, 0, a, 2), "+one +two");
	assert_string_equal(diff_str(NULL, 0, NULL, 0), "");
}

static void
test_word_diff_beyond_the_limit_replaces_the_middle(void **state)
{
	uint32_t n = LISTS_DIFF_MAX + 3, i, k, dels = 0, adds = 0, same = 0;
	uint32_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
	struct diff_step *steps = malloc(2 * n * sizeof *steps);

	(void)state;
	for (i = 0; i < n; i++) {
		a[i] = i;
		b[i] = i == 0 || i == n - 1 ? i : n + i; /* same first and last word */
	}
	k = lists_word_diff(a, n, b, n, steps);
	assert_int_equal(k, 2 * n - 2);
	for (i = 0; i < k; i++) {
		dels += steps[i].op == DIFF_DEL;
		adds += steps[i].op == DIFF_ADD;
		same += steps[i].op == DIFF_SAME;
	}
	assert_int_equal(same, 2);
	assert_int_equal(dels, n - 2);
	assert_int_equal(adds, n - 2);
	assert_int_equal(steps[0].op, DIFF_SAME);
	assert_int_equal(steps[k - 1].op, DIFF_SAME);
	free(a);
	free(b);
	free(steps);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actor_counts_count_mentions_per_article),
		cmocka_unit_test(test_sort_actors_by_count_breaks_ties_by_name),
		cmocka_unit_test(test_sort_actors_by_name_ignores_case_and_accents),
		cmocka_unit_test(test_sort_actors_of_none_is_fine),
		cmocka_unit_test(test_quote_groups_hold_one_statement_across_outlets),
		cmocka_unit_test(test_quote_groups_of_no_quotes_are_empty),
		cmocka_unit_test(test_claimant_is_an_actor_a_source_or_unnamed),
		cmocka_unit_test(test_same_claimant_compares_actors_then_sources),
		cmocka_unit_test(test_filter_ignores_case_and_accents),
		cmocka_unit_test(test_span_words_are_the_tokens_with_letters_or_digits),
		cmocka_unit_test(test_word_diff_of_the_same_words_is_all_same),
		cmocka_unit_test(test_word_diff_marks_an_added_and_a_missing_word),
		cmocka_unit_test(test_word_diff_puts_the_deletion_before_the_addition),
		cmocka_unit_test(test_word_diff_with_an_empty_side),
		cmocka_unit_test(test_word_diff_beyond_the_limit_replaces_the_middle),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
