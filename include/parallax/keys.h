/* keys.h - key codes and key names, shared by [keys] and test scripts.
 *
 * A key is an int: a printable key is its Unicode code point, a control
 * key is its ASCII control code (<C-d> is 4, <Tab> is 9, <Enter> is 10,
 * <Esc> is 27), and the other keys are KEY_SPECIAL + n. The reader maps
 * curses key codes to these, so the engine needs no curses.
 *
 * Names: a single character stands for itself ("j", "G", "]"); others
 * are written in angle brackets, case-insensitively: <Up> <Down> <Left>
 * <Right> <PgUp> <PgDown> <Home> <End> <Enter> <Tab> <S-Tab> <Esc>
 * <Space> <Backspace> <Del> <Ins> <F1>..<F12> <C-a>..<C-z>, and for
 * characters an ini file or a list cannot hold: <lt> (<) <Quote> (")
 * <Hash> (#) <Semicolon> (;) <Comma> (,) <Equals> (=) <Bslash> (\). */
#ifndef PARALLAX_KEYS_H
#define PARALLAX_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#define KEY_CTRL(c) ((c) & 0x1f)
#define KEY_SPECIAL 0x110000

enum key_special {
	KEY_UP_ = KEY_SPECIAL + 1,
	KEY_DOWN_,
	KEY_LEFT_,
	KEY_RIGHT_,
	KEY_PGUP_,
	KEY_PGDOWN_,
	KEY_HOME_,
	KEY_END_,
	KEY_STAB_,
	KEY_BACKSPACE_,
	KEY_DEL_,
	KEY_INS_,
	KEY_F1_,
	KEY_F12_ = KEY_F1_ + 11,
	KEY_RESIZE_,      /* the terminal changed size */
	KEY_MOUSE_,       /* a mouse event is waiting */
	KEY_LAST_,
};

#define KEY_TAB_ 9
#define KEY_ENTER_ 10
#define KEY_ESC_ 27
#define KEY_SPACE_ 32

#define KEY_NAME_MAX 16

/* Parse one key name (leading and trailing blanks ignored). Returns true
 * and sets *key on success. */
bool key_parse(const char *name, int *key);

/* Parse a comma-separated list of key names ("j, <Down>") into keys
 * (at most max). Returns the number of keys, or -1 and sets *bad to the
 * offending item (NUL-terminated copy in buf of size cap). */
int key_parse_list(const char *list, int *keys, int max, char *bad, size_t cap);

/* The canonical name of key into buf (at least KEY_NAME_MAX bytes). */
const char *key_to_name(int key, char *buf);
/* key as a user reads it on screen: a printable character as itself
 * ("<", "\"", ";"), other keys by their canonical name. */
const char *key_label(int key, char *buf);

#endif
