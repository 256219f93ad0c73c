#!/bin/sh
# The terminal shrinks to 20x5 and grows back while the reader runs; F1
# shows the help, Escape closes it.
set -eu
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../.."
tmux_start resize-help 120 40 "$PARALLAX" tests/tui/data/shared
tmux_wait "1 The Daily Ledger"
tmux -L "$sock" set-option -g window-size manual
tmux -L "$sock" resize-window -x 20 -y 5
tmux_wait "too small"
tmux -L "$sock" resize-window -x 120 -y 40
tmux_wait "3 Coast Radio"
tmux_wait_gone "too small"
tmux_keys F1
tmux_wait "Keys"
tmux_wait "show this help: every live key binding"
tmux_keys Escape
tmux_wait_gone "every live key binding"
tmux_keys q
tmux_wait_exit
tmux_ok
