# parallax - read several news articles about one event side by side.
#
#   make run     install missing Debian packages, build, open the bundled story
#   make test    the same checks CI runs (warnings are errors)
#   make asan    the test suite under AddressSanitizer and UBSan
#   make eval    score the JSON report against the gold standard
#   make bench   speed and memory of the analysis and the reader
#   make fuzz    run the libFuzzer targets for a bounded time
#   make install PREFIX=/usr/local DESTDIR=

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/parallax
DOCDIR ?= $(PREFIX)/share/doc/parallax
BUILD ?= build
EVAL ?= ../shared/eval
ARGS ?=

CC ?= cc
CFLAGS ?= -O2 -g
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
       -Wformat=2 -Wwrite-strings -Wcast-qual -Wundef
ENGINE_PKGS = libpcre2-8 libutf8proc jansson
PKG_CFLAGS = $(shell pkg-config --cflags ncursesw $(ENGINE_PKGS) 2>/dev/null)
ENGINE_LIBS = $(shell pkg-config --libs $(ENGINE_PKGS) 2>/dev/null) -liniparser -lstemmer -lm
CURSES_LIBS = $(shell pkg-config --libs ncursesw 2>/dev/null || echo -lncursesw)
TEST_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

ALL_CFLAGS = -std=c11 $(WARN) $(if $(WERROR),-Werror) -Iinclude -Isrc/tui \
             -DPX_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS) $(SAN) $(CFLAGS) -MMD -MP
ALL_LDFLAGS = $(SAN) $(LDFLAGS)

