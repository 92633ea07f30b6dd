#include "tightside/checks/reminder.h"

#include "tightside/core/course.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace tightside::checks {

store::Result<store::ReminderCheck> checkReminder(const store::SessionStore& sessions, bool on,
                                                  core::UtcTime now, const UtcOffsetAt& offsetAt,
                                                  const QString& statePath)
{
    auto reading = readCourse(sessions, offsetAt);
    if (!reading) {
        return store::Result<store::ReminderCheck>::failure(reading.error());
    }
    const CourseReading& course = reading.value();
    nlohmann::json latest;
    if (!course.sessions.empty()) {
        if (auto stored = sessions.read(course.sessions.back().path)) {
            latest = std::move(stored.value().document);
        }
    }
    std::string lastShown;
    if (!statePath.isEmpty()) {
        QFile state(statePath);
        if (state.open(QIODevice::ReadOnly)) {
            lastShown = state.read(64).trimmed().toStdString();
        }
    }
    const std::string today = core::localDateAfter(now, offsetAt(now), 0);
    store::ReminderCheck check;
    check.dueDate = course.course.nextCheck;
    check.state = store::reminderState(
        on, course.course, store::courseEnded(course.course.sessions, latest), today, lastShown);
    return store::Result<store::ReminderCheck>::success(check);
}

} // namespace tightside::checks
