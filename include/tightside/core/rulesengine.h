#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

namespace tightside::core {

/// The method as a pure function: (protocol, answers) -> plan, rules M1-M10 of method.md.
/// It holds a reference to the protocol, which must outlive it; it keeps no other state.
class RulesEngine
{
public:
    explicit RulesEngine(const Protocol& protocol);

    /// Every step, deferral and message cites its rule and the ratings behind it. The result
    /// passes enforceNeverTargets() before it is returned, whatever the protocol says (M3).
    Plan plan(const Answers& answers) const;

private:
    const Protocol& m_protocol;
};

/// M3, checked on every plan: removes any step or deferred step whose group or targets name a
/// never-region and says so in the messages. Returns how many steps it removed.
std::size_t enforceNeverTargets(Plan& plan);

/// The sentence every plan carries: the low back and glutes are left alone on purpose.
std::string_view neverMessage();

} // namespace tightside::core
