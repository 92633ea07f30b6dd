#pragma once

// The process's standard output and error as C++ streams, made on first use.
//
// A source file that includes <iostream> gets a static std::ios_base::Init, which sets up
// std::cout and friends, with every locale facet, before main() runs: about 0.3 MiB of
// resident memory at each start (measured with the plain-Qt page of bench/samepage, issue 21),
// although the window never writes to a stream. These streams write through to C's stdout
// and stderr, as std::cout and std::cerr do (so the order with anything printed by stdio is
// kept), and cost nothing until a command or an error message first writes. Include this
// instead of <iostream> in everything the tightside binary links.

#include <cstdio>
#include <ext/stdio_sync_filebuf.h>
#include <ostream>
#include <string_view>

namespace tightside {

/// stdout as a stream, made on the first call.
inline std::ostream& standardOut()
{
    static __gnu_cxx::stdio_sync_filebuf<char> buffer(stdout);
    static std::ostream stream(&buffer);
    return stream;
}

/// stderr as a stream, made on the first call.
inline std::ostream& standardErr()
{
    static __gnu_cxx::stdio_sync_filebuf<char> buffer(stderr);
    static std::ostream stream(&buffer);
    return stream;
}

/// Writes `text` to stderr through C's stdio, making no C++ stream: for the window's own few
/// messages, which would otherwise set the streams up for one line.
inline void printError(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stderr);
}

/// The same for stdout.
inline void printOutput(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

/// Writes out whatever stdout and stderr hold, whether or not the streams were ever made
/// (before std::_Exit, which flushes nothing).
inline void flushStandardStreams()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace tightside
