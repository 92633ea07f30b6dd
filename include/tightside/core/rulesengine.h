#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/course.h"
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

    /// Planning with the course (contracts.md "Planning with the course"): the same plan, but
    /// the latest session's deferred steps whose group still differs come first
    /// (`from_deferred`, M9), a group released less than 24 hours before `now` (the answers'
    /// time) rests and is only re-checked, and a group whose gap has not clearly changed over
    /// six sessions is named with the suggestion to see a clinician (M6, M8).
    Plan plan(const Answers& answers, const CourseContext& course, UtcTime now) const;

private:
    Plan planWith(const Answers& answers, const CourseContext* course, UtcTime now) const;

    const Protocol& m_protocol;
};

/// M3, checked on every plan: removes any step or deferred step whose group or targets name a
/// never-region and says so in the messages. Returns how many steps it removed.
std::size_t enforceNeverTargets(Plan& plan);

/// The sentence every plan carries: the low back and glutes are left alone on purpose.
std::string_view neverMessage();

} // namespace tightside::core
