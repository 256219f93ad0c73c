#!/bin/sh
# The bundled story on a real terminal: five columns with headers and a
# status line; q quits with status 0 and leaves the terminal usable.
set -eu
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../.."
tmux_start start-quit 240 50 "$PARALLAX"
tmux_wait "5 Unattributed (B)"
tmux_wait "[1/5] GlobalPost  0%"
tmux_screen | grep -q "│" || fail "no borders between the columns"
tmux_keys j j j
tmux_wait_gone "[1/5] GlobalPost  0%"
tmux_keys q
tmux_wait_exit
tmux_ok
