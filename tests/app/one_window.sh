#!/usr/bin/env bash
# One window per person and data folder:  one_window.sh BINARY WORK_DIR
# A second start raises the running window and exits 0; commands still run beside it; another
# data folder gets its own window; a socket left by a killed window does not block the next.
set -euo pipefail
binary=$1 work=$2
fail() { echo "FAIL: $*" >&2; [ -n "${first:-}" ] && kill "$first" 2>/dev/null; exit 1; }
rm -rf "$work"
mkdir -p "$work/run" "$work/config"
chmod 700 "$work/run"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config \
    XDG_STATE_HOME=$work/state TIGHTSIDE_DATA_DIR=$work/data TIGHTSIDE_LOG=info
unset DISPLAY WAYLAND_DISPLAY

"$binary" >"$work/first.out" 2>&1 &
first=$!
# The first window is up once its socket exists (at most 30 s on a loaded machine).
for _ in $(seq 300); do
    compgen -G "$work/run/tightside-*.socket" >/dev/null && break
    kill -0 "$first" 2>/dev/null || fail "the first window exited: $(cat "$work/first.out")"
    sleep 0.1
done
compgen -G "$work/run/tightside-*.socket" >/dev/null || fail "the first window never listened"

out=$(timeout 30 "$binary") || fail "the second start failed ($?): $out"
grep -q "already open" <<<"$out" || fail "the second start did not say it raised the first: $out"
kill -0 "$first" || fail "the first window is gone"
grep -q "a second start asked for this window: raised it" "$work/state/tightside/tightside.log" ||
    fail "the first window did not raise itself"
echo "a second start raised the first window and exited 0"

[ "$(timeout 30 "$binary" history)" = "[]" ] || fail "a command beside the window"
echo "a command runs beside the window"

out=$(TIGHTSIDE_DATA_DIR=$work/other timeout 30 "$binary" --exit-after-startup) ||
    fail "a window for another data folder did not open"
grep -q "already open" <<<"$out" && fail "another data folder was sent to the first window"
echo "another data folder opens its own window"

kill -KILL "$first"
wait "$first" 2>/dev/null || true
first=
out=$(timeout 30 "$binary" --exit-after-startup) || fail "a window after a crash did not open"
grep -q "already open" <<<"$out" && fail "a dead window's socket blocked the next start"
echo "a socket left by a killed window does not block the next start"
