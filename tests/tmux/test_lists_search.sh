#!/bin/sh
# The lists and the search through a real terminal: the actors list,
# filtered by typing, Enter and n; the quotes list with its wordings; a
# search with k/N in the status line; the filter; Esc; q.
set -eu
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../.."
tmux_start lists-search 120 40 "$PARALLAX" tests/tui/data/talks
tmux_wait "1 North Star Daily"
tmux_keys a
tmux_wait "Actors · 6 of 6 · by mentions"
tmux_keys / d a h l
tmux_wait "Actors · 1 of 6"
tmux_keys Enter
tmux_wait "n/N: the other mentions of Ingrid Dahl"
tmux_keys n
tmux_wait "Ingrid Dahl 2/4"
tmux_keys '"'
tmux_wait "Wording in 3 quotes against 1 North Star Daily"
tmux_keys q
tmux_wait_gone "Wording in 3 quotes"
tmux_keys / q u o t a
tmux_wait "Up/Down: earlier patterns"
tmux_keys Enter
tmux_wait "/quota 2/6" # from the cursor, past the first
tmux_keys '&' s a i d Enter
tmux_wait "& said"
tmux_keys Escape
tmux_wait "highlights cleared"
tmux_keys q
tmux_wait_exit
tmux_ok
