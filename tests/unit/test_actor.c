/* Actors: names, kinds, merging, mentions. */
#include "testutil.h"

#include "parallax/actor.h"
#include "parallax/gazetteer.h"
#include "parallax/names.h"
#include "parallax/vocab.h"

/* "Name/kind" of every actor, sorted by id, joined by "; " (free it). */
static char *
actor_list(const struct corpus *c)
{
	size_t cap = 64, used = 0;
	char *out = malloc(cap);
	uint32_t i;

	out[0] = '\0';
	for (i = 0; i < c->n_actors; i++) {
		const struct actor *ac = &c->actors[i];
		size_t need = strlen(ac->name) + 16;

		if (used + need >= cap)
			out = realloc(out, cap = (used + need) * 2);
		used += (size_t)sprintf(out + used, "%s%s/%s", i ? "; " : "", ac->name,
		                        actor_kind_name(ac->kind));
	}
	return out;
}

static uint32_t
actor_named(const struct corpus *c, const char *name)
{
	uint32_t i;

	for (i = 0; i < c->n_actors; i++)
		if (strcmp(c->actors[i].name, name) == 0)
			return i;
	return PX_NONE;
}

/* The actor of that name; the test fails when there is none. */
static const struct actor *
actor_must(const struct corpus *c, const char *name)
{
	uint32_t id = actor_named(c, name);

	if (id == PX_NONE)
		fail_msg("no actor \"%s\"", name);
	return &c->actors[id];
}

static bool
has_alias(const struct actor *ac, const char *alias)
{
	uint32_t i;

	for (i = 0; i < ac->n_aliases; i++)
		if (strcmp(ac->aliases[i], alias) == 0)
			return true;
	return false;
}

/* Analyse texts (name, text pairs) and compare the actor list. */
#define assert_actors(want, ...) do { \
	struct corpus c_; \
	char *got_; \
	tu_corpus(&c_, __VA_ARGS__, NULL); \
	got_ = actor_list(&c_); \
	if (strcmp(got_, want) != 0) \
		fail_msg("actors: want \"%s\"\n            got  \"%s\"", want, got_); \
	free(got_); \
	corpus_free(&c_); \
} while (0)

static void
test_titled_name_gives_person_with_surname_alias(void **state)
{
	struct corpus c;
	const struct actor *ac;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "US President Donald Trump spoke on Monday.\n"
	          "Trump said the talks went well.", NULL);
	id = actor_named(&c, "Donald Trump");
	assert_int_not_equal(id, PX_NONE);
	ac = &c.actors[id];
	assert_int_equal(ac->kind, ACTOR_PERSON);
	assert_true(has_alias(ac, "Trump"));
	assert_true(has_alias(ac, "US President Donald Trump"));
	assert_int_equal(ac->n_mentions, 2);
	corpus_free(&c);
}

static void
test_sentence_initial_words_and_calendar_are_not_actors(void **state)
{
	(void)state;
	assert_actors("", "a.txt", "The ministers met in the capital.\n"
	              "Still, nothing changed. On Tuesday, talks resumed in March.\n"
	              "Despite the rain, Negotiations went on.");
}

static void
test_title_without_name_is_no_actor(void **state)
{
	(void)state;
	assert_actors("", "a.txt", "The President said the plan was sound. "
	              "The Prime Minister agreed with the Foreign Secretary.");
}

static void
test_possessive_is_outside_the_mention(void **state)
{
	struct corpus c;
	const struct actor *ac;
	uint32_t id;
	char *s;

	(void)state;
	tu_corpus(&c, "a.txt", "Finance Minister Anna Berg’s budget passed. "
	          "Berg's allies cheered.", NULL);
	id = actor_named(&c, "Anna Berg");
	assert_int_not_equal(id, PX_NONE);
	ac = &c.actors[id];
	assert_int_equal(ac->n_mentions, 2);
	s = tu_span(&c.articles[0], ac->mentions[1].start, ac->mentions[1].end);
	assert_str(s, "Berg");
	free(s);
	assert_false(has_alias(ac, "Berg's"));
	corpus_free(&c);
}

static void
test_people_sharing_a_first_name_stay_apart(void **state)
{
	(void)state;
	assert_actors("Donald Trump/person; Donald Tusk/person", "a.txt",
	              "President Donald Trump met Prime Minister Donald Tusk. "
	              "Trump said the meeting was good. Tusk said it was long.");
}

static void
test_people_sharing_a_surname_stay_apart(void **state)
{
	struct corpus c;
	uint32_t bill, hillary;

	(void)state;
	tu_corpus(&c, "a.txt", "Former President Bill Clinton spoke first.\n"
	          "Secretary of State Hillary Clinton spoke next. Clinton said the vote mattered.",
	          NULL);
	bill = actor_named(&c, "Bill Clinton");
	hillary = actor_named(&c, "Hillary Clinton");
	assert_int_not_equal(bill, PX_NONE);
	assert_int_not_equal(hillary, PX_NONE);
	assert_int_not_equal(bill, hillary);
	/* the bare surname goes to the one named last before it */
	assert_int_equal(c.actors[hillary].n_mentions, 2);
	assert_int_equal(c.actors[bill].n_mentions, 1);
	corpus_free(&c);
}

static void
test_transliterations_merge_across_articles(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "Ukrainian President Volodymyr Zelenskyy said the talks failed.",
	          "b.txt", "President Volodymyr Zelensky arrived on Monday.",
	          "c.txt", "Zelenskiy said he would travel.", NULL);
	assert_int_equal(c.n_actors, 1);
	id = actor_named(&c, "Volodymyr Zelenskyy");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].n_mentions, 3);
	assert_true(has_alias(&c.actors[id], "Zelenskiy"));
	corpus_free(&c);
}

static void
test_one_edit_merges_long_surnames_with_the_same_first_name(void **state)
{
	(void)state;
	/* the canonical name is the longest form */
	assert_actors("Kirill Dmitriyev/person", "a.txt",
	              "Kirill Dmitriev, a senior official, said the call went well.",
	              "b.txt", "Envoy Kirill Dmitriyev said the same.");
	assert_actors("Ivan Petrov/person; Oleg Petrova/person", "a.txt",
	              "Mayor Ivan Petrov and Governor Oleg Petrova met.");
}

