// `tightside remind`: the reminder at login (the autostart entry runs it) and its switch.
// Whether one is due is checks/reminder.h; how reminders are kept, store/reminders.h; the
// notification, notify/desktopnotifier.h. This file reads the options and says what happened.

#include "cli.h"
#include "log.h"
#include "storeaccess.h"

#include "tightside/checks/reminder.h"
#include "tightside/core/course.h"
#include "tightside/l10n/l10n.h"
#include "tightside/notify/desktopnotifier.h"
#include "tightside/store/reminders.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <chrono>
#include <ostream>

namespace tightside::app {
namespace {

/// How long `remind` waits for the person to choose "Start check" before it ends; the
/// notification may stay in the desktop's list, but nothing answers it after that.
constexpr std::chrono::minutes kWaitForAction{10};

constexpr std::string_view kRemindHelp =
    "Usage: tightside remind [--dry-run] [--data-dir DIR]\n"
    "       tightside remind --on [--at HH:MM]\n"
    "       tightside remind --off\n"
    "\n"
    "When reminders are on and the next check is due (the course's next check, as history\n"
    "shows it, is today or earlier), shows one desktop notification with a \"Start check\"\n"
    "action that opens the window (or brings the open one forward). Its words hold no health\n"
    "data: no group, side or pain. It is shown once for each due date, and never when the\n"
    "course has ended (six sessions, or the latest advised seeing a clinician). --dry-run\n"
    "prints the notification's text instead, or nothing.\n"
    "\n"
    "--on turns reminders on, like the Settings choice: it writes\n"
    "$XDG_CONFIG_HOME/autostart/io.github.tightside.Tightside.Reminder.desktop, which runs\n"
    "`tightside remind` at login; the open window also reminds at the time of day --at names\n"
    "(default 09:00). --off removes that file, which turns reminders off.\n"
    "\n"
    "Exit codes: 0 done (also when nothing was due or no notification could be shown); 1 the\n"
    "history cannot be read or the setting not changed; 2 wrong usage.\n";

std::string sentence(const QString& text)
{
    return text.toStdString();
}

/// TIGHTSIDE_NOW (an ISO UTC time, for tests), else the system clock.
std::optional<core::UtcTime> chooseNow(Io& io)
{
    const QByteArray injected = qgetenv("TIGHTSIDE_NOW");
    if (injected.isEmpty()) {
        return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    }
    const auto parsed = core::parseIsoUtc(injected.toStdString());
    if (!parsed) {
        usageError(io, "remind", "TIGHTSIDE_NOW is not a time like 2026-12-04T09:00:00Z");
    }
    return parsed;
}

int switchReminders(bool on, std::optional<QTime> at, Io& io)
{
    const auto changed = store::setReminders(on, at);
    if (!changed) {
        printLine(io, "tightside: " + changed.error().toStdString());
        logError("reminders could not be switched");
        return kExitBadInput;
    }
    if (on) {
        io.out << sentence(QCoreApplication::translate(
                               "Cli", "Reminders are on. The open window reminds you at %1; "
                                      "turn them off with: tightside remind --off")
                               .arg(changed.value().at.toString(QStringLiteral("HH:mm"))))
               << "\n";
        logInfo("reminders turned on");
    } else {
        io.out << sentence(QCoreApplication::translate("Cli", "Reminders are off.")) << "\n";
        logInfo("reminders turned off");
    }
    return kExitOk;
}

/// Starts the window (or brings the open one forward: a second start raises the first).
void openWindow(const Arguments& arguments)
{
    QStringList args;
    if (const auto dataDir = arguments.value("data-dir")) {
        args << QStringLiteral("--data-dir")
             << QFile::decodeName(QByteArray::fromStdString(*dataDir));
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
        logInfo("reminder: the window was started");
    } else {
        logError("reminder: the window could not be started");
    }
}

int runRemind(const std::vector<std::string>& args, Io& io)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"data-dir", "at"}, {"dry-run", "on", "off"}, error);
    if (!parsed) {
        return usageError(io, "remind", error);
    }
    if (!parsed->positionals().empty()) {
        return usageError(io, "remind", "unexpected argument '" + parsed->positionals()[0] + "'");
    }
    const bool on = parsed->flag("on");
    const bool off = parsed->flag("off");
    const auto at = parsed->value("at");
    if (on && off) {
        return usageError(io, "remind", "give --on or --off, not both");
    }
    if ((on || off) && parsed->flag("dry-run")) {
        return usageError(io, "remind",
                          "--dry-run shows a reminder; it does not go with --on or --off");
    }
    if (at && !on) {
        return usageError(io, "remind", "--at goes with --on");
    }
    std::optional<QTime> time;
    if (at) {
        time = store::parseTimeOfDay(QString::fromStdString(*at));
        if (!time) {
            return usageError(io, "remind",
                              "--at needs a time of day like 18:30, not '" + *at + "'");
        }
    }
    if (on || off) {
        return switchReminders(on, time, io);
    }

    const auto now = chooseNow(io);
    if (!now) {
        return kExitUsage;
    }
    auto sessions = openStore(*parsed, io);
    if (!sessions) {
        return kExitBadInput;
    }
    const bool enabled = store::readReminderSettings().on;
    if (parsed->flag("dry-run")) {
        const auto check = checks::checkReminder(*sessions, enabled, *now, l10n::utcOffsetAt);
        if (!check) {
            printLine(io, "tightside: " + check.error().toStdString());
            return kExitBadInput;
        }
        if (check.value().state == store::ReminderState::Due) {
            const store::ReminderText text = store::reminderText();
            io.out << sentence(text.summary) << "\n" << sentence(text.body) << "\n";
        }
        return kExitOk;
    }

    notify::DesktopNotifier notifier(QDBusConnection::sessionBus());
    const auto reminded = notify::remindNow(*sessions, enabled, *now, l10n::utcOffsetAt, notifier);
    if (!reminded) {
        printLine(io, "tightside: " + reminded.error().toStdString());
        logError("reminder: the history could not be read");
        return kExitBadInput;
    }
    if (!reminded.value().problem.isEmpty()) {
        printLine(io, "tightside: " + reminded.value().problem.toStdString());
        logError("reminder: " + reminded.value().problem.toStdString());
    }
    if (!reminded.value().shown) {
        logInfo("reminder: none shown");
        return kExitOk;
    }
    logInfo("reminder: shown");
    // Waits (a bounded time) for the person to choose the action or close the notification.
    QEventLoop loop;
    QObject::connect(&notifier, &notify::DesktopNotifier::startRequested,
                     [&parsed] { openWindow(*parsed); });
    QObject::connect(&notifier, &notify::DesktopNotifier::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kWaitForAction, &loop, &QEventLoop::quit);
    loop.exec();
    return kExitOk;
}

} // namespace

std::vector<Command> remindCommands()
{
    return {
        {"remind", "a desktop reminder when the next check is due", kRemindHelp, runRemind},
    };
}

} // namespace tightside::app
