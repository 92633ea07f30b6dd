// libFuzzer target: protocol text -> parseJsonText -> loadProtocol. A protocol that loads is
// then asked to plan a few fixed self-checks, and no plan may touch a never-region (M3).

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
#include <vector>

using namespace tightside::core;
using tightside::fuzz::require;

namespace {

/// Fixed self-checks that reach every branch of the engine: balanced, every group imbalanced
/// on alternating sides (with and without a time budget), only the optional groups
/// imbalanced, a flare-up with every precaution, and a red flag.
std::vector<Answers> fixedAnswers(const Protocol& protocol)
{
    std::vector<Answers> out;
    Answers balanced;
    balanced.painNow = 3;
    for (const Group& group : protocol.groups) {
        balanced.setRating(group.region, {4, 4});
    }
    out.push_back(balanced);

    Answers gaps = balanced;
    int n = 0;
    for (const Group& group : protocol.groups) {
        const int gap = 2 + (n % 5);
        gaps.setRating(group.region, n % 2 == 0 ? Rating{2 + gap, 2} : Rating{2, 2 + gap});
        ++n;
    }
    out.push_back(gaps);
    gaps.minutes = 1;
    out.push_back(gaps);

    Answers extras = balanced;
    for (const Group& group : protocol.groups) {
        if (group.optional) {
            extras.setRating(group.region, {9, 0});
        }
    }
    out.push_back(extras);

    Answers careful = out[1];
    careful.acuteFlareUp = true;
    for (const ScreeningQuestion& question : protocol.screening) {
        if (question.kind == ScreeningKind::Precaution) {
            careful.precautions.push_back(question.id);
        }
    }
    out.push_back(careful);

    for (const ScreeningQuestion& question : protocol.screening) {
        if (question.kind == ScreeningKind::RedFlag) {
            Answers flagged = out[1];
            flagged.redFlags.push_back(question.id);
            out.push_back(flagged);
            break;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::optional<nlohmann::json> value = tightside::fuzz::parseInput(data, size);
    if (!value) {
        return 0;
    }
    const ProtocolLoad load = loadProtocol(*value);
    require(load.protocol.has_value() == load.problems.empty(),
            "loadProtocol: a protocol exactly when there is no problem");
    if (!load.protocol) {
        return 0;
    }
    const Protocol& protocol = *load.protocol;
    for (const Technique& technique : protocol.techniques) {
        for (const Region target : technique.targets) {
            require(!isNeverRegion(target), "M3: a loaded technique targets a never-region");
        }
    }
    for (const Answers& answers : fixedAnswers(protocol)) {
        const Plan plan = tightside::text::makePlan(protocol, answers);
        tightside::fuzz::requireNoNeverTarget(plan);
        (void)toJson(plan);
        (void)tightside::text::planText(plan, protocol);
    }
    return 0;
}
