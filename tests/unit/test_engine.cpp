// One test (or a few) per method rule M1-M10 of method.md, named after it.

#include "testdata.h"

#include "tightside/core/rulesengine.h"
#include "tightside/text/planwords.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tightside::core;

namespace {

/// The engine with its words, as the CLI and the window call it.
Plan planFor(const Answers& answers)
{
    return tightside::text::makePlan(testdata::builtinProtocol(), answers);
}

bool hasRule(const std::vector<std::string>& rules, const std::string& rule)
{
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

std::vector<Region> stepGroups(const std::vector<Step>& steps)
{
    std::vector<Region> groups;
    for (const Step& step : steps) {
        groups.push_back(step.group);
    }
    return groups;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

bool anyMessageContains(const Plan& plan, const std::string& part)
{
    return std::any_of(plan.messages.begin(), plan.messages.end(),
                       [&part](const std::string& m) { return contains(m, part); });
}

} // namespace

TEST_CASE("M1: groups are released by rank, then by the larger gap", "[engine][M1]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});  // rank 1, gap 3
    answers.setRating(Region::HipFlexors, {2, 6});  // rank 1, gap 4
    answers.setRating(Region::Adductors, {9, 1});   // rank 2, gap 8
    answers.setRating(Region::ItBand, {5, 2});      // rank 3, gap 3
    answers.setRating(Region::Hamstrings, {3, 10}); // rank 4, gap 7
    const Plan plan = planFor(answers);
    CHECK(stepGroups(plan.steps) == std::vector<Region>{Region::HipFlexors, Region::Quadriceps,
                                                        Region::Adductors, Region::ItBand,
                                                        Region::Hamstrings});
    CHECK(plan.status == PlanStatus::Routine);
}

TEST_CASE("M1: a tie in rank and gap keeps the protocol's order", "[engine][M1]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::HipFlexors, {6, 3});
    answers.setRating(Region::Quadriceps, {3, 6});
    const Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 2);
    CHECK(plan.steps[0].group == Region::Quadriceps);
    CHECK(plan.steps[1].group == Region::HipFlexors);
}

TEST_CASE("M1: the IT band technique never rolls along the band", "[engine][M1]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::ItBand, {7, 3});
    const Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 1);
    const Technique* technique = testdata::builtinProtocol().technique(plan.steps[0].technique);
    REQUIRE(technique != nullptr);
    CHECK(plan.steps[0].technique == "it-band-edges");
    CHECK_FALSE(technique->why.empty());
    CHECK(contains(technique->why + " " + technique->name, "roll"));
}

TEST_CASE("M2: only the tighter side of an unbalanced group is released", "[engine][M2]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Adductors, {2, 6});
    const Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 2);
    CHECK(plan.steps[0].side == Side::Left);
    CHECK(plan.steps[1].side == Side::Right);
}

TEST_CASE("M2: a gap below the threshold counts as balanced", "[engine][M2]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {5, 4}); // gap 1 < 2
    answers.setRating(Region::Hamstrings, {6, 4}); // gap 2 == threshold
    const Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].group == Region::Hamstrings);
    CHECK(std::count(plan.balanced.begin(), plan.balanced.end(), Region::Quadriceps) == 1);
}

TEST_CASE("M2: equal tightness on both sides, however high, is balance", "[engine][M2]")
{
    auto answers = testdata::balancedAnswers();
    for (const Region group : kPrimaryGroups) {
        answers.setRating(group, {10, 10});
    }
    const Plan plan = planFor(answers);
    CHECK(plan.status == PlanStatus::Balanced);
    CHECK(plan.steps.empty());
    CHECK(plan.balanced.size() == 5);
    CHECK(anyMessageContains(plan, "nothing to release today"));
}

TEST_CASE("M2: every reason carries both ratings, the gap, the threshold and the rules",
          "[engine][M2][M8]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    const Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 1);
    const std::string& reason = plan.steps[0].reason;
    CHECK(contains(reason, "left 7"));
    CHECK(contains(reason, "right 4"));
    CHECK(contains(reason, "gap of 3"));
    CHECK(contains(reason, "A gap of 2 or more"));
    // The rule ids are data, not words in the middle of a sentence.
    CHECK_FALSE(contains(reason, "(M"));
    CHECK(plan.steps[0].rules == std::vector<std::string>{"M1", "M2"});
    const Reason& why = plan.steps[0].why;
    CHECK(why.kind == ReasonKind::TighterSide);
    CHECK(why.rules == plan.steps[0].rules);
    CHECK(why.left == 7);
    CHECK(why.right == 4);
    CHECK(why.gap == 3);
    CHECK(why.threshold == 2);
    CHECK(why.hold == 90);
    CHECK_FALSE(why.gentle());
}

