/* test_layout.c - the parts of the reader that need no terminal: column
 * geometry, wrapping by display width, the grid, colour fitting and the
 * script parser. Linked without curses. */
#include "testutil.h"

#include "grid.h"
#include "layout.h"
#include "palette.h"
#include "parallax/keys.h"
#include "script.h"

static int
setup_locale(void **state)
{
	(void)state;
	assert_true(layout_locale());
	return 0;
}

/* The lines of s wrapped at width, joined with '|'. */
static char *
wrap(const char *s, int width)
{
	static char out[1024];
	const unsigned char *t = (const unsigned char *)s;
	uint32_t at = 0, e = (uint32_t)strlen(s), next;
	size_t n = 0;

	out[0] = '\0';
	while (at < e) {
		uint32_t end = layout_break(t, at, e, width, &next);

		assert_true(next > at);
		n += (size_t)snprintf(out + n, sizeof out - n, "%s%.*s", n ? "|" : "", (int)(end - at),
		                      s + at);
		at = next;
	}
	return out;
}

/* ---- columns ---- */

static void
test_columns_shown_follow_min_width(void **state)
{
	(void)state;
	assert_int_equal(layout_columns_shown(240, 5, 0, 40), 5);
	assert_int_equal(layout_columns_shown(120, 5, 0, 40), 3);
	assert_int_equal(layout_columns_shown(39, 5, 0, 40), 1);
	assert_int_equal(layout_columns_shown(400, 2, 0, 40), 2);
}

static void
test_columns_shown_honour_the_setting_but_not_below_a_minimum(void **state)
{
	(void)state;
	assert_int_equal(layout_columns_shown(120, 5, 2, 40), 2);
	assert_int_equal(layout_columns_shown(40, 12, 12, 40), 4);
	assert_int_equal(layout_columns_shown(5, 12, 0, 40), 1);
}

static void
test_column_rects_fill_the_width_with_one_border_between(void **state)
{
	int x, w, i, end = 0;

	(void)state;
	for (i = 0; i < 3; i++) {
		layout_column(121, 3, i, &x, &w);
		assert_int_equal(x, end);
		end = x + w + 1;
	}
	assert_int_equal(end - 1, 121);
	layout_column(121, 3, 0, &x, &w);
	assert_int_equal(w, 40); /* 119 / 3 = 39 rest 2: the first two get one more */
	layout_column(121, 3, 2, &x, &w);
	assert_int_equal(w, 39);
}

/* ---- wrapping ---- */

static void
test_wrap_breaks_at_blanks(void **state)
{
	(void)state;
	assert_string_equal(wrap("the quick brown fox jumps", 10), "the quick|brown fox|jumps");
}

static void
test_wrap_cuts_a_word_longer_than_the_line(void **state)
{
	(void)state;
	assert_string_equal(wrap("abcdefghijkl xy", 5), "abcde|fghij|kl xy");
}

static void
test_wrap_breaks_after_a_hyphen(void **state)
{
	(void)state;
	assert_string_equal(wrap("a long-awaited day", 8), "a long-|awaited|day");
}

static void
test_wrap_counts_cjk_as_two_cells_and_breaks_between_them(void **state)
{
	(void)state;
	/* 7 characters of two cells in lines of 6 cells */
	assert_string_equal(wrap("市议会周五投票", 6), "市议会|周五投|票");
	/* a wide character does not fit in the last cell */
	assert_string_equal(wrap("ab市议", 3), "ab|市|议");
}

static void
test_wrap_keeps_closing_punctuation_on_its_line(void **state)
{
	(void)state;
	assert_string_equal(wrap("市议会。周五", 6), "市议|会。周|五");
}

static void
test_wrap_gives_combining_marks_no_width(void **state)
{
	(void)state;
	assert_string_equal(wrap("cafe\xcc\x81 cafe\xcc\x81", 4), "cafe\xcc\x81|cafe\xcc\x81");
}

static void
test_wrap_counts_emoji_as_two_cells(void **state)
{
	(void)state;
	assert_string_equal(wrap("\xf0\x9f\x93\x9a\xf0\x9f\x93\x9a\xf0\x9f\x93\x9a", 4),
	                    "\xf0\x9f\x93\x9a\xf0\x9f\x93\x9a|\xf0\x9f\x93\x9a");
}

static void
test_wrap_counts_a_control_as_its_one_cell_picture(void **state)
{
	int w;

	(void)state;
	assert_int_equal(layout_display_cp(0x1B, &w), 0x241B);
	assert_int_equal(w, 1);
	assert_int_equal(layout_display_cp(0x9B, &w), 0xFFFD);
	assert_int_equal(layout_display_cp('\t', &w), ' ');
	assert_string_equal(wrap("ab\x1b[2Jcd", 4), "ab\x1b[|2Jcd");
}

