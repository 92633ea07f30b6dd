#include "coursewords.h"

#include "texts.h"

#include "tightside/l10n/l10n.h"
#include "tightside/text/coursewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace tightside::gui {

namespace {
/// The translation context of these words.
struct CourseWords
{
    Q_DECLARE_TR_FUNCTIONS(CourseWords)
};
} // namespace

QString verdictWords(core::Verdict verdict)
{
    // The window's own context (CourseWords), so its translations stay; the command line's
    // words are text::verdictText() (CourseText).
    switch (verdict) {
    case core::Verdict::Better:
        return CourseWords::tr("better");
    case core::Verdict::Worse:
        return CourseWords::tr("worse");
    case core::Verdict::NoClearChange:
        break;
    }
    return CourseWords::tr("no clear change");
}

QDate nextCheckDate(const std::string& started)
{
    const auto time = core::parseIsoUtc(started);
    if (!time) {
        return {};
    }
    return QDate::fromString(QString::fromStdString(core::localDateAfter(
                                 *time, l10n::utcOffsetAt(*time), core::kNextCheckDays)),
                             Qt::ISODate);
}

QString lastCheckWords(const core::Course& course, int daysAgo)
{
    if (course.sessions == 0) {
        return {};
    }
    if (daysAgo <= 0) {
        return CourseWords::tr("Your last check was today.");
    }
    return CourseWords::tr("Your last check was %n day(s) ago.", nullptr, daysAgo);
}

namespace {
QString waitingSteps(const core::Course& course, const core::Protocol& protocol)
{
    QStringList steps;
    for (const core::Step& step : course.deferred) {
        steps << (step.side == core::Side::Left ? CourseWords::tr("left %1")
                                                : CourseWords::tr("right %1"))
                     .arg(groupName(protocol, step.group));
    }
    return QLocale().createSeparatedList(steps);
}

QString nextCheckWords(const core::Course& course)
{
    const QDate next = QDate::fromString(QString::fromStdString(course.nextCheck), Qt::ISODate);
    return text::nextCheckText(QLocale().toString(next, QLocale::LongFormat));
}
} // namespace

QString lastCheckOverview(const core::Course& latest, const core::Protocol& protocol, int daysAgo)
{
    if (latest.sessions == 0) {
        return {};
    }
    QString text = lastCheckWords(latest, daysAgo);
    if (!latest.deferred.empty()) {
        text += QLatin1Char(' ') + CourseWords::tr("Waiting from last time, first in line: %1.")
                                       .arg(waitingSteps(latest, protocol));
    }
    text += QLatin1Char(' ') + nextCheckWords(latest) + QLatin1Char(' ') +
            CourseWords::tr("Your whole course is in History.");
    return text;
}

namespace {
/// "Within your latest session": before -> after the routine, per re-checked group and pain.
QString withinHtml(const core::Course& course, const core::Protocol& protocol)
{
    QString items;
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        if (const auto& group = course.within.groups.at(i)) {
            items +=
                QStringLiteral("<li>%1</li>")
                    .arg(CourseWords::tr("%1: gap %2 before, %3 after: %4")
                             .arg(capitalised(groupName(protocol, static_cast<core::Region>(i))))
                             .arg(group->before)
                             .arg(group->after)
                             .arg(verdictWords(group->verdict))
                             .toHtmlEscaped());
        }
    }
    if (const auto& pain = course.within.pain) {
        items += QStringLiteral("<li>%1</li>")
                     .arg(CourseWords::tr("Back pain: %1 before, %2 after: %3")
                              .arg(pain->before)
                              .arg(pain->after)
                              .arg(verdictWords(pain->verdict))
                              .toHtmlEscaped());
    }
    if (items.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p>%1</p><ul>%2</ul>")
        .arg(CourseWords::tr("Within your latest session (before and after the routine):")
                 .toHtmlEscaped(),
             items);
}
} // namespace

QString acrossWords(core::Verdict verdict, bool tooFew)
{
    return tooFew ? CourseWords::tr("needs a second check") : verdictWords(verdict);
}

QString courseOverviewHtml(const core::Course& course, const core::Protocol& protocol)
{
    const QString stopped =
        course.stopped == 0
            ? QString()
            : QStringLiteral("<p>%1</p>")
                  .arg(CourseWords::tr("%n check(s) stopped at the screening questions by a red "
                                       "flag; they are in the table below.",
                                       nullptr, static_cast<int>(course.stopped))
                           .toHtmlEscaped());
    if (course.sessions == 0) {
        return CourseWords::tr("No sessions yet: your course starts with your first check.")
                   .toHtmlEscaped() +
               stopped;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(CourseWords::tr("Your course so far (your ratings): %n session(s).",
                                            nullptr, static_cast<int>(course.sessions))
                                .toHtmlEscaped());
    html += stopped;
    html += withinHtml(course, protocol);
    html += QStringLiteral("<p>%1</p><ul>")
                .arg(CourseWords::tr("Across sessions, left/right gap at the start of your first "
                                     "and your latest session:")
                         .toHtmlEscaped());
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        const auto& group = course.groups.at(i);
        if (!group) {
            continue;
        }
        html += QStringLiteral("<li>%1</li>")
                    .arg(CourseWords::tr("%1: gap %2, now %3: %4")
                             .arg(capitalised(groupName(protocol, static_cast<core::Region>(i))))
                             .arg(group->firstGap)
                             .arg(group->latestGap)
                             .arg(acrossWords(group->verdict, group->tooFewSessions()))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (!course.activities.empty()) {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(CourseWords::tr("What matters to you, 0 to 10 (higher is better), "
                                         "your first and latest rating:")
                             .toHtmlEscaped());
        for (const auto& [name, activity] : course.activities) {
            // One arg() for all four, so a "%2" in the person's own words stays as written.
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg(CourseWords::tr("%1: %2, now %3: %4")
                             .arg(QString::fromStdString(name), QString::number(activity.first),
                                  QString::number(activity.latest), verdictWords(activity.verdict))
                             .toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (!course.deferred.empty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(CourseWords::tr("Waiting from last time, first in line: %1.")
                             .arg(waitingSteps(course, protocol))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<p>%1</p>").arg(nextCheckWords(course).toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(CourseWords::tr("A change counts only at %1 points or more. These are your "
                                     "own ratings; they do not say what caused a change.")
                         .arg(core::kRealChangePoints)
                         .toHtmlEscaped());
    return html;
}

} // namespace tightside::gui
