// The course over sessions (issue 15, contracts.md "History with verdicts", "The course",
// "Planning with the course"): per-session verdicts, the course summary, and the facts the
// engine plans with: deferred first, 24-hour rest, six sessions without a clear change.

#include "testdata.h"

#include "tightside/core/course.h"
#include "tightside/core/rulesengine.h"
#include "tightside/text/planwords.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>

using namespace tightside::core;
using namespace std::chrono_literals;
using nlohmann::json;
using testdata::at;

namespace {

/// The engine with the course at `now`, in words (text::makePlan, as the CLI and the window).
Plan planWithCourse(const Answers& answers, const CourseContext& course, UtcTime now)
{
    PlanOptions options;
    options.course = &course;
    options.now = now;
    return tightside::text::makePlan(testdata::builtinProtocol(), answers, options);
}

/// The notices of `kind` in `plan`.
std::vector<Notice> noticesOf(const Plan& plan, NoticeKind kind)
{
    std::vector<Notice> out;
    std::copy_if(plan.notices.begin(), plan.notices.end(), std::back_inserter(out),
                 [kind](const Notice& n) { return n.kind == kind; });
    return out;
}

/// A stored session that started at `started`, with the quadriceps rated `quads` at the start.
Session sessionAt(const std::string& started, Rating quads = {7, 4})
{
    Session session;
    session.id = "20261125T103000Z-7f3a9c1e";
    session.started = started;
    session.protocolId = "tightside.legs";
    session.answers = testdata::balancedAnswers();
    session.answers.setRating(Region::Quadriceps, quads);
    session.plan = RulesEngine(testdata::builtinProtocol()).plan(session.answers);
    return session;
}

Step stepFor(Region group, Side side)
{
    Step step;
    step.group = group;
    step.side = side;
    step.technique = "t-" + std::string(regionId(group));
    return step;
}

std::vector<Region> groupsOf(const std::vector<Step>& steps)
{
    std::vector<Region> out;
    out.reserve(steps.size());
    for (const Step& step : steps) {
        out.push_back(step.group);
    }
    return out;
}

} // namespace

TEST_CASE("Course: ISO UTC times parse and impossible dates are refused", "[course]")
{
    CHECK(isoUtc(at("2026-11-25T10:30:00Z")) == "2026-11-25T10:30:00Z");
    CHECK(at("2026-11-26T10:30:00Z") - at("2026-11-25T10:30:00Z") == 24h);
    CHECK_FALSE(parseIsoUtc("2026-02-30T10:30:00Z").has_value());
    CHECK_FALSE(parseIsoUtc("2026-11-25 10:30:00").has_value());
}

TEST_CASE("Course: the next check is a local date two days on", "[course]")
{
    // 23:30 UTC is already the next day in Berlin (+1 h), still the same day in New York.
    CHECK(localDateAfter(at("2026-11-27T23:30:00Z"), 0s, 2) == "2026-11-29");
    CHECK(localDateAfter(at("2026-11-27T23:30:00Z"), 3600s, 2) == "2026-11-30");
    CHECK(localDateAfter(at("2026-11-27T02:00:00Z"), -5h, 2) == "2026-11-28");
    CHECK(localDateAfter(at("2026-12-30T12:00:00Z"), 0s, 2) == "2027-01-01");
}

TEST_CASE("Course: days since the last check count local dates, not 24-hour spans", "[course]")
{
    // 22:00 and 07:00 the next morning in Berlin (+1 h) are one day apart, nine hours later.
    CHECK(localDaysBetween(at("2026-11-27T21:00:00Z"), 3600s, at("2026-11-28T06:00:00Z"), 3600s) ==
          1);
    // The same two moments in UTC fall on one date.
    CHECK(localDaysBetween(at("2026-11-27T01:00:00Z"), 0s, at("2026-11-27T23:00:00Z"), 0s) == 0);
    // 20:00 in Los Angeles (-8 h) is already the next day in UTC: still that evening's date.
    CHECK(localDaysBetween(at("2026-11-25T04:00:00Z"), -8h, at("2026-11-26T06:00:00Z"), -8h) == 1);
    // Summer time ends between the two moments: 00:30 on the 25th in Berlin (+2 h) to the
    // 26th (+1 h). With the later offset for both, the first would fall on the 24th.
    CHECK(localDaysBetween(at("2026-10-24T22:30:00Z"), 7200s, at("2026-10-26T10:00:00Z"), 3600s) ==
          1);
    // A clock set back gives a negative count; the window words it as today.
    CHECK(localDaysBetween(at("2026-11-28T12:00:00Z"), 0s, at("2026-11-26T12:00:00Z"), 0s) == -2);
}

