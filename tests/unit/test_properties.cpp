// Property tests: the engine's invariants over many generated answers (method.md M1-M10).
// The generator is seeded, so a failure names the case number and reproduces exactly.

#include "testdata.h"

#include "tightside/core/rulesengine.h"
#include "tightside/text/planwords.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>

using namespace tightside::core;

namespace {

constexpr int kCases = 20000;

Answers generate(std::mt19937& rng, const Protocol& protocol)
{
    std::uniform_int_distribution<int> rating(0, 10);
    std::uniform_int_distribution<int> percent(0, 99);
    Answers answers;
    answers.painNow = rating(rng);
    answers.acuteFlareUp = percent(rng) < 15;
    if (percent(rng) < 40) {
        answers.minutes = std::uniform_int_distribution<int>(1, 12)(rng);
    }
    // Small gaps are common in real ratings: bias toward near-balanced sides.
    const bool nearBalanced = percent(rng) < 50;
    for (std::size_t g = 0; g < kGroupCount; ++g) {
        const bool optional = g >= kPrimaryGroups.size();
        if (optional && percent(rng) < 30) {
            continue;
        }
        const int left = rating(rng);
        const int right =
            nearBalanced ? std::clamp(left + std::uniform_int_distribution<int>(-2, 2)(rng), 0, 10)
                         : rating(rng);
        answers.ratings.at(g) = Rating{left, right};
    }
    for (const ScreeningQuestion& question : protocol.screening) {
        const int chance = question.kind == ScreeningKind::RedFlag ? 1 : 3;
        if (percent(rng) < chance) {
            (question.kind == ScreeningKind::RedFlag ? answers.redFlags : answers.precautions)
                .push_back(question.id);
        }
    }
    return answers;
}

/// No preference, or a preferred hold inside and outside the protocol's range.
PlanOptions generateOptions(std::mt19937& rng)
{
    PlanOptions options;
    if (std::uniform_int_distribution<int>(0, 99)(rng) < 50) {
        options.holdSeconds = std::uniform_int_distribution<int>(5, 200)(rng);
    }
    return options;
}

int gapOf(const Answers& answers, Region group)
{
    const auto& rating = answers.rating(group);
    return rating ? std::abs(rating->left - rating->right) : 0;
}

bool inList(const std::vector<Region>& list, Region region)
{
    return std::find(list.begin(), list.end(), region) != list.end();
}

void checkInvariants(const Protocol& protocol, const Answers& answers, const PlanOptions& options,
                     const Plan& plan)
{
    // M3: never a never-region, in any step, deferred or not.
    REQUIRE(plan.never.size() == kNeverRegions.size());
    std::vector<Step> all = plan.steps;
    all.insert(all.end(), plan.deferred.begin(), plan.deferred.end());
    for (const Step& step : all) {
        REQUIRE(isGroup(step.group));
        for (const Region target : step.targets) {
            REQUIRE_FALSE(isNeverRegion(target));
        }
    }
    // Every plan with a routine or a balance says why the back is left alone; a seek-care
    // plan has no routine, and says only what to do.
    REQUIRE(std::any_of(plan.notices.begin(), plan.notices.end(), [](const Notice& n) {
                return n.kind == NoticeKind::Never;
            }) == (plan.status != PlanStatus::SeekCare));
    // One sentence per notice, and no rule id in the middle of a sentence (the ids are data).
    REQUIRE(plan.messages.size() == plan.notices.size());
    for (const std::string& message : plan.messages) {
        REQUIRE_FALSE(message.empty());
        REQUIRE(message.find("(M") == std::string::npos);
    }
    for (const Step& step : all) {
        REQUIRE_FALSE(step.reason.empty());
        REQUIRE(step.reason.find("(M") == std::string::npos);
        REQUIRE(step.why.rules == step.rules);
    }

    // M7: red flags stop everything, with the right urgency.
    if (!answers.redFlags.empty()) {
        REQUIRE(plan.status == PlanStatus::SeekCare);
        REQUIRE(all.empty());
        REQUIRE(plan.recheck.empty());
        const bool today = std::any_of(answers.redFlags.begin(), answers.redFlags.end(),
                                       [&protocol](const std::string& id) {
                                           return protocol.question(id)->urgency == Urgency::Today;
                                       });
        REQUIRE(plan.urgency == (today ? Urgency::Today : Urgency::Soon));
        return;
    }
    REQUIRE_FALSE(plan.urgency);
    REQUIRE((plan.status == PlanStatus::Routine) == !plan.steps.empty());

    // M2: the tighter side only, and only groups at or over the threshold.
    for (const Step& step : all) {
        const Rating rating = *answers.rating(step.group);
        const int tighter = step.side == Side::Left ? rating.left : rating.right;
        const int looser = step.side == Side::Left ? rating.right : rating.left;
        REQUIRE(tighter > looser);
        REQUIRE(tighter - looser >= protocol.threshold);
    }
    // Balanced set: every primary group is either released or balanced, never both.
    bool legsBalanced = true;
    for (const Region group : kPrimaryGroups) {
        const bool released = std::any_of(all.begin(), all.end(),
                                          [group](const Step& s) { return s.group == group; });
        const bool balanced = inList(plan.balanced, group);
        REQUIRE(released != balanced);
        REQUIRE(balanced == (gapOf(answers, group) < protocol.threshold));
        legsBalanced = legsBalanced && balanced;
    }
    // A rated TFL or lats within the threshold is listed as balanced, whatever the legs do.
    for (const Region group : {Region::Tfl, Region::Lats}) {
        if (answers.rating(group)) {
            REQUIRE(inList(plan.balanced, group) == (gapOf(answers, group) < protocol.threshold));
        }
    }
    // M4/M5: optional groups only when every leg group is balanced, and marked optional.
    for (const Step& step : all) {
        REQUIRE(step.optional == !isPrimaryGroup(step.group));
        if (step.optional) {
            REQUIRE(legsBalanced);
        }
    }
    // M1: by rank, then the larger gap, then protocol order; optional ones last, TFL first.
    for (std::size_t i = 1; i < all.size(); ++i) {
        const Group& a = *protocol.group(all[i - 1].group);
        const Group& b = *protocol.group(all[i].group);
        if (a.optional != b.optional) {
            REQUIRE_FALSE(a.optional);
        } else if (a.optional) {
            REQUIRE(a.region == Region::Tfl);
        } else if (a.rank == b.rank) {
            REQUIRE(gapOf(answers, a.region) >= gapOf(answers, b.region));
        } else {
            REQUIRE(a.rank < b.rank);
        }
    }
    // M7/M10: gentle dosage exactly when a flare-up or a gentle precaution asks for it.
    const bool gentle =
        answers.acuteFlareUp ||
        std::any_of(answers.precautions.begin(), answers.precautions.end(),
                    [&protocol](const std::string& id) { return protocol.question(id)->gentle; });
    const DosageRange& range = gentle ? protocol.gentle : protocol.standard;
    for (const Step& step : all) {
        REQUIRE(step.seconds == holdSeconds(protocol, gentle, options));
        REQUIRE(step.dosage.seconds == step.seconds);
        REQUIRE(step.why.hold == step.seconds);
        REQUIRE(step.dosage.gentle == gentle);
        REQUIRE(step.why.gentle() == gentle);
        REQUIRE(step.dosage.discomfortMax == range.discomfortMax);
        REQUIRE(step.dosage.guidance == range.guidance);
        // The preferred hold stays in the standard range and never lengthens a gentle hold.
        REQUIRE(step.seconds >= std::min(protocol.standard.minSeconds, range.seconds));
        REQUIRE(step.seconds <= (gentle ? protocol.gentle.seconds : protocol.standard.maxSeconds));
    }
    // M9: a prefix that fits the budget (the first step always), the rest deferred.
    if (!answers.minutes) {
        REQUIRE(plan.deferred.empty());
    } else if (!all.empty()) {
        REQUIRE_FALSE(plan.steps.empty());
        int used = 0;
        for (const Step& step : plan.steps) {
            used += step.seconds;
        }
        const int budget = *answers.minutes * 60;
        REQUIRE((used <= budget || plan.steps.size() == 1));
        if (!plan.deferred.empty()) {
            REQUIRE(used + plan.deferred.front().seconds > budget);
        }
    }
    // M6: re-check exactly what was released today, in order.
    REQUIRE(plan.recheck.size() == plan.steps.size());
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        REQUIRE(plan.recheck[i] == plan.steps[i].group);
    }
}

} // namespace

