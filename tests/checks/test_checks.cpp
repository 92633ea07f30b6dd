// The application layer (issue 22) driven headless through whole checks: the use cases the
// window and the commands share, on a fake clock, with a real store in a temporary folder.

#include "sessionfactory.h"

#include "tightside/checks/check.h"
#include "tightside/checks/history.h"
#include "tightside/checks/reminder.h"
#include "tightside/core/course.h"
#include "tightside/core/routine.h"
#include "tightside/store/sessionstore.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tightside;
using namespace std::chrono_literals;

namespace {

using TimePoint = std::chrono::system_clock::time_point;

/// A wall clock the test moves by hand.
struct FakeClock
{
    TimePoint now;
    checks::WallClock wall()
    {
        return [this] { return now; };
    }
};

std::chrono::seconds utc(core::UtcTime)
{
    return 0s;
}

core::UtcTime startOf(const core::Session& session)
{
    return *core::parseIsoUtc(session.started);
}

/// Answers past screening: quadriceps 7/4 (gap 3), hip flexors 5/5, the rest balanced.
core::Answers ratedAnswers()
{
    core::Answers answers;
    answers.painNow = 4;
    answers.precautions = {"anticoagulant"};
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        answers.ratings.at(i) = core::Rating{3, 3};
    }
    answers.setRating(core::Region::Quadriceps, {7, 4});
    return answers;
}

/// Plays the first `steps` steps of `plan` to their end on the routine's own clock.
core::Routine playedThrough(const core::Plan& plan, std::size_t steps)
{
    core::Routine routine(plan.steps);
    core::Millis t{0};
    routine.start(t);
    while (routine.records().size() < steps && routine.phase() != core::RoutinePhase::Finished) {
        t += 1s;
        routine.advance(t);
    }
    return routine;
}

} // namespace

TEST_CASE("A whole check: begin, plan, routine, re-check, finish", "[checks]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    FakeClock clock{TimePoint(startOf(storetest::numberedSession(0)))};
    checks::Check check(core::builtinProtocol(), store, clock.wall(), utc);

    check.begin(clock.now);
    REQUIRE(check.history().readable());
    CHECK(!check.lastCheck());                         // an empty history says nothing
    CHECK(check.standingPrecautions().empty());        // nothing to offer again
    CHECK(check.activitiesQuestion(std::nullopt).due); // never rated: asked

    clock.now += 3min;
    const core::Plan& plan = check.makePlan(ratedAnswers(), {});
    REQUIRE(plan.status == core::PlanStatus::Routine);
    REQUIRE(!plan.steps.empty());
    CHECK(plan.steps.front().group == core::Region::Quadriceps);

    REQUIRE(check.start(ratedAnswers(), clock.now).isEmpty());
    CHECK(check.unsaved());
    // The session starts when the check began, not when the routine did.
    CHECK(check.session().started == core::isoUtc(clock.now - 3min));
    const auto progress = store.loadProgress();
    REQUIRE(progress.ok());
    REQUIRE(progress.value().sessions.size() == 1);

    const core::Routine routine = playedThrough(plan, plan.steps.size());
    REQUIRE(check.saveProgress(routine).isEmpty());
    CHECK(check.session().done.size() == plan.steps.size());

    clock.now += 20min;
    REQUIRE(check.finish({{core::Region::Quadriceps, {5, 4}}}, 2, "fine", clock.now).isEmpty());
    CHECK(!check.unsaved());
    CHECK(store.loadProgress().value().sessions.empty()); // current/ emptied by the finish
    const auto saved = store.read(store.sessionPath(check.session().id));
    REQUIRE(saved.ok());
    CHECK(saved.value().session.painAfter == 2);
    CHECK(saved.value().session.notes == "fine");

    // The next check, a day later: it remembers.
    clock.now += 24h;
    checks::Check next(core::builtinProtocol(), store, clock.wall(), utc);
    const auto last = next.lastCheck();
    REQUIRE(last);
    CHECK(last->daysAgo == 1);
    CHECK(next.standingPrecautions() == std::vector<std::string>{"anticoagulant"});
    REQUIRE(next.course());
    CHECK(next.course()->sessions == 1);
    CHECK(next.course()->within.groups.at(core::indexOf(core::Region::Quadriceps))->after == 1);
}

