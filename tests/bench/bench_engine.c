/* bench_engine.c - speed and memory of the analysis, without a terminal.
 *
 * usage: bench_engine [STORY_DIR [ARTICLES]]
 *
 * Analyses the bundled story, then corpora of 100, 1,000 and 10,000
 * generated articles. A generated article recombines and perturbs real
 * sentences of the story (a fixed seed, so every run builds the same
 * corpora): mostly the sentences of one article in order, some from the
 * others, with numbers, weekdays and word order changed here and there.
 * Each generated size runs in a child process, so its peak RSS is its
 * own; every size runs GEN_RUNS times and the run of median analysis
 * time is kept (a virtual machine's neighbours make single runs vary by a
 * third, and the 10,000-article target is a ratio of two such runs).
 * Prints a table, the targets and whether each holds. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parallax/analyse.h"
#include "parallax/corpus.h"
#include "parallax/load.h"

#ifndef PX_SOURCE_DIR
#define PX_SOURCE_DIR "."
#endif

#define STORY_RUNS 25
#define GEN_RUNS 3
#define ARTICLE_SENTENCES 34

struct pool {
	char **sent;       /* body sentences of the story, NUL-terminated */
	uint32_t *article; /* story article of each */
	uint32_t n, cap, n_articles;
	uint32_t first[64]; /* first sentence of each story article */
};

struct result {
	double bytes, sentences, segment, match, total;
};

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint32_t
rng(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 0x2545F4914F6CDD1Dull) >> 32);
}

static void
pool_collect(struct pool *p, const struct corpus *c)
{
	uint32_t i, j;

	memset(p, 0, sizeof *p);
	for (i = 0; i < c->n_articles && i < 64; i++) {
		const struct article *a = &c->articles[i];

		p->first[i] = p->n;
		for (j = 0; j < a->n_sents; j++) {
			const struct sentence *s = &a->sents[j];

			if (s->flags & (SENT_BOILER | SENT_HEADLINE))
				continue;
			px_grow(&p->article, &p->cap, (size_t)p->n + 1, sizeof *p->article);
			p->sent = xrealloc(p->sent, (size_t)p->cap * sizeof *p->sent);
			p->sent[p->n] = xstrndup(article_at(a, s->start), s->end - s->start);
			p->article[p->n++] = i;
		}
		p->n_articles = i + 1;
	}
	p->first[p->n_articles] = p->n;
}

struct buf {
	char *s;
	size_t n, cap;
};

static void
buf_put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

/* Copy a sentence with small changes: another number, another weekday,
 * a word left out, two words swapped. */
static void
perturb(struct buf *out, const char *s)
{
	bool drop = rng() % 4 == 0, swap = rng() % 6 == 0, renumber = rng() % 3 == 0;
	uint32_t words = 0, drop_at = rng() % 20, swap_at = rng() % 20;
	const char *p = s;

	while (*p) {
		const char *w = p, *e;
		size_t k;

		while (*p && *p != ' ')
			p++;
		e = p;
		if (*p == ' ')
			p++;
		words++;
		if (drop && words == drop_at + 1 && *p)
			continue;
		if (swap && words == swap_at + 1 && *p) {
			const char *w2 = p, *e2 = p;

			while (*e2 && *e2 != ' ')
				e2++;
			buf_put(out, w2, (size_t)(e2 - w2));
			buf_put(out, " ", 1);
			buf_put(out, w, (size_t)(e - w));
			p = *e2 ? e2 + 1 : e2;
			if (*p)
				buf_put(out, " ", 1);
			words++;
			continue;
		}
		for (k = 0; k < PX_ARRAY_SIZE(weekdays); k++)
			if ((size_t)(e - w) >= strlen(weekdays[k]) &&
			    memcmp(w, weekdays[k], strlen(weekdays[k])) == 0 && rng() % 3 == 0) {
				const char *nw = weekdays[rng() % PX_ARRAY_SIZE(weekdays)];

				buf_put(out, nw, strlen(nw));
				w += strlen(weekdays[k]);
				break;
			}
		if (renumber && w < e && *w >= '1' && *w <= '9') {
			char num[16];
			int n = snprintf(num, sizeof num, "%u", 2 + rng() % 500);

			buf_put(out, num, (size_t)n);
			while (w < e && ((*w >= '0' && *w <= '9') || *w == ','))
				w++;
		}
		buf_put(out, w, (size_t)(e - w));
		if (*p)
			buf_put(out, " ", 1);
	}
}

