/* Claims: reporting cues, sources, content. */
#include "testutil.h"

#include "parallax/claim.h"

/* Claims as "sentence:speaker:cue" joined by " / " (speaker is the actor
 * name, or [source] for a generic source); free it. */
static char *
claim_list(const struct corpus *c)
{
	size_t cap = 256, used = 0;
	char *out = malloc(cap);
	uint32_t i;

	out[0] = '\0';
	for (i = 0; i < c->n_claims; i++) {
		const struct claim *cl = &c->claims[i];
		const char *who = cl->speaker != PX_NONE ? c->actors[cl->speaker].name :
		                  cl->source ? cl->source : "?";
		size_t need = strlen(who) + strlen(cl->cue) + 32;

		if (used + need >= cap)
			out = realloc(out, cap = (used + need) * 2);
		used += (size_t)sprintf(out + used, "%s%u:%s%s%s:%s", i ? " / " : "",
		                        cl->sentence, cl->speaker == PX_NONE ? "[" : "", who,
		                        cl->speaker == PX_NONE ? "]" : "", cl->cue);
	}
	return out;
}

#define assert_claims(want, ...) do { \
	struct corpus c_; \
	char *got_; \
	tu_corpus(&c_, __VA_ARGS__, NULL); \
	got_ = claim_list(&c_); \
	if (strcmp(got_, want) != 0) \
		fail_msg("claims: want \"%s\"\n            got  \"%s\"", want, got_); \
	free(got_); \
	corpus_free(&c_); \
} while (0)

static void
test_trailing_it_is_the_organisation_that_spoke_before(void **state)
{
	(void)state;
	assert_claims("0:Northwind Bank:say / 1:Northwind Bank:add", "a.txt",
	              "Profits fell by a third, Northwind Bank said on Monday. "
	              "Harbor Freight chief executive Jan Smith will join the board, it added.");
	/* a company in a person's title is no antecedent of "it" */
	assert_claims("", "a.txt",
	              "The vote was close, and Eva Holm, an economist, left early.\n\n"
	              "Harbor Bank chief economist Eva Holm will join the board, it added.");
}

static void
test_said_gives_claim_with_lemma_cue_and_content(void **state)
{
	struct corpus c;
	const struct claim *cl;
	char *s;

	(void)state;
	tu_corpus(&c, "a.txt", "Finance Minister Jan Smith said that the budget would pass.", NULL);
	assert_int_equal(c.n_claims, 1);
	cl = &c.claims[0];
	assert_string_equal(c.actors[cl->speaker].name, "Jan Smith");
	assert_string_equal(cl->cue, "say");
	s = tu_span(&c.articles[0], cl->cue_start, cl->cue_end);
	assert_str(s, "said");
	free(s);
	s = tu_span(&c.articles[0], cl->start, cl->end);
	assert_str(s, "the budget would pass.");
	free(s);
	assert_null(cl->source);
	corpus_free(&c);
}

static void
test_trailing_attribution_to_media(void **state)
{
	struct corpus c;
	char *s;

	(void)state;
	tu_corpus(&c, "a.txt", "Two people died in the strike, the Associated Press reported.",
	          NULL);
	assert_int_equal(c.n_claims, 1);
	assert_string_equal(c.actors[c.claims[0].speaker].name, "Associated Press");
	assert_string_equal(c.claims[0].cue, "report");
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, "Two people died in the strike");
	free(s);
	corpus_free(&c);
}

static void
test_trailing_attribution_with_a_listener(void **state)
{
	struct corpus c;
	char *s;

	(void)state;
	tu_corpus(&c, "a.txt", "Three bridges were closed, Mayor Jan Smith told local radio. "
	          "Rain will continue, a U.S. official told reporters after the meeting. "
	          "Finance Minister Jan Smith told Prime Minister Eva Holm there would be "
	          "no delay.", NULL);
	assert_int_equal(c.n_claims, 3);
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, "Three bridges were closed");
	free(s);
	s = tu_span(&c.articles[0], c.claims[1].start, c.claims[1].end);
	assert_str(s, "Rain will continue");
	free(s);
	/* not a listener alone: the content follows it */
	s = tu_span(&c.articles[0], c.claims[2].start, c.claims[2].end);
	assert_str(s, "there would be no delay.");
	free(s);
	corpus_free(&c);
}

