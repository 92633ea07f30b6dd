#include "tightside/core/jsonio.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <system_error>
#include <vector>

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

/// One JSON pointer token (RFC 6901: "~" as "~0", "/" as "~1").
std::string pointerToken(const std::string& key)
{
    std::string out;
    for (const char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

/// Follows the parser's events to know where it is, and notes the first key that appears
/// twice in one object: for health data "the last one wins" is not an answer.
class DuplicateKeys
{
public:
    bool event(nlohmann::json::parse_event_t event, const nlohmann::json& parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            nextElement();
            m_frames.push_back({event == Event::object_start, {}, {}, -1});
            break;
        case Event::object_end:
        case Event::array_end:
            if (!m_frames.empty()) {
                m_frames.pop_back();
            }
            break;
        case Event::key:
            if (!m_frames.empty() && parsed.is_string()) {
                Frame& frame = m_frames.back();
                frame.key = parsed.get<std::string>();
                if (!frame.keys.insert(frame.key).second && !m_duplicate) {
                    m_duplicate = pointer();
                }
            }
            break;
        case Event::value:
            nextElement();
            break;
        }
        return true;
    }

    const std::optional<std::string>& duplicate() const { return m_duplicate; }

private:
    struct Frame
    {
        bool object;
        std::set<std::string> keys;
        std::string key;
        long index;
    };

    void nextElement()
    {
        if (!m_frames.empty() && !m_frames.back().object) {
            ++m_frames.back().index;
        }
    }

    std::string pointer() const
    {
        std::string out;
        for (const Frame& frame : m_frames) {
            out += "/" + (frame.object ? pointerToken(frame.key) : std::to_string(frame.index));
        }
        return out;
    }

    std::vector<Frame> m_frames;
    std::optional<std::string> m_duplicate;
};

/// The parser's message without what it read: its "last read: '...'" detail quotes the
/// file's text (a note, health data), and an error line names the place, never the content.
std::string placeOnly(const nlohmann::json::exception& error)
{
    std::string detail = error.what();
    if (dynamic_cast<const nlohmann::json::parse_error*>(&error) == nullptr) {
        // A number too large for a double ("1e999") is out_of_range; its text quotes the
        // number, so only the kind is kept.
        return "a number is too large";
    }
    auto pos = detail.find("parse error");
    pos = pos == std::string::npos ? 0 : pos;
    detail = detail.substr(pos);
    if (const auto lastRead = detail.find("; last read"); lastRead != std::string::npos) {
        detail.erase(lastRead);
    }
    return detail;
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
    DuplicateKeys duplicates;
    try {
        doc.value = nlohmann::json::parse(
            text.begin(), text.end(),
            [&duplicates](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
                return duplicates.event(event, parsed);
            });
    } catch (const nlohmann::json::exception& error) {
        // Not only parse_error: a number too large for a double ("1e999") throws out_of_range.
        doc.problems.push_back({"", "not valid JSON: " + placeOnly(error)});
        doc.value.reset();
        return doc;
    }
    if (duplicates.duplicate()) {
        doc.problems.push_back({*duplicates.duplicate(),
                                "this key appears more than once in its object; Tightside "
                                "does not guess which one you meant"});
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
