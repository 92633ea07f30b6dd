// The one verdict rule (contracts.md "Verdicts", clinical.md section 7): a change is real at
// 2 points (the old "or 30%" branch is gone, third wave); otherwise there is no clear change.

#include "tightside/core/verdict.h"

#include <catch2/catch.hpp>

using namespace tightside::core;

TEST_CASE("Verdict: a change of 1 point is no clear change", "[verdict]")
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
    // 1.9 points is under 2.
    CHECK(verdict(10, 8.1) == Verdict::NoClearChange);
}

TEST_CASE("Verdict: a 1-point change is never real, whatever share of the start it is", "[verdict]")
{
    // Issue 22, finding 2: the old 30% branch made a gap of 2 -> 1 "better".
    CHECK(verdict(2, 1) == Verdict::NoClearChange);
    CHECK(verdict(3, 2) == Verdict::NoClearChange);
    CHECK(verdict(1, 0) == Verdict::NoClearChange);
    CHECK(verdict(5, 3.5) == Verdict::NoClearChange);
    CHECK(verdict(5, 6.5) == Verdict::NoClearChange);
    CHECK(verdict(3, 4, Direction::HigherIsBetter) == Verdict::NoClearChange);
    // Exactly 2 points counts, from tenths too.
    CHECK(verdict(2, 0) == Verdict::Better);
    CHECK(verdict(5.3, 3.3) == Verdict::Better);
    CHECK(kRealChangePoints == 2.0);
}

TEST_CASE("Verdict: from 0 the 2-point rule applies", "[verdict]")
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
