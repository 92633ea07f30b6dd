#!/usr/bin/env bash
# Issue 3 benchmarks (figures, not pass/fail tests):
#  1. plans per second on one core with the built-in protocol (target >= 200,000);
#  2. `tightside plan` as a whole process against `tightside --version` (target <= 2x).
# Usage: bench/engine.sh [build-dir]   (a Release or RelWithDebInfo build; hyperfine from apt)
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
taskset -c 0 "$build/bench/bench_engine" 2000000
bin="$build/src/app/tightside"
hyperfine -N --warmup 20 --runs 200 "$bin --version" \
    "$bin plan --answers $here/docs/examples/routine.json"