/* A substitution or an insertion anywhere is one edit; two edits, a
 * letter added in front (another first letter) or a surname under six
 * letters keep two people apart. */
static void
test_spelling_variants_are_one_edit_of_six_letters(void **state)
{
	(void)state;
	assert_actors("Anna Kowalski/person", "a.txt",
	              "Mayor Anna Kowalski said the vote was close.",
	              "b.txt", "Mayor Anna Kowalska said the count went on.");
	assert_actors("Anna Kowalsski/person", "a.txt",
	              "Mayor Anna Kowalski said the vote was close.",
	              "b.txt", "Mayor Anna Kowalsski said the count went on.");
	assert_actors("Anna Kowalski/person; Anna Kowilsky/person", "a.txt",
	              "Mayor Anna Kowalski said the vote was close.",
	              "b.txt", "Mayor Anna Kowilsky said the count went on.");
	assert_actors("Anna Kowalski/person; Anna Bkowalski/person", "a.txt",
	              "Mayor Anna Kowalski said the vote was close.",
	              "b.txt", "Mayor Anna Bkowalski said the count went on.");
	assert_actors("Anna Lopez/person; Anna Lopes/person", "a.txt",
	              "Mayor Anna Lopez said the vote was close.",
	              "b.txt", "Mayor Anna Lopes said the count went on.");
}

static void
test_hashtag_joins_the_person(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "Prime Minister Keir Starmer spoke. Supporters posted #Starmer "
	          "all night.", NULL);
	id = actor_named(&c, "Keir Starmer");
	assert_int_not_equal(id, PX_NONE);
	assert_true(has_alias(&c.actors[id], "#Starmer"));
	corpus_free(&c);
}

static void
test_capital_as_speaker_is_its_country(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "Moscow said the talks had failed.", NULL);
	id = actor_named(&c, "Russia");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].kind, ACTOR_COUNTRY);
	assert_string_equal(c.actors[id].aliases[0], "Moscow");
	corpus_free(&c);
}

static void
test_country_seen_only_as_a_place_is_no_actor(void **state)
{
	(void)state;
	assert_actors("", "a.txt", "Delegates met in Finland on Monday. "
	              "They flew from Finland to Paris. Lunch was served in Paris.");
}

static void
test_country_mentioned_in_passing_is_no_actor(void **state)
{
	(void)state;
	assert_actors("", "a.txt", "The deal would also help Israel, analysts wrote.");
	assert_actors("Israel/country", "a.txt", "Israel rejected the deal.", "b.txt",
	              "The deal would also help Israel.");
}

static void
test_organisation_with_and_without_the_is_one_actor(void **state)
{
	(void)state;
	assert_actors("Associated Press/org", "a.txt",
	              "The strike killed two people, the Associated Press reported. "
	              "Associated Press photographers were there.");
}

static void
test_demonym_and_of_country_name_one_organisation(void **state)
{
	(void)state;
	assert_actors("Armed Forces of Ukraine/org", "a.txt",
	              "The rearmament of the Armed Forces of Ukraine worried them. "
	              "The Ukrainian Armed Forces deny it.");
}

static void
test_short_name_joins_the_only_longer_organisation(void **state)
{
	(void)state;
	assert_actors("European Commission/org", "a.txt",
	              "The European Commission said it was ready. The Commission will meet.");
}

static void
test_acronym_joins_the_organisation_of_its_initials(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "The European Union said it would respond. The EU met.", NULL);
	id = actor_named(&c, "European Union");
	assert_int_not_equal(id, PX_NONE);
	assert_true(has_alias(&c.actors[id], "EU"));
	assert_int_equal(c.n_actors, 1);
	corpus_free(&c);
}

static void
test_seat_of_government_stands_for_the_government(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "The Kremlin said the call was useful. "
	          "The Russian government demanded guarantees.", NULL);
	id = actor_named(&c, "Kremlin");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].kind, ACTOR_ORG);
	assert_true(c.actors[id].flags & ACTOR_SEAT);
	assert_true(c.actors[id].flags & ACTOR_EXECUTIVE);
	assert_true(has_alias(&c.actors[id], "Russian government"));
	assert_int_equal(actor_named(&c, "Russia"), PX_NONE);
	corpus_free(&c);
}

static void
test_demonym_with_state_body_is_the_country(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "Ukrainian authorities said 40 drones attacked.", NULL);
	id = actor_named(&c, "Ukraine");
	assert_int_not_equal(id, PX_NONE);
	assert_true(has_alias(&c.actors[id], "Ukrainian authorities"));
	corpus_free(&c);
	/* a country's own body in the possessive is the country too */
	assert_actors("Chad/country", "a.txt", "Chad's military said it had retaken the town.");
	assert_actors("Chad/country", "a.txt", "Chad's government said the border was open.");
}

static void
test_description_is_not_an_alias(void **state)
{
	struct corpus c;
	uint32_t i;

	(void)state;
	tu_corpus(&c, "a.txt", "Russian President Vladimir Putin spoke. "
	          "The Russian leader said little.", NULL);
	for (i = 0; i < c.n_actors; i++)
		assert_false(has_alias(&c.actors[i], "Russian leader"));
	corpus_free(&c);
}

static void
test_bare_name_needs_evidence(void **state)
{
	(void)state;
	assert_actors("", "a.txt", "He posted the video on Truth Social and Blue Harbor.");
	assert_actors("Anna Berg/person", "a.txt", "Treasury adviser Anna Berg disagreed.");
	assert_actors("Maria Lopez/person", "a.txt",
	              "Maria Lopez, a senior economist, disagreed.");
	assert_actors("Nordwire/org", "a.txt", "The plan is dead, Nordwire reported.");
	assert_actors("Harbour Ledger/org", "a.txt", "The plan is dead, the Harbour Ledger reported.");
	/* an acronym in capitals is no stop word */
	assert_actors("Weather Watch Organization/org", "a.txt",
	              "The Weather Watch Organization (WHO) warned of storms. Rain fell, "
	              "the WHO said.");
}

/* A month after a given name is a surname, a stop word or not; a month
 * alone is a date. */
