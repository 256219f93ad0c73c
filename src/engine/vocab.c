/* vocab.c - closed word classes of English news text.
 *
 * Each list below is a general resource, written once; the tables are
 * merged and sorted on first use so that a lookup is one binary search.
 * Reporting verbs are listed by lemma and their forms (says, said,
 * saying) are generated with the regular English spelling rules plus a
 * few irregular forms. */
#include "parallax/vocab.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/corpus.h"
#include "parallax/strmap.h"
#include "parallax/util.h"

struct word_list {
	uint32_t cls;
	const char *const *words;
	size_t n;
};

#define LIST(c, a) {(c), (a), PX_ARRAY_SIZE(a)}

/* Titles and honorifics that stand before a name, in any case, with
 * the domains of ministers and secretaries ("Commerce Secretary"). */
static const char *const titles[] = {
	"acting", "adm", "admiral", "agriculture", "alderman", "amb", "ambassador", "archbishop",
	"assemblyman", "assemblywoman", "attorney", "ayatollah", "baron",
	"baroness", "bishop", "brig", "brigadier", "capt", "captain", "cardinal",
	"ceo", "chair", "chairman", "chairperson", "chairwoman", "chancellor",
	"chief", "cmdr", "col", "counsel", "colonel", "commander", "commerce", "commissioner",
	"comptroller", "congressman", "congresswoman", "coroner", "councillor", "councilman",
	"councilwoman", "count", "countess", "cpl", "crown", "dame", "defence",
	"defense", "deputy", "det", "detective", "development", "director", "dr",
	"duchess", "duke", "economy", "education", "emir", "emperor", "empress",
	"energy", "environment", "envoy", "finance",
	"first", "foreign", "former", "fr", "gen", "general", "gov", "governor",
	"grand", "health", "high", "hon", "home", "homeland", "housing", "imam",
	"immigration", "industry", "insp", "inspector", "interior", "judge",
	"justice", "king", "labor", "labour", "lady", "leader", "lord", "lt",
	"lieutenant", "magistrate", "maj", "major", "majority", "marshal", "mayor", "minister",
	"minority", "miss",
	"mme", "monsignor", "mp", "mr", "mrs", "ms", "mufti", "mx", "officer", "patriarch",
	"pope", "pm", "premier", "pres", "president", "press", "prime", "prince",
	"princess", "prof", "professor", "prosecutor", "pvt", "queen", "rabbi",
	"rep", "representative", "rev", "reverend", "sec", "secretary",
	"secretary-general", "sen", "senator", "sergeant", "sgt", "sheikh",
	"sheik", "sheriff", "sir", "speaker", "special", "spokesman", "spokesperson",
	"spokeswoman", "state", "sultan", "superintendent", "supreme", "supt",
	"trade", "transport", "transportation", "treasurer", "treasury", "vice", "whip",
};

/* Nouns naming a person by role; before a name ("envoy Steve X") they
 * mark a person, after "the" they describe one ("the analyst"). */
