#!/bin/sh
# Hostile input: each case must load and analyse (or be refused with a
# clear message) without crashing, hanging or leaking control characters
# into the summary. Under make asan, PARALLAX is the sanitizer build.
set -u
: "${PARALLAX:?set PARALLAX to the binary}"
tmp=$(mktemp -d /tmp/px-hostile-XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0
limit=${HOSTILE_TIMEOUT:-120}

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# run NAME CODE FILE...: --json and --summary exit with CODE, in time;
# the summary holds no control byte but newline.
run() {
	name=$1 code=$2
	shift 2
	for mode in --json --summary; do
		timeout "$limit" "$PARALLAX" $mode "$@" >"$tmp/out" 2>"$tmp/err"
		got=$?
		if [ "$got" -eq 124 ]; then
			fail "$name $mode: no answer within $limit s"
		elif [ "$got" -ne "$code" ]; then
			fail "$name $mode: exit $got, want $code: $(head -c 300 "$tmp/err")"
		fi
		if [ "$mode" = --summary ] && [ "$got" -eq 0 ] &&
			LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$tmp/out"; then
			fail "$name: a control character reached the summary"
		fi
	done
}

article() { # article NAME: write stdin to $tmp/NAME
	cat >"$tmp/$1"
}

# a 10 MB single line without a full stop
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "word%d ", i % 97; }' | article long-line.txt
run "10 MB single line" 0 "$tmp/long-line.txt"

# 50,000 tiny files in a folder: over the article limit, refused clearly
mkdir "$tmp/many"
(cd "$tmp/many" && seq 1 50000 | sed 's/$/.txt/' | xargs touch)
for f in 1 2 3; do echo "Tiny article $f." >"$tmp/many/$f.txt"; done
timeout "$limit" "$PARALLAX" --json "$tmp/many" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "too many articles" "$tmp/err" ||
	fail "50,000 files: want a clear limit message, got: $(cat "$tmp/err")"

# binary file
head -c 20000 /dev/urandom | article binary.txt
run "binary file" 1 "$tmp/binary.txt"

# invalid UTF-8 everywhere, but not binary-looking: every third byte
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "ab\377 %s", (i % 20 == 19 ? ". " : ""); }' |
	article invalid.txt
run "invalid UTF-8" 0 "$tmp/invalid.txt"

# NUL bytes inside text
printf 'A sentence with \000 a NUL. Another \000\000 here. The end.\n' | article nul.txt
run "NUL bytes" 0 "$tmp/nul.txt"

# BOM and CRLF
printf '\357\273\277Title: T\r\nOutlet: O\r\n\r\nFirst line.\r\nSecond line.\r\n' | article bom.txt
run "BOM + CRLF" 0 "$tmp/bom.txt"

# escape sequences: colours, title setting (OSC 0), clipboard (OSC 52),
# a CSI clear screen, C1 CSI
printf 'Outlet: Evil\033]0;owned\007\n\nText \033[2J\033[31mred\033[0m. ' | article esc.txt
printf 'Copy \033]52;c;ZWNobyBvd25lZA==\007 this. Bell \007 and \233 C1. \033P+q\033\\\n' >>"$tmp/esc.txt"
run "ESC/OSC sequences" 0 "$tmp/esc.txt"

# right-to-left and combining text
printf '\327\251\327\234\327\225\327\235 \327\242\327\225\327\234\327\235. \331\205\330\261\330\255\330\250\330\247. e\314\201e\314\201 Zalgo Z\315\221\315\222\315\223.\n' |
	article rtl.txt
run "RTL and combining" 0 "$tmp/rtl.txt"

# a 1,000-word sentence
awk 'BEGIN { for (i = 0; i < 1000; i++) printf "Word%d and ", i; print "end." }' |
	article wordy.txt
run "1,000-word sentence" 0 "$tmp/wordy.txt"

# deeply nested quotes
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "\342\200\234\"\342\200\230'"'"'"; print "deep"; for (i = 0; i < 2000; i++) printf "'"'"'\342\200\231\"\342\200\235"; print " he said." }' |
	article nested.txt
run "deeply nested quotes" 0 "$tmp/nested.txt"

# unbalanced quotes
printf '\342\200\234It never closes, he said. And \"this one neither. \302\253Nor this.\n\342\200\235Closing first.\n' |
	article unbalanced.txt
run "unbalanced quotes" 0 "$tmp/unbalanced.txt"

# an article that is only boilerplate
printf 'Skip to content\nSubscribe to our newsletter\nCopyright \302\251 2025 Example. All rights reserved.\nCopy link\n' |
	article boiler.txt
run "only boilerplate" 0 "$tmp/boiler.txt"

# all of them side by side
run "all together" 0 "$tmp/long-line.txt" "$tmp/invalid.txt" "$tmp/nul.txt" "$tmp/bom.txt" \
	"$tmp/esc.txt" "$tmp/rtl.txt" "$tmp/wordy.txt" "$tmp/nested.txt" "$tmp/unbalanced.txt" \
	"$tmp/boiler.txt"

if [ "$failures" -ne 0 ]; then
	echo "hostile: $failures failure(s)"
	exit 1
fi
echo "  OK    hostile input: 13 cases"
