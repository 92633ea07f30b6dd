// The course read from the store: `history --course` and the history `plan --with-history`
// plans with. The facts come from core/course.h; this file reads the store and prints.

#include "coursecommands.h"

#include "storeaccess.h"

#include "tightside/checks/history.h"
#include "tightside/core/course.h"
#include "tightside/l10n/l10n.h"
#include "tightside/text/coursewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

#include <ostream>

namespace tightside::app {

int printCourse(const store::SessionStore& sessions, const std::string& format, Io& io)
{
    // From the history's summaries (its index), like the window's overview: the same course
    // as reading every file (a store test compares them), without reading 10,000 files.
    const auto reading = checks::readCourse(sessions, l10n::utcOffsetAt);
    if (!reading) {
        io.err << "tightside: " << reading.error().toStdString() << "\n";
        return kExitBadInput;
    }
    const core::Course& course = reading.value().course;
    if (format == "text") {
        io.out << text::courseText(course).toStdString();
    } else {
        io.out << core::toJson(course).dump(2) << "\n";
    }
    reportQuarantined(io, reading.value().quarantined);
    return kExitOk;
}

std::optional<checks::CheckStart> readCheckStart(const Arguments& arguments, core::UtcTime now,
                                                 Io& io)
{
    auto sessions = openStore(arguments, io);
    if (!sessions) {
        return std::nullopt;
    }
    checks::CheckStart start = checks::readCheckStart(*sessions, now);
    for (const QString& why : start.skipped) {
        io.err << "tightside: " << why.toStdString() << "\n";
    }
    if (!start.readable()) {
        io.err << "tightside: " << start.error.toStdString() << "\n";
        return std::nullopt;
    }
    return start;
}

} // namespace tightside::app
