/* Paragraph and sentence segmentation. */
#include "testutil.h"

#include "parallax/segment.h"

/* Segment text as one article; return its sentences joined by " | ". */
static char *
split(const char *text)
{
	struct corpus c;
	struct article *a;
	size_t cap = strlen(text) * 2 + 64, used = 0;
	char *out = malloc(cap);
	uint32_t i;

	corpus_init(&c);
	a = corpus_add_text(&c, "t.txt", text, strlen(text));
	segment_article(a);
	out[0] = '\0';
	for (i = 0; i < a->n_sents; i++) {
		char *s = tu_sentence(a, i);

		used += (size_t)snprintf(out + used, cap - used, "%s%s", i ? " | " : "", s);
		free(s);
	}
	corpus_free(&c);
	return out;
}

static const struct {
	const char *in, *want;
} cases[] = {
	{"Mr. Smith went to Washington. He arrived Tuesday.",
	 "Mr. Smith went to Washington. | He arrived Tuesday."},
	{"U.S. President Donald Trump spoke. Then he left.",
	 "U.S. President Donald Trump spoke. | Then he left."},
	{"The deal was struck in the U.S. The talks continue.",
	 "The deal was struck in the U.S. | The talks continue."},
	{"Gen. Mark Milley said so. Officials agreed.",
	 "Gen. Mark Milley said so. | Officials agreed."},
	{"Donald J. Trump said it. Others did not.",
	 "Donald J. Trump said it. | Others did not."},
	{"The rate rose 3.5 percent. Markets fell.",
	 "The rate rose 3.5 percent. | Markets fell."},
	{"Both leaders said it went \xE2\x80\x9Cwell.\xE2\x80\x9D Then she left.",
	 "Both leaders said it went \xE2\x80\x9Cwell.\xE2\x80\x9D | Then she left."},
	{"He called it \xE2\x80\x9C" "a PERFECT call.\xE2\x80\x9D Critics disagreed.",
	 "He called it \xE2\x80\x9C" "a PERFECT call.\xE2\x80\x9D | Critics disagreed."},
	{"\xE2\x80\x9CWe are ready,\xE2\x80\x9D he said. \xE2\x80\x9CWe will act.\xE2\x80\x9D",
	 "\xE2\x80\x9CWe are ready,\xE2\x80\x9D he said. | \xE2\x80\x9CWe will act.\xE2\x80\x9D"},
	{"\xE2\x80\x9CIs this real?\xE2\x80\x9D she asked. Nobody answered.",
	 "\xE2\x80\x9CIs this real?\xE2\x80\x9D she asked. | Nobody answered."},
	{"It happened at 8:50 p.m. local time. Police came.",
	 "It happened at 8:50 p.m. local time. | Police came."},
	{"The meeting is on Jan. 5 in Geneva. It will be short.",
	 "The meeting is on Jan. 5 in Geneva. | It will be short."},
	{"Acme Inc. said profits rose. The shares gained.",
	 "Acme Inc. said profits rose. | The shares gained."},
	{"He works for Acme Inc. The company is large.",
	 "He works for Acme Inc. | The company is large."},
	{"The U.N. Security Council met. It voted.",
	 "The U.N. Security Council met. | It voted."},
	{"Dr. Jane Roe, Ph.D., testified. She was calm.",
	 "Dr. Jane Roe, Ph.D., testified. | She was calm."},
	{"They met in Washington, D.C. on Monday.",
	 "They met in Washington, D.C. on Monday."},
	{"Wait... What happened?", "Wait... | What happened?"},
	{"He paused... and then spoke.", "He paused... and then spoke."},
	{"Historic! Epic!", "Historic! | Epic!"},
	{"Really?! Yes.", "Really?! | Yes."},
	{"Troops moved in (the report said so.) Then they left.",
	 "Troops moved in (the report said so.) | Then they left."},
	{"No. 10 Downing Street issued a statement. It was brief.",
	 "No. 10 Downing Street issued a statement. | It was brief."},
	{"The ship sailed at 10 a.m. The crew cheered.",
	 "The ship sailed at 10 a.m. | The crew cheered."},
	{"It costs $32.95 a month. That is cheap.",
	 "It costs $32.95 a month. | That is cheap."},
	{"Rep. Nancy Pelosi spoke. Sen. Ted Cruz replied.",
	 "Rep. Nancy Pelosi spoke. | Sen. Ted Cruz replied."},
	{"St. Petersburg is cold. Moscow is colder.",
	 "St. Petersburg is cold. | Moscow is colder."},
	{"\xE2\x80\x9C" "After an \xE2\x80\x98" "air truce,\xE2\x80\x99 we waited.\xE2\x80\x9D He left.",
	 "\xE2\x80\x9C" "After an \xE2\x80\x98" "air truce,\xE2\x80\x99 we waited.\xE2\x80\x9D | He left."},
	{"The vote was 52-48. Democrats objected.", "The vote was 52-48. | Democrats objected."},
	{"The invasion began on Feb. 24. Millions fled.",
	 "The invasion began on Feb. 24. | Millions fled."},
	{"\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB. \xD0\x9E\xD0\xBD\xD0\xB0 "
	 "\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8C.",
	 "\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB. | \xD0\x9E\xD0\xBD\xD0\xB0 "
	 "\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8C."},
	{"\xE4\xBB\x96\xE8\xAF\xB4\xE4\xBA\x86\xE3\x80\x82\xE5\xA5\xB9\xE8\xB5\xB0\xE4\xBA\x86\xE3\x80\x82",
	 "\xE4\xBB\x96\xE8\xAF\xB4\xE4\xBA\x86\xE3\x80\x82 | \xE5\xA5\xB9\xE8\xB5\xB0\xE4\xBA\x86\xE3\x80\x82"},
	{"He said: \xE2\x80\x9CWe support all steps. We will support them.\xE2\x80\x9D",
	 "He said: \xE2\x80\x9CWe support all steps. | We will support them.\xE2\x80\x9D"},
	{"The U.S.-made Patriot systems arrived. Ukraine welcomed them.",
	 "The U.S.-made Patriot systems arrived. | Ukraine welcomed them."},
	{"A. Smith and B. Jones signed. The deal holds.",
	 "A. Smith and B. Jones signed. | The deal holds."},
	{"Prices rose 20%. Wages did not.", "Prices rose 20%. | Wages did not."},
	{"He cited \xE2\x80\x9C" "energy infrastructure.\xE2\x80\x9D The Kremlin agreed.",
	 "He cited \xE2\x80\x9C" "energy infrastructure.\xE2\x80\x9D | The Kremlin agreed."},
	{"In 2015, the agreements were signed. They failed.",
	 "In 2015, the agreements were signed. | They failed."},
	{"\xE2\x80\x9C" "Europe has been left out. This is revenge,\xE2\x80\x9D he said.",
	 "\xE2\x80\x9C" "Europe has been left out. | This is revenge,\xE2\x80\x9D he said."},
	{"Leaders Discuss Limited Pause in Attacks, Ceasefire Elusive",
	 "Leaders Discuss Limited Pause in Attacks, Ceasefire Elusive"},
	{"They bought apples, pears, etc. The shop closed.",
	 "They bought apples, pears, etc. | The shop closed."},
	{"The #1 seed lost. Fans wept.", "The #1 seed lost. | Fans wept."},
	{"Mrs. May met Mr. Macron. They talked.", "Mrs. May met Mr. Macron. | They talked."},
	{"He was born in the U.K. and moved later.", "He was born in the U.K. and moved later."},
	{"It was 4 p.m. on Tuesday when it hit. Sirens wailed.",
	 "It was 4 p.m. on Tuesday when it hit. | Sirens wailed."},
	{"Eh?", "Eh?"},
	{"Sgt. Maj. John Doe retired. He was 60.", "Sgt. Maj. John Doe retired. | He was 60."},
	{"Officials said 2,000 people fled. 1,500 returned.",
	 "Officials said 2,000 people fled. | 1,500 returned."},
	{"\"We agreed,\" he said. \"Now we act.\"",
	 "\"We agreed,\" he said. | \"Now we act.\""},
	{"He wrote on X: \xE2\x80\x9CHistoric! Epic!\xE2\x80\x9D",
	 "He wrote on X: \xE2\x80\x9CHistoric! | Epic!\xE2\x80\x9D"},
	{"war between them [...] That process is now in force!\xE2\x80\x9D he said.",
	 "war between them [...] That process is now in force!\xE2\x80\x9D he said."},
	{"Sen.Smith spoke.", "Sen.Smith spoke."},
	{"   Leading spaces. Trailing spaces.   ", "Leading spaces. | Trailing spaces."},
	/* a dateline ends with a dash, not a sentence */
	{"PALO ALTO, Calif. \xE2\x80\x93 The board met. It voted.",
	 "PALO ALTO, Calif. \xE2\x80\x93 The board met. | It voted."},
	{"DOVER, Del. -- The board met.", "DOVER, Del. -- The board met."},
	{"He left at noon and never came back to the town. \xE2\x80\x94 She stayed.",
	 "He left at noon and never came back to the town. | \xE2\x80\x94 She stayed."},
};

