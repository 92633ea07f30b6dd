#!/bin/sh
# build.no_iostreams_at_start: the program sets up no C++ iostreams before main(). A source
# that includes <iostream> gets a static std::ios_base::Init, which builds std::cout and every
# locale facet at each start (about 0.3 MiB, issue 21), although the window never writes to a
# stream; include tightside/standardstreams.h instead.
# Usage: check-no-iostreams.sh PROGRAM PROBE_OBJECT (the probe includes <iostream>)
set -u
program=$1
probe=$2
if ! nm -C "$probe" | grep -q 'std::ios_base::Init::Init'; then
    echo "the check cannot see iostreams where they are (in $probe)" >&2
    exit 1
fi
if nm -C "$program" | grep -q 'std::ios_base::Init::Init'; then
    echo "$program sets up iostreams at start: a source it links includes <iostream>" >&2
    echo "(use tightside/standardstreams.h)" >&2
    exit 1
fi
echo "no iostreams set up before main() in $program"