TEST_CASE("Session verdicts: pain and each re-checked group's gap, by the one rule", "[course]")
{
    Session session = sessionAt("2026-11-25T10:30:00Z", {7, 4}); // gap 3
    session.answers.painNow = 6;
    session.answers.setRating(Region::Adductors, {2, 6}); // gap 4
    session.setRecheck(Region::Quadriceps, {4, 4});       // gap 0: better
    session.setRecheck(Region::Adductors, {3, 6});        // gap 3: 1 of 4, 25%: no clear change
    session.painAfter = 5;                                // 1 of 6: no clear change

    const SessionVerdicts verdicts = sessionVerdicts(session);
    CHECK(verdicts.pain == Verdict::NoClearChange);
    CHECK(verdicts.groups.at(indexOf(Region::Quadriceps)) == Verdict::Better);
    CHECK(verdicts.groups.at(indexOf(Region::Adductors)) == Verdict::NoClearChange);
    CHECK_FALSE(verdicts.groups.at(indexOf(Region::Hamstrings)).has_value());
    CHECK(toJson(verdicts) == json::parse(R"({"pain": "no_clear_change",
                          "groups": {"quadriceps": "better", "adductors": "no_clear_change"}})"));
}

TEST_CASE("Session verdicts: a missing value gives no key", "[course]")
{
    Session session = sessionAt("2026-11-25T10:30:00Z");
    session.painAfter.reset();
    session.setRecheck(Region::Tfl, {3, 3}); // re-checked, but TFL was not rated at the start
    const json out = toJson(sessionVerdicts(session));
    CHECK_FALSE(out.contains("pain"));
    CHECK(out["groups"] == json::object());
}

TEST_CASE("Course: gaps and pain from the first to the latest session start", "[course]")
{
    Session first = sessionAt("2026-11-20T08:00:00Z", {8, 4}); // gap 4
    first.answers.painNow = 6;
    Session middle = sessionAt("2026-11-23T08:00:00Z", {7, 4});
    Session latest = sessionAt("2026-11-27T08:00:00Z", {5, 4}); // gap 1
    latest.answers.painNow = 3;
    latest.answers.setRating(Region::Hamstrings, {4, 7});
    latest.plan.deferred = {stepFor(Region::Hamstrings, Side::Right)};

    CourseBuilder builder;
    // Any order: a synced folder need not list files by time.
    builder.add(latest);
    builder.add(first);
    builder.add(middle);
    const Course course = builder.course(0s);

    CHECK(course.sessions == 3);
    CHECK(course.first == "2026-11-20T08:00:00Z");
    CHECK(course.latest == "2026-11-27T08:00:00Z");
    const auto quads = course.groups.at(indexOf(Region::Quadriceps));
    REQUIRE(quads.has_value());
    CHECK(*quads == GroupCourse{4, 1, Verdict::Better, 3});
    // Hamstrings 0 at the start of the first session, 3 at the latest: worse.
    CHECK(course.groups.at(indexOf(Region::Hamstrings)) == GroupCourse{0, 3, Verdict::Worse, 3});
    CHECK_FALSE(course.groups.at(indexOf(Region::Tfl)).has_value());
    CHECK(course.pain == PainCourse{6, 3, Verdict::Better, 3});
    REQUIRE(course.deferred.size() == 1);
    CHECK(course.deferred[0].group == Region::Hamstrings);
    CHECK(course.nextCheck == "2026-11-29");

    const json out = toJson(course);
    CHECK(out["groups"]["quadriceps"] ==
          json::parse(R"({"first_gap": 4, "latest_gap": 1, "verdict": "better"})"));
    CHECK(out["pain"] == json::parse(R"({"first": 6, "latest": 3, "verdict": "better"})"));
    CHECK(out["deferred"][0]["group"] == "hamstrings");
    CHECK(out["next_check"] == "2026-11-29");
}

