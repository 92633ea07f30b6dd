# A note with terminal escapes (valid JSON: \u001b): history --format text must escape them.
"$2" import --data-dir "$1" tests/data/hostile/escape-in-note.json >/dev/null