static void
test_month_after_given_name_is_surname(void **state)
{
	(void)state;
	assert_actors("Hana May/person", "a.txt",
	              "Deputy Minister Hana May opened the bridge in May.");
	assert_actors("Ivo June/person", "a.txt", "Mayor Ivo June said the fair starts in June.");
}

/* Particles in a row belong to the name, also when they open the short
 * form: "Von der Leyen said" is "Ursula von der Leyen". */
static void
test_particles_in_a_row(void **state)
{
	struct corpus c;
	const struct actor *ac;

	(void)state;
	tu_corpus(&c, "a.txt", "Commission President Greta van der Berg said aid would follow.\n",
	          "b.txt", "Van der Berg said the union would send aid.\n", NULL);
	ac = actor_must(&c, "Greta van der Berg");
	assert_true(has_alias(ac, "Van der Berg"));
	assert_int_equal(actor_named(&c, "Van der Berg"), PX_NONE);
	corpus_free(&c);
	assert_actors("Rosa de la Cruz/person", "a.txt",
	              "Minister Rosa de la Cruz opened the port on Monday.");
}

/* A region before a title does not make a place of a person; a title of
 * a work is no name, but a short name that is also a pronoun is; an election is an event; a capitalised title in an
 * apposition is evidence. */
static void
test_titles_regions_works_and_events(void **state)
{
	(void)state;
	assert_actors("Jo Hale/person", "a.txt",
	              "Outgoing Northern Ireland Secretary Jo Hale left early.");
	assert_actors("", "a.txt", "A loudspeaker played Things Can Only Get Better all day.");
	/* a name that is also a pronoun, after a name that is no word */
	assert_actors("Qiao He/person", "a.txt",
	              "Trade Minister Qiao He signed the pact. Qiao He said it was fair.");
	assert_actors("", "a.txt", "The crowd sang Hold On as the march ended.");
	assert_actors("", "a.txt", "He called a snap General Election for July.");
	assert_actors("Ada Vance/person", "a.txt",
	              "Ada Vance, Chancellor of the Exchequer, kept her seat.");
}

/* "Governor of the Central Bank of Ostland Jan Kowal": the title heads
 * a body, an organisation when it has an organisation word, and the
 * person is named after it; after a comma the name is in apposition;
 * with no name the body stands alone. */
static void
test_title_of_a_body_before_a_name(void **state)
{
	(void)state;
	assert_actors("Central Bank of Ostland/org; Jan Kowal/person", "a.txt",
	              "Governor of the Central Bank of Ostland Jan Kowal said rates would hold.");
	assert_actors("Lena Sturm/person", "a.txt",
	              "Chairman of the Joint Chiefs of Staff Lena Sturm said the drills went well.");
	assert_actors("Ivan Petrov/person", "a.txt",
	              "Minister of Foreign Affairs Ivan Petrov said the talks would resume.");
	assert_actors("Harbour Commission/org; Rosa de la Cruz/person", "a.txt",
	              "President of the Harbour Commission Rosa de la Cruz opened the port.");
	assert_actors("Northern Reserve Bank/org; Tom Reed/person", "a.txt",
	              "“We are patient,” said Chair of the Northern Reserve Bank, Tom Reed.");
	assert_actors("Northern Reserve Bank/org", "a.txt",
	              "The Chair of the Northern Reserve Bank said inflation was falling.");
}

/* Court and crime reports: an age in apposition and an age before the
 * name are evidence of a person; a title's office is one organisation. */
static void
test_ages_and_offices(void **state)
{
	(void)state;
	assert_actors("Tom Vance/person", "a.txt",
	              "Tom Vance, 48, was flown home on Wednesday.");
	assert_actors("Ines Moro/person", "a.txt",
	              "He shot 29-year-old Ines Moro outside a restaurant.");
	assert_actors("Harbour Watchers International/org", "a.txt",
	              "Harbour Watchers International urged the authorities to respect the law.");
	assert_actors("Office for Harbour Statistics/org", "a.txt",
	              "The Office for Harbour Statistics said prices rose for Monday's sale.");
	assert_actors("Ostland Attorney's Office/org", "a.txt",
	              "The Ostland Attorney's Office filed the charges.");
	assert_actors("Rita Holm/person", "a.txt", "Trial juror Rita Holm left the court early.");
	assert_actors("Bill Harlan/person", "a.txt",
	              "Sen. Bill Harlan, R-Okla., said the bill spent too much.");
}

/* A place word that is also a surname names a person when the name
 * speaks, has an age or a relative clause; a park alone is no one. */
static void
test_place_word_surnames(void **state)
{
	(void)state;
	assert_actors("Lena Hill/person", "a.txt",
	              "“It is a trap,” said Lena Hill, who served on the council. "
	              "Hill said the talks would fail.");
	assert_actors("Mira Park/person", "a.txt", "Mira Park, 67, lost her house.");
	assert_actors("", "a.txt", "Crowds gathered in Hyde Park on Sunday.");
	/* a religion or colour that is also a given name or a surname */
	assert_actors("Christian Lindqvist/person; Jack Black/person", "a.txt",
	              "Finance Minister Christian Lindqvist said taxes would stay. "
	              "Actor Jack Black said he was happy. Christian Democrats won.");
}

/* Names joined by "and" share the evidence of either: the verb after
 * the second, a plural role before the first. */
static void
test_coordinated_names_are_people(void **state)
{
	(void)state;
	assert_actors("Ed Lum/person; Al Fox/person", "a.txt",
	              "Ed Lum and Al Fox said the house was sold.");
	assert_actors("Ed Roe/person; Al Ray/person", "a.txt",
	              "Her sons Ed Roe and Al Ray flew home on Friday.");
	assert_actors("", "a.txt", "Work and Pensions Secretary joked about the rain.");
}

/* The kind of place an office serves is part of its title; a body's
 * head word names the body ("Survey"), and its name without a company
 * suffix is that body, not a person. */
