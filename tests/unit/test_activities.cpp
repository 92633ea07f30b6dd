// What matters to the person (issue 15 item 5, clinical.md section 7, contracts.md
// "Verdicts"): at most five named activities rated 0-10, asked at most once a week, judged
// first to latest by the one verdict rule with higher as better.

#include "testdata.h"

#include "tightside/core/activities.h"
#include "tightside/core/course.h"
#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"
#include "tightside/text/coursewords.h"

#include <QDate>
#include <QLocale>

#include <catch2/catch.hpp>

#include <string>

using namespace tightside::core;
using namespace std::chrono_literals;
using nlohmann::json;
using testdata::at;
using testdata::hasProblemAt;

namespace {

Session sessionAt(const std::string& started, std::vector<Activity> activities)
{
    Session session;
    session.id = "20261125T103000Z-7f3a9c1e";
    session.started = started;
    session.protocolId = "tightside.legs";
    session.protocolVersion = testdata::builtinProtocol().version;
    session.answers = testdata::balancedAnswers();
    session.plan = RulesEngine(testdata::builtinProtocol()).plan(session.answers);
    session.activities = std::move(activities);
    return session;
}

std::vector<Activity> named(int count)
{
    std::vector<Activity> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        out.push_back({"activity " + std::to_string(i + 1), 5});
    }
    return out;
}

Problems parseProblems(const json& document)
{
    return parseSession(document, testdata::builtinProtocol()).problems;
}

json withActivities(const json& activities)
{
    json document = toJson(sessionAt("2026-11-25T10:30:00Z", {}));
    document["activities"] = activities;
    return document;
}

} // namespace

TEST_CASE("Activities: five are allowed, a sixth is refused", "[activities]")
{
    CHECK(activityProblems(named(5)).empty());
    const Problems six = activityProblems(named(6));
    REQUIRE(six.size() == 1);
    CHECK(six[0].pointer == "/activities");
    CHECK(six[0].message.find("at most 5") != std::string::npos);
}

TEST_CASE("Activities: a score is 0 to 10", "[activities]")
{
    CHECK(activityProblems({{"walking", 0}, {"sitting", 10}}).empty());
    CHECK(activityProblems({{"walking", -1}}).at(0).pointer == "/activities/0/score");
    CHECK(activityProblems({{"walking", 11}}).at(0).pointer == "/activities/0/score");
}

TEST_CASE("Activities: a name is 1 to 60 characters, trimmed, one line, not repeated",
          "[activities]")
{
    CHECK_FALSE(activityNameProblem("putting on socks"));
    CHECK(activityNameProblem(""));
    CHECK(activityNameProblem("   "));
    CHECK(activityNameProblem(" socks"));
    CHECK(activityNameProblem("socks "));
    CHECK(activityNameProblem("socks\non"));
    CHECK(activityNameProblem("socks\ton"));
    CHECK_FALSE(activityNameProblem(std::string(60, 'a')));
    CHECK(activityNameProblem(std::string(61, 'a')));
    // Characters, not bytes: 60 two-byte letters are 60 characters.
    std::string umlauts;
    for (int i = 0; i < 60; ++i) {
        umlauts += "\xC3\xBC"; // ü
    }
    CHECK_FALSE(activityNameProblem(umlauts));
    CHECK(activityNameProblem(umlauts + "\xC3\xBC"));

    const Problems twice = activityProblems({{"walking", 3}, {"walking", 5}});
    REQUIRE(twice.size() == 1);
    CHECK(twice[0].pointer == "/activities/1/name");
    CHECK(trimmedActivityName("  putting on socks \t") == "putting on socks");
    CHECK(trimmedActivityName("   ").empty());
}

TEST_CASE("Activities: a problem never repeats the name (health data)", "[activities]")
{
    const std::string name = "climbing the stairs to my flat " + std::string(40, 'x');
    for (const Problem& problem : activityProblems({{name, 4}, {"x\n", 12}})) {
        CHECK(problem.message.find("climbing") == std::string::npos);
    }
}

