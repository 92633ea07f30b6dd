#!/usr/bin/env bash
# Renders the pages of the clinician's report and the printed routine that docs/report-pages/
# shows (issue 24): the report tests keep their PDFs (TIGHTSIDE_KEEP_PDF), then pdftoppm
# (poppler-utils) turns chosen pages into PNGs at 60 dpi. Look at every picture before
# committing it.
#
# Usage: scripts/report-pages.sh [BUILD_DIR]   (after building test_store)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/report-pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TIGHTSIDE_KEEP_PDF=$work QT_QPA_PLATFORM=offscreen LANG=C LC_ALL=C LANGUAGE= \
    "$build/tests/store/test_store" "[clinician]" >/dev/null
page() { # page PDF-NAME PAGE PNG-NAME
    pdftoppm -r 60 -png -singlefile -f "$2" -l "$2" "$work/$1.pdf" "$out/$3"
}
page report-1-a4 1 report-1-a4-page1
page report-1-a4 2 report-1-a4-page2
page report-6-letter 1 report-6-letter-page1
page report-60-a4 1 report-60-a4-page1
page report-60-a4 2 report-60-a4-page2
page report-stopped 2 report-stopped-page2
page report-precautions 2 report-precautions-page2
page handout-5 1 handout-5
ls "$out"/*.png
