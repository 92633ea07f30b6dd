#pragma once

// The course in words for the window (issue 15): verdicts, the overview on History and at
// the start, and the next check. The facts come from core/course.h; these only word them.

#include "tightside/core/course.h"
#include "tightside/core/protocol.h"
#include "tightside/core/verdict.h"

#include <QDate>
#include <QString>

namespace tightside::gui {

/// "better", "worse", "no clear change", translated.
QString verdictWords(core::Verdict verdict);
/// A start-to-start verdict, or "needs a second check" while only one session rated it.
QString acrossWords(core::Verdict verdict, bool tooFew);

/// The local date of the next check after a session that started at `started` (UTC ISO).
QDate nextCheckDate(const std::string& started);

/// The course overview as rich text: sessions so far, each group's first and latest gap
/// with its verdict, the steps waiting, the next check; every figure is "your ratings".
QString courseOverviewHtml(const core::Course& course, const core::Protocol& protocol);

/// "Your last check was 3 days ago." (or today); empty without sessions. `daysAgo` is
/// core::localDaysBetween from the latest session to now.
QString lastCheckWords(const core::Course& course, int daysAgo);

/// For the start of a check, from the latest session alone: when it was (`daysAgo` as
/// above), the steps waiting from it, and when the next check is due.
QString lastCheckOverview(const core::Course& latest, const core::Protocol& protocol, int daysAgo);

} // namespace tightside::gui