TEST_CASE("Course with one session: within says before -> after, across says too few sessions",
          "[course][within]")
{
    // Issue 22, finding 1: quadriceps 4 before, 1 after the re-check, in the only session.
    Session only = sessionAt("2026-11-20T08:00:00Z", {8, 4}); // gap 4
    only.answers.painNow = 6;
    only.setRecheck(Region::Quadriceps, {5, 4}); // gap 1
    only.painAfter = 3;
    CourseBuilder builder;
    builder.add(only);
    const Course course = builder.course(0s);

    CHECK(course.groups.at(indexOf(Region::Quadriceps))->tooFewSessions());
    CHECK(course.within.groups.at(indexOf(Region::Quadriceps)) ==
          BeforeAfter{4, 1, Verdict::Better, "2026-11-20T08:00:00Z"});
    CHECK(course.within.pain == BeforeAfter{6, 3, Verdict::Better, "2026-11-20T08:00:00Z"});
    // A group not re-checked has no "within".
    CHECK_FALSE(course.within.groups.at(indexOf(Region::Hamstrings)).has_value());

    const json out = toJson(course);
    CHECK(out["groups"]["quadriceps"] ==
          json::parse(R"({"first_gap": 4, "latest_gap": 4, "verdict": "too_few_sessions"})"));
    CHECK(out["pain"]["verdict"] == "too_few_sessions");
    CHECK(out["within"] == json::parse(R"({
        "groups": {"quadriceps": {"before": 4, "after": 1, "verdict": "better"}},
        "pain": {"before": 6, "after": 3, "verdict": "better"}})"));
    CHECK(out["stopped"] == 0);
}

TEST_CASE("Course: within takes each group from the latest session that re-checked it",
          "[course][within]")
{
    Session first = sessionAt("2026-11-20T08:00:00Z", {8, 4});
    first.answers.setRating(Region::Adductors, {2, 6});
    first.setRecheck(Region::Quadriceps, {5, 4});
    first.setRecheck(Region::Adductors, {3, 6}); // 4 -> 3: a 1-point change
    first.painAfter = 2;
    Session latest = sessionAt("2026-11-23T08:00:00Z", {6, 4});
    latest.setRecheck(Region::Quadriceps, {6, 6});
    CourseBuilder builder;
    builder.add(latest);
    builder.add(first);
    const Course course = builder.course(0s);
    CHECK(course.within.groups.at(indexOf(Region::Quadriceps)) ==
          BeforeAfter{2, 0, Verdict::Better, "2026-11-23T08:00:00Z"});
    CHECK(course.within.groups.at(indexOf(Region::Adductors)) ==
          BeforeAfter{4, 3, Verdict::NoClearChange, "2026-11-20T08:00:00Z"});
    CHECK(course.within.pain->started == "2026-11-20T08:00:00Z");
    // Two sessions rated the quadriceps: start to start is a verdict now.
    CHECK_FALSE(course.groups.at(indexOf(Region::Quadriceps))->tooFewSessions());
    CHECK(toJson(course)["groups"]["quadriceps"]["verdict"] == "better");
    // Adductors were rated (at their default) in both, so they have two too.
    CHECK(course.pain->rated == 2);
}

