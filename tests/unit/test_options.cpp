// Issue 11: the person's options go into the engine (PlanOptions), every step carries its
// dosage, and the plan carries the seek-care messages (M7, M9, M10).

#include "testdata.h"

#include "tightside/core/rulesengine.h"
#include "tightside/text/planwords.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tightside::core;

namespace {

Plan planFor(const Protocol& protocol, const Answers& answers, std::optional<int> hold)
{
    PlanOptions options;
    options.holdSeconds = hold;
    return tightside::text::makePlan(protocol, answers, options);
}

Answers threeGroups()
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Adductors, {2, 6});
    answers.setRating(Region::Hamstrings, {2, 6});
    return answers;
}

int total(const std::vector<Step>& steps)
{
    int sum = 0;
    for (const Step& step : steps) {
        sum += step.seconds;
    }
    return sum;
}

bool anyMessageContains(const Plan& plan, const std::string& part)
{
    return std::any_of(plan.messages.begin(), plan.messages.end(),
                       [&part](const std::string& m) { return m.find(part) != std::string::npos; });
}

} // namespace

TEST_CASE("Options: the preferred hold replaces the standard hold, within its range",
          "[engine][options]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    const Answers answers = threeGroups();
    CHECK(planFor(protocol, answers, 60).steps.front().seconds == 60);
    CHECK(planFor(protocol, answers, 5).steps.front().seconds == protocol.standard.minSeconds);
    CHECK(planFor(protocol, answers, 500).steps.front().seconds == protocol.standard.maxSeconds);
    CHECK(planFor(protocol, answers, std::nullopt).steps.front().seconds ==
          protocol.standard.seconds);
}

TEST_CASE("Options: the M9 budget uses the real hold, so the routine fits the minutes",
          "[engine][options][M9]")
{
    // Before issue 11 the budget was worked out on 90 s holds and the window lengthened them
    // afterwards: 3 min with a 120 s preference ran 2 x 120 s = 240 s.
    Answers answers = threeGroups();
    answers.minutes = 3;
    const Plan plan = planFor(testdata::builtinProtocol(), answers, 120);
    CHECK(plan.steps.size() == 1);
    CHECK(plan.deferred.size() == 2);
    CHECK(total(plan.steps) <= 180);
    // With 60 s holds all three fit.
    const Plan shorter = planFor(testdata::builtinProtocol(), answers, 60);
    CHECK(shorter.steps.size() == 3);
    CHECK(total(shorter.steps) == 180);
    CHECK(shorter.deferred.empty());
}

TEST_CASE("Options: a budget with a preferred hold never overruns the minutes",
          "[engine][options][M9]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    Answers answers = testdata::balancedAnswers();
    for (const Region group : kPrimaryGroups) {
        answers.setRating(group, {8, 2});
    }
    for (int minutes = 2; minutes <= 10; ++minutes) {
        for (int hold = 30; hold <= 120; hold += 15) {
            answers.minutes = minutes;
            const Plan plan = planFor(protocol, answers, hold);
            INFO(minutes << " min, " << hold << " s");
            CHECK(total(plan.steps) <= minutes * 60);
            CHECK(plan.steps.size() + plan.deferred.size() == 5);
        }
    }
}

TEST_CASE("Options: the reason and the deferral notice tell the real hold", "[engine][options]")
{
    Answers answers = threeGroups();
    answers.minutes = 3;
    const Plan plan = planFor(testdata::builtinProtocol(), answers, 120);
    REQUIRE_FALSE(plan.steps.empty());
    const Step& step = plan.steps.front();
    CHECK(step.why.hold == 120);
    CHECK(step.why.holdChosen);
    CHECK(step.reason.find("120 s") != std::string::npos);
    CHECK(step.reason.find("the hold length you chose") != std::string::npos);
    CHECK(step.reason.find("90 s") == std::string::npos);
    REQUIRE_FALSE(plan.deferred.empty());
    CHECK(plan.deferred.front().why.deferredMinutes == 3);
    CHECK(anyMessageContains(plan, "2 steps do not fit in your 3 minutes today"));
}

TEST_CASE("Options: a gentle hold is never lengthened by the preferred hold",
          "[engine][options][M7][M10]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    Answers answers = threeGroups();
    answers.acuteFlareUp = true;
    CHECK(planFor(protocol, answers, 120).steps.front().seconds == protocol.gentle.seconds);
    // A shorter preference shortens it.
    CHECK(planFor(protocol, answers, 30).steps.front().seconds == 30);
    answers.acuteFlareUp = false;
    answers.precautions = {"varicose_veins"};
    CHECK(planFor(protocol, answers, 120).steps.front().seconds == protocol.gentle.seconds);
}

TEST_CASE("Options: equal gentle and standard holds do not lengthen the gentle hold",
          "[engine][options][M10]")
{
    // The window used to lengthen every step whose hold equalled the standard hold, so with
    // gentle == standard a flare-up's holds grew to the preference.
    Protocol protocol = testdata::builtinProtocol();
    protocol.gentle.seconds = protocol.standard.seconds;
    protocol.gentle.maxSeconds = protocol.standard.maxSeconds;
    Answers answers = threeGroups();
    answers.acuteFlareUp = true;
    const Plan plan = planFor(protocol, answers, 120);
    for (const Step& step : plan.steps) {
        CHECK(step.seconds == protocol.gentle.seconds);
        CHECK(step.dosage.gentle);
    }
}

