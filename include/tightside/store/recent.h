#pragma once

#include "tightside/core/course.h"
#include "tightside/store/result.h"
#include "tightside/store/sessionstore.h"

#include <QString>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace tightside::store {

/// Reads the stored sessions newest first (file names sort by start time) and stops as soon
/// as `visit` returns false, so planning with the course reads a handful of files however
/// long the history is. A file that cannot be read or does not validate is quarantined like
/// SessionStore::read() does and its reason passed to `skipped`. Fails only when the sessions
/// folder cannot be listed (a missing folder is an empty history). Files whose name (the id,
/// which begins with the start time "20261125T103000Z") sorts after `startedBy` are skipped
/// unread: they started later.
Result<void> forEachNewestFirst(const SessionStore& sessions, const std::string& startedBy,
                                const std::function<bool(const StoredSession&)>& visit,
                                const std::function<void(const QString&)>& skipped = {});

/// The planning context for a check made at `now` (RulesEngine::plan with the course): the
/// sessions that started by `now`, newest first, until CourseBuilder::enoughToPlan(). Broken
/// files go to `skipped` like above.
Result<core::CourseContext> courseContext(const SessionStore& sessions, core::UtcTime now,
                                          const std::function<void(const QString&)>& skipped = {});

/// The standing precautions (contracts.md, third wave): the precautions of the latest session
/// that started by `now` and got past screening (a check stopped by a red flag asked none), so
/// the window can offer them again, ticked, and ask whether they are still true. Reads one file
/// of a long history. Empty without such a session; fails only like forEachNewestFirst().
Result<std::vector<std::string>> standingPrecautions(const SessionStore& sessions,
                                                     core::UtcTime now);

/// How far the local clock is ahead of UTC at a moment (l10n::utcOffsetAt at the edge).
using UtcOffsetAt = std::function<std::chrono::seconds(core::UtcTime)>;

/// The course (history --course, the window's overview and the start of a check) from the
/// history's summaries, oldest first, plus the latest session file for its deferred steps.
/// `offsetAt` is asked for the offset at the latest session's start, which dates the next check.
core::Course courseFromSummaries(const SessionStore& sessions,
                                 const std::vector<SessionSummary>& summaries,
                                 const UtcOffsetAt& offsetAt);

} // namespace tightside::store
