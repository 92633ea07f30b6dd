#include "tightside/core/calendar.h"

#include "tightside/core/course.h"

#include <chrono>

namespace tightside::core {
namespace {

/// "2026-11-29" -> "20261129"; the next day too, for the exclusive DTEND.
std::string compactDate(std::string_view date)
{
    std::string out;
    for (const char c : date) {
        if (c != '-') {
            out += c;
        }
    }
    return out;
}

std::string dayAfter(std::string_view date)
{
    const auto time = parseIsoUtc(std::string(date) + "T00:00:00Z");
    if (!time) {
        return compactDate(date);
    }
    return compactDate(localDateAfter(*time, std::chrono::seconds{0}, 1));
}

/// Folds one content line at 75 octets (RFC 5545 3.1), without splitting a UTF-8 sequence.
std::string folded(const std::string& line)
{
    std::string out;
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1;
        const auto byte = static_cast<unsigned char>(line[i]);
        if (byte >= 0xF0) {
            length = 4;
        } else if (byte >= 0xE0) {
            length = 3;
        } else if (byte >= 0xC0) {
            length = 2;
        }
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line, i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

std::string stampText(std::chrono::sys_seconds stamp)
{
    // 20261127T083000Z
    std::string iso = isoUtc(stamp);
    std::string out;
    for (const char c : iso) {
        if (c != '-' && c != ':') {
            out += c;
        }
    }
    return out;
}

} // namespace

std::string icalText(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string nextCheckCalendar(std::string_view date, std::string_view uid,
                              std::chrono::sys_seconds stamp, std::string_view summary,
                              std::string_view description)
{
    std::string out;
    for (const std::string& line : {
             std::string("BEGIN:VCALENDAR"),
             std::string("VERSION:2.0"),
             std::string("PRODID:-//Tightside//Tightside//EN"),
             std::string("CALSCALE:GREGORIAN"),
             std::string("BEGIN:VEVENT"),
             "UID:" + std::string(uid),
             "DTSTAMP:" + stampText(stamp),
             "DTSTART;VALUE=DATE:" + compactDate(date),
             "DTEND;VALUE=DATE:" + dayAfter(date),
             "SUMMARY:" + icalText(summary),
             "DESCRIPTION:" + icalText(description),
             std::string("TRANSP:TRANSPARENT"),
             std::string("END:VEVENT"),
             std::string("END:VCALENDAR"),
         }) {
        out += folded(line);
    }
    return out;
}

} // namespace tightside::core
