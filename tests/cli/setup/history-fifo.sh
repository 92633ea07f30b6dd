# A FIFO among the sessions and at index.json: history must neither hang nor hide the rest.
"$2" import --data-dir "$1" tests/data/hostile/ok.json >/dev/null
rm -f "$1/index.json"
mkfifo "$1/sessions/20261201T000000Z-0000f1f0.json" "$1/index.json"
