/* keys.c - key codes and key names. */
#include "parallax/keys.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "parallax/util.h"

static const struct {
	const char *name;
	int key;
} names[] = {
	/* the first name of a key is its canonical name */
	{"Up", KEY_UP_},
	{"Down", KEY_DOWN_},
	{"Left", KEY_LEFT_},
	{"Right", KEY_RIGHT_},
	{"PgUp", KEY_PGUP_},
	{"PageUp", KEY_PGUP_},
	{"PgDown", KEY_PGDOWN_},
	{"PageDown", KEY_PGDOWN_},
	{"PgDn", KEY_PGDOWN_},
	{"Home", KEY_HOME_},
	{"End", KEY_END_},
	{"Enter", KEY_ENTER_},
	{"Return", KEY_ENTER_},
	{"CR", KEY_ENTER_},
	{"Tab", KEY_TAB_},
	{"S-Tab", KEY_STAB_},
	{"BackTab", KEY_STAB_},
	{"Esc", KEY_ESC_},
	{"Escape", KEY_ESC_},
	{"Space", KEY_SPACE_},
	{"Backspace", KEY_BACKSPACE_},
	{"BS", KEY_BACKSPACE_},
	{"Del", KEY_DEL_},
	{"Delete", KEY_DEL_},
	{"Ins", KEY_INS_},
	{"Insert", KEY_INS_},
	{"Resize", KEY_RESIZE_},
	{"Mouse", KEY_MOUSE_},
	{"lt", '<'},
	{"Quote", '"'},
	{"Hash", '#'},
	{"Semicolon", ';'},
	{"Comma", ','},
	{"Equals", '='},
	{"Bslash", '\\'},
};

static bool
parse_bracketed(const char *s, size_t n, int *key)
{
	size_t i;
	char buf[KEY_NAME_MAX];

	if (n == 0 || n >= sizeof buf)
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	for (i = 0; i < PX_ARRAY_SIZE(names); i++) {
		if (strcasecmp(buf, names[i].name) == 0) {
			*key = names[i].key;
			return true;
		}
	}
	if ((buf[0] == 'F' || buf[0] == 'f') && n >= 2 && n <= 3 && isdigit((unsigned char)buf[1]) &&
	    (n == 2 || isdigit((unsigned char)buf[2]))) {
		int f = (buf[1] - '0') * (n == 3 ? 10 : 1) + (n == 3 ? buf[2] - '0' : 0);

		if (f >= 1 && f <= 12) {
			*key = KEY_F1_ + f - 1;
			return true;
		}
		return false;
	}
	if (n == 3 && (buf[0] == 'C' || buf[0] == 'c') && buf[1] == '-' &&
	    isalpha((unsigned char)buf[2])) {
		*key = KEY_CTRL(tolower((unsigned char)buf[2]));
		return true;
	}
	return false;
}

bool
key_parse(const char *name, int *key)
{
	size_t n;
	int32_t cp;

	while (*name == ' ' || *name == '\t')
		name++;
	n = strlen(name);
	while (n && (name[n - 1] == ' ' || name[n - 1] == '\t'))
		n--;
	if (n == 0)
		return false;
	if (n > 2 && name[0] == '<' && name[n - 1] == '>')
		return parse_bracketed(name + 1, n - 2, key);
	/* a single character, of any script */
	if (utf8_decode((const unsigned char *)name, n, &cp) != n || cp == 0xFFFD ||
	    cp < 0x21 || cp == 0x7F)
		return false;
	*key = cp;
	return true;
}

int
key_parse_list(const char *list, int *keys, int max, char *bad, size_t cap)
{
	int n = 0;
	const char *p = list;

	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		char item[64];
		int key;

		if (len >= sizeof item)
			len = sizeof item - 1;
		memcpy(item, p, len);
		item[len] = '\0';
		if (!key_parse(item, &key) || n >= max) {
			size_t s = 0, e = len;

			while (s < e && isspace((unsigned char)item[s]))
				s++;
			while (e > s && isspace((unsigned char)item[e - 1]))
				e--;
			snprintf(bad, cap, "%.*s", (int)(e - s), item + s);
			return -1;
		}
		keys[n++] = key;
		if (!comma)
			return n;
		p = comma + 1;
	}
}

const char *
key_label(int key, char *buf)
{
	if (key > 0x20 && key < KEY_SPECIAL && key != 0x7F) {
		buf[utf8_encode(key, buf)] = '\0';
		return buf;
	}
	return key_to_name(key, buf);
}

const char *
key_to_name(int key, char *buf)
{
	size_t i;

	for (i = 0; i < PX_ARRAY_SIZE(names); i++) {
		if (names[i].key == key) {
			snprintf(buf, KEY_NAME_MAX, "<%s>", names[i].name);
			return buf;
		}
	}
	if (key >= KEY_F1_ && key <= KEY_F12_)
		snprintf(buf, KEY_NAME_MAX, "<F%d>", key - KEY_F1_ + 1);
	else if (key >= 1 && key <= 26)
		snprintf(buf, KEY_NAME_MAX, "<C-%c>", key + 'a' - 1);
	else if (key > 0x20 && key < KEY_SPECIAL && key != 0x7F)
		buf[utf8_encode(key, buf)] = '\0';
	else
		snprintf(buf, KEY_NAME_MAX, "<0x%x>", (unsigned)key);
	return buf;
}
