#pragma once

// Private to tightside_core: the group -> {left, right} rating objects shared by the answers
// ("ratings") and the session files ("recheck").

#include "tightside/core/answers.h"

#include "jsoncheck.h"

#include <functional>

namespace tightside::core::detail {

/// Reads an object of group ids to {left, right} ratings, refusing never-regions with the
/// reason (M3) and groups the protocol does not rate; `keep` receives every valid rating.
void parseRatingObject(Checker& check, const nlohmann::json& object, const std::string& pointer,
                       const Protocol& protocol, const std::function<void(Region, Rating)>& keep);

/// Reads an object of group ids to {"test", "left", "right"} measured angles (contracts.md
/// "Measured angles"): the test must be the one the protocol defines for that group, angles
/// 0-180 degrees with at most one decimal, either side may be missing.
void parseMeasureObject(Checker& check, const nlohmann::json& object, const std::string& pointer,
                        const Protocol& protocol, GroupMeasures& out);

} // namespace tightside::core::detail
