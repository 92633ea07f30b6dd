// Protocol loading and validation: structure and meaning, every problem with its pointer.

#include "testdata.h"

#include <catch2/catch.hpp>

using namespace tightside::core;
using testdata::hasProblemAt;
using testdata::problemAt;

namespace {

nlohmann::json& findById(nlohmann::json& list, const std::string& id)
{
    for (auto& item : list) {
        if (item["id"] == id) {
            return item;
        }
    }
    FAIL("no item with id " << id);
    return list;
}

} // namespace

TEST_CASE("Protocol: the built-in protocol is valid and complete", "[protocol]")
{
    const ProtocolLoad load = loadProtocol(testdata::builtinProtocolJson());
    for (const Problem& p : load.problems) {
        UNSCOPED_INFO(p.pointer << ": " << p.message);
    }
    REQUIRE(load.problems.empty());
    const Protocol& protocol = *load.protocol;
    CHECK(protocol.id == "tightside.legs");
    CHECK(protocol.threshold == 2);
    CHECK(protocol.standard.seconds == 90);
    CHECK(protocol.gentle.seconds == 45);
    CHECK(protocol.groups.size() == 7);
    CHECK(protocol.never.size() == 4);
    for (const Group& group : protocol.groups) {
        INFO(regionId(group.region));
        CHECK(group.selfTest.steps.size() >= 3);
        CHECK_FALSE(group.selfTest.stopSigns.empty());
        CHECK(protocol.technique(group.technique) != nullptr);
    }
}

TEST_CASE("Protocol: every screening id of clinical.md is present with its effect",
          "[protocol][M7]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    const std::vector<std::string> today = {
        "dvt_now_or_suspected",   "saddle_numbness",    "bladder_change",           "bowel_change",
        "sexual_function_change", "both_legs_symptoms", "progressive_leg_weakness", "major_trauma",
        "fever_with_back_pain"};
    const std::vector<std::string> soon = {"recent_fracture",         "recent_surgery",
                                           "cancer_active",           "cancer_history",
                                           "unexplained_weight_loss", "night_or_rest_pain",
                                           "age_new_onset",           "minor_trauma_bone_risk",
                                           "long_term_steroids",      "immunosuppressed_or_injects",
                                           "thoracic_pain",           "leg_numbness_or_weakness",
                                           "not_improving",           "inflammatory_pattern"};
    const std::vector<std::string> gentle = {"open_wound_or_skin_infection",
                                             "local_inflammation",
                                             "bone_infection_or_hard_lump",
                                             "varicose_veins",
                                             "anticoagulant",
                                             "bleeding_disorder",
                                             "osteoporosis",
                                             "pregnancy",
                                             "leg_nerve_damage"};
    for (const auto& id : today) {
        const ScreeningQuestion* q = protocol.question(id);
        REQUIRE(q != nullptr);
        CHECK(q->kind == ScreeningKind::RedFlag);
        CHECK(q->urgency == Urgency::Today);
    }
    for (const auto& id : soon) {
        const ScreeningQuestion* q = protocol.question(id);
        REQUIRE(q != nullptr);
        CHECK(q->kind == ScreeningKind::RedFlag);
        CHECK(q->urgency == Urgency::Soon);
    }
    for (const auto& id : gentle) {
        const ScreeningQuestion* q = protocol.question(id);
        REQUIRE(q != nullptr);
        CHECK(q->kind == ScreeningKind::Precaution);
        CHECK(q->gentle);
    }
    CHECK(protocol.screening.size() == today.size() + soon.size() + gentle.size());
}

TEST_CASE("Protocol: every never-target injected into any technique is refused", "[protocol][M3]")
{
    const auto base = testdata::builtinProtocolJson();
    for (const Region never : kNeverRegions) {
        for (std::size_t t = 0; t < base["techniques"].size(); ++t) {
            auto doc = base;
            doc["techniques"][t]["targets"].push_back(regionId(never));
            const std::size_t index = doc["techniques"][t]["targets"].size() - 1;
            const ProtocolLoad load = loadProtocol(doc);
            const std::string pointer =
                "/techniques/" + std::to_string(t) + "/targets/" + std::to_string(index);
            INFO(pointer << " = " << regionId(never));
            CHECK_FALSE(load.protocol);
            CHECK(problemAt(load.problems, pointer).find("M3") != std::string::npos);
        }
    }
}

