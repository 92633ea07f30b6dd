#pragma once

// A reminder as one desktop notification (freedesktop org.freedesktop.Notifications over the
// session bus): no tray icon, so it works on X11 and Wayland, GNOME and KDE. Used by
// `tightside remind` and by the open window at the chosen time.

#include "tightside/store/reminders.h"
#include "tightside/store/result.h"
#include "tightside/store/sessionstore.h"

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace tightside::notify {

/// The key of the notification's "Start check" action ("default" is a click on the
/// notification itself, which starts the check too).
inline constexpr const char* kStartAction = "start-check";

class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    /// Talks to the notification server on `bus` (the session bus; tests give a private one).
    explicit DesktopNotifier(QDBusConnection bus, QObject* parent = nullptr);

    /// Shows `text` with its action; the notification's id, or why it could not be shown (no
    /// session bus, no notification server).
    store::Result<uint> show(const store::ReminderText& text);

signals:
    /// The person chose "Start check" (or clicked the notification).
    void startRequested();
    /// The notification shown last is gone: its action was chosen, or it was closed.
    void finished();

private slots:
    void onActionInvoked(uint id, const QString& key);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    uint m_id = 0;
    bool m_listening = false;
};

/// What remindNow() did.
struct Reminded
{
    store::ReminderCheck check;
    /// A notification was shown (and its due date remembered).
    bool shown = false;
    /// Why none was shown although one was due; empty otherwise.
    QString problem;
};

/// The one reminder step of the command and the window: store::checkReminder() at `now`, and
/// when one is due, shows it through `notifier` and remembers its due date (so it is not
/// shown twice). Fails only when the history cannot be read.
store::Result<Reminded> remindNow(const store::SessionStore& sessions, bool on, core::UtcTime now,
                                  const store::ReminderOffsetAt& offsetAt,
                                  DesktopNotifier& notifier,
                                  const QString& statePath = store::reminderStatePath());

} // namespace tightside::notify