/* The content of the only claim of text. */
static void
assert_content(const char *text, const char *want)
{
	struct corpus c;
	char *s;

	tu_corpus(&c, "a.txt", text, NULL);
	assert_int_equal(c.n_claims, 1);
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, want);
	free(s);
	corpus_free(&c);
}

static void
test_content_after_participle_listener_and_of(void **state)
{
	(void)state;
	assert_content("Finance Minister Jan Smith kept to his view, adding, “Well, it is.”",
	               "Well, it is.”");
	assert_content("Finance Minister Jan Smith told Prime Minister Eva Holm: “We are ready.”",
	               "We are ready.”");
	assert_content("The weather service warned of strong winds on the coast.",
	               "strong winds on the coast.");
}

static void
test_content_of_a_leading_cue_ends_before_a_trailing_one(void **state)
{
	struct corpus c;
	char *s;

	(void)state;
	tu_corpus(&c, "a.txt", "Finance Minister Jan Smith told Prime Minister Eva Holm that "
	          "talks would resume, a senior official said.", NULL);
	assert_int_equal(c.n_claims, 2);
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, "talks would resume");
	free(s);
	corpus_free(&c);
}

static void
test_according_to(void **state)
{
	(void)state;
	assert_claims("0:Kremlin:according to", "a.txt",
	              "According to the Kremlin, the truce will last 30 days.");
	assert_claims("0:[a statement from the district mayor's office]:according to / "
	              "1:[the port authority]:according to", "a.txt",
	              "According to a statement from the district mayor's office, the vote "
	              "is in May. According to the port authority, ships are waiting.");
	/* no source: a plan is not a body */
	assert_claims("", "a.txt", "Everything went according to plan on Sunday.");
}

static void
test_generic_source_has_no_speaker(void **state)
{
	(void)state;
	assert_claims("0:[Some analysts]:warn / 1:[Observers]:note", "a.txt",
	              "Some analysts warned that inflation would rise. "
	              "Observers noted that the vote was close.");
}

static void
test_plural_noun_subject_is_a_generic_source(void **state)
{
	(void)state;
	assert_claims("0:[volcanologists]:report / 1:[Two local farmers]:say", "a.txt",
	              "On Monday, volcanologists reported that ash had reached the coast. "
	              "Two local farmers said the crops were lost.");
}

/* "the union said": a singular common noun after "the" is an unnamed
 * source of a plain verb of saying, but not the subject of verbs that
 * also take things ("a storm claimed lives") nor of a participle. */
/* "X's spokesman, Jan Smith, said later that …": the that-clause is the
 * content, not the words before the apposition. */
static void
test_content_after_said_later_that(void **state)
{
	struct corpus c;
	char *s;

	(void)state;
	tu_corpus(&c, "a.txt", "Holm's spokesman, Ivo Dane, said later that a deal was close.", NULL);
	assert_int_equal(c.n_claims, 1);
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, "a deal was close.");
	free(s);
	corpus_free(&c);
}

/* A phrasal verb is no saying, a generic subject inside a quote is the
 * speaker's words, "speculated that" reports. */
static void
test_blasted_out_quoted_subjects_and_speculation(void **state)
{
	(void)state;
	assert_claims("", "a.txt", "Protesters outside the Town Hall blasted out an old song.");
	assert_claims("0:Ivo Dane:say", "a.txt",
	              "“These uncertain times call for a plan,” Finance Minister Ivo Dane said.");
	assert_claims("0:Ivo Dane:speculate", "a.txt",
	              "Finance Minister Ivo Dane speculated that rates would fall.");
	/* what a statement did is no report of what it says */
	assert_claims("", "a.txt", "Finance Minister Ivo Dane's announcement caught the "
	              "markets by surprise.");
}