static const char *const roles[] = {
	"activist", "actor", "actress", "administrator", "adviser", "advisor", "agent",
	"aide", "alderman", "ally", "ambassador", "analyst", "anchor", "architect", "artist", "aunt",
	"astronomer", "athlete", "attorney", "author", "banker", "billionaire", "biologist",
	"bishop", "blogger", "boss", "boyfriend", "broadcaster", "brother", "businessman",
	"businesswoman",
	"campaigner", "candidate", "captain", "cardinal", "ceo", "chair", "chairman",
	"chairwoman", "champion", "chancellor", "chemist", "chief", "classmate", "cleric",
	"clerk", "coach", "colleague", "colonel", "columnist", "comedian", "commander",
	"commentator", "cousin",
	"commissioner", "comptroller", "congressman", "congresswoman", "consultant", "coordinator",
	"coroner", "correspondent", "councillor", "councilor", "counterpart", "critic", "daughter", "defendant",
	"delegate", "democrat", "deputy", "designer", "detective", "diplomat", "director",
	"dissident", "doctor", "donor", "driver", "economist", "editor", "emissary",
	"emperor", "employee", "engineer", "entrepreneur", "envoy", "epidemiologist",
	"executive", "expert", "farmer", "father", "fiance", "fiancee", "filmmaker",
	"firefighter", "fisherman",
	"forecaster", "founder", "friend", "general", "geologist", "girlfriend", "goalkeeper",
	"governor", "granddaughter", "grandfather", "grandmother", "grandson", "head",
	"historian", "host", "hostage", "husband", "inmate", "inspector", "investor", "journalist",
	"judge", "juror", "king", "lawmaker", "lawyer", "leader", "legislator", "lieutenant",
	"lobbyist", "magistrate", "manager", "marshal", "mate", "mayor", "mediator", "medic", "member", "meteorologist",
	"midfielder", "migrant", "minister", "monarch", "mother", "musician", "negotiator",
	"nephew", "niece", "neighbor",
	"neighbour", "nominee", "novelist", "nurse", "officer", "official", "oligarch",
	"ombudsman", "opponent", "organiser", "organizer", "owner", "paramedic", "partner", "passenger",
	"pastor", "philanthropist", "photographer", "physician", "physicist", "pilot",
	"player", "poet", "policeman", "policewoman", "politician", "pollster", "pope",
	"premier", "presenter", "president", "president-elect", "priest", "prince",
	"princess", "producer", "professor", "prosecutor", "protester", "psychologist",
	"queen", "rabbi", "ranger", "referee", "refugee", "reporter", "representative",
	"republican", "rescuer", "researcher", "resident", "rival", "ruler", "scholar",
	"scientist", "secretary", "secretary-general", "seismologist", "senator", "sergeant",
	"sheriff", "shopkeeper", "singer", "sister", "sociologist", "soldier", "son", "speaker",
	"specialist",
	"spokesman", "spokesperson", "spokeswoman", "staffer", "star", "strategist",
	"striker", "strongman", "student", "successor", "superintendent", "supervisor",
	"supporter", "surgeon", "survivor", "suspect", "teacher", "teammate", "technician",
	"tourist",
	"trader", "treasurer", "trooper", "tycoon", "uncle", "vendor", "veteran", "victim", "villager",
	"virologist", "volcanologist", "volunteer", "widow", "widower", "wife", "witness",
	"worker", "writer",
};

/* Head words of organisation names. */
static const char *const org_words[] = {
	"academy", "administration", "afc", "agence", "agencia", "agency", "agenzia",
	"airlines", "airways", "alliance", "army", "assembly", "association",
	"authority", "bank", "battalion", "board", "brigade", "bundestag",
	"bureau", "cabinet", "cartel", "center", "centre", "chamber", "church",
	"club", "co", "coalition", "college", "command", "commission",
	"committee", "company", "conference", "congress", "consulate", "corp",
	"corporation", "corps", "council", "court", "department", "directorate",
	"division", "duma", "embassy", "fc", "federation", "fleet", "force", "forces",
	"foundation", "front", "fund", "gmbh", "government", "group", "guard", "guards",
	"holdings", "hospital", "house", "inc", "industries", "institute", "international",
	"institution", "knesset", "laboratory", "league", "llc", "ltd", "majlis", "ministerio",
	"ministry", "mission", "movement", "museum", "navy", "nv", "observatory", "office",
	"organisation", "organization", "parliament", "partners", "party", "plc",
	"police", "rada", "regiment", "reserve", "school", "secretariat",
	"senate", "service", "services", "society", "squadron", "survey", "systems",
	"team", "technologies", "tribunal", "trust", "union", "united", "university",
};

/* Head words of news outlet names (also organisation words). */
static const char *const media_words[] = {
	"broadcasting", "bulletin", "channel", "chronicle", "courier", "daily",
	"dispatch", "economist", "examiner", "gazette", "herald", "independent",
	"inquirer", "journal", "ledger", "magazine", "media", "network", "news",
	"newspaper", "post", "press", "presse", "prensa", "radio", "review",
	"sentinel", "telegraph", "television", "times", "tribune", "tv", "wire",
};

