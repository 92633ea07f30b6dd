// Counting outcomes, pain change, the done steps of a routine and where a resumed routine goes
// on: one core function each, used by the window, the reports and the CLI.

#include "testdata.h"

#include "tightside/core/progress.h"
#include "tightside/core/rulesengine.h"

#include <catch2/catch.hpp>

using namespace tightside::core;

namespace {

std::vector<Step> threeSteps()
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Adductors, {2, 6});
    answers.setRating(Region::Hamstrings, {2, 6});
    return RulesEngine(testdata::builtinProtocol()).plan(answers).steps;
}

} // namespace

TEST_CASE("Progress: outcomes of done steps are counted", "[progress]")
{
    const std::vector<DoneStep> done{
        {Region::Quadriceps, Side::Left, "quad-roll", 90, Outcome::Completed},
        {Region::Adductors, Side::Right, "adductor-roll", 10, Outcome::Skipped},
        {Region::Hamstrings, Side::Right, "hamstring-roll", 90, Outcome::Completed},
        {Region::ItBand, Side::Left, "it-band-roll", 12, Outcome::StoppedPain},
    };
    const OutcomeCounts counts = countOutcomes(done);
    CHECK(counts == OutcomeCounts{2, 1, 1});
    CHECK(counts.total() == 4);
    CHECK(countOutcomes({}) == OutcomeCounts{});
}

TEST_CASE("Progress: pain change of a session, and its verdict", "[progress]")
{
    Session session;
    session.answers.painNow = 6;
    CHECK_FALSE(painChange(session));
    session.painAfter = 3;
    const auto change = painChange(session);
    REQUIRE(change);
    CHECK(change->delta() == -3);
    CHECK(change->verdict() == Change::Better);
    session.painAfter = 5; // 1 < 2
    CHECK(painChange(session)->verdict() == Change::NoClearChange);
    session.painAfter = 8;
    CHECK(painChange(session)->verdict() == Change::Worse);
}

TEST_CASE("Progress: the verdict rule of contracts.md", "[progress]")
{
    CHECK(lowerIsBetter(3, 2) == Change::NoClearChange); // 1 point is never real
    CHECK(lowerIsBetter(4, 2) == Change::Better);
    CHECK(lowerIsBetter(0, 1) == Change::NoClearChange);
    CHECK(lowerIsBetter(0, 2) == Change::Worse);
    CHECK(lowerIsBetter(5, 5) == Change::NoClearChange);
    CHECK(changeId(Change::NoClearChange) == "no_clear_change");
}

TEST_CASE("Progress: the done steps of a routine come from its records", "[progress]")
{
    const std::vector<Step> steps = threeSteps();
    REQUIRE(steps.size() == 3);
    Routine routine(steps);
    routine.start(Millis{0});
    routine.advance(Millis{200000}); // first step done
    routine.skip(Millis{200000});
    const std::vector<DoneStep> done = doneSteps(steps, routine.records());
    REQUIRE(done.size() == routine.records().size());
    REQUIRE(done.size() >= 1);
    CHECK(done[0].group == steps[0].group);
    CHECK(done[0].side == steps[0].side);
    CHECK(done[0].technique == steps[0].technique);
    CHECK(done[0].seconds == steps[0].seconds);
    CHECK(done[0].outcome == Outcome::Completed);
    // A record past the steps names nothing and is left out.
    CHECK(doneSteps(steps, {{7, Outcome::Completed, 90}}).empty());
}

TEST_CASE("Progress: a resumed routine goes on after the furthest step done", "[progress]")
{
    const std::vector<Step> steps = threeSteps();
    const std::vector<DoneStep> done{
        {steps[0].group, steps[0].side, steps[0].technique, 90, Outcome::Completed},
        {steps[1].group, steps[1].side, steps[1].technique, 20, Outcome::StoppedPain},
        {Region::ItBand, Side::Left, "not-in-plan", 90, Outcome::Completed},
    };
    const ResumePoint point = resumePoint(steps, done);
    CHECK(point.nextIndex == 2);
    CHECK(point.records ==
          std::vector<StepRecord>{{0, Outcome::Completed, 90}, {1, Outcome::StoppedPain, 20}});
    CHECK(resumePoint(steps, {}) == ResumePoint{});
    // The round trip: records -> done -> the same records.
    CHECK(resumePoint(steps, doneSteps(steps, point.records)).records == point.records);
}
