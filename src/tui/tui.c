/* tui.c - the reader's main loop: events in, frames out.
 *
 * Events come from the terminal or, headless, from a script; the reader
 * turns each into a change of state and says what changed; a frame is
 * the reader rendered into a grid and the grid handed to the display. */
#include "tui.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "display.h"
#include "dump.h"
#include "grid.h"
#include "layout.h"
#include "reader.h"
#include "script.h"

struct tui {
	struct reader rd;
	struct display *disp;
	struct grid grid;
	struct script script;
	bool scripted;
	FILE *screen_out, *model_out;
	/* --timing */
	double entered;     /* px_now() when the reader was started */
	double first_frame; /* px_now() when the first frame was shown */
	double frames_time; /* seconds spent in the frames after it */
	unsigned long frames;
};

static void
frame(struct tui *t, bool clear)
{
	double t0 = px_now();

	reader_render(&t->rd, &t->grid);
	display_draw(t->disp, &t->grid, clear);
	if (t->frames++)
		t->frames_time += px_now() - t0;
	else
		t->first_frame = px_now();
}

static void
report_timing(const struct tui *t, const struct tui_opts *o)
{
	fprintf(stderr, "parallax: first frame %.2f ms after start (%.2f ms in the reader); "
	        "%lu more frames in %.3f s", (t->first_frame - o->start) * 1e3,
	        (t->first_frame - t->entered) * 1e3, t->frames ? t->frames - 1 : 0, t->frames_time);
	if (t->frames > 1 && t->frames_time > 0)
		fprintf(stderr, " (%.0f frames/s)", (double)(t->frames - 1) / t->frames_time);
	fputc('\n', stderr);
}

static void
snap(struct tui *t)
{
	if (t->screen_out)
		dump_screen(&t->grid, t->screen_out);
	if (t->model_out)
		dump_model(&t->rd, &t->grid, t->disp, t->model_out);
}

static struct event
next_event(struct tui *t)
{
	struct event ev = t->scripted ? script_next(&t->script) : display_read(t->disp);

	if (ev.type == EV_RESIZE) {
		if (t->scripted)
			display_resize(t->disp, ev.w, ev.h);
		display_size(t->disp, &ev.w, &ev.h);
	}
	return ev;
}

static void
loop(struct tui *t)
{
	frame(t, false);
	for (;;) {
		struct event ev = next_event(t);
		unsigned res;

		if (ev.type == EV_END)
			break;
		if (ev.type == EV_SNAP) {
			snap(t);
			continue;
		}
		res = reader_event(&t->rd, &ev);
		if (res & R_QUIT)
			break;
		if (res != R_NONE)
			frame(t, (res & R_CLEAR) != 0);
	}
}

static enum status
open_dump(FILE **f, const char *path)
{
	if (!path)
		return PX_OK;
	*f = fopen(path, "w");
	if (!*f)
		return px_fail(PX_ERR_INPUT, "%s: %s", path, strerror(errno));
	return PX_OK;
}

static enum status
close_dump(FILE *f, const char *path)
{
	if (f && fclose(f) != 0)
		return px_fail(PX_ERR_INPUT, "%s: %s", path, strerror(errno));
	return PX_OK;
}

static enum status
start(struct tui *t, const struct tui_opts *o)
{
	enum status st;

	t->scripted = o->script != NULL;
	if (t->scripted && (st = script_load(&t->script, o->script)) != PX_OK)
		return st;
	if ((st = open_dump(&t->screen_out, o->dump_screen)) != PX_OK ||
	    (st = open_dump(&t->model_out, o->dump_model)) != PX_OK)
		return st;
	return PX_OK;
}

enum status
tui_run(struct corpus *c, const struct config *cfg, const struct tui_opts *o)
{
	struct tui t;
	enum status st, st2;
	int w, h;

	memset(&t, 0, sizeof t);
	t.entered = px_now();
	layout_locale();
	grid_init(&t.grid);
	st = start(&t, o);
	if (st == PX_OK) {
		t.disp = display_open(cfg, t.scripted, o->cols, o->rows);
		st = t.disp ? PX_OK : PX_ERR_INTERNAL;
	}
	if (st == PX_OK) {
		display_size(t.disp, &w, &h);
		reader_init(&t.rd, c, cfg, w, h);
		loop(&t);
		snap(&t);
		reader_free(&t.rd);
		if (o->timing)
			report_timing(&t, o);
	}
	display_close(t.disp);
	st2 = close_dump(t.screen_out, o->dump_screen);
	if (st == PX_OK)
		st = st2;
	st2 = close_dump(t.model_out, o->dump_model);
	if (st == PX_OK)
		st = st2;
	script_free(&t.script);
	grid_free(&t.grid);
	return st;
}