static const char *const geo_words[] = {
	"airport", "avenue", "basin", "bay", "beach", "border", "bridge",
	"canal", "canyon", "cape", "city", "coast", "corridor", "county",
	"creek", "delta", "desert", "district", "falls", "forest", "glacier",
	"gulf", "harbor", "harbour", "heights", "highlands", "highway", "hill",
	"hills", "island", "islands", "isle", "isles", "krai", "lake", "mount",
	"mountain", "mountains", "oblast", "ocean", "park", "pass", "peninsula",
	"plain", "plains", "plateau", "port", "province", "range", "region",
	"river", "road", "sea", "square", "station", "strait", "straits",
	"street", "strip", "territory", "town", "valley", "village",
};

static const char *const event_words[] = {
	"accord", "accords", "act", "agreement", "award", "awards", "by-election",
	"championship", "convention", "cup", "cyclone", "day", "declaration", "doctrine",
	"election", "elections", "festival", "games", "hurricane", "olympics",
	"operation", "pact", "plan", "primary", "prize", "project", "protocol",
	"referendum", "revolution", "storm", "summit", "tornado", "treaty", "typhoon",
	"war", "week",
};

static const char *const months[] = {
	"apr", "april", "aug", "august", "dec", "december", "feb", "february",
	"jan", "january", "jul", "july", "jun", "june", "mar", "march", "may",
	"nov", "november", "oct", "october", "sep", "sept", "september",
};

static const char *const weekdays[] = {
	"friday", "monday", "saturday", "sunday", "thursday", "tuesday",
	"wednesday",
};

/* Capitalised words that are not names of actors: parties' members,
 * religions, broad adjectives, holidays. */
static const char *const common_caps[] = {
	"allah", "anglican", "arab", "arabs", "baltic", "black", "buddhist",
	"buddhists", "catholic", "catholics", "christian", "christians",
	"christmas", "communist", "communists", "conservative",
	"conservatives", "covid", "covid-19", "democrat", "democratic",
	"democrats", "easter", "eid", "english", "european", "europeans",
	"god", "halloween", "hindu", "hindus", "internet", "islam", "islamic",
	"islamist", "islamists", "jew", "jewish", "jews", "kurd", "kurdish",
	"kurds", "labour", "latino", "liberal", "liberals", "marxist",
	"muslim", "muslims", "nazi", "nazis", "nordic", "orthodox",
	"protestant", "ramadan", "republican", "republicans", "shia",
	"shiite", "shiites", "slavic", "socialist", "socialists", "soviet",
	"sunni", "sunnis", "thanksgiving", "tories", "tory", "western",
	"westerners", "white", "wi-fi", "african", "asian", "latin", "middle",
};

/* Unnamed groups that are quoted as sources but are not actors. */
static const char *const sources[] = {
	"activists", "advisers", "advisors", "aides", "analysts", "athletes",
	"authorities", "bankers", "campaigners", "citizens", "colleagues",
	"commentators", "conservatives", "consumers", "critics", "customers",
	"democrats", "demonstrators", "diplomats", "doctors", "documents",
	"economists", "employees", "estimates", "executives", "experts",
	"families", "fans", "farmers", "figures", "firefighters", "fishermen",
	"friends", "governments", "historians", "insiders", "insurgents",
	"investigators", "investors", "journalists", "lawmakers", "lawyers",
	"leaders", "legislators", "liberals", "locals", "managers", "media",
	"medics", "migrants", "militants", "miners", "monitors", "negotiators",
	"neighbors", "neighbours", "nurses", "observers", "officers",
	"officials", "opponents", "organisers", "organizers", "paramedics",
	"parents", "passengers", "people", "person", "pilots", "players", "police",
	"politicians", "polls", "prosecutors", "protesters", "rebels",
	"refugees", "relatives", "republicans", "rescuers", "reports",
	"researchers", "residents", "scientists", "senators", "settlers",
	"shareholders", "soldiers", "source", "sources", "spokesmen", "spokespeople",
	"spokeswomen", "strikers", "students", "studies", "supporters",
	"surveys", "survivors", "teachers", "traders", "troops", "unions",
	"users", "victims", "villagers", "voters", "witnesses", "workers",
};

/* Heads of unnamed bodies ("the regional prosecutor's office"). */
static const char *const institutions[] = {
	"administration", "agency", "army", "authority", "bank", "board",
	"bureau", "cabinet", "command", "commission", "committee", "company",
	"council", "court", "department", "directorate", "firm", "fund",
	"government", "guard", "institute", "military", "ministry", "navy",
	"office", "parliament", "police", "presidency", "regulator",
	"secretariat", "service", "watchdog",
};