static void
test_singular_noun_subject_is_a_generic_source(void **state)
{
	(void)state;
	assert_claims("0:[the union]:say / 1:[The ferry operator]:say", "a.txt",
	              "Dock workers walked out on Monday, the union said. "
	              "The ferry operator said it was disappointed.");
	assert_claims("", "a.txt",
	              "A violent storm claimed nine lives in the valley. "
	              "He described the chaos saying the roads were gone.");
}

static void
test_party_members_are_a_generic_source(void **state)
{
	(void)state;
	assert_claims("0:[Democrats]:warn", "a.txt",
	              "Democrats, meanwhile, warned that another deadline looms.");
}

static void
test_unnamed_official_is_generic_or_their_body(void **state)
{
	(void)state;
	assert_claims("0:[A senior official]:say / 1:[The official]:add", "a.txt",
	              "A senior official said talks would resume. The official added that "
	              "nothing was signed.");
	assert_claims("0:White House:say", "a.txt",
	              "A White House official, speaking on condition of anonymity, said the "
	              "president would decide soon.");
}

static void
test_unnamed_official_is_not_the_person_named_before(void **state)
{
	(void)state;
	/* a person named in another paragraph or in the same sentence */
	assert_claims("1:[The official]:say", "a.txt",
	              "Prime Minister Eva Holm met Finance Minister Jan Smith on Monday.\n\n"
	              "The official also said talks would resume.");
	assert_claims("0:[the senior administration official]:tell", "a.txt",
	              "Finance Minister Jan Smith met Prime Minister Eva Holm for an hour, "
	              "the senior administration official told reporters.");
	/* an official introduced before: the body named then */
	assert_claims("0:White House:say / 2:White House:say", "a.txt",
	              "A senior White House official said the talks went well.\n\n"
	              "The deal covers trade, once it is signed by Finance Minister Jan Smith.\n\n"
	              "The official also said a second round would follow.");
}

static void
test_spokesman_speaks_for_the_one_named(void **state)
{
	(void)state;
	assert_claims("0:Viktor Orban:say / 1:Viktor Orban:say", "a.txt",
	              "Hungarian Prime Minister Viktor Orban said he would veto the package. "
	              "Orban's spokesman said the decision was final.");
}

static void
test_the_company_is_the_organisation_named_before(void **state)
{
	(void)state;
	assert_claims("0:Gazprom:say / 1:Gazprom:say", "a.txt",
	              "Gazprom said gas flows were normal. The company said demand had risen.");
	/* a kind of company is one too; other nouns stay unnamed sources */
	assert_claims("0:Orrin Inc:say / 1:Orrin Inc:say / 2:[The ferry operator]:say", "a.txt",
	              "Orrin Inc said it would cut jobs. The tech giant said sales fell. "
	              "The ferry operator said it was sorry.");
}

static void
test_negated_cue_is_no_claim(void **state)
{
	(void)state;
	assert_claims("", "a.txt", "The European Commission did not say when talks would resume.");
	/* refusing to speak says nothing */
	assert_claims("", "a.txt", "A spokeswoman for the Harbour Commission declined to comment.");
	assert_claims("", "a.txt", "Finance Minister Jan Smith refused to say when talks would resume.");
}

static void
test_nouns_are_not_cues(void **state)
{
	(void)state;
	assert_claims("", "a.txt", "The report was long. His claims were false. "
	              "The demands for a truce grew.");
}

static void
test_passive_cue_is_no_claim_of_its_subject(void **state)
{
	(void)state;
	assert_claims("", "a.txt",
	              "At least 40 people have been confirmed dead after the storm. "
	              "Some victims were also reported in the northern towns. "
	              "Finance Minister Jan Smith is said to be tired.");
	/* the agent of a passive speaks */
	assert_claims("0:Associated Press:report", "a.txt",
	              "Two deaths were reported by the Associated Press.");
}

