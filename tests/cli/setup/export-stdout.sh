"$2" import --data-dir "$1" tests/data/hostile/ok.json >/dev/null
