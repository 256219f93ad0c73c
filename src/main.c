/* main.c - command line, wiring and exit codes of parallax. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "parallax/analyse.h"
#include "parallax/config.h"
#include "parallax/load.h"
#include "parallax/report.h"
#include "parallax/version.h"
#include "tui.h"

#ifndef PX_DATADIR
#define PX_DATADIR "/usr/local/share/parallax"
#endif

#define STORY "articles/ceasefire-2025-03"

enum mode { MODE_TUI, MODE_JSON, MODE_SUMMARY, MODE_CHECK_CONFIG, MODE_DUMP_CONFIG };


/* What analysing and showing a story of a few articles allocates, about;
 * larger corpora grow the heap in steps of this size. */
#define HEAP_RESERVE ((size_t)4 << 20)

static const char usage_text[] =
	"usage: parallax [options] [FILE|DIR]...\n"
	"Read several articles about one news event side by side.\n"
	"\n"
	"With no FILE or DIR, opens the bundled story (" STORY ").\n"
	"A DIR contributes its *.txt files; a story.ini beside them names outlets.\n"
	"\n"
	"  -j, --json           print the analysis as JSON and exit\n"
	"  -s, --summary        print a readable summary and exit\n"
	"  -c, --config FILE    read settings from FILE (default: $PARALLAX_CONFIG,\n"
	"                       else $XDG_CONFIG_HOME/parallax/parallax.ini)\n"
	"      --check-config   report problems in the configuration and exit\n"
	"      --dump-config    print the effective configuration and exit\n"
	"      --script FILE    run the reader headless on a file of key names\n"
	"      --size COLSxROWS screen size for --script (default 160x48)\n"
	"      --dump-screen FILE  write the final screen of --script to FILE\n"
	"      --dump-model FILE   write the final styled spans of --script to FILE\n"
	"      --timing         on leaving the reader, print to stderr how long the\n"
	"                       first frame took and how many frames were drawn\n"
	"  -h, --help           show this help and exit\n"
	"  -V, --version        show the version and exit\n"
	"\n"
	"Exit status: 0 ok, 1 bad input or usage, 2 internal error.\n";

struct options {
	enum mode mode;
	const char *config;
	struct tui_opts tui;
	const char *const *paths;
	int n_paths;
};

static int PX_PRINTF(1, 2)
usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("parallax: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (try 'parallax --help')\n", stderr);
	return PX_ERR_INPUT;
}

static bool
parse_size(const char *s, int *cols, int *rows)
{
	char *end;
	long c = strtol(s, &end, 10), r;

	if (end == s || (*end != 'x' && *end != 'X'))
		return false;
	s = end + 1;
	r = strtol(s, &end, 10);
	if (end == s || *end || c < 1 || r < 1 || c > 10000 || r > 10000)
		return false;
	*cols = (int)c;
	*rows = (int)r;
	return true;
}

enum long_only {
	OPT_SCRIPT = 256, OPT_SIZE, OPT_DUMP_SCREEN, OPT_DUMP_MODEL, OPT_CHECK_CONFIG,
	OPT_DUMP_CONFIG, OPT_TIMING,
};

static int
parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"json", no_argument, NULL, 'j'},
		{"summary", no_argument, NULL, 's'},
		{"config", required_argument, NULL, 'c'},
		{"check-config", no_argument, NULL, OPT_CHECK_CONFIG},
		{"dump-config", no_argument, NULL, OPT_DUMP_CONFIG},
		{"script", required_argument, NULL, OPT_SCRIPT},
		{"size", required_argument, NULL, OPT_SIZE},
		{"dump-screen", required_argument, NULL, OPT_DUMP_SCREEN},
		{"dump-model", required_argument, NULL, OPT_DUMP_MODEL},
		{"timing", no_argument, NULL, OPT_TIMING},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	int ch;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":jsc:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j': o->mode = MODE_JSON; break;
		case 's': o->mode = MODE_SUMMARY; break;
		case 'c': o->config = optarg; break;
		case OPT_CHECK_CONFIG: o->mode = MODE_CHECK_CONFIG; break;
		case OPT_DUMP_CONFIG: o->mode = MODE_DUMP_CONFIG; break;
		case OPT_SCRIPT: o->tui.script = optarg; break;
		case OPT_SIZE:
			if (!parse_size(optarg, &o->tui.cols, &o->tui.rows))
				return usage_error("--size wants COLSxROWS, not '%s'", optarg);
			break;
		case OPT_DUMP_SCREEN: o->tui.dump_screen = optarg; break;
		case OPT_DUMP_MODEL: o->tui.dump_model = optarg; break;
		case OPT_TIMING: o->tui.timing = true; break;
		case 'h':
			fputs(usage_text, stdout);
			exit(0);
		case 'V':
			printf("parallax %s\n", PARALLAX_VERSION);
			exit(0);
		case ':':
			return usage_error("option '%s' needs an argument", argv[optind - 1]);
		default:
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	o->paths = (const char *const *)argv + optind;
	o->n_paths = argc - optind;
	return PX_OK;
}

