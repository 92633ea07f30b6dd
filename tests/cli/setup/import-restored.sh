# A torn stored copy (half the file): the valid import replaces it and keeps it in quarantine.
mkdir -p "$1/sessions"
head -c 400 tests/data/hostile/ok.json > "$1/sessions/20261125T103000Z-7f3a9c1e.json"
