#!/bin/sh
# Memory errors and leaks under valgrind: a full --json run and a scripted
# reader session over the bundled story. (Not for sanitizer builds.)
set -u
: "${PARALLAX:?set PARALLAX to the binary}"
cd "$(dirname "$0")/../.." || exit 1
if ! command -v valgrind >/dev/null 2>&1; then
	echo "  SKIP  valgrind: not installed"
	exit 0
fi
tmp=$(mktemp -d /tmp/px-vg-XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0
cat >"$tmp/keys" <<'EOF'
] ] <Enter> q t j <Enter> s B B ) ( x u <F1> q G g <Tab> > <lt>
a j <Enter> n n N <Quote> j <Enter> c j <Enter>
/
:type (?i)cease(fire)?
<Enter>
n n N &
:type said
<Enter>
&
<Enter>
/
:type (a+)+$
<Enter>
q
EOF

vg() { # vg NAME ARGS...
	name=$1
	shift
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
		--error-exitcode=9 "$PARALLAX" "$@" >/dev/null 2>"$tmp/log"
	code=$?
	if [ "$code" -ne 0 ]; then
		echo "FAIL: valgrind $name (exit $code):"
		head -40 "$tmp/log"
		failures=$((failures + 1))
	fi
}
vg "--json" --json articles/ceasefire-2025-03
vg "scripted session" --script "$tmp/keys" --size 160x48 articles/ceasefire-2025-03

if [ "$failures" -ne 0 ]; then
	exit 1
fi
echo "  OK    valgrind: no errors or leaks (--json, scripted session)"
