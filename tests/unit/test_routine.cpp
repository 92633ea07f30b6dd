// The routine player's clock (architecture.md): a state machine driven by the time the caller
// passes in, so these tests never sleep.

#include "testdata.h"

#include "tightside/core/routine.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace tightside::core;
using namespace std::chrono_literals;
using testdata::makeStep;

namespace {

std::vector<Step> twoSteps()
{
    return {makeStep(Region::Quadriceps, Side::Left, 60),
            makeStep(Region::Hamstrings, Side::Right, 30)};
}

bool hasCue(const std::vector<Cue>& cues, CueKind kind)
{
    return std::any_of(cues.begin(), cues.end(), [kind](const Cue& c) { return c.kind == kind; });
}

} // namespace

TEST_CASE("a step runs get-ready, then hold, then done", "[routine]")
{
    Routine routine(twoSteps());
    auto cues = routine.start(0ms);
    REQUIRE(hasCue(cues, CueKind::StepIntro));
    CHECK(routine.phase() == RoutinePhase::GetReady);
    CHECK(routine.remainingSeconds() == 5);

    cues = routine.advance(4999ms);
    CHECK(cues.empty());
    CHECK(routine.phase() == RoutinePhase::GetReady);

    cues = routine.advance(5000ms);
    CHECK(hasCue(cues, CueKind::HoldStart));
    CHECK(routine.phase() == RoutinePhase::Hold);
    CHECK(routine.remainingSeconds() == 60);

    cues = routine.advance(65000ms);
    CHECK(routine.phase() == RoutinePhase::Done);
    REQUIRE(hasCue(cues, CueKind::StepEnd));
    CHECK(cues.back().next == std::optional<std::size_t>{1});
    REQUIRE(routine.records().size() == 1);
    CHECK(routine.records()[0] == StepRecord{0, Outcome::Completed, 60});
}

TEST_CASE("halfway and the last three seconds are cued once each", "[routine]")
{
    Routine routine(twoSteps());
    routine.start(0ms);
    routine.advance(5000ms);
    CHECK(hasCue(routine.advance(35000ms), CueKind::Halfway));
    CHECK_FALSE(hasCue(routine.advance(36000ms), CueKind::Halfway));

    std::vector<int> ticks;
    for (auto t = 60000ms; t < 65000ms; t += 100ms) {
        for (const Cue& cue : routine.advance(t)) {
            if (cue.kind == CueKind::Tick) {
                ticks.push_back(cue.seconds);
            }
        }
    }
    CHECK(ticks == std::vector<int>{3, 2, 1});
}

TEST_CASE("a late call catches up across phases without losing time", "[routine]")
{
    Routine routine(twoSteps());
    routine.start(0ms);
    // 5 s lead-in + 60 s hold + 4 s done + 5 s lead-in + 10 s into the second hold.
    const auto cues = routine.advance(84000ms);
    CHECK(hasCue(cues, CueKind::StepEnd));
    CHECK(routine.currentIndex() == 1);
    CHECK(routine.phase() == RoutinePhase::Hold);
    CHECK(routine.remainingSeconds() == 20);
}

TEST_CASE("pause freezes the hold and resume continues it after a short re-countdown",
          "[routine][pause]")
{
    Routine routine(twoSteps());
    routine.start(0ms);
    routine.advance(25000ms); // 20 s into the 60 s hold
    auto cues = routine.pause(25000ms);
    CHECK(hasCue(cues, CueKind::Paused));
    CHECK(routine.paused());

    routine.advance(600000ms); // ten minutes away: nothing moves
    CHECK(routine.phase() == RoutinePhase::Hold);
    CHECK(routine.remainingSeconds() == 40);

    cues = routine.resume(600000ms);
    CHECK(hasCue(cues, CueKind::Resuming));
    CHECK(routine.phase() == RoutinePhase::GetReady);
    CHECK(routine.resuming());
    CHECK(routine.remainingSeconds() == 3);
    CHECK(routine.secondsHeld() == 20);

    routine.advance(603000ms);
    CHECK(routine.phase() == RoutinePhase::Hold);
    CHECK(routine.remainingSeconds() == 40); // never reset to 60
    routine.advance(643000ms);
    CHECK(routine.records().back() == StepRecord{0, Outcome::Completed, 60});
}

TEST_CASE("M7: stop for pain ends the step as stopped_pain with the seconds held", "[routine][M7]")
{
    Routine routine(twoSteps());
    routine.start(0ms);
    routine.advance(17000ms); // 12 s held
    auto cues = routine.stopForPain(17000ms);
    CHECK(hasCue(cues, CueKind::StoppedPain));
    CHECK(routine.phase() == RoutinePhase::PainStop);
    REQUIRE(routine.records().size() == 1);
    CHECK(routine.records()[0] == StepRecord{0, Outcome::StoppedPain, 12});

    routine.advance(100000ms); // waits for the user's choice
    CHECK(routine.phase() == RoutinePhase::PainStop);
    // Pause, skip and a second stop do nothing now; the player greys them out by the same rule.
    CHECK_FALSE(routine.takesControls());
    routine.pause(100000ms);
    CHECK_FALSE(routine.paused());
    CHECK(routine.stopForPain(100000ms).empty());
    CHECK(routine.records().size() == 1);

    cues = routine.next(100000ms);
    CHECK(routine.takesControls());
    CHECK(hasCue(cues, CueKind::StepIntro));
    CHECK(routine.currentIndex() == 1);
}

TEST_CASE("skip logs the step as skipped and back returns to the previous step", "[routine]")
{
    Routine routine(twoSteps());
    routine.start(0ms);
    routine.advance(15000ms); // 10 s held
    routine.skip(15000ms);
    CHECK(routine.currentIndex() == 1);
    CHECK(routine.phase() == RoutinePhase::GetReady);
    REQUIRE(routine.records().size() == 1);
    CHECK(routine.records()[0] == StepRecord{0, Outcome::Skipped, 10});

    routine.back(16000ms);
    CHECK(routine.currentIndex() == 0);
    CHECK(routine.phase() == RoutinePhase::GetReady);
    CHECK(routine.remainingSeconds() == 5);
    CHECK(routine.records().size() == 1); // nothing held in step 2, nothing logged
}

TEST_CASE("the last step ends with the routine end cue", "[routine]")
{
    Routine routine({makeStep(Region::Adductors, Side::Right, 30)});
    routine.start(0ms);
    const auto cues = routine.advance(35000ms);
    CHECK(hasCue(cues, CueKind::RoutineEnd));
    CHECK(routine.phase() == RoutinePhase::Finished);
    CHECK_FALSE(routine.takesControls());
    CHECK(routine.skip(36000ms).empty());
}

TEST_CASE("a resumed session starts at the next step with its log kept", "[routine]")
{
    Routine routine(twoSteps());
    routine.restore({{0, Outcome::Completed, 60}}, 1);
    routine.start(0ms);
    CHECK(routine.currentIndex() == 1);
    routine.advance(35000ms);
    CHECK(routine.phase() == RoutinePhase::Finished);
    CHECK(routine.records().size() == 2);
}

TEST_CASE("outcome ids match the session file contract", "[routine]")
{
    CHECK(outcomeId(Outcome::Completed) == "completed");
    CHECK(outcomeId(Outcome::Skipped) == "skipped");
    CHECK(outcomeId(Outcome::StoppedPain) == "stopped_pain");
}