static void
test_offices_and_company_names(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "County Sheriff Bo Lind said two people died.", NULL);
	id = actor_named(&c, "Bo Lind");
	assert_int_not_equal(id, PX_NONE);
	assert_true(has_alias(&c.actors[id], "County Sheriff Bo Lind"));
	corpus_free(&c);
	assert_actors("Ostland Geological Survey/org", "a.txt",
	              "The quake hit at noon, the Ostland Geological Survey said.");
	assert_actors("Orrin Nobel NV/org", "a.txt",
	              "Orrin Nobel NV agreed to sell the unit. Orrin Nobel said the price was "
	              "fair. Orrin said it would cut debt.");
	/* letters met alone before the name that defines them */
	assert_actors("Halden Reserve Bank/org; Tom Brenner/person", "a.txt",
	              "Rates rise\n\nHRB Governor Tom Brenner said rates would rise.\n\n"
	              "The Halden Reserve Bank (HRB) raised its cash rate. The HRB said it would wait.");
	/* "&" inside a company's name */
	assert_actors("Harlow & Co/org", "a.txt", "Harlow & Co said profits rose.");
	/* titles alone are no name */
	assert_actors("Tom Brenner/person", "a.txt",
	              "The line will reopen soon, said Tom Brenner, General Manager, Ostland Rail.");
	/* the name written as one word */
	assert_actors("Orrin Nobel NV/org", "a.txt",
	              "Orrin Nobel NV agreed to sell the unit. OrrinNobel said the price was fair.");
	/* the seat of a company is no actor */
	assert_actors("", "a.txt", "The Dunmore-based company said sales rose.");
	assert_actors("", "a.txt", "The Dunmore, Kent-based company said sales rose.");
	assert_actors("Tarn Works Inc/org", "a.txt",
	              "Tarn Works Inc agreed to buy the unit. Tarn said it was pleased. "
	              "Tarn Works said the deal would close in March.");
	assert_actors("", "a.txt", "The Oscar-winning actress was 89.");
	assert_actors("Northbridge United/org", "a.txt",
	              "Northbridge United beat the visitors 2-1 on Saturday.");
	assert_actors("Westbury Hospital/org", "a.txt",
	              "She thanked the staff at the Fulham and Westbury Hospital for their care.");
}

/* Two family names: the full name, the first family name with the given
 * names and the two family names alone are one person, in any order. */
static void
test_two_family_names_are_one_person(void **state)
{
	(void)state;
	assert_actors("Ana Sofia Lopez Ribera/person", "a.txt",
	              "Lopez Ribera said the bridge fell.\n"
	              "Mayor Ana Sofia Lopez Ribera said rescuers were working.\n"
	              "Ana Sofia Lopez told reporters the city was safe.");
	/* a given name, a surname and a hyphenated Chinese given name */
	assert_actors("Tom Au Kai-Ming/person", "a.txt",
	              "Inspector Tom Au said roads were shut.\n"
	              "Au Kai-Ming, a senior officer, said 40 were held.\n"
	              "Chief Inspector Tom Au Kai-Ming said the march was over.");
}

/* A country's name with lower-case words inside is read whole; a
 * minister's domain before a word is no title. */
static void
test_long_country_names_and_domains(void **state)
{
	(void)state;
	assert_actors("Democratic Republic of the Congo/country", "a.txt",
	              "The Democratic Republic of the Congo said cases rose. Officials in "
	              "the Democratic Republic of the Congo warned of more.");
	assert_actors("", "a.txt", "Cases rose in the Mabalako Health Zone on Monday.");
	assert_actors("Ana Ruiz/person", "a.txt", "Health Minister Ana Ruiz said cases rose.");
	/* title words before a title belong to it */
	assert_actors("Lia Moreno/person", "a.txt", "Press Secretary Lia Moreno said no.");
	assert_actors("Jon Hale/person", "a.txt", "Special Counsel Jon Hale said the case would go on.");
	assert_actors("Ida Roth/person", "a.txt", "Adviser Ida Roth met the press.");
	/* a capitalised role before a full name stands as a title; an
	 * acronym before it is the person's organisation; a place word
	 * after a given name there is a surname */
	assert_actors("Ana Lind/person", "a.txt", "Singer Ana Lind said she would tour.");
	/* ", which" after a subject opening the sentence: a body */
	assert_actors("Orbitron/org", "a.txt",
	              "Orbitron, which builds the lander, said it welcomed the news.");
	assert_actors("", "a.txt", "Rain fell in Lowmarsh, which flooded again.");
	assert_actors("Adam Driver/person", "a.txt", "The actor Adam Driver said nothing.");
	assert_actors("OSTA/org; Lee Park/person", "a.txt",
	              "“This changes everything,” OSTA Administrator Lee Park said.");
}

/* Sports reports: clubs named by "FC" before or after the name, an
 * organisation word and one name; "Coach" is a title. */
static void
test_clubs_and_coaches(void **state)
{
	(void)state;
	assert_actors("FC Ostwick/org; Harbour United FC/org", "a.txt",
	              "FC Ostwick beat Harbour United FC on Monday.");
	assert_actors("Rosa Lind/person", "a.txt",
	              "The team played with the emotion Coach Rosa Lind wanted. Lind was pleased.");
}

/* A full name as the subject of a verb in the past, opening its clause,
 * is a person; storms, operations and projects are no people. */
static void
test_full_name_as_subject_of_a_past_verb(void **state)
{
	(void)state;
	assert_actors("Noa Kessler/person", "a.txt", "Noa Kessler then scored in the 74th minute.");
	assert_actors("Ivo Marek/person", "a.txt", "In the second half, Ivo Marek tacked on a goal.");
	assert_actors("", "a.txt", "The crowd cheered as Blue Harbor scores rose.");
	assert_actors("", "a.txt", "Hurricane Ilse made landfall. Operation Lantern began at dawn. "
	              "Project Skylark launched two satellites.");
}

/* An inner name of three names or more, and a hyphenated surname
 * whole, name the person. */
static void
test_inner_names_and_hyphenated_surnames(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "President Ana Maria Lula da Costa said the summit was historic. "
	          "Lula added that trade would grow. Press secretary Kira Jean-Marc said it was "
	          "a concern. Jean-Marc declined to elaborate.\n", NULL);
	assert_true(has_alias(actor_must(&c, "Ana Maria Lula da Costa"), "Lula"));
	assert_true(has_alias(actor_must(&c, "Kira Jean-Marc"), "Jean-Marc"));
	assert_int_equal(actor_named(&c, "Lula"), PX_NONE);
	assert_int_equal(actor_named(&c, "Jean-Marc"), PX_NONE);
	corpus_free(&c);
}

