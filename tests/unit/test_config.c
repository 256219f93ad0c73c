/* Key names, colours and the configuration loader. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <unistd.h>

#include "parallax/config.h"
#include "parallax/keys.h"
#include "parallax/lexicon.h"

static void
test_key_names_parse(void **state)
{
	static const struct {
		const char *name;
		int key;
	} ok[] = {
		{"j", 'j'}, {"G", 'G'}, {"]", ']'}, {" q ", 'q'}, {"<Down>", KEY_DOWN_},
		{"<down>", KEY_DOWN_}, {"<C-d>", 4}, {"<C-L>", 12}, {"<Tab>", 9},
		{"<S-Tab>", KEY_STAB_}, {"<Enter>", 10}, {"<Return>", 10}, {"<PgDown>", KEY_PGDOWN_},
		{"<PageUp>", KEY_PGUP_}, {"<F1>", KEY_F1_}, {"<F12>", KEY_F12_}, {"<Esc>", 27},
		{"<Space>", ' '}, {"<lt>", '<'}, {"<Quote>", '"'}, {"<Hash>", '#'},
		{"<Comma>", ','}, {"\xC3\xA9", 0xE9}, {"<Resize>", KEY_RESIZE_},
	};
	static const char *const bad[] = {
		"", "jk", "<Nope>", "<F0>", "<F13>", "<C-1>", "<>", "<C->", "\x01", " ",
		"\xFF",
	};
	size_t i;
	int key;

	(void)state;
	for (i = 0; i < PX_ARRAY_SIZE(ok); i++) {
		if (!key_parse(ok[i].name, &key) || key != ok[i].key)
			fail_msg("'%s' should parse to %d", ok[i].name, ok[i].key);
	}
	for (i = 0; i < PX_ARRAY_SIZE(bad); i++)
		if (key_parse(bad[i], &key))
			fail_msg("'%s' should not parse", bad[i]);
}

static void
test_key_names_round_trip(void **state)
{
	int key;

	(void)state;
	for (key = 1; key < KEY_LAST_; key = key < 0x200 ? key + 1 : key < KEY_SPECIAL ? KEY_SPECIAL : key + 1) {
		char name[KEY_NAME_MAX];
		int back;

		/* DEL, C1 controls and Ctrl with punctuation have no name */
		if (key == 0x7F || (key >= 0x80 && key < 0xA0) || (key >= 28 && key <= 31))
			continue;
		key_to_name(key, name);
		if (key == ' ' || key == KEY_SPECIAL)
			continue;
		if (!key_parse(name, &back) || back != key)
			fail_msg("key %d -> '%s' does not parse back", key, name);
	}
}

static void
test_key_labels_show_printable_keys_as_typed(void **state)
{
	char name[KEY_NAME_MAX];
	struct keymap km = {0};

	(void)state;
	/* the config needs a name for these, the screen does not */
	assert_string_equal(key_to_name('<', name), "<lt>");
	assert_string_equal(key_label('<', name), "<");
	assert_string_equal(key_label('"', name), "\"");
	assert_string_equal(key_label(';', name), ";");
	assert_string_equal(key_label(0xE9, name), "\xc3\xa9");
	assert_string_equal(key_label(' ', name), "<Space>");
	assert_string_equal(key_label(KEY_ENTER_, name), "<Enter>");
	assert_string_equal(key_label(3, name), "<C-c>");
	keymap_bind(&km, ACT_QUIT, ',');
	keymap_bind(&km, ACT_QUIT, KEY_ESC_);
	assert_string_equal(keymap_label(&km, ACT_QUIT, name, sizeof name), ",, <Esc>");
	assert_string_equal(keymap_describe(&km, ACT_QUIT, name, sizeof name), "<Comma>, <Esc>");
}

static void
test_key_lists(void **state)
{
	int keys[8], n;
	char bad[32];

	(void)state;
	n = key_parse_list("j, <Down> ,<C-n>", keys, 8, bad, sizeof bad);
	assert_int_equal(n, 3);
	assert_int_equal(keys[1], KEY_DOWN_);
	assert_int_equal(keys[2], 14);
	assert_int_equal(key_parse_list("j, <Dwn>", keys, 8, bad, sizeof bad), -1);
	assert_string_equal(bad, "<Dwn>");
	assert_int_equal(key_parse_list("a,b,c", keys, 2, bad, sizeof bad), -1);
}

