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

TEST_CASE("Fuzzer finds for sessions parse to a session or problems, never a crash",
          "[regress][session]")
{
    for (const fs::path& file : regressFiles("session")) {
        INFO(file.string());
        const JsonDocument doc = parseJsonText(readAll(file));
        CHECK(doc.value.has_value() != !doc.problems.empty());
        if (doc.value) {
            const SessionParse parsed = parseSession(*doc.value, builtinProtocol());
            CHECK(parsed.session.has_value() == parsed.problems.empty());
        }
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