/* A name whose initials the texts use as a word is an organisation,
 * with the initials as its alias; a direction opens an organisation's
 * name too. */
static void
test_initials_in_use_and_directions(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "The Coastal Harbours said convoys were blocked.\n",
	          "b.txt", "The CH said convoys could not pass.\n", NULL);
	assert_true(has_alias(actor_must(&c, "Coastal Harbours"), "CH"));
	assert_int_equal(c.actors[actor_named(&c, "Coastal Harbours")].kind, ACTOR_ORG);
	corpus_free(&c);
	assert_actors("Tom Hanks/person", "a.txt", "Tom Hanks said the film was great.");
	assert_actors("North Sea Fishing Organization/org", "a.txt",
	              "The North Sea Fishing Organization said quotas would fall.");
}

/* A seat of government named only as a place is no actor; one that
 * acts is. */
static void
test_seat_only_as_a_place(void **state)
{
	(void)state;
	assert_actors("Ana Ruiz/person", "a.txt",
	              "Speaking to reporters at the Elysee, Senator Ana Ruiz said the budget "
	              "would fail.");
	assert_actors("Elysee/org", "a.txt", "The Elysee said the budget would pass.");
}

/* A full name with no evidence becomes a person when its surname
 * speaks alone later. */
static void
test_full_name_confirmed_by_its_surname(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "Prime Minister Petr Vlk met Andrej Novak on Monday. "
	          "Novak said nothing.\n", NULL);
	assert_true(has_alias(actor_must(&c, "Andrej Novak"), "Novak"));
	assert_int_equal(c.actors[actor_named(&c, "Andrej Novak")].kind, ACTOR_PERSON);
	corpus_free(&c);
	assert_actors("Petr Vlk/person", "a.txt", "Prime Minister Petr Vlk met Andrej Novak.");
}

/* A nickname in quotes stays inside the name. */
static void
test_nickname_inside_a_name(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "Harbour mob boss Jim \"Ace\" Norton was convicted. "
	          "Norton will appeal.\n", NULL);
	assert_true(has_alias(actor_must(&c, "Jim \"Ace\" Norton"), "Norton"));
	assert_int_equal(actor_named(&c, "Jim"), PX_NONE);
	corpus_free(&c);
}

/* "the Fed": a clipping of the first word of the organisation named
 * most often with that word. */
static void
test_clipped_first_word_is_the_organisation(void **state)
{
	struct corpus c;
	const struct actor *ac;

	(void)state;
	tu_corpus(&c, "a.txt", "The Federated Mining Union called a strike. The Federated "
	          "Mining Union said pay was too low. The Federated Press Council said "
	          "nothing.\n",
	          "b.txt", "Pay talks failed on Monday, the Fed said.\n", NULL);
	ac = actor_must(&c, "Federated Mining Union");
	assert_true(has_alias(ac, "Fed"));
	assert_int_equal(actor_named(&c, "Fed"), PX_NONE);
	corpus_free(&c);
	/* two organisations named as often: the clipping names neither */
	tu_corpus(&c, "a.txt", "The Federated Mining Union met the Federated Press Council.\n",
	          "b.txt", "Pay talks failed on Monday, the Fed said.\n", NULL);
	assert_false(has_alias(actor_must(&c, "Federated Mining Union"), "Fed"));
	assert_false(has_alias(actor_must(&c, "Federated Press Council"), "Fed"));
	corpus_free(&c);
}

static void
test_title_case_headline_names_only_known_actors(void **state)
{
	(void)state;
	assert_actors("Vladimir Putin/person", "a.txt",
	              "Putin Rejects Broader Truce In Late Talks\n\n"
	              "Russian President Vladimir Putin spoke for two hours.");
}

static void
test_unnamed_body_as_speaker_is_an_organisation(void **state)
{
	(void)state;
	assert_actors("Regional police/org", "a.txt",
	              "Regional police said two people were hurt.");
	assert_actors("", "a.txt", "The police said two people were hurt.");
}

static void
test_family_name_first_resolves_single_word(void **state)
{
	(void)state;
	assert_actors("Wang Yi/person", "a.txt", "Foreign Minister Wang Yi arrived. "
	              "Wang told reporters the visit went well.");
}

/* A family name first written with a title of its own ("Premier Tan",
 * "Mr Tan") still joins the one person whose first word it is. */
static void
test_family_name_first_joins_titled_short_form(void **state)
{
	(void)state;
	assert_actors("Tan Weiming/person", "a.txt", "Visiting Premier Tan Weiming landed. "
	              "Premier Tan spoke first. Mr Tan said trade mattered. "
	              "Later Tan told reporters he was pleased.");
	/* two people of that first word: the short form stays apart */
	assert_actors("Tan Weiming/person; Tan Lihua/person; Tan/person", "a.txt",
	              "Premier Tan Weiming met envoy Tan Lihua. Mr Tan said so.");
}

/* A role noun, after a descriptor or an organisation, makes the name
 * after it a person; a generational suffix stays in the name. */
static void
test_name_after_lower_case_role_is_person(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	assert_actors("Lena Marquez/person", "a.txt",
	              "“Crews are tired,” said harbour safety officer Lena Marquez, adding more.");
	assert_actors("Tomas Ruelo/person", "a.txt",
	              "“It was loud,” said local firefighter Tomas Ruelo, noting the damage.");
	assert_actors("Mira Talvik/person", "a.txt",
	              "“It is a sad day,” said council member Mira Talvik.");
	assert_actors("Oskar Lind/person", "a.txt",
	              "Stranded passenger Oskar Lind waited six hours at the gate.");
	tu_corpus(&c, "a.txt", "“We keep going,” said Bureau of Roads deputy administrator "
	          "Carlos Mendel Ortega III, adding that bridges were shut. "
	          "Ortega said more crews would come.", NULL);
	id = actor_named(&c, "Carlos Mendel Ortega III");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].kind, ACTOR_PERSON);
	assert_int_equal(c.actors[id].n_mentions, 2);
	corpus_free(&c);
}

/* "X of Y and Z" is one name, an acronym in brackets after it an alias
 * that later bare uses join; a name never ends in "of". */
