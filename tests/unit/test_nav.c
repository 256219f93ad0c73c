/* test_nav.c - navigation over spans, on corpora whose topics, unique
 * passages and discrepancies are filled by hand (independent of the
 * matcher). */
#include "testutil.h"

#include "parallax/nav.h"

#define END PX_NONE

static const char text_a[] =
	"Zero is alone. One is shared. Two continues it. Three stands apart. Four is shared too.";
static const char text_b[] =
	"Alpha mirrors one. Beta is only here. Gamma mirrors four. Delta mirrors one again.";
static const char text_c[] = "Nothing here is shared. Neither is this.";

/* Add a topic with members given as article, sentence pairs ending
 * with END; sets the sentences' topic. Returns the topic id. */
static uint32_t
add_topic(struct corpus *c, const char *label, ...)
{
	struct topic *t = PX_PUSH(c->topics, c->n_topics, c->cap_topics);
	uint32_t id = c->n_topics - 1, art, last = END;
	va_list ap;

	t->label = arena_strdup(&c->arena, label);
	va_start(ap, label);
	while ((art = va_arg(ap, uint32_t)) != END) {
		struct sref *m = PX_PUSH(t->members, t->n_members, t->cap_members);

		m->article = art;
		m->sentence = va_arg(ap, uint32_t);
		c->articles[art].sents[m->sentence].topic = id;
		t->n_outlets += art != last;
		last = art;
	}
	va_end(ap);
	return id;
}

static void
set_unique(struct corpus *c, uint32_t art, uint32_t sent)
{
	c->articles[art].sents[sent].flags |= SENT_UNIQUE;
	*PX_PUSH(c->unique, c->n_unique, c->cap_unique) = (struct sref){art, sent};
}

static void
add_disc_value(struct discrepancy *d, const struct corpus *c, uint32_t art, uint32_t sent)
{
	struct disc_value *v = PX_PUSH(d->values, d->n_values, d->cap_values);
	const struct sentence *s = &c->articles[art].sents[sent];

	v->article = art;
	v->sentence = sent;
	v->start = s->start;
	v->end = s->start + 3;
}

/* Forget what the matcher found: results and the sentences' marks. */
static void
clear_matching(struct corpus *c)
{
	uint32_t a, i;

	corpus_clear_results(c);
	for (a = 0; a < c->n_articles; a++) {
		for (i = 0; i < c->articles[a].n_sents; i++) {
			c->articles[a].sents[i].topic = PX_NONE;
			c->articles[a].sents[i].flags &= ~(uint32_t)SENT_UNIQUE;
		}
	}
}

/* A: 0 unique, 1-2 topic 0 (one passage), 3 unique, 4 topic 1.
 * B: 0 topic 0, 1 unique, 2 topic 1, 3 topic 0 again.
 * C: no topic. Discrepancy on topic 0 between A:2 and B:3. */
static int
setup(void **state)
{
	struct corpus *c = malloc(sizeof *c);
	struct discrepancy *d;

	tu_corpus(c, "a", text_a, "b", text_b, "c", text_c, NULL);
	assert_int_equal(c->articles[0].n_sents, 5);
	assert_int_equal(c->articles[1].n_sents, 4);
	assert_int_equal(c->articles[2].n_sents, 2);
	clear_matching(c);
	add_topic(c, "shared one", 0u, 1u, 0u, 2u, 1u, 0u, 1u, 3u, END);
	add_topic(c, "shared four", 0u, 4u, 1u, 2u, END);
	set_unique(c, 0, 0);
	set_unique(c, 0, 3);
	set_unique(c, 1, 1);
	d = PX_PUSH(c->discs, c->n_discs, c->cap_discs);
	d->topic = 0;
	d->kind = DISC_NUMBER;
	add_disc_value(d, c, 0, 2);
	add_disc_value(d, c, 1, 3);
	*state = c;
	return 0;
}

static int
teardown(void **state)
{
	corpus_free(*state);
	free(*state);
	return 0;
}

static uint32_t
next(void **state, uint32_t art, uint32_t from, enum nav_kind kind, int dir)
{
	return nav_next(*state, (struct sref){art, from}, kind, dir);
}

static void
test_nav_next_shared_skips_the_rest_of_a_passage(void **state)
{
	assert_int_equal(next(state, 0, 1, NAV_SHARED, 1), 4);
	assert_int_equal(next(state, 0, 0, NAV_SHARED, 1), 1);
}

static void
test_nav_next_shared_from_none_starts_at_the_first_sentence(void **state)
{
	assert_int_equal(next(state, 0, END, NAV_SHARED, 1), 1);
	assert_int_equal(next(state, 0, END, NAV_SHARED, -1), 4);
}

