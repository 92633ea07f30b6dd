// Answers validation: every class of problem is found, with its JSON pointer.

#include "testdata.h"

#include "tightside/core/jsonio.h"

#include <catch2/catch.hpp>

using namespace tightside::core;
using testdata::hasProblemAt;
using testdata::problemAt;

namespace {

AnswersParse parse(const nlohmann::json& doc)
{
    return parseAnswers(doc, testdata::builtinProtocol());
}

} // namespace

TEST_CASE("Answers: the baseline document is valid and round-trips", "[answers]")
{
    const auto doc = testdata::balancedAnswersJson();
    const AnswersParse result = parse(doc);
    REQUIRE(result.problems.empty());
    REQUIRE(result.answers);
    CHECK(toJson(*result.answers) == doc);
}

TEST_CASE("Answers: the contracts example is valid", "[answers]")
{
    const JsonDocument doc = readJsonFile(TIGHTSIDE_SOURCE_DIR "/docs/examples/routine.json");
    REQUIRE(doc.value);
    const AnswersParse result = parse(*doc.value);
    CHECK(result.problems.empty());
    REQUIRE(result.answers);
    CHECK(result.answers->minutes == 15);
    CHECK(result.answers->rating(Region::Adductors) == Rating{2, 6});
}

TEST_CASE("Answers: wrong types are reported at their pointer", "[answers]")
{
    auto doc = testdata::balancedAnswersJson();
    doc["pain_now"] = "four";
    doc["acute_flare_up"] = 1;
    doc["ratings"]["quadriceps"]["left"] = 4.5;
    doc["red_flags"] = "none";
    const AnswersParse result = parse(doc);
    CHECK_FALSE(result.answers);
    CHECK(hasProblemAt(result.problems, "/pain_now"));
    CHECK(hasProblemAt(result.problems, "/acute_flare_up"));
    CHECK(hasProblemAt(result.problems, "/ratings/quadriceps/left"));
    CHECK(hasProblemAt(result.problems, "/red_flags"));
    CHECK(result.problems.size() == 4);
}

TEST_CASE("Answers: out-of-range numbers are refused", "[answers]")
{
    auto doc = testdata::balancedAnswersJson();
    doc["ratings"]["hamstrings"]["right"] = 11;
    doc["ratings"]["adductors"]["left"] = -1;
    doc["pain_now"] = 99999999999LL;
    doc["minutes"] = 0;
    const AnswersParse result = parse(doc);
    CHECK(result.problems.size() == 4);
    CHECK(problemAt(result.problems, "/ratings/hamstrings/right") ==
          "must be a whole number from 0 to 10, not 11");
    CHECK(hasProblemAt(result.problems, "/ratings/adductors/left"));
    CHECK(hasProblemAt(result.problems, "/pain_now"));
    CHECK(hasProblemAt(result.problems, "/minutes"));
}

TEST_CASE("Answers: required keys are reported, every one", "[answers]")
{
    auto doc = testdata::balancedAnswersJson();
    doc.erase("pain_now");
    doc.erase("precautions");
    doc["ratings"].erase("it_band");
    doc["ratings"]["quadriceps"].erase("right");
    const AnswersParse result = parse(doc);
    CHECK(result.problems.size() == 4);
    CHECK(hasProblemAt(result.problems, "/pain_now"));
    CHECK(hasProblemAt(result.problems, "/precautions"));
    CHECK(hasProblemAt(result.problems, "/ratings/it_band"));
    CHECK(hasProblemAt(result.problems, "/ratings/quadriceps/right"));
}

TEST_CASE("Answers: unknown keys are errors, not ignored", "[answers]")
{
    auto doc = testdata::balancedAnswersJson();
    doc["mood"] = "fine";
    doc["ratings"]["calves"] = {{"left", 1}, {"right", 1}};
    doc["ratings"]["quadriceps"]["middle"] = 3;
    const AnswersParse result = parse(doc);
    CHECK(result.problems.size() == 3);
    CHECK(hasProblemAt(result.problems, "/mood"));
    CHECK(hasProblemAt(result.problems, "/ratings/calves"));
    CHECK(hasProblemAt(result.problems, "/ratings/quadriceps/middle"));
}

