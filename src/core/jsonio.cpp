#include "tightside/core/jsonio.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace tightside::core {
namespace {

// Counts bracket depth outside strings, so that absurd nesting is refused before the
// recursive parts of any JSON library see it.
std::size_t nestingDepth(std::string_view text)
{
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            ++depth;
            deepest = std::max(deepest, depth);
            break;
        case ']':
        case '}':
            if (depth > 0) {
                --depth;
            }
            break;
        default:
            break;
        }
    }
    return deepest;
}

JsonDocument failure(std::string message)
{
    JsonDocument doc;
    doc.problems.push_back({"", std::move(message)});
    return doc;
}

std::string tooLarge()
{
    return "the file is larger than 1 MiB, which no Tightside file needs; it was not read";
}

} // namespace

JsonDocument parseJsonText(std::string_view text)
{
    if (text.size() > kMaxJsonBytes) {
        return failure(tooLarge());
    }
    if (nestingDepth(text) > kMaxJsonDepth) {
        return failure("the JSON is nested more than " + std::to_string(kMaxJsonDepth) +
                       " levels deep, which no Tightside file needs");
    }
    JsonDocument doc;
    try {
        doc.value = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& error) {
        // Not only parse_error: a number too large for a double ("1e999") throws out_of_range.
        // nlohmann's message names the byte; keep its detail after a plain lead.
        std::string detail = error.what();
        auto pos = detail.find("parse error");
        if (pos == std::string::npos) {
            pos = detail.find("] ");
            pos = pos == std::string::npos ? 0 : pos + 2;
        }
        doc.problems.push_back({"", "not valid JSON: " + detail.substr(pos)});
        doc.value.reset();
    }
    return doc;
}

JsonDocument readJsonFile(const std::string& path)
{
    std::string text;
    if (path == "-") {
        // Read at most one byte over the limit: enough to know the input is too large.
        text.resize(kMaxJsonBytes + 1);
        const std::size_t got = std::fread(text.data(), 1, text.size(), stdin);
        if (got > kMaxJsonBytes) {
            return failure(tooLarge());
        }
        text.resize(got);
    } else {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec || !std::filesystem::exists(status)) {
            return failure("cannot open the file: it does not exist");
        }
        if (std::filesystem::is_directory(status)) {
            return failure("cannot read the file: it is a folder");
        }
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > kMaxJsonBytes) {
            return failure(tooLarge());
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            return failure("cannot open the file: permission denied or unreadable");
        }
        // Bounded read, even if the file grew since its size was taken.
        text.resize(kMaxJsonBytes + 1);
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (in.bad()) {
            return failure("cannot read the file: input/output error");
        }
        if (got > kMaxJsonBytes) {
            return failure(tooLarge());
        }
        text.resize(got);
    }
    return parseJsonText(text);
}

} // namespace tightside::core
