/* gazetteer.c - countries, their demonyms and capitals, and seats of
 * government.
 *
 * The tables are general: every sovereign state, in the forms news text
 * uses. Capitals that are also common English words or given names
 * (Victoria, Male, Kingston, Georgetown) are left out, since a bare
 * "Victoria" is far more often a person than the Seychelles. Entries are
 * folded and sorted on first use. */
#include "parallax/gazetteer.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/corpus.h"
#include "parallax/lexicon.h"
#include "parallax/strmap.h"
#include "parallax/util.h"

struct country_def {
	const char *names;     /* '|' separated, canonical first */
	const char *demonyms;  /* adjectives */
	const char *peoples;   /* plural nouns */
	const char *capitals;
};

static const struct country_def countries[] = {
	{"Afghanistan", "Afghan", "Afghans", "Kabul"},
	{"Albania", "Albanian", "Albanians", "Tirana"},
	{"Algeria", "Algerian", "Algerians", "Algiers"},
	{"Andorra", "Andorran", "Andorrans", "Andorra la Vella"},
	{"Angola", "Angolan", "Angolans", "Luanda"},
	{"Antigua and Barbuda", "Antiguan", "Antiguans", ""},
	{"Argentina", "Argentine|Argentinian", "Argentines|Argentinians", "Buenos Aires"},
	{"Armenia", "Armenian", "Armenians", "Yerevan"},
	{"Australia", "Australian", "Australians", "Canberra"},
	{"Austria", "Austrian", "Austrians", "Vienna"},
	{"Azerbaijan", "Azerbaijani|Azeri", "Azerbaijanis|Azeris", "Baku"},
	{"Bahamas", "Bahamian", "Bahamians", "Nassau"},
	{"Bahrain", "Bahraini", "Bahrainis", "Manama"},
	{"Bangladesh", "Bangladeshi", "Bangladeshis", "Dhaka"},
	{"Barbados", "Barbadian", "Barbadians", "Bridgetown"},
	{"Belarus", "Belarusian", "Belarusians", "Minsk"},
	{"Belgium", "Belgian", "Belgians", "Brussels"},
	{"Belize", "Belizean", "Belizeans", "Belmopan"},
	{"Benin", "Beninese", "", "Porto-Novo"},
	{"Bhutan", "Bhutanese", "", "Thimphu"},
	{"Bolivia", "Bolivian", "Bolivians", "La Paz|Sucre"},
	{"Bosnia and Herzegovina|Bosnia", "Bosnian", "Bosnians", "Sarajevo"},
	{"Botswana", "Botswanan", "Batswana", "Gaborone"},
	{"Brazil", "Brazilian", "Brazilians", "Brasilia"},
	{"Brunei", "Bruneian", "Bruneians", "Bandar Seri Begawan"},
	{"Bulgaria", "Bulgarian", "Bulgarians", "Sofia"},
	{"Burkina Faso", "Burkinabe", "", "Ouagadougou"},
	{"Burundi", "Burundian", "Burundians", "Gitega"},
	{"Cambodia", "Cambodian", "Cambodians", "Phnom Penh"},
	{"Cameroon", "Cameroonian", "Cameroonians", "Yaounde"},
	{"Canada", "Canadian", "Canadians", "Ottawa"},
	{"Cape Verde|Cabo Verde", "Cape Verdean", "Cape Verdeans", "Praia"},
	{"Central African Republic", "Central African", "Central Africans", "Bangui"},
	{"Chad", "Chadian", "Chadians", "N'Djamena"},
	{"Chile", "Chilean", "Chileans", "Santiago"},
	{"China|People's Republic of China|PRC", "Chinese", "", "Beijing"},
	{"Colombia", "Colombian", "Colombians", "Bogota"},
	{"Comoros", "Comoran", "Comorans", "Moroni"},
	{"Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa", "Congolese", "", "Kinshasa"},
	{"Republic of the Congo|Congo-Brazzaville|Congo", "", "", "Brazzaville"},
	{"Costa Rica", "Costa Rican", "Costa Ricans", "San Jose"},
	{"Ivory Coast|Cote d'Ivoire", "Ivorian", "Ivorians", "Yamoussoukro"},
	{"Croatia", "Croatian", "Croatians|Croats", "Zagreb"},
	{"Cuba", "Cuban", "Cubans", "Havana"},
	{"Cyprus", "Cypriot", "Cypriots", "Nicosia"},
	{"Czech Republic|Czechia", "Czech", "Czechs", "Prague"},
	{"Denmark", "Danish", "Danes", "Copenhagen"},
	{"Djibouti", "Djiboutian", "Djiboutians", ""},
	{"Dominica", "", "", "Roseau"},
	{"Dominican Republic", "Dominican", "Dominicans", "Santo Domingo"},
	{"Ecuador", "Ecuadorian", "Ecuadorians", "Quito"},
	{"Egypt", "Egyptian", "Egyptians", "Cairo"},
	{"El Salvador", "Salvadoran", "Salvadorans", "San Salvador"},
	{"Equatorial Guinea", "Equatoguinean", "Equatoguineans", "Malabo"},
	{"Eritrea", "Eritrean", "Eritreans", "Asmara"},
	{"Estonia", "Estonian", "Estonians", "Tallinn"},
	{"Eswatini|Swaziland", "Swazi", "Swazis", "Mbabane"},
	{"Ethiopia", "Ethiopian", "Ethiopians", "Addis Ababa"},
	{"Fiji", "Fijian", "Fijians", "Suva"},
	{"Finland", "Finnish", "Finns", "Helsinki"},
	{"France", "French", "", "Paris"},
	{"Gabon", "Gabonese", "", "Libreville"},
	{"Gambia", "Gambian", "Gambians", "Banjul"},
	{"Georgia", "Georgian", "Georgians", "Tbilisi"},
	{"Germany", "German", "Germans", "Berlin"},
	{"Ghana", "Ghanaian", "Ghanaians", "Accra"},
	{"Greece", "Greek", "Greeks", "Athens"},
	{"Grenada", "Grenadian", "Grenadians", ""},
	{"Guatemala", "Guatemalan", "Guatemalans", "Guatemala City"},
	{"Guinea", "Guinean", "Guineans", "Conakry"},
	{"Guinea-Bissau", "Bissau-Guinean", "Bissau-Guineans", "Bissau"},
	{"Guyana", "Guyanese", "", ""},
	{"Haiti", "Haitian", "Haitians", "Port-au-Prince"},
	{"Honduras", "Honduran", "Hondurans", "Tegucigalpa"},
	{"Hungary", "Hungarian", "Hungarians", "Budapest"},
	{"Iceland", "Icelandic", "Icelanders", "Reykjavik"},
	{"India", "Indian", "Indians", "New Delhi"},
	{"Indonesia", "Indonesian", "Indonesians", "Jakarta"},
	{"Iran|Islamic Republic of Iran", "Iranian", "Iranians", "Tehran"},
	{"Iraq", "Iraqi", "Iraqis", "Baghdad"},
	{"Ireland", "Irish", "", "Dublin"},
	{"Israel", "Israeli", "Israelis", "Jerusalem"},
	{"Italy", "Italian", "Italians", "Rome"},
	{"Jamaica", "Jamaican", "Jamaicans", ""},
	{"Japan", "Japanese", "", "Tokyo"},
	{"Jordan", "Jordanian", "Jordanians", "Amman"},
	{"Kazakhstan", "Kazakh", "Kazakhs", "Astana"},
	{"Kenya", "Kenyan", "Kenyans", "Nairobi"},
	{"Kiribati", "", "", "Tarawa"},
	{"Kosovo", "Kosovar", "Kosovars", "Pristina"},
	{"Kuwait", "Kuwaiti", "Kuwaitis", "Kuwait City"},
	{"Kyrgyzstan", "Kyrgyz", "", "Bishkek"},
	{"Laos", "Lao|Laotian", "Laotians", "Vientiane"},
	{"Latvia", "Latvian", "Latvians", "Riga"},
	{"Lebanon", "Lebanese", "", "Beirut"},
	{"Lesotho", "Basotho", "", "Maseru"},
	{"Liberia", "Liberian", "Liberians", "Monrovia"},
	{"Libya", "Libyan", "Libyans", "Tripoli"},
	{"Liechtenstein", "", "", "Vaduz"},
	{"Lithuania", "Lithuanian", "Lithuanians", "Vilnius"},
	{"Luxembourg", "Luxembourgish", "Luxembourgers", ""},
	{"Madagascar", "Malagasy", "", "Antananarivo"},
	{"Malawi", "Malawian", "Malawians", "Lilongwe"},
	{"Malaysia", "Malaysian", "Malaysians", "Kuala Lumpur"},
	{"Maldives", "Maldivian", "Maldivians", ""},
	{"Mali", "Malian", "Malians", "Bamako"},
	{"Malta", "Maltese", "", "Valletta"},
	{"Marshall Islands", "Marshallese", "", "Majuro"},
	{"Mauritania", "Mauritanian", "Mauritanians", "Nouakchott"},
	{"Mauritius", "Mauritian", "Mauritians", "Port Louis"},
	{"Mexico", "Mexican", "Mexicans", "Mexico City"},
	{"Micronesia", "Micronesian", "Micronesians", "Palikir"},
	{"Moldova", "Moldovan", "Moldovans", "Chisinau"},
	{"Monaco", "Monegasque", "", ""},
	{"Mongolia", "Mongolian", "Mongolians", "Ulaanbaatar|Ulan Bator"},
	{"Montenegro", "Montenegrin", "Montenegrins", "Podgorica"},
	{"Morocco", "Moroccan", "Moroccans", "Rabat"},
	{"Mozambique", "Mozambican", "Mozambicans", "Maputo"},
	{"Myanmar|Burma", "Burmese", "", "Naypyidaw|Naypyitaw"},
	{"Namibia", "Namibian", "Namibians", "Windhoek"},
	{"Nauru", "Nauruan", "Nauruans", ""},
	{"Nepal", "Nepali|Nepalese", "Nepalis", "Kathmandu"},
	{"Netherlands|Holland", "Dutch", "", "Amsterdam|The Hague"},
	{"New Zealand", "", "New Zealanders", "Wellington"},
	{"Nicaragua", "Nicaraguan", "Nicaraguans", "Managua"},
	{"Niger", "Nigerien", "Nigeriens", "Niamey"},
	{"Nigeria", "Nigerian", "Nigerians", "Abuja"},
	{"North Korea|DPRK|Democratic People's Republic of Korea", "North Korean", "North Koreans", "Pyongyang"},
	{"North Macedonia|Macedonia", "Macedonian", "Macedonians", "Skopje"},
	{"Norway", "Norwegian", "Norwegians", "Oslo"},
	{"Oman", "Omani", "Omanis", "Muscat"},
	{"Pakistan", "Pakistani", "Pakistanis", "Islamabad"},
	{"Palau", "Palauan", "Palauans", "Ngerulmud"},
	{"Palestine|State of Palestine|Palestinian territories", "Palestinian", "Palestinians", "Ramallah"},
	{"Panama", "Panamanian", "Panamanians", "Panama City"},
	{"Papua New Guinea", "Papua New Guinean", "Papua New Guineans", "Port Moresby"},
	{"Paraguay", "Paraguayan", "Paraguayans", "Asuncion"},
	{"Peru", "Peruvian", "Peruvians", "Lima"},
	{"Philippines", "Philippine|Filipino", "Filipinos", "Manila"},
	{"Poland", "Polish", "Poles", "Warsaw"},
	{"Portugal", "Portuguese", "", "Lisbon"},
	{"Qatar", "Qatari", "Qataris", "Doha"},
	{"Romania", "Romanian", "Romanians", "Bucharest"},
	{"Russia|Russian Federation", "Russian", "Russians", "Moscow"},
	{"Rwanda", "Rwandan", "Rwandans", "Kigali"},
	{"Saint Kitts and Nevis", "Kittitian", "Kittitians", "Basseterre"},
	{"Saint Lucia", "Saint Lucian", "Saint Lucians", "Castries"},
	{"Saint Vincent and the Grenadines", "Vincentian", "Vincentians", "Kingstown"},
	{"Samoa", "Samoan", "Samoans", "Apia"},
	{"San Marino", "Sammarinese", "", ""},
	{"Sao Tome and Principe", "Santomean", "Santomeans", ""},
	{"Saudi Arabia", "Saudi", "Saudis", "Riyadh"},
	{"Senegal", "Senegalese", "", "Dakar"},
	{"Serbia", "Serbian", "Serbians|Serbs", "Belgrade"},
	{"Seychelles", "Seychellois", "", ""},
	{"Sierra Leone", "Sierra Leonean", "Sierra Leoneans", "Freetown"},
	{"Singapore", "Singaporean", "Singaporeans", ""},
	{"Slovakia", "Slovak", "Slovaks", "Bratislava"},
	{"Slovenia", "Slovenian|Slovene", "Slovenians|Slovenes", "Ljubljana"},
	{"Solomon Islands", "Solomon Islander", "Solomon Islanders", "Honiara"},
	{"Somalia", "Somali", "Somalis", "Mogadishu"},
	{"South Africa", "South African", "South Africans", "Pretoria"},
	{"South Korea|Republic of Korea|ROK", "South Korean", "South Koreans", "Seoul"},
	{"South Sudan", "South Sudanese", "", "Juba"},
	{"Spain", "Spanish", "Spaniards", "Madrid"},
	{"Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo"},
	{"Sudan", "Sudanese", "", "Khartoum"},
	{"Suriname", "Surinamese", "", "Paramaribo"},
	{"Sweden", "Swedish", "Swedes", "Stockholm"},
	{"Switzerland", "Swiss", "", "Bern"},
	{"Syria|Syrian Arab Republic", "Syrian", "Syrians", "Damascus"},
	{"Taiwan", "Taiwanese", "", "Taipei"},
	{"Tajikistan", "Tajik", "Tajiks", "Dushanbe"},
	{"Tanzania", "Tanzanian", "Tanzanians", "Dodoma"},
	{"Thailand", "Thai", "Thais", "Bangkok"},
	{"East Timor|Timor-Leste", "Timorese", "", "Dili"},
	{"Togo", "Togolese", "", "Lome"},
	{"Tonga", "Tongan", "Tongans", "Nuku'alofa"},
	{"Trinidad and Tobago", "Trinidadian", "Trinidadians", "Port of Spain"},
	{"Tunisia", "Tunisian", "Tunisians", "Tunis"},
	{"Turkey|Turkiye", "Turkish", "Turks", "Ankara"},
	{"Turkmenistan", "Turkmen", "", "Ashgabat"},
	{"Tuvalu", "Tuvaluan", "Tuvaluans", "Funafuti"},
	{"Uganda", "Ugandan", "Ugandans", "Kampala"},
	{"Ukraine", "Ukrainian", "Ukrainians", "Kyiv|Kiev"},
	{"United Arab Emirates|UAE|Emirates", "Emirati", "Emiratis", "Abu Dhabi"},
	{"United Kingdom|UK|U.K.|Britain|Great Britain", "British", "Britons", "London"},
	{"United States|United States of America|USA|U.S.A.|US|U.S.|America", "American", "Americans", "Washington|Washington D.C."},
	{"Uruguay", "Uruguayan", "Uruguayans", "Montevideo"},
	{"Uzbekistan", "Uzbek", "Uzbeks", "Tashkent"},
	{"Vanuatu", "Ni-Vanuatu", "", "Port Vila"},
	{"Vatican|Holy See|Vatican City", "", "", ""},
	{"Venezuela", "Venezuelan", "Venezuelans", "Caracas"},
	{"Vietnam|Viet Nam", "Vietnamese", "", "Hanoi"},
	{"Yemen", "Yemeni", "Yemenis", "Sanaa"},
	{"Zambia", "Zambian", "Zambians", "Lusaka"},
	{"Zimbabwe", "Zimbabwean", "Zimbabweans", "Harare"},
	{"Hong Kong", "", "", ""},
	{"Greenland", "Greenlandic", "Greenlanders", "Nuuk"},
	{"Puerto Rico", "Puerto Rican", "Puerto Ricans", "San Juan"},
};