TEST_CASE("Protocol: a never-region as a group is refused", "[protocol][M3]")
{
    auto doc = testdata::builtinProtocolJson();
    doc["groups"][0]["id"] = "glutes";
    const ProtocolLoad load = loadProtocol(doc);
    CHECK(problemAt(load.problems, "/groups/0/id").find("M3") != std::string::npos);
    CHECK(hasProblemAt(load.problems, "/groups")); // quadriceps is now missing
}

TEST_CASE("Protocol: unknown regions, dangling references and duplicates", "[protocol]")
{
    auto doc = testdata::builtinProtocolJson();
    findById(doc["techniques"], "quad-roll")["targets"] = {"quadriceps", "calves"};
    findById(doc["groups"], "adductors")["technique"] = "no-such-technique";
    findById(doc["techniques"], "lats-roll")["id"] = "tfl-press";
    doc["screening"][1]["id"] = doc["screening"][0]["id"];
    const ProtocolLoad load = loadProtocol(doc);
    CHECK_FALSE(load.protocol);
    CHECK(problemAt(load.problems, "/techniques/0/targets/1").find("not a known") !=
          std::string::npos);
    CHECK(hasProblemAt(load.problems, "/groups/2/technique"));
    CHECK(problemAt(load.problems, "/screening/1/id").find("twice") != std::string::npos);
    bool duplicateTechnique = false;
    for (const Problem& p : load.problems) {
        duplicateTechnique = duplicateTechnique ||
                             p.message.find("\"tfl-press\" is defined twice") != std::string::npos;
    }
    CHECK(duplicateTechnique);
}

TEST_CASE("Protocol: step lengths outside 30-120 s and thresholds outside 1-4", "[protocol]")
{
    auto doc = testdata::builtinProtocolJson();
    doc["dosage"]["standard"]["seconds"] = 20;
    doc["dosage"]["gentle"]["max_seconds"] = 121;
    doc["threshold"] = 5;
    const ProtocolLoad load = loadProtocol(doc);
    CHECK(load.problems.size() == 3);
    CHECK(hasProblemAt(load.problems, "/dosage/standard/seconds"));
    CHECK(hasProblemAt(load.problems, "/dosage/gentle/max_seconds"));
    CHECK(hasProblemAt(load.problems, "/threshold"));

    doc = testdata::builtinProtocolJson();
    doc["threshold"] = 0;
    CHECK(hasProblemAt(loadProtocol(doc).problems, "/threshold"));
    doc["threshold"] = 4;
    CHECK(loadProtocol(doc).problems.empty());
}

TEST_CASE("Protocol: a missing primary group is named", "[protocol][M1]")
{
    for (const Region primary : kPrimaryGroups) {
        auto doc = testdata::builtinProtocolJson();
        auto& groups = doc["groups"];
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (groups[i]["id"] == regionId(primary)) {
                groups.erase(i);
                break;
            }
        }
        const ProtocolLoad load = loadProtocol(doc);
        INFO(regionId(primary));
        CHECK(problemAt(load.problems, "/groups").find(std::string(regionId(primary))) !=
              std::string::npos);
    }
}

TEST_CASE("Protocol: optional groups are TFL and lats only", "[protocol][M4][M5]")
{
    auto doc = testdata::builtinProtocolJson();
    findById(doc["groups"], "tfl")["optional"] = false;
    findById(doc["groups"], "hamstrings")["optional"] = true;
    const ProtocolLoad load = loadProtocol(doc);
    CHECK(hasProblemAt(load.problems, "/groups/4/optional"));
    CHECK(hasProblemAt(load.problems, "/groups/5/optional"));
}

TEST_CASE("Protocol: unknown keys and wrong types are collected, not just the first", "[protocol]")
{
    auto doc = testdata::builtinProtocolJson();
    doc["colour"] = "blue";
    doc["groups"][0]["self_test"]["steps"] = "lie down";
    doc["screening"][0]["urgency"] = "now";
    doc["version"] = "1";
    const ProtocolLoad load = loadProtocol(doc);
    CHECK(load.problems.size() == 4);
    CHECK(hasProblemAt(load.problems, "/colour"));
    CHECK(hasProblemAt(load.problems, "/groups/0/self_test/steps"));
    CHECK(hasProblemAt(load.problems, "/screening/0/urgency"));
    CHECK(hasProblemAt(load.problems, "/version"));
}
