// The reminder decision and switch (store/reminders.h): one place for the command and the
// window's Settings.

#include "tightside/store/reminders.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using tightside::store::ReminderState;
namespace store = tightside::store;

namespace {

tightside::core::Course courseOf(std::size_t sessions, std::string nextCheck)
{
    tightside::core::Course course;
    course.sessions = sessions;
    course.nextCheck = std::move(nextCheck);
    return course;
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST_CASE("a time of day is HH:MM on the 24-hour clock", "[reminders]")
{
    CHECK(store::parseTimeOfDay(QStringLiteral("18:30")) == QTime(18, 30));
    CHECK(store::parseTimeOfDay(QStringLiteral("00:00")) == QTime(0, 0));
    CHECK_FALSE(store::parseTimeOfDay(QStringLiteral("8:30")));
    CHECK_FALSE(store::parseTimeOfDay(QStringLiteral("24:00")));
    CHECK_FALSE(store::parseTimeOfDay(QStringLiteral("18:60")));
    CHECK_FALSE(store::parseTimeOfDay(QStringLiteral("18:30 ")));
    CHECK_FALSE(store::parseTimeOfDay(QString()));
}

TEST_CASE("reminders are on exactly while the autostart entry is there", "[reminders]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("autostart/reminder.desktop"));
    CHECK_FALSE(store::readReminderSettings(path).on);

    const auto on = store::setReminders(true, QTime(7, 15), path);
    REQUIRE(on);
    CHECK(on.value() == store::ReminderSettings{true, QTime(7, 15)});
    CHECK(store::readReminderSettings(path) == store::ReminderSettings{true, QTime(7, 15)});
    CHECK((QFile::permissions(path) & (QFile::ReadOther | QFile::WriteOther)) == 0);

    // On again without a time keeps the one chosen.
    REQUIRE(store::setReminders(true, std::nullopt, path));
    CHECK(store::readReminderSettings(path).at == QTime(7, 15));

    REQUIRE(store::setReminders(false, std::nullopt, path));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(store::readReminderSettings(path).on);
    CHECK(store::setReminders(false, std::nullopt, path)); // already off
}

TEST_CASE("a desktop that disabled the entry has turned reminders off", "[reminders]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reminder.desktop"));
    const QByteArray entry = store::reminderAutostartEntry(QTime(9, 0));
    writeText(path, entry + "Hidden=true\n");
    CHECK_FALSE(store::readReminderSettings(path).on);
    QByteArray disabled = entry;
    disabled.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false");
    writeText(path, disabled);
    CHECK_FALSE(store::readReminderSettings(path).on);
    writeText(path, entry);
    CHECK(store::readReminderSettings(path).on);
}

TEST_CASE("the autostart entry runs tightside remind", "[reminders]")
{
    const QByteArray entry = store::reminderAutostartEntry(QTime(18, 5));
    CHECK(entry.startsWith("[Desktop Entry]\n"));
    CHECK(entry.contains("\nExec=tightside remind\n"));
    CHECK(entry.contains("\nType=Application\n"));
    CHECK(entry.contains("\nX-Tightside-Remind-At=18:05\n"));
}

TEST_CASE("a course ends after six sessions, advice to see a clinician, or a stop", "[reminders]")
{
    const nlohmann::json balanced = {{"plan", {{"status", "balanced"}}}};
    CHECK_FALSE(store::courseEnded(1, balanced));
    CHECK_FALSE(store::courseEnded(5, balanced));
    CHECK(store::courseEnded(6, balanced));
    CHECK(store::courseEnded(2, {{"plan", {{"status", "seek_care"}}}}));
    CHECK(store::courseEnded(
        2, {{"plan", {{"status", "balanced"}}}, {"stopped", {{"reason", "pain"}}}}));
    CHECK_FALSE(store::courseEnded(2, {{"plan", {{"status", "balanced"}}}, {"stopped", nullptr}}));
    CHECK_FALSE(store::courseEnded(2, nlohmann::json()));
}

TEST_CASE("a reminder is due on or after the next check, once per due date", "[reminders]")
{
    const auto course = courseOf(3, "2026-11-29");
    CHECK(store::reminderState(false, course, false, "2026-11-29", "") == ReminderState::Off);
    CHECK(store::reminderState(true, course, false, "2026-11-28", "") == ReminderState::NotDue);
    CHECK(store::reminderState(true, course, false, "2026-11-29", "") == ReminderState::Due);
    CHECK(store::reminderState(true, course, false, "2026-12-02", "") == ReminderState::Due);
    CHECK(store::reminderState(true, course, false, "2026-11-30", "2026-11-29") ==
          ReminderState::AlreadyShown);
    CHECK(store::reminderState(true, course, false, "2026-11-30", "2026-11-25") ==
          ReminderState::Due);
    CHECK(store::reminderState(true, course, true, "2026-11-29", "") == ReminderState::CourseEnded);
    CHECK(store::reminderState(true, courseOf(0, ""), false, "2026-11-29", "") ==
          ReminderState::NotDue);
}

TEST_CASE("the due date shown is remembered in a private file", "[reminders]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/reminded"));
    REQUIRE(store::rememberReminder("2026-11-29", path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "2026-11-29\n");
    CHECK(QFile::permissions(path) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("the notification's words hold no health data", "[reminders]")
{
    const store::ReminderText text = store::reminderText();
    const QString all = (text.summary + QLatin1Char(' ') + text.body).toLower();
    CHECK_FALSE(text.summary.isEmpty());
    CHECK_FALSE(text.action.isEmpty());
    for (const char* word :
         {"left", "right", "pain", "quadriceps", "hamstrings", "adductors", "hip", "band", "gap"}) {
        CAPTURE(word);
        CHECK_FALSE(all.contains(QLatin1String(word)));
    }
    CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("[0-9]"))));
}

TEST_CASE("the window's reminder waits for the next time of day", "[reminders]")
{
    const QDateTime morning(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    CHECK(store::untilReminderTime(morning, QTime(9, 0)) == std::chrono::hours(1));
    CHECK(store::untilReminderTime(morning, QTime(8, 0)) == std::chrono::hours(24));
    CHECK(store::untilReminderTime(morning, QTime(7, 30)) == std::chrono::minutes(23 * 60 + 30));
}