static void
test_declare_reports_only_with_content(void **state)
{
	(void)state;
	assert_claims("", "a.txt",
	              "Finance Minister Jan Smith has declared a state of emergency.");
	assert_claims("0:Jan Smith:declare", "a.txt",
	              "Finance Minister Jan Smith declared that the crisis was over.");
	assert_claims("0:Jan Smith:declare", "a.txt",
	              "The crisis is over, Finance Minister Jan Smith declared.");
}

static void
test_pronoun_is_the_previous_speaker(void **state)
{
	(void)state;
	assert_claims("0:Jan Smith:say / 1:Jan Smith:add", "a.txt",
	              "Finance Minister Jan Smith said the budget would pass. "
	              "He added that taxes would not rise.");
}

static void
test_coordinated_subjects_each_claim(void **state)
{
	(void)state;
	assert_claims("1:Jan Smith:characterize / 1:Eva Holm:characterize", "a.txt",
	              "Finance Minister Jan Smith met Prime Minister Eva Holm. "
	              "Both Smith and Holm characterized the meeting as positive.");
}

static void
test_both_leaders_are_the_two_people_named(void **state)
{
	(void)state;
	assert_claims("0:Jan Smith:say / 0:Eva Holm:say", "a.txt",
	              "Finance Minister Jan Smith called Prime Minister Eva Holm in a call "
	              "that both leaders said went well.");
}

static void
test_description_is_the_person_of_that_country(void **state)
{
	(void)state;
	assert_claims("1:Vladimir Putin:insist", "a.txt",
	              "Russian President Vladimir Putin met US President Donald Trump. "
	              "The Russian leader insisted that sanctions be lifted.");
}

static void
test_demonym_officials_are_their_country(void **state)
{
	(void)state;
	assert_claims("0:Russia:say", "a.txt", "Russian officials said the talks failed.");
}

static void
test_apposition_between_subject_and_verb(void **state)
{
	(void)state;
	assert_claims("0:Maria Lopez:say", "a.txt",
	              "Maria Lopez, a senior economist at the bank, said rates would rise.");
	assert_claims("0:Jan Smith:caution", "a.txt",
	              "Finance Minister Jan Smith, who met bankers on Monday, cautioned that "
	              "rates would rise.");
}

static void
test_participle_takes_the_subject_before(void **state)
{
	(void)state;
	assert_claims("0:Jan Smith:echo", "a.txt",
	              "Finance Minister Jan Smith echoed concerns, stating that rates would rise.");
}

/* ", urging it to hold": the one after a participle is its object,
 * never its source. */
static void
test_participle_object_is_no_source(void **state)
{
	(void)state;
	assert_claims("1:Jan Smith:criticise", "a.txt",
	              "The Northwind Bank raised rates. The hike came after Senator Jan Smith "
	              "criticised the Northwind Bank on television, urging it to wait.");
	assert_claims("", "a.txt",
	              "The Northwind Bank raised rates. The hike came after a storm hit the "
	              "Northwind Bank offices, urging it to wait.");
}

/* "While officials said risks were balanced, they ...": the source after
 * a conjunction opening the sentence, the content up to the clause's
 * comma; "As X said, ..." reports the main clause. */
static void
test_conjunction_opening_the_sentence(void **state)
{
	struct corpus c;
	char *s;

	(void)state;
	tu_corpus(&c, "a.txt", "While officials said risks were balanced, they flagged threats.",
	          NULL);
	assert_int_equal(c.n_claims, 1);
	assert_string_equal(c.claims[0].source, "officials");
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, "risks were balanced");
	free(s);
	corpus_free(&c);
	tu_corpus(&c, "a.txt", "As the company said on Monday, sales fell sharply.", NULL);
	assert_int_equal(c.n_claims, 1);
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, "sales fell sharply.");
	free(s);
	corpus_free(&c);
	assert_claims("0:[the union]:say", "a.txt",
	              "Because the union said talks had failed, workers walked out.");
}

