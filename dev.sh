#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   ./dev.sh run    install what is missing, build, open the app
#   ./dev.sh test   install what is missing, build (warnings are errors), run every test
#   ./dev.sh package  install what is missing, build, make the Debian package; its path is
#                     the last line printed
#   ./dev.sh deps   only install what is missing
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-speech-dev qt6-declarative-dev
    qt6-speech-flite-plugin qt6-multimedia-dev libgl-dev libspdlog-dev
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    nlohmann-json3-dev catch2
    python3 python3-jsonschema python3-icalendar
    clang-14 libclang-rt-14-dev clang-tidy-14 clang-format-14 cppcheck
    xvfb xauth imagemagick poppler-utils pulseaudio pulseaudio-utils
    desktop-file-utils appstream lintian dpkg-dev file man-db dbus-daemon
    nodejs
)
# npm is its own Debian package (Node.js 18 in Debian 12), but a Node.js from elsewhere may
# bring npm with it and conflict with Debian's: installed only when no npm is found.
node_packages=(npm)

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    command -v npm >/dev/null 2>&1 || missing+=("${node_packages[@]}")
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
    fi
    # The offline FHIR validator of the tests (tests/fhir), exactly as package-lock.json pins it.
    if [ ! -f tests/fhir/node_modules/@medplum/core/package.json ]; then
        echo "Installing the FHIR validator (npm ci in tests/fhir)"
        (cd tests/fhir && npm ci --no-audit --no-fund)
    fi
}

build() {
    # Unity builds of the libraries: a fresh build in about half the time (CMakeLists.txt).
    # Configured for /usr, where the Debian package installs, every time: `test` and `package`
    # then share one build, and packaging after testing rebuilds nothing (the window's module
    # path and the manual page depend on the prefix). Debug information at level 1 (functions
    # and line tables: enough for a backtrace) compiles about a quarter faster than full -g;
    # the package strips it anyway.
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIGHTSIDE_WERROR=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
        -DTIGHTSIDE_UNITY=ON -DCMAKE_INSTALL_PREFIX=/usr "$@"
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
package)
    deps
    build
    rm -f build/package/tightside_*.deb
    (cd build && cpack -G DEB) >&2
    deb=$(ls build/package/tightside_*.deb)
    echo "$(pwd)/$deb"
    ;;
*)
    echo "usage: ./dev.sh run|test|package|deps" >&2
    exit 2
    ;;
esac
