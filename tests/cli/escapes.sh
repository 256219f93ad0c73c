#!/bin/sh
# The real terminal path: run the reader in a pseudo-terminal (script(1))
# on articles full of escape sequences and check, byte by byte, that none
# of them reaches the terminal: title setting (OSC 0), clipboard (OSC 52),
# DCS, BEL and C1 controls must arrive as visible placeholders.
set -u
: "${PARALLAX:?set PARALLAX to the binary}"
if ! command -v script >/dev/null 2>&1; then
	echo "  SKIP  escapes: script(1) not installed"
	exit 0
fi
tmp=$(mktemp -d /tmp/px-esc-XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0

printf 'Outlet: Evil\033]0;owned\007\nTitle: T\033]2;title\033\\\n\n' >"$tmp/evil.txt"
printf 'Text \033[2J\033[31mred\033[0m. Copy \033]52;c;ZWNobyBvd25lZA==\007 this.\n' >>"$tmp/evil.txt"
printf 'Bell \007 and C1 \302\233 and raw \233 here. \033P+q\033\\ end. \033]8;;http://x\033\\link\n' >>"$tmp/evil.txt"
printf 'A normal article. Nothing odd in it.\n' >"$tmp/plain.txt"

# q is read after the first frame; the typescript holds every byte the
# program wrote to the terminal
printf q | TERM=xterm-256color timeout 20 script -qfec \
	"stty rows 30 cols 100; '$PARALLAX' '$tmp/evil.txt' '$tmp/plain.txt'" "$tmp/out" >/dev/null 2>&1
code=$?
[ "$code" -eq 0 ] || { echo "FAIL: the reader exited with $code"; failures=$((failures + 1)); }

check_absent() { # check_absent NAME BYTES
	if LC_ALL=C grep -q "$(printf "$2")" "$tmp/out"; then
		echo "FAIL: $1 reached the terminal"
		failures=$((failures + 1))
	fi
}
check_absent "an OSC sequence" '\033]'
check_absent "a DCS sequence" '\033P'
check_absent "a BEL" '\007'
check_absent "a C1 control" '\302\233'
# a lone C1 byte (0x9b is CSI on some terminals) would make it invalid
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 ||
	{ echo "FAIL: the terminal got bytes that are not UTF-8"; failures=$((failures + 1)); }
grep -q "owned" "$tmp/out" || { echo "FAIL: the outlet is not shown at all"; failures=$((failures + 1)); }
# the placeholder of ESC is U+241B
LC_ALL=C grep -q "$(printf '\342\220\233')]52;c;" "$tmp/out" ||
	{ echo "FAIL: the clipboard sequence is not shown as a placeholder"; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then
	echo "escapes: $failures failure(s)"
	exit 1
fi
echo "  OK    escapes: none reaches the terminal"
