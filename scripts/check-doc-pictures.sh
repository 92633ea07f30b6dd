#!/bin/sh
# Checks that the screenshot tour (scripts/screenshots.sh runs it) writes every picture that
# docs/*.md and README.md show, so regenerating the screenshots refreshes them all.
# Usage: scripts/check-doc-pictures.sh TOUR_EXECUTABLE OUTPUT_DIR
#   runs the tour into OUTPUT_DIR (any platform: offscreen is fine), then compares.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tour=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
"$tour" "$out" 2>/dev/null
missing=0
count=0
for name in $(grep -ohE 'screenshots/[A-Za-z0-9_.-]+\.png' "$root"/docs/*.md "$root/README.md" |
              sed 's|.*/||' | sort -u); do
    count=$((count + 1))
    if [ ! -s "$out/$name" ]; then
        echo "docs show screenshots/$name, but the screenshot tour does not write it" >&2
        missing=$((missing + 1))
    fi
done
if [ "$count" -eq 0 ]; then
    echo "no screenshots referenced from docs/*.md or README.md" >&2
    exit 1
fi
echo "$count pictures referenced, $missing missing"
[ "$missing" -eq 0 ]