/* "posted bail" is an act, "posted on X" a report; a court filing
 * speaks; a clause with its own auxiliary or a quote's own nouns are no
 * source. */
static void
test_posts_filings_and_quoted_nouns(void **state)
{
	(void)state;
	assert_claims("", "a.txt", "Finance Minister Jan Smith posted bail on Monday.");
	assert_claims("0:Jan Smith:post", "a.txt",
	              "“We won,” Finance Minister Jan Smith posted on X.");
	assert_claims("0:[a court filing]:say", "a.txt",
	              "“The plan is unlawful,” says a court filing.");
	assert_claims("", "a.txt",
	              "It is “clear that the firm was responsible for all the losses "
	              "reported in the audit,” he wrote.");
}

/* "added to their lead" is no saying; "X said in a press conference,
 * “...”" reports the quote. */
static void
test_add_to_and_quote_after_a_phrase(void **state)
{
	struct corpus c;
	char *s;

	(void)state;
	assert_claims("", "a.txt", "Finance Minister Jan Smith added to the pressure on Monday.");
	assert_claims("0:Jan Smith:insist", "a.txt",
	              "Finance Minister Jan Smith insisted the numbers added up.");
	tu_corpus(&c, "a.txt", "Sharing his thoughts, Finance Minister Jan Smith said in a press "
	          "conference, “We are very happy.”", NULL);
	assert_int_equal(c.n_claims, 1);
	s = tu_span(&c.articles[0], c.claims[0].start, c.claims[0].end);
	assert_str(s, "We are very happy.”");
	free(s);
	corpus_free(&c);
}

/* An apposition opening with a role ("chairman of ...") stands between
 * a speaker and the verb; "a source close to ..." is an unnamed source. */
static void
test_role_apposition_and_a_source_close_to(void **state)
{
	(void)state;
	assert_claims("0:Tom Reed:say", "a.txt",
	              "Sir Tom Reed, chairman of the Harbour Federation, said officers were angry.");
	assert_claims("0:[A source close to the minister]:say", "a.txt",
	              "A source close to the minister said the resignation was inevitable.");
}

/* "They" after a statement of several people is those people; alone,
 * after a plain verb of saying, an unnamed source; "after they
 * conceded the goal" is no claim. */
static void
test_they_said(void **state)
{
	(void)state;
	assert_claims("0:Nils Lum:say / 0:Toby Ray:say / 1:Nils Lum:say / 1:Toby Ray:say", "a.txt",
	              "Her sons Nils Lum and Toby Ray said she died on Friday. "
	              "They said in a statement that she was with friends at the end.");
	assert_claims("0:[They]:say", "a.txt", "They said the plan failed.");
	assert_claims("", "a.txt", "The side came back after they conceded the goal.");
}

/* Capitalised titles alone are unnamed sources, also after an adverb or
 * a phrase of time opening the sentence. */
static void
test_titles_and_openers_before_the_source(void **state)
{
	(void)state;
	assert_claims("0:[the King and Queen]:say", "a.txt",
	              "In a message published after her death was announced the King and Queen "
	              "said: “We join all those remembering her.”");
	assert_claims("0:[The President]:say", "a.txt", "The President said the plan failed.");
	assert_claims("0:[the minister]:say", "a.txt",
	              "On Monday the minister said the bridge opened.");
	assert_claims("0:[the mayor]:say", "a.txt", "Later the mayor said the storm passed.");
	/* an abbreviated title names the one described */
	assert_claims("0:Ana Lim:warn / 1:Ana Lim:say", "a.txt",
	              "Gov. Ana Lim warned that roads were shut.\n\n"
	              "Power was out across the state, the governor said.");
}

/* A role before a name in an apposition, and a long role apposition
 * ("head of ... for ..."), stand between the speaker and the verb. */
