#!/bin/sh
# Play each tests/tui/<name>.keys headless and compare the screen and model
# dumps with tests/tui/<name>.screen and <name>.model (diff -u: expected
# lines are -, what the reader drew is +).
#
# A case says what to run in comment lines at its top:
#   # args: --size 120x40 tests/tui/data/shared   (paths from the source tree)
#   # with: fixture          run tests/tui/fixture.c (exact-match topics)
#   # env: NO_COLOR=1        more environment for this case
# The environment is pinned: LANG=C.UTF-8, TERM=xterm-256color, HOME and
# XDG_CONFIG_HOME in a temporary directory, nothing else inherited.
#
# UPDATE=1 writes the expected files instead of comparing (make tui-update).
set -eu
: "${PARALLAX:?set PARALLAX to the parallax binary}"
: "${FIXTURE:?set FIXTURE to the tui-fixture binary}"
cd "$(dirname "$0")/../.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home/config"
fail=0
count=0

pinned() {
	env -i PATH="$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color \
		HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" "$@"
}

header() { sed -n "s/^# $1: //p" "$2" | head -n 1; }

for keys in tests/tui/*.keys; do
	name=$(basename "$keys" .keys)
	args=$(header args "$keys")
	envs=$(header env "$keys")
	bin=$PARALLAX
	[ "$(header with "$keys")" = fixture ] && bin=$FIXTURE
	count=$((count + 1))
	# shellcheck disable=SC2086 # args and envs are word lists
	if ! pinned $envs "$bin" --script "$keys" --dump-screen "$tmp/$name.screen" \
		--dump-model "$tmp/$name.model" $args >"$tmp/$name.out" 2>&1; then
		echo "FAILED: $name: the reader exited with an error:"
		cat "$tmp/$name.out"
		fail=1
		continue
	fi
	for kind in screen model; do
		if [ -n "${UPDATE:-}" ]; then
			cp "$tmp/$name.$kind" "tests/tui/$name.$kind"
		elif ! diff -u "tests/tui/$name.$kind" "$tmp/$name.$kind"; then
			echo "FAILED: $name.$kind: expected (-) and drawn (+) differ"
			fail=1
		fi
	done
done

# A bad script stops the run before the screen is touched, naming the
# line; so does a dump that cannot be written.
expect_error() {
	want=$1
	shift
	if pinned "$@" >"$tmp/err.out" 2>&1; then
		echo "FAILED: '$*' should have failed"
		fail=1
	elif ! grep -qF "$want" "$tmp/err.out"; then
		echo "FAILED: '$*' should say: $want"
		echo "it said:"
		cat "$tmp/err.out"
		fail=1
	fi
	count=$((count + 1))
}
printf 'j\n\n  # fine\nj <Bogus> k\n' >"$tmp/bad.keys"
expect_error "bad.keys:4: not a key name: '<Bogus>'" \
	"$PARALLAX" --script "$tmp/bad.keys" tests/tui/data/shared
printf ':resize 0x5\n' >"$tmp/bad.keys"
expect_error "bad.keys:1: :resize wants COLSxROWS" \
	"$PARALLAX" --script "$tmp/bad.keys" tests/tui/data/shared
printf ':frobnicate\n' >"$tmp/bad.keys"
expect_error "bad.keys:1: unknown command ':frobnicate'" \
	"$PARALLAX" --script "$tmp/bad.keys" tests/tui/data/shared
expect_error "no-such.keys" "$PARALLAX" --script "$tmp/no-such.keys" tests/tui/data/shared
printf 'j\n' >"$tmp/ok.keys"
expect_error "$tmp/no-dir/x" \
	"$PARALLAX" --script "$tmp/ok.keys" --dump-screen "$tmp/no-dir/x" tests/tui/data/shared

if [ -n "${UPDATE:-}" ]; then
	echo "  UPD   tui: expected files of $count cases written (review: git diff tests/tui)"
elif [ "$fail" = 0 ]; then
	echo "  OK    tui: $count scripted cases"
else
	exit 1
fi
