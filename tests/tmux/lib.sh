# Helpers for the tmux tests of the reader: start it in a detached tmux
# server of its own, send keys, and poll the pane (never sleep blindly).
#   . tests/tmux/lib.sh; tmux_start NAME COLS ROWS CMD...; tmux_wait TEXT
: "${PARALLAX:?set PARALLAX to the parallax binary}"
TMUX_TIMEOUT=${TMUX_TIMEOUT:-10}

tmux_start() {
	name=$1 cols=$2 rows=$3
	shift 3
	sock="px-test-$name-$$"
	tmp=$(mktemp -d)
	mkdir -p "$tmp/config"
	trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
	# the command runs in a small script that writes its exit status to a
	# file: tmux's own pane_dead_status may lag behind by seconds
	printf '%s\necho $? >"%s/status"\n' "$*" "$tmp" >"$tmp/run.sh"
	printf 'set -g remain-on-exit on\n' >"$tmp/tmux.conf"
	tmux -L "$sock" -f "$tmp/tmux.conf" new-session -d -x "$cols" -y "$rows" \
		"exec env -i PATH=\"$PATH\" LANG=C.UTF-8 TERM=screen-256color \
		HOME=\"$tmp\" XDG_CONFIG_HOME=\"$tmp/config\" sh \"$tmp/run.sh\""
}

tmux_screen() {
	tmux -L "$sock" capture-pane -p
}

fail() {
	echo "FAILED: tmux $name: $*"
	echo "--- the screen was:"
	tmux_screen
	exit 1
}

# Poll until the screen shows TEXT (a fixed string).
tmux_wait() {
	end=$(($(date +%s) + TMUX_TIMEOUT))
	while [ "$(date +%s)" -le "$end" ]; do
		tmux_screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	fail "waited ${TMUX_TIMEOUT}s for: $1"
}

# Poll until the screen no longer shows TEXT.
tmux_wait_gone() {
	end=$(($(date +%s) + TMUX_TIMEOUT))
	while [ "$(date +%s)" -le "$end" ]; do
		tmux_screen | grep -qF -- "$1" || return 0
		sleep 0.05
	done
	fail "waited ${TMUX_TIMEOUT}s for this to go: $1"
}

tmux_keys() {
	tmux -L "$sock" send-keys "$@"
}

# Poll until the reader has exited; fail unless it exited with 0.
tmux_wait_exit() {
	end=$(($(date +%s) + TMUX_TIMEOUT))
	while [ "$(date +%s)" -le "$end" ]; do
		if [ -s "$tmp/status" ]; then
			st=$(cat "$tmp/status")
			[ "$st" = 0 ] || fail "the reader exited with status $st"
			return 0
		fi
		sleep 0.05
	done
	fail "the reader did not exit within ${TMUX_TIMEOUT}s"
}

tmux_ok() {
	echo "  OK    tmux: $name"
}
