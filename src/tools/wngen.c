/* wngen.c - build-time generator of the synonym table from WordNet.
 *
 * usage: wngen WORDNET_DICT_DIR OUT.c
 *
 * Reads the WordNet 3.0 database files (index.*, data.*, *.exc) and
 * writes a C source file with a compact table: for each Snowball
 * (English) stem of a WordNet lemma, the list of "concepts" it may
 * express. Two stems that share a concept are paraphrase candidates
 * (halt ~ pause, swap ~ exchange, reject ~ decline, discrepancy ~
 * differ). The program is built and run by the Makefile; parallax itself
 * never reads WordNet.
 *
 * A lemma's concepts are, for its first SENSES senses in each part of
 * speech (WordNet orders senses by frequency): the synset itself, the
 * synsets its derivationally related forms belong to (agreement ~ agree),
 * similar adjectives, and, marked as weaker, the direct hypernyms (pause
 * is a kind of halt). Irregular forms from the exception lists (spoke ->
 * speak) get the concepts of their base form. Concepts that only one stem
 * reaches cannot relate two different stems and are dropped. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <libstemmer.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/synonym.h"

#define SENSES 2
#define HYPER_BIT 0x80000000u

enum { POS_N, POS_V, POS_A, POS_R, N_POS };

static const char *const pos_file[N_POS] = {"noun", "verb", "adj", "adv"};

struct ptr {
	uint32_t target; /* synset index */
	uint8_t sym;     /* 'd' derivation, 'h' hypernym, 's' similar */
	uint8_t src;     /* source word number, 0 for the whole synset */
};

struct synset {
	uint32_t offset;
	uint8_t pos;
	uint32_t first_ptr, n_ptrs;
	uint32_t first_word, n_words; /* into words[] */
};

/* a (stem key, concept) pair before sorting and merging */
struct pair {
	uint32_t key;     /* index into keys[] */
	uint32_t concept; /* synset index, HYPER_BIT for hypernyms */
};

static struct synset *syns;
static size_t n_syns, cap_syns;
static struct ptr *ptrs;
static size_t n_ptrs, cap_ptrs;
static char **words;
static size_t n_words, cap_words;
static size_t pos_begin[N_POS + 1]; /* synsets of a pos, by offset */

static char **keys;
static size_t n_keys;
static struct pair *pairs;
static size_t n_pairs, cap_pairs;

static struct sb_stemmer *stemmer;

static void *
grow(void *p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return p;
	*cap = *cap ? *cap * 2 : 1024;
	while (*cap < need)
		*cap *= 2;
	p = realloc(p, *cap * elem);
	if (!p) {
		fprintf(stderr, "wngen: out of memory\n");
		exit(2);
	}
	return p;
}

static char *
dup(const char *s)
{
	char *d = malloc(strlen(s) + 1);

	if (!d) {
		fprintf(stderr, "wngen: out of memory\n");
		exit(2);
	}
	return strcpy(d, s);
}

static FILE *
open_db(const char *dir, const char *kind, const char *pos)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s%s%s", dir, kind, *kind && *pos ? "." : "", pos);
	f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "wngen: cannot open %s (install wordnet-base)\n", path);
		exit(1);
	}
	return f;
}

static int
pos_of(char c)
{
	switch (c) {
	case 'n': return POS_N;
	case 'v': return POS_V;
	case 'a': case 's': return POS_A;
	case 'r': return POS_R;
	}
	return -1;
}

/* Pointers are stored with the target's offset and pos until every
 * synset is loaded; then resolved to indexes. */
struct raw_ptr {
	uint32_t offset;
	uint8_t pos;
};
static struct raw_ptr *raw;
static size_t cap_raw;