struct seat_def {
	const char *names;   /* '|' separated, canonical first */
	const char *country; /* canonical country name */
	bool executive;      /* the seat of the head of government or state */
};

/* Places that stand for a government or one of its bodies. */
static const struct seat_def seats[] = {
	{"White House", "United States", true},
	{"Pentagon", "United States", false},
	{"Capitol Hill|Capitol", "United States", false},
	{"Foggy Bottom", "United States", false},
	{"Kremlin", "Russia", true},
	{"State Duma|Duma", "Russia", false},
	{"Downing Street|Number 10", "United Kingdom", true},
	{"Whitehall", "United Kingdom", false},
	{"Westminster", "United Kingdom", false},
	{"Elysee|Elysee Palace", "France", true},
	{"Matignon", "France", false},
	{"Quai d'Orsay", "France", false},
	{"Bundeskanzleramt", "Germany", true},
	{"Bundestag", "Germany", false},
	{"Zhongnanhai", "China", true},
	{"Kantei", "Japan", true},
	{"Blue House", "South Korea", true},
	{"Bankova", "Ukraine", true},
	{"Verkhovna Rada", "Ukraine", false},
	{"Palazzo Chigi", "Italy", true},
	{"Quirinale|Quirinal", "Italy", false},
	{"Moncloa", "Spain", true},
	{"Casa Rosada", "Argentina", true},
	{"Planalto", "Brazil", true},
	{"Palacio Nacional|Los Pinos", "Mexico", true},
	{"Casa de Narino", "Colombia", true},
	{"La Moneda", "Chile", true},
	{"Miraflores", "Venezuela", true},
	{"Malacanang", "Philippines", true},
	{"Rashtrapati Bhavan", "India", false},
	{"Knesset", "Israel", false},
	{"Rideau Hall", "Canada", false},
};