static void
test_long_and_role_led_appositions(void **state)
{
	(void)state;
	assert_claims("0:Tomas Kral:say", "a.txt",
	              "Her neighbour, retired teacher Tomas Kral, said he had bought a generator.");
	assert_claims("0:Pavel Lind:say", "a.txt",
	              "Pavel Lind, head of mission operations for the Northern Space Agency, said "
	              "the landing was on target.");
}

/* A person's office speaks for the person, as a spokesman does. */
static void
test_a_persons_office_speaks_for_the_person(void **state)
{
	(void)state;
	assert_claims("0:Jonas Aalto:say", "a.txt",
	              "Prime Minister Jonas Aalto's office said the visit had been postponed.");
}

/* A participle needs its subject right before it: "scientists received a
 * signal minutes ago confirming ..." names no source for "confirming". */
static void
test_participle_without_subject(void **state)
{
	(void)state;
	assert_claims("", "a.txt",
	              "Happy scientists received a signal from the probe a few minutes ago "
	              "confirming it had touched down.");
}

/* "brand" reports only in its past form, and "our branded paint" is an
 * adjective: "the company's Harlow brand" names no speaker. */
static void
test_branded_reports_only_in_its_past_form(void **state)
{
	(void)state;
	assert_claims("", "a.txt",
	              "It extends the company’s Harlow brand and our branded paint offerings.");
	assert_claims("0:[The ministry]:brand", "a.txt", "The ministry branded the report a lie.");
}

/* A verb joined to the word before it by a hyphen is half of an
 * adjective: "Tarn-branded paint", "the Tarn-claimed islands". */
static void
test_hyphenated_cue_is_an_adjective(void **state)
{
	(void)state;
	assert_claims("0:Tarn Works Inc:say", "a.txt",
	              "Tarn Works Inc said sales rose. The stores sell Tarn-branded paint.");
	assert_claims("", "a.txt", "The Tarn Party holds the Tarn-claimed islands.");
}

/* "the Dunmore, Kent-based company said": the comma of a seat does not
 * end the subject, and "the company" is not the one whose name is half
 * of an adjective ("Orrin-owned stores"). */
static void
test_company_with_its_seat(void **state)
{
	(void)state;
	assert_claims("1:Tarn Works Inc:say", "a.txt",
	              "Orrin Nobel NV will sell its stores to Tarn Works Inc. The deal adds 600 "
	              "Orrin Nobel-owned stores, the Dunmore, Kent-based company said.");
}

/* "add" with a count is no saying: "the deal adds 600 stores". */
static void
test_add_with_a_count(void **state)
{
	(void)state;
	assert_claims("", "a.txt",
	              "The deal adds 600 stores. Tarn Works Inc added a second plant.");
	assert_claims("", "a.txt", "On a large loan, the move will add almost $100 to repayments.");
	assert_claims("0:Tarn Works Inc:add", "a.txt", "Tarn Works Inc added the plant was closed.");
}

/* "respond to", "reply to": the object is what was answered, not what
 * was said; the attribution of the quote is the claim. */
static void
test_respond_to_is_no_saying(void **state)
{
	(void)state;
	assert_claims("0:Ivo Dane:state", "a.txt",
	              "“Prices have risen and the board has responded to this,” stated "
	              "Governor Ivo Dane.");
	assert_claims("", "a.txt", "Tarn Works Inc replied to the letter on Monday.");
	assert_claims("0:Tarn Works Inc:respond", "a.txt",
	              "Tarn Works Inc responded that the letter was false.");
}

/* "reports quoting officials said": one claim, by the verb of the
 * sentence, whose subject holds the participle. */
static void
test_participle_in_the_subject(void **state)
{
	(void)state;
	assert_claims("0:[Local media reports quoting officials]:say", "a.txt",
	              "Local media reports quoting officials said over 80 people were hurt.");
	assert_claims("0:[two engineers]:say", "a.txt",
	              "A statement citing two engineers said the bridge was unsafe.");
	assert_claims("0:Tarn Works Inc:say", "a.txt",
	              "Tarn Works Inc said the plant was closed, citing weak demand.");
}