static void
load_data_line(char *line, int pos)
{
	char *save = NULL;
	struct synset *s;
	unsigned wc, pc, i;

	syns = grow(syns, &cap_syns, n_syns + 1, sizeof *syns);
	s = &syns[n_syns++];
	s->pos = (uint8_t)pos;
	s->offset = (uint32_t)strtoul(strtok_r(line, " ", &save), NULL, 10);
	strtok_r(NULL, " ", &save); /* lex_filenum */
	strtok_r(NULL, " ", &save); /* ss_type */
	wc = (unsigned)strtoul(strtok_r(NULL, " ", &save), NULL, 16);
	s->first_word = (uint32_t)n_words;
	s->n_words = wc;
	for (i = 0; i < wc; i++) {
		char *w = strtok_r(NULL, " ", &save), *p;

		strtok_r(NULL, " ", &save); /* lex_id */
		/* adjective markers: "long(a)" */
		if ((p = strchr(w, '(')))
			*p = '\0';
		for (p = w; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		words = grow(words, &cap_words, n_words + 1, sizeof *words);
		words[n_words++] = dup(w);
	}
	pc = (unsigned)strtoul(strtok_r(NULL, " ", &save), NULL, 10);
	s->first_ptr = (uint32_t)n_ptrs;
	for (i = 0; i < pc; i++) {
		char *sym = strtok_r(NULL, " ", &save);
		char *off = strtok_r(NULL, " ", &save);
		char *tp = strtok_r(NULL, " ", &save);
		char *sd = strtok_r(NULL, " ", &save);
		uint8_t kind = 0;

		if (!strcmp(sym, "+"))
			kind = 'd';
		else if (!strcmp(sym, "@") || !strcmp(sym, "@i"))
			kind = 'h';
		else if (!strcmp(sym, "&"))
			kind = 's';
		if (!kind)
			continue;
		ptrs = grow(ptrs, &cap_ptrs, n_ptrs + 1, sizeof *ptrs);
		raw = grow(raw, &cap_raw, n_ptrs + 1, sizeof *raw);
		raw[n_ptrs].offset = (uint32_t)strtoul(off, NULL, 10);
		raw[n_ptrs].pos = (uint8_t)pos_of(tp[0]);
		ptrs[n_ptrs].sym = kind;
		ptrs[n_ptrs].src = (uint8_t)(strtoul(sd, NULL, 16) >> 8);
		n_ptrs++;
	}
	s->n_ptrs = (uint32_t)n_ptrs - s->first_ptr;
}

static void
load_data(const char *dir)
{
	char line[1 << 16];
	int pos;

	for (pos = 0; pos < N_POS; pos++) {
		FILE *f = open_db(dir, "data", pos_file[pos]);

		pos_begin[pos] = n_syns;
		while (fgets(line, sizeof line, f)) {
			char *bar = strstr(line, " | ");

			if (line[0] == ' ' || !isdigit((unsigned char)line[0]))
				continue;
			if (bar)
				*bar = '\0';
			load_data_line(line, pos);
		}
		fclose(f);
	}
	pos_begin[N_POS] = n_syns;
}

/* Data files are in offset order, so a binary search per pos finds a
 * synset. */
static uint32_t
find_synset(int pos, uint32_t offset)
{
	size_t lo = pos_begin[pos], hi = pos_begin[pos + 1];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (syns[mid].offset < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < pos_begin[pos + 1] && syns[lo].offset == offset)
		return (uint32_t)lo;
	fprintf(stderr, "wngen: dangling pointer to %08u\n", offset);
	exit(1);
}

static void
resolve_pointers(void)
{
	size_t i;

	for (i = 0; i < n_ptrs; i++)
		ptrs[i].target = find_synset(raw[i].pos, raw[i].offset);
	free(raw);
}

/* Snowball stem of a lemma with hyphens removed ("cease-fire" is written
 * "ceasefire" in news text); NULL for multi-word lemmas and anything that
 * is not plain lower-case ASCII letters. */
static const char *
lemma_stem(const char *lemma, char *buf, size_t cap)
{
	size_t n = 0;
	const sb_symbol *st;

	for (; *lemma; lemma++) {
		if (*lemma == '-')
			continue;
		if (*lemma < 'a' || *lemma > 'z' || n + 1 >= cap)
			return NULL;
		buf[n++] = *lemma;
	}
	if (n < 2)
		return NULL;
	st = sb_stemmer_stem(stemmer, (const sb_symbol *)buf, (int)n);
	n = (size_t)sb_stemmer_length(stemmer);
	memcpy(buf, st, n);
	buf[n] = '\0';
	return buf;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Keys are collected first (possibly repeated), then sorted and made
 * unique; pairs name their key by string until then. */
static char **pair_key;
static size_t cap_pair_key;

static void
add_pair(const char *stem, uint32_t concept)
{
	pairs = grow(pairs, &cap_pairs, n_pairs + 1, sizeof *pairs);
	pair_key = grow(pair_key, &cap_pair_key, n_pairs + 1, sizeof *pair_key);
	pair_key[n_pairs] = dup(stem);
	pairs[n_pairs].concept = concept;
	n_pairs++;
}

static void
add_synset_concepts(const char *stem, const char *lemma, uint32_t si)
{
	const struct synset *s = &syns[si];
	uint32_t i, pos_in = 0;

	for (i = 0; i < s->n_words; i++)
		if (!strcmp(words[s->first_word + i], lemma))
			pos_in = i + 1;
	add_pair(stem, si);
	for (i = 0; i < s->n_ptrs; i++) {
		const struct ptr *p = &ptrs[s->first_ptr + i];

		if (p->sym == 'h')
			add_pair(stem, p->target | HYPER_BIT);
		else if (p->sym == 's' || (p->sym == 'd' && (p->src == 0 || p->src == pos_in)))
			add_pair(stem, p->target);
	}
}

/* Index lines: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt
 * tagsense_cnt synset_offset... */
static void
add_lemma(const char *stem_of, char *line, int pos)
{
	char *save = NULL, *lemma, buf[128];
	const char *stem;
	unsigned sc, pc, i;

	lemma = strtok_r(line, " ", &save);
	strtok_r(NULL, " ", &save);
	sc = (unsigned)strtoul(strtok_r(NULL, " ", &save), NULL, 10);
	pc = (unsigned)strtoul(strtok_r(NULL, " ", &save), NULL, 10);
	for (i = 0; i < pc; i++)
		strtok_r(NULL, " ", &save);
	strtok_r(NULL, " ", &save);
	strtok_r(NULL, " ", &save);
	stem = stem_of ? stem_of : lemma_stem(lemma, buf, sizeof buf);
	if (!stem)
		return;
	for (i = 0; i < sc && i < SENSES; i++) {
		uint32_t off = (uint32_t)strtoul(strtok_r(NULL, " ", &save), NULL, 10);

		add_synset_concepts(stem, lemma, find_synset(pos, off));
	}
}

/* The index lines of every lemma, kept so that exception lists can look
 * up their base forms. */
struct index_line {
	char *lemma;
	char *line;
};
static struct index_line *lines[N_POS];
static size_t n_lines[N_POS], cap_lines[N_POS];

static int
cmp_line(const void *a, const void *b)
{
	return strcmp(((const struct index_line *)a)->lemma,
	              ((const struct index_line *)b)->lemma);
}

static void
load_index(const char *dir)
{
	char line[1 << 16];
	int pos;

	for (pos = 0; pos < N_POS; pos++) {
		FILE *f = open_db(dir, "index", pos_file[pos]);

		while (fgets(line, sizeof line, f)) {
			struct index_line *il;
			char *sp;

			if (line[0] == ' ')
				continue;
			line[strcspn(line, "\n")] = '\0';
			sp = strchr(line, ' ');
			if (!sp)
				continue;
			lines[pos] = grow(lines[pos], &cap_lines[pos], n_lines[pos] + 1,
			                  sizeof *lines[pos]);
			il = &lines[pos][n_lines[pos]++];
			il->line = dup(line);
			il->lemma = dup(line);
			il->lemma[sp - line] = '\0';
		}
		fclose(f);
		qsort(lines[pos], n_lines[pos], sizeof *lines[pos], cmp_line);
	}
}

static void
add_lemmas(void)
{
	int pos;
	size_t i;

	for (pos = 0; pos < N_POS; pos++)
		for (i = 0; i < n_lines[pos]; i++) {
			char *copy = dup(lines[pos][i].line);

			add_lemma(NULL, copy, pos);
			free(copy);
		}
}

/* Exception lists: "inflected base..." lines; the inflected form's stem
 * gets the base form's concepts. */
static void
add_exceptions(const char *dir)
{
	char line[4096], buf[128];
	int pos;

	for (pos = 0; pos < N_POS; pos++) {
		char name[32];
		FILE *f;

		snprintf(name, sizeof name, "%s.exc", pos_file[pos]);
		f = open_db(dir, name, "");
		while (fgets(line, sizeof line, f)) {
			char *save = NULL, *infl = strtok_r(line, " \n", &save);
			char *base = strtok_r(NULL, " \n", &save);
			struct index_line key, *hit;
			const char *stem;

			if (!infl || !base || !(stem = lemma_stem(infl, buf, sizeof buf)))
				continue;
			key.lemma = base;
			hit = bsearch(&key, lines[pos], n_lines[pos], sizeof key, cmp_line);
			if (hit) {
				char *copy = dup(hit->line);

				add_lemma(stem, copy, pos);
				free(copy);
			}
		}
		fclose(f);
	}
}

static int
cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if ((x->concept & ~HYPER_BIT) != (y->concept & ~HYPER_BIT))
		return (x->concept & ~HYPER_BIT) < (y->concept & ~HYPER_BIT) ? -1 : 1;
	/* the direct relation before the hypernym one, so it is kept */
	return (x->concept & HYPER_BIT) ? ((y->concept & HYPER_BIT) ? 0 : 1)
	                                : ((y->concept & HYPER_BIT) ? -1 : 0);
}

static void
index_keys(void)
{
	size_t i;

	keys = malloc(n_pairs * sizeof *keys);
	for (i = 0; i < n_pairs; i++)
		keys[i] = pair_key[i];
	qsort(keys, n_pairs, sizeof *keys, cmp_str);
	for (i = 0; i < n_pairs; i++)
		if (!n_keys || strcmp(keys[n_keys - 1], keys[i]) != 0)
			keys[n_keys++] = keys[i];
	for (i = 0; i < n_pairs; i++) {
		char **hit = bsearch(&pair_key[i], keys, n_keys, sizeof *keys, cmp_str);

		pairs[i].key = (uint32_t)(hit - keys);
	}
}

/* Sort, merge duplicates, drop concepts reached by a single stem and
 * number the rest densely in order of first use. */
static uint32_t
finish_pairs(uint32_t **dense_out)
{
	uint32_t *stems = calloc(n_syns, sizeof *stems);
	uint32_t *last = malloc(n_syns * sizeof *last);
	uint32_t *dense = malloc(n_syns * sizeof *dense);
	uint32_t n_dense = 0;
	size_t i, k = 0;

	qsort(pairs, n_pairs, sizeof *pairs, cmp_pair);
	for (i = 0; i < n_pairs; i++) {
		if (k && pairs[k - 1].key == pairs[i].key &&
		    (pairs[k - 1].concept & ~HYPER_BIT) == (pairs[i].concept & ~HYPER_BIT))
			continue;
		pairs[k++] = pairs[i];
	}
	n_pairs = k;
	memset(last, 0xff, n_syns * sizeof *last);
	for (i = 0; i < n_pairs; i++) {
		uint32_t c = pairs[i].concept & ~HYPER_BIT;

		if (last[c] != pairs[i].key) {
			stems[c]++;
			last[c] = pairs[i].key;
		}
	}
	memset(dense, 0xff, n_syns * sizeof *dense);
	for (i = k = 0; i < n_pairs; i++) {
		uint32_t c = pairs[i].concept & ~HYPER_BIT;

		if (stems[c] < 2)
			continue;
		if (dense[c] == UINT32_MAX)
			dense[c] = n_dense++;
		pairs[k++] = pairs[i];
	}
	n_pairs = k;
	free(stems);
	free(last);
	*dense_out = dense;
	return n_dense;
}

/* A used key, its concepts and its look-up bucket. */
struct stem {
	uint32_t key, bucket;
	size_t first, end; /* range of pairs */
};

static int
cmp_stem(const void *a, const void *b)
{
	const struct stem *x = a, *y = b;

	if (x->bucket != y->bucket)
		return x->bucket < y->bucket ? -1 : 1;
	return strcmp(keys[x->key], keys[y->key]);
}

static void
emit(const char *out_path)
{
	FILE *f = fopen(out_path, "w");
	uint32_t *dense, n_concepts = finish_pairs(&dense), n_buckets = 1, b;
	size_t i, k, n_used = 0, str_off = 0;
	struct stem *st = malloc((n_keys + 1) * sizeof *st);

	if (!f || !st) {
		fprintf(stderr, "wngen: cannot write %s\n", out_path);
		exit(1);
	}
	/* keys that kept at least one concept, with their pairs */
	for (i = 0; i < n_pairs; i++) {
		if (!n_used || st[n_used - 1].key != pairs[i].key) {
			st[n_used].key = pairs[i].key;
			st[n_used++].first = i;
		}
		st[n_used - 1].end = i + 1;
	}
	/* about four stems a bucket */
	while (n_buckets * 4 < n_used)
		n_buckets *= 2;
	for (i = 0; i < n_used; i++)
		st[i].bucket = syn_hash(keys[st[i].key], strlen(keys[st[i].key])) & (n_buckets - 1);
	qsort(st, n_used, sizeof *st, cmp_stem);
	fprintf(f, "/* Generated by src/tools/wngen.c from WordNet 3.0; do not edit.\n"
	           " * WordNet is (c) Princeton University, under the WordNet license. */\n"
	           "#include \"parallax/synonym.h\"\n\n");
	fprintf(f, "const uint32_t syn_n_stems = %zu;\n", n_used);
	fprintf(f, "const uint32_t syn_n_concepts = %u;\n", n_concepts);
	fprintf(f, "const uint32_t syn_n_buckets = %u;\n", n_buckets);
	fprintf(f, "const char syn_strings[] =");
	for (i = 0; i < n_used; i++)
		fprintf(f, "%s\"%s\\0\"", i % 6 ? " " : "\n\t", keys[st[i].key]);
	fprintf(f, ";\n\nconst uint32_t syn_string_at[] = {");
	for (i = 0; i <= n_used; i++) {
		fprintf(f, "%s%zu,", i % 10 ? " " : "\n\t", str_off);
		if (i < n_used)
			str_off += strlen(keys[st[i].key]) + 1;
	}
	fprintf(f, "\n};\n\nconst uint32_t syn_n_string_bytes = %zu;\n", str_off);
	fprintf(f, "\nconst uint32_t syn_bucket[] = {");
	for (b = 0, i = 0; b <= n_buckets; b++) {
		while (i < n_used && st[i].bucket < b)
			i++;
		fprintf(f, "%s%zu,", b % 10 ? " " : "\n\t", i);
	}
	fprintf(f, "\n};\n\nconst uint32_t syn_first[] = {");
	for (i = 0, k = 0; i <= n_used; i++) {
		fprintf(f, "%s%zu,", i % 10 ? " " : "\n\t", k);
		if (i < n_used)
			k += st[i].end - st[i].first;
	}
	fprintf(f, "\n};\n\nconst uint32_t syn_concepts[] = {");
	for (i = 0, b = 0; i < n_used; i++)
		for (k = st[i].first; k < st[i].end; k++, b++)
			fprintf(f, "%s%uu,", b % 8 ? " " : "\n\t",
			        dense[pairs[k].concept & ~HYPER_BIT] | (pairs[k].concept & HYPER_BIT));
	fprintf(f, "\n};\n");
	if (fclose(f) != 0) {
		fprintf(stderr, "wngen: write error on %s\n", out_path);
		exit(1);
	}
	fprintf(stderr, "wngen: %zu stems, %u concepts, %zu links\n", n_used, n_concepts,
	        n_pairs);
	free(dense);
	free(st);
}

int
main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: wngen WORDNET_DICT_DIR OUT.c\n");
		return 1;
	}
	stemmer = sb_stemmer_new("english", NULL);
	if (!stemmer) {
		fprintf(stderr, "wngen: no English stemmer\n");
		return 1;
	}
	load_data(argv[1]);
	resolve_pointers();
	load_index(argv[1]);
	add_lemmas();
	add_exceptions(argv[1]);
	index_keys();
	emit(argv[2]);
	sb_stemmer_delete(stemmer);
	return 0;
}