static void
test_organisation_with_of_and_and_bracketed_acronym(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "The alert came from the National Institute of Tides and "
	          "Currents (Nitac) on Monday. Nitac lifted it at noon.", NULL);
	id = actor_named(&c, "National Institute of Tides and Currents");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].kind, ACTOR_ORG);
	assert_true(has_alias(&c.actors[id], "Nitac"));
	assert_int_equal(c.actors[id].n_mentions, 3);
	corpus_free(&c);
	/* initials in capitals make the run an organisation */
	assert_actors("Coastal Mapping Survey/org", "a.txt",
	              "Readings from the Coastal Mapping Survey (CMS) were revised. "
	              "CMS gave no reason.");
	/* words after "of the" belong to a title, not to a person */
	assert_actors("", "a.txt", "He met the Chairman of the Joint Wardens on Friday.");
	/* a possessive of people inside a name */
	assert_actors("People’s Salvation Front/org", "a.txt",
	              "The People’s Salvation Front said it would vote.");
}

static void
test_common_words_come_from_wordnet(void **state)
{
	(void)state;
	assert_true(vocab_common("army", 4) & VP_NOUN);
	assert_int_equal(vocab_common("geologists", 10), VP_NOUN | VP_FORM);
	assert_true(vocab_common("met", 3) & VP_FORM);
	assert_false(vocab_common("page", 4) & VP_FORM);
	assert_int_equal(vocab_common("zarvex", 6), 0);
}

/* An ordinary English word opening a sentence or a quotation is no
 * actor on its own evidence; a name before a common noun is a
 * modifier, not a person. */
static void
test_opening_common_words_and_modifiers_are_no_actors(void **state)
{
	(void)state;
	assert_actors("", "a.txt", "Seismologists reported the tremor was shallow.");
	assert_actors("", "a.txt", "Army troops, police and volunteers searched the rubble.");
	assert_actors("Ana Lim/person", "a.txt", "Governor Ana Lim said the deal held, "
	              "adding, “Well, look, it is done.” “Well, it held,” she said.");
	assert_actors("", "a.txt", "The town asked for help via its official Chatterly page.");
	/* a name that is no English word still speaks for itself */
	assert_actors("Zarvex/org", "a.txt", "Zarvex said output would fall.");
	/* a word in capitals after a role is a body, a plain word a person */
	assert_actors("KTVB/org; Marlow/person", "a.txt",
	              "The broadcaster KTVB showed the crowd. The broadcaster Marlow filmed it.");
}

static void
test_title_words_alone_are_no_organisation(void **state)
{
	(void)state;
	assert_actors("Karine Jean-Pierre/person", "a.txt",
	              "Press secretary Karine Jean-Pierre said the bill would be signed.");
	assert_actors("Senate/org; Chuck Schumer/person", "a.txt",
	              "Senate Majority Leader Chuck Schumer praised the vote.");
}

static void
test_first_word_names_the_only_organisation_with_it(void **state)
{
	(void)state;
	assert_actors("Acme Corp/org", "a.txt", "Shares in Acme Corp fell on Tuesday. "
	              "The chief executive said Acme would cut 500 jobs.");
}

/* The initials of a name with a legal form leave the form out: "AI" is
 * no mention of "Argon Inc". */
static void
test_initials_leave_out_the_legal_form(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "A day after Zarvo announced cuts, Argon Inc. said it would cut jobs.",
	          "b.txt", "Argon is cutting jobs as firms bet on artificial intelligence (AI).\n\n"
	          "The AI boom goes on.", NULL);
	id = actor_named(&c, "Argon Inc");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].n_mentions, 2);
	assert_false(has_alias(&c.actors[id], "AI"));
	corpus_free(&c);
}

/* A given name alone in the possessive before a capitalised word names a
 * shop, not the person with that first name. */
static void
test_given_name_of_a_shop_is_no_person(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "Governor Dale Orwin said the roads were shut. Boats sat in the "
	          "lot of Dale’s Crab Shack. Dale said help was coming.", NULL);
	id = actor_named(&c, "Dale Orwin");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].n_mentions, 2);
	corpus_free(&c);
}

/* A direction before ordinary words is a company when it speaks, and
 * its other mentions join it; a place named after a direction is none. */
static void
test_direction_before_common_words_is_a_company(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	assert_actors("Southern Kettle/org", "a.txt",
	              "Southern Kettle said the plant would reopen.");
	assert_actors("", "a.txt", "Upper Tarnavia said the plant would reopen.");
	tu_corpus(&c, "a.txt", "Shares of Western Lantern fell on Monday.",
	          "b.txt", "Western Lantern said its stores would reopen.", NULL);
	id = actor_named(&c, "Western Lantern");
	assert_int_not_equal(id, PX_NONE);
	assert_int_equal(c.actors[id].kind, ACTOR_ORG);
	assert_int_equal(c.actors[id].n_mentions, 2);
	corpus_free(&c);
}

/* A name before a role and a person's name is that person's
 * organisation: known elsewhere it is that actor, else no actor, never a
 * person. */
static void
test_name_before_role_and_person_is_their_organisation(void **state)
{
	struct corpus c;
	const struct actor *org;

	(void)state;
	assert_actors("Ines Carrow/person", "a.txt",
	              "She will be followed by former Norvale chief executive Ines Carrow.");
	assert_actors("Ines Carrow/person", "a.txt",
	              "Norvale spokesperson Ines Carrow said sales rose.");
	tu_corpus(&c, "a.txt", "Norvale Corp cut 300 jobs on Monday. "
	          "Norvale CEO Ines Carrow said the cuts were painful.", NULL);
	org = actor_must(&c, "Norvale Corp");
	assert_int_equal(org->kind, ACTOR_ORG);
	assert_int_equal(org->n_mentions, 2);
	assert_int_equal(actor_must(&c, "Ines Carrow")->kind, ACTOR_PERSON);
	assert_int_equal(c.n_actors, 2);
	corpus_free(&c);
}

/* A title and one ordinary adjective or noun after "of", beside an
 * organisation or in a list with one names a company, unless the word
 * is a name elsewhere. */
