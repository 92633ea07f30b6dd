#!/bin/sh
# Screenshots for the README: starts Xvfb :99 (1366x768x24), runs the screenshot tour (a
# test-only executable that drives the real window with sample data on a temporary data dir)
# and writes docs/screenshots/*.png: the whole tour in the light palette, plus dark, large-text
# (16 pt) and dark large-text versions of the key pages (-dark, -large, -dark-large), and the
# plan and the player in German (-de). Look at
# every picture before committing it. ctest's docs.screenshots checks that every picture the
# docs show is one the tour writes.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (XVFB_DISPLAY=:16 picks another display than :99,
# for a machine where :99 is taken)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-gui}
cmake --build "$build" --target tightside-screenshots >/dev/null
display=${XVFB_DISPLAY:-:99}
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$(mktemp -d) \
    "$build/src/gui/tightside-screenshots" "$root/docs/screenshots"
