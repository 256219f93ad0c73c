#!/bin/sh
# Command-line behaviour: filled in below.
set -eu
: "${PARALLAX:?set PARALLAX to the binary}"
"$PARALLAX" --version >/dev/null
echo "  OK    cli"