static bool
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The bundled story: in the source tree, else where make install put it. */
static const char *
default_story(void)
{
	if (is_dir(STORY))
		return STORY;
	if (is_dir(PX_DATADIR "/" STORY))
		return PX_DATADIR "/" STORY;
	return NULL;
}

static void
print_warnings(const struct corpus *c)
{
	uint32_t i;

	for (i = 0; i < c->n_warnings; i++) {
		char *s = px_safe_str(c->warnings[i], strlen(c->warnings[i]));

		fprintf(stderr, "parallax: warning: %s\n", s);
		free(s);
	}
}

/* Built-in defaults, then the configuration file. Problems in the file
 * are printed as "path:line: [section] key: message" and kept in cfg for
 * the status line; only an unreadable file is fatal. */
static int
load_config(const struct options *o, struct config *cfg)
{
	char buf[4096];
	const char *path = o->config ? o->config : config_find(buf, sizeof buf);
	uint32_t i;

	config_default(cfg);
	if (path && config_load(cfg, path) != PX_OK) {
		fprintf(stderr, "parallax: %s\n", px_error());
		return PX_ERR_INPUT;
	}
	for (i = 0; i < cfg->n_messages; i++)
		fprintf(stderr, "%s\n", cfg->messages[i]);
	return PX_OK;
}

static int
config_mode(const struct options *o, struct config *cfg)
{
	int rc = PX_OK;

	if (o->mode == MODE_DUMP_CONFIG) {
		rc = config_dump(cfg, stdout);
		if (rc != PX_OK)
			fprintf(stderr, "parallax: %s\n", px_error());
	} else if (cfg->n_messages) {
		rc = PX_ERR_INPUT;
	} else {
		printf("%s: ok\n", cfg->path ? cfg->path : "built-in defaults");
	}
	config_free(cfg);
	return rc;
}

static int
run(struct options *o)
{
	struct corpus c;
	struct config cfg;
	const char *story;
	enum status st;

	st = load_config(o, &cfg);
	if (st != PX_OK) {
		config_free(&cfg);
		return st;
	}
	if (o->mode == MODE_CHECK_CONFIG || o->mode == MODE_DUMP_CONFIG)
		return config_mode(o, &cfg);
	if (o->n_paths == 0) {
		story = default_story();
		if (!story) {
			fputs("parallax: no FILE or DIR given and the bundled story is not in ./"
			      STORY " or " PX_DATADIR "/" STORY "\n", stderr);
			config_free(&cfg);
			return PX_ERR_INPUT;
		}
		o->paths = &story;
		o->n_paths = 1;
	}
	px_heap_reserve(HEAP_RESERVE);
	corpus_init(&c);
	st = load_paths(&c, o->paths, o->n_paths, NULL);
	if (st == PX_OK)
		st = analyse(&c, &cfg.match, NULL);
	if (st != PX_OK) {
		char *msg = px_safe_str(px_error(), strlen(px_error()));

		fprintf(stderr, "parallax: %s\n", msg);
		free(msg);
		corpus_free(&c);
		config_free(&cfg);
		return st;
	}
	if (o->mode != MODE_TUI || o->tui.script)
		print_warnings(&c);
	switch (o->mode) {
	case MODE_JSON: st = report_json(&c, stdout); break;
	case MODE_SUMMARY: st = report_summary(&c, stdout); break;
	case MODE_TUI: st = tui_run(&c, &cfg, &o->tui); break;
	case MODE_CHECK_CONFIG: case MODE_DUMP_CONFIG: break;
	}
	if (st != PX_OK)
		fprintf(stderr, "parallax: %s\n", px_error());
	corpus_free(&c);
	config_free(&cfg);
	return st;
}

int
main(int argc, char **argv)
{
	struct options o = {.mode = MODE_TUI, .tui = {.cols = 160, .rows = 48, .start = px_now()}};
	int rc = parse_args(argc, argv, &o);

	if (rc != PX_OK)
		return rc;
	return run(&o);
}
