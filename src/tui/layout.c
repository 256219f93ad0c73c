/* layout.c - the geometry of the reader, without a terminal. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "layout.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static bool
codeset_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* wcwidth() of code points below CACHE_CPS, once computed (-2: not
 * yet). Most text is Latin with a little typography: this saves most
 * calls into the C library. */
#define CACHE_CPS 0x3000
static int8_t width_cache[CACHE_CPS];
static bool width_cache_ready;

static void
width_cache_reset(void)
{
	memset(width_cache, -2, sizeof width_cache);
	width_cache_ready = true;
}

bool
layout_locale(void)
{
	width_cache_reset();
	setlocale(LC_ALL, "");
	if (codeset_is_utf8())
		return true;
	if (setlocale(LC_CTYPE, "C.UTF-8") && codeset_is_utf8())
		return true;
	return setlocale(LC_CTYPE, "en_US.UTF-8") && codeset_is_utf8();
}

static int
cp_width(int32_t cp)
{
	if (cp >= CACHE_CPS)
		return wcwidth((wchar_t)cp);
	if (!width_cache_ready)
		width_cache_reset();
	if (width_cache[cp] == -2)
		width_cache[cp] = (int8_t)wcwidth((wchar_t)cp);
	return width_cache[cp];
}

int32_t
layout_display_cp(int32_t cp, int *width)
{
	int w;

	if (cp >= 0x20 && cp < 0x7F) {
		*width = 1;
		return cp;
	}
	if (cp == '\t' || cp == '\n' || cp == '\r')
		cp = ' ';
	cp = px_safe_cp(cp);
	w = cp_width(cp);
	if (w < 0 || w > 2) {
		cp = 0xFFFD;
		w = 1;
	}
	*width = w;
	return cp;
}

int
layout_columns_shown(int w, int n_articles, int columns, int min_width)
{
	int n = columns > 0 ? columns : w / PX_MAX(min_width, 1);

	n = PX_MIN(n, n_articles);
	while (n > 1 && (w - (n - 1)) / n < LAYOUT_MIN_COLUMN)
		n--;
	return PX_MAX(n, 1);
}

void
layout_column(int w, int shown, int i, int *x, int *width)
{
	int inner = w - (shown - 1);
	int base = inner / shown, extra = inner % shown;

	*width = base + (i < extra);
	*x = i * (base + 1) + PX_MIN(i, extra);
}

static bool
is_blank(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x3000;
}

static bool
breaks_after(int32_t cp)
{
	return cp == '-' || cp == '/' || cp == 0x2013 || cp == 0x2014 || cp == 0x2010;
}

/* Punctuation a line should not start with (CJK and Latin closers). */
static bool
no_break_before(int32_t cp)
{
	static const int32_t closers[] = {
		0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x300D, 0x300F, 0xFF09, 0xFF01, 0xFF1F,
		0xFF1A, 0xFF1B, 0x3009, 0x300B, 0x3011, 0x30FC, ',', '.', ')', '!', '?',
	};
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(closers); i++)
		if (closers[i] == cp)
			return true;
	return false;
}

static uint32_t
skip_blanks(const unsigned char *t, uint32_t i, uint32_t e)
{
	while (i < e) {
		int32_t cp;
		size_t k = utf8_decode(t + i, e - i, &cp);

		if (!is_blank(cp) || cp == 0xA0)
			break;
		i += (uint32_t)k;
	}
	return i;
}

uint32_t
layout_break(const unsigned char *t, uint32_t s, uint32_t e, int width, uint32_t *next)
{
	uint32_t i = s, brk = s, brk_next = s;
	int used = 0, prev_w = 0;

	while (i < e) {
		int32_t cp;
		int w;
		uint32_t k = (uint32_t)utf8_decode(t + i, e - i, &cp);

		layout_display_cp(cp, &w);
		if (cp != 0xA0 && is_blank(cp)) {
			brk = i;
			brk_next = skip_blanks(t, i, e);
		} else if ((w == 2 || (prev_w == 2 && w == 1)) && i > s && !no_break_before(cp)) {
			brk = brk_next = i; /* around wide characters (CJK has no blanks) */
		}
		if (w)
			prev_w = w;
		if (used + w > width && i > s) {
			if (brk > s) {
				*next = brk_next;
				return brk;
			}
			*next = i;
			return i;
		}
		used += w;
		i += k;
		if (breaks_after(cp) && i < e) {
			brk = brk_next = i;
		}
	}
	*next = e;
	return e;
}