static void
test_nav_prev_shared_from_inside_a_passage_goes_to_its_start(void **state)
{
	assert_int_equal(next(state, 0, 2, NAV_SHARED, -1), 1);
	assert_int_equal(next(state, 0, 4, NAV_SHARED, -1), 1);
	assert_int_equal(next(state, 0, 1, NAV_SHARED, -1), END);
}

static void
test_nav_next_shared_past_the_last_is_none(void **state)
{
	assert_int_equal(next(state, 0, 4, NAV_SHARED, 1), END);
	assert_int_equal(next(state, 2, END, NAV_SHARED, 1), END);
}

static void
test_nav_next_shared_treats_a_topic_again_after_a_gap_as_a_new_passage(void **state)
{
	assert_int_equal(next(state, 1, 0, NAV_SHARED, 1), 2);
	assert_int_equal(next(state, 1, 2, NAV_SHARED, 1), 3);
}

static void
test_nav_next_unique_finds_each_unique_passage(void **state)
{
	assert_int_equal(next(state, 0, END, NAV_UNIQUE, 1), 0);
	assert_int_equal(next(state, 0, 0, NAV_UNIQUE, 1), 3);
	assert_int_equal(next(state, 0, 3, NAV_UNIQUE, 1), END);
	assert_int_equal(next(state, 0, 4, NAV_UNIQUE, -1), 3);
	assert_int_equal(next(state, 1, 0, NAV_UNIQUE, 1), 1);
}

static void
test_nav_next_discrepancy_in_both_directions(void **state)
{
	assert_int_equal(next(state, 0, END, NAV_DISCREPANCY, 1), 2);
	assert_int_equal(next(state, 0, 2, NAV_DISCREPANCY, 1), END);
	assert_int_equal(next(state, 0, 4, NAV_DISCREPANCY, -1), 2);
	assert_int_equal(next(state, 1, 0, NAV_DISCREPANCY, 1), 3);
	assert_int_equal(next(state, 2, END, NAV_DISCREPANCY, 1), END);
}

static void
test_nav_discrepancy_at_names_the_discrepancy(void **state)
{
	assert_int_equal(nav_discrepancy_at(*state, (struct sref){0, 2}), 0);
	assert_int_equal(nav_discrepancy_at(*state, (struct sref){0, 1}), END);
}

static void
test_nav_next_sentence_and_body_sentence(void **state)
{
	struct corpus *c = *state;

	assert_int_equal(next(state, 0, 1, NAV_SENTENCE, 1), 2);
	assert_int_equal(next(state, 0, 0, NAV_SENTENCE, -1), END);
	c->articles[0].sents[2].flags |= SENT_BOILER;
	assert_int_equal(next(state, 0, 1, NAV_BODY, 1), 3);
	assert_int_equal(next(state, 0, 3, NAV_BODY, -1), 1);
	c->articles[0].sents[2].flags &= ~(uint32_t)SENT_BOILER;
}

static void
test_nav_passage_spans_adjacent_sentences_of_one_topic(void **state)
{
	struct nav_range p = nav_passage(*state, (struct sref){0, 2});

	assert_int_equal(p.first, 1);
	assert_int_equal(p.last, 2);
	p = nav_passage(*state, (struct sref){1, 3});
	assert_int_equal(p.first, 3);
	assert_int_equal(p.last, 3);
	p = nav_passage(*state, (struct sref){2, 1});
	assert_int_equal(p.first, 1);
	assert_int_equal(p.last, 1);
}

static void
test_nav_counterpart_is_the_first_member_in_the_other_article(void **state)
{
	assert_int_equal(nav_counterpart(*state, 0, 1), 0);
	assert_int_equal(nav_counterpart(*state, 1, 1), 2);
	assert_int_equal(nav_counterpart(*state, 0, 0), 1);
}

static void
test_nav_counterpart_is_none_where_a_topic_is_not_covered(void **state)
{
	assert_int_equal(nav_counterpart(*state, 0, 2), END);
	assert_int_equal(nav_counterpart(*state, 7, 0), END);
}

static void
test_nav_topic_count_counts_members_per_article(void **state)
{
	assert_int_equal(nav_topic_count(*state, 0, 0), 2);
	assert_int_equal(nav_topic_count(*state, 0, 1), 2);
	assert_int_equal(nav_topic_count(*state, 1, 2), 0);
	assert_int_equal(nav_topic_count(*state, 9, 0), 0);
}

