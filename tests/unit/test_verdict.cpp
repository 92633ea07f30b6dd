// The one verdict rule (contracts.md "Verdicts", clinical.md section 7): a change is real at
// 2 points, or at 30% of an earlier value above 0; otherwise there is no clear change.

#include "tightside/core/verdict.h"

#include <catch2/catch.hpp>

using namespace tightside::core;

TEST_CASE("Verdict: a change of 1 point is no clear change when it is under 30%", "[verdict]")
{
    CHECK(verdict(5, 4) == Verdict::NoClearChange);
    CHECK(verdict(4, 5) == Verdict::NoClearChange);
    CHECK(verdict(10, 9) == Verdict::NoClearChange);
}

TEST_CASE("Verdict: a change of 2 points is real whatever the start", "[verdict]")
{
    CHECK(verdict(10, 8) == Verdict::Better);
    CHECK(verdict(8, 10) == Verdict::Worse);
    CHECK(verdict(7, 5) == Verdict::Better);
    // 1.9 points from 10 is 19%: neither rule holds.
    CHECK(verdict(10, 8.1) == Verdict::NoClearChange);
}

TEST_CASE("Verdict: 30% of the earlier value is real, 29% is not", "[verdict]")
{
    // From 5, 30% is 1.5 points (under the 2-point rule), 29% is 1.45.
    CHECK(verdict(5, 3.5) == Verdict::Better);
    CHECK(verdict(5, 6.5) == Verdict::Worse);
    CHECK(verdict(5, 3.55) == Verdict::NoClearChange);
    CHECK(verdict(5, 6.45) == Verdict::NoClearChange);
    // Whole ratings: 1 point from 3 is 33%, from 4 it is 25%.
    CHECK(verdict(3, 2) == Verdict::Better);
    CHECK(verdict(4, 3) == Verdict::NoClearChange);
    // From 1, any whole-point fall is 100%.
    CHECK(verdict(1, 0) == Verdict::Better);
}

TEST_CASE("Verdict: from 0 only the 2-point rule applies", "[verdict]")
{
    CHECK(verdict(0, 1) == Verdict::NoClearChange);
    CHECK(verdict(0, 1.99) == Verdict::NoClearChange);
    CHECK(verdict(0, 2) == Verdict::Worse);
    CHECK(verdict(0, 0) == Verdict::NoClearChange);
}

TEST_CASE("Verdict: for an activity score a real rise is better", "[verdict]")
{
    CHECK(verdict(4, 6, Direction::HigherIsBetter) == Verdict::Better);
    CHECK(verdict(6, 4, Direction::HigherIsBetter) == Verdict::Worse);
    CHECK(verdict(4, 5, Direction::HigherIsBetter) == Verdict::NoClearChange);
}

TEST_CASE("Verdict: ids round-trip", "[verdict]")
{
    for (const Verdict v : {Verdict::Better, Verdict::Worse, Verdict::NoClearChange}) {
        CHECK(verdictFromId(verdictId(v)) == v);
    }
    CHECK(verdictId(Verdict::NoClearChange) == "no_clear_change");
    CHECK_FALSE(verdictFromId("improved").has_value());
}
