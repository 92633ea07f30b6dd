#pragma once

// The history's use cases (issue 22): what a check needs of the stored sessions, read once, and
// the one course over the history's index. QtCore only; the window and the commands call these
// and read the history no other way.

#include "tightside/core/course.h"
#include "tightside/core/session.h"
#include "tightside/store/recent.h"
#include "tightside/store/result.h"
#include "tightside/store/sessionstore.h"

#include <QString>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tightside::checks {

using store::UtcOffsetAt;

/// What the history says at the start of a check made at `now`, read once: the newest
/// session files, newest first, until the engine has enough to plan (at most a handful of
/// files however long the history is).
struct CheckStart
{
    /// The moment it was read for: sessions that started later are not in it.
    core::UtcTime now{};
    /// Empty, or why the sessions folder could not be listed (the check then plans without
    /// the course and asks everything).
    QString error;
    /// Why each broken file met on the way was set aside (it went to quarantine/).
    std::vector<QString> skipped;
    /// What the engine plans with (PlanOptions::course).
    core::CourseContext context;
    /// The newest session that started by `now` (a check stopped by a red flag too).
    std::optional<core::Session> latest;
    /// The precautions of the newest session that got past screening (contracts.md, third
    /// wave, "Standing precautions"): offered again, ticked.
    std::vector<std::string> standingPrecautions;
    /// The files read, newest first, so that nothing later in the check reads them again.
    std::vector<store::StoredSession> read;

    bool readable() const { return error.isEmpty(); }
};

/// Reads the start of a check at `now` (see CheckStart).
CheckStart readCheckStart(const store::SessionStore& sessions, core::UtcTime now);

/// The course, the summaries it was built from (oldest first: History's rows) and the files
/// set aside while reading it.
struct CourseReading
{
    core::Course course;
    std::vector<store::SessionSummary> sessions;
    std::vector<store::Quarantined> quarantined;
};

/// The one course over the history (`history --course`, History's overview, a check's
/// "activities due"): the history's summaries (the index) plus the latest session's file for
/// its deferred steps, taken from `known` when the caller read it already. `offsetAt` dates
/// the next check; `progress(done, total)` follows the summaries' read (SessionStore::
/// summaries). Fails only when the sessions folder cannot be listed.
store::Result<CourseReading>
readCourse(const store::SessionStore& sessions, const UtcOffsetAt& offsetAt,
           const std::vector<store::StoredSession>& known = {},
           const std::function<void(std::size_t, std::size_t)>& progress = {});

/// "Your last check was ...": the latest session alone as a course (its deferred steps, the
/// next check's date) and the local calendar days from its start to `now`.
struct LastCheck
{
    core::Course course;
    int daysAgo = 0;
};

/// The last check of `start`; nullopt without one, or when the latest is a check stopped by
/// a red flag (the line then says nothing).
std::optional<LastCheck> lastCheck(const CheckStart& start, const UtcOffsetAt& offsetAt);

/// What to ask about what matters to the person (issue 15 item 5).
struct ActivitiesQuestion
{
    /// core::activitiesDue() on the course at the check's now.
    bool due = true;
    /// The latest activities rated, offered again.
    std::vector<core::Activity> previous;
};

/// From the course at `now`, the person having last skipped the activities at `skipped`; a
/// course that could not be read asks (nothing is lost by asking).
ActivitiesQuestion activitiesQuestion(const std::optional<core::Course>& course, core::UtcTime now,
                                      std::optional<core::UtcTime> skipped);

} // namespace tightside::checks