static void
test_nav_sentence_by_offset_between_sentences_is_the_next_one(void **state)
{
	const struct corpus *c = *state;
	const struct article *a = &c->articles[0];

	assert_int_equal(nav_sentence_by_offset(a, a->sents[1].start), 1);
	assert_int_equal(nav_sentence_by_offset(a, a->sents[1].end - 1), 1);
	assert_int_equal(nav_sentence_by_offset(a, a->sents[1].end), 2);
	assert_int_equal(nav_sentence_by_offset(a, a->len), END);
	assert_int_equal(nav_sentence_by_offset(a, 0), 0);
}

static void
test_nav_walks_the_bundled_story_in_order(void **state)
{
	struct corpus c;
	uint32_t art, n;
	enum nav_kind k;

	(void)state;
	tu_story(&c);
	for (art = 0; art < c.n_articles; art++) {
		for (k = NAV_SENTENCE; k <= NAV_DISCREPANCY; k++) {
			uint32_t s = END, prev = END;

			n = 0;
			while ((s = nav_next(&c, (struct sref){art, s}, k, 1)) != END) {
				assert_true(prev == END || s > prev);
				assert_true(nav_is(&c, (struct sref){art, s}, k));
				prev = s;
				n++;
			}
			if (k == NAV_SENTENCE)
				assert_int_equal(n, c.articles[art].n_sents);
		}
	}
	corpus_free(&c);
}

/* ---- actor mentions, quotes and claims ---- */

/* Two actors whose mentions overlap ("US President Donald Trump" holds
 * "US"), placed by hand in articles 0 and 1 of a corpus. */
static void
items_corpus(struct corpus *c)
{
	struct actor *ac;
	struct mention *m;

	tu_corpus(c, "a", text_a, "b", text_b, NULL);
	corpus_clear_results(c);
	ac = PX_PUSH(c->actors, c->n_actors, c->cap_actors);
	ac->name = arena_strdup(&c->arena, "Donald Trump");
	m = PX_PUSH(ac->mentions, ac->n_mentions, ac->cap_mentions);
	*m = (struct mention){0, 0, 10, 30};
	m = PX_PUSH(ac->mentions, ac->n_mentions, ac->cap_mentions);
	*m = (struct mention){0, 2, 50, 55};
	m = PX_PUSH(ac->mentions, ac->n_mentions, ac->cap_mentions);
	*m = (struct mention){1, 0, 5, 9};
	ac = PX_PUSH(c->actors, c->n_actors, c->cap_actors);
	ac->name = arena_strdup(&c->arena, "United States");
	m = PX_PUSH(ac->mentions, ac->n_mentions, ac->cap_mentions);
	*m = (struct mention){0, 0, 10, 12};
	m = PX_PUSH(ac->mentions, ac->n_mentions, ac->cap_mentions);
	*m = (struct mention){0, 1, 40, 42};
}

static void
test_nav_items_are_in_reading_order_longer_first(void **state)
{
	struct corpus c;
	struct nav_items it[2];

	(void)state;
	items_corpus(&c);
	nav_items_build(&c, NAV_ITEM_MENTION, it);
	assert_int_equal(it[0].n, 4);
	assert_int_equal(it[1].n, 1);
	assert_int_equal(it[0].v[0].start, 10);
	assert_int_equal(it[0].v[0].id, 0); /* the longer of the two at 10 */
	assert_int_equal(it[0].v[1].id, 1);
	assert_int_equal(it[0].v[2].start, 40);
	assert_int_equal(it[0].v[3].start, 50);
	assert_int_equal(it[1].v[0].start, 5);
	nav_items_free(it, 2);
	corpus_free(&c);
}

static void
test_nav_item_next_from_an_item_steps_through_items_that_start_together(void **state)
{
	struct corpus c;
	struct nav_items it[2];

	(void)state;
	items_corpus(&c);
	nav_items_build(&c, NAV_ITEM_MENTION, it);
	assert_int_equal(nav_item_next(&it[0], 0, 10, 1), 1);
	assert_int_equal(nav_item_next(&it[0], 1, 10, 1), 2);
	assert_int_equal(nav_item_next(&it[0], 3, 50, 1), END);
	assert_int_equal(nav_item_next(&it[0], 1, 10, -1), 0);
	assert_int_equal(nav_item_next(&it[0], 0, 10, -1), END);
	nav_items_free(it, 2);
	corpus_free(&c);
}

static void
test_nav_item_next_from_an_offset_takes_one_at_or_after_it(void **state)
{
	struct corpus c;
	struct nav_items it[2];

	(void)state;
	items_corpus(&c);
	nav_items_build(&c, NAV_ITEM_MENTION, it);
	assert_int_equal(nav_item_next(&it[0], END, 0, 1), 0);
	assert_int_equal(nav_item_next(&it[0], END, 10, 1), 0);
	assert_int_equal(nav_item_next(&it[0], END, 11, 1), 2);
	assert_int_equal(nav_item_next(&it[0], END, 60, 1), END);
	assert_int_equal(nav_item_next(&it[0], END, 40, -1), 1);
	assert_int_equal(nav_item_next(&it[0], END, 10, -1), END);
	assert_int_equal(nav_item_next(&it[0], END, 99, -1), 3);
	nav_items_free(it, 2);
	corpus_free(&c);
}