TEST_CASE("A check resumed after a crash goes on from its saved progress", "[checks]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    FakeClock clock{TimePoint(startOf(storetest::numberedSession(0)))};
    core::Answers answers = ratedAnswers();
    answers.setRating(core::Region::Hamstrings, {8, 4});
    std::string id;
    std::size_t done = 0;
    {
        checks::Check check(core::builtinProtocol(), store, clock.wall(), utc);
        const core::Plan& plan = check.makePlan(answers, {});
        REQUIRE(plan.steps.size() >= 2);
        REQUIRE(check.start(answers, clock.now).isEmpty());
        REQUIRE(check.saveProgress(playedThrough(plan, 1)).isEmpty());
        done = check.session().done.size();
        REQUIRE(done >= 1);
        REQUIRE(done < plan.steps.size());
        id = check.session().id;
    } // the window went away mid-routine

    clock.now += 1h;
    const auto left = checks::unfinishedSession(store);
    REQUIRE(left);
    CHECK(left->id == id);
    checks::Check resumed(core::builtinProtocol(), store, clock.wall(), utc);
    resumed.resume(*left);
    CHECK(resumed.unsaved());
    CHECK(resumed.session().id == id);
    const core::ResumePoint point = resumed.resumePoint();
    CHECK(point.nextIndex == done);
    CHECK(point.records.size() == done);
    REQUIRE(resumed.finish({}, 3, "", clock.now).isEmpty());
    CHECK(store.contains(id));
    CHECK(store.loadProgress().value().sessions.empty());
    CHECK(!checks::unfinishedSession(store));
}

TEST_CASE("An unfinished session the person discards is gone, and the history keeps none of it",
          "[checks]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    FakeClock clock{TimePoint(startOf(storetest::numberedSession(0)))};
    CHECK(!checks::unfinishedSession(store)); // nothing yet, not even the folders
    std::string id;
    {
        checks::Check check(core::builtinProtocol(), store, clock.wall(), utc);
        const core::Plan& plan = check.makePlan(ratedAnswers(), {});
        REQUIRE(check.start(ratedAnswers(), clock.now).isEmpty());
        REQUIRE(check.saveProgress(playedThrough(plan, 1)).isEmpty());
        id = check.session().id;
    }
    const auto left = checks::unfinishedSession(store);
    REQUIRE(left);
    CHECK(left->id == id);
    CHECK(checks::discardUnfinished(store, id).isEmpty());
    CHECK(!checks::unfinishedSession(store));
    CHECK(!store.contains(id));
    CHECK(checks::discardUnfinished(store, id).isEmpty()); // already gone is fine
    CHECK(!checks::discardUnfinished(store, "not an id").isEmpty());
}

TEST_CASE("A check stopped at screening is kept and ends nothing else", "[checks]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    const core::Session earlier = storetest::numberedSession(0);
    core::Session withPrecautions = earlier;
    withPrecautions.answers.precautions = {"varicose_veins"};
    REQUIRE(store.save(withPrecautions).ok());
    FakeClock clock{TimePoint(startOf(earlier) + 26h)};

    checks::Check check(core::builtinProtocol(), store, clock.wall(), utc);
    core::Answers flagged;
    flagged.redFlags = {"bladder_change"};
    flagged.precautions = check.standingPrecautions();
    CHECK(check.screen(flagged).status == core::PlanStatus::SeekCare);
    REQUIRE(check.stopAtScreening(flagged, clock.now).isEmpty());
    const std::string id = check.stoppedId();
    REQUIRE(!id.empty());
    // Stopping again in the same check (back, other flags, next) rewrites the same session.
    flagged.redFlags = {"bladder_change", "recent_fracture"};
    REQUIRE(check.stopAtScreening(flagged, clock.now + 1min).isEmpty());
    CHECK(check.stoppedId() == id);
    CHECK(!check.unsaved());

    const auto kept = store.read(store.sessionPath(id));
    REQUIRE(kept.ok());
    REQUIRE(kept.value().session.stopped);
    CHECK(kept.value().session.stopped->flags == flagged.redFlags);

    // The next check sees the stop counted, plans from the session before it, and still offers
    // the precautions the stop never asked.
    clock.now += 1h;
    checks::Check next(core::builtinProtocol(), store, clock.wall(), utc);
    CHECK(next.standingPrecautions() == std::vector<std::string>{"varicose_veins"});
    CHECK(!next.lastCheck()); // the latest is the stop: the line says nothing of it
    REQUIRE(next.course());
    CHECK(next.course()->stopped == 1);
    CHECK(next.course()->sessions == 1);
    CHECK(next.history().context.sessions == 1);
    CHECK(next.history().context.deferred == earlier.plan.deferred);
}