static void
test_colours_and_attributes(void **state)
{
	struct style_spec s;
	char err[200], buf[128];
	int16_t c;

	(void)state;
	assert_true(style_parse_color("default", &c) && c == -1);
	assert_true(style_parse_color("Red", &c) && c == 1);
	assert_true(style_parse_color("brightcyan", &c) && c == 14);
	assert_true(style_parse_color("color255", &c) && c == 255);
	assert_false(style_parse_color("color256", &c));
	assert_false(style_parse_color("color", &c));
	assert_false(style_parse_color("color-1", &c));
	assert_false(style_parse_color("#ff0000", &c));
	assert_true(style_parse("yellow", &s, err, sizeof err));
	assert_int_equal(s.fg, 3);
	assert_int_equal(s.bg, -1);
	assert_int_equal(s.attrs, 0);
	assert_true(style_parse("default color17 bold,underline", &s, err, sizeof err));
	assert_int_equal(s.bg, 17);
	assert_int_equal(s.attrs, ATTR_BOLD | ATTR_UNDERLINE);
	assert_string_equal(style_format(&s, buf, sizeof buf), "default color17 bold,underline");
	assert_false(style_parse("red blue blink,sparkle", &s, err, sizeof err));
	assert_non_null(strstr(err, "unknown attribute 'sparkle'"));
	assert_false(style_parse("red blue bold extra", &s, err, sizeof err));
	assert_false(style_parse("", &s, err, sizeof err));
}

static void
test_every_default_style_and_key_is_valid(void **state)
{
	struct config cfg;
	int a;

	(void)state;
	config_default(&cfg);
	for (a = 1; a < ACT_COUNT; a++)
		if (cfg.keys.n[a] == 0)
			fail_msg("action %s has no default key", action_table[a].name);
	assert_int_equal(keymap_lookup(&cfg.keys, 'q'), ACT_QUIT);
	assert_int_equal(keymap_lookup(&cfg.keys, ']'), ACT_NEXT_SHARED);
	assert_int_equal(keymap_lookup(&cfg.keys, '"'), ACT_QUOTES);
	assert_int_equal(keymap_lookup(&cfg.keys, '<'), ACT_SHIFT_LEFT);
	config_free(&cfg);
}

static void
test_no_key_is_bound_twice_by_default(void **state)
{
	struct config cfg;
	int a, b, i, j;

	(void)state;
	config_default(&cfg);
	for (a = 1; a < ACT_COUNT; a++)
		for (i = 0; i < cfg.keys.n[a]; i++)
			for (b = a; b < ACT_COUNT; b++)
				for (j = (b == a ? i + 1 : 0); j < cfg.keys.n[b]; j++)
					if (cfg.keys.keys[a][i] == cfg.keys.keys[b][j])
						fail_msg("%s and %s share a key", action_table[a].name,
						         action_table[b].name);
	config_free(&cfg);
}

static void
test_rebinding_moves_a_key_to_the_new_action(void **state)
{
	struct config cfg;
	const char *p = tu_write_tmp("[keys]\nnext-shared = j, <C-n>\n[layout]\ngutter = 0\n"
	                          "columns = 4\nboilerplate = hide\n[colors]\nactor = red default bold\n"
	                          "[match]\nthreshold = 0.5\nlanguage = french\nclaims = no\n");

	(void)state;
	config_default(&cfg);
	assert_int_equal(config_load(&cfg, p), PX_OK);
	assert_int_equal(cfg.n_messages, 0);
	assert_int_equal(keymap_lookup(&cfg.keys, 'j'), ACT_NEXT_SHARED);
	assert_int_equal(keymap_lookup(&cfg.keys, ']'), ACT_NONE);
	assert_int_equal(keymap_lookup(&cfg.keys, KEY_DOWN_), ACT_LINE_DOWN);
	assert_int_equal(cfg.layout.gutter, 0);
	assert_int_equal(cfg.layout.columns, 4);
	assert_int_equal(cfg.layout.boilerplate, BOILER_HIDE);
	assert_int_equal(cfg.styles[STYLE_ACTOR].fg, 1);
	assert_int_equal(cfg.styles[STYLE_ACTOR].attrs, ATTR_BOLD);
	assert_true(cfg.match.threshold > 0.49 && cfg.match.threshold < 0.51);
	assert_string_equal(cfg.match.language, "french");
	assert_false(cfg.match.claims);
	config_free(&cfg);
	unlink(p);
}

static void
test_bad_values_keep_the_defaults(void **state)
{
	struct config cfg;
	const char *p = tu_write_tmp("[layout]\ngutter = lots\n[colors]\ntext = mauve\n");

	(void)state;
	config_default(&cfg);
	assert_int_equal(config_load(&cfg, p), PX_OK);
	assert_int_equal(cfg.n_messages, 2);
	assert_int_equal(cfg.layout.gutter, 2);
	assert_int_equal(cfg.styles[STYLE_TEXT].fg, -1);
	config_free(&cfg);
	unlink(p);
}

