/* test_match.c - links, topics, unique sentences and discrepancies. */
#include "testutil.h"

#include "parallax/discrep.h"
#include "parallax/match.h"
#include "parallax/synonym.h"

/* Topic of the sentence of article a that contains needle. */
static uint32_t
topic_of(const struct corpus *c, uint32_t a, const char *needle)
{
	uint32_t s = tu_find_sentence(&c->articles[a], needle);

	if (s == PX_NONE)
		fail_msg("no sentence with \"%s\" in article %u", needle, a);
	return c->articles[a].sents[s].topic;
}

/* Similarity of the sentences holding two needles, through the graph. */
static float
similarity(const struct corpus *c, uint32_t a, const char *na, uint32_t b, const char *nb)
{
	struct match_graph g;
	uint32_t sa = tu_find_sentence(&c->articles[a], na);
	uint32_t sb = tu_find_sentence(&c->articles[b], nb);
	float x;

	assert_int_not_equal(sa, PX_NONE);
	assert_int_not_equal(sb, PX_NONE);
	match_graph_build(c, 0.0, &g);
	x = match_similarity(&g, g.base[a] + sa, g.base[b] + sb);
	match_graph_free(&g);
	return x;
}

static void
test_synonym_table_relates_paraphrases(void **state)
{
	const uint32_t *halt, *pause, *swap, *exch, *bread;
	uint32_t nh = syn_lookup("truce", 5, &halt), np = syn_lookup("ceasefir", 8, &pause);
	uint32_t ns = syn_lookup("swap", 4, &swap), ne = syn_lookup("exchang", 7, &exch);
	uint32_t nb = syn_lookup("bread", 5, &bread), i, j;
	bool hp = false, se = false, hb = false;

	(void)state;
	assert_true(nh && np && ns && ne && nb);
	for (i = 0; i < nh; i++)
		for (j = 0; j < np; j++)
			hp |= (halt[i] & ~SYN_HYPER) == (pause[j] & ~SYN_HYPER);
	for (i = 0; i < ns; i++)
		for (j = 0; j < ne; j++)
			se |= (swap[i] & ~SYN_HYPER) == (exch[j] & ~SYN_HYPER);
	for (i = 0; i < nh; i++)
		for (j = 0; j < nb; j++)
			hb |= (halt[i] & ~SYN_HYPER) == (bread[j] & ~SYN_HYPER);
	assert_true(hp);
	assert_true(se);
	assert_false(hb);
	assert_int_equal(syn_lookup("qzxv", 4, &halt), 0);
}

static void
test_similarity_prefers_paraphrase_to_shared_words(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c,
	          "a.txt", "Officials said the army agreed to halt strikes on power plants.\n",
	          "b.txt", "The military accepted a pause in attacks on power plants, officials said.\n",
	          "c.txt", "Officials said new power plants will be built near the coast.\n",
	          "d.txt", "Farmers complained about the price of bread and milk.\n",
	          NULL);
	assert_true(similarity(&c, 0, "halt", 1, "pause") >
	            similarity(&c, 0, "halt", 2, "coast"));
	assert_true(similarity(&c, 0, "halt", 3, "bread") < 0.05f);
	corpus_free(&c);
}

static void
test_similarity_counts_synonyms(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c,
	          "a.txt", "The two sides will swap prisoners soon.\n",
	          "b.txt", "The two sides will exchange prisoners soon.\n",
	          "c.txt", "The two sides will paint prisoners soon.\n",
	          NULL);
	assert_true(similarity(&c, 0, "swap", 1, "exchange") >
	            similarity(&c, 0, "swap", 2, "paint"));
	corpus_free(&c);
}

static const char *const story_a =
	"Russia and Ukraine exchanged 175 prisoners of war on Wednesday.\n\n"
	"Talks on a maritime truce will be held in Saudi Arabia next week.\n\n"
	"The central bank raised interest rates to fight inflation.\n";
static const char *const story_b =
	"Moscow and Kyiv swapped 175 prisoners of war on Tuesday.\n\n"
	"Negotiators will meet in Saudi Arabia to discuss a truce at sea.\n\n"
	"A museum in Lviv reopened after repairs to its roof.\n";
static const char *const story_c =
	"Russia and Ukraine held a prisoner exchange of 23 soldiers on Wednesday.\n\n"
	"A maritime truce is to be negotiated in Saudi Arabia.\n\n"
	"Farmers in the south expect a good harvest of wheat this year.\n";

