#pragma once

// Reminders (contracts.md "Additions (third wave)", Reminders): whether they are on, at what
// time of day, whether the next check is due, and the words of the notification. The one
// place both `tightside remind` and the window's Settings decide; QtCore only.
//
// Reminders are on exactly when the autostart entry exists (and the desktop has not disabled
// it): the entry is what starts `tightside remind` at login, so it is also where the choice
// and its time of day are kept. Removing it (`remind --off`, Settings, or the desktop's own
// list of programs started at login) turns reminders off.

#include "tightside/core/course.h"
#include "tightside/store/result.h"
#include "tightside/store/sessionstore.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QTime>

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace tightside::store {

/// A course is one to six checks (clinical.md): after the sixth nothing reminds.
inline constexpr std::size_t kCourseSessions = 6;

/// The time of day reminders use when none was chosen.
inline QTime defaultReminderTime()
{
    return {9, 0};
}

struct ReminderSettings
{
    bool on = false;
    /// When the open window reminds; login reminds whatever the time.
    QTime at = defaultReminderTime();

    bool operator==(const ReminderSettings&) const = default;
};

/// `$XDG_CONFIG_HOME/autostart/io.github.tightside.Tightside.Reminder.desktop` (an absolute
/// XDG_CONFIG_HOME, else `$HOME/.config`); empty when neither is usable.
QString reminderAutostartPath();

/// "HH:MM" (24-hour clock, two digits each) as a time; nullopt for anything else.
std::optional<QTime> parseTimeOfDay(const QString& text);

/// The settings the autostart entry at `path` holds: off when it is missing, unreadable, or
/// disabled by the desktop (Hidden=true, X-GNOME-Autostart-enabled=false).
ReminderSettings readReminderSettings(const QString& path = reminderAutostartPath());

/// The autostart entry's text for `at` (Exec=tightside remind; valid for desktop-file-validate).
QByteArray reminderAutostartEntry(QTime at);

/// Turns reminders on (writes the entry atomically; `at` keeps the time already chosen, else
/// the default) or off (removes the entry; already off is fine). The one way the command and
/// Settings change them.
Result<ReminderSettings> setReminders(bool on, std::optional<QTime> at = std::nullopt,
                                      const QString& path = reminderAutostartPath());

/// Where the due date of the last reminder shown is kept: `<state folder>/reminded`, 0600.
/// Empty when there is no state folder.
QString reminderStatePath();

/// True when the course has ended: kCourseSessions sessions, or the latest session (its file,
/// `latest`) advised seeing a clinician (plan status "seek_care") or was stopped (a top-level
/// "stopped" object).
bool courseEnded(std::size_t sessions, const nlohmann::json& latest);

enum class ReminderState
{
    /// Reminders are off.
    Off,
    /// No sessions, or the next check is after today.
    NotDue,
    /// The course has ended (courseEnded()).
    CourseEnded,
    /// A reminder for this due date was already shown.
    AlreadyShown,
    /// Show one now.
    Due,
};

/// The decision: due when reminders are on, the course goes on, its next check (a local date,
/// "2026-12-04") is on or before `today` (the local date now), and the last reminder shown
/// (`lastShown`, a due date or empty) was not for that date.
ReminderState reminderState(bool on, const core::Course& course, bool ended,
                            const std::string& today, const std::string& lastShown);

struct ReminderCheck
{
    ReminderState state = ReminderState::Off;
    /// The next check's date when there is one (what rememberReminder() keeps).
    std::string dueDate;
};

/// How far the local clock is ahead of UTC at a moment (l10n::utcOffsetAt at the edge).
using ReminderOffsetAt = std::function<std::chrono::seconds(core::UtcTime)>;

// Whether one is due for a history is checks::checkReminder() (tightside/checks/reminder.h),
// which reads the course the one way there is.

/// Keeps `dueDate` as the last reminder shown (0600, written atomically).
Result<void> rememberReminder(const std::string& dueDate,
                              const QString& statePath = reminderStatePath());

/// The notification's words: no health data (no group, side or pain), since it may show on a
/// lock screen.
struct ReminderText
{
    QString summary;
    QString body;
    /// The label of its one action.
    QString action;
};

/// In the installed language.
ReminderText reminderText();

/// How long from `now` (local wall time) until the next `at`: later today, else tomorrow.
std::chrono::milliseconds untilReminderTime(const QDateTime& now, QTime at);

} // namespace tightside::store
