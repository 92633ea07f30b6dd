#pragma once

#include "tightside/store/result.h"
#include "tightside/store/sessionstore.h"

#include <QString>

#include <functional>
#include <string>

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

} // namespace tightside::store
