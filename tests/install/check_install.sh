#!/usr/bin/env bash
# The installed tree, as a packager's `cmake --install` lays it out:
#   check_install.sh BUILD_DIR SOURCE_DIR WORK_DIR
# 1. stages the install into WORK_DIR and compares its files with expected-files.txt;
# 2. validates the desktop file and the AppStream metainfo (no errors, no warnings);
# 3. checks the icons' sizes and that the manual page renders;
# 4. runs the staged binary: --version, plan on docs/examples/routine.json (against the CLI
#    golden file), and the window with --exit-after-startup offscreen; then moves the tree and
#    runs it again (nothing in it depends on where it is installed).
set -euo pipefail
build=$1 source=$2 work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
stage=$work/stage/usr
cmake --install "$build" --prefix "$stage" >"$work/install.log"

# 1. The file list.
(cd "$stage" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort) >"$work/files.txt"
mapfile -t patterns < <(grep -v '^#' "$source/tests/install/expected-files.txt" | grep -v '^$')
status=0
while IFS= read -r file; do
    matched=0
    for pattern in "${patterns[@]}"; do
        # shellcheck disable=SC2053 # the pattern is a glob on purpose
        [[ $file == $pattern ]] && matched=1 && break
    done
    [ $matched = 1 ] || { echo "unexpected installed file: $file" >&2; status=1; }
done <"$work/files.txt"
for pattern in "${patterns[@]}"; do
    found=0
    while IFS= read -r file; do
        # shellcheck disable=SC2053
        [[ $file == $pattern ]] && found=1 && break
    done <"$work/files.txt"
    [ $found = 1 ] || { echo "missing from the install: $pattern" >&2; status=1; }
done
[ $status = 0 ] || fail "the installed files differ from tests/install/expected-files.txt"
echo "installed files: $(wc -l <"$work/files.txt"), as expected"

# 2. Desktop file and metainfo: any output at all is a warning or an error.
id=io.github.tightside.Tightside
out=$(desktop-file-validate "$stage/share/applications/$id.desktop" 2>&1) ||
    fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
echo "desktop-file-validate: no errors, no warnings, no hints"
out=$(appstreamcli validate --no-net --no-color "$stage/share/metainfo/$id.metainfo.xml" 2>&1) ||
    fail "appstreamcli: $out"
grep -qE '^(E|W):' <<<"$out" && fail "appstreamcli: $out"
echo "appstreamcli validate --no-net: $(tail -n 1 <<<"$out")"

# 3. Icons have the size of their folder; the manual page renders without warnings.
for size in 48 64 128 256; do
    file "$stage/share/icons/hicolor/${size}x${size}/apps/$id.png" | grep -q "PNG image data, $size x $size" ||
        fail "the ${size} px icon is not ${size}x${size}"
done
if command -v man >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l \
        "$stage/share/man/man1/tightside.1.gz" 2>&1 >/dev/null) || fail "man: $warnings"
    [ -z "$warnings" ] || fail "man --warnings: $warnings"
fi

# 4. The staged binary runs, with every folder it could write to inside WORK_DIR.
run_staged() {
    local root=$1
    shift
    env -u DISPLAY -u WAYLAND_DISPLAY TIGHTSIDE_DATA_DIR="$work/data" HOME="$work/home" \
        XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" \
        "$root/bin/tightside" "$@"
}
check_runs() {
    local root=$1
    version=$(grep -m1 -oE 'project\(tightside VERSION [0-9.]+' "$source/CMakeLists.txt" | awk '{print $3}')
    [ "$(run_staged "$root" --version)" = "tightside $version" ] || fail "--version from $root"
    (cd "$source" && run_staged "$root" plan --answers docs/examples/routine.json) >"$work/plan.json" ||
        fail "plan from $root"
    cmp -s "$work/plan.json" "$source/tests/data/expected/plan-routine-json.stdout" ||
        fail "the staged plan differs from tests/data/expected/plan-routine-json.stdout"
    QT_QPA_PLATFORM=offscreen run_staged "$root" --exit-after-startup 2>"$work/window.err" ||
        fail "the window from $root: $(cat "$work/window.err")"
    # The built-in icon (the fallback for the theme's) and every picture load.
    if grep -E "qt\.svg|Cannot open" "$work/window.err"; then
        fail "the window could not load a resource"
    fi
}
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
check_runs "$stage"
mv "$work/stage" "$work/moved"
check_runs "$work/moved/usr"
echo "the staged binary runs (--version, plan, --exit-after-startup), also after moving the tree"
