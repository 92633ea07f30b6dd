#!/usr/bin/env bash
# The Debian package as built by `./dev.sh package`:  check_deb.sh DEB SOURCE_DIR WORK_DIR
# Checks its control fields, unpacks it and compares its files with expected-files.txt (under
# usr/), runs the unpacked binary, and runs lintian: errors fail, warnings are printed.
set -euo pipefail
deb=$1 source=$2 work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"

field() { dpkg-deb --field "$deb" "$1"; }
version=$(grep -m1 -oE 'project\(tightside VERSION [0-9.]+' "$source/CMakeLists.txt" | awk '{print $3}')
[ "$(field Package)" = tightside ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version $(field Version), the project is $version"
[ -n "$(field Section)" ] || fail "no Section"
field Depends | grep -q 'libqt6widgets6' || fail "Depends does not come from shlibdeps: $(field Depends)"
field Recommends | grep -q 'qt6-speech-flite-plugin' || fail "Recommends lacks the speech plugin"
echo "control: $(field Package) $(field Version), Section $(field Section)"
echo "Depends: $(field Depends)"
echo "Recommends: $(field Recommends)"

dpkg-deb -x "$deb" "$work/root"
(cd "$work/root" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort) >"$work/files.txt"
mapfile -t patterns < <(grep -v '^#' "$source/tests/install/expected-files.txt" | grep -v '^$' | sed 's|^|usr/|')
while IFS= read -r file; do
    ok=0
    for pattern in "${patterns[@]}"; do
        # shellcheck disable=SC2053 # a glob on purpose
        [[ $file == $pattern ]] && ok=1 && break
    done
    [ $ok = 1 ] || fail "unexpected file in the package: $file"
done <"$work/files.txt"
for pattern in "${patterns[@]}"; do
    grep -q . <(while IFS= read -r file; do [[ $file == $pattern ]] && echo "$file"; done <"$work/files.txt") ||
        fail "missing from the package: $pattern"
done
echo "files: $(wc -l <"$work/files.txt"), as expected; size $(du -k "$deb" | cut -f1) KiB"
[ "$("$work/root/usr/bin/tightside" --log-level off --version)" = "tightside $version" ] ||
    fail "the unpacked binary does not run"

# lintian: errors fail the check; every warning left is printed (the README's Install section
# and the integrator's note say why each is accepted).
lintian --no-cfg --info --display-level '>=warning' "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then
    fail "lintian reports errors"
fi
echo "lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"
