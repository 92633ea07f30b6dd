#!/usr/bin/env bash
# `tightside remind` with real parts: a private session bus (dbus-daemon --session), a fake
# notification server that records each Notify call (tightside-fake-notifier), the real
# autostart file checked with desktop-file-validate, and an injected clock (TIGHTSIDE_NOW).
#   remind_case.sh BINARY FAKE_NOTIFIER WORK_DIR CASE SOURCE_DIR
set -euo pipefail
binary=$1 fake=$2 work=$3/$4 case=$4 src=$5
bus_pid=
fail() { echo "FAIL ($case): $*" >&2; exit 1; }
cleanup() { [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null; true; }
trap cleanup EXIT

rm -rf "$work"
mkdir -p "$work/run" "$work/config" "$work/data/sessions"
chmod 700 "$work/run"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config \
    XDG_STATE_HOME=$work/state TIGHTSIDE_DATA_DIR=$work/data TZ=UTC LANG=C.UTF-8 LC_ALL= \
    LANGUAGE= TIGHTSIDE_LOG=info
unset DISPLAY WAYLAND_DISPLAY TIGHTSIDE_NOW

# The private session bus: its address and pid, printed once it listens.
dbus-daemon --session --fork --print-address=1 --print-pid=1 >"$work/bus"
export DBUS_SESSION_BUS_ADDRESS
DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p "$work/bus")
bus_pid=$(sed -n 2p "$work/bus")
[ -n "$DBUS_SESSION_BUS_ADDRESS" ] || fail "no private session bus"