ENGINE_SRC = $(sort $(wildcard src/engine/*.c))
TUI_SRC = $(sort $(wildcard src/tui/*.c))
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
ENGINE_OBJ = $(ENGINE_SRC:src/%.c=$(BUILD)/%.o)
TUI_OBJ = $(TUI_SRC:src/%.c=$(BUILD)/%.o)
MAIN_OBJ = $(BUILD)/main.o
LIB = $(BUILD)/libparallax.a
BIN = $(BUILD)/parallax
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Debian packages: to build and run, and in addition to test.
RUN_DEBS = gcc make pkg-config libncurses-dev libpcre2-dev libiniparser-dev \
           libstemmer-dev libutf8proc-dev libjansson-dev
RUN_DEBS += wordnet-base wordnet-dev
TEST_DEBS = $(RUN_DEBS) libcmocka-dev tmux valgrind
FUZZ_DEBS = clang libclang-rt-dev

Q = @
ifeq ($(V),1)
Q =
endif

.PHONY: all run test check asan eval bench fuzz fuzz-run install uninstall clean \
        deps deps-run deps-fuzz check-layering unit cli config-test monkey

all: $(BIN)

$(BUILD)/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(ENGINE_OBJ)
	@echo "  AR    $@"
	$(Q)rm -f $@ && ar rcs $@ $^

# The synonym table of the matcher: a build-time program reads the WordNet
# database (wordnet-base) and writes a C table compiled into the library,
# so parallax reads nothing of WordNet at run time.
WORDNET_DIR ?= /usr/share/wordnet
SYN_GEN = $(BUILD)/tools/wngen
SYN_SRC = $(BUILD)/gen/synonyms.c
SYN_OBJ = $(BUILD)/gen/synonyms.o

$(SYN_GEN): src/tools/wngen.c include/parallax/synonym.h
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) -std=c11 $(WARN) $(if $(WERROR),-Werror) -Iinclude -O2 -o $@ $< -lstemmer

$(SYN_SRC): $(SYN_GEN)
	@mkdir -p $(@D)
	@echo "  GEN   $@"
	$(Q)$(SYN_GEN) $(WORDNET_DIR) $@.tmp && mv $@.tmp $@

$(SYN_OBJ): $(SYN_SRC) include/parallax/synonym.h
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(SYN_OBJ)

# The common-word table of the extraction stages (vocab_common()): every
# word WordNet writes in lower case, generated the same way.
WORDS_GEN = $(BUILD)/tools/wnwords
WORDS_SRC = $(BUILD)/gen/common_words.c
WORDS_OBJ = $(BUILD)/gen/common_words.o

$(WORDS_GEN): src/tools/wnwords.c include/parallax/vocab.h
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) -std=c11 $(WARN) $(if $(WERROR),-Werror) -Iinclude -O2 -o $@ $<

$(WORDS_SRC): $(WORDS_GEN)
	@mkdir -p $(@D)
	@echo "  GEN   $@"
	$(Q)$(WORDS_GEN) $(WORDNET_DIR) $@.tmp && mv $@.tmp $@

$(WORDS_OBJ): $(WORDS_SRC) include/parallax/vocab.h
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(WORDS_OBJ)

# Speed and memory of the analysis, engine only (no curses): the bundled
# story and generated corpora of 100, 1,000 and 10,000 articles.
BENCH_ENGINE = $(BUILD)/tests/bench_engine

$(BENCH_ENGINE): tests/bench/bench_engine.c $(LIB)
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -DPX_SOURCE_DIR='"$(CURDIR)"' -o $@ $< $(LIB) \
		$(ALL_LDFLAGS) $(ENGINE_LIBS)

bench: $(BENCH_ENGINE) $(BIN)
	$(Q)$(BENCH_ENGINE)
	@echo
	$(Q)PARALLAX=$(CURDIR)/$(BIN) sh tests/bench/tui.sh

$(BIN): $(MAIN_OBJ) $(TUI_OBJ) $(LIB)
	@echo "  LD    $@"
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $(MAIN_OBJ) $(TUI_OBJ) $(LIB) $(CURSES_LIBS) $(ENGINE_LIBS)

# Unit tests link the engine without curses: a curses call there fails
# the link, which keeps the engine free of the terminal.
$(BUILD)/tests/%: tests/unit/%.c tests/unit/testutil.h $(LIB)
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/unit -DPX_SOURCE_DIR='"$(CURDIR)"' -o $@ $< $(LIB) \
		$(ALL_LDFLAGS) $(TEST_LIBS) $(ENGINE_LIBS)

# Install what is missing (as root, or through sudo when it needs no
# password); otherwise stop with the command to run.
define ensure_debs
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
		for p in $(1); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || \
				missing="$$missing $$p"; \
		done; \
	fi; \
	if [ -n "$$missing" ]; then \
		echo "parallax: installing missing packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; \
		elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; \
		else echo "parallax: please run: sudo apt-get install$$missing" >&2; exit 1; fi; \
		export DEBIAN_FRONTEND=noninteractive; \
		$$sudo apt-get install -y -qq $$missing >/dev/null 2>&1 || \
		{ $$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing; } || \
		{ echo "parallax: apt-get failed; please run: sudo apt-get install$$missing" >&2; exit 1; }; \
	fi
endef

deps-run:
	$(call ensure_debs,$(RUN_DEBS))

deps:
	$(call ensure_debs,$(TEST_DEBS))

deps-fuzz:
	$(call ensure_debs,$(FUZZ_DEBS))

run: deps-run
	@$(MAKE) --no-print-directory $(BIN)
	$(BIN) $(ARGS)

test: deps
	@$(MAKE) --no-print-directory WERROR=1 check

check: check-layering unit cli config-test tui monkey
	@echo "all tests passed"

check-layering:
	@if grep -rlE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/)' \
		src/engine include/parallax; then \
		echo "layering: the engine must not include curses (files above)"; exit 1; \
	else echo "  OK    engine does not include curses"; fi

unit: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do \
		echo "  TEST  $$t"; \
		(cd $(CURDIR) && $$t) >$$t.log 2>&1 || { cat $$t.log; echo "FAILED: $$t"; exit 1; }; \
	done

cli: $(BIN)
	$(Q)PARALLAX=$(CURDIR)/$(BIN) sh tests/cli/run.sh
	$(Q)PARALLAX=$(CURDIR)/$(BIN) sh tests/cli/hostile.sh
	$(Q)PARALLAX=$(CURDIR)/$(BIN) sh tests/cli/escapes.sh
	$(Q)if [ -z "$(SAN)" ]; then PARALLAX=$(CURDIR)/$(BIN) sh tests/cli/valgrind.sh; fi

# 20,000 random keys and 300 random resizes in a headless run
monkey: $(BIN)
	$(Q)PARALLAX=$(CURDIR)/$(BIN) sh tests/tui/monkey.sh

config-test: $(BIN)
	$(Q)PARALLAX=$(CURDIR)/$(BIN) sh tests/config/run.sh

# The reader: scripted screens compared with expected files (tests/tui),
# the real terminal path in tmux (tests/tmux), and the parts of the
# reader that need no terminal, linked without curses (tests/tui/test_*.c).
TUI_FIXTURE = $(BUILD)/tests/tui-fixture
TUI_PURE_OBJ = $(addprefix $(BUILD)/tui/,grid.o layout.o lineedit.o marks.o palette.o script.o)
TUI_UNIT_BIN = $(patsubst tests/tui/%.c,$(BUILD)/tests/tui_%,$(wildcard tests/tui/test_*.c))

.PHONY: tui tui-update bench-tui

$(TUI_FIXTURE): tests/tui/fixture.c $(TUI_OBJ) $(LIB)
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(TUI_OBJ) $(LIB) $(ALL_LDFLAGS) $(CURSES_LIBS) $(ENGINE_LIBS)

$(BUILD)/tests/tui_%: tests/tui/%.c tests/unit/testutil.h $(TUI_PURE_OBJ) $(LIB)
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/unit -DPX_SOURCE_DIR='"$(CURDIR)"' -o $@ $< \
		$(TUI_PURE_OBJ) $(LIB) $(ALL_LDFLAGS) $(TEST_LIBS) $(ENGINE_LIBS)

tui: $(BIN) $(TUI_FIXTURE) $(TUI_UNIT_BIN)
	@for t in $(TUI_UNIT_BIN); do \
		echo "  TEST  $$t"; \
		$$t >$$t.log 2>&1 || { cat $$t.log; echo "FAILED: $$t"; exit 1; }; \
	done
	$(Q)PARALLAX=$(CURDIR)/$(BIN) FIXTURE=$(CURDIR)/$(TUI_FIXTURE) sh tests/tui/run.sh
	$(Q)for t in tests/tmux/test_*.sh; do \
		PARALLAX=$(CURDIR)/$(BIN) FIXTURE=$(CURDIR)/$(TUI_FIXTURE) sh $$t || exit 1; \
	done

# Write the expected screens and models anew; read the diff before
# committing it.
tui-update: $(BIN) $(TUI_FIXTURE)
	$(Q)UPDATE=1 PARALLAX=$(CURDIR)/$(BIN) FIXTURE=$(CURDIR)/$(TUI_FIXTURE) sh tests/tui/run.sh

# Frames per second of scripted scrolling and time to the first frame.
bench-tui: $(BIN)
	$(Q)PARALLAX=$(CURDIR)/$(BIN) sh tests/bench/tui.sh

asan:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory BUILD=build/asan WERROR=1 CFLAGS="-O1 -g" \
		SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		check

# libFuzzer targets, built with clang in their own tree; each runs for
# FUZZ_SECONDS on the seed corpus in tests/fuzz/corpus plus what it found
# before (build/fuzz/corpus). A crash or undefined behaviour stops make with the
# input saved.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = analyse config search keys script

fuzz: deps-fuzz
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang CFLAGS="-O1 -g" \
		SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -fsanitize=fuzzer-no-link" \
		fuzz-run

fuzz-run: $(FUZZ_TARGETS:%=$(BUILD)/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
		echo "  FUZZ  $$t ($(FUZZ_SECONDS) s)"; \
		mkdir -p $(BUILD)/corpus/$$t $(BUILD)/crashes; \
		$(BUILD)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix=$(BUILD)/crashes/$$t- -print_final_stats=1 \
			$(BUILD)/corpus/$$t tests/fuzz/corpus/$$t >$(BUILD)/fuzz_$$t.log 2>&1 || \
			{ tail -40 $(BUILD)/fuzz_$$t.log; echo "fuzz: $$t found a problem"; exit 1; }; \
		grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' $(BUILD)/fuzz_$$t.log | \
			sed 's/^/        /'; \
	done

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(LIB)
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(ALL_LDFLAGS) $(ENGINE_LIBS)

# The key-script parser of headless runs is reader code without curses.
$(BUILD)/fuzz_script: tests/fuzz/fuzz_script.c $(BUILD)/tui/script.o $(LIB)
	@echo "  CC    $<"
	$(Q)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(BUILD)/tui/script.o $(LIB) \
		$(ALL_LDFLAGS) $(ENGINE_LIBS)

eval: $(BIN)
	@if [ ! -f $(EVAL)/score.py ]; then \
		echo "eval: no gold standard at $(EVAL) (set EVAL=...)"; exit 1; fi
	$(Q)$(BIN) --json articles/ceasefire-2025-03 > $(BUILD)/report.json
	$(Q)python3 $(EVAL)/score.py $(EVAL)/seeds $(BUILD)/report.json
	$(Q)python3 tests/eval/extra.py $(EVAL) $(EVAL)/seeds $(BUILD)/report.json

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/articles/ceasefire-2025-03 \
		$(DESTDIR)$(DOCDIR)/examples
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/parallax
	install -m 644 articles/ceasefire-2025-03/* $(DESTDIR)$(DATADIR)/articles/ceasefire-2025-03/
	install -m 644 README.md $(DESTDIR)$(DOCDIR)/
	install -m 644 config/parallax.ini $(DESTDIR)$(DOCDIR)/examples/parallax.ini

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/parallax
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)

clean:
	rm -rf $(BUILD) build

-include $(ENGINE_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BIN:=.d)
-include $(TUI_FIXTURE:=.d) $(TUI_UNIT_BIN:=.d)
