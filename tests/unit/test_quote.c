/* Quotes: spans, nesting, speakers, groups. */
#include "testutil.h"

#include "parallax/quote.h"

/* The quotes of an analysed corpus as "text|speaker" lines joined by
 * " / " (speaker "-" when none); free it. */
static char *
quote_list(const struct corpus *c)
{
	size_t cap = 256, used = 0;
	char *out = malloc(cap);
	uint32_t i;

	out[0] = '\0';
	for (i = 0; i < c->n_quotes; i++) {
		const struct quote *q = &c->quotes[i];
		char *text = tu_span(&c->articles[q->article], q->start, q->end);
		const char *who = q->speaker == PX_NONE ? "-" : c->actors[q->speaker].name;
		size_t need = strlen(text) + strlen(who) + 8;

		if (used + need >= cap)
			out = realloc(out, cap = (used + need) * 2);
		used += (size_t)sprintf(out + used, "%s%s|%s", i ? " / " : "", text, who);
		free(text);
	}
	return out;
}

#define assert_quotes(want, ...) do { \
	struct corpus c_; \
	char *got_; \
	tu_corpus(&c_, __VA_ARGS__, NULL); \
	got_ = quote_list(&c_); \
	if (strcmp(got_, want) != 0) \
		fail_msg("quotes: want \"%s\"\n            got  \"%s\"", want, got_); \
	free(got_); \
	corpus_free(&c_); \
} while (0)

static void
test_span_is_the_text_inside_curly_and_straight_marks(void **state)
{
	(void)state;
	assert_quotes("a fair deal.|- / not now|-", "a.txt",
	              "They wanted “a fair deal.” Others said \"not now\" to it.");
}

/* Verbs of saying loud or in jest, and a reply after a passive: "X was
 * asked … and replied: “…”" is X's. */
static void
test_joked_shouted_and_replied(void **state)
{
	(void)state;
	assert_quotes("Too much rain.|Lena Voss / No.|Lena Voss", "a.txt",
	              "Finance Secretary Lena Voss joked: “Too much rain.” "
	              "Voss shouted: “No.”");
	assert_quotes("Of course.|Lena Voss", "a.txt",
	              "Finance Secretary Lena Voss was asked if they would win and replied: "
	              "“Of course.”");
}

static void
test_apostrophes_are_not_quote_marks(void **state)
{
	(void)state;
	assert_quotes("", "a.txt", "Ukraine’s army didn’t move. The Russians’ plan and "
	              "the 90's music, rock 'n' roll, Ukraine's allies.");
}

static void
test_single_quotes_nest_inside_double_quotes(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "“After the ‘air truce,’ nothing changed,” she wrote.", NULL);
	assert_int_equal(c.n_quotes, 2);
	assert_int_equal(c.quotes[0].parent, PX_NONE);
	assert_int_equal(c.quotes[1].parent, 0);
	{
		char *s = tu_span(&c.articles[0], c.quotes[1].start, c.quotes[1].end);

		assert_str(s, "air truce,");
		free(s);
	}
	corpus_free(&c);
}

static void
test_quote_runs_over_sentences(void **state)
{
	(void)state;
	assert_quotes("We will win. We will not stop.|-", "a.txt",
	              "“We will win. We will not stop.” The crowd cheered.");
}

static void
test_quote_continued_into_next_paragraph(void **state)
{
	(void)state;
	assert_quotes("Our relations have never been better.|- / This opens a new chapter.|-",
	              "a.txt", "“Our relations have never been better.\n\n"
	              "“This opens a new chapter.”");
	/* an unclosed quote with no continuation is dropped */
	assert_quotes("", "a.txt", "He began “to say something\n\nThen left.");
}

/* A nickname inside a name is no quote; a word quoted elsewhere is. */
static void
test_nickname_is_no_quote(void **state)
{
	(void)state;
	assert_quotes("", "a.txt", "Mob boss Jim \"Ace\" Norton was convicted.");
	assert_quotes("", "a.txt", "Mob boss Jim “Ace” Norton was convicted.");
	assert_quotes("Reckless|-", "a.txt", "Critics called the plan \"Reckless\" on Monday.");
}

/* A quote with no attribution after a short sentence that opens with a
 * person, or after a colon in a sentence led by a person; a family
 * relation in apposition names a person. */