/* Speech-act nouns: what a source said or issued. */
static const char *const speech_nouns[] = {
	"account", "address", "affidavit", "announcement", "claim", "claims", "comment",
	"comments", "communique", "complaint", "declaration", "document", "documents",
	"filing", "filings", "indictment", "interview", "lawsuit", "letter", "memo",
	"message", "note", "pledge", "post",
	"posts", "promise", "readout", "readouts", "release", "remarks",
	"report", "reports", "speech", "statement", "statements", "summary",
	"testimony", "text", "transcript", "tweet", "tweets", "vow", "words",
};

/* A state's people or bodies after a demonym ("Ukrainian authorities"). */
static const char *const groups[] = {
	"authorities", "delegation", "diplomats", "forces", "government",
	"leaders", "leadership", "military", "negotiators", "officials",
	"regime", "side", "troops",
};

/* Generational suffixes that end a name: "Ferdinand Marcos Jr.". */
static const char *const suffixes[] = {
	"ii", "iii", "iv", "jr", "sr",
};

static const char *const particles[] = {
	"al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du",
	"el", "ibn", "la", "le", "st", "ten", "ter", "van", "von", "y", "zu",
};

/* Words that open a sentence and are never part of a name. */
static const char *const function_words[] = {
	"according", "after", "again", "also", "although", "amid", "among",
	"another", "as", "asked", "at", "before", "both", "but", "by",
	"despite", "during", "each", "earlier", "either", "elsewhere", "even",
	"everyone", "every", "few", "finally", "following", "for", "from",
	"furthermore",
	"however", "if", "in", "indeed", "instead", "last", "later", "like",
	"many", "meanwhile", "moreover", "most", "much", "neither", "next",
	"nobody", "notably", "now", "on", "once", "only", "other", "others",
	"overall", "several", "someone",
	"since", "so", "some", "speaking", "still", "such", "then", "there",
	"these", "this", "those", "though", "thus", "today", "tomorrow",
	"tonight", "ultimately", "under", "unlike", "until", "when", "where",
	"whether", "while", "with", "within", "without", "writing", "yes",
	"yesterday", "yet",
	/* interjections and discourse words that open speech */
	"ah", "alas", "hey", "listen", "look", "oh", "ok", "okay", "please",
	"sure", "thanks", "well", "wow", "yeah",
};

/* May stand between a subject and its verb ("X later said"). */
static const char *const adverbs[] = {
	"again", "allegedly", "also", "already", "angrily", "apparently",
	"bluntly", "briefly", "clearly", "earlier", "even", "explicitly",
	"firmly", "first", "flatly", "formally", "frequently", "further",
	"furthermore", "immediately", "initially", "insistently", "instead",
	"just", "last", "later", "meanwhile", "never", "now", "often",
	"officially", "once", "only", "openly", "originally", "personally",
	"previously", "privately", "promptly", "publicly", "quickly",
	"quietly", "recently", "repeatedly", "reportedly", "separately",
	"similarly", "simply", "since", "sharply", "still", "strongly",
	"subsequently", "swiftly", "then", "today", "tonight", "ultimately",
	"yesterday",
};

static const char *const auxiliaries[] = {
	"am", "are", "be", "been", "being", "can", "could", "did", "do",
	"does", "had", "has", "have", "having", "is", "may", "might", "must",
	"shall", "should", "was", "were", "will", "would",
};

static const char *const negations[] = {
	"aren't", "can't", "cannot", "couldn't", "didn't", "doesn't", "don't",
	"hadn't", "hasn't", "haven't", "isn't", "neither", "never", "no",
	"nor", "not", "shouldn't", "wasn't", "weren't", "won't", "wouldn't",
};

static const char *const temporals[] = {
	"afternoon", "earlier", "evening", "late", "last", "later", "month",
	"morning", "night", "overnight", "this", "today", "tonight", "week",
	"weekend", "year", "yesterday",
};

static const char *const pronouns[] = {
	"he", "i", "it", "she", "they", "we",
};

static const char *const possessives[] = {
	"her", "his", "its", "my", "our", "their", "your",
};

