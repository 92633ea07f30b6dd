#!/usr/bin/env bash
# startup_libraries.sh BINARY WORK_DIR: the window opens its first page without loading sound
# and voice (issue 21): neither Qt Multimedia nor Qt TextToSpeech, nor PulseAudio, is mapped
# by the time --exit-after-startup exits; they come with the first cue (lazymedia.cpp). Nor is
# Qt Network (with Kerberos and libproxy): the single-window socket is a plain Unix socket.
# Nor Qt Xml (the body maps are marked with QtCore's XML stream), nor the SVG icon engine (the
# window's icon is a PNG made at build time), nor spdlog's shared library (the log is built
# from spdlog's headers): each mapped pages of start-up memory for nothing.
set -euo pipefail
binary=$1 work=$2
rm -rf "$work"
mkdir -p "$work/run" "$work/config"
chmod 700 "$work/run"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config \
    XDG_STATE_HOME=$work/state TIGHTSIDE_DATA_DIR=$work/data
unset DISPLAY WAYLAND_DISPLAY
LD_DEBUG=files LD_DEBUG_OUTPUT=$work/ld "$binary" --exit-after-startup >"$work/out.txt" 2>&1 ||
    { cat "$work/out.txt" >&2; echo "FAIL: the window did not start" >&2; exit 1; }
loaded=$(cat "$work"/ld.* | grep -o 'file=[^ ]*' | sort -u)
grep -q 'libQt6Widgets' <<<"$loaded" || { echo "FAIL: LD_DEBUG saw no library at all" >&2; exit 1; }
if grep -E 'libQt6Multimedia|libQt6TextToSpeech|libpulse|libtightside_media|libQt6Network|libkrb5|libQt6Xml|libqsvgicon|libspdlog' <<<"$loaded"; then
    echo "FAIL: sound, voice, networking, XML, the SVG icon engine or spdlog was loaded before the first page (above)" >&2
    exit 1
fi
echo "the first page opened with $(wc -l <<<"$loaded") libraries, none of them sound, voice or networking"