static void
test_wrap_always_makes_progress_on_a_width_of_one(void **state)
{
	(void)state;
	assert_string_equal(wrap("市a", 1), "市|a");
}

/* ---- text layout ---- */

static void
test_text_layout_puts_a_blank_line_between_paragraphs(void **state)
{
	struct corpus c;
	struct text_layout l = {0};
	const struct article *a;

	(void)state;
	tu_corpus(&c, "a", "First paragraph is here.\n\nSecond one.\nThird one.\n", NULL);
	a = &c.articles[0];
	text_layout_build(&l, a, 10, true, false);
	/* First|paragraph|is here.|-|Second|one.|-|Third one. */
	assert_int_equal(l.n, 8);
	assert_true(l.lines[3].flags & VLINE_BLANK);
	assert_true(l.lines[4].flags & VLINE_PARA);
	assert_false(l.lines[5].flags & VLINE_PARA);
	assert_int_equal(l.lines[0].srcline, 1);
	assert_int_equal(l.lines[4].srcline, 3);
	assert_int_equal(l.lines[7].srcline, 4);
	assert_int_equal(text_layout_line_at(&l, a->paras[1].start), 4);
	assert_int_equal(text_layout_line_at(&l, a->paras[1].start + 8), 5);
	assert_int_equal(text_layout_line_at(&l, a->len), 7);
	text_layout_build(&l, a, 10, false, false);
	assert_int_equal(l.n, 5);
	text_layout_free(&l);
	corpus_free(&c);
}

static void
test_text_layout_leaves_hidden_boilerplate_out(void **state)
{
	struct corpus c;
	struct text_layout l = {0};
	uint32_t i, boiler = PX_NONE;

	(void)state;
	tu_corpus(&c, "a", "Body text here.\n\nSubscribe to our newsletter.\n\nMore body.\n", NULL);
	for (i = 0; i < c.articles[0].n_paras; i++)
		if (c.articles[0].paras[i].boiler)
			boiler = i;
	assert_int_equal(boiler, 1);
	text_layout_build(&l, &c.articles[0], 40, true, true);
	assert_int_equal(l.n, 3);
	/* a byte of the hidden paragraph maps to the next line shown */
	assert_int_equal(text_layout_line_at(&l, c.articles[0].paras[1].start + 2), 2);
	text_layout_free(&l);
	corpus_free(&c);
}

/* ---- grid ---- */

static void
test_grid_clips_and_overwrites_half_of_a_wide_character(void **state)
{
	struct grid g;

	(void)state;
	grid_init(&g);
	grid_resize(&g, 6, 2);
	assert_int_equal(grid_str(&g, 0, 0, 6, "ab市x", STYLE_TEXT), 5);
	assert_int_equal(grid_cell(&g, 2, 0)->width, 2);
	assert_int_equal(grid_cell(&g, 3, 0)->width, 0);
	grid_put(&g, 3, 0, 6, 'Z', 1, STYLE_TEXT);
	assert_int_equal(grid_cell(&g, 2, 0)->ch, ' ');
	assert_int_equal(grid_cell(&g, 2, 0)->width, 1);
	/* a wide character in the last cell becomes a blank */
	assert_int_equal(grid_str(&g, 5, 1, 1, "市", STYLE_TEXT), 0);
	assert_int_equal(grid_put(&g, 5, 1, 6, 0x5E02, 2, STYLE_TEXT), 1);
	assert_int_equal(grid_cell(&g, 5, 1)->ch, ' ');
	assert_int_equal(grid_put(&g, 9, 9, 10, 'x', 1, STYLE_TEXT), 0);
	grid_free(&g);
}

static void
test_grid_shows_controls_and_bad_bytes_as_pictures(void **state)
{
	struct grid g;

	(void)state;
	grid_init(&g);
	grid_resize(&g, 8, 1);
	grid_str(&g, 0, 0, 8, "\x1b]0\x07\xff\xc2\x9b", STYLE_TEXT);
	assert_int_equal(grid_cell(&g, 0, 0)->ch, 0x241B);
	assert_int_equal(grid_cell(&g, 3, 0)->ch, 0x2407);
	assert_int_equal(grid_cell(&g, 4, 0)->ch, 0xFFFD);
	assert_int_equal(grid_cell(&g, 5, 0)->ch, 0xFFFD);
	grid_free(&g);
}

static void
test_grid_cut_ends_in_an_ellipsis(void **state)
{
	struct grid g;

	(void)state;
	grid_init(&g);
	grid_resize(&g, 10, 1);
	assert_int_equal(grid_str_cut(&g, 0, 0, 5, "abcdefgh", STYLE_TEXT), 5);
	assert_int_equal(grid_cell(&g, 4, 0)->ch, 0x2026);
	assert_int_equal(grid_str_cut(&g, 0, 0, 5, "abc", STYLE_TEXT), 3);
	grid_free(&g);
}

