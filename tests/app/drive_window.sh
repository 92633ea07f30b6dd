#!/usr/bin/env bash
# drive_window.sh BINARY PLUGIN_DIR WORK_DIR: the real window binary, a process of its own
# with the default settings (a fresh settings folder), walked through one whole check by the
# driver plugin (driver/driver.cpp): welcome, safety, ratings, the routine in the player, the
# re-check and Save. It must save the session and exit 0; a crash (issue 21: SIGSEGV a second
# into the routine on a machine with no sound device) fails. The sound device is whatever
# PULSE_SERVER says: none in ctest's plain run, a private null sink under with_pulse.sh.
set -euo pipefail
binary=$1 plugins=$2 work=$3
rm -rf "$work"
mkdir -p "$work/run" "$work/config" "$work/state"
chmod 700 "$work/run"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config \
    XDG_STATE_HOME=$work/state TIGHTSIDE_DATA_DIR=$work/data TIGHTSIDE_LOG=info \
    QT_PLUGIN_PATH=$plugins QT_QPA_GENERIC_PLUGINS=tightsidedriver
unset DISPLAY WAYLAND_DISPLAY
set +e
timeout 150 "$binary" >"$work/out.txt" 2>&1
rc=$?
set -e
cat "$work/out.txt"
[ "$rc" -eq 0 ] || { echo "FAIL: the window exited with $rc" >&2; exit 1; }
grep -q "driver: loaded" "$work/out.txt" || { echo "FAIL: the driver was not loaded" >&2; exit 1; }
grep -q "driver: saved" "$work/out.txt" || { echo "FAIL: the check never reached its summary" >&2; exit 1; }
sessions=$(find "$work/data/sessions" -name '*.json' | wc -l)
[ "$sessions" -eq 1 ] || { echo "FAIL: $sessions session files, not 1" >&2; exit 1; }
grep -q '"outcome"' "$work/data/sessions/"*.json || { echo "FAIL: no routine in the session" >&2; exit 1; }
# The log: the real rotating file, private, with what the run did and none of what was entered.
log=$work/state/tightside/tightside.log
[ -f "$log" ] || { echo "FAIL: no log file" >&2; exit 1; }
[ "$(stat -c %a "$log")" = 600 ] || { echo "FAIL: the log is $(stat -c %a "$log"), not 600" >&2; exit 1; }
for line in "started: window" "a finished session was saved" "finished with exit code 0"; do
    grep -q "$line" "$log" || { echo "FAIL: the log lacks '$line'" >&2; cat "$log" >&2; exit 1; }
done
id=$(basename "$work/data/sessions/"*.json .json)
for secret in "$id" quadriceps adductors rating pain notes; do
    if grep -qi "$secret" "$log"; then
        echo "FAIL: the log holds '$secret'" >&2; cat "$log" >&2; exit 1
    fi
done
echo "the window ran a whole check with the real sound and voice, saved it and exited 0"
