# A data dir anyone can write: refused, and left as it is.
mkdir -p "$1" && chmod 0777 "$1"