/* ---- colours ---- */

static struct style_spec
spec(int fg, int bg, unsigned attrs)
{
	struct style_spec s = {(int16_t)fg, (int16_t)bg, (uint16_t)attrs};

	return s;
}

static void
test_palette_bright_colours_become_bold_on_eight_colours(void **state)
{
	struct style_spec s = palette_fit(spec(9, 14, 0), 8, false);

	(void)state;
	assert_int_equal(s.fg, 1);
	assert_int_equal(s.bg, 6);
	assert_true(s.attrs & ATTR_BOLD);
	s = palette_fit(spec(9, -1, 0), 16, false);
	assert_int_equal(s.fg, 9);
	assert_false(s.attrs & ATTR_BOLD);
}

static void
test_palette_maps_256_colours_to_the_nearest_of_eight(void **state)
{
	(void)state;
	assert_int_equal(palette_nearest8(196), 1); /* red */
	assert_int_equal(palette_nearest8(21), 4);  /* blue */
	assert_int_equal(palette_nearest8(231), 7); /* white */
	assert_int_equal(palette_nearest8(16), 0);  /* black */
	assert_int_equal(palette_fit(spec(46, 226, 0), 8, false).fg, 2);
	assert_int_equal(palette_fit(spec(46, 226, 0), 8, false).bg, 3);
	assert_int_equal(palette_fit(spec(46, 226, 0), 256, false).fg, 46);
}

static void
test_palette_without_colours_keeps_attributes_and_marks_backgrounds(void **state)
{
	struct style_spec s = palette_fit(spec(0, 6, ATTR_BOLD), 0, false);

	(void)state;
	assert_int_equal(s.fg, -1);
	assert_int_equal(s.bg, -1);
	assert_int_equal(s.attrs, ATTR_BOLD | ATTR_REVERSE);
	assert_int_equal(palette_fit(spec(0, 6, 0), 0, true).attrs, ATTR_UNDERLINE);
	assert_int_equal(palette_fit(spec(2, -1, 0), 0, false).attrs, 0);
}

static void
test_palette_overlay_colours_win_and_attributes_add(void **state)
{
	struct style_spec base = spec(0, 6, 0), over = spec(-1, -1, ATTR_BOLD);
	struct style_spec s = palette_combine(&base, &over);

	(void)state;
	assert_int_equal(s.fg, 0);
	assert_int_equal(s.bg, 6);
	assert_int_equal(s.attrs, ATTR_BOLD);
	over = spec(9, -1, ATTR_UNDERLINE);
	s = palette_combine(&base, &over);
	assert_int_equal(s.fg, 9);
	assert_int_equal(s.bg, 6);
}

static void
test_palette_layers_keep_text_visible(void **state)
{
	struct style_spec topic = spec(0, 2, 0), quote = spec(2, -1, 0), cue = spec(6, -1, 0);
	struct style_spec hit = spec(0, 3, 0), bold = spec(-1, -1, ATTR_BOLD), s;

	(void)state;
	s = palette_layers(&topic, &cue, &bold, 256, true); /* cyan on green: fine */
	assert_int_equal(s.fg, 6);
	assert_int_equal(s.attrs, ATTR_BOLD);
	s = palette_layers(&topic, &quote, &bold, 256, true); /* green on green: black */
	assert_int_equal(s.fg, 0);
	assert_int_equal(s.bg, 2);
	assert_int_equal(s.attrs, ATTR_BOLD);
	s = palette_layers(&topic, &quote, &hit, 256, true); /* the hit's black on yellow */
	assert_int_equal(s.fg, 0);
	assert_int_equal(s.bg, 3);
	quote = spec(10, -1, 0); /* bright green on green: the same on 8 colours */
	s = palette_layers(&topic, &quote, NULL, 256, true);
	assert_int_equal(s.fg, 10);
	s = palette_layers(&topic, &quote, NULL, 8, true);
	assert_int_equal(s.fg, 0);
	s = palette_layers(&topic, NULL, NULL, 0, true);
	assert_int_equal(s.fg, -1);
}

/* ---- scripts ---- */