static void
generate_article(const struct pool *p, struct buf *out)
{
	uint32_t base = rng() % p->n_articles, next = p->first[base], i, para = 0;

	out->n = 0;
	/* a headline: the first sentence of some article, cut short */
	buf_put(out, p->sent[p->first[rng() % p->n_articles]], 60);
	buf_put(out, "\n\n", 2);
	for (i = 0; i < ARTICLE_SENTENCES; i++) {
		uint32_t k;

		if (rng() % 10 < 7 && next < p->first[base + 1])
			k = next++;
		else
			k = rng() % p->n;
		perturb(out, p->sent[k]);
		if (++para >= 1 + rng() % 4) {
			buf_put(out, "\n\n", 2);
			para = 0;
		} else {
			buf_put(out, " ", 1);
		}
	}
	buf_put(out, "\n", 1);
}

static double
now(void)
{
	return px_now();
}

static void
measure(struct corpus *c, struct result *r)
{
	struct analysis_times t;
	uint32_t i;

	if (analyse(c, NULL, &t) != PX_OK) {
		fprintf(stderr, "bench: %s\n", px_error());
		exit(2);
	}
	memset(r, 0, sizeof *r);
	for (i = 0; i < c->n_articles; i++) {
		r->bytes += c->articles[i].len;
		r->sentences += c->articles[i].n_sents;
	}
	r->segment = t.segment;
	r->match = t.match;
	r->total = t.total;
}

/* Build and analyse n generated articles in a child; its result comes
 * back through a pipe, its peak RSS through wait4(). */
static bool
run_generated(const struct pool *p, uint32_t n, struct result *r, long *rss_kb)
{
	int fd[2];
	pid_t pid;
	struct rusage ru;
	int status;

	if (pipe(fd) != 0)
		return false;
	pid = fork();
	if (pid < 0)
		return false;
	if (pid == 0) {
		struct corpus c;
		struct buf b = {0};
		uint32_t i;
		char name[32];

		close(fd[0]);
		rng_state = 0x9E3779B97F4A7C15ull ^ n;
		corpus_init(&c);
		for (i = 0; i < n; i++) {
			generate_article(p, &b);
			snprintf(name, sizeof name, "gen-%05u.txt", i);
			corpus_add_text(&c, name, b.s, b.n);
		}
		free(b.s);
		measure(&c, r);
		if (write(fd[1], r, sizeof *r) != (ssize_t)sizeof *r)
			_exit(1);
		_exit(0);
	}
	close(fd[1]);
	if (read(fd[0], r, sizeof *r) != (ssize_t)sizeof *r) {
		close(fd[0]);
		waitpid(pid, &status, 0);
		return false;
	}
	close(fd[0]);
	if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		return false;
	*rss_kb = ru.ru_maxrss;
	return true;
}

static void
print_row(const char *name, const struct result *r, long rss_kb)
{
	printf("%-16s %9.2f %9u %10.2f %10.2f %10.2f %12.0f %8.1f %9.1f %6.1fx\n", name,
	       r->bytes / 1e6, (unsigned)r->sentences, r->segment * 1e3, r->match * 1e3,
	       r->total * 1e3, r->sentences / r->total, r->bytes / 1e6 / r->total,
	       rss_kb / 1024.0, rss_kb * 1024.0 / r->bytes);
}

static int
cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return a < b ? -1 : a > b;
}

static void
check(const char *what, bool ok, int *failed)
{
	printf("  %-58s %s\n", what, ok ? "holds" : "MISSED");
	*failed += !ok;
}

static int
cmp_total(const void *x, const void *y)
{
	const struct result *a = x, *b = y;

	return a->total < b->total ? -1 : a->total > b->total;
}

