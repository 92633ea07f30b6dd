#include "tightside/store/reminders.h"

#include "tightside/store/atomicwrite.h"
#include "tightside/store/statefolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace tightside::store {
namespace {

const QString kAutostartName = QStringLiteral("io.github.tightside.Tightside.Reminder.desktop");
const QByteArray kTimeKey = QByteArrayLiteral("X-Tightside-Remind-At");
/// No file this app writes about itself is larger; anything larger is not ours.
constexpr qint64 kMaxEntryBytes = qint64{64} * 1024;

/// The keys of the [Desktop Entry] group (the only group the entry has), values as written.
std::optional<std::map<QByteArray, QByteArray>> readEntryKeys(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray text = file.read(kMaxEntryBytes);
    std::map<QByteArray, QByteArray> keys;
    bool inMain = false;
    for (const QByteArray& raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        if (line.startsWith('[')) {
            inMain = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (inMain && eq > 0) {
            keys[line.left(eq).trimmed()] = line.mid(eq + 1).trimmed();
        }
    }
    return keys;
}

/// A desktop entry's localestring value: no line breaks, backslashes escaped.
QByteArray entryValue(const QString& text)
{
    QString value = text;
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return value.toUtf8();
}

} // namespace

QString reminderAutostartPath()
{
    // The XDG Base Directory rule: a relative value is invalid and must be ignored.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config)) {
        const QString home = qEnvironmentVariable("HOME");
        if (home.isEmpty() || !QDir::isAbsolutePath(home)) {
            return {};
        }
        config = home + QStringLiteral("/.config");
    }
    return QDir::cleanPath(config + QStringLiteral("/autostart/") + kAutostartName);
}

std::optional<QTime> parseTimeOfDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

ReminderSettings readReminderSettings(const QString& path)
{
    ReminderSettings settings;
    if (path.isEmpty()) {
        return settings;
    }
    const auto keys = readEntryKeys(path);
    if (!keys) {
        return settings;
    }
    const auto value = [&keys](const char* key) {
        const auto it = keys->find(QByteArray(key));
        return it == keys->end() ? QByteArray() : it->second;
    };
    // The desktop's own switch for a program started at login (GNOME, KDE).
    if (value("Hidden") == "true" || value("X-GNOME-Autostart-enabled") == "false") {
        return settings;
    }
    settings.on = true;
    if (const auto at = parseTimeOfDay(QString::fromLatin1(value(kTimeKey.constData())))) {
        settings.at = *at;
    }
    return settings;
}

QByteArray reminderAutostartEntry(QTime at)
{
    const QString comment = QCoreApplication::translate(
        "Reminders", "Reminds you when your next Tightside check is due.");
    QByteArray entry;
    entry += "[Desktop Entry]\n";
    entry += "Type=Application\n";
    entry +=
        "Name=" + entryValue(QCoreApplication::translate("Reminders", "Tightside reminder")) + "\n";
    entry += "Comment=" + entryValue(comment) + "\n";
    entry += "Icon=io.github.tightside.Tightside\n";
    entry += "Exec=tightside remind\n";
    entry += "Terminal=false\n";
    entry += "NoDisplay=true\n";
    entry += "X-GNOME-Autostart-enabled=true\n";
    entry += kTimeKey + "=" + at.toString(QStringLiteral("HH:mm")).toLatin1() + "\n";
    return entry;
}

Result<ReminderSettings> setReminders(bool on, std::optional<QTime> at, const QString& path)
{
    if (path.isEmpty()) {
        return Result<ReminderSettings>::failure(QCoreApplication::translate(
            "Reminders", "There is no configuration folder: neither XDG_CONFIG_HOME nor HOME "
                         "is set."));
    }
    if (!on) {
        if (!QFile::remove(path) && QFileInfo::exists(path)) {
            return Result<ReminderSettings>::failure(
                QCoreApplication::translate("Reminders", "Could not remove %1.").arg(path));
        }
        return Result<ReminderSettings>::success({});
    }
    ReminderSettings settings{true, at.value_or(readReminderSettings(path).at)};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Result<ReminderSettings>::failure(
            QCoreApplication::translate("Reminders", "Could not create the folder %1.")
                .arg(folder));
    }
    const auto written = writeFileAtomically(path, reminderAutostartEntry(settings.at));
    if (!written) {
        return Result<ReminderSettings>::failure(written.error());
    }
    return Result<ReminderSettings>::success(settings);
}

QString reminderStatePath()
{
    const QString folder = stateFolder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/reminded");
}

bool courseEnded(std::size_t sessions, const nlohmann::json& latest)
{
    if (sessions >= kCourseSessions) {
        return true;
    }
    if (!latest.is_object()) {
        return false;
    }
    if (const auto stopped = latest.find("stopped");
        stopped != latest.end() && stopped->is_object()) {
        return true;
    }
    const auto plan = latest.find("plan");
    if (plan == latest.end() || !plan->is_object()) {
        return false;
    }
    const auto status = plan->find("status");
    return status != plan->end() && status->is_string() && *status == "seek_care";
}

ReminderState reminderState(bool on, const core::Course& course, bool ended,
                            const std::string& today, const std::string& lastShown)
{
    if (!on) {
        return ReminderState::Off;
    }
    if (course.sessions == 0 || course.nextCheck.empty()) {
        return ReminderState::NotDue;
    }
    if (ended) {
        return ReminderState::CourseEnded;
    }
    // Both are ISO dates (YYYY-MM-DD): they sort as they fall.
    if (course.nextCheck > today) {
        return ReminderState::NotDue;
    }
    if (course.nextCheck == lastShown) {
        return ReminderState::AlreadyShown;
    }
    return ReminderState::Due;
}

Result<void> rememberReminder(const std::string& dueDate, const QString& statePath)
{
    if (statePath.isEmpty()) {
        return Result<void>::failure(QStringLiteral("there is no state folder"));
    }
    if (auto folder = makePrivateFolder(QFileInfo(statePath).absolutePath()); !folder) {
        return folder;
    }
    return writeFileAtomically(statePath, QByteArray::fromStdString(dueDate + "\n"));
}

ReminderText reminderText()
{
    return {
        QCoreApplication::translate("Reminders", "Time for your next check"),
        QCoreApplication::translate("Reminders",
                                    "Your next Tightside check is due. It takes a few minutes."),
        QCoreApplication::translate("Reminders", "Start check"),
    };
}

std::chrono::milliseconds untilReminderTime(const QDateTime& now, QTime at)
{
    QDateTime next(now.date(), at, now.timeSpec());
    if (next <= now) {
        next = QDateTime(now.date().addDays(1), at, now.timeSpec());
    }
    return std::chrono::milliseconds{now.msecsTo(next)};
}

} // namespace tightside::store
