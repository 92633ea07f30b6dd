#pragma once

#include "tightside/core/course.h"
#include "tightside/core/verdict.h"

#include <QString>

namespace tightside::text {

/// The words of the course (issue 15), for `tightside history --course --format text`: every
/// sentence is QCoreApplication::translate("CourseText", ...), like the plan's words, so the
/// text follows --lang. The facts come from core/course.h; this only words them.

/// "better", "worse", "no clear change".
QString verdictText(core::Verdict verdict);

/// The course for people: sessions so far, each group's first and latest gap, pain, what
/// matters to the person (first and latest score), the steps waiting, the next check; every
/// figure is "your ratings" and nothing claims a cause.
QString courseText(const core::Course& course);

/// "Next check: <date> (2 to 3 days after the latest).", the days from core::kNextCheckDays
/// and core::kNextCheckDaysAtMost: the command line's course and the window's say it alike.
QString nextCheckText(const QString& date);

} // namespace tightside::text