static void
test_topic_groups_one_fact_across_outlets(void **state)
{
	struct corpus c;
	uint32_t swap, talks;

	(void)state;
	tu_corpus(&c, "a.txt", story_a, "b.txt", story_b, "c.txt", story_c, NULL);
	swap = topic_of(&c, 0, "175 prisoners");
	talks = topic_of(&c, 0, "maritime");
	assert_int_not_equal(swap, PX_NONE);
	assert_int_not_equal(talks, PX_NONE);
	assert_int_not_equal(swap, talks);
	assert_int_equal(topic_of(&c, 1, "swapped"), swap);
	assert_int_equal(topic_of(&c, 1, "Negotiators"), talks);
	assert_int_equal(topic_of(&c, 2, "maritime"), talks);
	assert_int_equal(c.topics[talks].n_outlets, 3);
	assert_int_equal(c.topics[talks].n_members, 3);
	assert_non_null(c.topics[talks].label);
	assert_non_null(strstr(c.topics[talks].label, "Saudi"));
	corpus_free(&c);
}

/* A label holds no two-letter word and no prefix cut off by a hyphen. */
static void
test_label_skips_word_fragments(void **state)
{
	struct corpus c;
	uint32_t t;

	(void)state;
	tu_corpus(&c,
	          "a.txt", "The harbour board chair will not stand for re-election in spring.\n\n"
	                   "The harbour board met. The board chair spoke. The harbour chair left.\n",
	          "b.txt", "The harbour board chair will not seek re-election in spring.\n\n"
	                   "The harbour board voted. The board chair smiled. The harbour chair "
	                   "stayed.\n",
	          NULL);
	t = topic_of(&c, 0, "harbour");
	assert_int_not_equal(t, PX_NONE);
	assert_null(strstr(c.topics[t].label, "re "));
	assert_true(strcmp(c.topics[t].label + strlen(c.topics[t].label) - 3, " re") != 0);
	assert_true(strncmp(c.topics[t].label, "re ", 3) != 0);
	corpus_free(&c);
}

static void
test_topic_members_are_sorted_and_point_back(void **state)
{
	struct corpus c;
	uint32_t t, m;

	(void)state;
	tu_corpus(&c, "a.txt", story_a, "b.txt", story_b, "c.txt", story_c, NULL);
	assert_true(c.n_topics >= 2);
	for (t = 0; t < c.n_topics; t++) {
		const struct topic *tp = &c.topics[t];

		assert_true(tp->n_outlets >= 2);
		for (m = 0; m < tp->n_members; m++) {
			struct sref r = tp->members[m];

			assert_int_equal(corpus_sentence(&c, r)->topic, t);
			if (m)
				assert_true(tp->members[m - 1].article < r.article ||
				            (tp->members[m - 1].article == r.article &&
				             tp->members[m - 1].sentence < r.sentence));
		}
	}
	corpus_free(&c);
}

static void
test_topic_does_not_chain_unrelated_facts(void **state)
{
	struct corpus c;
	uint32_t left, right;

	(void)state;
	/* b bridges two facts that a and c report separately; a topic must
	 * not hold both a's and c's sentence through b */
	tu_corpus(&c,
	          "a.txt", "Engineers repaired the damaged railway bridge near Odesa overnight.\n",
	          "b.txt", "Engineers repaired the damaged railway bridge near Odesa, and the harvest "
	                   "of sunflower seeds in Poltava broke records.\n",
	          "c.txt", "The harvest of sunflower seeds in Poltava broke records this autumn.\n",
	          NULL);
	left = topic_of(&c, 0, "Engineers");
	right = topic_of(&c, 2, "harvest");
	assert_true(left == PX_NONE || right == PX_NONE || left != right);
	corpus_free(&c);
}

static void
test_links_are_cross_article_and_above_threshold(void **state)
{
	struct corpus c;
	struct analysis_opts o;
	uint32_t i;

	(void)state;
	tu_corpus(&c, "a.txt", story_a, "b.txt", story_b, "c.txt", story_c, NULL);
	analysis_opts_default(&o);
	assert_true(c.n_links > 0);
	for (i = 0; i < c.n_links; i++) {
		assert_int_not_equal(c.links[i].a.article, c.links[i].b.article);
		assert_true(c.links[i].score >= o.threshold);
		assert_true(c.links[i].score <= 1.0001f);
	}
	corpus_free(&c);
}