static const char *const determiners[] = {
	"a", "all", "an", "another", "any", "both", "each", "either", "every",
	"her", "his", "its", "many", "most", "my", "neither", "no", "our",
	"several", "some", "that", "the", "their", "these", "this", "those",
	"your",
};

static const char *const clause_words[] = {
	"after", "although", "and", "as", "because", "before", "but", "how",
	"if", "since", "so", "that", "though", "unless", "until", "when",
	"whereas", "whether", "what", "which", "while", "who", "whom", "whose", "why",
	"where", "yet",
};

/* Plural people after "both" or "the two" ("both leaders said"). */
static const char *const people[] = {
	"leaders", "men", "presidents", "sides", "women",
};

static const char *const directions[] = {
	"central", "east", "eastern", "north", "northeast", "northeastern",
	"northern", "northwest", "northwestern", "south", "southeast",
	"southeastern", "southern", "southwest", "southwestern", "west",
	"western", "upper", "lower", "greater",
};

static const char *const prepositions[] = {
	"about", "above", "across", "after", "against", "along", "amid",
	"among", "around", "at", "before", "behind", "below", "beneath",
	"beside", "between", "beyond", "by", "despite", "down", "during",
	"except", "for", "from", "in", "inside", "into", "like", "near", "of",
	"off", "on", "onto", "outside", "over", "per", "regarding", "since",
	"through", "throughout", "to", "toward", "towards", "under", "unlike",
	"until", "upon", "via", "with", "within", "without",
};

/* After these a capital or country names a place, not an actor. */
static const char *const locatives[] = {
	"across", "around", "at", "from", "in", "inside", "near", "outside",
	"over", "throughout", "within",
};

static const char *const government_words[] = {
	"administration", "government", "presidency",
};

/* Title words that qualify another title and name no one alone: the
 * domains of ministers and secretaries ("Health Minister"), and
 * "Deputy", "Former", "Vice", "Prime", "Press" ("Health Zone" is no
 * person). */
static const char *const portfolios[] = {
	"acting", "agriculture", "commerce", "crown", "defence", "defense",
	"development", "economy", "education", "energy", "environment", "finance",
	"first", "foreign", "former", "grand", "health", "high", "home", "homeland",
	"housing", "immigration", "industry", "interior", "labor", "labour", "majority",
	"minority", "press", "prime", "special", "state", "supreme", "trade", "transport",
	"transportation", "treasury", "vice",
};

/* Continents and world regions: places, never actors. */
static const char *const regions[] = {
	"africa", "antarctica", "arctic", "asia", "atlantic", "balkans",
	"baltics", "caribbean", "caucasus", "eurasia", "europe", "levant",
	"maghreb", "mediterranean", "oceania", "pacific", "sahel",
	"scandinavia",
};

static const struct word_list lists[] = {
	LIST(VC_TITLE, titles),
	LIST(VC_PORTFOLIO, portfolios),
	LIST(VC_ROLE, roles),
	LIST(VC_ORG, org_words),
	LIST(VC_ORG | VC_MEDIA, media_words),
	LIST(VC_GEO, geo_words),
	LIST(VC_EVENT, event_words),
	LIST(VC_MONTH, months),
	LIST(VC_WEEKDAY, weekdays),
	LIST(VC_COMMON_CAP, common_caps),
	LIST(VC_SOURCE, sources),
	LIST(VC_INSTITUTION, institutions),
	LIST(VC_SPEECH, speech_nouns),
	LIST(VC_GROUP, groups),
	LIST(VC_PARTICLE, particles),
	LIST(VC_SUFFIX, suffixes),
	LIST(VC_FUNCTION, function_words),
	LIST(VC_ADVERB, adverbs),
	LIST(VC_AUX, auxiliaries),
	LIST(VC_NEGATION, negations),
	LIST(VC_TEMPORAL, temporals),
	LIST(VC_PRONOUN, pronouns),
	LIST(VC_POSSESSIVE, possessives),
	LIST(VC_DETERMINER, determiners),
	LIST(VC_CLAUSE, clause_words),
	LIST(VC_PEOPLE, people),
	LIST(VC_DIRECTION, directions),
	LIST(VC_PREPOSITION, prepositions),
	LIST(VC_LOCATIVE, locatives),
	LIST(VC_GOVERNMENT, government_words),
	LIST(VC_REGION, regions),
};

