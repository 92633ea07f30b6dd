#!/usr/bin/env bash
# Installs the Debian package on a clean Debian 12 and uses it as a person would:
#   sudo scripts/check-clean-debian.sh build/package/tightside_*.deb /work/chroot/bookworm
# Makes a minimal bookworm chroot with debootstrap from Debian's archive (once; the folder is
# reused), installs the package with `apt install ./tightside_*.deb` (apt fetches what it
# Depends on), then as an ordinary user: --version, plan, the window offscreen, `man
# tightside`, the menu entry and its icon; then removes (and purges) the package and checks
# that the person's data and log folders are untouched. Needs root and network to Debian.
set -euo pipefail
deb=$(realpath "$1") root=$2
source=$(cd "$(dirname "$0")/.." && pwd)
say() { echo "=== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
    say "debootstrap bookworm into $root"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
    printf '%s\n' "deb http://deb.debian.org/debian bookworm main" \
        "deb http://deb.debian.org/debian bookworm-updates main" \
        "deb http://deb.debian.org/debian-security bookworm-security main" \
        >"$root/etc/apt/sources.list"
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/dev" || mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }

say "a clean system: tightside is not installed"
in_root dpkg-query -W tightside 2>/dev/null && in_root apt-get purge -y -qq tightside
in_root apt-get update -qq
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db >/dev/null'
cp "$deb" "$root/tmp/"
say "apt install ./$(basename "$deb")"
in_root sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y ./$(basename "$deb")" |
    tail -n 3

in_root sh -c 'id tester >/dev/null 2>&1 || useradd -m tester'
cp "$source/docs/examples/routine.json" "$root/tmp/routine.json"
as_user() { in_root su tester -s /bin/sh -c "HOME=/home/tester; export HOME; $1"; }

say "as a user"
as_user 'tightside --version'
as_user 'tightside plan --answers /tmp/routine.json --format text' | head -n 4
as_user 'mkdir -p -m 700 /tmp/tester-run && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/tester-run tightside --exit-after-startup' ||
    fail "the window did not start"
as_user 'MANWIDTH=80 man tightside 2>&1 | head -n 8' | grep -qE "tightside +- +find +the +tighter" ||
    fail "man tightside"
echo "man tightside: works"
desktop=/usr/share/applications/io.github.tightside.Tightside.desktop
[ -f "$root$desktop" ] || fail "no menu entry"
icon=$(sed -n 's/^Icon=//p' "$root$desktop")
ls "$root"/usr/share/icons/hicolor/*/apps/"$icon".* | sed "s|^$root||"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no icon $icon"
echo "menu entry $desktop, icon $icon: installed"

say "remove the package: the data and the log stay"
as_user 'mkdir -p ~/.local/share/tightside/sessions && echo keep >~/.local/share/tightside/sessions/mine.json'
before=$(as_user 'find ~/.local/share/tightside ~/.local/state/tightside -type f | sort | xargs sha256sum')
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tightside >/dev/null'
in_root sh -c '! command -v tightside' || fail "tightside is still installed"
after=$(as_user 'find ~/.local/share/tightside ~/.local/state/tightside -type f | sort | xargs sha256sum')
[ "$before" = "$after" ] || fail "the data folder changed on removal"
echo "$after"
say "all good"