TEST_CASE("Session files: activities are optional and read back the same", "[activities][session]")
{
    const Session without = sessionAt("2026-11-25T10:30:00Z", {});
    const json plain = toJson(without);
    CHECK_FALSE(plain.contains("activities"));
    CHECK(parseProblems(plain).empty());

    const Session with =
        sessionAt("2026-11-25T10:30:00Z", {{"putting on socks", 6}, {"a film", 3}});
    const json document = toJson(with);
    CHECK(document["activities"] ==
          json::parse(
              R"([{"name": "putting on socks", "score": 6}, {"name": "a film", "score": 3}])"));
    const SessionParse parsed = parseSession(document, testdata::builtinProtocol());
    REQUIRE(parsed.problems.empty());
    REQUIRE(parsed.session.has_value());
    CHECK(parsed.session->activities == with.activities);
}

TEST_CASE("Session files: bad activities are refused with their place", "[activities][session]")
{
    CHECK(hasProblemAt(parseProblems(withActivities(json::object())), "/activities"));
    CHECK(hasProblemAt(parseProblems(withActivities(toJson(named(6)))), "/activities"));
    CHECK(parseProblems(withActivities(toJson(named(5)))).empty());
    CHECK(
        hasProblemAt(parseProblems(withActivities(json::parse(R"([{"name": "a", "score": 11}])"))),
                     "/activities/0/score"));
    CHECK(
        hasProblemAt(parseProblems(withActivities(json::parse(R"([{"name": "a", "score": 2.5}])"))),
                     "/activities/0/score"));
    CHECK(hasProblemAt(parseProblems(withActivities(json::parse(R"([{"name": "", "score": 2}])"))),
                       "/activities/0/name"));
    CHECK(hasProblemAt(
        parseProblems(withActivities(json::parse(R"([{"name": "a", "score": 2, "x": 1}])"))),
        "/activities/0/x"));
    CHECK(hasProblemAt(parseProblems(withActivities(json::parse(R"([{"score": 2}])"))),
                       "/activities/0/name"));
    const json overlong = json::array({{{"name", std::string(61, 'a')}, {"score", 2}}});
    CHECK(hasProblemAt(parseProblems(withActivities(overlong)), "/activities/0/name"));
}

TEST_CASE("Activities: due when none was rated in the last 7 days, exactly 7 days is due",
          "[activities][due]")
{
    const UtcTime now = at("2026-12-08T10:00:00Z");
    CHECK(activitiesDue(std::nullopt, now));
    CHECK(activitiesDue(at("2026-12-01T10:00:00Z"), now));       // exactly 7 days
    CHECK_FALSE(activitiesDue(at("2026-12-01T10:00:01Z"), now)); // a second short of it
    CHECK_FALSE(activitiesDue(at("2026-12-08T09:00:00Z"), now));
    CHECK_FALSE(activitiesDue(at("2026-12-09T10:00:00Z"), now)); // another machine's clock
}

TEST_CASE("Activities: the course says when they were last rated and which they were",
          "[activities][due]")
{
    CourseBuilder builder;
    builder.add(sessionAt("2026-11-20T08:00:00Z", {{"walking", 4}}));
    builder.add(sessionAt("2026-11-28T08:00:00Z", {{"walking", 6}, {"a film", 3}}));
    // A later session that did not rate them (skipped, or not due) changes nothing.
    builder.add(sessionAt("2026-11-30T08:00:00Z", {}));
    const Course course = builder.course(0s);
    CHECK(course.activitiesRated == "2026-11-28T08:00:00Z");
    CHECK(course.latestActivities == std::vector<Activity>{{"walking", 6}, {"a film", 3}});
    CHECK_FALSE(activitiesDue(course, at("2026-12-05T07:59:59Z")));
    CHECK(activitiesDue(course, at("2026-12-05T08:00:00Z")));
    CHECK(activitiesDue(CourseBuilder().course(0s), at("2026-12-05T08:00:00Z")));
}

