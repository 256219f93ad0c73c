/* util.h - allocation, errors, growable arrays, arena, UTF-8 helpers.
 *
 * Out of memory is not recoverable here: the x*alloc wrappers print a
 * message and exit(2) after running the die hook (the TUI uses it to
 * restore the terminal first). */
#ifndef PARALLAX_UTIL_H
#define PARALLAX_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PX_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define PX_MIN(a, b) ((a) < (b) ? (a) : (b))
#define PX_MAX(a, b) ((a) > (b) ? (a) : (b))

#if defined(__GNUC__)
#define PX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define PX_NORETURN __attribute__((noreturn))
#else
#define PX_PRINTF(f, a)
#define PX_NORETURN
#endif

/* Exit codes of the program, also used as error classes. */
enum status {
	PX_OK = 0,
	PX_ERR_INPUT = 1,    /* bad input or usage: the user can fix it */
	PX_ERR_INTERNAL = 2, /* a bug or a resource failure */
};

/* Record a one-line message for the last error and return st.
 * The message is read back with px_error() until the next px_fail(). */
enum status px_fail(enum status st, const char *fmt, ...) PX_PRINTF(2, 3);
const char *px_error(void);

/* Called by px_die() and on out-of-memory before the process exits. */
void px_set_die_hook(void (*hook)(void));
PX_NORETURN void px_die(const char *fmt, ...) PX_PRINTF(1, 2);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) PX_PRINTF(1, 2);

/* Grow the array *ptrp (of elements of size elem) so that it holds at
 * least need elements; *cap is its capacity in elements. */
void px_grow(void *ptrp, uint32_t *cap, size_t need, size_t elem);
/* Grow the heap by bytes at once and keep it, so that the allocations of
 * a run fault fewer pages in; a hint, a no-op where unsupported. */
void px_heap_reserve(size_t bytes);

/* The first of n records, size bytes apart from base and sorted by the
 * uint32_t field at field_off, whose field is at least key (n when none):
 * the binary search of "the first sentence ending after an offset", "the
 * first item starting at an offset". PX_LOWER_BOUND(v, n, type, field,
 * key) for an array v of n records of struct type. */
uint32_t px_lower_bound(const void *base, uint32_t n, size_t size, size_t field_off,
                        uint64_t key);
#define PX_LOWER_BOUND(v, n, type, field, key) \
	px_lower_bound((v), (n), sizeof(type), offsetof(type, field), (key))

/* Append one zeroed element to array arr with count n and capacity cap;
 * evaluates to a pointer to the new element. */
#define PX_PUSH(arr, n, cap) \
	(px_grow(&(arr), &(cap), (size_t)(n) + 1, sizeof *(arr)), \
	 px_zero_(&(arr)[(n)], sizeof *(arr)), &(arr)[(n)++])
void *px_zero_(void *p, size_t n);

/* A bump allocator: everything is freed at once by arena_free(). */
struct arena {
	struct arena_block *head;
	size_t bytes; /* total bytes handed out, for statistics */
};

void arena_init(struct arena *a);
void *arena_alloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
void arena_free(struct arena *a);

/* Decode one code point at s (n bytes available). Returns its length in
 * bytes (1 for an invalid byte, with *cp set to U+FFFD), or 0 if n == 0. */
size_t utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Encode cp as UTF-8 into out (at least 4 bytes); returns the length. */
size_t utf8_encode(int32_t cp, char *out);
/* True when s[0..n) is valid UTF-8 with no NUL byte. */
bool utf8_valid(const unsigned char *s, size_t n);

/* Terminal safety. Article text is data: a control character (C0, DEL,
 * C1) must never reach the terminal. px_safe_cp() maps a code point to
 * what may be shown: C0 controls to their Control Pictures (ESC is
 * U+241B), DEL to U+2421, C1 controls and U+FFFD stay U+FFFD.
 * px_safe_str() returns a NUL-terminated, valid UTF-8 copy of s[0..n)
 * with tabs and newlines as spaces and every other control replaced. */
int32_t px_safe_cp(int32_t cp);
char *px_safe_str(const char *s, size_t n);

/* qsort() that accepts an empty (possibly NULL) array: qsort(NULL, 0)
 * is undefined behaviour. */
void px_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* Hash of a byte string (FNV-1a, 64 bit). */
uint64_t px_hash(const void *data, size_t n);

/* Monotonic clock in seconds, for statistics and benchmarks. */
double px_now(void);

#endif