static void
test_title_and_common_word_beside_a_company_is_no_person(void **state)
{
	(void)state;
	assert_actors("General Textile/org; Kessling Holdings Group/org", "a.txt",
	              "Ortiz is a veteran of General Textile and Kessling Holdings Group.");
	assert_actors("Amos Hale/person", "a.txt",
	              "The unit was led by General Amos Hale until March.");
	assert_actors("Young/person", "a.txt", "The memoirs of President Young came out. "
	              "Young said he had no regrets.");
	/* in a list beside a company; the name before it is no person */
	assert_actors("General Textile/org; Kessling Corp/org", "a.txt",
	              "He thanked Zarvo, ORX, General Textile, Kessling Corp and Tamp.");
}

/* "the embattled company said": a participle describes, it names no body. */
static void
test_participle_before_unnamed_body_names_nothing(void **state)
{
	(void)state;
	assert_actors("", "a.txt", "The embattled company said profits fell.");
	assert_actors("", "a.txt", "The struggling agency said it would appeal.");
}

/* A title word ending a name after a role or before ", who" is a surname. */
static void
test_title_word_after_a_given_name_can_be_a_surname(void **state)
{
	(void)state;
	assert_actors("Mara Bishop/person", "a.txt",
	              "Chief operating officer Mara Bishop will run the unit. "
	              "Bishop said the plan was ready.");
	assert_actors("Mara Bishop/person", "a.txt",
	              "Mara Bishop, who joined in May, will run the unit.");
}

/* A full name in a title-case headline is one mention, not a first
 * name and a surname. */
static void
test_headline_full_name_is_one_mention(void **state)
{
	struct corpus c;

	(void)state;
	tu_corpus(&c, "a.txt", "Norvale Boss Ines Carrow Plans Exit\n\n"
	          "Chief executive Ines Carrow said she would leave in June.", NULL);
	assert_int_equal(actor_must(&c, "Ines Carrow")->n_mentions, 2);
	assert_false(has_alias(actor_must(&c, "Ines Carrow"), "Ines"));
	corpus_free(&c);
}

static void
test_mentions_are_sorted_and_actor_at_finds_the_longest(void **state)
{
	struct corpus c;
	uint32_t i, j, trump, us;
	const char *text = "US President Donald Trump spoke. Later Trump left.";

	(void)state;
	tu_corpus(&c, "a.txt", text, "b.txt", "Trump returned to the US on Friday.", NULL);
	for (i = 0; i < c.n_actors; i++)
		for (j = 1; j < c.actors[i].n_mentions; j++) {
			const struct mention *p = &c.actors[i].mentions[j - 1];
			const struct mention *m = &c.actors[i].mentions[j];

			assert_true(p->article < m->article ||
			            (p->article == m->article && p->start < m->start));
		}
	trump = actor_named(&c, "Donald Trump");
	us = actor_named(&c, "United States");
	assert_int_not_equal(trump, PX_NONE);
	assert_int_not_equal(us, PX_NONE);
	/* "US" lies inside "US President Donald Trump": the longer wins */
	assert_int_equal(actor_at(&c, 0, 0), trump);
	assert_int_equal(actor_at(&c, 0, (uint32_t)(strstr(text, "Later") - text)), PX_NONE);
	corpus_free(&c);
}

/* "Smith-Berg" splits into two mentions after the text is read: they
 * join Berg's mentions out of order and must be sorted in. */
static void
test_mentions_added_out_of_order_are_sorted(void **state)
{
	struct corpus c;
	const struct actor *ac;
	uint32_t id, i;
	const char *text = "Finance Minister Jan Smith met Defence Minister Anna Berg on Monday. "
	                   "The Smith-Berg talks ran late. Berg said the budget would pass.";
	const char *want[] = {"Defence Minister Anna Berg", "Berg", "Berg"};

	(void)state;
	tu_corpus(&c, "a.txt", text, NULL);
	id = actor_named(&c, "Anna Berg");
	assert_int_not_equal(id, PX_NONE);
	ac = &c.actors[id];
	assert_int_equal(ac->n_mentions, 3);
	for (i = 0; i < ac->n_mentions; i++) {
		char *s = tu_span(&c.articles[0], ac->mentions[i].start, ac->mentions[i].end);

		assert_str(s, want[i]);
		free(s);
		if (i)
			assert_true(ac->mentions[i - 1].start < ac->mentions[i].start);
	}
	assert_int_equal(ac->mentions[1].sentence, 1);
	corpus_free(&c);
}

/* A person's country is the one most of the titled mentions give; of
 * equally frequent ones, the first named. */
static void
test_person_country_is_the_most_frequent_then_the_first(void **state)
{
	struct corpus c;
	uint32_t id;

	(void)state;
	tu_corpus(&c, "a.txt", "French Minister Jan Smith said the plan would pass.",
	          "b.txt", "German Minister Jan Smith said the plan would fail.", NULL);
	id = actor_named(&c, "Jan Smith");
	assert_int_not_equal(id, PX_NONE);
	assert_str(gaz_country_name(c.actors[id].place), "France");
	corpus_free(&c);
	tu_corpus(&c, "a.txt", "French Minister Jan Smith said the plan would pass.",
	          "b.txt", "German Minister Jan Smith said the plan would fail.",
	          "c.txt", "German Minister Jan Smith said the vote was close.", NULL);
	id = actor_named(&c, "Jan Smith");
	assert_int_not_equal(id, PX_NONE);
	assert_str(gaz_country_name(c.actors[id].place), "Germany");
	corpus_free(&c);
}

static void
test_transliteration_keys_meet(void **state)
{
	char a[32], b[32], c[32];

	(void)state;
	names_key("zelenskyy", 9, a, sizeof a);
	names_key("zelensky", 8, b, sizeof b);
	names_key("zelenskiy", 9, c, sizeof c);
	assert_str(a, "zelensky");
	assert_str(b, "zelensky");
	assert_str(c, "zelensky");
	assert_true(names_surname_compatible("dmitriev", 8, "dmitriyev", 9));
	assert_false(names_surname_compatible("petrov", 6, "ivanov", 6));
	assert_false(names_first_compatible("donald", 6, "hillary", 7));
	assert_true(names_first_compatible("j", 1, "jan", 3));
}

