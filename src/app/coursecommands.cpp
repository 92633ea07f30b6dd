// The course read from the store: `history --course` and the history `plan --with-history`
// plans with. The facts come from core/course.h; this file reads the store and prints.

#include "coursecommands.h"

#include "storeaccess.h"

#include "tightside/core/course.h"
#include "tightside/store/recent.h"

#include <QDateTime>

#include <ostream>

namespace tightside::app {
namespace {

std::string dateOf(const std::string& iso)
{
    return iso.substr(0, 10);
}

void printCourseText(const core::Course& course, std::ostream& out)
{
    if (course.sessions == 0) {
        out << "No sessions are stored yet: the course starts with your first check.\n";
        return;
    }
    out << "Your course so far (your ratings): " << course.sessions
        << (course.sessions == 1 ? " session" : " sessions") << ", " << dateOf(course.first)
        << " to " << dateOf(course.latest) << ".\n\n"
        << "Left/right gap at the start of the first and the latest session:\n";
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        if (const auto& group = course.groups.at(i)) {
            std::string name(core::regionName(static_cast<core::Region>(i)));
            name.resize(std::max<std::size_t>(name.size() + 1, 14), ' ');
            out << "  " << name << group->firstGap << " -> " << group->latestGap << "  "
                << core::verdictId(group->verdict) << "\n";
        }
    }
    if (course.pain) {
        out << "Pain at the start: " << course.pain->first << " -> " << course.pain->latest << "  "
            << core::verdictId(course.pain->verdict) << "\n";
    }
    if (!course.deferred.empty()) {
        out << "\nWaiting from last time (first in line next time):\n";
        for (const core::Step& step : course.deferred) {
            out << "  " << core::sideId(step.side) << " " << core::regionName(step.group) << "\n";
        }
    }
    out << "\nNext check: " << course.nextCheck << " (two to three days after the latest).\n"
        << "A change counts only at 2 points or 30% or more; otherwise it is no clear change.\n"
        << "These are your own ratings; they do not say what caused a change.\n";
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
