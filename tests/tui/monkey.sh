#!/bin/sh
# Monkey test: 20,000 random keys and 300 random resizes (1x1 to 400x120)
# in a headless scripted run, from a fixed seed. No crash, no sanitizer
# report, and the final screen is still whole and consistent.
set -u
: "${PARALLAX:?set PARALLAX to the binary}"
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d /tmp/px-monkey-XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
seed=${MONKEY_SEED:-20251119}
keys=${MONKEY_KEYS:-20000}
resizes=${MONKEY_RESIZES:-300}

# every default key but q (it would end the run), keys that mean nothing,
# prompt editing, and mouse events
awk -v seed="$seed" -v keys="$keys" -v resizes="$resizes" 'BEGIN {
	srand(seed);
	n = split("j k ) ( <Space> b <PgDown> <PgUp> <C-f> <C-b> <C-d> <C-u> g G <Home> <End> " \
	          "<Tab> <S-Tab> l <Left> <Right> 1 2 3 4 5 6 7 8 9 <lt> > s ] [ <Enter> u U x X t " \
	          "a <Quote> c m M } { . <Comma> / ? n N <Hash> B <C-l> h <F1> <Esc> <Backspace> " \
	          "<Del> <Up> <Down> z Z 0 @ ~ <F5> <C-a> <C-w> <Ins> \xc3\xa9 \xe4\xb8\xad", pool, " ");
	every = int(keys / resizes);
	for (i = 1; i <= keys; i++) {
		r = rand();
		if (r < 0.01)
			printf ":mouse %s %d %d\n", (rand() < 0.5 ? "click" : (rand() < 0.5 ? "wheel-up" : "wheel-down")), int(rand() * 400), int(rand() * 120);
		else if (r < 0.02)
			printf ":type (a+)+$ [\n";
		else
			print pool[int(rand() * n) + 1];
		if (i % every == 0)
			printf ":resize %dx%d\n", int(rand() * 400) + 1, int(rand() * 120) + 1;
	}
	print ":resize 120x40";
}' >"$tmp/keys"

timeout 600 "$PARALLAX" --script "$tmp/keys" --size 160x48 --dump-screen "$tmp/screen" \
	--dump-model "$tmp/model" articles/ceasefire-2025-03 >/dev/null 2>"$tmp/err"
code=$?
failures=0
if [ "$code" -ne 0 ]; then
	echo "FAIL: monkey run exited with $code"
	head -30 "$tmp/err"
	failures=1
elif [ -s "$tmp/err" ]; then
	echo "FAIL: monkey run wrote to stderr:"
	head -30 "$tmp/err"
	failures=1
else
	# the last screen: the final size, 40 rows, a status line
	last=$(grep -n '^=== screen' "$tmp/screen" | tail -1 | cut -d: -f1)
	tail -n +"$last" "$tmp/screen" >"$tmp/final"
	head -1 "$tmp/final" | grep -q '=== screen 120x40 ===' ||
		{ echo "FAIL: the final screen is not 120x40"; failures=1; }
	[ "$(($(wc -l <"$tmp/final") - 1))" -eq 40 ] ||
		{ echo "FAIL: the final screen does not have 40 rows"; failures=1; }
	grep -q 'F1 help\|/5\]' "$tmp/final" || { echo "FAIL: no status line at the end"; failures=1; }
	[ -s "$tmp/model" ] || { echo "FAIL: no model dump"; failures=1; }
fi
[ "$failures" -eq 0 ] || exit 1
echo "  OK    monkey: $keys keys, $resizes resizes, final screen consistent"
