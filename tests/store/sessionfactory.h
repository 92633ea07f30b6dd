#pragma once

// Builds realistic sessions (answers -> the real engine's plan -> steps done -> re-check) for
// the store tests, the crash-test child and the benchmark.

#include "tightside/core/session.h"

#include <chrono>
#include <cstdint>

namespace storetest {

/// A finished session started at `start` whose ratings, outcomes and pain follow `seed`; its
/// id is newSessionId(start, random).
tightside::core::Session
makeSession(std::uint32_t seed, std::chrono::system_clock::time_point start, std::uint32_t random);

/// makeSession() at a fixed date plus `index` days, with random part `index`: distinct,
/// sorted ids for tests that need many sessions.
tightside::core::Session numberedSession(std::uint32_t index);

} // namespace storetest
