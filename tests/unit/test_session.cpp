// Session files (contracts.md "Session files"): ids, round trip, and validation that reuses
// the answers and plan checks, with M3 applied to every step, done entry and re-check.

#include "testdata.h"

#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tightside::core;
using nlohmann::json;

namespace {

Session routineSession()
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Adductors, {2, 6});
    Session session;
    session.id = "20261125T103000Z-7f3a9c1e";
    session.started = "2026-11-25T10:30:00Z";
    session.finished = "2026-11-25T10:52:10Z";
    session.protocolId = "tightside.legs";
    session.protocolVersion = testdata::builtinProtocol().version;
    session.answers = answers;
    session.plan = RulesEngine(testdata::builtinProtocol()).plan(answers);
    for (const Step& step : session.plan.steps) {
        session.done.push_back(
            {step.group, step.side, step.technique, step.seconds, Outcome::Completed});
    }
    session.setRecheck(Region::Quadriceps, {4, 4});
    session.painAfter = 2;
    return session;
}

json routineJson()
{
    return toJson(routineSession());
}

Problems problemsOf(const json& document)
{
    return parseSession(document, testdata::builtinProtocol()).problems;
}

} // namespace

TEST_CASE("Session ids are the UTC start time plus 8 hex digits", "[session]")
{
    // 2026-11-25T10:30:00Z
    const auto start = std::chrono::system_clock::time_point(std::chrono::seconds(1795602600));
    CHECK(newSessionId(start, 0x7f3a9c1e) == "20261125T103000Z-7f3a9c1e");
    CHECK(newSessionId(start, 1) == "20261125T103000Z-00000001");
    CHECK(isoUtc(start) == "2026-11-25T10:30:00Z");
    CHECK(isValidSessionId("20261125T103000Z-7f3a9c1e"));
    CHECK_FALSE(isValidSessionId("20261125T103000Z-7F3A9C1E"));
    CHECK_FALSE(isValidSessionId("../20261125T103000Z-7f3a9c"));
    CHECK_FALSE(isValidSessionId("20261325T103000Z-7f3a9c1e"));
    CHECK_FALSE(isValidIsoUtc("2026-11-25 10:30:00"));
}

TEST_CASE("Session JSON round trip keeps every field", "[session]")
{
    const Session session = routineSession();
    const json document = toJson(session);
    CHECK(document["schema"] == 1);
    CHECK(document["done"][0]["outcome"] == "completed");
    CHECK(document["recheck"]["quadriceps"] == json{{"left", 4}, {"right", 4}});
    const SessionParse parsed = parseSession(document, testdata::builtinProtocol());
    REQUIRE(parsed.problems.empty());
    REQUIRE(parsed.session);
    CHECK(toJson(*parsed.session) == document);
    CHECK(parsed.session->done == session.done);
}

TEST_CASE("A session in progress has a null finish time and no pain after", "[session]")
{
    json document = routineJson();
    document["finished"] = nullptr;
    document["pain_after"] = nullptr;
    document["done"] = json::array();
    const SessionParse parsed = parseSession(document, testdata::builtinProtocol());
    REQUIRE(parsed.session);
    CHECK_FALSE(parsed.session->finished);
    CHECK_FALSE(parsed.session->painAfter);
}

TEST_CASE("M3: a done step on a never-region makes the session invalid", "[session][M3]")
{
    json document = routineJson();
    document["done"][0]["group"] = "low_back";
    CHECK(testdata::problemAt(problemsOf(document), "/done/0/group").find("M3") !=
          std::string::npos);
}

TEST_CASE("M3: a plan step targeting a never-region makes the session invalid", "[session][M3]")
{
    json document = routineJson();
    document["plan"]["steps"][0]["targets"].push_back("glutes");
    CHECK(testdata::hasProblemAt(problemsOf(document), "/plan/steps/0/targets/1"));
}

TEST_CASE("M3: a re-check of a never-region makes the session invalid", "[session][M3]")
{
    json document = routineJson();
    document["recheck"]["low_back"] = {{"left", 3}, {"right", 3}};
    CHECK(testdata::hasProblemAt(problemsOf(document), "/recheck/low_back"));
}

