// The course read from the store (issue 15): newest first for planning, and from the
// history's summaries for the window's overview; both agree with reading every file.

#include "sessionfactory.h"

#include "tightside/checks/history.h"
#include "tightside/core/course.h"
#include "tightside/store/recent.h"
#include "tightside/store/sessionstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tightside;
using namespace std::chrono_literals;

namespace {

core::UtcTime startOf(const core::Session& session)
{
    return *core::parseIsoUtc(session.started);
}

core::CourseBuilder everyFile(const store::SessionStore& store)
{
    core::CourseBuilder builder;
    REQUIRE(
        store.forEach([&builder](const store::StoredSession& s) { builder.add(s.session); }).ok());
    return builder;
}

} // namespace

TEST_CASE("Course from the store: planning reads only the newest files it needs", "[store][course]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    for (std::uint32_t i = 0; i < 20; ++i) {
        REQUIRE(store.save(storetest::numberedSession(i)).ok());
    }
    const core::Session latest = storetest::numberedSession(19);
    const auto now = startOf(latest) + 1h;

    std::size_t read = 0;
    const auto counted =
        store::forEachNewestFirst(store, "99999999T999999Z", [&read](const store::StoredSession&) {
            ++read;
            return read < 3;
        });
    REQUIRE(counted.ok());
    CHECK(read == 3);

    const auto start = checks::readCheckStart(store, now);
    REQUIRE(start.readable());
    const core::CourseContext& context = start.context;
    // Six sessions a day apart reach back far enough; the planning facts match every file's.
    CHECK(context.sessions == core::kStallSessions);
    const core::CourseContext all = everyFile(store).context();
    CHECK(context.deferred == all.deferred);
    CHECK(context.lastReleased == all.lastReleased);
    CHECK(context.recentGaps == all.recentGaps);
}

TEST_CASE("Course from the store: sessions after the check's time are not its past",
          "[store][course]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    for (std::uint32_t i = 0; i < 3; ++i) {
        REQUIRE(store.save(storetest::numberedSession(i)).ok());
    }
    const auto now = startOf(storetest::numberedSession(1)) + 1h;
    const auto start = checks::readCheckStart(store, now);
    REQUIRE(start.readable());
    const core::CourseContext& context = start.context;
    CHECK(context.sessions == 2);
    CHECK(context.deferred == storetest::numberedSession(1).plan.deferred);
}

TEST_CASE("Course from the store: no sessions folder is an empty history", "[store][course]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path() + "/new");
    const auto start = checks::readCheckStart(store, core::UtcTime{} + 1000h);
    REQUIRE(start.readable());
    const core::CourseContext& context = start.context;
    CHECK(context.sessions == 0);
}

TEST_CASE("Course from the store: the summaries give the same course as every file",
          "[store][course]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    for (std::uint32_t i = 0; i < 8; ++i) {
        core::Session session = storetest::numberedSession(i);
        if (i % 3 == 0) { // what matters to the person, on sessions 0, 3 and 6
            session.activities = {{"putting on socks", static_cast<int>(2 + i)}, {"a film", 5}};
        }
        REQUIRE(store.save(session).ok());
    }
    const auto listing = store.summaries();
    REQUIRE(listing.ok());
    const core::Course fromSummaries = store::courseFromSummaries(
        store, listing.value().sessions, [](core::UtcTime) { return 3600s; });
    const core::Course fromFiles = everyFile(store).course(3600s);
    CHECK(core::toJson(fromSummaries) == core::toJson(fromFiles));
    CHECK(fromSummaries.sessions == 8);
    CHECK(fromSummaries.activities.at("putting on socks") ==
          core::ActivityCourse{2, 8, core::Verdict::Better});
    CHECK(fromSummaries.latestActivities == fromFiles.latestActivities);
    CHECK(fromSummaries.activitiesRated == storetest::numberedSession(6).started);
}

