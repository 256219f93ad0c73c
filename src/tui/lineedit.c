/* lineedit.c - one line of text being typed, and a history of them. */
#include "lineedit.h"

#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "parallax/keys.h"
#include "parallax/util.h"

/* The start of the character before byte i. */
static uint32_t
prev_char(const struct lineedit *e, uint32_t i)
{
	while (i > 0 && ((unsigned char)e->buf[--i] & 0xC0) == 0x80)
		;
	return i;
}

static uint32_t
next_char(const struct lineedit *e, uint32_t i)
{
	int32_t cp;

	return i < e->len ? i + (uint32_t)utf8_decode((const unsigned char *)e->buf + i, e->len - i, &cp)
	                  : i;
}

static void
cut(struct lineedit *e, uint32_t from, uint32_t to)
{
	memmove(e->buf + from, e->buf + to, e->len - to + 1);
	e->len -= to - from;
	e->cur = from;
}

void
lineedit_set(struct lineedit *e, const char *s)
{
	size_t n = strlen(s);

	if (n > LINEEDIT_MAX) {
		n = LINEEDIT_MAX;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(e->buf, s, n);
	e->buf[n] = '\0';
	e->len = e->cur = (uint32_t)n;
}

static bool
insert(struct lineedit *e, int key)
{
	char enc[4];
	size_t n;

	if (key < 0x20 || key == 0x7F || (key >= 0x80 && key < 0xA0) || key >= 0x110000 ||
	    (key >= 0xD800 && key < 0xE000))
		return false;
	n = utf8_encode(key, enc);
	if (e->len + n > LINEEDIT_MAX)
		return true;
	memmove(e->buf + e->cur + n, e->buf + e->cur, e->len - e->cur + 1);
	memcpy(e->buf + e->cur, enc, n);
	e->len += (uint32_t)n;
	e->cur += (uint32_t)n;
	return true;
}

/* The start of the word before the cursor, blanks before it included. */
static uint32_t
word_start(const struct lineedit *e)
{
	uint32_t i = e->cur;

	while (i > 0 && e->buf[i - 1] == ' ')
		i--;
	while (i > 0 && e->buf[i - 1] != ' ')
		i = prev_char(e, i);
	return i;
}

bool
lineedit_key(struct lineedit *e, int key)
{
	switch (key) {
	case KEY_BACKSPACE_: cut(e, prev_char(e, e->cur), e->cur); return true;
	case KEY_DEL_: cut(e, e->cur, next_char(e, e->cur)); return true;
	case KEY_LEFT_: e->cur = prev_char(e, e->cur); return true;
	case KEY_RIGHT_: e->cur = next_char(e, e->cur); return true;
	case KEY_HOME_:
	case KEY_CTRL('a'): e->cur = 0; return true;
	case KEY_END_:
	case KEY_CTRL('e'): e->cur = e->len; return true;
	case KEY_CTRL('u'): cut(e, 0, e->cur); return true;
	case KEY_CTRL('k'): e->buf[e->cur] = '\0'; e->len = e->cur; return true;
	case KEY_CTRL('w'): cut(e, word_start(e), e->cur); return true;
	default: return insert(e, key);
	}
}

int
lineedit_cursor_cells(const struct lineedit *e)
{
	return grid_text_width(e->buf, e->cur);
}

void
history_add(struct history *h, const char *s)
{
	uint32_t i;

	if (!s[0])
		return;
	for (i = 0; i < h->n; i++) {
		if (strcmp(h->v[i], s) == 0) {
			char *again = h->v[i];

			memmove(h->v + i, h->v + i + 1, (h->n - i - 1) * sizeof *h->v);
			h->v[h->n - 1] = again;
			return;
		}
	}
	if (h->n == HISTORY_MAX) {
		free(h->v[0]);
		memmove(h->v, h->v + 1, (h->n - 1) * sizeof *h->v);
		h->n--;
	}
	*PX_PUSH(h->v, h->n, h->cap) = xstrdup(s);
}

void
history_free(struct history *h)
{
	uint32_t i;

	for (i = 0; i < h->n; i++)
		free(h->v[i]);
	free(h->v);
	memset(h, 0, sizeof *h);
}

bool
history_browse(const struct history *h, struct lineedit *e, uint32_t *pos,
               struct lineedit *saved, int dir)
{
	if (*pos > h->n)
		*pos = h->n;
	if ((dir < 0 && *pos == 0) || (dir > 0 && *pos >= h->n))
		return false;
	if (*pos == h->n)
		*saved = *e;
	*pos = dir < 0 ? *pos - 1 : *pos + 1;
	if (*pos == h->n)
		*e = *saved;
	else
		lineedit_set(e, h->v[*pos]);
	return true;
}