/* Reporting verbs by lemma. */
struct cue_def {
	const char *lemma;
	uint32_t flags;
	const char *irregular; /* extra forms, space separated */
};

#define N CUE_NOUN_TOO
static const struct cue_def cue_defs[] = {
	{"accuse", 0, NULL}, {"acknowledge", 0, NULL}, {"add", 0, NULL},
	{"admit", 0, NULL}, {"advise", 0, NULL}, {"affirm", 0, NULL},
	{"allege", 0, NULL}, {"allude", 0, NULL}, {"announce", 0, NULL},
	{"answer", N, NULL}, {"applaud", 0, NULL}, {"argue", 0, NULL},
	{"assert", 0, NULL}, {"assure", 0, NULL}, {"blame", N, NULL},
	{"blast", N, NULL}, {"boast", N, NULL}, {"brand", CUE_PAST | N, NULL},
	{"call", CUE_NEEDS_QUOTE | N, NULL}, {"caution", N, NULL},
	{"celebrate", 0, NULL}, {"characterise", 0, NULL},
	{"characterize", 0, NULL}, {"charge", N, NULL}, {"cite", 0, NULL},
	{"claim", N, NULL}, {"clarify", 0, NULL}, {"comment", N, NULL},
	{"complain", 0, NULL}, {"concede", 0, NULL}, {"conclude", 0, NULL},
	{"condemn", 0, NULL}, {"confirm", 0, NULL},
	{"consider", CUE_NEEDS_THAT, NULL}, {"contend", 0, NULL},
	{"convince", 0, NULL}, {"counter", N, NULL}, {"criticise", 0, NULL},
	{"criticize", 0, NULL}, {"declare", 0, NULL}, {"decry", 0, NULL},
	{"demand", N, NULL}, {"denounce", 0, NULL}, {"deny", 0, NULL},
	{"describe", 0, NULL}, {"dismiss", 0, NULL}, {"disclose", 0, NULL},
	{"dispute", N, NULL}, {"dub", 0, NULL}, {"echo", N, NULL},
	{"emphasise", 0, NULL}, {"emphasize", 0, NULL}, {"estimate", N, NULL},
	{"exclaim", 0, NULL}, {"explain", 0, NULL}, {"express", 0, NULL},
	{"forecast", N, "forecast"}, {"frame", N, NULL}, {"hail", 0, NULL},
	{"highlight", N, NULL}, {"hint", N, NULL}, {"imply", 0, NULL},
	{"indicate", 0, NULL}, {"inform", 0, NULL}, {"insist", 0, NULL}, {"joke", N, NULL},
	{"label", N, NULL}, {"lament", 0, NULL}, {"maintain", 0, NULL},
	{"mention", N, NULL}, {"mutter", 0, NULL}, {"note", N, NULL}, {"observe", 0, NULL},
	{"pledge", N, NULL}, {"post", N, NULL}, {"praise", N, NULL},
	{"predict", 0, NULL}, {"press", CUE_PAST | N, NULL},
	{"proclaim", 0, NULL}, {"promise", N, NULL}, {"propose", 0, NULL},
	{"protest", N, NULL}, {"quip", N, NULL}, {"quote", N, NULL},
	{"read", CUE_INVERTED, "read"}, {"reassure", 0, NULL},
	{"rebut", 0, NULL}, {"recall", N, NULL}, {"recommend", 0, NULL},
	{"recount", 0, NULL}, {"refer", CUE_NEEDS_TO, NULL}, {"refute", 0, NULL},
	{"reiterate", 0, NULL}, {"remark", N, NULL}, {"repeat", 0, NULL},
	{"reply", N, NULL}, {"report", N, NULL}, {"respond", 0, NULL},
	{"retort", N, NULL}, {"reveal", 0, NULL}, {"say", 0, "said says"}, {"shout", N, NULL},
	{"signal", N, NULL}, {"slam", 0, NULL}, {"specify", 0, NULL},
	{"speculate", 0, NULL},
	{"state", N, NULL}, {"stress", N, NULL}, {"suggest", 0, NULL},
	{"summarise", 0, NULL}, {"summarize", 0, NULL}, {"swear", 0, "swore sworn"},
	{"tell", 0, "told"}, {"term", N, NULL}, {"testify", 0, NULL},
	{"threaten", 0, NULL}, {"tweet", N, NULL}, {"underline", 0, NULL},
	{"urge", 0, NULL}, {"voice", N, NULL}, {"vow", N, NULL},
	{"warn", 0, NULL}, {"welcome", N, NULL}, {"whisper", N, NULL},
	{"write", 0, "wrote written"}, {"yell", N, NULL},
};
#undef N

