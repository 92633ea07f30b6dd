#include "tightside/core/jsonio.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
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

/// Builds the document from the parser's events, like nlohmann's own DOM builder, and notes
/// the first key that appears twice in one object: for health data "the last one wins" is
/// not an answer. The check is the object's own insert, so it costs no second set of keys.
class CheckedBuilder
{
public:
    using json = nlohmann::json;

    /// Builds into `root`, which the caller owns.
    explicit CheckedBuilder(json& root) : m_root(root) {}

    bool null() { return put(nullptr); }
    bool boolean(bool value) { return put(value); }
    bool number_integer(json::number_integer_t value) { return put(value); }
    bool number_unsigned(json::number_unsigned_t value) { return put(value); }
    bool number_float(json::number_float_t value, const json::string_t& /*text*/)
    {
        return put(value);
    }
    bool string(json::string_t& value) { return put(value); }
    bool binary(json::binary_t& value) { return put(json::binary(value)); }

    bool start_object(std::size_t /*elements*/) { return open(json::value_t::object); }
    bool start_array(std::size_t /*elements*/) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& key)
    {
        Frame& frame = m_open.back();
        auto& members = frame.container->get_ref<json::object_t&>();
        auto [member, inserted] = members.try_emplace(key);
        frame.key = &member->first;
        m_member = &member->second;
        if (!inserted) {
            *m_member = nullptr;
            if (!m_duplicate) {
                m_duplicate = pointer();
            }
        }
        return true;
    }

    bool parse_error(std::size_t /*position*/, const std::string& /*lastToken*/,
                     const json::exception& error)
    {
        m_error = placeOnly(error);
        return false;
    }

    const std::optional<std::string>& duplicate() const { return m_duplicate; }
    const std::optional<std::string>& error() const { return m_error; }

private:
    struct Frame
    {
        json* container;
        const std::string* key; ///< the member being read, in an object
    };

    /// Places a value where the parser is: the root, the next element of a list or the
    /// member whose key came last.
    template <typename Value>
    json* place(Value&& value)
    {
        if (m_open.empty()) {
            m_root = json(std::forward<Value>(value));
            return &m_root;
        }
        json& container = *m_open.back().container;
        if (container.is_array()) {
            return &container.get_ref<json::array_t&>().emplace_back(std::forward<Value>(value));
        }
        *m_member = json(std::forward<Value>(value));
        return m_member;
    }

    template <typename Value>
    bool put(Value&& value)
    {
        place(std::forward<Value>(value));
        return true;
    }

    bool open(json::value_t type)
    {
        m_open.push_back({place(type), nullptr});
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        return true;
    }

    /// Where the duplicate key is, as a JSON pointer: each open list's last element and
    /// each open object's current member.
    std::string pointer() const
    {
        std::string out;
        for (const Frame& frame : m_open) {
            out += '/';
            out += frame.container->is_object() ? pointerToken(*frame.key)
                                                : std::to_string(frame.container->size() - 1);
        }
        return out;
    }

    json& m_root;
    std::vector<Frame> m_open;
    json* m_member = nullptr;
    std::optional<std::string> m_duplicate;
    std::optional<std::string> m_error;
};

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
    nlohmann::json root;
    CheckedBuilder builder(root);
    // sax_parse reports errors to the builder, including a number too large for a double
    // ("1e999", out_of_range); it throws nothing for text.
    const bool parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    if (!parsed || builder.error()) {
        doc.problems.push_back(
            {"", "not valid JSON: " + builder.error().value_or("the parser stopped")});
        return doc;
    }
    if (builder.duplicate()) {
        doc.problems.push_back({*builder.duplicate(),
                                "this key appears more than once in its object; Tightside "
                                "does not guess which one you meant"});
        return doc;
    }
    doc.value = std::move(root);
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
