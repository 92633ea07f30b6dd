#!/bin/sh
# Benchmark (not a test) for issue 4: `tightside history --format json` over 10,000 sessions
# against a bare loop that reads and parses the same files with nlohmann/json.
# Targets: history at most 2x the bare loop's time; peak memory under 150 MiB.
#
# Run from the repo root (needs /usr/bin/time: apt-get install time), on an optimised build:
#   cmake -S . -B build-store-rel -G Ninja -DCMAKE_BUILD_TYPE=Release \
#         -DTIGHTSIDE_BUILD_GUI=OFF -DTIGHTSIDE_BUILD_TESTS=OFF
#   cmake --build build-store-rel --target tightside bench_store_generate bench_store_bare
#   bench/store/run_history_bench.sh build-store-rel [COUNT=10000] [RUNS=5]
# It generates the sessions into a fresh temporary data dir (never the real one), warms the
# page cache once, then reports the best wall time of RUNS for each side and the peak RSS.
set -eu
build=${1:?usage: run_history_bench.sh BUILD_DIR [COUNT] [RUNS]}
count=${2:-10000}
runs=${3:-5}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$build/bench/store/bench_store_generate" "$data" "$count"
du -sh "$data/sessions"

measure() {
    # Prints "seconds peak_kib" for the best of $runs runs of the command.
    best=""
    peak=0
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -v -o "$data/time.txt" "$@" >/dev/null
        t=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(j=1;j<=n;j++) s=s*60+p[j]; print s}' "$data/time.txt")
        m=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$data/time.txt")
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
        if [ "$m" -gt "$peak" ]; then peak=$m; fi
        i=$((i + 1))
    done
    echo "$best $peak"
}

"$build/bench/store/bench_store_bare" "$data" >/dev/null # warm the page cache
set -- $(measure "$build/bench/store/bench_store_bare" "$data")
bare_s=$1 bare_kib=$2
set -- $(measure "$build/src/app/tightside" history --format json --data-dir "$data")
hist_s=$1 hist_kib=$2
quarantined=$(ls "$data/quarantine" | wc -l)
echo "sessions:            $count (quarantined: $quarantined)"
echo "bare read+parse:     ${bare_s} s, peak ${bare_kib} KiB"
echo "history --format json: ${hist_s} s, peak ${hist_kib} KiB"
awk "BEGIN{r=$hist_s/$bare_s; printf \"ratio:               %.2fx (target <= 2x)\n\", r}"
awk "BEGIN{printf \"peak memory:         %.1f MiB (target < 150 MiB)\n\", $hist_kib/1024}"