TEST_CASE("Answers: a rating for the glutes or low back is refused with the reason",
          "[answers][M3]")
{
    for (const char* region : {"glutes", "low_back", "spine", "lower_ribs"}) {
        auto doc = testdata::balancedAnswersJson();
        doc["ratings"][region] = {{"left", 8}, {"right", 2}};
        const AnswersParse result = parse(doc);
        const std::string message = problemAt(result.problems, std::string("/ratings/") + region);
        INFO(region);
        CHECK_FALSE(result.answers);
        CHECK(message.find("never") != std::string::npos);
        CHECK(message.find("messenger") != std::string::npos);
    }
}

TEST_CASE("Answers: unknown screening ids and misfiled ids are refused", "[answers][M7]")
{
    auto doc = testdata::balancedAnswersJson();
    doc["red_flags"] = {"headache", "anticoagulant"};
    doc["precautions"] = {"saddle_numbness", "osteoporosis", "osteoporosis"};
    const AnswersParse result = parse(doc);
    CHECK(result.problems.size() == 4);
    CHECK(hasProblemAt(result.problems, "/red_flags/0"));
    CHECK(problemAt(result.problems, "/red_flags/1").find("precaution") != std::string::npos);
    CHECK(problemAt(result.problems, "/precautions/0").find("red flag") != std::string::npos);
    CHECK(problemAt(result.problems, "/precautions/2").find("twice") != std::string::npos);
}

TEST_CASE("Answers: with a red flag the ratings may be left out", "[answers][M7]")
{
    auto doc = testdata::balancedAnswersJson();
    doc.erase("ratings");
    CHECK(hasProblemAt(parse(doc).problems, "/ratings"));
    doc["red_flags"] = {"bladder_change"};
    const AnswersParse result = parse(doc);
    CHECK(result.problems.empty());
    CHECK(result.answers);
}

TEST_CASE("Answers: schema must be 1 and the top level an object", "[answers]")
{
    auto doc = testdata::balancedAnswersJson();
    doc["schema"] = 2;
    CHECK(hasProblemAt(parse(doc).problems, "/schema"));
    const AnswersParse list = parse(nlohmann::json::array());
    REQUIRE(list.problems.size() == 1);
    CHECK(list.problems[0].pointer.empty());
}

TEST_CASE("JSON input: oversized, deeply nested and broken text never crash", "[answers][json]")
{
    const std::string big(kMaxJsonBytes + 1, ' ');
    CHECK(parseJsonText(big).problems.at(0).message.find("1 MiB") != std::string::npos);

    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const JsonDocument nested = parseJsonText(deep);
    CHECK_FALSE(nested.value);
    CHECK(nested.problems.at(0).message.find("nested") != std::string::npos);

    const JsonDocument broken = parseJsonText("{\"schema\": 1,");
    CHECK_FALSE(broken.value);
    CHECK(broken.problems.at(0).message.find("not valid JSON") != std::string::npos);

    // Brackets inside strings do not count as nesting.
    const JsonDocument text = parseJsonText("{\"a\": \"" + std::string(100, '[') + "\"}");
    CHECK(text.value);
}

TEST_CASE("JSON input: a missing file and a folder are problems, not crashes", "[json]")
{
    CHECK(readJsonFile("/nonexistent/answers.json").problems.at(0).message.find("does not exist") !=
          std::string::npos);
    CHECK(readJsonFile("/").problems.at(0).message.find("folder") != std::string::npos);
}

TEST_CASE("Problems: pointers escape ~ and / and lines name the file", "[json]")
{
    CHECK(pointerToken("a/b~c") == "a~1b~0c");
    CHECK(formatProblem("x.json", {"/pain_now", "bad"}) == "x.json: /pain_now: bad");
    CHECK(formatProblem("x.json", {"", "bad"}) == "x.json: (whole file): bad");
}
