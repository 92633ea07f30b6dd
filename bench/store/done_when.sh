#!/bin/sh
# The "Done when" check of issue 4, by hand (not a test; takes a few minutes because every
# import is fsynced): a fresh data dir, 10,000 imported sessions, a kill -9 in the middle of
# an import, three files corrupted by hand; then every good session must show, the bad ones
# sit in quarantine, and nothing is torn.
#   cmake --build build-store-rel --target tightside bench_store_generate
#   bench/store/done_when.sh build-store-rel
set -u
build=$(cd "${1:?usage: done_when.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/store/bench_store_generate" "$work/src" 10000 >/dev/null
cd "$work/src/sessions"
ls | head -5000 >"$work/first"
ls | tail -5000 >"$work/second"
"$build/src/app/tightside" import --data-dir "$work/data" $(cat "$work/first") >/dev/null ||
    { echo "first import failed"; exit 1; }
echo "first import: exit 0"
"$build/src/app/tightside" import --data-dir "$work/data" $(cat "$work/second") >/dev/null 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null && [ "$(ls "$work/data/sessions" | wc -l)" -lt 7500 ]; do :; done
kill -9 "$pid"
wait "$pid" 2>/dev/null
echo "killed the second import at $(ls "$work/data/sessions" | wc -l) files"
"$build/src/app/tightside" import --data-dir "$work/data" $(cat "$work/second") >"$work/again"
echo "import again: exit $?, $(grep -c skipped "$work/again") skipped, $(grep -c imported "$work/again") imported"
s="$work/data/sessions"
set -- $(ls "$s" | sed -n '10p;5000p;9990p')
printf 'garbage' >"$s/$1"
head -c 100 "$s/$2" >"$work/t" && cat "$work/t" >"$s/$2"
head -c 2000 /dev/urandom >"$s/$3"
"$build/src/app/tightside" history --data-dir "$work/data" --format json >"$work/history.json" 2>"$work/history.err"
echo "history: exit $?, $(grep -c 'moved to' "$work/history.err") files quarantined"
python3 - "$work/history.json" <<'PY'
import json, sys
sessions = json.load(open(sys.argv[1]))
ids = [s["id"] for s in sessions]
print(f"shown {len(ids)} sessions (expected 9997), unique {len(set(ids)) == len(ids)}, "
      f"oldest first {ids == sorted(ids)}")
PY
ls "$work/data/quarantine"
