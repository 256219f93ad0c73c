#!/bin/sh
# Speed of the reader: headless (--script, output to /dev/null) on the
# bundled story at 240x70, five columns, measured by the reader itself
# (--timing):
#   first frame   from the start of main() to the first frame on screen:
#                 loading, analysis, curses, layout and one full frame
#                 (median of RUNS runs); the wall time of the whole
#                 process, exec and exit included, is shown beside it
#   frames/s      scripted moves, one frame per key: the screen rendered
#                 into the grid and the changes sent through curses
# Targets: first frame < 20 ms, scrolling >= 2,000 frames/s.
set -eu
: "${PARALLAX:?set PARALLAX to the parallax binary}"
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color
unset NO_COLOR PARALLAX_CONFIG
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config"
SIZE=240x70
RUNS=${RUNS:-11}

usec() { echo $(($(date +%s%N) / 1000)); }

median() { sort -n | sed -n "$(((RUNS + 1) / 2))p"; }

# repeat N LINE...: the lines N times
repeat() {
	n=$1
	shift
	i=0
	while [ "$i" -lt "$n" ]; do
		printf '%s\n' "$@"
		i=$((i + 1))
	done
}

# run SCRIPT: one run; its --timing line in $tmp/timing, wall µs on stdout
run() {
	t0=$(usec)
	"$PARALLAX" --script "$1" --size "$SIZE" --timing >/dev/null 2>"$tmp/timing"
	t1=$(usec)
	echo $((t1 - t0))
}

: >"$tmp/empty.keys"
# down line by line to well past a screen (the view scrolls on each key
# once the cursor reaches the bottom), then back to the top
repeat 30 'j*150' 'g' >"$tmp/lines.keys"
# whole screens: every frame redraws the focused column
repeat 200 '<PgDown>*6' 'g' 'G' '<PgUp>*6' >"$tmp/pages.keys"
# across columns: focus moves, headers and cursors change
repeat 400 '<Tab>*5' '<S-Tab>*5' >"$tmp/focus.keys"

"$PARALLAX" --script "$tmp/empty.keys" --size "$SIZE" --dump-model "$tmp/model" >/dev/null
shown=$(sed -n 's/^reader focus [0-9]* window \([0-9-]*\/[0-9]*\).*/\1/p' "$tmp/model")
printf 'reader: %s, bundled story, columns %s shown\n' "$SIZE" "$shown"

: >"$tmp/first"
: >"$tmp/reader"
: >"$tmp/wall"
i=0
while [ "$i" -lt "$RUNS" ]; do
	run "$tmp/empty.keys" >>"$tmp/wall"
	sed -n 's/.*first frame \([0-9.]*\) ms.*/\1/p' "$tmp/timing" >>"$tmp/first"
	sed -n 's/.*(\([0-9.]*\) ms in the reader).*/\1/p' "$tmp/timing" >>"$tmp/reader"
	i=$((i + 1))
done
first=$(median <"$tmp/first")
reader=$(median <"$tmp/reader")
wall=$(median <"$tmp/wall")
awk -v f="$first" -v rd="$reader" -v w="$wall" -v r="$RUNS" 'BEGIN {
	printf "  %-22s %8.1f ms       (target < 20 ms; median of %d)\n", "first frame", f, r
	printf "  %-22s %8.1f ms       (curses, layout, first frame: the rest is analysis)\n",
		"  in the reader", rd
	printf "  %-22s %8.1f ms       (exec to exit, wall clock)\n", "  whole process", w / 1000 }'

for kind in lines pages focus; do
	: >"$tmp/fps"
	i=0
	while [ "$i" -lt 3 ]; do
		run "$tmp/$kind.keys" >/dev/null
		sed -n 's/.*more frames in \([0-9.]*\) s (\([0-9]*\) frames\/s).*/\2 \1/p' \
			"$tmp/timing" >>"$tmp/fps"
		i=$((i + 1))
	done
	frames=$(sed -n 's/.*; \([0-9]*\) more frames.*/\1/p' "$tmp/timing")
	sort -n "$tmp/fps" | sed -n 2p | awk -v k="$kind" -v n="$frames" '{
		printf "  %-22s %8d frames/s (%d frames in %.3f s, median of 3)%s\n", "scrolling: " k, $1, n,
			$2, k == "lines" ? "  (target >= 2000)" : "" }'
done