TEST_CASE("Unknown groups, sides and outcomes are refused with their pointers", "[session]")
{
    json document = routineJson();
    document["done"][0]["group"] = "calves";
    document["done"][0]["side"] = "middle";
    document["done"][0]["outcome"] = "finished";
    document["recheck"]["calves"] = {{"left", 3}, {"right", 3}};
    const Problems problems = problemsOf(document);
    CHECK(testdata::hasProblemAt(problems, "/done/0/group"));
    CHECK(testdata::hasProblemAt(problems, "/done/0/side"));
    CHECK(testdata::hasProblemAt(problems, "/done/0/outcome"));
    CHECK(testdata::hasProblemAt(problems, "/recheck/calves"));
}

TEST_CASE("A done entry needs an outcome", "[session]")
{
    json document = routineJson();
    document["done"][0].erase("outcome");
    CHECK(testdata::hasProblemAt(problemsOf(document), "/done/0/outcome"));
}

TEST_CASE("Answers inside a session are checked with their pointers under /answers", "[session]")
{
    json document = routineJson();
    document["answers"]["ratings"]["quadriceps"]["left"] = 11;
    document["answers"]["ratings"]["glutes"] = {{"left", 3}, {"right", 3}};
    const Problems problems = problemsOf(document);
    CHECK(testdata::hasProblemAt(problems, "/answers/ratings/quadriceps/left"));
    CHECK(testdata::hasProblemAt(problems, "/answers/ratings/glutes"));
}

TEST_CASE("Bad ids, times and unknown keys are all reported", "[session]")
{
    json document = routineJson();
    document["id"] = "my-session";
    document["started"] = "yesterday";
    document["pain_after"] = 12;
    document["mood"] = "good";
    const Problems problems = problemsOf(document);
    CHECK(testdata::hasProblemAt(problems, "/id"));
    CHECK(testdata::hasProblemAt(problems, "/started"));
    CHECK(testdata::hasProblemAt(problems, "/pain_after"));
    CHECK(testdata::hasProblemAt(problems, "/mood"));
}

TEST_CASE("A session of another protocol is still read, and still checked for M3", "[session]")
{
    // A window with a custom protocol loaded must not quarantine the built-in sessions.
    json document = routineJson();
    document["protocol"]["id"] = "someone.else";
    document["answers"]["precautions"] = {"their_own_question"};
    CHECK(problemsOf(document).empty());
    document["answers"]["precautions"] = {"their_own_question", 3};
    CHECK(testdata::hasProblemAt(problemsOf(document), "/answers/precautions/1"));
    document["answers"]["precautions"] = json::array();
    document["done"][0]["group"] = "glutes";
    CHECK(testdata::hasProblemAt(problemsOf(document), "/done/0/group"));
}

TEST_CASE("Documents that are not sessions never throw", "[session]")
{
    for (const json& document : {json(nullptr), json(3), json::array(), json::object(),
                                 json{{"done", "x"}, {"plan", 1}, {"answers", json::array()}}}) {
        const SessionParse parsed = parseSession(document, testdata::builtinProtocol());
        CHECK_FALSE(parsed.session);
        CHECK_FALSE(parsed.problems.empty());
    }
}

namespace {

/// A check stopped at screening by a "soon" and a "today" flag, as contracts.md (third wave)
/// writes it.
json stoppedJson()
{
    return json::parse(R"({
      "schema": 1, "id": "20261125T103000Z-7f3a9c1e",
      "started": "2026-11-25T10:30:00Z", "finished": "2026-11-25T10:30:00Z",
      "protocol": {"id": "tightside.legs", "version": "1.0.0"},
      "answers": {"schema": 1, "red_flags": ["recent_fracture", "bladder_change"],
                  "precautions": ["anticoagulant"]},
      "done": [],
      "stopped": {"reason": "red_flag", "flags": ["recent_fracture", "bladder_change"],
                  "urgency": "today"}
    })");
}

bool hasPointer(const Problems& problems, const std::string& pointer)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& problem) { return problem.pointer == pointer; });
}

} // namespace

