// A group's gap and what it means (M1, M2), and the routine facts the window used to work out
// itself: the holds' total, the groups to re-check and the side worked on.

#include "testdata.h"

#include "tightside/core/gap.h"
#include "tightside/core/progress.h"
#include "tightside/core/rulesengine.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tightside::core;

TEST_CASE("Gap: the difference of the two sides, either way round", "[gap]")
{
    CHECK(gapOf(Rating{7, 4}) == 3);
    CHECK(gapOf(Rating{2, 6}) == 4);
    CHECK(gapOf(Rating{5, 5}) == 0);
    CHECK(gapOf(std::optional<Rating>{Rating{0, 10}}) == 10);
    CHECK_FALSE(gapOf(std::optional<Rating>{}).has_value());
}

TEST_CASE("Gap: the tighter side is the higher rating, and equal sides have none", "[gap]")
{
    CHECK(tighterSide({7, 4}) == Side::Left);
    CHECK(tighterSide({4, 7}) == Side::Right);
    CHECK(tighterSide({8, 7}) == Side::Left);
    CHECK_FALSE(tighterSide({6, 6}).has_value());
    CHECK_FALSE(tighterSide({0, 0}).has_value());
}

TEST_CASE("Gap: a gap equal to the threshold counts, one less is balanced", "[gap]")
{
    for (int threshold = 1; threshold <= 4; ++threshold) {
        CAPTURE(threshold);
        CHECK(gapCounts({3 + threshold, 3}, threshold));
        CHECK(gapCounts({3, 3 + threshold}, threshold));
        CHECK_FALSE(gapCounts({2 + threshold, 3}, threshold));
        CHECK_FALSE(gapCounts({9, 9}, threshold));
    }
}

TEST_CASE("Gap: a reading says the gap, the tighter side and the side released", "[gap]")
{
    const GapReading real = readGap({7, 5}, 2);
    CHECK(real == GapReading{2, Side::Left, true});
    CHECK(real.released() == Side::Left);

    // Tighter, but under the threshold: balanced, nothing is released.
    const GapReading small = readGap({4, 5}, 2);
    CHECK(small == GapReading{1, Side::Right, false});
    CHECK_FALSE(small.released().has_value());

    // Equal sides, however high: balanced, no side lit.
    const GapReading equal = readGap({9, 9}, 2);
    CHECK(equal == GapReading{0, std::nullopt, false});
    CHECK_FALSE(equal.released().has_value());
}

TEST_CASE("Gap: the released side agrees with the engine's step", "[gap]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    for (const Rating rating : {Rating{7, 5}, Rating{5, 7}, Rating{6, 5}, Rating{3, 3}}) {
        CAPTURE(rating.left, rating.right);
        auto answers = testdata::balancedAnswers();
        answers.setRating(Region::Quadriceps, rating);
        const Plan plan = RulesEngine(protocol).plan(answers);
        const auto released = readGap(rating, protocol.threshold).released();
        const auto step = std::find_if(plan.steps.begin(), plan.steps.end(),
                                       [](const Step& s) { return s.group == Region::Quadriceps; });
        REQUIRE((step != plan.steps.end()) == released.has_value());
        if (released) {
            CHECK(step->side == *released);
        }
    }
}

TEST_CASE("Gap: the largest gap of the rated groups", "[gap]")
{
    std::array<std::optional<Rating>, kGroupCount> ratings{};
    CHECK_FALSE(largestGap(ratings).has_value());
    ratings.at(indexOf(Region::Adductors)) = Rating{4, 4};
    CHECK(largestGap(ratings) == 0);
    ratings.at(indexOf(Region::Quadriceps)) = Rating{7, 4};
    ratings.at(indexOf(Region::Hamstrings)) = Rating{2, 7};
    CHECK(largestGap(ratings) == 5);
}

TEST_CASE("Routine: the holds' total is the sum of the steps' seconds", "[progress]")
{
    CHECK(totalHoldSeconds({}) == 0);
    std::vector<Step> steps(3);
    steps[0].seconds = 90;
    steps[1].seconds = 60;
    steps[2].seconds = 45;
    CHECK(totalHoldSeconds(steps) == 195);
}

TEST_CASE("Routine: the groups to re-check, then the groups worked on, each once", "[progress]")
{
    Session session;
    CHECK(recheckGroups(session).empty());
    session.plan.recheck = {Region::Quadriceps, Region::Adductors};
    CHECK(recheckGroups(session) == std::vector<Region>{Region::Quadriceps, Region::Adductors});
    session.done = {
        {Region::Adductors, Side::Right, "adductor-roll", 90, Outcome::Completed},
        {Region::Tfl, Side::Left, "tfl-ball", 30, Outcome::StoppedPain},
        {Region::Tfl, Side::Left, "tfl-ball", 90, Outcome::Completed},
    };
    CHECK(recheckGroups(session) ==
          std::vector<Region>{Region::Quadriceps, Region::Adductors, Region::Tfl});
}

TEST_CASE("Routine: the side worked on is the last done step's of that group", "[progress]")
{
    Session session;
    CHECK_FALSE(releasedSide(session, Region::Quadriceps).has_value());
    session.done = {
        {Region::Quadriceps, Side::Left, "quad-roll", 90, Outcome::Completed},
        {Region::Hamstrings, Side::Right, "hamstring-roll", 10, Outcome::Skipped},
        {Region::Quadriceps, Side::Right, "quad-roll", 20, Outcome::StoppedPain},
    };
    CHECK(releasedSide(session, Region::Quadriceps) == Side::Right);
    CHECK(releasedSide(session, Region::Hamstrings) == Side::Right);
    CHECK_FALSE(releasedSide(session, Region::Adductors).has_value());
}
