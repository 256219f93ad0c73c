/* util.c - allocation, errors, growable arrays, arena, UTF-8 helpers. */
#define _POSIX_C_SOURCE 200809L
#include "parallax/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

static char error_buf[512];
static void (*die_hook)(void);

enum status
px_fail(enum status st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(error_buf, sizeof error_buf, fmt, ap);
	va_end(ap);
	return st;
}

const char *
px_error(void)
{
	return error_buf;
}

void
px_set_die_hook(void (*hook)(void))
{
	die_hook = hook;
}

void
px_die(const char *fmt, ...)
{
	va_list ap;

	if (die_hook) {
		void (*hook)(void) = die_hook;

		die_hook = NULL; /* a failing hook must not recurse */
		hook();
	}
	fputs("parallax: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(PX_ERR_INTERNAL);
}

static void *
check(void *p, size_t n)
{
	if (!p && n)
		px_die("out of memory (%zu bytes)", n);
	return p;
}

void *
xmalloc(size_t n)
{
	return check(malloc(n ? n : 1), n);
}

void *
xcalloc(size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		px_die("out of memory (%zu x %zu bytes)", n, size);
	return check(calloc(n ? n : 1, size ? size : 1), n * size);
}

void *
xrealloc(void *p, size_t n)
{
	return check(realloc(p, n ? n : 1), n);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *s;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		px_die("bad format string");
	s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

void
px_grow(void *ptrp, uint32_t *cap, size_t need, size_t elem)
{
	void *p;
	size_t ncap;

	if (need <= *cap)
		return;
	if (need > UINT32_MAX)
		px_die("array too large (%zu elements)", need);
	ncap = *cap ? (size_t)*cap * 2 : 8;
	while (ncap < need)
		ncap *= 2;
	if (ncap > UINT32_MAX)
		ncap = UINT32_MAX;
	if (ncap > SIZE_MAX / elem)
		px_die("array too large (%zu elements)", ncap);
	memcpy(&p, ptrp, sizeof p);
	p = xrealloc(p, ncap * elem);
	memcpy(ptrp, &p, sizeof p);
	*cap = (uint32_t)ncap;
}

void *
px_zero_(void *p, size_t n)
{
	return memset(p, 0, n);
}

/* arena */

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

#define ARENA_BLOCK (64 * 1024)

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->bytes = 0;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t align = sizeof(max_align_t);
	void *p;

	n = (n + align - 1) / align * align;
	if (!n)
		n = align;
	if (!b || b->size - b->used < n) {
		size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;

		b = xmalloc(sizeof *b + size);
		b->used = 0;
		b->size = size;
		/* a big one-off block goes behind the current head so the
		 * head's free space is not wasted */
		if (a->head && n > ARENA_BLOCK) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += n;
	a->bytes += n;
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *d = arena_alloc(a, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void
arena_free(struct arena *a)
{
	struct arena_block *b = a->head, *next;

	for (; b; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
	a->bytes = 0;
}

/* UTF-8 */

size_t
utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned char c;
	size_t len, i;
	int32_t v, min;

	if (n == 0)
		return 0;
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (n < len) {
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = v;
	return len;
}

size_t
utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

bool
utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		int32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);

		if (cp == 0)
			return false;
		/* a genuine U+FFFD is 3 bytes; an invalid byte decodes as 1 */
		if (cp == 0xFFFD && k == 1)
			return false;
		i += k;
	}
	return true;
}

int32_t
px_safe_cp(int32_t cp)
{
	if (cp < 0x20)
		return 0x2400 + cp;
	if (cp == 0x7F)
		return 0x2421;
	if (cp >= 0x80 && cp < 0xA0)
		return 0xFFFD;
	return cp;
}

char *
px_safe_str(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	char *out = xmalloc(n * 3 + 1);
	size_t i = 0, o = 0;

	while (i < n) {
		int32_t cp;

		i += utf8_decode(p + i, n - i, &cp);
		if (cp == '\t' || cp == '\n' || cp == '\r')
			cp = ' ';
		o += utf8_encode(px_safe_cp(cp), out + o);
	}
	out[o] = '\0';
	return out;
}

void
px_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

uint64_t
px_hash(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

double
px_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The first write to each fresh page of the heap faults, and on a
 * virtual machine a fault can cost more than the work done on the page:
 * a story of a few articles makes some 500 of them, half its start-up.
 * With glibc on Linux the heap is grown once by bytes, its pages mapped
 * in one call, and kept (not trimmed) for the allocations to come. */
void
px_heap_reserve(size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_POPULATE_WRITE)
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), lo, hi;
	char *p;

	if (bytes > (size_t)1 << 28)
		return;
	mallopt(M_MMAP_THRESHOLD, (int)(bytes * 2));
	mallopt(M_TRIM_THRESHOLD, (int)(bytes * 4));
	mallopt(M_TOP_PAD, (int)bytes);
	p = malloc(bytes);
	if (!p)
		return;
	lo = ((uintptr_t)p + page - 1) & ~(page - 1);
	hi = ((uintptr_t)p + bytes) & ~(page - 1);
	if (hi > lo)
		madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
	free(p);
#else
	(void)bytes;
#endif
}

uint32_t
px_lower_bound(const void *base, uint32_t n, size_t size, size_t field_off, uint64_t key)
{
	const unsigned char *b = base;
	uint32_t lo = 0, hi = n, v;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		memcpy(&v, b + (size_t)mid * size + field_off, sizeof v);
		if (v < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