TEST_CASE("Session: a check stopped by a red flag is read and written back as it was",
          "[session][stopped]")
{
    const auto parsed = parseSession(stoppedJson(), testdata::builtinProtocol());
    INFO(parsed.problems.size());
    REQUIRE(parsed.session);
    const Session& session = *parsed.session;
    REQUIRE(session.stopped);
    CHECK(session.stopped->urgency == Urgency::Today);
    CHECK(session.stopped->flags == std::vector<std::string>{"recent_fracture", "bladder_change"});
    CHECK(session.answers.precautions == std::vector<std::string>{"anticoagulant"});
    CHECK(session.finished == session.started);
    CHECK(session.plan.steps.empty());
    json written = toJson(session);
    written.erase("notes");
    CHECK(written == stoppedJson());
}

TEST_CASE("Session: stoppedSession() keeps only the screening and the most urgent flag",
          "[session][stopped]")
{
    Answers answers;
    answers.redFlags = {"recent_fracture", "cancer_history"};
    answers.precautions = {"anticoagulant"};
    answers.painNow = 7; // not asked before the stop in the window; never kept
    answers.setRating(Region::Quadriceps, {7, 4});
    const auto when = std::chrono::system_clock::time_point(std::chrono::seconds(1795602600));
    const Session session =
        stoppedSession(newSessionId(when, 0x7f3a9c1e), answers, testdata::builtinProtocol(), when);
    REQUIRE(session.stopped);
    CHECK(session.stopped->urgency == Urgency::Soon);
    const json document = toJson(session);
    CHECK(document["answers"] == json::parse(R"({"schema": 1,
        "red_flags": ["recent_fracture", "cancer_history"], "precautions": ["anticoagulant"]})"));
    CHECK_FALSE(document.contains("plan"));
    CHECK(document["done"] == json::array());
    CHECK(document["started"] == "2026-11-25T10:30:00Z");
    CHECK(document["finished"] == document["started"]);
    CHECK(document["stopped"]["urgency"] == "soon");
    // What it writes, it reads.
    CHECK(parseSession(document, testdata::builtinProtocol()).session);
    CHECK(mostUrgent(testdata::builtinProtocol(), {"cancer_history", "saddle_numbness"}) ==
          Urgency::Today);
}

TEST_CASE("Session: a malformed stopped check is refused with a pointer to each problem",
          "[session][stopped]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    const auto refusedAt = [&protocol](const json& document, const std::string& pointer) {
        const auto parsed = parseSession(document, protocol);
        CHECK_FALSE(parsed.session);
        CHECK(hasPointer(parsed.problems, pointer));
    };
    json doc = stoppedJson();
    doc["stopped"]["urgency"] = "soon"; // bladder_change is "today"
    refusedAt(doc, "/stopped/urgency");
    doc = stoppedJson();
    doc["stopped"]["reason"] = "pain";
    refusedAt(doc, "/stopped/reason");
    doc = stoppedJson();
    doc["stopped"]["flags"] = json::array({"recent_fracture"});
    refusedAt(doc, "/stopped/flags");
    doc = stoppedJson();
    doc["answers"]["pain_now"] = 4;
    refusedAt(doc, "/answers/pain_now");
    doc = stoppedJson();
    doc["answers"]["ratings"] = json::object();
    refusedAt(doc, "/answers/ratings");
    doc = stoppedJson();
    doc["answers"]["red_flags"] = json::array();
    doc["stopped"]["flags"] = json::array();
    refusedAt(doc, "/answers/red_flags");
    doc = stoppedJson();
    doc["plan"] = routineJson()["plan"];
    refusedAt(doc, "/plan");
    doc = stoppedJson();
    doc["done"] = routineJson()["done"];
    refusedAt(doc, "/done");
    doc = stoppedJson();
    doc["finished"] = "2026-11-25T10:31:00Z";
    refusedAt(doc, "/finished");
    doc = stoppedJson();
    doc["pain_after"] = 3;
    refusedAt(doc, "/pain_after");
    doc = stoppedJson();
    doc.erase("finished");
    refusedAt(doc, "/finished");
}