static void
test_sentence_boundaries_in_news_style(void **state)
{
	size_t i, failed = 0;

	(void)state;
	for (i = 0; i < PX_ARRAY_SIZE(cases); i++) {
		char *got = split(cases[i].in);

		if (strcmp(got, cases[i].want) != 0) {
			print_error("case %zu\n  input: %s\n  want:  %s\n  got:   %s\n", i,
			            cases[i].in, cases[i].want, got);
			failed++;
		}
		free(got);
	}
	assert_int_equal(failed, 0);
	assert_true(PX_ARRAY_SIZE(cases) >= 40);
}

static uint32_t
n_paras(const char *text)
{
	struct corpus c;
	struct article *a;
	uint32_t n;

	corpus_init(&c);
	a = corpus_add_text(&c, "t.txt", text, strlen(text));
	segment_article(a);
	n = a->n_paras;
	corpus_free(&c);
	return n;
}

static void
test_paragraph_per_line_and_blank_lines(void **state)
{
	(void)state;
	assert_int_equal(n_paras("One line.\nTwo line.\nThree line."), 3);
	assert_int_equal(n_paras("One.\n\nTwo.\n\n\n   \nThree."), 3);
	assert_int_equal(n_paras("\n\n  \n"), 0);
	assert_int_equal(n_paras("Windows line.\r\nNext line.\r\n"), 2);
}