TEST_CASE("Dosage: gentle steps carry the gentle discomfort limit, standard ones 5",
          "[engine][dosage][M7][M10]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    Answers answers = threeGroups();
    Plan plan = planFor(protocol, answers, std::nullopt);
    for (const Step& step : plan.steps) {
        CHECK_FALSE(step.dosage.gentle);
        CHECK(step.dosage.discomfortMax == 5);
        CHECK(step.dosage.seconds == step.seconds);
        CHECK(step.dosage.guidance == protocol.standard.guidance);
    }
    answers.acuteFlareUp = true;
    plan = planFor(protocol, answers, std::nullopt);
    for (const Step& step : plan.steps) {
        CHECK(step.dosage.gentle);
        CHECK(step.dosage.discomfortMax == 3);
        CHECK(step.dosage.guidance == protocol.gentle.guidance);
    }
    answers.acuteFlareUp = false;
    answers.precautions = {"osteoporosis"};
    plan = planFor(protocol, answers, std::nullopt);
    for (const Step& step : plan.steps) {
        CHECK(step.dosage.gentle);
        CHECK(step.dosage.discomfortMax == 3);
    }
}

TEST_CASE("Seek care: the plan's messages hold the emergency line and the advice", "[engine][M7]")
{
    Answers answers = testdata::balancedAnswers();
    answers.redFlags = {"recent_fracture"};
    const Plan plan = planFor(testdata::builtinProtocol(), answers, std::nullopt);
    REQUIRE(plan.status == PlanStatus::SeekCare);
    REQUIRE(plan.notices.size() == plan.messages.size());
    const auto kinds = [&plan] {
        std::vector<NoticeKind> out;
        for (const Notice& n : plan.notices) {
            out.push_back(n.kind);
        }
        return out;
    }();
    CHECK(kinds == std::vector<NoticeKind>{NoticeKind::SeekCareSoon, NoticeKind::RedFlagAdvice,
                                           NoticeKind::Emergency});
    CHECK(plan.messages[1] == testdata::builtinProtocol().question("recent_fracture")->advice);
    CHECK(plan.messages[2].find("bladder or bowel changes") != std::string::npos);
    CHECK(plan.messages[2].find("emergency department at once") != std::string::npos);
}

TEST_CASE("Seek care today: each thing is said once", "[engine][M7]")
{
    // Two flags whose advice is the same words, and one with words of its own.
    const Protocol& protocol = testdata::builtinProtocol();
    std::vector<std::string> today;
    for (const auto& question : protocol.screening) {
        if (question.kind == ScreeningKind::RedFlag && question.urgency == Urgency::Today) {
            today.push_back(question.id);
        }
    }
    REQUIRE(today.size() >= 3);
    const auto adviceOf = [&protocol](const std::string& id) {
        return protocol.question(id)->advice;
    };
    // The first flag that shares its advice with a later one, that later one, and a flag
    // whose advice differs from theirs.
    std::string first;
    std::string same;
    std::string other;
    for (std::size_t i = 0; i < today.size() && same.empty(); ++i) {
        for (std::size_t j = i + 1; j < today.size() && same.empty(); ++j) {
            if (adviceOf(today[i]) == adviceOf(today[j])) {
                first = today[i];
                same = today[j];
            }
        }
    }
    for (const std::string& id : today) {
        if (other.empty() && !first.empty() && adviceOf(id) != adviceOf(first)) {
            other = id;
        }
    }
    REQUIRE_FALSE(same.empty());
    REQUIRE_FALSE(other.empty());
    Answers answers = testdata::balancedAnswers();
    answers.redFlags = {first, same, other};
    const Plan plan = planFor(protocol, answers, std::nullopt);
    REQUIRE(plan.status == PlanStatus::SeekCare);
    REQUIRE(plan.urgency == Urgency::Today);
    std::vector<NoticeKind> kinds;
    std::vector<std::string> ids;
    for (const Notice& n : plan.notices) {
        kinds.push_back(n.kind);
        ids.push_back(n.id);
    }
    CHECK(kinds == std::vector<NoticeKind>{NoticeKind::SeekCareToday, NoticeKind::RedFlagAdvice,
                                           NoticeKind::RedFlagAdvice});
    CHECK(ids == std::vector<std::string>{"", first, other});
    for (std::size_t i = 0; i < plan.messages.size(); ++i) {
        for (std::size_t j = i + 1; j < plan.messages.size(); ++j) {
            CHECK(plan.messages[i] != plan.messages[j]);
        }
    }
}

TEST_CASE("Balanced list: TFL and lats are listed when rated and balanced (issue 16 item 9)",
          "[engine][M4][M5]")
{
    Answers answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4}); // the legs are not balanced
    answers.setRating(Region::Tfl, {2, 2});
    answers.setRating(Region::Lats, {1, 2});
    const Plan plan = planFor(testdata::builtinProtocol(), answers, std::nullopt);
    CHECK(std::count(plan.balanced.begin(), plan.balanced.end(), Region::Tfl) == 1);
    CHECK(std::count(plan.balanced.begin(), plan.balanced.end(), Region::Lats) == 1);
    // An imbalanced TFL waits for the legs: neither a step nor balanced.
    answers.setRating(Region::Tfl, {6, 2});
    const Plan waiting = planFor(testdata::builtinProtocol(), answers, std::nullopt);
    CHECK(std::count(waiting.balanced.begin(), waiting.balanced.end(), Region::Tfl) == 0);
    CHECK(waiting.steps.size() == 1);
}
