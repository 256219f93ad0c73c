#!/bin/sh
# Configuration messages: a file of bad lines and the exact messages
# (path:line: [section] key: message), in the style of tig's parse tests.
set -u
: "${PARALLAX:?set PARALLAX to the binary}"
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d /tmp/px-config-XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0

"$PARALLAX" -c tests/config/bad.ini --check-config >"$tmp/out" 2>"$tmp/err"
code=$?
if [ "$code" -ne 1 ]; then
	echo "FAIL: --check-config on a bad file exits $code, want 1"
	failures=$((failures + 1))
fi
if ! diff -u tests/config/bad.expected "$tmp/err"; then
	echo "FAIL: messages for tests/config/bad.ini differ (above: - expected, + got)"
	failures=$((failures + 1))
fi

# the shipped example is complete, valid, and equal to the defaults
"$PARALLAX" -c config/parallax.ini --check-config >/dev/null 2>"$tmp/err" ||
	{ echo "FAIL: config/parallax.ini has problems:"; cat "$tmp/err"; failures=$((failures + 1)); }
env -u PARALLAX_CONFIG HOME="$tmp" XDG_CONFIG_HOME= "$PARALLAX" --dump-config | sed 1d >"$tmp/default"
"$PARALLAX" -c config/parallax.ini --dump-config | sed 1d >"$tmp/example"
diff -u "$tmp/default" "$tmp/example" >/dev/null ||
	{ echo "FAIL: config/parallax.ini differs from the built-in defaults"; failures=$((failures + 1)); }
grep -v '^;' "$tmp/default" | grep '=' | sed 's/ =.*//' | sort >"$tmp/keys-default"
grep -v '^;' config/parallax.ini | grep '=' | sed 's/ =.*//' | sort >"$tmp/keys-example"
diff -u "$tmp/keys-default" "$tmp/keys-example" ||
	{ echo "FAIL: config/parallax.ini does not list every key (above)"; failures=$((failures + 1)); }

# lookup order: -c, then $PARALLAX_CONFIG, then XDG_CONFIG_HOME, then ~/.config
mkdir -p "$tmp/xdg/parallax" "$tmp/home/.config/parallax"
printf '[layout]\ngutter = 3\n' >"$tmp/xdg/parallax/parallax.ini"
printf '[layout]\ngutter = 4\n' >"$tmp/home/.config/parallax/parallax.ini"
printf '[layout]\ngutter = 5\n' >"$tmp/env.ini"
printf '[layout]\ngutter = 6\n' >"$tmp/c.ini"
lookup() { grep -m1 '^gutter = [0-9]' | sed 's/gutter = //'; }
got=$(env HOME="$tmp/home" XDG_CONFIG_HOME= PARALLAX_CONFIG= "$PARALLAX" --dump-config | lookup)
[ "$got" = 4 ] || { echo "FAIL: ~/.config not read (gutter $got)"; failures=$((failures + 1)); }
got=$(env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/xdg" PARALLAX_CONFIG= "$PARALLAX" --dump-config | lookup)
[ "$got" = 3 ] || { echo "FAIL: XDG_CONFIG_HOME not read (gutter $got)"; failures=$((failures + 1)); }
got=$(env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/xdg" PARALLAX_CONFIG="$tmp/env.ini" "$PARALLAX" --dump-config | lookup)
[ "$got" = 5 ] || { echo "FAIL: PARALLAX_CONFIG not read (gutter $got)"; failures=$((failures + 1)); }
got=$(env HOME="$tmp/home" PARALLAX_CONFIG="$tmp/env.ini" "$PARALLAX" -c "$tmp/c.ini" --dump-config | lookup)
[ "$got" = 6 ] || { echo "FAIL: -c not read (gutter $got)"; failures=$((failures + 1)); }
env PARALLAX_CONFIG="$tmp/missing.ini" "$PARALLAX" --check-config >/dev/null 2>"$tmp/err"
code=$?
{ [ "$code" -eq 1 ] && grep -q "missing.ini: No such file" "$tmp/err"; } ||
	{ echo "FAIL: a missing \$PARALLAX_CONFIG is not an error"; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then
	echo "config: $failures failure(s)"
	exit 1
fi
echo "  OK    config: messages, example file, lookup order"