/* World regions whose names contain a country's name or would otherwise
 * read as one ("Latin America", "South Asia"). */
static const char *const regions[] = {
	"Asia-Pacific", "Central Africa", "Central America", "Central Asia",
	"Central Europe", "East Africa", "East Asia", "Eastern Europe",
	"Far East", "Global South", "Horn of Africa", "Indo-Pacific",
	"Korean Peninsula", "Latin America", "Middle East", "Near East",
	"North Africa", "North America", "Northern Europe", "Persian Gulf",
	"South America", "South Asia", "Southeast Asia", "Southern Africa",
	"Southern Europe", "Sub-Saharan Africa", "West Africa", "Western Balkans",
	"Western Europe",
};

struct gaz_entry {
	char *key; /* folded words joined by ' ' */
	enum gaz_kind kind;
	uint32_t country, seat;
	uint32_t words;
};

/* Built once and kept for the program's life (reachable, never freed). */
static struct gaz_entry *entries;
static size_t n_entries, cap_entries;
static struct strmap key_map;   /* key -> entry */
static struct strmap first_map; /* first word of some key -> most words of such keys */
static uint32_t *exec_seat; /* per country */
static uint32_t max_words;

static int
cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct gaz_entry *)a)->key, ((const struct gaz_entry *)b)->key);
}