/* Verbs whose final consonant doubles: admitted, referred. */
static const char *const doubling[] = {
	"admit", "dub", "quip", "rebut", "refer", "slam",
};

struct entry {
	const char *word;
	uint32_t cls;
};

struct form {
	char word[24];
	const struct cue *cue;
};

static struct entry *table;
static size_t n_table;
static struct form *forms;
static size_t n_forms, cap_forms;
static struct cue *cues;
static struct strmap class_map; /* word -> classes */
static struct strmap form_map;  /* verb form -> index in forms */

static int
cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->word, ((const struct entry *)b)->word);
}

static int
cmp_form(const void *a, const void *b)
{
	return strcmp(((const struct form *)a)->word, ((const struct form *)b)->word);
}

static void
build_classes(void)
{
	size_t i, j, n = 0, k = 0;

	for (i = 0; i < PX_ARRAY_SIZE(lists); i++)
		n += lists[i].n;
	table = xmalloc(n * sizeof *table);
	for (i = 0; i < PX_ARRAY_SIZE(lists); i++)
		for (j = 0; j < lists[i].n; j++)
			table[k++] = (struct entry){lists[i].words[j], lists[i].cls};
	px_sort(table, n, sizeof *table, cmp_entry);
	/* merge the classes of a word listed several times */
	for (i = 0, k = 0; i < n; i++) {
		if (k && strcmp(table[k - 1].word, table[i].word) == 0)
			table[k - 1].cls |= table[i].cls;
		else
			table[k++] = table[i];
	}
	n_table = k;
}

static void
add_form(const char *w, size_t n, const struct cue *cue)
{
	struct form *f;

	if (n >= sizeof f->word)
		return;
	if (n_forms == cap_forms) {
		cap_forms = cap_forms ? cap_forms * 2 : 512;
		forms = xrealloc(forms, cap_forms * sizeof *forms);
	}
	f = &forms[n_forms++];
	memcpy(f->word, w, n);
	f->word[n] = '\0';
	f->cue = cue;
}

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool
doubles(const char *lemma)
{
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(doubling); i++)
		if (strcmp(doubling[i], lemma) == 0)
			return true;
	return false;
}

/* Add lemma + suffix, with stem the lemma minus cut bytes. */
static void
add_suffixed(const char *lemma, size_t cut, const char *extra, const char *suffix,
             const struct cue *cue)
{
	char buf[32];
	size_t n = strlen(lemma) - cut;

	if (n + strlen(extra) + strlen(suffix) >= sizeof buf)
		return;
	memcpy(buf, lemma, n);
	buf[n] = '\0';
	strcat(buf, extra);
	strcat(buf, suffix);
	add_form(buf, strlen(buf), cue);
}

static void
add_regular_forms(const char *lemma, const struct cue *cue)
{
	size_t n = strlen(lemma);
	char last = lemma[n - 1], prev = n > 1 ? lemma[n - 2] : 0;
	char dbl[2] = {last, '\0'};

	if (!(cue->flags & CUE_PAST))
		add_form(lemma, n, cue);
	/* third person */
	if (!(cue->flags & CUE_PAST)) {
		if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
		    (last == 'h' && (prev == 'c' || prev == 's')))
			add_suffixed(lemma, 0, "", "es", cue);
		else if (last == 'y' && !is_vowel(prev))
			add_suffixed(lemma, 1, "", "ies", cue);
		else
			add_suffixed(lemma, 0, "", "s", cue);
	}
	/* past */
	if (last == 'e')
		add_suffixed(lemma, 0, "", "d", cue);
	else if (last == 'y' && !is_vowel(prev))
		add_suffixed(lemma, 1, "", "ied", cue);
	else
		add_suffixed(lemma, 0, doubles(lemma) ? dbl : "", "ed", cue);
	/* present participle */
	if (cue->flags & CUE_PAST)
		return;
	if (last == 'e' && prev != 'e')
		add_suffixed(lemma, 1, "", "ing", cue);
	else
		add_suffixed(lemma, 0, doubles(lemma) ? dbl : "", "ing", cue);
}

