/* event.h - what the reader reacts to: keys, mouse, resize, snapshots.
 *
 * Keys are the engine's key codes (keys.h), never curses codes: the
 * display translates terminal input, the script parser reads key names,
 * and both produce these events. */
#ifndef PARALLAX_TUI_EVENT_H
#define PARALLAX_TUI_EVENT_H

#include <stdint.h>

enum event_type {
	EV_NONE,
	EV_KEY,    /* key */
	EV_MOUSE,  /* mouse at x, y */
	EV_RESIZE, /* the screen is now w x h */
	EV_SNAP,   /* scripts: append the screen to the dumps */
	EV_END,    /* no more input */
};

enum mouse_kind {
	MOUSE_CLICK,
	MOUSE_WHEEL_UP,
	MOUSE_WHEEL_DOWN,
};

struct event {
	enum event_type type;
	int key;
	enum mouse_kind mouse;
	int x, y; /* mouse position, 0-based */
	int w, h; /* new size */
	uint32_t line; /* where it came from (scripts), for messages */
};

#endif