static void
test_lead_in_to_a_quote(void **state)
{
	(void)state;
	assert_quotes("It is the only job I wanted,|Rosa Ilic / People said that too.|Rosa Ilic",
	              "a.txt", "Captain Rosa Ilic steers the ferry. “It is the only job I wanted,” "
	              "she says. Ilic shrugs. “People said that too.”");
	assert_quotes("Without the ferry, the island dies.|Ivan Horvat", "a.txt",
	              "Local councillor Ivan Horvat is blunt: “Without the ferry, the island dies.”");
	assert_quotes("The bridge will kill this route,|Tomo Baric", "a.txt",
	              "Her brother, Tomo Baric, disagrees. “The bridge will kill this route,” "
	              "he says.");
	/* a long narrative sentence leads into nothing */
	assert_quotes("We were never told.|-", "a.txt",
	              "Rosa Ilic was born on the island in 1961 and has worked on the ferry for "
	              "most of her life. “We were never told.”");
}

/* "what she calls “...”": a clause opened by "what"; a name that
 * modifies a noun ("Holm trial juror") is not the one "she" means. */
static void
test_what_she_calls(void **state)
{
	(void)state;
	assert_quotes("a threat to justice.|Rita Lind", "a.txt",
	              "Holm trial juror Rita Lind asked the court to investigate what she calls "
	              "“a threat to justice.”");
}

static void
test_guillemets_are_quote_marks(void **state)
{
	(void)state;
	assert_quotes("nous gagnerons|-", "a.txt", "The slogan was « nous gagnerons » again.");
}

static void
test_speaker_after_the_quote(void **state)
{
	(void)state;
	assert_quotes("We are ready,|Jan Smith", "a.txt",
	              "Finance Minister Jan Smith spoke on Monday. “We are ready,” Smith said.");
	assert_quotes("We are ready,|Jan Smith", "a.txt",
	              "“We are ready,” said Finance Minister Jan Smith.");
	assert_quotes("We are ready,|Jan Smith", "a.txt",
	              "“We are ready,” Finance Minister Jan Smith told reporters on Monday.");
	assert_quotes("I lost everything,|Nina Vos", "a.txt",
	              "“I lost everything,” Nina Vos, 45, told the Valley Gazette.");
	assert_quotes("We can't keep doing this,|Patty Murray", "a.txt",
	              "“We can't keep doing this,” said Sen. Patty Murray, who chairs the panel.");
}

static void
test_inverted_speaker_is_the_person_after_the_description(void **state)
{
	(void)state;
	assert_quotes("The market is calm,|Peter Olsen", "a.txt",
	              "“The market is calm,” said analyst Peter Olsen.");
	assert_quotes("We are patient,|Tom Reed", "a.txt",
	              "“We are patient,” said Chair of the Northern Reserve Bank, Tom Reed.");
	assert_quotes("We expect two more hikes,|Maria Lopez", "a.txt",
	              "“We expect two more hikes,” said Nordic Bank chief economist Maria Lopez, "
	              "adding that growth was slowing.");
}

static void
test_participle_before_a_quote_takes_the_subject(void **state)
{
	(void)state;
	/* a capitalised word opening the quote is not the source of "adding" */
	assert_quotes("Smith, frankly, is wrong.|Eva Holm", "a.txt",
	              "Prime Minister Eva Holm met Finance Minister Jan Smith. Holm later "
	              "repeated her view, in reply to a question, that the plan was sound, "
	              "adding, “Smith, frankly, is wrong.”");
}

static void
test_speaker_before_the_quote(void **state)
{
	(void)state;
	assert_quotes("We are ready.|Jan Smith", "a.txt",
	              "Finance Minister Jan Smith said: “We are ready.”");
	assert_quotes("a disaster.|Jan Smith", "a.txt",
	              "Finance Minister Jan Smith, who returned on Monday, called the plan "
	              "“a disaster.”");
}

static void
test_speaker_from_according_to(void **state)
{
	(void)state;
	assert_quotes("within days,|Kremlin", "a.txt",
	              "Talks will resume “within days,” according to the Kremlin.");
}