TEST_CASE("Properties: engine invariants hold over 20,000 generated answers",
          "[engine][property][M1][M2][M3][M4][M5][M6][M7][M9][M10]")
{
    const Protocol& builtin = testdata::builtinProtocol();
    std::mt19937 rng(20261125);
    for (int threshold = 1; threshold <= 4; ++threshold) {
        Protocol protocol = builtin;
        protocol.threshold = threshold;
        for (int i = 0; i < kCases / 4; ++i) {
            const Answers answers = generate(rng, protocol);
            const PlanOptions options = generateOptions(rng);
            INFO("threshold " << threshold << ", case " << i << ": " << toJson(answers).dump()
                              << ", hold " << options.holdSeconds.value_or(0));
            checkInvariants(protocol, answers, options,
                            tightside::text::makePlan(protocol, answers, options));
        }
    }
}

TEST_CASE("Properties: answers survive JSON and plan the same", "[engine][property]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    const RulesEngine engine(protocol);
    std::mt19937 rng(7);
    for (int i = 0; i < 2000; ++i) {
        const Answers answers = generate(rng, protocol);
        const AnswersParse parsed = parseAnswers(toJson(answers), protocol);
        INFO(toJson(answers).dump());
        REQUIRE(parsed.problems.empty());
        REQUIRE(engine.plan(*parsed.answers) == engine.plan(answers));
    }
}