/* Fold s[0..n) and separate its words by single spaces: "U.S." gives
 * "u s", "Guinea-Bissau" gives "guinea bissau". */
static char *
fold_key(const char *s, size_t n, uint32_t *words)
{
	char buf[128], *out = xmalloc(sizeof buf);
	size_t k = lex_fold(s, n, buf, sizeof buf), i, o = 0;
	bool sep = true;

	*words = 0;
	for (i = 0; i < k && i < sizeof buf - 1; i++) {
		unsigned char ch = (unsigned char)buf[i];
		bool word = ch >= 0x80 || (ch >= 'a' && ch <= 'z') ||
		            (ch >= '0' && ch <= '9') || ch == '\'';

		if (!word) {
			sep = true;
			continue;
		}
		if (sep && o) {
			out[o++] = ' ';
		}
		if (sep)
			(*words)++;
		sep = false;
		out[o++] = (char)ch;
	}
	out[o] = '\0';
	return out;
}

static bool
all_caps(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return false;
		letters += s[i] >= 'A' && s[i] <= 'Z';
	}
	return letters > 0;
}

static void
add_entry(const char *s, size_t n, enum gaz_kind kind, uint32_t country, uint32_t seat)
{
	struct gaz_entry *e;
	uint32_t words;
	char *key = fold_key(s, n, &words);

	if (!*key) {
		free(key);
		return;
	}
	if (n_entries == cap_entries) {
		cap_entries = cap_entries ? cap_entries * 2 : 1024;
		entries = xrealloc(entries, cap_entries * sizeof *entries);
	}
	e = &entries[n_entries++];
	e->key = key;
	e->kind = kind == GAZ_COUNTRY && all_caps(s, n) ? GAZ_ABBREV : kind;
	e->country = country;
	e->seat = seat;
	e->words = words;
	if (words > max_words)
		max_words = words;
}