TEST_CASE("M3: no plan targets the low back, glutes, spine or lower ribs", "[engine][M3]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::ItBand, {8, 2});
    const Plan plan = planFor(answers);
    CHECK(plan.never ==
          std::vector<Region>{Region::LowBack, Region::Glutes, Region::Spine, Region::LowerRibs});
    for (const Step& step : plan.steps) {
        for (const Region target : step.targets) {
            CHECK_FALSE(isNeverRegion(target));
        }
    }
    CHECK(anyMessageContains(plan, "low back and glutes are left alone on purpose"));
}

TEST_CASE("M3: the engine strips a never-target even from an unvalidated protocol", "[engine][M3]")
{
    // A protocol object built around the loader, as a bug or a forged file might.
    Protocol forged = testdata::builtinProtocol();
    for (Technique& technique : forged.techniques) {
        if (technique.group == Region::Hamstrings) {
            technique.targets.push_back(Region::Glutes);
        }
    }
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Hamstrings, {8, 2});
    answers.setRating(Region::Quadriceps, {6, 2});
    const Plan plan = tightside::text::makePlan(forged, answers);
    CHECK(stepGroups(plan.steps) == std::vector<Region>{Region::Quadriceps});
    CHECK(plan.recheck == std::vector<Region>{Region::Quadriceps});
    CHECK(anyMessageContains(plan, "was removed"));
}

TEST_CASE("M3: enforceNeverTargets leaves a clean plan untouched", "[engine][M3]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Adductors, {1, 5});
    Plan plan = planFor(answers);
    const Plan before = plan;
    CHECK(enforceNeverTargets(plan) == 0);
    CHECK(plan == before);
}

TEST_CASE("M4: the TFL is offered only when all five leg groups are balanced", "[engine][M4]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Tfl, {2, 6});
    Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].group == Region::Tfl);
    CHECK(plan.steps[0].side == Side::Right);
    CHECK(plan.steps[0].optional);
    CHECK(plan.steps[0].why.kind == ReasonKind::OptionalGroup);
    CHECK(hasRule(plan.steps[0].why.rules, "M4"));
    CHECK(contains(plan.steps[0].reason, "optional"));

    answers.setRating(Region::Hamstrings, {5, 2});
    plan = planFor(answers);
    CHECK(stepGroups(plan.steps) == std::vector<Region>{Region::Hamstrings});
}

TEST_CASE("M4: a balanced TFL is not offered", "[engine][M4]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Tfl, {5, 4});
    const Plan plan = planFor(answers);
    CHECK(plan.status == PlanStatus::Balanced);
    CHECK(std::count(plan.balanced.begin(), plan.balanced.end(), Region::Tfl) == 1);
}

TEST_CASE("M5: lats come after the TFL and only once the legs are balanced", "[engine][M5]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Lats, {7, 2});
    answers.setRating(Region::Tfl, {1, 3});
    Plan plan = planFor(answers);
    REQUIRE(stepGroups(plan.steps) == std::vector<Region>{Region::Tfl, Region::Lats});
    CHECK(plan.steps[1].optional);
    CHECK(hasRule(plan.steps[1].why.rules, "M5"));

    answers.setRating(Region::Quadriceps, {6, 3});
    plan = planFor(answers);
    CHECK(stepGroups(plan.steps) == std::vector<Region>{Region::Quadriceps});
}

TEST_CASE("M6: the re-check lists both sides of every released group, in step order",
          "[engine][M6]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Hamstrings, {2, 7});
    answers.setRating(Region::Quadriceps, {6, 3});
    const Plan plan = planFor(answers);
    CHECK(plan.recheck == std::vector<Region>{Region::Quadriceps, Region::Hamstrings});
    CHECK(anyMessageContains(plan, "rate both sides"));
}

TEST_CASE("M7: a red flag means no routine and a message to see a clinician", "[engine][M7]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {9, 1});
    answers.redFlags = {"night_or_rest_pain"};
    Plan plan = planFor(answers);
    CHECK(plan.status == PlanStatus::SeekCare);
    CHECK(plan.steps.empty());
    CHECK(plan.deferred.empty());
    CHECK(plan.recheck.empty());
    CHECK(plan.urgency == Urgency::Soon);
    CHECK(anyMessageContains(plan, "doctor or physiotherapist"));
    // No routine, so nothing to keep the low back and glutes out of (issue 26).
    CHECK_FALSE(anyMessageContains(plan, "left alone on purpose"));

    answers.redFlags.emplace_back("saddle_numbness");
    plan = planFor(answers);
    CHECK(plan.urgency == Urgency::Today);
    CHECK(anyMessageContains(plan, "emergency department"));
}

