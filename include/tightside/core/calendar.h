#pragma once

// "Add to calendar": the next check as an RFC 5545 iCalendar file (one all-day event).

#include <chrono>
#include <string>
#include <string_view>

namespace tightside::core {

/// One all-day VEVENT on `date` ("2026-11-29") inside a VCALENDAR: CRLF line ends, lines
/// folded at 75 octets (never inside a UTF-8 character), TEXT values escaped. `uid` must be
/// unique (the session id plus a domain will do); `stamp` is when the file is made. The
/// summary and description are the caller's words (already translated); nothing about the
/// person's ratings goes into the file.
std::string nextCheckCalendar(std::string_view date, std::string_view uid,
                              std::chrono::sys_seconds stamp, std::string_view summary,
                              std::string_view description);

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines.
std::string icalText(std::string_view text);

} // namespace tightside::core