static void
test_script_reads_key_names_repeats_and_commands(void **state)
{
	struct script s = {0};

	(void)state;
	assert_int_equal(script_line(&s, "j <C-d> ]*3", "t", 1), PX_OK);
	assert_int_equal(script_line(&s, "  # a comment", "t", 2), PX_OK);
	assert_int_equal(script_line(&s, ":resize 20x5", "t", 3), PX_OK);
	assert_int_equal(script_line(&s, ":mouse wheel-down 3 4", "t", 4), PX_OK);
	assert_int_equal(script_line(&s, ":type a b", "t", 5), PX_OK);
	assert_int_equal(script_line(&s, ":snap", "t", 6), PX_OK);
	assert_int_equal(script_line(&s, "**2 <Hash>", "t", 7), PX_OK);
	assert_int_equal(s.n, 14);
	assert_int_equal(s.ev[0].key, 'j');
	assert_int_equal(s.ev[1].key, KEY_CTRL('d'));
	assert_int_equal(s.ev[4].key, ']');
	assert_int_equal(s.ev[5].type, EV_RESIZE);
	assert_int_equal(s.ev[5].w, 20);
	assert_int_equal(s.ev[5].h, 5);
	assert_int_equal(s.ev[6].type, EV_MOUSE);
	assert_int_equal(s.ev[6].mouse, MOUSE_WHEEL_DOWN);
	assert_int_equal(s.ev[6].y, 4);
	assert_int_equal(s.ev[8].key, ' ');
	assert_int_equal(s.ev[10].type, EV_SNAP);
	assert_int_equal(s.ev[11].key, '*');
	assert_int_equal(s.ev[12].key, '*');
	assert_int_equal(s.ev[13].key, '#');
	script_free(&s);
}

static void
test_script_rejects_bad_lines_naming_them(void **state)
{
	struct script s = {0};
	int i;

	(void)state;
	assert_int_equal(script_line(&s, "j <Nope>", "keys", 7), PX_ERR_INPUT);
	assert_string_equal(px_error(), "keys:7: not a key name: '<Nope>'");
	assert_int_equal(script_line(&s, ":resize big", "keys", 8), PX_ERR_INPUT);
	assert_int_equal(script_line(&s, ":mouse drag 1 2", "keys", 9), PX_ERR_INPUT);
	assert_int_equal(script_line(&s, "j*0", "keys", 10), PX_ERR_INPUT);
	assert_int_equal(script_line(&s, ":snap now", "keys", 11), PX_ERR_INPUT);
	/* a million keys at most, however they are asked for */
	script_free(&s);
	for (i = 0; i < 10; i++)
		assert_int_equal(script_line(&s, "j*100000", "keys", 12), PX_OK);
	assert_int_equal(script_line(&s, "k", "keys", 13), PX_ERR_INPUT);
	assert_string_equal(px_error(), "keys:13: the script is too long (over 1000000 keys)");
	assert_int_equal(script_line(&s, ":snap", "keys", 14), PX_ERR_INPUT);
	script_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns_shown_follow_min_width),
		cmocka_unit_test(test_columns_shown_honour_the_setting_but_not_below_a_minimum),
		cmocka_unit_test(test_column_rects_fill_the_width_with_one_border_between),
		cmocka_unit_test(test_wrap_breaks_at_blanks),
		cmocka_unit_test(test_wrap_cuts_a_word_longer_than_the_line),
		cmocka_unit_test(test_wrap_breaks_after_a_hyphen),
		cmocka_unit_test(test_wrap_counts_cjk_as_two_cells_and_breaks_between_them),
		cmocka_unit_test(test_wrap_keeps_closing_punctuation_on_its_line),
		cmocka_unit_test(test_wrap_gives_combining_marks_no_width),
		cmocka_unit_test(test_wrap_counts_emoji_as_two_cells),
		cmocka_unit_test(test_wrap_counts_a_control_as_its_one_cell_picture),
		cmocka_unit_test(test_wrap_always_makes_progress_on_a_width_of_one),
		cmocka_unit_test(test_text_layout_puts_a_blank_line_between_paragraphs),
		cmocka_unit_test(test_text_layout_leaves_hidden_boilerplate_out),
		cmocka_unit_test(test_grid_clips_and_overwrites_half_of_a_wide_character),
		cmocka_unit_test(test_grid_shows_controls_and_bad_bytes_as_pictures),
		cmocka_unit_test(test_grid_cut_ends_in_an_ellipsis),
		cmocka_unit_test(test_palette_bright_colours_become_bold_on_eight_colours),
		cmocka_unit_test(test_palette_maps_256_colours_to_the_nearest_of_eight),
		cmocka_unit_test(test_palette_without_colours_keeps_attributes_and_marks_backgrounds),
		cmocka_unit_test(test_palette_overlay_colours_win_and_attributes_add),
		cmocka_unit_test(test_palette_layers_keep_text_visible),
		cmocka_unit_test(test_script_reads_key_names_repeats_and_commands),
		cmocka_unit_test(test_script_rejects_bad_lines_naming_them),
	};

	return cmocka_run_group_tests(tests, setup_locale, NULL);
}