record=$work/record
autostart=$work/config/autostart/io.github.tightside.Tightside.Reminder.desktop
state=$work/state/tightside/reminded
# The course's latest session started 2026-11-27T08:00Z: the next check is 2026-11-29.
# Its check stopped by a red flag (advice: see a clinician, which ends the course) is left out
# except where a case asks for it.
history() {
    local file
    for file in "$src/tests/data/histories/$1"/*.json; do
        [ "${2:-}" = with-stop ] || ! grep -q '"stopped"' "$file" || continue
        cp "$file" "$work/data/sessions/"
    done
}
# remind under the fake server: MODE (close, invoke) then the command's options.
remind() {
    local mode=$1
    shift
    "$fake" "$record" "$mode" "$work/data" -- "$binary" remind "$@"
}
notified() {
    if [ -f "$record" ]; then grep -c '"call":"Notify"' "$record" || true; else echo 0; fi
}
on() { "$binary" remind --on >/dev/null || fail "remind --on failed"; }

case $case in
due)
    history course
    on
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close >"$work/out" 2>&1 ||
        fail "exit $?: $(cat "$work/out")"
    [ "$(notified)" = 1 ] || fail "expected one Notify, got $(notified): $(cat "$record")"
    python3 - "$record" <<'PY' || fail "the notification is not right: $(cat "$record")"
import json, re, sys
call = [json.loads(line) for line in open(sys.argv[1])][0]
assert call["app_name"] == "Tightside", call
assert call["actions"] == ["default", "Start check", "start-check", "Start check"], call
assert call["hints"]["desktop-entry"] == "io.github.tightside.Tightside", call
text = (call["summary"] + " " + call["body"]).lower()
assert "check" in text, text
# No health data: no group, side, pain or number.
for word in ["quadri", "hip", "adductor", "band", "hamstring", "tfl", "lats", "thigh",
             "left", "right", "pain", "gap", "tight"]:
    assert word not in text.replace("tightside", ""), (word, text)
assert not re.search(r"[0-9]", text), text
PY
    [ "$(stat -c %a "$state")" = 600 ] || fail "the state file is not 0600"
    [ "$(cat "$state")" = 2026-11-29 ] || fail "the state file holds $(cat "$state")"
    ;;
twice)
    history course
    on
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close >/dev/null 2>&1 || fail "first run"
    TIGHTSIDE_NOW=2026-11-29T18:00:00Z remind close >/dev/null 2>&1 || fail "second run"
    TIGHTSIDE_NOW=2026-11-30T10:00:00Z remind close >/dev/null 2>&1 || fail "the next day"
    [ "$(notified)" = 1 ] || fail "expected one Notify for one due date, got $(notified)"
    ;;
action)
    history course
    on
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind invoke >"$work/out" 2>&1 ||
        fail "exit $?: $(cat "$work/out")"
    [ "$(notified)" = 1 ] || fail "expected one Notify, got $(notified)"
    grep -q '"call":"raised"' "$record" || fail "Start check did not bring the window forward"
    ;;
not-due)
    history course
    on
    TIGHTSIDE_NOW=2026-11-28T23:59:00Z remind close >/dev/null 2>&1 || fail "exit $?"
    [ "$(notified)" = 0 ] || fail "a reminder before the due date"
    [ ! -e "$state" ] || fail "a due date was remembered"
    ;;
off)
    history course
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close >/dev/null 2>&1 || fail "exit $?"
    [ "$(notified)" = 0 ] || fail "a reminder with reminders off"
    on
    "$binary" remind --off >/dev/null
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close >/dev/null 2>&1 || fail "exit $?"
    [ "$(notified)" = 0 ] || fail "a reminder after remind --off"
    ;;
empty)
    on
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close >/dev/null 2>&1 || fail "exit $?"
    [ "$(notified)" = 0 ] || fail "a reminder without any session"
    ;;
ended)
    # Six sessions: the course has ended.
    history stalled
    on
    TIGHTSIDE_NOW=2026-12-20T10:00:00Z remind close >/dev/null 2>&1 || fail "exit $?"
    [ "$(notified)" = 0 ] || fail "a reminder after the sixth session"
    ;;
stopped)
    # The latest check was stopped by a red flag and sent the person to a clinician.
    history course with-stop
    on
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close >/dev/null 2>&1 || fail "exit $?"
    [ "$(notified)" = 0 ] || fail "a reminder after a check stopped by a red flag"
    ;;
seek-care)
    # The latest session advised seeing a clinician (a warning sign): the course has ended.
    history course
    "$binary" plan --answers "$src/docs/examples/seek-care.json" >"$work/plan.json"
    python3 - "$src" "$work" <<'PY'
import json, sys
src, work = sys.argv[1], sys.argv[2]
session = json.load(open(src + "/tests/data/histories/course/20261127T080000Z-00000004.json"))
plan = json.load(open(work + "/plan.json"))
assert plan["status"] == "seek_care"
session.update(id="20261128T080000Z-00000005", started="2026-11-28T08:00:00Z",
               finished="2026-11-28T08:05:00Z", done=[], recheck={}, activities=[],
               answers=json.load(open(src + "/docs/examples/seek-care.json")))
session["plan"] = {key: plan[key] for key in session["plan"]}
session.pop("pain_after", None)
json.dump(session, open(work + "/seek-care.json", "w"))
PY
    "$binary" import "$work/seek-care.json" >/dev/null || fail "the session was not imported"
    on
    TIGHTSIDE_NOW=2026-12-01T10:00:00Z remind close >/dev/null 2>&1 || fail "exit $?"
    [ "$(notified)" = 0 ] || fail "a reminder after advice to see a clinician"
    ;;
dry-run)
    history course
    out=$(TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close --dry-run) || fail "exit $?"
    [ -z "$out" ] || fail "--dry-run printed with reminders off: $out"
    on
    out=$(TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close --dry-run) || fail "exit $?"
    [ "$out" = $'Time for your next check\nYour next Tightside check is due. It takes a few minutes.' ] ||
        fail "--dry-run printed: $out"
    out=$(TIGHTSIDE_NOW=2026-11-28T10:00:00Z remind close --dry-run) || fail "exit $?"
    [ -z "$out" ] || fail "--dry-run printed before the due date: $out"
    [ "$(notified)" = 0 ] || fail "--dry-run sent a notification"
    [ ! -e "$state" ] || fail "--dry-run remembered a due date"
    ;;
unreadable)
    on
    rmdir "$work/data/sessions"
    echo "not a folder" >"$work/data/sessions"
    code=0
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z remind close >"$work/out" 2>&1 || code=$?
    [ "$code" = 1 ] || fail "exit $code, not 1: $(cat "$work/out")"
    [ "$(notified)" = 0 ] || fail "a notification although the store cannot be read"
    code=0
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z "$binary" remind --dry-run >/dev/null 2>&1 || code=$?
    [ "$code" = 1 ] || fail "--dry-run exit $code, not 1"
    ;;
time-zone)
    # 2026-11-28T12:00Z is still the 28th in UTC and New York but already the 29th (the
    # due date, dated where the person is) on Kiritimati (UTC+14).
    history course
    on
    out=$(TZ=America/New_York TIGHTSIDE_NOW=2026-11-28T12:00:00Z "$binary" remind --dry-run)
    [ -z "$out" ] || fail "due in New York on the 28th: $out"
    out=$(TZ=Pacific/Kiritimati TIGHTSIDE_NOW=2026-11-28T12:00:00Z "$binary" remind --dry-run)
    [ -n "$out" ] || fail "not due on Kiritimati on the 29th"
    TZ=Pacific/Kiritimati TIGHTSIDE_NOW=2026-11-28T12:00:00Z remind close >/dev/null 2>&1 ||
        fail "exit $?"
    [ "$(notified)" = 1 ] || fail "expected one Notify on Kiritimati, got $(notified)"
    ;;
no-server)
    # A bus without a notification server: said on stderr, exit 0, tried again next time.
    history course
    on
    code=0
    TIGHTSIDE_NOW=2026-11-29T10:00:00Z "$binary" remind >"$work/out" 2>&1 || code=$?
    [ "$code" = 0 ] || fail "exit $code: $(cat "$work/out")"
    grep -q "no notification server" "$work/out" || fail "not said: $(cat "$work/out")"
    [ ! -e "$state" ] || fail "a reminder never shown was remembered"
    ;;
autostart)
    out=$("$binary" remind --on --at 18:30) || fail "--on failed"
    grep -q "18:30" <<<"$out" || fail "--on did not say the time: $out"
    [ -f "$autostart" ] || fail "--on wrote no autostart file"
    desktop-file-validate "$autostart" || fail "desktop-file-validate refused the autostart file"
    grep -qx "Exec=tightside remind" "$autostart" || fail "no Exec=tightside remind"
    grep -qx "X-Tightside-Remind-At=18:30" "$autostart" || fail "the time was not kept"
    "$binary" remind --on >/dev/null || fail "--on again failed"
    grep -qx "X-Tightside-Remind-At=18:30" "$autostart" || fail "--on without --at lost the time"
    "$binary" remind --off >/dev/null || fail "--off failed"
    [ ! -e "$autostart" ] || fail "--off left the autostart file"
    "$binary" remind --off >/dev/null || fail "--off when already off failed"
    code=0
    "$binary" remind --on --at 25:00 >/dev/null 2>&1 || code=$?
    [ "$code" = 2 ] || fail "--at 25:00 exit $code, not 2"
    code=0
    "$binary" remind --on --off >/dev/null 2>&1 || code=$?
    [ "$code" = 2 ] || fail "--on --off exit $code, not 2"
    [ ! -e "$autostart" ] || fail "a refused call wrote the autostart file"
    ;;
*)
    fail "unknown case"
    ;;
esac
echo "ok: $case"
