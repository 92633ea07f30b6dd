// The course read from the store: `history --course` and the history `plan --with-history`
// plans with. The facts come from core/course.h; this file reads the store and prints.

#include "coursecommands.h"

#include "storeaccess.h"

#include "tightside/core/course.h"
#include "tightside/store/recent.h"
#include "tightside/text/planwords.h"
#include "tightside/text/verdictwords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

#include <ostream>

namespace tightside::app {
namespace {

/// A stored date ("2026-11-29") as a person reads it: the locale's short or long form.
QString dateOf(const std::string& iso, QLocale::FormatType format = QLocale::ShortFormat)
{
    const QDate date = QDate::fromString(QString::fromStdString(iso.substr(0, 10)), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, format) : QString::fromStdString(iso);
}

/// `history --course --format text`, in the language installed; the JSON keeps the ids.
void printCourseText(const core::Course& course, std::ostream& out)
{
    if (course.sessions == 0) {
        out << QCoreApplication::translate(
                   "tightside::app::Course",
                   "No sessions are stored yet: the course starts with your first check.")
                   .toStdString()
            << "\n";
        return;
    }
    // lupdate reads no casts inside translate(): the count is made first.
    const int count = static_cast<int>(course.sessions);
    out << (count == 1 ? QCoreApplication::translate("tightside::app::Course",
                                                     "Your course so far (your ratings): one "
                                                     "session, on %1.")
                             .arg(dateOf(course.first))
                       : QCoreApplication::translate("tightside::app::Course",
                                                     "Your course so far (your ratings): %n "
                                                     "sessions, %1 to %2.",
                                                     nullptr, count)
                             .arg(dateOf(course.first), dateOf(course.latest)))
               .toStdString()
        << "\n\n"
        << QCoreApplication::translate(
               "tightside::app::Course",
               "Left/right gap at the start of the first and the latest session:")
               .toStdString()
        << "\n";
    qsizetype width = 0;
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        width = std::max(width, text::regionText(static_cast<core::Region>(i)).size());
    }
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        if (const auto& group = course.groups.at(i)) {
            out << "  "
                << text::regionText(static_cast<core::Region>(i))
                       .leftJustified(std::max<qsizetype>(width + 2, 14))
                       .toStdString()
                << QCoreApplication::translate("tightside::app::Course", "%1 -> %2  %3",
                                               "first gap -> latest gap, verdict")
                       .arg(group->firstGap)
                       .arg(group->latestGap)
                       .arg(text::verdictText(group->verdict))
                       .toStdString()
                << "\n";
        }
    }
    if (course.pain) {
        out << QCoreApplication::translate("tightside::app::Course",
                                           "Pain at the start: %1 -> %2  %3")
                   .arg(course.pain->first)
                   .arg(course.pain->latest)
                   .arg(text::verdictText(course.pain->verdict))
                   .toStdString()
            << "\n";
    }
    if (!course.deferred.empty()) {
        out << "\n"
            << QCoreApplication::translate("tightside::app::Course",
                                           "Waiting from last time (first in line next time):")
                   .toStdString()
            << "\n";
        for (const core::Step& step : course.deferred) {
            const QString line =
                step.side == core::Side::Left
                    ? QCoreApplication::translate("tightside::app::Course", "left %1")
                    : QCoreApplication::translate("tightside::app::Course", "right %1");
            out << "  " << line.arg(text::regionText(step.group)).toStdString() << "\n";
        }
    }
    out << "\n"
        << QCoreApplication::translate("tightside::app::Course",
                                       "Next check: %1 (two to three days after the latest).")
               .arg(dateOf(course.nextCheck, QLocale::LongFormat))
               .toStdString()
        << "\n"
        << QCoreApplication::translate("tightside::app::Course",
                                       "A change counts only at 2 points or 30% or more; "
                                       "otherwise it is no clear change.")
               .toStdString()
        << "\n"
        << QCoreApplication::translate(
               "tightside::app::Course",
               "These are your own ratings; they do not say what caused a change.")
               .toStdString()
        << "\n";
}

} // namespace

std::chrono::seconds localUtcOffset(core::UtcTime time)
{
    const auto seconds = time.time_since_epoch().count();
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return std::chrono::seconds{utc.toLocalTime().offsetFromUtc()};
}

int printCourse(const store::SessionStore& sessions, const std::string& format, Io& io)
{
    core::CourseBuilder builder;
    const auto visited = sessions.forEach(
        [&builder](const store::StoredSession& stored) { builder.add(stored.session); });
    if (!visited) {
        io.err << "tightside: " << visited.error().toStdString() << "\n";
        return kExitBadInput;
    }
    const auto latest = builder.latestStart();
    const core::Course course =
        builder.course(latest ? localUtcOffset(*latest) : std::chrono::seconds{0});
    if (format == "text") {
        printCourseText(course, io.out);
    } else {
        io.out << core::toJson(course).dump(2) << "\n";
    }
    reportQuarantined(io, visited.value());
    return kExitOk;
}

std::optional<core::CourseContext> readCourseContext(const Arguments& arguments, core::UtcTime now,
                                                     Io& io)
{
    auto sessions = openStore(arguments, io);
    if (!sessions) {
        return std::nullopt;
    }
    const auto context = store::courseContext(*sessions, now, [&io](const QString& why) {
        io.err << "tightside: " << why.toStdString() << "\n";
    });
    if (!context) {
        io.err << "tightside: " << context.error().toStdString() << "\n";
        return std::nullopt;
    }
    return context.value();
}

} // namespace tightside::app
