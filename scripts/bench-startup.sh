#!/bin/sh
# Startup of `tightside --exit-after-startup` against a bare Qt Widgets window on the same
# Xvfb display (target: within 1.5x), and the history view opening 10,000 sessions (target:
# under 0.5 s). Usage: scripts/bench-startup.sh [BUILD_DIR] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-gui}
runs=${2:-15}
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

cmake -S "$root/bench/barewindow" -B "$work/bare" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/bare" >/dev/null

Xvfb :98 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=:98 QT_QPA_PLATFORM=xcb
export TIGHTSIDE_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config"

# Median wall time in ms of RUNS runs of a command (one warm-up run first).
median_ms() {
    "$@" >/dev/null 2>&1
    i=0
    while [ "$i" -lt "$runs" ]; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
        i=$((i + 1))
    done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

bare=$(median_ms "$work/bare/barewindow")
app=$(median_ms "$build/src/app/tightside" --exit-after-startup)
echo "bare Qt Widgets window: ${bare} ms (median of $runs)"
echo "tightside --exit-after-startup: ${app} ms (median of $runs)"
awk -v a="$app" -v b="$bare" 'BEGIN { printf "ratio: %.2fx (target <= 1.5x)\n", a / b }'

"$build/tests/gui/bench_history" "$work/history" 10000
"$build/tests/gui/bench_history" "$work/history" 10000