TEST_CASE("Activities: a skip waits a week like a rating", "[activities][due]")
{
    CourseBuilder builder;
    builder.add(sessionAt("2026-11-20T08:00:00Z", {{"walking", 4}}));
    const Course course = builder.course(0s);
    const UtcTime now = at("2026-12-01T08:00:00Z"); // 11 days after the rating: due
    CHECK(activitiesDue(course, now));
    CHECK_FALSE(activitiesDue(course, now, at("2026-11-28T08:00:00Z"))); // skipped 3 days ago
    CHECK(activitiesDue(course, now, at("2026-11-24T08:00:00Z")));       // skipped a week ago
    // A skip older than the rating changes nothing.
    CHECK_FALSE(activitiesDue(course, at("2026-11-25T08:00:00Z"), at("2026-11-01T08:00:00Z")));
    // Never rated, skipped yesterday: not asked.
    CHECK_FALSE(activitiesDue(CourseBuilder().course(0s), now, at("2026-11-30T08:00:00Z")));
}

TEST_CASE("Activities: first to latest per name, higher is better, 1 point is no clear change",
          "[activities][verdict]")
{
    CourseBuilder builder;
    // Any order: a synced folder need not list files by time.
    builder.add(
        sessionAt("2026-11-27T08:00:00Z", {{"socks", 7}, {"film", 5}, {"stairs", 4}, {"walk", 6}}));
    builder.add(sessionAt("2026-11-20T08:00:00Z",
                          {{"socks", 5}, {"film", 7}, {"stairs", 3}, {"walk", 5}, {"once", 2}}));
    builder.add(sessionAt("2026-11-23T08:00:00Z", {{"socks", 1}}));
    const Course course = builder.course(0s);

    CHECK(course.activities.at("socks") == ActivityCourse{5, 7, Verdict::Better}); // +2
    CHECK(course.activities.at("film") == ActivityCourse{7, 5, Verdict::Worse});   // -2
    // +1 is under 2 points: no clear change.
    CHECK(course.activities.at("walk") == ActivityCourse{5, 6, Verdict::NoClearChange});
    // +1 from 3 is under 2 points (the old 30% branch is gone): no clear change.
    CHECK(course.activities.at("stairs") == ActivityCourse{3, 4, Verdict::NoClearChange});
    // Rated once: first and latest are the same.
    CHECK(course.activities.at("once") == ActivityCourse{2, 2, Verdict::NoClearChange});

    const json out = toJson(course);
    CHECK(out["activities"]["socks"] ==
          json::parse(R"({"first": 5, "latest": 7, "verdict": "better"})"));
    CHECK(out["activities"]["film"]["verdict"] == "worse");
    CHECK(toJson(CourseBuilder().course(0s))["activities"] == json::object());
}

TEST_CASE("Course text: the person's own activity names are kept as written, even with %2",
          "[activities][text]")
{
    CourseBuilder builder;
    Session first = sessionAt("2026-11-20T08:00:00Z", {{"50%2 of a walk", 4}});
    Session latest = sessionAt("2026-11-27T08:00:00Z", {{"50%2 of a walk", 6}});
    builder.add(first);
    builder.add(latest);
    const std::string text = tightside::text::courseText(builder.course(0s)).toStdString();
    CHECK(text.find("What matters to you") != std::string::npos);
    CHECK(text.find("  50%2 of a walk 4 -> 6  better\n") != std::string::npos);
    // The dates in the locale's short form (the text follows the language installed).
    const auto shortDate = [](int day) {
        return QLocale().toString(QDate(2026, 11, day), QLocale::ShortFormat).toStdString();
    };
    CHECK(text.find("Your course so far (your ratings): 2 sessions, " + shortDate(20) + " to " +
                    shortDate(27) + ".") != std::string::npos);
    // Without activities the section is left out.
    CourseBuilder plain;
    plain.add(sessionAt("2026-11-20T08:00:00Z", {}));
    const std::string one = tightside::text::courseText(plain.course(0s)).toStdString();
    CHECK(one.find("What matters") == std::string::npos);
    CHECK(one.find("one session, " + shortDate(20) + " to " + shortDate(20) + ".") !=
          std::string::npos);
}
