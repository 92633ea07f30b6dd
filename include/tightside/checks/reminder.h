#pragma once

// Whether a reminder of the next check is due (issue 25): a use case of the application layer,
// for `tightside remind` and the open window alike. QtCore only.

#include "tightside/checks/history.h"
#include "tightside/core/session.h"
#include "tightside/store/reminders.h"
#include "tightside/store/result.h"
#include "tightside/store/sessionstore.h"

#include <QString>

namespace tightside::checks {

/// store::reminderState() for the history at `now`: the course read the one way there is
/// (readCourse(): the index plus the latest session's file), the course's end told by the
/// latest session (store::courseEnded()), and the last due date shown kept in `statePath`.
/// Fails only when the history cannot be read.
store::Result<store::ReminderCheck>
checkReminder(const store::SessionStore& sessions, bool on, core::UtcTime now,
              const UtcOffsetAt& offsetAt, const QString& statePath = store::reminderStatePath());

} // namespace tightside::checks
