// The reminder in the window (issue 25): the Settings box turns reminders on and off exactly
// as `tightside remind --on/--off` does (the autostart entry), and the open window's timer
// waits for the chosen time of day on the injected clock.

#include "fakes.h"

#include "reminderscheduler.h"
#include "remindersettings.h"

#include "tightside/notify/desktopnotifier.h"
#include "tightside/store/reminders.h"
#include "tightside/store/sessionstore.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <ctime>

using namespace tightside;
using tightside::gui::testing::FakeClock;
using namespace std::chrono_literals;

class RemindersTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("state"))));
        qputenv("TZ", "UTC");
        tzset();
    }
    void init() { QVERIFY(store::setReminders(false)); }

    void settingsTurnRemindersOnAndOff()
    {
        gui::ReminderSettingsBox box;
        QVERIFY(!box.enabledBox()->isChecked()); // off by default
        QVERIFY(!box.timeEdit()->isEnabled());
        box.timeEdit()->setTime(QTime(18, 30));
        box.enabledBox()->setChecked(true);
        QVERIFY(QFile::exists(store::reminderAutostartPath()));
        QCOMPARE(store::readReminderSettings(), (store::ReminderSettings{true, QTime(18, 30)}));
        QVERIFY(box.timeEdit()->isEnabled());
        QVERIFY(box.status()->text().contains(QStringLiteral("Untick")));

        box.timeEdit()->setTime(QTime(7, 5));
        emit box.timeEdit()->editingFinished();
        QCOMPARE(store::readReminderSettings().at, QTime(7, 5));

        box.enabledBox()->setChecked(false);
        QVERIFY(!QFile::exists(store::reminderAutostartPath()));
        QVERIFY(!store::readReminderSettings().on);
    }

    void settingsShowWhatTheCommandChose()
    {
        QVERIFY(store::setReminders(true, QTime(20, 15)));
        const gui::ReminderSettingsBox box;
        QVERIFY(box.enabledBox()->isChecked());
        QCOMPARE(box.timeEdit()->time(), QTime(20, 15));
    }

    void theWindowWaitsForTheChosenTime()
    {
        // The fake clock says 2026-11-25 08:08:20 UTC.
        const FakeClock clock;
        const store::SessionStore sessions(m_dir.filePath(QStringLiteral("data")));
        notify::DesktopNotifier notifier(QDBusConnection(QStringLiteral("no bus")));
        gui::ReminderScheduler scheduler(
            clock, [&sessions]() -> const store::SessionStore& { return sessions; }, nullptr,
            &notifier);
        QVERIFY(!scheduler.nextIn()); // off

        QVERIFY(store::setReminders(true, QTime(9, 0)));
        scheduler.reschedule();
        QCOMPARE(scheduler.nextIn(), std::optional(std::chrono::milliseconds(51min + 40s)));

        QVERIFY(store::setReminders(true, QTime(8, 0)));
        scheduler.reschedule();
        QCOMPARE(scheduler.nextIn(), std::optional(std::chrono::milliseconds(23h + 51min + 40s)));

        // The timer's work: nothing due in an empty history, and the next time is set again.
        scheduler.remindNow();
        QCOMPARE(scheduler.nextIn(), std::optional(std::chrono::milliseconds(23h + 51min + 40s)));

        QVERIFY(store::setReminders(false));
        scheduler.reschedule();
        QVERIFY(!scheduler.nextIn());
    }

    void startCheckReachesTheWindow()
    {
        const FakeClock clock;
        const store::SessionStore sessions(m_dir.filePath(QStringLiteral("data")));
        notify::DesktopNotifier notifier(QDBusConnection(QStringLiteral("no bus")));
        gui::ReminderScheduler scheduler(
            clock, [&sessions]() -> const store::SessionStore& { return sessions; }, nullptr,
            &notifier);
        QSignalSpy start(&scheduler, &gui::ReminderScheduler::startRequested);
        emit notifier.startRequested();
        QCOMPARE(start.count(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(RemindersTest)
#include "test_reminders.moc"
