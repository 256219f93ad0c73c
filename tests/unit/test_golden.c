/* The bundled story: byte-identical texts, stable segmentation. */
#include "testutil.h"

#include "parallax/util.h"

/* A small SHA-256, only to check that the bundled articles are the
 * collected texts byte for byte (the evaluation kit matches them by it). */
static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
	0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
	0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
	0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
	0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
	0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
	0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
	0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void
sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (i = 16; i < 64; i++)
		w[i] = (ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10)) + w[i - 7] +
		       (ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3)) + w[i - 16];
	a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
	for (i = 0; i < 64; i++) {
		t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
	}
	h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void
sha256_hex(const unsigned char *data, size_t n, char out[65])
{
	uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
	                 0x1f83d9ab, 0x5be0cd19};
	unsigned char tail[128] = {0};
	size_t i, rest = n % 64, tn = rest < 56 ? 64 : 128;
	uint64_t bits = (uint64_t)n * 8;

	for (i = 0; i + 64 <= n; i += 64)
		sha256_block(h, data + i);
	memcpy(tail, data + n - rest, rest);
	tail[rest] = 0x80;
	for (i = 0; i < 8; i++)
		tail[tn - 1 - i] = (unsigned char)(bits >> (8 * i));
	sha256_block(h, tail);
	if (tn == 128)
		sha256_block(h, tail + 64);
	for (i = 0; i < 8; i++)
		snprintf(out + 8 * i, 9, "%08x", h[i]);
}

static const struct {
	const char *name, *sha256;
	uint32_t sentences, boilerplate;
} bundled[] = {
	{"1-globalpost.txt", "d44329d6c0c6c560bcf3bf6e2c011f1eefb9e02430977ceb525525b56940852d", 25, 7},
	{"2-unattributed-limited-agreement.txt",
	 "df678a13142e1ccc0eb01cfaed91735316f77f41cb97698dfb8e7dc97a99e557", 31, 0},
	{"3-el-pais.txt", "630cbfa29d8fb0d5f408175d5300206f5dd5447bde81ea70fd74314822e57207", 60, 4},
	{"4-washington-post.txt", "6565367aa224f54eaf8c3a1e1101882b32231b9d9d20cbefaf18dedc787003c4",
	 57, 3},
	{"5-unattributed-aggregator.txt",
	 "03742548211b93a6839d94190eea2c965b1bdc55c310df240f44e8fa7c240538", 25, 10},
};

static void
test_sha256_of_a_known_string(void **state)
{
	char hex[65];

	(void)state;
	sha256_hex((const unsigned char *)"abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void
test_bundled_articles_are_byte_identical(void **state)
{
	struct corpus c;
	uint32_t i;

	(void)state;
	tu_story(&c);
	assert_int_equal(c.n_articles, PX_ARRAY_SIZE(bundled));
	for (i = 0; i < c.n_articles; i++) {
		char hex[65];

		assert_string_equal(c.articles[i].name, bundled[i].name);
		sha256_hex(c.articles[i].text, c.articles[i].len, hex);
		assert_string_equal(hex, bundled[i].sha256);
	}
	corpus_free(&c);
}

static void
test_sentence_counts_are_stable(void **state)
{
	struct corpus c;
	uint32_t i, j;

	(void)state;
	tu_story(&c);
	for (i = 0; i < c.n_articles; i++) {
		struct article *a = &c.articles[i];
		uint32_t boiler = 0;

		for (j = 0; j < a->n_sents; j++)
			boiler += (a->sents[j].flags & SENT_BOILER) != 0;
		if (a->n_sents != bundled[i].sentences || boiler != bundled[i].boilerplate)
			fail_msg("%s: want %u sentences (%u boilerplate), got %u (%u)", a->name,
			         bundled[i].sentences, bundled[i].boilerplate, a->n_sents, boiler);
	}
	corpus_free(&c);
}

static void
test_every_sentence_span_is_valid_utf8_inside_the_file(void **state)
{
	struct corpus c;
	uint32_t i, j;

	(void)state;
	tu_story(&c);
	for (i = 0; i < c.n_articles; i++) {
		struct article *a = &c.articles[i];

		for (j = 0; j < a->n_sents; j++) {
			const struct sentence *s = &a->sents[j];

			assert_true(s->start < s->end && s->end <= a->len);
			assert_true(utf8_valid(a->text + s->start, s->end - s->start));
			/* no span starts or ends inside a multi-byte character */
			assert_true((a->text[s->start] & 0xC0) != 0x80);
			assert_true(s->end == a->len || (a->text[s->end] & 0xC0) != 0x80);
		}
	}
	corpus_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_of_a_known_string),
		cmocka_unit_test(test_bundled_articles_are_byte_identical),
		cmocka_unit_test(test_sentence_counts_are_stable),
		cmocka_unit_test(test_every_sentence_span_is_valid_utf8_inside_the_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