TEST_CASE("M7: a precaution makes every step gentle and says why", "[engine][M7]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Adductors, {6, 2});
    answers.precautions = {"anticoagulant"};
    const Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].seconds == testdata::builtinProtocol().gentle.seconds);
    CHECK(contains(plan.steps[0].reason, "gentle"));
    CHECK(contains(plan.steps[0].reason, "anticoagulant"));
    CHECK(plan.steps[0].why.precautions == std::vector<std::string>{"anticoagulant"});
    CHECK_FALSE(plan.steps[0].why.flareUp);
    CHECK(std::count(plan.steps[0].rules.begin(), plan.steps[0].rules.end(), "M7") == 1);
}

TEST_CASE("M7: a precaution can leave a region out, and the plan says so", "[engine][M7]")
{
    auto doc = testdata::builtinProtocolJson();
    for (auto& question : doc["screening"]) {
        if (question["id"] == "varicose_veins") {
            question["effect"]["leave_out"] = {"hamstrings"};
        }
    }
    const ProtocolLoad load = loadProtocol(doc);
    REQUIRE(load.problems.empty());
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Hamstrings, {7, 2});
    answers.setRating(Region::Quadriceps, {5, 2});
    answers.precautions = {"varicose_veins"};
    const Plan plan = tightside::text::makePlan(*load.protocol, answers);
    CHECK(stepGroups(plan.steps) == std::vector<Region>{Region::Quadriceps});
    CHECK(plan.leftOut == std::vector<Region>{Region::Hamstrings});
    CHECK(anyMessageContains(plan, "Left out today"));
}

TEST_CASE("M7: the gentle dosage follows the protocol", "[engine][M7]")
{
    Protocol custom = testdata::builtinProtocol();
    custom.gentle.seconds = 30;
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {6, 2});
    answers.precautions = {"osteoporosis"};
    const Plan plan = RulesEngine(custom).plan(answers);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].seconds == 30);
}

TEST_CASE("M8: every decision comes with words and rule ids", "[engine][M8]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {6, 2});
    answers.setRating(Region::Lats, {6, 2});
    answers.minutes = 1;
    answers.setRating(Region::Adductors, {1, 4});
    const Plan plan = planFor(answers);
    REQUIRE_FALSE(plan.steps.empty());
    REQUIRE_FALSE(plan.deferred.empty());
    for (const auto* list : {&plan.steps, &plan.deferred}) {
        for (const Step& step : *list) {
            CHECK_FALSE(step.rules.empty());
            CHECK(step.why.rules == step.rules);
            CHECK_FALSE(step.reason.empty());
        }
    }
    CHECK_FALSE(plan.messages.empty());
    REQUIRE(plan.notices.size() == plan.messages.size());
    for (const Notice& notice : plan.notices) {
        CHECK_FALSE(notice.rules.empty());
    }
}

TEST_CASE("M9: steps that do not fit the minutes are deferred in order", "[engine][M9]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Adductors, {2, 6});
    answers.setRating(Region::Hamstrings, {2, 6});
    answers.minutes = 3; // 180 s: two standard 90 s steps fit, the third does not
    const Plan plan = planFor(answers);
    CHECK(stepGroups(plan.steps) == std::vector<Region>{Region::Quadriceps, Region::Adductors});
    CHECK(stepGroups(plan.deferred) == std::vector<Region>{Region::Hamstrings});
    CHECK(plan.deferred[0].rules.back() == "M9");
    CHECK(plan.recheck == std::vector<Region>{Region::Quadriceps, Region::Adductors});
    CHECK(anyMessageContains(plan, "first next time"));
}

TEST_CASE("M9: the first step is always kept, even when it alone is too long", "[engine][M9]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::ItBand, {7, 4});
    answers.setRating(Region::Hamstrings, {7, 4});
    answers.minutes = 1; // 60 s < 90 s
    const Plan plan = planFor(answers);
    CHECK(stepGroups(plan.steps) == std::vector<Region>{Region::ItBand});
    CHECK(stepGroups(plan.deferred) == std::vector<Region>{Region::Hamstrings});
}

TEST_CASE("M9: without minutes nothing is deferred", "[engine][M9]")
{
    auto answers = testdata::balancedAnswers();
    for (const Region group : kPrimaryGroups) {
        answers.setRating(group, {9, 0});
    }
    const Plan plan = planFor(answers);
    CHECK(plan.steps.size() == 5);
    CHECK(plan.deferred.empty());
}

TEST_CASE("M10: a flare-up keeps the legs, uses the gentle dosage and says why", "[engine][M10]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::HipFlexors, {7, 3});
    answers.acuteFlareUp = true;
    const Plan plan = planFor(answers);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].group == Region::HipFlexors);
    CHECK(plan.steps[0].seconds == testdata::builtinProtocol().gentle.seconds);
    CHECK(plan.steps[0].why.flareUp);
    CHECK(hasRule(plan.steps[0].why.rules, "M10"));
    CHECK(contains(plan.steps[0].reason, "flare-up"));
    CHECK(anyMessageContains(plan, "hips and back are left alone on purpose"));
}