static void
test_topic_palette_list_repeats(void **state)
{
	struct config cfg;
	const char *p = tu_write_tmp("[colors]\ntopics = black red | white blue | black green bold\n");

	(void)state;
	config_default(&cfg);
	assert_int_equal(config_load(&cfg, p), PX_OK);
	assert_int_equal(cfg.n_messages, 0);
	assert_int_equal(cfg.styles[STYLE_TOPIC_0].bg, 1);
	assert_int_equal(cfg.styles[STYLE_TOPIC_2].attrs, ATTR_BOLD);
	assert_int_equal(cfg.styles[STYLE_TOPIC_3].bg, 1);
	assert_int_equal(cfg.styles[STYLE_TOPIC_7].bg, 4);
	config_free(&cfg);
	unlink(p);
}

/* Analyse the bundled story with the [match] settings of text. */
static void
story_with(struct corpus *c, struct config *cfg, const char *text)
{
	const char *path = TU_STORY, *p = tu_write_tmp(text);

	config_default(cfg);
	assert_int_equal(config_load(cfg, p), PX_OK);
	assert_int_equal(cfg->n_messages, 0);
	unlink(p);
	corpus_init(c);
	assert_int_equal(load_paths(c, &path, 1, NULL), PX_OK);
	assert_int_equal(analyse(c, &cfg->match, NULL), PX_OK);
}

static void
test_match_settings_take_effect(void **state)
{
	struct corpus c;
	struct config cfg;
	uint32_t links, actors, i;

	(void)state;
	story_with(&c, &cfg, "[match]\n");
	links = c.n_links;
	actors = c.n_actors;
	assert_true(links > 0 && actors > 0 && c.n_quotes > 0 && c.n_claims > 0);
	corpus_free(&c);
	config_free(&cfg);

	story_with(&c, &cfg, "[match]\nthreshold = 0.6\n");
	assert_true(c.n_links < links);
	for (i = 0; i < c.n_links; i++)
		assert_true(c.links[i].score >= 0.6f);
	corpus_free(&c);
	config_free(&cfg);

	story_with(&c, &cfg, "[match]\nmin_outlets = 3\n");
	for (i = 0; i < c.n_topics; i++)
		assert_true(c.topics[i].n_outlets >= 3);
	corpus_free(&c);
	config_free(&cfg);

	story_with(&c, &cfg, "[match]\nactors = no\n");
	assert_int_equal(c.n_actors, 0);
	for (i = 0; i < c.n_quotes; i++)
		assert_int_equal(c.quotes[i].speaker, PX_NONE);
	corpus_free(&c);
	config_free(&cfg);

	story_with(&c, &cfg, "[match]\nquotes = no\nclaims = no\n");
	assert_int_equal(c.n_quotes, 0);
	assert_int_equal(c.n_claims, 0);
	assert_int_equal(c.n_actors, actors);
	corpus_free(&c);
	config_free(&cfg);
}

static void
test_language_changes_the_stemmer(void **state)
{
	struct corpus c;
	struct config cfg;
	struct article *a;

	(void)state;
	story_with(&c, &cfg, "[match]\nlanguage = french\n");
	assert_string_equal(lex_language(c.lex), "french");
	a = &c.articles[0];
	/* "Ukraine and Russia...": the English stop list is not applied to
	 * another language, so "and" is a term there */
	assert_memory_equal(a->text + a->toks[a->sents[1].tok_first + 1].start, "and", 3);
	assert_false(a->toks[a->sents[1].tok_first + 1].flags & TOK_STOP);
	corpus_free(&c);
	config_free(&cfg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key_names_parse),
		cmocka_unit_test(test_key_names_round_trip),
		cmocka_unit_test(test_key_labels_show_printable_keys_as_typed),
		cmocka_unit_test(test_key_lists),
		cmocka_unit_test(test_colours_and_attributes),
		cmocka_unit_test(test_every_default_style_and_key_is_valid),
		cmocka_unit_test(test_no_key_is_bound_twice_by_default),
		cmocka_unit_test(test_rebinding_moves_a_key_to_the_new_action),
		cmocka_unit_test(test_bad_values_keep_the_defaults),
		cmocka_unit_test(test_topic_palette_list_repeats),
		cmocka_unit_test(test_match_settings_take_effect),
		cmocka_unit_test(test_language_changes_the_stemmer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
