#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/course.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <optional>

namespace tightside::core {

/// The person's choices that shape a plan.
struct PlanOptions
{
    /// Preferred hold in seconds (Settings' step length). Clamped to the standard dosage's
    /// range; a gentle step takes min(gentle hold, this), so it is never lengthened.
    std::optional<int> holdSeconds;
    /// Planning with the course (contracts.md "Planning with the course"); null plans without
    /// it. With it the latest session's deferred steps whose group still differs come first
    /// (Reason::fromDeferred, M9), a group released less than kRestTime before `now` rests and
    /// is only re-checked (NoticeKind::Resting), and a group whose gap has not clearly changed
    /// over kStallSessions sessions is named with the suggestion to see a clinician
    /// (NoticeKind::NoClearChange, M6, M8). The caller keeps the context alive.
    const CourseContext* course = nullptr;
    /// The answers' time (Answers::time, else the clock at the edge); used only with `course`.
    UtcTime now{};
};

/// The hold the engine gives a step: `gentle` picks the protocol's gentle dosage (M7, M10).
/// The preferred hold is clamped to the standard range and never lengthens a gentle hold.
int holdSeconds(const Protocol& protocol, bool gentle, const PlanOptions& options);

/// Both measured sides of `group` compared against the ratings' tighter side (the plan's
/// `why.measured`, contracts.md "Measured angles"); nullopt when the group has no measured
/// test, is not rated, or lacks a side.
std::optional<MeasuredGap> measuredGap(const Protocol& protocol, const Answers& answers,
                                       Region group);

/// The method as a pure function: (protocol, answers) -> plan, rules M1-M10 of method.md.
/// It holds a reference to the protocol, which must outlive it; it keeps no other state.
class RulesEngine
{
public:
    explicit RulesEngine(const Protocol& protocol);

    /// Every step and notice carries the facts behind it (Step::why, Plan::notices); the
    /// sentences are left empty for text::fillWords() (or call text::makePlan()). The M9 budget,
    /// deferral and every step's dosage use the hold that `options` give. The result passes
    /// enforceNeverTargets() before it is returned, whatever the protocol says (M3).
    Plan plan(const Answers& answers, const PlanOptions& options = {}) const;

    // Planning with the course (contracts.md "Planning with the course") goes through the same
    // function: PlanOptions::course and PlanOptions::now (docs/architecture.md, "course").

private:
    const Protocol& m_protocol;
};

/// M3, checked on every plan: removes any step or deferred step whose group or targets name a
/// never-region and says so in a NeverRemoved notice. Returns how many steps it removed.
std::size_t enforceNeverTargets(Plan& plan);

} // namespace tightside::core