static void
add_list(const char *list, enum gaz_kind kind, uint32_t country, uint32_t seat)
{
	const char *p = list;

	while (p && *p) {
		size_t k = strcspn(p, "|");

		add_entry(p, k, kind, country, seat);
		p += k;
		p += *p == '|';
	}
}

static uint32_t
country_index(const char *name)
{
	uint32_t i;

	for (i = 0; i < PX_ARRAY_SIZE(countries); i++)
		if (strncmp(countries[i].names, name, strlen(name)) == 0 &&
		    (countries[i].names[strlen(name)] == '\0' ||
		     countries[i].names[strlen(name)] == '|'))
			return i;
	return PX_NONE;
}

static void
gaz_init(void)
{
	uint32_t i;

	if (entries)
		return;
	exec_seat = xmalloc(PX_ARRAY_SIZE(countries) * sizeof *exec_seat);
	for (i = 0; i < PX_ARRAY_SIZE(countries); i++) {
		const struct country_def *d = &countries[i];

		exec_seat[i] = PX_NONE;
		add_list(d->names, GAZ_COUNTRY, i, PX_NONE);
		add_list(d->demonyms, GAZ_DEMONYM, i, PX_NONE);
		add_list(d->peoples, GAZ_PEOPLE, i, PX_NONE);
		add_list(d->capitals, GAZ_CAPITAL, i, PX_NONE);
	}
	for (i = 0; i < PX_ARRAY_SIZE(seats); i++) {
		uint32_t c = country_index(seats[i].country);

		if (c == PX_NONE)
			px_die("gazetteer: unknown country %s", seats[i].country);
		add_list(seats[i].names, GAZ_SEAT, c, i);
		if (seats[i].executive && exec_seat[c] == PX_NONE)
			exec_seat[c] = i;
	}
	for (i = 0; i < PX_ARRAY_SIZE(regions); i++)
		add_entry(regions[i], strlen(regions[i]), GAZ_REGION, PX_NONE, PX_NONE);
	px_sort(entries, n_entries, sizeof *entries, cmp_entry);
	strmap_init(&key_map);
	strmap_init(&first_map);
	for (i = 0; i < n_entries; i++) {
		const char *k = entries[i].key, *p;
		size_t first = strcspn(k, " ");
		uint32_t words = 1, most;

		/* the first entry of a key wins, as bsearch order did */
		if (strmap_get(&key_map, k, strlen(k)) == PX_NONE)
			strmap_put(&key_map, k, strlen(k), i);
		for (p = k; *p; p++)
			words += *p == ' ';
		most = strmap_get(&first_map, k, first);
		if (most == PX_NONE || most < words)
			strmap_put(&first_map, k, first, words);
	}
}

