/* lexicon.c - interned terms, Snowball stems and stop words. */
#include "parallax/lexicon.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "parallax/corpus.h"
#include "parallax/util.h"

struct lexicon {
	struct arena arena;
	char **str;
	uint32_t *len;
	uint32_t *stem;   /* PX_NONE until computed */
	uint8_t *stop;
	uint32_t n, cap;
	uint32_t *table;  /* open addressing: id + 1, 0 = empty */
	uint32_t table_size;
	struct sb_stemmer *stemmer;
	char language[32];
	bool english;
};

/* The Snowball English stop list, plus a few forms news text adds. */
static const char *const stopwords[] = {
	"a", "about", "above", "after", "again", "against", "all", "also",
	"am", "an", "and", "any", "are", "aren't", "as", "at", "be",
	"because", "been", "before", "being", "below", "between", "both",
	"but", "by", "can", "can't", "cannot", "could", "couldn't", "did",
	"didn't", "do", "does", "doesn't", "doing", "don't", "down",
	"during", "each", "few", "for", "from", "further", "had", "hadn't",
	"has", "hasn't", "have", "haven't", "having", "he", "he'd",
	"he'll", "he's", "her", "here", "here's", "hers", "herself", "him",
	"himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've",
	"if", "in", "into", "is", "isn't", "it", "it's", "its", "itself",
	"just", "let's", "may", "me", "might", "more", "most", "must",
	"mustn't", "my", "myself", "no", "nor", "not", "of", "off", "on",
	"once", "only", "or", "other", "ought", "our", "ours", "ourselves",
	"out", "over", "own", "same", "shall", "shan't", "she", "she'd",
	"she'll", "she's", "should", "shouldn't", "so", "some", "such",
	"than", "that", "that's", "the", "their", "theirs", "them",
	"themselves", "then", "there", "there's", "these", "they",
	"they'd", "they'll", "they're", "they've", "this", "those",
	"through", "to", "too", "under", "until", "up", "upon", "very",
	"was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
	"weren't", "what", "what's", "when", "when's", "where", "where's",
	"which", "while", "who", "who's", "whom", "why", "why's", "will",
	"with", "won't", "would", "wouldn't", "yet", "you", "you'd",
	"you'll", "you're", "you've", "your", "yours", "yourself",
	"yourselves",
};

static int
cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

bool
lex_stopword(const char *word, size_t n)
{
	char buf[16];

	if (n == 0 || n >= sizeof buf)
		return false;
	memcpy(buf, word, n);
	buf[n] = '\0';
	return bsearch(buf, stopwords, PX_ARRAY_SIZE(stopwords),
	               sizeof stopwords[0], cmp_word) != NULL;
}

const char *
lex_languages(void)
{
	static char buf[1024];
	const char **l;
	size_t used = 0;

	if (buf[0])
		return buf;
	for (l = sb_stemmer_list(); *l && used + strlen(*l) + 2 < sizeof buf; l++) {
		if (used)
			buf[used++] = ' ';
		memcpy(buf + used, *l, strlen(*l));
		used += strlen(*l);
	}
	buf[used] = '\0';
	return buf;
}

static bool
canonical_language(const char *language, char *out, size_t cap)
{
	struct sb_stemmer *st = sb_stemmer_new(language, NULL);
	const char **l;

	if (!st)
		return false;
	sb_stemmer_delete(st);
	/* map an ISO code to the canonical name by comparing stems of a
	 * probe is unreliable; ask the list for an exact name first */
	for (l = sb_stemmer_list(); *l; l++) {
		if (strcmp(*l, language) == 0) {
			snprintf(out, cap, "%s", *l);
			return true;
		}
	}
	snprintf(out, cap, "%s", language);
	return true;
}

struct lexicon *
lex_new(const char *language)
{
	struct lexicon *lx;
	char name[32];

	if (!language || !*language)
		language = "english";
	if (strlen(language) >= sizeof name || !canonical_language(language, name, sizeof name)) {
		px_fail(PX_ERR_INPUT, "unknown language '%s' (known: %s)", language,
		        lex_languages());
		return NULL;
	}
	lx = xcalloc(1, sizeof *lx);
	arena_init(&lx->arena);
	lx->stemmer = sb_stemmer_new(language, NULL);
	snprintf(lx->language, sizeof lx->language, "%s", name);
	lx->english = strcmp(name, "english") == 0 || strcmp(name, "en") == 0 ||
	              strcmp(name, "eng") == 0 || strcmp(name, "porter") == 0;
	lx->table_size = 1024;
	lx->table = xcalloc(lx->table_size, sizeof *lx->table);
	return lx;
}

void
lex_free(struct lexicon *lx)
{
	if (!lx)
		return;
	sb_stemmer_delete(lx->stemmer);
	arena_free(&lx->arena);
	free(lx->str);
	free(lx->len);
	free(lx->stem);
	free(lx->stop);
	free(lx->table);
	free(lx);
}

const char *
lex_language(const struct lexicon *lx)
{
	return lx->language;
}

static void
rehash(struct lexicon *lx)
{
	uint32_t size = lx->table_size * 2, i;
	uint32_t *t = xcalloc(size, sizeof *t);

	for (i = 0; i < lx->n; i++) {
		uint64_t h = px_hash(lx->str[i], lx->len[i]);
		uint32_t k = (uint32_t)h & (size - 1);

		while (t[k])
			k = (k + 1) & (size - 1);
		t[k] = i + 1;
	}
	free(lx->table);
	lx->table = t;
	lx->table_size = size;
}