static void
test_unique_marks_sentences_no_other_outlet_has(void **state)
{
	struct corpus c;
	uint32_t s, i;
	bool listed = false;

	(void)state;
	tu_corpus(&c, "a.txt", story_a, "b.txt", story_b, "c.txt", story_c, NULL);
	s = tu_find_sentence(&c.articles[0], "central bank");
	assert_true(c.articles[0].sents[s].flags & SENT_UNIQUE);
	for (i = 0; i < c.n_unique; i++)
		listed |= c.unique[i].article == 0 && c.unique[i].sentence == s;
	assert_true(listed);
	s = tu_find_sentence(&c.articles[0], "175 prisoners");
	assert_false(c.articles[0].sents[s].flags & SENT_UNIQUE);
	corpus_free(&c);
}

static void
test_boilerplate_is_left_out_of_matching(void **state)
{
	struct corpus c;
	const char *pitch = "Subscribe today and get our newsletter in your inbox every morning.\n\n";
	char a[1024], b[1024];
	uint32_t i, s;

	(void)state;
	snprintf(a, sizeof a, "%s%s", story_a, pitch);
	snprintf(b, sizeof b, "%s%s", story_b, pitch);
	tu_corpus(&c, "a.txt", a, "b.txt", b, NULL);
	s = tu_find_sentence(&c.articles[0], "Subscribe");
	assert_true(c.articles[0].sents[s].flags & SENT_BOILER);
	assert_int_equal(c.articles[0].sents[s].topic, PX_NONE);
	assert_false(c.articles[0].sents[s].flags & SENT_UNIQUE);
	for (i = 0; i < c.n_links; i++)
		assert_false(c.links[i].a.article == 0 && c.links[i].a.sentence == s);
	corpus_free(&c);
}

static const struct discrepancy *
find_disc(const struct corpus *c, uint32_t topic, enum disc_kind kind)
{
	uint32_t i;

	for (i = 0; i < c->n_discs; i++)
		if (c->discs[i].topic == topic && c->discs[i].kind == kind)
			return &c->discs[i];
	return NULL;
}

static bool
disc_has(const struct corpus *c, const struct discrepancy *d, const char *text)
{
	uint32_t i;
	bool hit = false;

	for (i = 0; i < d->n_values && !hit; i++) {
		const struct disc_value *v = &d->values[i];
		char *s = tu_span(&c->articles[v->article], v->start, v->end);

		hit = strcmp(s, text) == 0;
		free(s);
	}
	return hit;
}

static void
test_discrepancy_flags_weekday_and_count(void **state)
{
	struct corpus c;
	const struct discrepancy *d;
	uint32_t t;

	(void)state;
	tu_corpus(&c, "a.txt", story_a, "b.txt", story_b, "c.txt", story_c, NULL);
	t = topic_of(&c, 0, "175 prisoners");
	assert_int_equal(topic_of(&c, 2, "23 soldiers"), t);
	d = find_disc(&c, t, DISC_WEEKDAY);
	assert_non_null(d);
	assert_true(disc_has(&c, d, "Wednesday"));
	assert_true(disc_has(&c, d, "Tuesday"));
	d = find_disc(&c, t, DISC_NUMBER);
	if (!d)
		d = find_disc(&c, t, DISC_QUANTITY);
	assert_non_null(d);
	assert_true(disc_has(&c, d, "175"));
	assert_true(disc_has(&c, d, "23"));
	corpus_free(&c);
}

static void
test_discrepancy_reads_spelled_numbers(void **state)
{
	struct corpus c;
	const struct discrepancy *d;
	uint32_t t;

	(void)state;
	tu_corpus(&c,
	          "a.txt", "Air defence shot down seven drones over the Sumy region on Friday night.\n",
	          "b.txt", "Air defence shot down twenty-five drones over the Sumy region on Friday "
	                   "night.\n",
	          NULL);
	t = topic_of(&c, 0, "seven");
	assert_int_not_equal(t, PX_NONE);
	d = find_disc(&c, t, DISC_QUANTITY);
	assert_non_null(d);
	assert_true(disc_has(&c, d, "seven"));
	assert_true(disc_has(&c, d, "twenty-five"));
	assert_null(find_disc(&c, t, DISC_WEEKDAY));
	corpus_free(&c);
}

/* Two one-sentence articles "prefix A suffix" and "prefix B suffix" for
 * each case {A, B, expected}: the discrepancy of kind is expected to hold
 * the text expected, or to be absent when expected is "". */