bool
gaz_can_start(const char *word, size_t n)
{
	gaz_init();
	return strmap_get(&first_map, word, n) != PX_NONE;
}

uint32_t
gaz_match(const char *const *words, const uint32_t *lens, uint32_t n, struct gaz_hit *hit)
{
	char key[160];
	uint32_t k, most;

	gaz_init();
	if (!n || (most = strmap_get(&first_map, words[0], lens[0])) == PX_NONE)
		return 0;
	/* no key starting with this word has more than most words */
	for (k = PX_MIN(PX_MIN(n, max_words), most); k > 0; k--) {
		const struct gaz_entry *e;
		size_t used = 0;
		uint32_t i, id;
		bool fits = true;

		for (i = 0; i < k && fits; i++) {
			if (used + lens[i] + 2 > sizeof key) {
				fits = false;
				break;
			}
			if (i)
				key[used++] = ' ';
			memcpy(key + used, words[i], lens[i]);
			used += lens[i];
		}
		if (!fits || (id = strmap_get(&key_map, key, used)) == PX_NONE)
			continue;
		e = &entries[id];
		hit->kind = e->kind;
		hit->country = e->country;
		hit->seat = e->seat;
		hit->words = k;
		return k;
	}
	return 0;
}

uint32_t
gaz_countries(void)
{
	return PX_ARRAY_SIZE(countries);
}

/* The first of the '|' separated names in list, in buf. */
static const char *
first_name(const char *list, char *buf, size_t cap)
{
	size_t k;

	if (buf[0])
		return buf;
	k = PX_MIN(strcspn(list, "|"), cap - 1);
	memcpy(buf, list, k);
	buf[k] = '\0';
	return buf;
}

const char *
gaz_country_name(uint32_t country)
{
	static char names[PX_ARRAY_SIZE(countries)][64];

	if (country >= PX_ARRAY_SIZE(countries))
		return "";
	return first_name(countries[country].names, names[country], sizeof names[0]);
}

const char *
gaz_seat_name(uint32_t seat)
{
	static char names[PX_ARRAY_SIZE(seats)][64];

	if (seat >= PX_ARRAY_SIZE(seats))
		return "";
	return first_name(seats[seat].names, names[seat], sizeof names[0]);
}

uint32_t
gaz_seat_country(uint32_t seat)
{
	gaz_init();
	return seat < PX_ARRAY_SIZE(seats) ? country_index(seats[seat].country) : PX_NONE;
}

uint32_t
gaz_executive_seat(uint32_t country)
{
	gaz_init();
	return country < PX_ARRAY_SIZE(countries) ? exec_seat[country] : PX_NONE;
}
