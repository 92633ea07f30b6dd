#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   ./dev.sh run    install what is missing, build, open the app
#   ./dev.sh test   install what is missing, build (warnings are errors), run every test
#   ./dev.sh deps   only install what is missing
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-speech-dev qt6-declarative-dev
    qt6-speech-flite-plugin libgl-dev
    nlohmann-json3-dev catch2
    python3 python3-jsonschema python3-icalendar
    clang-14 libclang-rt-14-dev clang-tidy-14 clang-format-14 cppcheck
    xvfb xauth imagemagick
)

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
    fi
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIGHTSIDE_WERROR=ON "$@"
    cmake --build build -j2
}

case "${1:-}" in
deps)
    deps
    ;;
run)
    deps
    build
    shift
    exec build/src/app/tightside "$@"
    ;;
test)
    deps
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir build -j2 --output-on-failure
    ;;
*)
    echo "usage: ./dev.sh run|test|deps" >&2
    exit 2
    ;;
esac