static void
test_pronoun_speaker_is_the_person_who_spoke_before(void **state)
{
	(void)state;
	assert_quotes("It is over,|Jan Smith", "a.txt",
	              "Prime Minister Eva Holm stayed silent. Finance Minister Jan Smith said "
	              "the talks had stalled.\n“It is over,” he said.");
	/* nobody spoke before: the first person named in the sentence before */
	assert_quotes("It is over,|Eva Holm", "a.txt",
	              "Prime Minister Eva Holm met Finance Minister Jan Smith.\n"
	              "“It is over,” she said.");
}

static void
test_continuation_quote_keeps_the_speaker(void **state)
{
	(void)state;
	assert_quotes("We are ready,|Jan Smith / We have always been ready.|Jan Smith", "a.txt",
	              "“We are ready,” Finance Minister Jan Smith said. "
	              "“We have always been ready.”");
}

static void
test_bare_quote_paragraph_continues_the_speaker_before(void **state)
{
	(void)state;
	assert_quotes("The harvest was poor,|Jan Smith / Prices will rise before winter.|Jan Smith",
	              "a.txt", "“The harvest was poor,” Finance Minister Jan Smith said.\n\n"
	              "“Prices will rise before winter.”");
	/* a paragraph with other content breaks the chain */
	assert_quotes("The harvest was poor,|Jan Smith / Prices will rise.|-", "a.txt",
	              "“The harvest was poor,” Finance Minister Jan Smith said.\n\n"
	              "Markets closed early.\n\n“Prices will rise.”");
	/* so does a paragraph that is more than the quotation */
	assert_quotes("The harvest was poor,|Jan Smith / Prices will rise,|-", "a.txt",
	              "“The harvest was poor,” Finance Minister Jan Smith said.\n\n"
	              "“Prices will rise,” a trader wrote on Monday.");
}

static void
test_nested_quote_takes_the_outer_speaker(void **state)
{
	(void)state;
	assert_quotes("After the ‘air truce,’ nothing changed,|Jan Smith / air truce,|Jan Smith",
	              "a.txt", "“After the ‘air truce,’ nothing changed,” Finance Minister "
	              "Jan Smith wrote.");
}

static void
test_quote_without_attribution_has_no_speaker(void **state)
{
	(void)state;
	assert_quotes("ceasefire|-", "a.txt",
	              "Finance Minister Jan Smith arrived. The word “ceasefire” appeared twice.");
}

static void
test_generic_source_gives_no_speaker(void **state)
{
	(void)state;
	assert_quotes("doomed.|-", "a.txt", "Finance Minister Jan Smith spoke. "
	              "Analysts said the plan was “doomed.”");
}

static void
test_unnamed_speaker_is_not_the_person_named_before(void **state)
{
	(void)state;
	assert_quotes("joint drills|-", "a.txt",
	              "Prime Minister Eva Holm met Finance Minister Jan Smith on Monday.\n\n"
	              "The official also said there would be “joint drills” soon.");
}

static void
test_statement_owner_speaks(void **state)
{
	(void)state;
	assert_quotes("energy infrastructure.|Kremlin", "a.txt",
	              "The Kremlin’s statement talks about “energy infrastructure.”");
	assert_quotes("24 hours.|Jan Smith", "a.txt", "Finance Minister Jan Smith faces "
	              "questions about his campaign promise to end it in “24 hours.”");
}

static void
test_same_wording_in_two_outlets_shares_a_group(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "He called it “very good and productive,” aides said.",
	          "b.txt", "The call was “very good and productive.” A “dictator” came up.",
	          "c.txt", "They said “we need them more than they need us” again.",
	          "d.txt", "It was said that “we needs them more than they need us.”", NULL);
	assert_int_equal(c.n_quotes, 5);
	assert_int_equal(c.quotes[0].group, 0);
	assert_int_equal(c.quotes[1].group, 0);
	assert_int_equal(c.quotes[2].group, 2);
	/* strongly overlapping wording, compared by stems */
	assert_int_equal(c.quotes[3].group, 3);
	assert_int_equal(c.quotes[4].group, 3);
	corpus_free(&c);
}

/* Overlapping wording groups quotes of different articles through the
 * postings of their stems; a stem already in POSTINGS_MAX (256) quotes
 * is no longer compared, so later quotes sharing only such stems stay
 * apart. */
