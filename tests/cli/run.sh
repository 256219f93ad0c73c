#!/bin/sh
# Command-line behaviour: exit codes and one-line error messages for bad
# input, and the read-only guarantee. PARALLAX is the binary under test
# (the sanitizer build under make asan).
set -u
: "${PARALLAX:?set PARALLAX to the binary}"
here=$(cd "$(dirname "$0")/../.." && pwd)
story="$here/articles/ceasefire-2025-03"
tmp=$(mktemp -d /tmp/px-cli-XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# expect CODE PATTERN -- ARGS...: exit status CODE, stderr one line
# matching PATTERN (an empty PATTERN wants an empty stderr).
expect() {
	code=$1 pattern=$2
	shift 3
	"$PARALLAX" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	lines=$(wc -l <"$tmp/err")
	if [ "$got" -ne "$code" ]; then
		fail "parallax $*: exit $got, want $code; stderr: $(cat "$tmp/err")"
	elif [ -z "$pattern" ] && [ -s "$tmp/err" ]; then
		fail "parallax $*: unexpected stderr: $(cat "$tmp/err")"
	elif [ -n "$pattern" ] && ! grep -q -- "$pattern" "$tmp/err"; then
		fail "parallax $*: stderr lacks '$pattern': $(cat "$tmp/err")"
	elif [ -n "$pattern" ] && [ "$lines" -ne 1 ]; then
		fail "parallax $*: want one line on stderr, got $lines: $(cat "$tmp/err")"
	fi
}

mkdir "$tmp/empty-dir" "$tmp/story"
: >"$tmp/empty.txt"
printf ' \n\t\n' >"$tmp/blank.txt"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\1\0\0\0\1\0\10\6\0\0\0' >"$tmp/image.txt"
truncate -s 65M "$tmp/huge.txt"
mkfifo "$tmp/fifo.txt"
printf 'An article. It has two sentences.\n' >"$tmp/story/a.txt"
printf 'Another article. Also short.\n' >"$tmp/story/b.txt"
printf '[a.txt]\noutlet = A\nbroken line\n' >"$tmp/story/story.ini"

expect 1 "$tmp/missing.txt: No such file or directory" -- --json "$tmp/missing.txt"
expect 1 "$tmp/empty-dir: no articles" -- --json "$tmp/empty-dir"
expect 1 "$tmp/empty.txt: empty article" -- --json "$tmp/empty.txt"
expect 1 "$tmp/blank.txt: empty article" -- --json "$tmp/blank.txt"
expect 1 "$tmp/image.txt: binary file" -- --json "$tmp/image.txt"
expect 1 "$tmp/huge.txt: file too large" -- --json "$tmp/huge.txt"
expect 1 "$tmp/fifo.txt: not a regular file" -- --json "$tmp/fifo.txt"
expect 1 "unknown option '--frobnicate'" -- --frobnicate
expect 1 "--size wants COLSxROWS" -- --size 80 --json "$story"
expect 1 "needs an argument" -- --json --script
expect 0 "" -- --json "$story"
expect 0 "" -- --summary "$story"
expect 0 "" -- --help
expect 0 "" -- --version
expect 0 "story.ini:3: syntax error" -- --json "$tmp/story"

# an unreadable file: as root, read it as an unprivileged user
chmod 0 "$tmp/story/b.txt"
if [ "$(id -u)" -ne 0 ]; then
	expect 1 "b.txt: Permission denied" -- --json "$tmp/story/b.txt"
elif command -v setpriv >/dev/null 2>&1; then
	chmod 755 "$tmp" "$tmp/story"
	setpriv --reuid=65534 --regid=65534 --clear-groups "$PARALLAX" --json "$tmp/story/b.txt" \
		>/dev/null 2>"$tmp/err"
	code=$?
	[ "$code" -eq 1 ] && grep -q "b.txt: Permission denied" "$tmp/err" ||
		fail "unreadable file: exit $code, stderr: $(cat "$tmp/err")"
fi
chmod 644 "$tmp/story/b.txt"

# the JSON report is one document with every article of the story
"$PARALLAX" --json "$story" >"$tmp/report.json" 2>/dev/null
head -c 1 "$tmp/report.json" | grep -q '{' || fail "--json does not print a JSON object"
[ "$(grep -c '"path":' "$tmp/report.json")" -eq 5 ] || fail "--json lacks the five articles"

# nothing the user owns is modified by any mode
before=$(cd "$story" && ls -l --time-style=+%s.%N . && cat ./* | cksum)
"$PARALLAX" --json "$story" >/dev/null 2>&1
"$PARALLAX" --summary "$story" >/dev/null 2>&1
printf 'j\nq\n' >"$tmp/keys"
"$PARALLAX" --script "$tmp/keys" "$story" >/dev/null 2>&1
after=$(cd "$story" && ls -l --time-style=+%s.%N . && cat ./* | cksum)
[ "$before" = "$after" ] || fail "the articles changed while being read"

if [ "$failures" -ne 0 ]; then
	echo "cli: $failures failure(s)"
	exit 1
fi
echo "  OK    cli: bad input, exit codes, read-only"