static void
test_reporting_verb_forms_have_their_lemma(void **state)
{
	static const char *const forms[][2] = {
		{"said", "say"}, {"says", "say"}, {"told", "tell"}, {"insisted", "insist"},
		{"emphasizing", "emphasize"}, {"referred", "refer"}, {"denies", "deny"},
		{"wrote", "write"}, {"echoed", "echo"}, {"pressed", "press"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < PX_ARRAY_SIZE(forms); i++) {
		const struct cue *cue = vocab_cue(forms[i][0], strlen(forms[i][0]));

		assert_non_null(cue);
		assert_str(cue->lemma, forms[i][1]);
	}
	assert_null(vocab_cue("presses", 7)); /* only "pressed" */
	assert_null(vocab_cue("ate", 3));
	assert_true(vocab_class("officials", 9) & VC_SOURCE);
	assert_true(vocab_class("ministry", 8) & VC_ORG);
}

static void
test_gazetteer_matches_longest_entry(void **state)
{
	const char *w[] = {"saudi", "arabia", "said"}, *us[] = {"u", "s"};
	uint32_t l[] = {5, 6, 4}, lu[] = {1, 1};
	struct gaz_hit hit;

	(void)state;
	assert_int_equal(gaz_match(w, l, 3, &hit), 2);
	assert_int_equal(hit.kind, GAZ_COUNTRY);
	assert_str(gaz_country_name(hit.country), "Saudi Arabia");
	assert_int_equal(gaz_match(w, l, 1, &hit), 1);
	assert_int_equal(hit.kind, GAZ_DEMONYM);
	assert_int_equal(gaz_match(us, lu, 2, &hit), 2);
	assert_int_equal(hit.kind, GAZ_ABBREV);
	assert_str(gaz_country_name(hit.country), "United States");
	assert_str(gaz_seat_name(gaz_executive_seat(hit.country)), "White House");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_transliteration_keys_meet),
		cmocka_unit_test(test_reporting_verb_forms_have_their_lemma),
		cmocka_unit_test(test_gazetteer_matches_longest_entry),
		cmocka_unit_test(test_titled_name_gives_person_with_surname_alias),
		cmocka_unit_test(test_sentence_initial_words_and_calendar_are_not_actors),
		cmocka_unit_test(test_title_without_name_is_no_actor),
		cmocka_unit_test(test_possessive_is_outside_the_mention),
		cmocka_unit_test(test_people_sharing_a_first_name_stay_apart),
		cmocka_unit_test(test_people_sharing_a_surname_stay_apart),
		cmocka_unit_test(test_transliterations_merge_across_articles),
		cmocka_unit_test(test_one_edit_merges_long_surnames_with_the_same_first_name),
		cmocka_unit_test(test_spelling_variants_are_one_edit_of_six_letters),
		cmocka_unit_test(test_hashtag_joins_the_person),
		cmocka_unit_test(test_capital_as_speaker_is_its_country),
		cmocka_unit_test(test_country_seen_only_as_a_place_is_no_actor),
		cmocka_unit_test(test_country_mentioned_in_passing_is_no_actor),
		cmocka_unit_test(test_organisation_with_and_without_the_is_one_actor),
		cmocka_unit_test(test_demonym_and_of_country_name_one_organisation),
		cmocka_unit_test(test_short_name_joins_the_only_longer_organisation),
		cmocka_unit_test(test_acronym_joins_the_organisation_of_its_initials),
		cmocka_unit_test(test_seat_of_government_stands_for_the_government),
		cmocka_unit_test(test_demonym_with_state_body_is_the_country),
		cmocka_unit_test(test_description_is_not_an_alias),
		cmocka_unit_test(test_bare_name_needs_evidence),
		cmocka_unit_test(test_month_after_given_name_is_surname),
		cmocka_unit_test(test_particles_in_a_row),
		cmocka_unit_test(test_titles_regions_works_and_events),
		cmocka_unit_test(test_title_of_a_body_before_a_name),
		cmocka_unit_test(test_clipped_first_word_is_the_organisation),
		cmocka_unit_test(test_ages_and_offices),
		cmocka_unit_test(test_place_word_surnames),
		cmocka_unit_test(test_coordinated_names_are_people),
		cmocka_unit_test(test_offices_and_company_names),
		cmocka_unit_test(test_two_family_names_are_one_person),
		cmocka_unit_test(test_nickname_inside_a_name),
		cmocka_unit_test(test_full_name_confirmed_by_its_surname),
		cmocka_unit_test(test_seat_only_as_a_place),
		cmocka_unit_test(test_initials_in_use_and_directions),
		cmocka_unit_test(test_inner_names_and_hyphenated_surnames),
		cmocka_unit_test(test_clubs_and_coaches),
		cmocka_unit_test(test_full_name_as_subject_of_a_past_verb),
		cmocka_unit_test(test_long_country_names_and_domains),
		cmocka_unit_test(test_title_case_headline_names_only_known_actors),
		cmocka_unit_test(test_unnamed_body_as_speaker_is_an_organisation),
		cmocka_unit_test(test_family_name_first_resolves_single_word),
		cmocka_unit_test(test_family_name_first_joins_titled_short_form),
		cmocka_unit_test(test_name_after_lower_case_role_is_person),
		cmocka_unit_test(test_organisation_with_of_and_and_bracketed_acronym),
		cmocka_unit_test(test_common_words_come_from_wordnet),
		cmocka_unit_test(test_opening_common_words_and_modifiers_are_no_actors),
		cmocka_unit_test(test_title_words_alone_are_no_organisation),
		cmocka_unit_test(test_first_word_names_the_only_organisation_with_it),
		cmocka_unit_test(test_name_before_role_and_person_is_their_organisation),
		cmocka_unit_test(test_title_and_common_word_beside_a_company_is_no_person),
		cmocka_unit_test(test_participle_before_unnamed_body_names_nothing),
		cmocka_unit_test(test_title_word_after_a_given_name_can_be_a_surname),
		cmocka_unit_test(test_headline_full_name_is_one_mention),
		cmocka_unit_test(test_mentions_are_sorted_and_actor_at_finds_the_longest),
		cmocka_unit_test(test_mentions_added_out_of_order_are_sorted),
		cmocka_unit_test(test_person_country_is_the_most_frequent_then_the_first),
		cmocka_unit_test(test_direction_before_common_words_is_a_company),
		cmocka_unit_test(test_initials_leave_out_the_legal_form),
		cmocka_unit_test(test_given_name_of_a_shop_is_no_person),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