TEST_CASE("Course: a check stopped by a red flag is counted and gives no gap or pain",
          "[course][stopped]")
{
    Session rated = sessionAt("2026-11-20T08:00:00Z", {8, 4});
    rated.answers.painNow = 6;
    Answers flagged;
    flagged.redFlags = {"bladder_change"};
    const auto when = std::chrono::system_clock::time_point(at("2026-11-27T08:00:00Z"));
    const Session stopped =
        stoppedSession(newSessionId(when, 1), flagged, testdata::builtinProtocol(), when);
    CourseBuilder builder;
    builder.add(rated);
    builder.add(stopped);
    const Course course = builder.course(0s);
    CHECK(course.sessions == 1);
    CHECK(course.stopped == 1);
    CHECK(course.latest == "2026-11-20T08:00:00Z");
    CHECK(course.pain->latest == 6); // not the stopped check's 0
    CHECK(course.groups.at(indexOf(Region::Quadriceps))->latestGap == 4);
    CHECK(course.pain->tooFewSessions());
    CHECK(toJson(course)["stopped"] == 1);
    // Planning never sees it either.
    CHECK(builder.context().sessions == 1);
}

TEST_CASE("Course: without sessions there is nothing to compare", "[course]")
{
    const json out = toJson(CourseBuilder().course(0s));
    CHECK(out["sessions"] == 0);
    CHECK(out["first"].is_null());
    CHECK(out["pain"].is_null());
    CHECK(out["groups"] == json::object());
    CHECK(out["deferred"] == json::array());
    CHECK(out["next_check"].is_null());
}

TEST_CASE("M9 with the course: yesterday's deferred step comes first today", "[course][M9]")
{
    CourseContext course;
    course.deferred = {stepFor(Region::Hamstrings, Side::Right)};
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {7, 4});
    today.setRating(Region::Hamstrings, {2, 5});
    std::vector<Step> steps = {stepFor(Region::Quadriceps, Side::Left),
                               stepFor(Region::Hamstrings, Side::Right)};

    const CourseEffect effect = applyCourse(steps, today, 2, course, at("2026-11-26T10:00:00Z"));
    CHECK(effect.fromDeferred == 1);
    CHECK(groupsOf(steps) == std::vector{Region::Hamstrings, Region::Quadriceps});
}

TEST_CASE("M9 with the course: a deferred group that is balanced now is not pulled forward",
          "[course][M9]")
{
    CourseContext course;
    course.deferred = {stepFor(Region::Hamstrings, Side::Right)};
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {7, 4});
    today.setRating(Region::Hamstrings, {4, 5}); // gap 1: under the threshold
    std::vector<Step> steps = {stepFor(Region::Quadriceps, Side::Left)};

    const CourseEffect effect = applyCourse(steps, today, 2, course, at("2026-11-26T10:00:00Z"));
    CHECK(effect.fromDeferred == 0);
    CHECK(groupsOf(steps) == std::vector{Region::Quadriceps});
}

TEST_CASE("Rest: a group released 23 h 59 min ago rests, one released 24 h ago does not",
          "[course][rest]")
{
    CourseContext course;
    course.lastReleased.at(indexOf(Region::Quadriceps)) = at("2026-11-25T10:01:00Z");
    course.lastReleased.at(indexOf(Region::Adductors)) = at("2026-11-25T10:00:00Z");
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {7, 4});
    today.setRating(Region::Adductors, {2, 6});
    std::vector<Step> steps = {stepFor(Region::Quadriceps, Side::Left),
                               stepFor(Region::Adductors, Side::Right)};

    const CourseEffect effect = applyCourse(steps, today, 2, course, at("2026-11-26T10:00:00Z"));
    CHECK(groupsOf(steps) == std::vector{Region::Adductors});
    REQUIRE(effect.resting.size() == 1);
    CHECK(effect.resting[0].group == Region::Quadriceps);
    CHECK(isoUtc(effect.resting[0].until) == "2026-11-26T10:01:00Z");
}

TEST_CASE("Rest: a resting group's deferred step is not pulled forward either", "[course][rest]")
{
    CourseContext course;
    course.deferred = {stepFor(Region::Hamstrings, Side::Right)};
    course.lastReleased.at(indexOf(Region::Hamstrings)) = at("2026-11-26T09:00:00Z");
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Hamstrings, {2, 5});
    std::vector<Step> steps = {stepFor(Region::Hamstrings, Side::Right)};

    const CourseEffect effect = applyCourse(steps, today, 2, course, at("2026-11-26T10:00:00Z"));
    CHECK(steps.empty());
    CHECK(effect.fromDeferred == 0);
    REQUIRE(effect.resting.size() == 1);
    CHECK(effect.resting[0].group == Region::Hamstrings);
}

