#pragma once

// The open window's reminder (issue 25): at the time of day chosen in Settings, the same
// notification `tightside remind` shows, decided in the same place (store/reminders.h).

#include "tightside/gui/services.h"
#include "tightside/store/sessionstore.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace tightside::notify {
class DesktopNotifier;
}

namespace tightside::gui {

class ReminderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

public:
    /// `store` gives the store in use when the time comes (the data folder may change).
    /// `notifier` null: the session bus's notification server.
    ReminderScheduler(const Clock& clock, std::function<const store::SessionStore&()> store,
                      QObject* parent = nullptr, notify::DesktopNotifier* notifier = nullptr);

    /// Reads the reminder settings again and sets the timer to the next chosen time (stopped
    /// when reminders are off). Settings calls it after each change.
    void reschedule();
    /// How long until the timer fires; nullopt when reminders are off.
    std::optional<std::chrono::milliseconds> nextIn() const;
    /// What the timer does: the reminder now, if one is due, then the next time.
    void remindNow();

signals:
    /// The person chose "Start check": bring the window forward on the check.
    void startRequested();

private:
    const Clock& m_clock;
    std::function<const store::SessionStore&()> m_store;
    notify::DesktopNotifier* m_notifier = nullptr;
    QTimer m_timer;
};

} // namespace tightside::gui
