#include "reminderscheduler.h"

#include "tightside/l10n/l10n.h"
#include "tightside/notify/desktopnotifier.h"
#include "tightside/store/reminders.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QLoggingCategory>

namespace tightside::gui {
namespace {

Q_LOGGING_CATEGORY(lcReminder, "tightside.window", QtInfoMsg)

} // namespace

ReminderScheduler::ReminderScheduler(const Clock& clock,
                                     std::function<const store::SessionStore&()> store,
                                     QObject* parent, notify::DesktopNotifier* notifier)
    : QObject(parent), m_clock(clock), m_store(std::move(store)), m_notifier(notifier)
{
    if (m_notifier == nullptr) {
        m_notifier = new notify::DesktopNotifier(QDBusConnection::sessionBus(), this);
    }
    connect(m_notifier, &notify::DesktopNotifier::startRequested, this,
            &ReminderScheduler::startRequested);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::remindNow);
    reschedule();
}

void ReminderScheduler::reschedule()
{
    const store::ReminderSettings settings = store::readReminderSettings();
    if (!settings.on) {
        m_timer.stop();
        return;
    }
    const auto wall =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.wallNow().time_since_epoch());
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(wall.count()).toLocalTime();
    m_timer.start(store::untilReminderTime(local, settings.at));
}

std::optional<std::chrono::milliseconds> ReminderScheduler::nextIn() const
{
    if (!m_timer.isActive()) {
        return std::nullopt;
    }
    return std::chrono::milliseconds{m_timer.interval()};
}

void ReminderScheduler::remindNow()
{
    const store::ReminderSettings settings = store::readReminderSettings();
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(m_clock.wallNow());
    const auto reminded =
        notify::remindNow(m_store(), settings.on, now, l10n::utcOffsetAt, *m_notifier);
    if (!reminded) {
        qCWarning(lcReminder) << "reminder: the history could not be read";
    } else if (reminded.value().shown) {
        qCInfo(lcReminder) << "reminder: shown";
    } else if (!reminded.value().problem.isEmpty()) {
        qCWarning(lcReminder).noquote() << "reminder:" << reminded.value().problem;
    }
    reschedule();
}

} // namespace tightside::gui