static void
check_day_cases(const char *const (*cases)[3], size_t n, const char *prefix, const char *suffix,
                const char *needle, enum disc_kind kind)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct corpus c;
		char a[256], b[256];
		const struct discrepancy *d;
		uint32_t t;

		snprintf(a, sizeof a, "%s %s%s\n", prefix, cases[i][0], suffix);
		snprintf(b, sizeof b, "%s %s%s\n", prefix, cases[i][1], suffix);
		tu_corpus(&c, "a.txt", a, "b.txt", b, NULL);
		t = topic_of(&c, 0, needle);
		assert_int_not_equal(t, PX_NONE);
		d = find_disc(&c, t, kind);
		if (!cases[i][2][0]) {
			if (d)
				fail_msg("'%s' and '%s' should not disagree", cases[i][0], cases[i][1]);
		} else {
			assert_non_null(d);
			assert_true(disc_has(&c, d, cases[i][2]));
		}
		corpus_free(&c);
	}
}

/* Dates contradict only dates of their own kind: a month alone or a
 * year says nothing against a month and day; years are not compared. */
static void
test_discrepancy_compares_dates_of_one_kind(void **state)
{
	static const char *const cases[][3] = {
		/* a's day, b's day, the date discrepancy expected or "" */
		{"in March", "on March 18", ""},
		{"in 2024", "on March 18", ""},
		{"on March 18", "on March 19", "March 19"},
		{"on March 18, 2024", "on March 19, 2024", "March 19"},
		{"on 18 March", "on March 18", ""},
		{"on 18 March", "on 19 March", "19 March"},
		/* years are background, not compared */
		{"in 2023", "in 2024", ""},
	};

	(void)state;
	check_day_cases(cases, PX_ARRAY_SIZE(cases),
	                "Officials signed the grain corridor agreement with the port operators",
	                ", the ministry said.", "grain", DISC_DATE);
}

/* The day something was said is not the day of the event: "officials
 * confirmed Wednesday" says nothing against "late Tuesday". */
static void
test_discrepancy_skips_the_day_of_a_report(void **state)
{
	static const char *const cases[][3] = {
		/* a's ending, b's ending, weekday discrepancy expected */
		{"late Tuesday, officials confirmed Wednesday", "late Tuesday", ""},
		{"on Tuesday, officials said on Wednesday", "on Tuesday", ""},
		{"on Wednesday", "on Tuesday", "Wednesday"},
	};

	(void)state;
	check_day_cases(cases, PX_ARRAY_SIZE(cases),
	                "Rescue crews pulled eleven survivors from the flooded mine shaft near the "
	                "border", ".", "mine shaft", DISC_WEEKDAY);
}

/* Counts of different units meet only when no other article shares
 * their unit, and only whole ones: a magnitude is no death toll, and
 * "five people" is not contradicted by "three coast guard members". */
static void
test_discrepancy_compares_counts_of_like_kind(void **state)
{
	struct corpus c;
	const struct discrepancy *d;
	uint32_t t;

	(void)state;
	tu_corpus(&c,
	          "a.txt", "The magnitude 6.9 quake killed 69 people in the coastal province "
	                   "overnight, officials said.\n",
	          "b.txt", "The magnitude 6.9 quake killed at least 60 residents in the coastal "
	                   "province overnight, officials said.\n",
	          NULL);
	t = topic_of(&c, 0, "coastal");
	assert_int_not_equal(t, PX_NONE);
	d = find_disc(&c, t, DISC_NUMBER);
	assert_non_null(d);
	assert_true(disc_has(&c, d, "69"));
	assert_true(disc_has(&c, d, "60"));
	assert_false(disc_has(&c, d, "6.9"));
	corpus_free(&c);

	tu_corpus(&c,
	          "a.txt", "Five people, including three coast guard members, died when the "
	                   "gymnasium roof fell in the harbour town.\n",
	          "b.txt", "Five victims, including three coastguard members, died when the "
	                   "gymnasium roof fell in the harbour town.\n",
	          NULL);
	t = topic_of(&c, 0, "gymnasium");
	assert_int_not_equal(t, PX_NONE);
	assert_null(find_disc(&c, t, DISC_NUMBER));
	assert_null(find_disc(&c, t, DISC_QUANTITY));
	corpus_free(&c);

	/* durations, money and shares are no counts of anything else */
	tu_corpus(&c,
	          "a.txt", "The harbour company missed its revenue forecasts badly in the three "
	                   "months to April, its chief executive said on Monday.\n",
	          "b.txt", "The harbour company missed its revenue forecasts badly for the first "
	                   "time in five years, its chief executive said on Monday.\n",
	          NULL);
	t = topic_of(&c, 0, "harbour");
	assert_int_not_equal(t, PX_NONE);
	assert_null(find_disc(&c, t, DISC_NUMBER));
	corpus_free(&c);
}

