// libFuzzer target: answers text -> parseJsonText -> parseAnswers (built-in protocol) -> engine.
// Bad input must only ever yield problems; accepted answers must plan without touching a
// never-region (M3) and survive a round trip through their JSON form.

#include "fuzzcheck.h"

#include "tightside/core/answers.h"
#include "tightside/core/jsonio.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/core/rulesengine.h"
#include "tightside/text/planwords.h"

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace tightside::core;
using tightside::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::optional<nlohmann::json> value = tightside::fuzz::parseInput(data, size);
    if (!value) {
        return 0;
    }
    const Protocol& protocol = builtinProtocol();
    require(!protocol.groups.empty(), "the built-in protocol loads");
    const AnswersParse parsed = parseAnswers(*value, protocol);
    require(parsed.answers.has_value() == parsed.problems.empty(),
            "parseAnswers: answers exactly when there is no problem");
    if (!parsed.answers) {
        return 0;
    }
    const Plan plan = tightside::text::makePlan(protocol, *parsed.answers);
    tightside::fuzz::requireNoNeverTarget(plan);

    // What the app writes it must read back unchanged (sessions store both).
    const AnswersParse again = parseAnswers(toJson(*parsed.answers), protocol);
    require(again.answers.has_value(), "answers round trip: toJson output is accepted");
    require(again.answers->ratings == parsed.answers->ratings &&
                again.answers->redFlags == parsed.answers->redFlags &&
                again.answers->precautions == parsed.answers->precautions &&
                again.answers->minutes == parsed.answers->minutes,
            "answers round trip: the same answers come back");
    const PlanParse planAgain = parsePlan(toJson(plan));
    require(planAgain.plan.has_value(), "plan round trip: toJson output is accepted");
    require(*planAgain.plan == plan, "plan round trip: the same plan comes back");
    (void)tightside::text::planText(plan, protocol);
    return 0;
}