static void
build_cues(void)
{
	size_t i;

	cues = xmalloc(PX_ARRAY_SIZE(cue_defs) * sizeof *cues);
	for (i = 0; i < PX_ARRAY_SIZE(cue_defs); i++) {
		const struct cue_def *d = &cue_defs[i];
		const char *p;

		cues[i] = (struct cue){d->lemma, d->flags};
		if (d->flags & CUE_INVERTED) {
			add_form(d->lemma, strlen(d->lemma), &cues[i]);
			continue;
		}
		add_regular_forms(d->lemma, &cues[i]);
		for (p = d->irregular; p && *p;) {
			size_t k = strcspn(p, " ");

			add_form(p, k, &cues[i]);
			p += k;
			p += *p == ' ';
		}
	}
	px_sort(forms, n_forms, sizeof *forms, cmp_form);
}

/* The tables live for the whole program (they are reachable, never
 * freed): built once, looked up through hash maps. */
static void
vocab_init(void)
{
	size_t i;

	if (table)
		return;
	build_classes();
	build_cues();
	strmap_init(&class_map);
	strmap_init(&form_map);
	for (i = 0; i < n_table; i++)
		strmap_put(&class_map, table[i].word, strlen(table[i].word), table[i].cls);
	for (i = 0; i < n_forms; i++)
		strmap_put(&form_map, forms[i].word, strlen(forms[i].word), (uint32_t)i);
}

uint32_t
vocab_class(const char *s, size_t n)
{
	uint32_t v;

	vocab_init();
	v = strmap_get(&class_map, s, n);
	return v == PX_NONE ? 0 : v;
}

const struct cue *
vocab_cue(const char *s, size_t n)
{
	uint32_t v;

	vocab_init();
	v = strmap_get(&form_map, s, n);
	return v == PX_NONE ? NULL : forms[v].cue;
}

/* Parts of speech of exactly s[0..n) in the common-word table. */
static uint32_t
common_exact(const char *s, size_t n)
{
	uint32_t lo = 0, hi = vocab_n_common;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const char *w = vocab_common_strings + vocab_common_at[mid];
		size_t m = vocab_common_at[mid + 1] - vocab_common_at[mid] - 1;
		int d = memcmp(w, s, PX_MIN(m, n));

		if (d == 0)
			d = m < n ? -1 : m > n;
		if (d == 0)
			return vocab_common_pos[mid];
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Regular inflections: an ending, what replaces it, and the part of
 * speech the base must have (WordNet's own rules). */
static const struct {
	const char *end, *base;
	uint32_t pos;
} endings[] = {
	{"s", "", VP_NOUN | VP_VERB}, {"ses", "s", VP_NOUN}, {"xes", "x", VP_NOUN},
	{"zes", "z", VP_NOUN}, {"ches", "ch", VP_NOUN}, {"shes", "sh", VP_NOUN},
	{"men", "man", VP_NOUN}, {"ies", "y", VP_NOUN | VP_VERB}, {"es", "e", VP_VERB},
	{"es", "", VP_VERB}, {"ed", "e", VP_VERB}, {"ed", "", VP_VERB},
	{"ing", "e", VP_VERB}, {"ing", "", VP_VERB},
};

uint32_t
vocab_common(const char *s, size_t n)
{
	char base[48];
	uint32_t pos = common_exact(s, n), got;
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(endings); i++) {
		size_t le = strlen(endings[i].end), lb = strlen(endings[i].base);

		if (n <= le + 1 || n - le + lb >= sizeof base ||
		    memcmp(s + n - le, endings[i].end, le) != 0)
			continue;
		memcpy(base, s, n - le);
		memcpy(base + n - le, endings[i].base, lb);
		got = common_exact(base, n - le + lb) & endings[i].pos;
		pos |= got ? got | VP_FORM : 0;
	}
	return pos;
}
