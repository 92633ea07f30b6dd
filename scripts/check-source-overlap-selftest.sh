#!/usr/bin/env bash
# The overlap check can fail: a made-up article, its hashes, and a text sharing six of its
# words in a row must be reported (exit 1) through the hashes alone; a text sharing five is not.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check=$(dirname "$0")/check-source-overlap.py
echo "Purple otters juggle seven frozen lanterns beside the quiet harbour." >"$work/article.txt"
python3 "$check" --seed "$work/article.txt" --hashes "$work/runs.txt" --write-hashes
echo "Yesterday purple otters juggle seven frozen lanterns again." >"$work/six.md"
echo "Purple otters juggle seven frozen kites." >"$work/five.md"
set +e
python3 "$check" --seed "$work/none" --hashes "$work/runs.txt" "$work/six.md"
six=$?
python3 "$check" --seed "$work/none" --hashes "$work/runs.txt" "$work/five.md"
five=$?
set -e
[ "$six" -eq 1 ] || { echo "FAIL: a shared run of six words was not reported ($six)" >&2; exit 1; }
[ "$five" -eq 0 ] || { echo "FAIL: five shared words were reported ($five)" >&2; exit 1; }
echo "the overlap check reports six shared words and lets five pass"
