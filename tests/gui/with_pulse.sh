#!/usr/bin/env bash
# with_pulse.sh WORK_DIR COMMAND...: runs COMMAND with a private PulseAudio daemon (Debian's
# pulseaudio package; dev.sh installs it) whose only sink is a null sink, the sink's monitor
# being the default input, so a test can play through the real sound stack and record what
# it played. Everything lives in WORK_DIR (runtime folder, home, log); the daemon is stopped
# at the end whatever happens. The daemon's pid is in TIGHTSIDE_TEST_PULSE_PID, for a test
# that takes the server away mid-routine.
set -euo pipefail
work=$1
shift
rm -rf "$work"
mkdir -p "$work/run" "$work/home"
chmod 700 "$work/run"
command -v pulseaudio >/dev/null || { echo "pulseaudio is not installed (./dev.sh deps)" >&2; exit 1; }
socket=$work/run/native
XDG_RUNTIME_DIR=$work/run HOME=$work/home pulseaudio -n --daemonize=no --exit-idle-time=-1 \
    --disable-shm=yes --use-pid-file=no --log-target=file:"$work/pulse.log" \
    -L "module-null-sink sink_name=tightside_null" \
    -L "module-native-protocol-unix auth-anonymous=1 socket=$socket" &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT
export PULSE_SERVER=unix:$socket
for _ in $(seq 100); do
    pactl info >/dev/null 2>&1 && break
    kill -0 "$daemon" 2>/dev/null || { cat "$work/pulse.log" >&2; exit 1; }
    sleep 0.1
done
pactl info >/dev/null || { echo "the private audio server did not start" >&2; exit 1; }
pactl set-default-sink tightside_null
pactl set-default-source tightside_null.monitor
export TIGHTSIDE_TEST_PULSE_PID=$daemon
"$@"
