#!/bin/sh
# ] moves to the next shared passage and lines the others up; Enter opens
# the synopsis, q closes it, q quits.
set -eu
: "${FIXTURE:?set FIXTURE to the tui-fixture binary}"
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../.."
tmux_start shared-synopsis 120 30 "$FIXTURE" tests/tui/data/shared
tmux_wait "topic 1/4 harbour bridge reopened traffic"
tmux_keys ]
tmux_wait "topic 2/4 mayor ana ruiz cut"
tmux_wait "not covered"
# both columns show the mayor's passage on the same row
row_a=$(tmux_screen | grep -n "▶ Mayor Ana Ruiz" | cut -d: -f1)
row_b=$(tmux_screen | grep -n "│  Mayor Ana Ruiz" | cut -d: -f1)
[ -n "$row_a" ] && [ "$row_a" = "$row_b" ] || fail "the passages are not side by side"
tmux_keys Enter
tmux_wait "Synopsis · topic 2/4"
tmux_wait "Not covered by Coast Radio"
tmux_keys q
tmux_wait_gone "Synopsis"
tmux_wait "sync · boilerplate dim"
tmux_keys q
tmux_wait_exit
tmux_ok
