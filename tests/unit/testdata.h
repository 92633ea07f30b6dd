#pragma once

// Builders for test inputs, so each test shows what it changes from a plain baseline.

#include "tightside/core/answers.h"
#include "tightside/core/course.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <nlohmann/json.hpp>

#include <string>

namespace testdata {

/// The built-in protocol, loaded through the same path the app uses.
const tightside::core::Protocol& builtinProtocol();

/// The built-in protocol as a JSON document, for tests that mutate it.
nlohmann::json builtinProtocolJson();

/// No red flags, no precautions, no flare-up, pain 3, every primary group rated 4/4.
tightside::core::Answers balancedAnswers();

/// balancedAnswers() as an answers JSON document.
nlohmann::json balancedAnswersJson();

/// A routine step on one side of one group, `seconds` long, for the player's clock tests.
tightside::core::Step makeStep(tightside::core::Region group, tightside::core::Side side,
                               int seconds);

/// The moment an ISO text such as "2026-11-25T10:30:00Z" names; fails the test on text parseIsoUtc
/// refuses.
tightside::core::UtcTime at(const char* iso);

/// True when any problem has exactly this pointer.
bool hasProblemAt(const tightside::core::Problems& problems, const std::string& pointer);

/// The problem message at this pointer, or "" when there is none.
std::string problemAt(const tightside::core::Problems& problems, const std::string& pointer);

} // namespace testdata
