#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/routine.h"
#include "tightside/core/session.h"
#include "tightside/core/verdict.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace tightside::core {

/// How many done steps ended each way.
struct OutcomeCounts
{
    int completed = 0;
    int skipped = 0;
    int stoppedPain = 0;

    int total() const { return completed + skipped + stoppedPain; }
    bool operator==(const OutcomeCounts&) const = default;
};

OutcomeCounts countOutcomes(const std::vector<DoneStep>& done);

/// A change from an earlier to a later value: the one verdict of core/verdict.h (contracts.md
/// "Verdicts"), under the name the reports first used.
using Change = Verdict;

/// "better", "worse", "no_clear_change": verdictId().
std::string_view changeId(Change change);

/// verdict(before, after, Direction::LowerIsBetter), for pain and a left/right gap.
Change lowerIsBetter(int before, int after);

/// Back pain before the routine and after it, as the session recorded them.
struct PainChange
{
    int before = 0;
    int after = 0;
    /// after - before: negative is less pain.
    int delta() const { return after - before; }
    Change verdict() const { return lowerIsBetter(before, after); }
    bool operator==(const PainChange&) const = default;
};

/// Nullopt while the pain was not re-rated (painAfter missing).
std::optional<PainChange> painChange(const Session& session);

/// The session's `done` list from a routine's log: one entry per record, in order, with the
/// seconds actually held. Records that name no step are left out.
std::vector<DoneStep> doneSteps(const std::vector<Step>& steps,
                                const std::vector<StepRecord>& records);

/// Where a routine resumed after a crash goes on: the log rebuilt from the session's `done`
/// list and the first step after the last one done.
struct ResumePoint
{
    std::vector<StepRecord> records;
    std::size_t nextIndex = 0;

    bool operator==(const ResumePoint&) const = default;
};

/// Matches each done entry to the plan step with its group, side and technique (a plan has at
/// most one step per group); an entry that matches no step is dropped. `nextIndex` is the step
/// after the furthest one done.
ResumePoint resumePoint(const std::vector<Step>& steps, const std::vector<DoneStep>& done);

/// The seconds of every hold of `steps` together (a plan's routine without its lead-ins).
int totalHoldSeconds(const std::vector<Step>& steps);

/// The groups to rate again after a routine: the plan's re-check list, then any other group a
/// step of the `done` list worked on, each once, in that order.
std::vector<Region> recheckGroups(const Session& session);

/// The groups to measure again after a routine (issue 23): those of recheckGroups() that were
/// measured from a photo at the start (answers `measures`), in that order. Only they can be
/// measured again: an angle after needs the angle before to mean anything.
std::vector<Region> remeasureGroups(const Session& session);

/// The session's `recheck_measures` from the angles measured again: only the remeasureGroups()
/// groups with at least one side, each with the start's test id (whatever `measured` says).
GroupMeasures recheckMeasures(const Session& session, const GroupMeasures& measured);

/// The side of `group` the session worked on: the side of the last done step of that group
/// (whatever its outcome), or nullopt when no step of it was done.
std::optional<Side> releasedSide(const Session& session, Region group);

/// True when `session` released `group`: a done step of it completed or stopped for pain (a
/// skipped step released nothing). The 24-hour rest and the summary's "released today" both
/// ask this.
bool wasReleased(const Session& session, Region group);

} // namespace tightside::core