static uint32_t *
slot(const struct lexicon *lx, const char *s, size_t n)
{
	uint32_t k = (uint32_t)px_hash(s, n) & (lx->table_size - 1);

	for (;;) {
		uint32_t id = lx->table[k];

		if (!id || (lx->len[id - 1] == n && memcmp(lx->str[id - 1], s, n) == 0))
			return &lx->table[k];
		k = (k + 1) & (lx->table_size - 1);
	}
}

uint32_t
lex_find(const struct lexicon *lx, const char *s, size_t n)
{
	uint32_t id = *slot(lx, s, n);

	return id ? id - 1 : PX_NONE;
}

uint32_t
lex_intern(struct lexicon *lx, const char *s, size_t n)
{
	uint32_t *sl, id, cap;

	sl = slot(lx, s, n);
	if (*sl)
		return *sl - 1;
	id = lx->n;
	cap = lx->cap;
	px_grow(&lx->str, &cap, (size_t)id + 1, sizeof *lx->str);
	cap = lx->cap;
	px_grow(&lx->len, &cap, (size_t)id + 1, sizeof *lx->len);
	cap = lx->cap;
	px_grow(&lx->stem, &cap, (size_t)id + 1, sizeof *lx->stem);
	cap = lx->cap;
	px_grow(&lx->stop, &cap, (size_t)id + 1, sizeof *lx->stop);
	lx->cap = cap;
	lx->str[id] = arena_strndup(&lx->arena, s, n);
	lx->len[id] = (uint32_t)n;
	lx->stem[id] = PX_NONE;
	lx->stop[id] = lx->english && lex_stopword(s, n);
	lx->n++;
	*sl = id + 1;
	if (lx->n * 2 > lx->table_size)
		rehash(lx);
	return id;
}

const char *
lex_str(const struct lexicon *lx, uint32_t id)
{
	return id < lx->n ? lx->str[id] : "";
}

uint32_t
lex_strlen(const struct lexicon *lx, uint32_t id)
{
	return id < lx->n ? lx->len[id] : 0;
}

uint32_t
lex_size(const struct lexicon *lx)
{
	return lx->n;
}

bool
lex_is_stop(const struct lexicon *lx, uint32_t word)
{
	return word < lx->n && lx->stop[word];
}

uint32_t
lex_stem(struct lexicon *lx, uint32_t word)
{
	const sb_symbol *st;
	char buf[128];
	size_t n;

	if (word >= lx->n)
		return word;
	if (lx->stem[word] != PX_NONE)
		return lx->stem[word];
	n = lx->len[word];
	/* a possessive or contraction tail is not part of the stem */
	if (n > 2 && lx->str[word][n - 2] == '\'' && lx->str[word][n - 1] == 's')
		n -= 2;
	if (n >= sizeof buf) {
		lx->stem[word] = word;
		return word;
	}
	memcpy(buf, lx->str[word], n);
	st = sb_stemmer_stem(lx->stemmer, (const sb_symbol *)buf, (int)n);
	if (!st)
		px_die("out of memory in the stemmer");
	/* interning may move lx->stem; compute first, then store */
	{
		uint32_t id = lex_intern(lx, (const char *)st,
		                         (size_t)sb_stemmer_length(lx->stemmer));

		lx->stem[word] = id;
		return id;
	}
}

static size_t
put(char *out, size_t cap, size_t used, const char *s, size_t n)
{
	if (used + n < cap)
		memcpy(out + used, s, n);
	return used + n;
}

/* 0x20 in each byte of w (eight ASCII bytes) that is 'A' to 'Z', else
 * 0: adding 0x80 - 'A' to a byte sets its high bit when it is 'A' or
 * above, adding 0x80 - 'Z' - 1 when it is above 'Z', and an ASCII byte
 * never carries into the next one. */
static uint64_t
ascii_upper(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull;
	uint64_t ge_a = w + ones * (0x80 - 'A'), gt_z = w + ones * (0x80 - 'Z' - 1);

	return (ge_a & ~gt_z & ones * 0x80) >> 2;
}

size_t
lex_fold(const char *s, size_t n, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, used = 0;

	while (i < n) {
		int32_t cp, dec[8];
		utf8proc_ssize_t k, j;
		int bound = 0;
		char enc[4];
		uint64_t w;

		/* most text is ASCII: eight bytes at a time, when they fit
		 * (or nothing is written) */
		if (i + 8 <= n && (used + 8 < cap || !cap)) {
			memcpy(&w, p + i, sizeof w);
			if (!(w & 0x8080808080808080ull)) {
				w |= ascii_upper(w);
				if (cap)
					memcpy(out + used, &w, sizeof w);
				i += 8;
				used += 8;
				continue;
			}
		}
		if (p[i] < 0x80) {
			char c = (char)p[i];

			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			used = put(out, cap, used, &c, 1);
			i++;
			continue;
		}
		i += utf8_decode(p + i, n - i, &cp);
		switch (cp) {
		case 0x2018: case 0x2019: case 0x02BC: case 0x2032:
			used = put(out, cap, used, "'", 1);
			continue;
		case 0x2010: case 0x2011: case 0x2012: case 0x2013:
		case 0x2014: case 0x2212:
			used = put(out, cap, used, "-", 1);
			continue;
		}
		k = utf8proc_decompose_char(cp, dec, 8,
		        UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
		        UTF8PROC_STRIPMARK, &bound);
		if (k < 0 || k > 8) {
			used = put(out, cap, used, enc, utf8_encode(cp, enc));
			continue;
		}
		for (j = 0; j < k; j++)
			used = put(out, cap, used, enc, utf8_encode(dec[j], enc));
	}
	if (cap)
		out[used < cap ? used : cap - 1] = '\0';
	return used;
}
