#pragma once

// Shared helpers for the libFuzzer targets: an invariant that fails loudly (a crash is what
// libFuzzer records), the JSON parse every target starts with, and the M3 check every plan
// must pass.

#include "tightside/core/jsonio.h"
#include "tightside/core/plan.h"
#include "tightside/core/region.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <utility>

namespace tightside::fuzz {

/// Aborts with a message when an invariant does not hold; libFuzzer saves the input.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
        std::abort();
    }
}

/// The fuzzer's bytes parsed as JSON text: the value, or nothing when the text is not JSON
/// (then the parser must have said why, and nothing else is to be checked).
inline std::optional<nlohmann::json> parseInput(const std::uint8_t* data, std::size_t size)
{
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands out bytes.
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::JsonDocument doc = core::parseJsonText(text);
    require(doc.value.has_value() != !doc.problems.empty(),
            "parseJsonText: exactly one of value and problems");
    return std::move(doc.value);
}

/// M3: no step or deferred step names a never-region as its group or in its targets.
inline void requireNoNeverTarget(const core::Plan& plan)
{
    const auto touchesNever = [](const core::Step& step) {
        return core::isNeverRegion(step.group) ||
               std::any_of(step.targets.begin(), step.targets.end(), core::isNeverRegion);
    };
    require(std::none_of(plan.steps.begin(), plan.steps.end(), touchesNever),
            "M3: a step targets a never-region");
    require(std::none_of(plan.deferred.begin(), plan.deferred.end(), touchesNever),
            "M3: a deferred step targets a never-region");
    require(plan.status != core::PlanStatus::SeekCare || plan.steps.empty(),
            "M7: a seek_care plan has steps");
}

} // namespace tightside::fuzz