static void
test_nav_item_find_names_the_item_by_start_and_id(void **state)
{
	struct corpus c;
	struct nav_items it[2];

	(void)state;
	items_corpus(&c);
	nav_items_build(&c, NAV_ITEM_MENTION, it);
	assert_int_equal(nav_item_find(&it[0], 10, 1), 1);
	assert_int_equal(nav_item_find(&it[0], 10, 0), 0);
	assert_int_equal(nav_item_find(&it[0], 50, 0), 3);
	assert_int_equal(nav_item_find(&it[0], 50, 1), END);
	assert_int_equal(nav_item_find(&it[1], 7, 0), END);
	nav_items_free(it, 2);
	corpus_free(&c);
}

static void
test_nav_items_of_quotes_and_claims_follow_the_text(void **state)
{
	struct corpus c;
	struct nav_items q[1], cl[1];
	uint32_t i;

	(void)state;
	tu_corpus(&c, "a",
	          "\xe2\x80\x9cIt went well,\xe2\x80\x9d the mayor said. Officials said the work "
	          "would end soon. Ana Ruiz, the mayor, told reporters: \xe2\x80\x9cWe are done.\xe2\x80\x9d",
	          NULL);
	nav_items_build(&c, NAV_ITEM_QUOTE, q);
	nav_items_build(&c, NAV_ITEM_CLAIM, cl);
	assert_int_equal(q[0].n, 2);
	assert_true(q[0].v[0].start < q[0].v[1].start);
	assert_true(cl[0].n >= 2);
	for (i = 1; i < cl[0].n; i++)
		assert_true(cl[0].v[i - 1].start <= cl[0].v[i].start);
	assert_int_equal(nav_item_next(&q[0], END, q[0].v[0].start + 1, 1), 1);
	nav_items_free(q, 1);
	nav_items_free(cl, 1);
	corpus_free(&c);
}

static void
test_nav_items_of_an_empty_corpus_are_empty(void **state)
{
	struct corpus c;
	struct nav_items it[1];

	(void)state;
	tu_corpus(&c, "a", "Nothing here.", NULL);
	nav_items_build(&c, NAV_ITEM_QUOTE, it);
	assert_int_equal(it[0].n, 0);
	assert_int_equal(nav_item_next(&it[0], END, 0, 1), END);
	assert_int_equal(nav_item_next(&it[0], END, 0, -1), END);
	nav_items_free(it, 1);
	corpus_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nav_next_shared_skips_the_rest_of_a_passage),
		cmocka_unit_test(test_nav_next_shared_from_none_starts_at_the_first_sentence),
		cmocka_unit_test(test_nav_prev_shared_from_inside_a_passage_goes_to_its_start),
		cmocka_unit_test(test_nav_next_shared_past_the_last_is_none),
		cmocka_unit_test(test_nav_next_shared_treats_a_topic_again_after_a_gap_as_a_new_passage),
		cmocka_unit_test(test_nav_next_unique_finds_each_unique_passage),
		cmocka_unit_test(test_nav_next_discrepancy_in_both_directions),
		cmocka_unit_test(test_nav_discrepancy_at_names_the_discrepancy),
		cmocka_unit_test(test_nav_next_sentence_and_body_sentence),
		cmocka_unit_test(test_nav_passage_spans_adjacent_sentences_of_one_topic),
		cmocka_unit_test(test_nav_counterpart_is_the_first_member_in_the_other_article),
		cmocka_unit_test(test_nav_counterpart_is_none_where_a_topic_is_not_covered),
		cmocka_unit_test(test_nav_topic_count_counts_members_per_article),
		cmocka_unit_test(test_nav_sentence_by_offset_between_sentences_is_the_next_one),
		cmocka_unit_test(test_nav_walks_the_bundled_story_in_order),
		cmocka_unit_test(test_nav_items_are_in_reading_order_longer_first),
		cmocka_unit_test(test_nav_item_next_from_an_item_steps_through_items_that_start_together),
		cmocka_unit_test(test_nav_item_next_from_an_offset_takes_one_at_or_after_it),
		cmocka_unit_test(test_nav_item_find_names_the_item_by_start_and_id),
		cmocka_unit_test(test_nav_items_of_quotes_and_claims_follow_the_text),
		cmocka_unit_test(test_nav_items_of_an_empty_corpus_are_empty),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