/* Verbs of saying used as acts or nouns: "concluding a year of talks",
 * "adding certainty to the market", "during previous protests". */
static void
test_acts_and_modified_nouns_are_no_saying(void **state)
{
	(void)state;
	assert_claims("", "a.txt", "Ostland signed the pact, concluding a year of talks.");
	assert_claims("0:Ostland:conclude", "a.txt", "Ostland concluded that the pact was fair.");
	assert_claims("", "a.txt", "Ostland and Varnia sign a pact, adding certainty to the market.");
	assert_claims("0:Ostland:add", "a.txt", "Ostland added he had spoken to Varnia.");
	assert_claims("", "a.txt", "Police held 40 people during Friday's anti-government protest.");
	assert_claims("", "a.txt", "The marchers were angry after previous protests in the city.");
	assert_claims("0:Ostland:protest", "a.txt", "Ostland protested that the fine was unfair.");
	assert_claims("", "a.txt", "Ostland referred the case to a court.");
	assert_claims("0:Ostland:refer", "a.txt", "Ostland referred to the fine as unfair.");
}

/* A clause about the quotation may stand between it and the inverted
 * verb: "“...,” which the board rejected, said X". */
static void
test_inverted_verb_after_a_clause_on_the_quote(void **state)
{
	(void)state;
	assert_claims("0:Tom Brenner:say", "a.txt",
	              "The unit \"lacks critical mass and would require funds,\" which the "
	              "group was not prepared to invest, said chief executive Tom Brenner.");
}

/* A US lawmaker's party and state stand between the name and the verb
 * and name no one. */
static void
test_party_and_state_after_a_name(void **state)
{
	(void)state;
	assert_claims("0:Bill Harlan:say", "a.txt",
	              "Sen. Bill Harlan, R-Okla., said the bill spent too much.");
	assert_claims("0:Joan Pryce:call", "a.txt",
	              "Rep. Joan Pryce (D-Ohio) called the vote “a betrayal.”");
}

/* "quoted X as saying": X speaks, not the medium; a phrase of where or
 * when it was said stands between the source and the verb. */
static void
test_quoted_as_saying_and_where_it_was_said(void **state)
{
	(void)state;
	assert_claims("0:Igor Lenz:say", "a.txt",
	              "Deputy Foreign Minister Igor Lenz was quoted by Interfax as saying that "
	              "no date had been set.");
	assert_claims("1:Igor Lenz:say", "a.txt",
	              "Deputy Foreign Minister Igor Lenz arrived. The Nordic news agency quoted "
	              "Lenz as saying the proposal was unacceptable.");
	assert_claims("0:[The ministry]:say", "a.txt",
	              "The ministry, in a post on Telegram, said it would respond soon.");
	assert_claims("0:Harbour Bank:say", "a.txt",
	              "Harbour Bank, on Monday, said profits fell.");
}

/* "a spokesperson for X said" is X's; "their union said" an unnamed
 * source. */
static void
test_spokesperson_for_and_their_union(void **state)
{
	(void)state;
	assert_claims("0:Nordair:say", "a.txt",
	              "A spokesperson for Nordair said the airline would run a reduced schedule.");
	assert_claims("0:Brask Lines:say", "a.txt",
	              "A spokesman for Brask Lines said ferries would sail.");
	assert_claims("0:[their union]:say", "a.txt",
	              "Pilots will strike on Friday, their union said on Tuesday.");
	assert_claims("0:[a person]:according to", "a.txt",
	              "The deal could be announced next week, according to a person briefed "
	              "on the plans.");
}

static void
test_statement_with_owner_is_a_claim(void **state)
{
	(void)state;
	assert_claims("0:Kremlin:statement", "a.txt",
	              "The Kremlin’s statement talks about energy infrastructure.");
}

