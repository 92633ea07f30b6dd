#include "tightside/notify/desktopnotifier.h"

#include "tightside/checks/reminder.h"

#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

#include <utility>

namespace tightside::notify {
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
/// The desktop file and icon name (contracts.md "Install").
const QString kAppId = QStringLiteral("io.github.tightside.Tightside");

} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject* parent)
    : QObject(parent), m_bus(std::move(bus))
{}

store::Result<uint> DesktopNotifier::show(const store::ReminderText& text)
{
    if (!m_bus.isConnected()) {
        return store::Result<uint>::failure(QStringLiteral("no session bus: ") +
                                            m_bus.lastError().message());
    }
    // Listening before asking, so that an answer right after the reply is not missed.
    if (!m_listening) {
        m_listening =
            m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                          SLOT(onActionInvoked(uint, QString))) &&
            m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                          SLOT(onClosed(uint, uint)));
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QStringList actions{QStringLiteral("default"), text.action,
                              QString::fromLatin1(kStartAction), text.action};
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), kAppId);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(static_cast<uchar>(1)));
    call << QStringLiteral("Tightside") << static_cast<uint>(m_id) << kAppId << text.summary
         << text.body << actions << hints << -1;
    const QDBusReply<uint> reply = m_bus.call(call, QDBus::Block, 10000);
    if (!reply.isValid()) {
        return store::Result<uint>::failure(QStringLiteral("no notification server: ") +
                                            reply.error().message());
    }
    m_id = reply.value();
    return store::Result<uint>::success(m_id);
}

void DesktopNotifier::onActionInvoked(uint id, const QString& key)
{
    if (id != m_id || m_id == 0) {
        return;
    }
    if (key == QLatin1String("default") || key == QLatin1String(kStartAction)) {
        emit startRequested();
    }
    emit finished();
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    if (id == m_id && m_id != 0) {
        emit finished();
    }
}

store::Result<Reminded> remindNow(const store::SessionStore& sessions, bool on, core::UtcTime now,
                                  const store::ReminderOffsetAt& offsetAt,
                                  DesktopNotifier& notifier, const QString& statePath)
{
    const auto check = checks::checkReminder(sessions, on, now, offsetAt, statePath);
    if (!check) {
        return store::Result<Reminded>::failure(check.error());
    }
    Reminded reminded;
    reminded.check = check.value();
    if (reminded.check.state != store::ReminderState::Due) {
        return store::Result<Reminded>::success(reminded);
    }
    const auto shown = notifier.show(store::reminderText());
    if (!shown) {
        reminded.problem = shown.error();
        return store::Result<Reminded>::success(reminded);
    }
    reminded.shown = true;
    if (const auto kept = store::rememberReminder(reminded.check.dueDate, statePath); !kept) {
        reminded.problem = kept.error();
    }
    return store::Result<Reminded>::success(reminded);
}

} // namespace tightside::notify
