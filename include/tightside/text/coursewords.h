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

} // namespace tightside::text
