#!/bin/sh
# Startup of `tightside --exit-after-startup` against a bare Qt Widgets window on the same
# Xvfb display (issues 11 and 14 ask for within 1.2x), both for a first run (the welcome) and
# for a returning user (the safety questions), a returning user in German (the translation
# loaded), and the history view opening 10,000 sessions (target: under 0.5 s). Beside them
# runs the same safety questions page built from plain Qt widgets (bench/samepage), with none
# of Tightside's own work: what the page itself costs in Qt.
# Usage: scripts/bench-startup.sh [BUILD_DIR] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-gui}
runs=${2:-15}
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

cmake -S "$root/bench/barewindow" -B "$work/bare" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/bare" >/dev/null
cmake -S "$root/bench/samepage" -B "$work/samepage" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/samepage" >/dev/null

Xvfb :98 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=:98 QT_QPA_PLATFORM=xcb
export TIGHTSIDE_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config"

# Wall time in ms of one run of a command.
once_ms() {
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A returning user has acknowledged the welcome: the window opens on the safety questions.
mkdir -p "$work/config-first" "$work/config-again/tightside"
printf '[welcome]\nacknowledged=true\n' >"$work/config-again/tightside/tightside.conf"
app="$build/src/app/tightside"
# The five commands take turns, so a change in the machine's load hits all of them alike.
# One warm-up round first.
i=0
while [ "$i" -le "$runs" ]; do
    b=$(once_ms "$work/bare/barewindow")
    p=$(once_ms "$work/samepage/samepage")
    f=$(XDG_CONFIG_HOME="$work/config-first" once_ms "$app" --exit-after-startup)
    a=$(XDG_CONFIG_HOME="$work/config-again" once_ms "$app" --exit-after-startup)
    g=$(XDG_CONFIG_HOME="$work/config-again" once_ms "$app" --exit-after-startup --lang de)
    if [ "$i" -gt 0 ]; then
        echo "$b" >>"$work/bare.ms"
        echo "$p" >>"$work/page.ms"
        echo "$f" >>"$work/first.ms"
        echo "$a" >>"$work/again.ms"
        echo "$g" >>"$work/german.ms"
    fi
    i=$((i + 1))
done
bare=$(median "$work/bare.ms")
page=$(median "$work/page.ms")
first=$(median "$work/first.ms")
again=$(median "$work/again.ms")
german=$(median "$work/german.ms")
echo "bare Qt Widgets window: ${bare} ms (median of $runs)"
echo "the safety questions page in plain Qt widgets: ${page} ms"
echo "tightside --exit-after-startup, first run (welcome): ${first} ms"
echo "tightside --exit-after-startup, returning (safety questions): ${again} ms"
echo "tightside --exit-after-startup --lang de, returning: ${german} ms"
awk -v a="$first" -v r="$again" -v g="$german" -v b="$bare" -v p="$page" \
    'BEGIN { printf "ratio to the bare window: first run %.2fx, returning %.2fx, German %.2fx " \
             "(target 1.2x); the plain-Qt page %.2fx\n", a / b, r / b, g / b, p / b
             printf "ratio to the plain-Qt page: returning %.2fx, German %.2fx\n", r / p, g / p }'

# Peak memory (resident set, /usr/bin/time's %M in KiB) of the same pages: the median of five
# runs each, the plain-Qt page against a returning user's safety questions (issue 21).
peak_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
i=0
while [ "$i" -lt 5 ]; do
    peak_kib "$work/samepage/samepage" >>"$work/page.kib"
    XDG_CONFIG_HOME="$work/config-again" peak_kib "$app" --exit-after-startup >>"$work/again.kib"
    i=$((i + 1))
done
page_kib=$(median "$work/page.kib")
again_kib=$(median "$work/again.kib")
awk -v p="$page_kib" -v a="$again_kib" 'BEGIN { printf "peak memory: the plain-Qt page %.1f MiB, " \
    "tightside returning %.1f MiB: %.2fx\n", p / 1024, a / 1024, a / p }'

"$build/tests/gui/bench_history" "$work/history" 10000
"$build/tests/gui/bench_history" "$work/history" 10000