void
text_layout_free(struct text_layout *l)
{
	free(l->lines);
	memset(l, 0, sizeof *l);
}

/* File line numbers, counted forward as lines are made. */
struct src_pos {
	uint32_t at, line;
};

static uint32_t
src_line(struct src_pos *sp, const unsigned char *t, uint32_t off)
{
	for (; sp->at < off; sp->at++)
		sp->line += t[sp->at] == '\n';
	return sp->line;
}

static void
push_line(struct text_layout *l, uint32_t s, uint32_t e, uint32_t para, uint32_t src,
          uint32_t flags)
{
	struct vline *v = PX_PUSH(l->lines, l->n, l->cap);

	v->start = s;
	v->end = e;
	v->para = para;
	v->srcline = src;
	v->flags = flags;
}

/* Lines of bytes [s, e) of paragraph pi. */
static void
layout_run(struct text_layout *l, const struct article *a, uint32_t pi, uint32_t s, uint32_t e,
           struct src_pos *sp)
{
	uint32_t flags = VLINE_PARA;

	do {
		uint32_t next, end;

		if (l->wrap && s < e)
			end = layout_break(a->text, s, e, l->width, &next);
		else
			end = next = e;
		push_line(l, s, end, pi, src_line(sp, a->text, s), flags);
		s = next;
		flags = 0;
	} while (s < e);
}

static void
blank_before(struct text_layout *l, const struct article *a, uint32_t pi, uint32_t at,
             struct src_pos *sp)
{
	if (l->n)
		push_line(l, at, at, pi, src_line(sp, a->text, at), VLINE_BLANK);
}

/* The runs of kept sentences of paragraph pi, each laid out as a
 * paragraph of its own. */
static void
layout_kept(struct text_layout *l, const struct article *a, uint32_t pi, const uint8_t *keep,
            struct src_pos *sp)
{
	const struct paragraph *p = &a->paras[pi];
	uint32_t i = p->sent_first, end = p->sent_first + p->sent_count;

	while (i < end) {
		uint32_t first;

		for (; i < end && !keep[i]; i++)
			;
		if (i == end)
			break;
		for (first = i; i < end && keep[i]; i++)
			;
		blank_before(l, a, pi, a->sents[first].start, sp);
		layout_run(l, a, pi, a->sents[first].start, a->sents[i - 1].end, sp);
	}
}

void
text_layout_build(struct text_layout *l, const struct article *a, int width, bool wrap,
                  bool hide_boiler)
{
	text_layout_build_kept(l, a, width, wrap, hide_boiler, NULL);
}

void
text_layout_build_kept(struct text_layout *l, const struct article *a, int width, bool wrap,
                       bool hide_boiler, const uint8_t *keep)
{
	struct src_pos sp = {0, 1};
	uint32_t i;

	l->n = 0;
	l->width = PX_MAX(width, 1);
	l->wrap = wrap;
	l->hide_boiler = hide_boiler;
	for (i = 0; i < a->n_paras; i++) {
		const struct paragraph *p = &a->paras[i];

		if (hide_boiler && p->boiler)
			continue;
		if (keep) {
			layout_kept(l, a, i, keep, &sp);
			continue;
		}
		blank_before(l, a, i, p->start, &sp);
		layout_run(l, a, i, p->start, p->end, &sp);
	}
}

static uint32_t
skip_blank_lines(const struct text_layout *l, uint32_t i)
{
	uint32_t j = i;

	while (j < l->n && (l->lines[j].flags & VLINE_BLANK))
		j++;
	if (j < l->n)
		return j;
	while (i > 0 && (l->lines[i].flags & VLINE_BLANK))
		i--;
	return i;
}

uint32_t
text_layout_line_at(const struct text_layout *l, uint32_t off)
{
	uint32_t lo = 0, hi = l->n;

	if (!l->n)
		return 0;
	/* the first line starting after off; the one before may hold it */
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (l->lines[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return skip_blank_lines(l, 0);
	lo--;
	if (off < l->lines[lo].end || lo + 1 == l->n)
		return skip_blank_lines(l, lo);
	return skip_blank_lines(l, lo + 1);
}