TEST_CASE("Rest: only completed or pain-stopped steps count as a release", "[course][rest]")
{
    Session session = sessionAt("2026-11-26T08:00:00Z");
    session.finished = "2026-11-26T08:20:00Z";
    session.done = {
        {Region::Quadriceps, Side::Left, "quad-roll", 10, Outcome::Skipped},
        {Region::Adductors, Side::Right, "adductor-roll", 40, Outcome::StoppedPain},
        {Region::Hamstrings, Side::Left, "hamstring-roll", 90, Outcome::Completed},
    };
    CourseBuilder builder;
    builder.add(session);
    const auto resting = restingGroups(builder.context(), at("2026-11-26T12:00:00Z"));
    REQUIRE(resting.size() == 2);
    CHECK(resting[0].group == Region::Adductors);
    CHECK(resting[1].group == Region::Hamstrings);
    // From the finished time: 24 h after 08:20.
    CHECK(isoUtc(resting[0].until) == "2026-11-27T08:20:00Z");
}

TEST_CASE("M6/M8: six sessions without a clear change in a gap are said plainly", "[course][M6]")
{
    CourseBuilder builder;
    // Gaps 4, 5, 4, 4, 5, 4: 1 point from 4 is 25%, no clear change.
    const std::vector<Rating> quads = {{8, 4}, {8, 3}, {7, 3}, {8, 4}, {8, 3}, {8, 4}};
    for (std::size_t i = 0; i < quads.size(); ++i) {
        builder.add(sessionAt("2026-11-0" + std::to_string(i + 1) + "T08:00:00Z", quads[i]));
    }
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {8, 4});

    const auto stalled = stalledGroups(builder.context(), today, 2);
    REQUIRE(stalled.size() == 1);
    CHECK(stalled[0] == Stalled{Region::Quadriceps, 6, 4, 4});

    SECTION("five sessions are not enough")
    {
        CourseBuilder five;
        for (std::size_t i = 0; i < 5; ++i) {
            five.add(sessionAt("2026-11-0" + std::to_string(i + 1) + "T08:00:00Z", quads[i]));
        }
        CHECK(stalledGroups(five.context(), today, 2).empty());
    }
    SECTION("a balanced group today needs no clinician")
    {
        today.setRating(Region::Quadriceps, {4, 4});
        CHECK(stalledGroups(builder.context(), today, 2).empty());
    }
    SECTION("one real change from the first of the six is a change")
    {
        today.setRating(Region::Quadriceps, {9, 3}); // 6: from 4, +2
        CHECK(stalledGroups(builder.context(), today, 2).empty());
    }
    SECTION("a real change today is a change")
    {
        builder.add(sessionAt("2026-11-07T08:00:00Z", {8, 3})); // window now 5,4,4,5,4,5
        today.setRating(Region::Quadriceps, {10, 2});           // 8: from 5, +3
        CHECK(stalledGroups(builder.context(), today, 2).empty());
    }
}

TEST_CASE("M6/M8: only the latest six sessions count", "[course][M6]")
{
    CourseBuilder builder;
    builder.add(sessionAt("2026-10-01T08:00:00Z", {9, 2})); // gap 7, long ago
    for (int day = 1; day <= 6; ++day) {
        builder.add(sessionAt("2026-11-0" + std::to_string(day) + "T08:00:00Z", {7, 4}));
    }
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {7, 4});
    CHECK(builder.context().recentGaps.at(indexOf(Region::Quadriceps)) == std::vector<int>(6, 3));
    CHECK(stalledGroups(builder.context(), today, 2).size() == 1);
}

