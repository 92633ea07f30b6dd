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

/// How far the local clock is ahead of UTC at a moment (l10n::utcOffsetAt at the edge).
using UtcOffsetAt = std::function<std::chrono::seconds(core::UtcTime)>;

/// The course (history --course, the window's overview and a check's activities; through
/// checks::readCourse) from the
/// history's summaries, oldest first, plus the latest session file for its deferred steps.
/// `offsetAt` is asked for the offset at the latest session's start, which dates the next check.
/// The latest file is taken from `known` (sessions read a moment ago) when it is there.
core::Course courseFromSummaries(const SessionStore& sessions,
                                 const std::vector<SessionSummary>& summaries,
                                 const UtcOffsetAt& offsetAt,
                                 const std::vector<StoredSession>& known = {});

} // namespace tightside::store
