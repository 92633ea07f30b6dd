#pragma once

// The words of the session report PDF (issue 24), private to tightside_report: every sentence
// the report prints is made here, whole, with QCoreApplication::translate(
// "tightside::report::Pdf", ...), so a translator sees each one entire (docs/translating.md).
// The facts come from core (verdicts by the one rule, gaps, the protocol's texts); pdf.cpp only
// lays them out.

#include "tightside/core/measure.h"
#include "tightside/core/protocol.h"
#include "tightside/core/region.h"
#include "tightside/core/session.h"
#include "tightside/core/verdict.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace tightside::report {

/// A UTF-8 string from the core as a QString.
inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace tightside::report

namespace tightside::report::words {

/// A stored UTC time ("2026-12-04T10:30:00Z") as local date and time in a form no reader can
/// misread: the month by name, the year in full, a 24-hour clock ("4 Dec 2026, 10:30"; the
/// pattern is translated). Text that is not such a time comes back as it is.
QString dateTime(const std::string& iso8601);
/// The same for a local QDateTime (the report's own date).
QString dateTime(const QDateTime& local);
/// The date alone ("4 Dec 2026").
QString date(const std::string& iso8601);

/// A group's name with a capital first letter ("Hip flexors").
QString groupTitle(core::Region region);
QString sideText(core::Side side);
QString outcomeText(core::Outcome outcome);

/// The header block's labels and values.
QString title();
QString nameLabel();
QString reportDateLabel();
QString periodLabel();
QString protocolLabel();
QString appLabel();
/// "25 Nov 2026 to 4 Dec 2026: 6 sessions, 1 check stopped by a red flag".
QString period(const QString& first, const QString& last, int sessions, int stopped);
QString noSessions();
/// "tightside.legs, version 1.0.0".
QString protocolValue(const QString& id, const QString& version);
/// "Tightside 0.9.0".
QString appValue(const QString& version);

/// How to read the numbers: ratings 0-10, the signed gap against the screens' 0-10 gap, the
/// threshold, the one verdict rule and the angles' MDC.
QString howToRead(int threshold);

/// The overview page: its heading, each panel's title and the legend.
QString overviewTitle();
QString overviewLegend();
QString painPanel();
QString gapPanel(core::Region region);
QString anglePanel(core::Region region);

/// A session's heading: "Session 3 of 12: 4 Dec 2026, 10:30".
QString sessionHeading(int number, int total, const QString& when);
QString stoppedHeading(const QString& when);
QString stoppedText(core::Urgency urgency);
QString redFlagLine(const QString& question, const QString& advice);
QString precautionsNone();
QString precautionsHeading();
QString flareUpYes();
QString flareUpNo();
QString pain(int before, const std::optional<int>& after,
             const std::optional<core::Verdict>& verdict);
QString balancedPlan();
QString noStepsDone();
QString deferredSteps(int count);
QString notFinished();

/// The steps table's header: released group, side, technique, seconds, outcome.
QStringList stepsHeader();

/// The re-check table: header (group, start, re-check, verdict) and cells.
QStringList recheckHeader();
/// "7 / 4, gap 3 (left)": left / right and the signed gap named by its tighter side.
QString ratingCell(int left, int right);
QString verdictCell(const std::optional<core::Verdict>& verdict, bool rechecked);

/// The measured angles table: header and cells.
QString anglesHeading();
/// Group, test, start, re-check, verdict.
QStringList anglesHeader();
QString angleCell(const core::GroupMeasure& measure, const std::optional<core::MeasuredGap>& gap);
QString angleVerdict(const std::optional<core::Verdict>& verdict, double mdc);

QString activitiesHeading();
QString activityLine(const QString& name, int score);
QString notesHeading();
QString notesCut();

/// The closing box and the footer.
QString commentsTitle();
QString commentsHint();
QString footer(const QString& reportDate, int page, int pages);

} // namespace tightside::report::words
