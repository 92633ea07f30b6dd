// The course read from the store: `history --course` and the history `plan --with-history`
// plans with. The facts come from core/course.h; this file reads the store and prints.

#include "coursecommands.h"

#include "storeaccess.h"

#include "tightside/core/course.h"
#include "tightside/store/recent.h"
#include "tightside/text/coursewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

#include <ostream>

namespace tightside::app {

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
        io.out << text::courseText(course).toStdString();
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
