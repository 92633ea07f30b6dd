#include "reportwords.h"

#include "tightside/core/verdict.h"
#include "tightside/text/coursewords.h"
#include "tightside/text/planwords.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tightside::report::words {
namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString dateTime(const QDateTime& local)
{
    // The month by name and the year in full: 12/4/26 reads as 12 April in most of the world.
    return QLocale().toString(
        local, QCoreApplication::translate("tightside::report::Pdf", "d MMM yyyy, HH:mm",
                                           "date and time pattern (QDateTime::toString): day, "
                                           "month name, full year, 24-hour clock"));
}

QString dateTime(const std::string& iso8601)
{
    const QString text = QString::fromStdString(iso8601);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? dateTime(time.toLocalTime()) : text;
}

QString date(const std::string& iso8601)
{
    QString text = QString::fromStdString(iso8601);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        return text;
    }
    return QLocale().toString(time.toLocalTime().date(),
                              QCoreApplication::translate("tightside::report::Pdf", "d MMM yyyy",
                                                          "date pattern (QDate::toString): day, "
                                                          "month name, full year"));
}

QString groupTitle(core::Region region)
{
    QString name = text::regionText(region);
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name;
}

QString sideText(core::Side side)
{
    return side == core::Side::Left
               ? QCoreApplication::translate("tightside::report::Pdf", "left", "a side of the body")
               : QCoreApplication::translate("tightside::report::Pdf", "right",
                                             "a side of the body");
}

QString outcomeText(core::Outcome outcome)
{
    switch (outcome) {
    case core::Outcome::Skipped:
        return QCoreApplication::translate("tightside::report::Pdf", "skipped");
    case core::Outcome::StoppedPain:
        return QCoreApplication::translate("tightside::report::Pdf", "stopped for pain");
    case core::Outcome::Completed:
        break;
    }
    return QCoreApplication::translate("tightside::report::Pdf", "completed");
}

QString title()
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "Tightside: self-check and release log");
}

QString nameLabel()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Name");
}

QString reportDateLabel()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Report made");
}

QString periodLabel()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Period");
}

QString protocolLabel()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Protocol");
}

QString appLabel()
{
    return QCoreApplication::translate("tightside::report::Pdf", "App");
}

QString period(const QString& first, const QString& last, int sessions, int stopped)
{
    if (stopped == 0) {
        return QCoreApplication::translate("tightside::report::Pdf", "%1 to %2: %n session(s)",
                                           nullptr, sessions)
            .arg(first, last);
    }
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "%1 to %2: %n session(s); checks stopped by a red flag: %3",
                                       nullptr, sessions)
        .arg(first, last)
        .arg(stopped);
}

QString noSessions()
{
    return QCoreApplication::translate("tightside::report::Pdf", "No sessions are stored yet.");
}

QString protocolValue(const QString& id, const QString& version)
{
    return QCoreApplication::translate("tightside::report::Pdf", "%1, version %2",
                                       "protocol id and version")
        .arg(id, version);
}

QString appValue(const QString& version)
{
    return QCoreApplication::translate("tightside::report::Pdf", "Tightside %1",
                                       "the app's name and version")
        .arg(version);
}

QString howToRead(int threshold)
{
    return QCoreApplication::translate(
               "tightside::report::Pdf",
               "How to read the numbers: every rating is the person's own, 0 (none) to 10 "
               "(extreme). The gap is left minus right, from -10 to 10: above 0 the left felt "
               "tighter, below 0 the right. The app's screens show the same gap without its sign "
               "(0-10) and name the tighter side. A group whose sides differ by %n point(s) or "
               "more is released on its tighter side. A change counts as better or worse only at "
               "%1 points or more; a measured angle only at its test's smallest real change (MDC).",
               nullptr, threshold)
        .arg(core::kRealChangePoints);
}

QString overviewTitle()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Across sessions");
}

QString overviewLegend()
{
    return QCoreApplication::translate(
        "tightside::report::Pdf",
        "Dots joined by a line: at the start of each session. Squares: at the re-check "
        "after the routine. Shaded band: a gap too small to release (balanced); for an angle, "
        "a gap below the test's MDC.");
}

QString painPanel()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Pain, 0-10");
}

QString gapPanel(core::Region region)
{
    return QCoreApplication::translate("tightside::report::Pdf", "%1: gap, left minus right",
                                       "a group's name")
        .arg(groupTitle(region));
}

QString anglePanel(core::Region region)
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "%1: measured gap in degrees, left minus right",
                                       "a group's name")
        .arg(groupTitle(region));
}

QString sessionHeading(int number, int total, const QString& when)
{
    return QCoreApplication::translate("tightside::report::Pdf", "Session %1 of %2: %3")
        .arg(number)
        .arg(total)
        .arg(when);
}

QString stoppedHeading(const QString& when)
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "Check stopped at the safety questions: %1")
        .arg(when);
}

QString stoppedText(core::Urgency urgency)
{
    return urgency == core::Urgency::Today
               ? QCoreApplication::translate(
                     "tightside::report::Pdf",
                     "A red flag ended the check before any rating. The app gave no routine and "
                     "advised seeing a clinician today.")
               : QCoreApplication::translate(
                     "tightside::report::Pdf",
                     "A red flag ended the check before any rating. The app gave no routine and "
                     "advised seeing a clinician soon.");
}

QString redFlagLine(const QString& question, const QString& advice)
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "Answered yes: %1 Advice given: %2",
                                       "a red-flag question and the app's advice")
        .arg(question, advice);
}

QString precautionsNone()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Precautions: none answered yes.");
}

QString precautionsHeading()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Precautions answered yes:");
}

QString flareUpYes()
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "Acute flare-up: yes (gentle dosage).");
}

