#pragma once

#include <string>
#include <vector>

namespace tightside::core {

/// One thing wrong with an input file: where (a JSON pointer, empty for the whole file) and what.
struct Problem
{
    std::string pointer;
    std::string message;

    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

/// One line for stderr: "FILE: POINTER: MESSAGE" ("(whole file)" when the pointer is empty).
std::string formatProblem(std::string_view file, const Problem& problem);

/// Escapes one key for a JSON pointer (RFC 6901: "~" -> "~0", "/" -> "~1").
std::string pointerToken(std::string_view key);

} // namespace tightside::core