static void
test_overlap_groups_stop_at_common_stems(void **state)
{
	struct corpus c;
	char name[32], text[128];
	uint32_t i;

	(void)state;
	corpus_init(&c);
	for (i = 0; i < 300; i++) {
		snprintf(name, sizeof name, "%03u.txt", i);
		snprintf(text, sizeof text, "She said “alpha beta gamma delta epsilon zeta%u” then.", i);
		corpus_add_text(&c, name, text, strlen(text));
	}
	assert_int_equal(analyse(&c, NULL, NULL), PX_OK);
	assert_int_equal(c.n_quotes, 300);
	for (i = 0; i < 300; i++)
		if (c.quotes[i].group != (i < 256 ? 0 : i))
			fail_msg("quote %u: want group %u, got %u", i, i < 256 ? 0 : i,
			         c.quotes[i].group);
	corpus_free(&c);
}

/* Overlap alone never groups two quotes of one article. */
static void
test_overlap_needs_two_articles(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "She said “alpha beta gamma delta epsilon zeta” and "
	          "“alpha beta gamma delta epsilon eta” later.",
	          "b.txt", "He said “alpha beta gamma delta epsilon theta” too.", NULL);
	assert_int_equal(c.n_quotes, 3);
	assert_int_equal(c.quotes[0].group, 0);
	assert_int_equal(c.quotes[1].group, 0); /* through the quote of b.txt */
	assert_int_equal(c.quotes[2].group, 0);
	corpus_free(&c);
	tu_corpus(&c, "a.txt", "She said “alpha beta gamma delta epsilon zeta” and "
	          "“alpha beta gamma delta epsilon eta” later.", NULL);
	assert_int_equal(c.quotes[0].group, 0);
	assert_int_equal(c.quotes[1].group, 1);
	corpus_free(&c);
}

static void
test_tokens_inside_quotes_are_flagged(void **state)
{
	struct corpus c;
	uint32_t k, quoted = 0;

	(void)state;
	tu_corpus(&c, "a.txt", "She said “no deal” twice.", NULL);
	for (k = 0; k < c.articles[0].n_toks; k++)
		quoted += (c.articles[0].toks[k].flags & TOK_QUOTED) != 0;
	assert_int_equal(quoted, 2);
	corpus_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_span_is_the_text_inside_curly_and_straight_marks),
		cmocka_unit_test(test_joked_shouted_and_replied),
		cmocka_unit_test(test_apostrophes_are_not_quote_marks),
		cmocka_unit_test(test_single_quotes_nest_inside_double_quotes),
		cmocka_unit_test(test_quote_runs_over_sentences),
		cmocka_unit_test(test_quote_continued_into_next_paragraph),
		cmocka_unit_test(test_guillemets_are_quote_marks),
		cmocka_unit_test(test_nickname_is_no_quote),
		cmocka_unit_test(test_lead_in_to_a_quote),
		cmocka_unit_test(test_what_she_calls),
		cmocka_unit_test(test_speaker_after_the_quote),
		cmocka_unit_test(test_inverted_speaker_is_the_person_after_the_description),
		cmocka_unit_test(test_participle_before_a_quote_takes_the_subject),
		cmocka_unit_test(test_speaker_before_the_quote),
		cmocka_unit_test(test_speaker_from_according_to),
		cmocka_unit_test(test_pronoun_speaker_is_the_person_who_spoke_before),
		cmocka_unit_test(test_continuation_quote_keeps_the_speaker),
		cmocka_unit_test(test_bare_quote_paragraph_continues_the_speaker_before),
		cmocka_unit_test(test_nested_quote_takes_the_outer_speaker),
		cmocka_unit_test(test_quote_without_attribution_has_no_speaker),
		cmocka_unit_test(test_generic_source_gives_no_speaker),
		cmocka_unit_test(test_unnamed_speaker_is_not_the_person_named_before),
		cmocka_unit_test(test_statement_owner_speaks),
		cmocka_unit_test(test_same_wording_in_two_outlets_shares_a_group),
		cmocka_unit_test(test_overlap_groups_stop_at_common_stems),
		cmocka_unit_test(test_overlap_needs_two_articles),
		cmocka_unit_test(test_tokens_inside_quotes_are_flagged),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