TEST_CASE("One now: the answers' time, else the injected clock", "[checks]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    const TimePoint released(*core::parseIsoUtc("2026-11-25T07:00:00Z"));
    {
        // A whole check releases the quadriceps at 07:00.
        FakeClock clock{released};
        checks::Check check(core::builtinProtocol(), store, clock.wall(), utc);
        const core::Plan& plan = check.makePlan(ratedAnswers(), {});
        REQUIRE(check.start(ratedAnswers(), clock.now).isEmpty());
        REQUIRE(check.saveProgress(playedThrough(plan, plan.steps.size())).isEmpty());
        REQUIRE(check.finish({}, 2, "", clock.now).isEmpty());
    }
    // The clock says a month later; answers made 3 hours after the release say otherwise.
    FakeClock clock{released + 24h * 30};
    core::Answers answers = ratedAnswers();
    CHECK(checks::planNow(answers, clock.wall()) ==
          std::chrono::floor<std::chrono::seconds>(clock.now));
    answers.time = core::isoUtc(released + 3h);
    CHECK(checks::planNow(answers, clock.wall()) ==
          std::chrono::floor<std::chrono::seconds>(released + 3h));
    const auto start = checks::readCheckStart(store, checks::planNow(answers, clock.wall()));
    const core::Plan resting =
        checks::planCheck(core::builtinProtocol(), answers, {}, &start, clock.wall());
    REQUIRE(resting.resting.size() == 1);
    CHECK(resting.resting.front().group == core::Region::Quadriceps);
    // Without a time in the answers the clock's month-later now rests nothing.
    answers.time.reset();
    const core::Plan later =
        checks::planCheck(core::builtinProtocol(), answers, {}, &start, clock.wall());
    CHECK(later.resting.empty());
}

TEST_CASE("The newest session file is read once per check", "[checks][count]")
{
    QTemporaryDir dir;
    store::SessionStore store(dir.path());
    for (std::uint32_t i = 0; i < 12; ++i) {
        REQUIRE(store.save(storetest::numberedSession(i)).ok());
    }
    REQUIRE(store.summaries().ok()); // an index, as History leaves it ...
    const core::Session newest = storetest::numberedSession(12);
    REQUIRE(store.save(newest).ok()); // ... and a session saved since (the index is stale)
    const QString newestName = QFileInfo(store.sessionPath(newest.id)).fileName();
    std::map<QString, int> reads;
    store.setReadObserver([&reads](const QString& path) { ++reads[QFileInfo(path).fileName()]; });

    FakeClock clock{TimePoint(startOf(newest) + 26h)};
    checks::Check check(core::builtinProtocol(), store, clock.wall(), utc);
    check.begin(clock.now);
    REQUIRE(check.lastCheck());                   // the line above the first page
    (void)check.standingPrecautions();            // the precautions page
    (void)check.activitiesQuestion(std::nullopt); // after the pain page: the whole course
    clock.now += 5min;
    const core::Plan& plan = check.makePlan(ratedAnswers(), {}); // with the course
    REQUIRE(check.start(ratedAnswers(), clock.now).isEmpty());
    REQUIRE(check.saveProgress(playedThrough(plan, 1)).isEmpty());
    REQUIRE(check.finish({}, 2, "", clock.now + 10min).isEmpty());

    CHECK(reads[newestName] == 1);
    // Nor is any other file read twice.
    for (const auto& [name, count] : reads) {
        INFO(name.toStdString());
        CHECK(count == 1);
    }
}

TEST_CASE("The course over the index equals the course of every file", "[checks][course]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    core::CourseBuilder every(core::builtinProtocol());
    for (std::uint32_t i = 0; i < 7; ++i) {
        const core::Session session = storetest::numberedSession(i);
        REQUIRE(store.save(session).ok());
        every.add(session);
    }
    std::size_t lastDone = 0;
    std::size_t lastTotal = 0;
    const auto reading =
        checks::readCourse(store, utc, {}, [&](std::size_t done, std::size_t total) {
            lastDone = done;
            lastTotal = total;
        });
    REQUIRE(reading.ok());
    CHECK(core::toJson(reading.value().course) == core::toJson(every.course(0s)));
    // History's rows come from the same read, oldest first, and its progress is reported.
    REQUIRE(reading.value().sessions.size() == 7);
    CHECK(reading.value().sessions.front().id == storetest::numberedSession(0).id);
    CHECK(reading.value().sessions.back().id == storetest::numberedSession(6).id);
    CHECK(lastTotal == 7);
    CHECK(lastDone == 7);
}