TEST_CASE("Answers may carry the time of the check, a UTC time", "[course][answers]")
{
    json document = testdata::balancedAnswersJson();
    document["time"] = "2026-11-26T10:00:00Z";
    const AnswersParse parsed = parseAnswers(document, testdata::builtinProtocol());
    REQUIRE(parsed.answers.has_value());
    CHECK(parsed.answers->time == "2026-11-26T10:00:00Z");
    CHECK(toJson(*parsed.answers)["time"] == "2026-11-26T10:00:00Z");

    document["time"] = "yesterday";
    const AnswersParse bad = parseAnswers(document, testdata::builtinProtocol());
    CHECK_FALSE(bad.answers.has_value());
    CHECK(testdata::hasProblemAt(bad.problems, "/time"));
    CHECK_FALSE(toJson(testdata::balancedAnswers()).contains("time"));
}

TEST_CASE("Engine with the course: the deferred step leads, says why, and is marked",
          "[course][engine][M9]")
{
    // Yesterday: quadriceps and hamstrings differed, 2 minutes fitted only the quadriceps.
    Answers yesterday = testdata::balancedAnswers();
    yesterday.setRating(Region::Quadriceps, {7, 4});
    yesterday.setRating(Region::Hamstrings, {2, 5});
    yesterday.minutes = 2;
    Session last = sessionAt("2026-11-25T08:00:00Z");
    last.answers = yesterday;
    last.plan = RulesEngine(testdata::builtinProtocol()).plan(yesterday);
    REQUIRE(last.plan.deferred.size() == 1);
    CourseBuilder builder;
    builder.add(last);

    Answers today = yesterday;
    today.minutes = 2;
    const Plan plan = planWithCourse(today, builder.context(), at("2026-11-26T10:00:00Z"));
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].group == Region::Hamstrings);
    CHECK(plan.steps[0].why.fromDeferred);
    CHECK(plan.steps[0].reason.find("last session") != std::string::npos);
    REQUIRE(plan.deferred.size() == 1);
    CHECK(plan.deferred[0].group == Region::Quadriceps);
    CHECK_FALSE(plan.deferred[0].why.fromDeferred);

    const json out = toJson(plan);
    CHECK(out["steps"][0]["from_deferred"] == true);
    CHECK_FALSE(out["deferred"][0].contains("from_deferred"));
    CHECK(out["resting"] == json::array());
}

TEST_CASE("Engine with the course: a group released an hour ago rests and is re-checked",
          "[course][engine][rest]")
{
    Session last = sessionAt("2026-11-26T08:40:00Z", {7, 4});
    last.finished = "2026-11-26T09:00:00Z";
    last.done = {{Region::Quadriceps, Side::Left, "quad-roll", 90, Outcome::Completed}};
    CourseBuilder builder;
    builder.add(last);

    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {6, 4});
    today.setRating(Region::Adductors, {2, 6});
    const Plan plan = planWithCourse(today, builder.context(), at("2026-11-26T10:00:00Z"));
    CHECK(groupsOf(plan.steps) == std::vector{Region::Adductors});
    REQUIRE(plan.resting.size() == 1);
    CHECK(plan.resting[0] == RestingGroup{Region::Quadriceps, "2026-11-27T09:00:00Z"});
    CHECK(plan.recheck == std::vector{Region::Adductors, Region::Quadriceps});
    const std::vector<Notice> rests = noticesOf(plan, NoticeKind::Resting);
    REQUIRE(rests.size() == 1);
    CHECK(rests[0].groups == std::vector{Region::Quadriceps});
    CHECK(rests[0].until == "2026-11-27T09:00:00Z");
    REQUIRE(plan.messages.size() == plan.notices.size());
    const auto index = static_cast<std::size_t>(
        std::find(plan.notices.begin(), plan.notices.end(), rests[0]) - plan.notices.begin());
    // The sentence gives the time on the person's own clock, never a rule id.
    CHECK(plan.messages[index].find("rests today") != std::string::npos);
    CHECK(plan.messages[index].find("UTC") == std::string::npos);
    CHECK(plan.messages[index].find("(M") == std::string::npos);
    CHECK(toJson(plan)["resting"] ==
          json::parse(R"([{"group": "quadriceps", "until": "2026-11-27T09:00:00Z"}])"));

    SECTION("when every differing group rests there is no routine, and it says why")
    {
        today.setRating(Region::Adductors, {4, 4});
        const Plan resting = planWithCourse(today, builder.context(), at("2026-11-26T10:00:00Z"));
        CHECK(resting.status == PlanStatus::Balanced);
        CHECK(resting.steps.empty());
        CHECK(resting.recheck == std::vector{Region::Quadriceps});
        REQUIRE_FALSE(resting.notices.empty());
        CHECK(resting.notices.front().kind == NoticeKind::AllResting);
        CHECK(resting.messages.front().find("rests") != std::string::npos);
    }
}