static void
test_discrepancy_values_of_a_sentence(void **state)
{
	struct corpus c;
	struct discrep_value v[16];
	uint32_t n, s;

	(void)state;
	tu_corpus(&c, "a.txt",
	          "On March 18, 2025, a strike hit 1,200 homes two hours after a 30-day halt, "
	          "Shahed-136 drones flew at 8:50 p.m. and 9 p.m. from 10 Downing Street\n", NULL);
	s = tu_find_sentence(&c.articles[0], "strike");
	n = discrep_values(&c, 0, s, v, 16);
	assert_int_equal(n, 5);
	assert_int_equal(v[0].kind, DISC_DATE);
	assert_true(v[0].value == 318);
	assert_int_equal(v[1].kind, DISC_DATE);
	assert_true(v[1].value == 2025);
	assert_int_equal(v[2].kind, DISC_QUANTITY);
	assert_true(v[2].value == 1200);
	assert_int_equal(v[3].kind, DISC_QUANTITY);
	assert_true(v[3].value == 2);
	assert_int_equal(v[4].kind, DISC_QUANTITY);
	assert_true(v[4].value == 30);
	/* "two hours" and "30-day" are measures, "1,200 homes" a count */
	assert_false(v[2].measure);
	assert_true(v[3].measure);
	assert_true(v[4].measure);
	corpus_free(&c);
	tu_corpus(&c, "a.txt", "Sales of $8.25 billion rose 11% to 3 million euros.\n", NULL);
	n = discrep_values(&c, 0, 0, v, 16);
	assert_int_equal(n, 3);
	assert_true(v[0].measure);
	assert_true(v[1].measure);
	assert_false(v[2].measure);
	corpus_free(&c);
}

static void
test_matching_is_deterministic(void **state)
{
	struct corpus a, b;
	uint32_t i, m;

	(void)state;
	tu_story(&a);
	tu_story(&b);
	assert_true(a.n_topics > 0);
	assert_int_equal(a.n_topics, b.n_topics);
	assert_int_equal(a.n_links, b.n_links);
	assert_int_equal(a.n_discs, b.n_discs);
	for (i = 0; i < a.n_links; i++) {
		assert_memory_equal(&a.links[i].a, &b.links[i].a, sizeof a.links[i].a);
		assert_memory_equal(&a.links[i].b, &b.links[i].b, sizeof a.links[i].b);
	}
	for (i = 0; i < a.n_topics; i++) {
		assert_string_equal(a.topics[i].label, b.topics[i].label);
		assert_int_equal(a.topics[i].n_members, b.topics[i].n_members);
		for (m = 0; m < a.topics[i].n_members; m++)
			assert_memory_equal(&a.topics[i].members[m], &b.topics[i].members[m],
			                    sizeof a.topics[i].members[m]);
	}
	/* a second analysis of the same corpus gives the same again */
	assert_int_equal(analyse(&a, NULL, NULL), PX_OK);
	assert_int_equal(a.n_topics, b.n_topics);
	corpus_free(&a);
	corpus_free(&b);
}

static void
test_story_groups_the_prisoner_swap(void **state)
{
	struct corpus c;
	uint32_t t;

	(void)state;
	tu_story(&c);
	t = topic_of(&c, 0, "exchange 175 prisoners");
	assert_int_not_equal(t, PX_NONE);
	assert_int_equal(topic_of(&c, 3, "swapped 175 prisoners"), t);
	corpus_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_synonym_table_relates_paraphrases),
		cmocka_unit_test(test_similarity_prefers_paraphrase_to_shared_words),
		cmocka_unit_test(test_similarity_counts_synonyms),
		cmocka_unit_test(test_topic_groups_one_fact_across_outlets),
		cmocka_unit_test(test_label_skips_word_fragments),
		cmocka_unit_test(test_topic_members_are_sorted_and_point_back),
		cmocka_unit_test(test_topic_does_not_chain_unrelated_facts),
		cmocka_unit_test(test_links_are_cross_article_and_above_threshold),
		cmocka_unit_test(test_unique_marks_sentences_no_other_outlet_has),
		cmocka_unit_test(test_boilerplate_is_left_out_of_matching),
		cmocka_unit_test(test_discrepancy_flags_weekday_and_count),
		cmocka_unit_test(test_discrepancy_reads_spelled_numbers),
		cmocka_unit_test(test_discrepancy_compares_dates_of_one_kind),
		cmocka_unit_test(test_discrepancy_skips_the_day_of_a_report),
		cmocka_unit_test(test_discrepancy_compares_counts_of_like_kind),
		cmocka_unit_test(test_discrepancy_values_of_a_sentence),
		cmocka_unit_test(test_matching_is_deterministic),
		cmocka_unit_test(test_story_groups_the_prisoner_swap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
