#include "tightside/core/problem.h"

namespace tightside::core {

std::string formatProblem(std::string_view file, const Problem& problem)
{
    std::string line(file);
    line += ": ";
    line += problem.pointer.empty() ? std::string_view("(whole file)")
                                    : std::string_view(problem.pointer);
    line += ": ";
    line += problem.message;
    return line;
}

std::string pointerToken(std::string_view key)
{
    std::string token;
    token.reserve(key.size());
    for (const char c : key) {
        if (c == '~') {
            token += "~0";
        } else if (c == '/') {
            token += "~1";
        } else {
            token += c;
        }
    }
    return token;
}

} // namespace tightside::core