TEST_CASE("Engine with the course: six sessions without change suggest a clinician and keep "
          "the routine",
          "[course][engine][M6]")
{
    CourseBuilder builder;
    for (int day = 1; day <= 6; ++day) {
        builder.add(sessionAt("2026-11-0" + std::to_string(day) + "T08:00:00Z", {7, 4}));
    }
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {7, 4});
    const Plan plan = planWithCourse(today, builder.context(), at("2026-11-10T08:00:00Z"));
    CHECK(plan.status == PlanStatus::Routine);
    CHECK(groupsOf(plan.steps) == std::vector{Region::Quadriceps});
    CHECK(plan.noClearChange == std::vector{Region::Quadriceps});
    const std::vector<Notice> stalled = noticesOf(plan, NoticeKind::NoClearChange);
    REQUIRE(stalled.size() == 1);
    CHECK(stalled[0].count == 6);
    CHECK(stalled[0].firstGap == 3);
    CHECK(stalled[0].gap == 3);
    const bool says = std::any_of(plan.messages.begin(), plan.messages.end(), [](const auto& m) {
        return m.find("doctor or physiotherapist") != std::string::npos &&
               m.find("last 6 sessions") != std::string::npos;
    });
    CHECK(says);
}

TEST_CASE("Engine without the course: the plan is unchanged", "[course][engine]")
{
    Answers today = testdata::balancedAnswers();
    today.setRating(Region::Quadriceps, {7, 4});
    const Plan plain = tightside::text::makePlan(testdata::builtinProtocol(), today, {});
    const Plan empty = planWithCourse(today, CourseContext{}, at("2026-11-10T08:00:00Z"));
    CHECK_FALSE(toJson(plain).contains("resting"));
    CHECK(plain.steps == empty.steps);
    CHECK(plain.messages == empty.messages);
}

TEST_CASE("A stored plan made with the course reads back the same", "[course][plan]")
{
    Plan plan;
    plan.status = PlanStatus::Routine;
    plan.protocolId = "tightside.legs";
    plan.protocolVersion = "1.0.0";
    plan.withCourse = true;
    Step step = stepFor(Region::Hamstrings, Side::Right);
    step.why.fromDeferred = true;
    plan.steps = {step};
    plan.resting = {{Region::Quadriceps, "2026-11-27T09:00:00Z"}};
    plan.noClearChange = {Region::Adductors};
    Notice rests;
    rests.kind = NoticeKind::Resting;
    rests.rules = {"M6"};
    rests.groups = {Region::Quadriceps};
    rests.until = "2026-11-27T09:00:00Z";
    Notice stalled;
    stalled.kind = NoticeKind::NoClearChange;
    stalled.rules = {"M6", "M8"};
    stalled.groups = {Region::Adductors};
    stalled.count = 6;
    stalled.firstGap = 3;
    stalled.gap = 4;
    plan.notices = {rests, stalled};
    const PlanParse parsed = parsePlan(toJson(plan));
    REQUIRE(parsed.plan.has_value());
    CHECK(*parsed.plan == plan);

    json bad = toJson(plan);
    bad["resting"][0]["until"] = "tomorrow";
    CHECK(testdata::hasProblemAt(parsePlan(bad).problems, "/resting/0/until"));
}