TEST_CASE("Course from the store: measured gaps come through the index with the test's MDC",
          "[store][course][measure]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    const auto quads = core::indexOf(core::Region::Quadriceps);
    for (std::uint32_t i = 0; i < 4; ++i) {
        core::Session session = storetest::numberedSession(i);
        if (i == 1 || i == 3) { // gap 20, then 9.5: better by the MDC of 8
            session.answers.measures.at(quads) =
                core::GroupMeasure{"prone_knee_bend", 120.0, i == 1 ? 140.0 : 129.5};
        }
        REQUIRE(store.save(session).ok());
    }
    for (int pass = 0; pass < 2; ++pass) {
        INFO("pass " << pass << " (the second reads the index)");
        const auto listing = store.summaries();
        REQUIRE(listing.ok());
        if (pass == 1) {
            CHECK(listing.value().filesRead == 0);
        }
        const core::Course course = store::courseFromSummaries(store, listing.value().sessions,
                                                               [](core::UtcTime) { return 0s; });
        const auto& measured = course.measured.at(quads);
        REQUIRE(measured);
        CHECK(*measured == core::MeasuredCourse{20.0, 9.5, 8.0, core::Verdict::Better});
        core::CourseBuilder files(store.protocol());
        REQUIRE(
            store.forEach([&files](const store::StoredSession& s) { files.add(s.session); }).ok());
        CHECK(core::toJson(course) == core::toJson(files.course(0s)));
    }
}

TEST_CASE("Course from the store: a check stopped by a red flag is saved, indexed, counted and "
          "never planned from",
          "[store][course][stopped]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    for (std::uint32_t i = 0; i < 3; ++i) {
        REQUIRE(store.save(storetest::numberedSession(i)).ok());
    }
    // The latest file is a stop at screening, half a day after session 2.
    core::Answers flagged;
    flagged.redFlags = {"bladder_change"};
    flagged.precautions = {"anticoagulant"};
    const auto when =
        std::chrono::system_clock::time_point(startOf(storetest::numberedSession(2)) + 12h);
    const core::Session stop = core::stoppedSession(core::newSessionId(when, 0xabcdef01), flagged,
                                                    core::builtinProtocol(), when);
    REQUIRE(store.save(stop).ok());

    // The file reads back as it was written, and the index keeps the stop.
    const auto listing = store.summaries();
    REQUIRE(listing.ok());
    REQUIRE(listing.value().sessions.size() == 4);
    const store::SessionSummary& summary = listing.value().sessions.back();
    REQUIRE(summary.stopped);
    CHECK(summary.stopped->urgency == core::Urgency::Today);
    CHECK(summary.stopped->flags == std::vector<std::string>{"bladder_change"});
    const auto again = store.summaries(); // from the index this time
    REQUIRE(again.ok());
    CHECK(again.value().filesRead == 0);
    CHECK(again.value().sessions.back() == summary);

    // The course counts it apart and takes the deferred steps and the dates from session 2.
    const core::Course course = store::courseFromSummaries(store, listing.value().sessions,
                                                           [](core::UtcTime) { return 0s; });
    CHECK(course.sessions == 3);
    CHECK(course.stopped == 1);
    CHECK(course.latest == storetest::numberedSession(2).started);
    CHECK(course.deferred == storetest::numberedSession(2).plan.deferred);
    CHECK(core::toJson(course) == core::toJson(everyFile(store).course(0s)));

    // Planning with the history never sees it.
    const auto start = checks::readCheckStart(store, startOf(stop) + 1h);
    REQUIRE(start.readable());
    const core::CourseContext& context = start.context;
    CHECK(context.sessions == 3);
    CHECK(context.deferred == storetest::numberedSession(2).plan.deferred);
}

TEST_CASE("Standing precautions: the latest check that asked them, never a stop or a later one",
          "[store][precautions]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    const auto nowOf = [](const core::Session& s) { return startOf(s) + 1h; };
    CHECK(checks::readCheckStart(store, nowOf(storetest::numberedSession(0)))
              .standingPrecautions.empty());
    core::Session first = storetest::numberedSession(0);
    first.answers.precautions = {"anticoagulant"};
    REQUIRE(store.save(first).ok());
    core::Session second = storetest::numberedSession(1);
    second.answers.precautions = {"anticoagulant", "varicose_veins"};
    REQUIRE(store.save(second).ok());
    CHECK(checks::readCheckStart(store, nowOf(first)).standingPrecautions ==
          std::vector<std::string>{"anticoagulant"});
    CHECK(checks::readCheckStart(store, nowOf(second)).standingPrecautions ==
          second.answers.precautions);
    // A later check stopped by a red flag asked no precautions: the last ones still stand.
    core::Answers flagged;
    flagged.redFlags = {"recent_fracture"};
    const auto when = std::chrono::system_clock::time_point(startOf(second) + 2h);
    const core::Session stop =
        core::stoppedSession(core::newSessionId(when, 7), flagged, core::builtinProtocol(), when);
    REQUIRE(store.save(stop).ok());
    CHECK(checks::readCheckStart(store, startOf(stop) + 1h).standingPrecautions ==
          second.answers.precautions);
}