/* runs runs of n generated articles: the one of median analysis time,
 * and the largest peak RSS. */
static bool
run_median(const struct pool *p, uint32_t n, int runs, struct result *r, long *rss_kb)
{
	struct result all[GEN_RUNS];
	long rss;
	int k;

	*rss_kb = 0;
	for (k = 0; k < runs && k < GEN_RUNS; k++) {
		if (!run_generated(p, n, &all[k], &rss))
			return false;
		*rss_kb = rss > *rss_kb ? rss : *rss_kb;
	}
	qsort(all, (size_t)k, sizeof *all, cmp_total);
	*r = all[k / 2];
	return true;
}

int
main(int argc, char **argv)
{
	const char *story = argc > 1 ? argv[1] : PX_SOURCE_DIR "/articles/ceasefire-2025-03";
	uint32_t sizes[] = {100, 1000, 10000};
	struct result story_r, gen[3];
	long rss[3] = {0};
	double totals[STORY_RUNS], t0;
	struct corpus c;
	struct pool p;
	struct rusage ru;
	uint32_t i;
	int failed = 0;
	bool ok[3];

	corpus_init(&c);
	if (load_paths(&c, &story, 1, NULL) != PX_OK) {
		fprintf(stderr, "bench: %s\n", px_error());
		return 2;
	}
	t0 = now();
	for (i = 0; i < STORY_RUNS; i++) {
		measure(&c, &story_r);
		totals[i] = story_r.total;
	}
	(void)t0;
	qsort(totals, STORY_RUNS, sizeof *totals, cmp_double);
	story_r.total = totals[STORY_RUNS / 2];
	pool_collect(&p, &c);
	getrusage(RUSAGE_SELF, &ru);

	printf("parallax engine benchmark (single thread; times in ms; analysis = segment +\n"
	       "tokens + boilerplate + match + extraction; medians: the story of %d runs,\n"
	       "the generated corpora of %d)\n\n",
	       STORY_RUNS, GEN_RUNS);
	printf("%-16s %9s %9s %10s %10s %10s %12s %8s %9s %7s\n", "corpus", "input MB",
	       "sentences", "segment", "match", "analysis", "sentences/s", "MB/s", "peak MB",
	       "RSS/in");
	print_row("bundled story", &story_r, ru.ru_maxrss);
	fflush(stdout);
	for (i = 0; i < 3; i++) {
		char name[32];

		/* one size only, for profiling: bench_engine DIR 1000 */
		if (argc > 2 && sizes[i] != (uint32_t)atoi(argv[2])) {
			ok[i] = false;
			continue;
		}
		ok[i] = run_median(&p, sizes[i], GEN_RUNS, &gen[i], &rss[i]);
		snprintf(name, sizeof name, "%u articles", sizes[i]);
		if (ok[i])
			print_row(name, &gen[i], rss[i]);
		else
			printf("%-16s failed\n", name);
		fflush(stdout);
	}

	printf("\ntargets\n");
	check("bundled story analysed in < 5 ms", story_r.total < 0.005, &failed);
	check("1,000 articles analysed in < 1 s", ok[1] && gen[1].total < 1.0, &failed);
	check("10,000 articles in < 12x the time of 1,000",
	      ok[1] && ok[2] && gen[2].total < 12 * gen[1].total, &failed);
	check("peak RSS < 30x input (generated corpora)",
	      ok[0] && ok[1] && ok[2] && rss[0] * 1024.0 < 30 * gen[0].bytes &&
	      rss[1] * 1024.0 < 30 * gen[1].bytes && rss[2] * 1024.0 < 30 * gen[2].bytes,
	      &failed);
	printf("  (the bundled story's RSS is the process's own floor, %.1f MB, for %.0f KB\n"
	       "  of text; the ratio is meaningful for the generated corpora)\n",
	       ru.ru_maxrss / 1024.0, story_r.bytes / 1e3);
	for (i = 0; i < p.n; i++)
		free(p.sent[i]);
	free(p.sent);
	free(p.article);
	corpus_free(&c);
	return 0;
}