QString flareUpNo()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Acute flare-up: no.");
}

QString pain(int before, const std::optional<int>& after,
             const std::optional<core::Verdict>& verdict)
{
    if (!after) {
        return QCoreApplication::translate(
                   "tightside::report::Pdf",
                   "Pain at the start: %1 of 10. Not rated again after the routine.")
            .arg(before);
    }
    return QCoreApplication::translate(
               "tightside::report::Pdf",
               "Pain at the start: %1 of 10; after the routine: %2 of 10 (%3).")
        .arg(before)
        .arg(*after)
        .arg(text::verdictText(verdict.value_or(core::Verdict::NoClearChange)));
}

QString balancedPlan()
{
    return QCoreApplication::translate(
        "tightside::report::Pdf",
        "Nothing to release: every group's sides were within the threshold.");
}

QString noStepsDone()
{
    return QCoreApplication::translate("tightside::report::Pdf", "No step was done.");
}

QString deferredSteps(int count)
{
    return QCoreApplication::translate(
        "tightside::report::Pdf",
        "%n step(s) did not fit the time given and wait for the next session.", nullptr, count);
}

QString notFinished()
{
    return QCoreApplication::translate("tightside::report::Pdf", "The session was not finished.");
}

QStringList stepsHeader()
{
    return {QCoreApplication::translate("tightside::report::Pdf", "Released"),
            QCoreApplication::translate("tightside::report::Pdf", "Side"),
            QCoreApplication::translate("tightside::report::Pdf", "Technique"),
            QCoreApplication::translate("tightside::report::Pdf", "Seconds"),
            QCoreApplication::translate("tightside::report::Pdf", "Outcome")};
}

QStringList recheckHeader()
{
    return {
        QCoreApplication::translate("tightside::report::Pdf", "Group"),
        QCoreApplication::translate("tightside::report::Pdf", "At the start (left / right, gap)"),
        QCoreApplication::translate("tightside::report::Pdf", "Re-check (left / right, gap)"),
        QCoreApplication::translate("tightside::report::Pdf", "Gap in this session")};
}

QStringList anglesHeader()
{
    return {QCoreApplication::translate("tightside::report::Pdf", "Group"),
            QCoreApplication::translate("tightside::report::Pdf", "Test"),
            QCoreApplication::translate("tightside::report::Pdf", "At the start"),
            QCoreApplication::translate("tightside::report::Pdf", "Re-check"),
            QCoreApplication::translate("tightside::report::Pdf", "Gap in this session")};
}

QString ratingCell(int left, int right)
{
    return QCoreApplication::translate("tightside::report::Pdf", "%1 / %2, gap %3",
                                       "left / right ratings and the signed gap, left minus right")
        .arg(left)
        .arg(right)
        .arg(left - right > 0 ? QStringLiteral("+%1").arg(left - right)
                              : QString::number(left - right));
}

QString verdictCell(const std::optional<core::Verdict>& verdict, bool rechecked)
{
    if (verdict) {
        return text::verdictText(*verdict);
    }
    return rechecked ? QCoreApplication::translate("tightside::report::Pdf",
                                                   "not released, re-checked only")
                     : QCoreApplication::translate("tightside::report::Pdf", "not re-checked");
}

QString anglesHeading()
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "Measured angles (degrees, from the person's photos)");
}

QString angleCell(const core::GroupMeasure& measure, const std::optional<core::MeasuredGap>& gap)
{
    const QString dash = QStringLiteral("-");
    const QString left = measure.left ? number(*measure.left) : dash;
    const QString right = measure.right ? number(*measure.right) : dash;
    if (!gap) {
        return QCoreApplication::translate("tightside::report::Pdf", "left %1, right %2",
                                           "measured angles in degrees")
            .arg(left, right);
    }
    if (!gap->tighter) {
        return QCoreApplication::translate("tightside::report::Pdf",
                                           "left %1, right %2, gap %3 (below the MDC)",
                                           "measured angles in degrees")
            .arg(left, right, number(gap->gap));
    }
    return *gap->tighter == core::Side::Left
               ? QCoreApplication::translate("tightside::report::Pdf",
                                             "left %1, right %2, gap %3 (left tighter)",
                                             "measured angles in degrees")
                     .arg(left, right, number(gap->gap))
               : QCoreApplication::translate("tightside::report::Pdf",
                                             "left %1, right %2, gap %3 (right tighter)",
                                             "measured angles in degrees")
                     .arg(left, right, number(gap->gap));
}

QString angleVerdict(const std::optional<core::Verdict>& verdict, double mdc)
{
    if (!verdict) {
        return QCoreApplication::translate("tightside::report::Pdf", "MDC %1",
                                           "a test's smallest real change in degrees")
            .arg(number(mdc));
    }
    return QCoreApplication::translate("tightside::report::Pdf", "%1 (MDC %2)",
                                       "a verdict and the test's smallest real change in degrees")
        .arg(text::verdictText(*verdict), number(mdc));
}

QString activitiesHeading()
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "What matters to the person, 0 to 10 (higher is better):");
}

QString activityLine(const QString& name, int score)
{
    return QCoreApplication::translate("tightside::report::Pdf", "%1: %2",
                                       "an activity and its score")
        .arg(name)
        .arg(score);
}

QString notesHeading()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Notes:");
}

QString notesCut()
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "(The note goes on; the JSON export holds it whole.)");
}

QString commentsTitle()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Clinician's comments");
}

QString commentsHint()
{
    return QCoreApplication::translate("tightside::report::Pdf", "Date, name and signature:");
}

QString footer(const QString& reportDate, int page, int pages)
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "Tightside report of %1, page %2 of %3")
        .arg(reportDate)
        .arg(page)
        .arg(pages);
}

} // namespace tightside::report::words
