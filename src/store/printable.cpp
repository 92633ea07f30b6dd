#include "tightside/store/printable.h"

#include <cstdio>

namespace tightside::store {
namespace {

void hexByte(std::string& out, unsigned char byte)
{
    char text[8];
    std::snprintf(text, sizeof text, "\\x%02x", static_cast<unsigned>(byte));
    out += text;
}

/// The length of the valid UTF-8 sequence at `at` and its code point, or 0.
std::size_t sequence(std::string_view text, std::size_t at, char32_t& code)
{
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1FU;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0FU;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07U;
    } else {
        return 0;
    }
    if (at + length > text.size()) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0U) != 0x80U) {
            return 0;
        }
        code = (code << 6) | (byte(at + i) & 0x3FU);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
        (code >= 0xD800 && code <= 0xDFFF)) {
        return 0;
    }
    return length;
}

bool steersTerminal(char32_t code)
{
    return (code >= 0x80 && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
           (code >= 0x2066 && code <= 0x2069);
}

} // namespace

std::string printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '\n') {
                out += "\\n";
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < 0x20 || c == 0x7F) {
                hexByte(out, c);
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        char32_t code = 0;
        const std::size_t length = sequence(text, i, code);
        if (length == 0) {
            hexByte(out, c);
            ++i;
            continue;
        }
        if (steersTerminal(code)) {
            char escaped[16];
            std::snprintf(escaped, sizeof escaped, "\\u{%04x}", static_cast<unsigned>(code));
            out += escaped;
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

QString printableName(const QByteArray& raw)
{
    return QString::fromStdString(
        printable(std::string_view(raw.constData(), static_cast<std::size_t>(raw.size()))));
}

} // namespace tightside::store
