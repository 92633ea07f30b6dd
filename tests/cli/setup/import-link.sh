# A dangling link where the session goes: never written through.
mkdir -p "$1/sessions"
ln -s "$1/outside.json" "$1/sessions/20261125T103000Z-7f3a9c1e.json"