TEST_CASE("A check measured at the start keeps the angles measured again after the routine",
          "[checks]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    FakeClock clock{TimePoint(startOf(storetest::numberedSession(0)))};
    const core::Protocol& protocol = core::builtinProtocol();
    checks::Check check(protocol, store, clock.wall(), utc);
    check.begin(clock.now);
    core::Answers answers = ratedAnswers();
    const core::MeasureTest* quadriceps = protocol.measure(core::Region::Quadriceps);
    REQUIRE(quadriceps != nullptr);
    answers.measures.at(core::indexOf(core::Region::Quadriceps)) =
        core::GroupMeasure{quadriceps->test, 118.0, 104.0};
    const core::Plan& plan = check.makePlan(answers, {});
    REQUIRE(!plan.steps.empty());
    REQUIRE(check.start(answers, clock.now).isEmpty());
    REQUIRE(check.saveProgress(playedThrough(plan, plan.steps.size())).isEmpty());

    core::GroupMeasures after{};
    after.at(core::indexOf(core::Region::Quadriceps)) =
        core::GroupMeasure{quadriceps->test, 119.0, 112.5};
    // Not measured at the start: nothing to compare with, so not kept.
    after.at(core::indexOf(core::Region::HipFlexors)) =
        core::GroupMeasure{"modified_thomas", 80.0, 81.0};
    check.setRecheckMeasures(after);
    clock.now += 20min;
    REQUIRE(check.finish({{core::Region::Quadriceps, {5, 4}}}, 2, "", clock.now).isEmpty());
    const auto saved = store.read(store.sessionPath(check.session().id));
    REQUIRE(saved.ok());
    const core::GroupMeasures& kept = saved.value().session.recheckMeasures;
    REQUIRE(kept.at(core::indexOf(core::Region::Quadriceps)));
    CHECK(kept.at(core::indexOf(core::Region::Quadriceps))->right == 112.5);
    CHECK(!kept.at(core::indexOf(core::Region::HipFlexors)));
}

TEST_CASE("A reminder is due on the course's next check, once, until the course ends",
          "[checks][reminder]")
{
    QTemporaryDir dir;
    const store::SessionStore store(dir.path());
    const QString state = dir.filePath(QStringLiteral("state/reminded"));
    const core::Session first = storetest::numberedSession(0);
    REQUIRE(store.save(first).ok());
    // The course read the one way there is says when the next check is.
    const auto reading = checks::readCourse(store, utc);
    REQUIRE(reading.ok());
    const std::string due = reading.value().course.nextCheck;
    REQUIRE(due.size() == 10);
    const auto noonOf = [](const std::string& date) {
        return *core::parseIsoUtc(date + "T12:00:00Z");
    };
    const core::UtcTime onTheDay = noonOf(due);

    auto check = checks::checkReminder(store, true, onTheDay, utc, state);
    REQUIRE(check.ok());
    CHECK(check.value().state == store::ReminderState::Due);
    CHECK(check.value().dueDate == due);
    CHECK(checks::checkReminder(store, false, onTheDay, utc, state).value().state ==
          store::ReminderState::Off);
    CHECK(checks::checkReminder(store, true, onTheDay - 24h, utc, state).value().state ==
          store::ReminderState::NotDue);
    // Shown once for that date.
    REQUIRE(store::rememberReminder(due, state).ok());
    CHECK(checks::checkReminder(store, true, onTheDay + 24h, utc, state).value().state ==
          store::ReminderState::AlreadyShown);

    // A check stopped by a red flag ends the course: no more reminders.
    FakeClock clock{TimePoint(onTheDay + 1h)};
    checks::Check stopping(core::builtinProtocol(), store, clock.wall(), utc);
    core::Answers flagged;
    flagged.redFlags = {"bladder_change"};
    REQUIRE(stopping.stopAtScreening(flagged, clock.now).isEmpty());
    CHECK(checks::checkReminder(store, true, onTheDay + 48h, utc, state).value().state ==
          store::ReminderState::CourseEnded);
}
