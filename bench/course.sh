#!/usr/bin/env bash
# Issue 15 benchmark (figures, not a pass/fail test): `tightside plan --with-history` over a
# history of COUNT sessions (default 10,000) against `tightside plan` without it, as whole
# processes. Target: under 2x. The history is generated into a fresh temporary data dir
# (never the real one) by bench_store_generate: the engine's own plans, one day apart.
# Usage: bench/course.sh [build-dir] [COUNT]   (a Release or RelWithDebInfo build)
#   cmake --build build --target tightside bench_store_generate
set -euo pipefail
build=${1:-build}
count=${2:-10000}
here=$(cd "$(dirname "$0")/.." && pwd)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$build/bench/store/bench_store_generate" "$data" "$count"
# The check is made a day after the latest stored session: the realistic case.
latest=$(ls "$data/sessions" | sort | tail -1)
time=$(python3 -c "import datetime,sys; t=datetime.datetime.strptime(sys.argv[1][:16],'%Y%m%dT%H%M%SZ'); print((t+datetime.timedelta(days=1)).strftime('%Y-%m-%dT%H:%M:%SZ'))" "$latest")
python3 - "$here/docs/examples/routine.json" "$data/answers.json" "$time" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["time"] = sys.argv[3]
json.dump(doc, open(sys.argv[2], "w"))
PY
bin="$build/src/app/tightside"
echo "sessions: $(ls "$data/sessions" | wc -l), check at $time"
python3 - "$bin" "$data" <<'PY'
import statistics, subprocess, sys, time
binary, data = sys.argv[1], sys.argv[2]
plain = [binary, "plan", "--answers", f"{data}/answers.json"]
course = plain + ["--with-history", "--data-dir", data]
def times(cmd, runs=200):
    for _ in range(20):  # warm-up
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        out.append((time.perf_counter() - start) * 1000)
    return out
a, b = times(plain), times(course)
for name, t in (("plan", a), ("plan --with-history", b)):
    print(f"{name:22s} median {statistics.median(t):6.2f} ms  min {min(t):6.2f} ms")
print(f"ratio (median): {statistics.median(b) / statistics.median(a):.2f}x (target < 2x)")
# The whole course (every file read, the activities' first and latest among them): once.
start = time.perf_counter()
subprocess.run([binary, "history", "--course", "--data-dir", data], stdout=subprocess.DEVNULL,
               check=True)
print(f"history --course       {(time.perf_counter() - start) * 1000:6.0f} ms (one run)")
PY
