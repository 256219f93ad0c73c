/* Boilerplate marking. */
#include "testutil.h"

#include "parallax/boiler.h"

/* Analyse text as one article; return the boilerplate reason of each
 * paragraph as a string of letters (b = body, n = navigation, p = pitch,
 * c = copyright, s = share, r = credit, - = separator, R = repeat,
 * C = caption). */
static char *
marks(const char *text)
{
	static const char letter[] = {
		[BOIL_NONE] = 'b', [BOIL_NAVIGATION] = 'n', [BOIL_PITCH] = 'p',
		[BOIL_COPYRIGHT] = 'c', [BOIL_SHARE] = 's', [BOIL_CREDIT] = 'r',
		[BOIL_SEPARATOR] = '-', [BOIL_REPEAT] = 'R', [BOIL_CAPTION] = 'C',
	};
	struct corpus c;
	char *out;
	uint32_t i;

	tu_corpus(&c, "t.txt", text, NULL);
	out = malloc(c.articles[0].n_paras + 1);
	for (i = 0; i < c.articles[0].n_paras; i++)
		out[i] = letter[c.articles[0].paras[i].boiler];
	out[i] = '\0';
	corpus_free(&c);
	return out;
}

#define assert_marks(text, want) do { \
	char *got_ = marks(text); \
	if (strcmp(got_, want) != 0) \
		fail_msg("want %s got %s for: %s", want, got_, text); \
	free(got_); \
} while (0)

static void
test_navigation_and_share_widgets(void **state)
{
	(void)state;
	assert_marks("Skip to content\nThe minister resigned on Friday after a long dispute.\n"
	             "Copy link", "nbs");
	assert_marks("Advertisement\nThe minister resigned on Friday.", "nb");
}

static void
test_subscription_and_newsletter_pitches(void **state)
{
	(void)state;
	assert_marks("The minister resigned on Friday.\n"
	             "Subscribe today and The Daily will be in your inbox every morning\n"
	             "Join us today and pay only $9.99 for an annual subscription, or less than $1 "
	             "a month for our insights.\n"
	             "And you get a free two-week trial with no obligation to continue.",
	             "bppp");
	assert_marks("The minister resigned.\nSign up for our weekly newsletter to get more news",
	             "bp");
	assert_marks("The minister resigned.\nFor free real time breaking news alerts sent to you "
	             "sign up to our emails Please enter a valid email address Read our privacy "
	             "policy Thanks for signing up", "bp");
	/* a newspaper's own promotion: social pages and its website */
	assert_marks("The minister resigned.\nGet the big headlines on the stories that matter. "
	             "Follow us on Twitter @Gazette - the official Gazette account.\n"
	             "We will bring you the very latest updates on this breaking news story. "
	             "For the latest news visit http://www.example.org/news/.\n"
	             "The latest news from the border was grim, officials said.", "bppb");
}

static void
test_body_paragraph_mentioning_a_newsletter_stays_body(void **state)
{
	(void)state;
	assert_marks("The company said on Tuesday that its newsletter business, which grew "
	             "quickly during the pandemic, would be sold to a rival publisher for an "
	             "undisclosed sum, and that the sale would close next year after regulators "
	             "in three countries had approved it, a process expected to take months.",
	             "b");
	assert_marks("The trial of the former minister began on Monday in the capital.", "b");
}

static void
test_copyright_and_credit_lines(void **state)
{
	(void)state;
	assert_marks("A body sentence here.\nCopyright \xC2\xA9 2025 Example Media. All Rights Reserved.",
	             "bc");
	assert_marks("A body sentence here.\n- \xE2\x80\x93 -\nDoe reported from Paris.\n"
	             "Jane Roe in Rome contributed to this report.", "b-rr");
}

static void
test_verbatim_repeats_are_marked_after_the_first(void **state)
{
	struct corpus c;
	const char *text = "A Headline Here\nThe first paragraph is here.\nA Headline Here\n"
	                   "A second paragraph.\nThe first   paragraph is here.";

	(void)state;
	assert_marks(text, "bbRbR");
	tu_corpus(&c, "t.txt", text, NULL);
	assert_int_equal(c.articles[0].paras[4].repeat_of, 1);
	assert_true(c.articles[0].sents[c.articles[0].paras[4].sent_first].flags & SENT_BOILER);
	corpus_free(&c);
}

static void
test_bylines_stamps_links_and_captions(void **state)
{
	(void)state;
	assert_marks("Dam Breach Floods Valley\nBy Ana Lima, Tom Berg and Ivo van Dijk\n"
	             "Saturday, June 7, 2031\nUpdated 4:05 PM EDT\n"
	             "The dam broke after three days of rain, officials said.", "brnnb");
	assert_marks("The dam broke after heavy rain.\n"
	             "RELATED: Rivers rise across the region as storms continue\n"
	             "Read more: Why old dams fail\nThe army sent boats.", "bnnb");
	assert_marks("The dam broke after heavy rain.\n"
	             "Residents (L) carry sandbags near the river on Saturday.\n"
	             "Floodwater covers the main road. Picture: Agency Photos\n"
	             "The army sent boats.", "bCCb");
	assert_marks("The dam broke after heavy rain.\n"
	             "The dam seen from the air on Friday. (Image: Regional Water Board)\n"
	             "A view of the valley taken on June 19. [Photo/Agency]\nThe army sent boats.",
	             "bCCb");
	/* a newspaper's name alone credits a syndicated story; a title
	 * that names one does not */
	assert_marks("Dam Breach Floods Valley\nThe Valley Times\n"
	             "The dam broke after heavy rain.", "brb");
	assert_marks("The Valley Times\nThe dam broke after heavy rain.", "bb");
	assert_marks("The dam broke after heavy rain.\n"
	             "Our Standards: The Agency Trust Principles.", "br");
	/* a bullet before a widget line does not hide it */
	assert_marks("The dam broke.\n\xE2\x80\xA2 Oops!\nSomething went wrong.\n"
	             "Please try again later.", "bnnn");
	/* body paragraphs that only look alike stay */
	assert_marks("By Friday, the water had reached the town hall, the mayor said.\n"
	             "Related: the dam was built in 1931, records show, and never rebuilt after "
	             "the floods of that decade.\n"
	             "The photo: a man on a roof.", "bbb");
}

static void
test_trailing_widget_lines_after_a_pitch(void **state)
{
	(void)state;
	assert_marks("The body paragraph ends here.\nSign up for our newsletter\nMore from us\n"
	             "Topics and tags", "bpnn");
	/* without a marked paragraph before them, short last lines stay */
	assert_marks("The body paragraph ends here.\nA short line\nAnother one", "bbb");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_navigation_and_share_widgets),
		cmocka_unit_test(test_subscription_and_newsletter_pitches),
		cmocka_unit_test(test_body_paragraph_mentioning_a_newsletter_stays_body),
		cmocka_unit_test(test_copyright_and_credit_lines),
		cmocka_unit_test(test_verbatim_repeats_are_marked_after_the_first),
		cmocka_unit_test(test_bylines_stamps_links_and_captions),
		cmocka_unit_test(test_trailing_widget_lines_after_a_pitch),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