static void
test_hard_wrapped_text_joins_lines_of_a_block(void **state)
{
	const char *text =
		"The first paragraph is wrapped at a short width\n"
		"like an e-mail or a plain-text wire story, and it\n"
		"goes on for a few lines before it ends here.\n"
		"\n"
		"The second paragraph is wrapped the same way and\n"
		"it also runs over several lines of text before\n"
		"coming to its end.\n";

	(void)state;
	assert_int_equal(n_paras(text), 2);
}

/* Found by fuzzing: a hard-wrapped text whose last line is blank made a
 * paragraph that ended before it started. */
static void
test_hard_wrapped_text_ending_in_a_blank_line(void **state)
{
	static const char text[] = "m$c\377\377\377af#)f\\,\n\n\251*\0*\r\n\032\nf\252\nany\n ";
	struct corpus c;
	struct article *a;
	uint32_t i;

	(void)state;
	corpus_init(&c);
	a = corpus_add_text(&c, "t.txt", text, sizeof text - 1);
	segment_article(a);
	assert_true(a->n_paras >= 1);
	for (i = 0; i < a->n_paras; i++)
		assert_true(a->paras[i].start < a->paras[i].end && a->paras[i].end <= a->len);
	corpus_free(&c);
}

static void
test_crlf_does_not_leak_into_sentences(void **state)
{
	char *got = split("First one.\r\nSecond one.\r\n");

	(void)state;
	assert_string_equal(got, "First one. | Second one.");
	free(got);
}

static void
test_headline_flag_on_unpunctuated_line(void **state)
{
	struct corpus c;
	const char *text = "A Headline Without A Full Stop\nA body sentence. Another one.";
	struct article *a;

	(void)state;
	corpus_init(&c);
	a = corpus_add_text(&c, "t.txt", text, strlen(text));
	segment_article(a);
	assert_int_equal(a->n_sents, 3);
	assert_true(a->sents[0].flags & SENT_HEADLINE);
	assert_false(a->sents[1].flags & SENT_HEADLINE);
	corpus_free(&c);
}

static void
test_sentence_spans_are_inside_their_paragraph(void **state)
{
	struct corpus c;
	uint32_t i, j;

	(void)state;
	tu_story(&c);
	for (i = 0; i < c.n_articles; i++) {
		struct article *a = &c.articles[i];

		for (j = 0; j < a->n_sents; j++) {
			struct sentence *s = &a->sents[j];
			struct paragraph *p = &a->paras[s->paragraph];

			assert_true(s->start < s->end);
			assert_true(s->start >= p->start && s->end <= p->end);
			if (j)
				assert_true(a->sents[j - 1].end <= s->start);
		}
	}
	corpus_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentence_boundaries_in_news_style),
		cmocka_unit_test(test_paragraph_per_line_and_blank_lines),
		cmocka_unit_test(test_hard_wrapped_text_joins_lines_of_a_block),
		cmocka_unit_test(test_hard_wrapped_text_ending_in_a_blank_line),
		cmocka_unit_test(test_crlf_does_not_leak_into_sentences),
		cmocka_unit_test(test_headline_flag_on_unpunctuated_line),
		cmocka_unit_test(test_sentence_spans_are_inside_their_paragraph),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
