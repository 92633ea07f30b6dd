// "Add to calendar" (issue 15): the next check as an RFC 5545 file.

#include "tightside/core/calendar.h"
#include "tightside/core/course.h"

#include <catch2/catch.hpp>

using namespace tightside::core;

TEST_CASE("Calendar: one all-day event on the next check's date, CRLF lines", "[calendar]")
{
    const auto stamp = *parseIsoUtc("2026-11-27T08:30:00Z");
    const std::string ics = nextCheckCalendar("2026-12-31", "20261127T080000Z-1@tightside", stamp,
                                              "Tightside: check again", "Rate both sides.");
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261231\r\n") != std::string::npos);
    // DTEND is exclusive: the next day, across the year's end.
    CHECK(ics.find("DTEND;VALUE=DATE:20270101\r\n") != std::string::npos);
    CHECK(ics.find("DTSTAMP:20261127T083000Z\r\n") != std::string::npos);
    CHECK(ics.find("UID:20261127T080000Z-1@tightside\r\n") != std::string::npos);
    CHECK(ics.size() >= 15);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\n') {
            CHECK(ics[i - 1] == '\r');
        }
    }
}

TEST_CASE("Calendar: text is escaped and long lines fold at 75 octets", "[calendar]")
{
    CHECK(icalText("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne");
    const std::string description(200, 'x');
    const std::string ics = nextCheckCalendar(
        "2026-11-29", "u", *parseIsoUtc("2026-11-27T08:30:00Z"), "Prüfung: é", description + "é");
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        start = end + 2;
    }
    CHECK(ics.find("DESCRIPTION:xxx") != std::string::npos);
    CHECK(ics.find("\r\n x") != std::string::npos); // a continuation line
}
