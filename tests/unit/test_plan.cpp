// The plan as JSON (contracts.md) and as text, and the stored-plan validator.

#include "testdata.h"

#include "tightside/core/rulesengine.h"
#include "tightside/text/planwords.h"

#include <catch2/catch.hpp>

using namespace tightside::core;

namespace {

Plan routinePlan()
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Adductors, {2, 6});
    answers.minutes = 2;
    return tightside::text::makePlan(testdata::builtinProtocol(), answers);
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
    const std::string text =
        tightside::text::planText(routinePlan(), testdata::builtinProtocol()).toStdString();
    CHECK(text.find("1. LEFT quadriceps, 90 s") != std::string::npos);
    CHECK(text.find("Next time first") != std::string::npos);
    CHECK(text.find("Never worked on: low back, glutes, spine, lower ribs") != std::string::npos);
}

TEST_CASE("Plan JSON: each step has a why and a dosage, the plan has notices", "[plan]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.precautions = {"varicose_veins"};
    const Plan plan = tightside::text::makePlan(testdata::builtinProtocol(), answers);
    const auto json = toJson(plan);
    const auto& why = json["steps"][0]["why"];
    CHECK(why == nlohmann::json{{"kind", "tighter_side"},
                                {"rules", {"M1", "M2", "M7"}},
                                {"left", 7},
                                {"right", 4},
                                {"gap", 3},
                                {"threshold", 2},
                                {"rank", 1},
                                {"hold", 45},
                                {"hold_chosen", false},
                                {"gentle_because", {"varicose_veins"}}});
    CHECK(json["steps"][0]["dosage"]["discomfort_max"] == 3);
    CHECK(json["steps"][0]["dosage"]["gentle"] == true);
    CHECK(json["steps"][0]["dosage"]["seconds"] == json["steps"][0]["seconds"]);
    REQUIRE(json["notices"].size() == json["messages"].size());
    CHECK(json["notices"].back() == nlohmann::json{{"kind", "never"}, {"rules", {"M3"}}});
    const PlanParse parsed = parsePlan(json);
    REQUIRE(parsed.problems.empty());
    CHECK(*parsed.plan == plan);
}

TEST_CASE("Plan JSON: a stored plan without why, dosage and notices is accepted", "[plan]")
{
    auto json = toJson(routinePlan());
    json.erase("notices");
    for (auto& step : json["steps"]) {
        step.erase("why");
        step.erase("dosage");
    }
    const PlanParse parsed = parsePlan(json);
    REQUIRE(parsed.problems.empty());
    CHECK(parsed.plan->notices.empty());
    CHECK(parsed.plan->steps[0].dosage.seconds == 90);
    CHECK(parsed.plan->steps[0].why.rules == parsed.plan->steps[0].rules);
}

TEST_CASE("Plan JSON: a bad why, dosage or notice is refused with its pointer", "[plan]")
{
    auto json = toJson(routinePlan());
    json["steps"][0]["why"]["kind"] = "spine_release";
    json["steps"][0]["dosage"]["seconds"] = 12;
    json["notices"][0]["kind"] = "whatever";
    json["notices"].push_back({{"kind", "never"}});
    const PlanParse parsed = parsePlan(json, "/plan");
    CHECK_FALSE(parsed.plan);
    CHECK(testdata::hasProblemAt(parsed.problems, "/plan/steps/0/why/kind"));
    CHECK(testdata::hasProblemAt(parsed.problems, "/plan/steps/0/dosage/seconds"));
    CHECK(testdata::hasProblemAt(parsed.problems, "/plan/notices/0/kind"));
}
