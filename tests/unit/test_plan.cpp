// The plan as JSON (contracts.md) and as text, and the stored-plan validator.

#include "testdata.h"

#include "tightside/core/rulesengine.h"

#include <catch2/catch.hpp>

using namespace tightside::core;

namespace {

Plan routinePlan()
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Adductors, {2, 6});
    answers.minutes = 2;
    return RulesEngine(testdata::builtinProtocol()).plan(answers);
}

} // namespace

TEST_CASE("Plan JSON: the fields of contracts.md with their types", "[plan]")
{
    const auto json = toJson(routinePlan());
    CHECK(json["schema"] == 1);
    CHECK(json["status"] == "routine");
    CHECK(json["protocol"]["id"] == "tightside.legs");
    CHECK(json["threshold"] == 2);
    CHECK(json["urgency"].is_null());
    CHECK(json["never"] == nlohmann::json({"low_back", "glutes", "spine", "lower_ribs"}));
    const auto& step = json["steps"][0];
    CHECK(step["group"] == "quadriceps");
    CHECK(step["side"] == "left");
    CHECK(step["technique"] == "quad-roll");
    CHECK(step["targets"] == nlohmann::json({"quadriceps"}));
    CHECK(step["seconds"] == 90);
    CHECK(step["optional"] == false);
    CHECK(step["reason"].is_string());
    CHECK(json["deferred"][0]["group"] == "adductors");
    CHECK(json["recheck"] == nlohmann::json({"quadriceps"}));
}

TEST_CASE("Plan JSON: a stored plan parses back to the same plan", "[plan]")
{
    const Plan plan = routinePlan();
    const PlanParse parsed = parsePlan(toJson(plan));
    REQUIRE(parsed.problems.empty());
    CHECK(*parsed.plan == plan);
}

TEST_CASE("Plan JSON: a stored plan that names a never-region is invalid", "[plan][M3]")
{
    auto json = toJson(routinePlan());
    json["steps"][0]["targets"].push_back("glutes");
    json["deferred"][0]["group"] = "low_back";
    json["steps"][0]["side"] = "middle";
    const PlanParse parsed = parsePlan(json, "/plan");
    CHECK_FALSE(parsed.plan);
    CHECK(testdata::hasProblemAt(parsed.problems, "/plan/steps/0/targets/1"));
    CHECK(testdata::hasProblemAt(parsed.problems, "/plan/deferred/0/group"));
    CHECK(testdata::hasProblemAt(parsed.problems, "/plan/steps/0/side"));
}

TEST_CASE("Plan text: sides in capitals, reasons, the never list", "[plan]")
{
    const std::string text = toText(routinePlan(), testdata::builtinProtocol());
    CHECK(text.find("1. LEFT quadriceps, 90 s") != std::string::npos);
    CHECK(text.find("Next time first") != std::string::npos);
    CHECK(text.find("Never worked on: low back, glutes, spine, lower ribs") != std::string::npos);
}
