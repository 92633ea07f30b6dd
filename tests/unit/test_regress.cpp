// Every input a fuzzer ever crashed or hung on (tests/data/regress/<target>/) goes through the
// same path as its fuzz target and must come out as a value or as problems, never as a crash.

#include "tightside/core/answers.h"
#include "tightside/core/jsonio.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace tightside::core;

std::vector<fs::path> regressFiles(const std::string& target)
{
    std::vector<fs::path> files;
    const fs::path dir = fs::path(TIGHTSIDE_SOURCE_DIR) / "tests/data/regress" / target;
    if (fs::is_directory(dir)) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            if (entry.is_regular_file()) {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    // A missing or empty folder would make the loops below assert nothing.
    REQUIRE_FALSE(files.empty());
    return files;
}

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool touchesNever(const Step& step)
{
    return isNeverRegion(step.group) ||
           std::any_of(step.targets.begin(), step.targets.end(), isNeverRegion);
}

} // namespace

TEST_CASE("Fuzzer finds for answers parse to a value or problems, never a crash",
          "[regress][answers]")
{
    for (const fs::path& file : regressFiles("answers")) {
        INFO(file.string());
        const JsonDocument doc = parseJsonText(readAll(file));
        CHECK(doc.value.has_value() != !doc.problems.empty());
        if (!doc.value) {
            continue;
        }
        const AnswersParse parsed = parseAnswers(*doc.value, builtinProtocol());
        CHECK(parsed.answers.has_value() == parsed.problems.empty());
        if (parsed.answers) {
            const Plan plan = RulesEngine(builtinProtocol()).plan(*parsed.answers);
            CHECK(std::none_of(plan.steps.begin(), plan.steps.end(), touchesNever));
        }
    }
}

TEST_CASE("Fuzzer finds for protocols load or list problems, never a crash", "[regress][protocol]")
{
    for (const fs::path& file : regressFiles("protocol")) {
        INFO(file.string());
        const JsonDocument doc = parseJsonText(readAll(file));
        CHECK(doc.value.has_value() != !doc.problems.empty());
        if (doc.value) {
            const ProtocolLoad load = loadProtocol(*doc.value);
            CHECK(load.protocol.has_value() == load.problems.empty());
        }
    }
}

TEST_CASE("Regression sessions parse to a session or problems, never a crash", "[regress][session]")
{
    // "valid-*" files must parse (old formats included), "invalid-*" ones must not; any other
    // name (a fuzzer find) must only come out as one or the other.
    for (const fs::path& file : regressFiles("session")) {
        INFO(file.string());
        const std::string name = file.filename().string();
        const JsonDocument doc = parseJsonText(readAll(file));
        CHECK(doc.value.has_value() != !doc.problems.empty());
        if (!doc.value) {
            CHECK(name.rfind("valid-", 0) != 0);
            continue;
        }
        const SessionParse parsed = parseSession(*doc.value, builtinProtocol());
        CHECK(parsed.session.has_value() == parsed.problems.empty());
        if (name.rfind("valid-", 0) == 0) {
            CHECK(parsed.session.has_value());
        } else if (name.rfind("invalid-", 0) == 0) {
            CHECK_FALSE(parsed.session.has_value());
        }
    }
}

TEST_CASE("A session stored before steps carried dosage and why still resumes gently",
          "[regress][session][M7]")
{
    // valid-first-wave-plan.json was written by the first wave: no "why", "dosage" or
    // "notices"; its steps are gentle (a varicose veins precaution, rule M7).
    const fs::path file =
        fs::path(TIGHTSIDE_SOURCE_DIR) / "tests/data/regress/session/valid-first-wave-plan.json";
    const JsonDocument doc = parseJsonText(readAll(file));
    REQUIRE(doc.value);
    const SessionParse parsed = parseSession(*doc.value, builtinProtocol());
    REQUIRE(parsed.session);
    const Plan& plan = parsed.session->plan;
    REQUIRE_FALSE(plan.steps.empty());
    CHECK(plan.notices.empty());
    CHECK_FALSE(plan.messages.empty());
    for (const Step& step : plan.steps) {
        CHECK(step.dosage.seconds == step.seconds);
        CHECK(step.dosage.gentle);
        CHECK(step.dosage.discomfortMax == builtinProtocol().gentle.discomfortMax);
        CHECK(step.why.rules == step.rules);
        CHECK_FALSE(step.reason.empty());
    }
}

TEST_CASE("A number too large for a double is a problem, not an exception", "[regress][json]")
{
    const JsonDocument doc = parseJsonText(R"({"pain_now": 1e999})");
    REQUIRE_FALSE(doc.value);
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].message.rfind("not valid JSON: ", 0) == 0);
    // Error lines name the kind, never the file's text (issue 13 item 13).
    CHECK(doc.problems[0].message.find("a number is too large") != std::string::npos);
    CHECK(doc.problems[0].message.find("1e999") == std::string::npos);
}