static void
test_cue_inside_quote_is_also_the_speakers_claim(void **state)
{
	(void)state;
	assert_claims("0:Jan Smith:say / 1:Russia:tell / 1:Jan Smith:tell", "a.txt",
	              "“We are ready,” Finance Minister Jan Smith said. "
	              "“The Russians tell me they are ready too.”");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_said_gives_claim_with_lemma_cue_and_content),
		cmocka_unit_test(test_trailing_it_is_the_organisation_that_spoke_before),
		cmocka_unit_test(test_trailing_attribution_to_media),
		cmocka_unit_test(test_trailing_attribution_with_a_listener),
		cmocka_unit_test(test_content_after_participle_listener_and_of),
		cmocka_unit_test(test_content_of_a_leading_cue_ends_before_a_trailing_one),
		cmocka_unit_test(test_according_to),
		cmocka_unit_test(test_generic_source_has_no_speaker),
		cmocka_unit_test(test_plural_noun_subject_is_a_generic_source),
		cmocka_unit_test(test_content_after_said_later_that),
		cmocka_unit_test(test_blasted_out_quoted_subjects_and_speculation),
		cmocka_unit_test(test_singular_noun_subject_is_a_generic_source),
		cmocka_unit_test(test_party_members_are_a_generic_source),
		cmocka_unit_test(test_unnamed_official_is_generic_or_their_body),
		cmocka_unit_test(test_unnamed_official_is_not_the_person_named_before),
		cmocka_unit_test(test_spokesman_speaks_for_the_one_named),
		cmocka_unit_test(test_the_company_is_the_organisation_named_before),
		cmocka_unit_test(test_negated_cue_is_no_claim),
		cmocka_unit_test(test_nouns_are_not_cues),
		cmocka_unit_test(test_passive_cue_is_no_claim_of_its_subject),
		cmocka_unit_test(test_declare_reports_only_with_content),
		cmocka_unit_test(test_pronoun_is_the_previous_speaker),
		cmocka_unit_test(test_coordinated_subjects_each_claim),
		cmocka_unit_test(test_both_leaders_are_the_two_people_named),
		cmocka_unit_test(test_description_is_the_person_of_that_country),
		cmocka_unit_test(test_demonym_officials_are_their_country),
		cmocka_unit_test(test_apposition_between_subject_and_verb),
		cmocka_unit_test(test_participle_takes_the_subject_before),
		cmocka_unit_test(test_participle_object_is_no_source),
		cmocka_unit_test(test_conjunction_opening_the_sentence),
		cmocka_unit_test(test_posts_filings_and_quoted_nouns),
		cmocka_unit_test(test_add_to_and_quote_after_a_phrase),
		cmocka_unit_test(test_role_apposition_and_a_source_close_to),
		cmocka_unit_test(test_party_and_state_after_a_name),
		cmocka_unit_test(test_quoted_as_saying_and_where_it_was_said),
		cmocka_unit_test(test_spokesperson_for_and_their_union),
		cmocka_unit_test(test_statement_with_owner_is_a_claim),
		cmocka_unit_test(test_cue_inside_quote_is_also_the_speakers_claim),
		cmocka_unit_test(test_they_said),
		cmocka_unit_test(test_titles_and_openers_before_the_source),
		cmocka_unit_test(test_long_and_role_led_appositions),
		cmocka_unit_test(test_participle_without_subject),
		cmocka_unit_test(test_branded_reports_only_in_its_past_form),
		cmocka_unit_test(test_hyphenated_cue_is_an_adjective),
		cmocka_unit_test(test_inverted_verb_after_a_clause_on_the_quote),
		cmocka_unit_test(test_company_with_its_seat),
		cmocka_unit_test(test_add_with_a_count),
		cmocka_unit_test(test_respond_to_is_no_saying),
		cmocka_unit_test(test_participle_in_the_subject),
		cmocka_unit_test(test_acts_and_modified_nouns_are_no_saying),
		cmocka_unit_test(test_a_persons_office_speaks_for_the_person),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
