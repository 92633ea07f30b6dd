#include "tightside/text/coursewords.h"

#include "tightside/text/planwords.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace tightside::text {
namespace {

/// The context of every sentence here, as lupdate and the translator both see it.
class CourseText
{
    Q_DECLARE_TR_FUNCTIONS(CourseText)
};

/// A stored date ("2026-11-29", or the date of a time) in the locale's short or long form.
QString date(const std::string& iso, QLocale::FormatType format = QLocale::ShortFormat)
{
    const QDate day = QDate::fromString(QString::fromStdString(iso.substr(0, 10)), Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, format) : QString::fromStdString(iso);
}

/// "  quadriceps    4 -> 1  better": a name padded to a column, then first and latest.
QString row(const QString& name, int width, int first, int latest, const QString& verdict)
{
    // One arg() for all four, so a "%2" in the person's own words is never replaced.
    const QString padded = name.leftJustified(std::max(static_cast<int>(name.size()) + 1, width));
    return CourseText::tr("  %1%2 -> %3  %4")
               .arg(padded, QString::number(first), QString::number(latest), verdict) +
           QLatin1Char('\n');
}

/// A start-to-start verdict, or "needs a second check" while only one session rated it.
QString acrossVerdict(core::Verdict verdict, bool tooFew)
{
    return tooFew ? CourseText::tr("needs a second check") : verdictText(verdict);
}

/// One column for the group names, as wide as the longest in the language spoken (at least 14).
int groupWidth()
{
    int width = 14;
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        width =
            std::max(width, static_cast<int>(regionText(static_cast<core::Region>(i)).size()) + 2);
    }
    return width;
}

/// Before -> after the routine in the latest session that re-checked each group (contracts.md,
/// third wave, "Course with one session"): never confused with the trend across sessions.
QString within(const core::Course& course)
{
    const bool anyGroup = std::any_of(course.within.groups.begin(), course.within.groups.end(),
                                      [](const auto& group) { return group.has_value(); });
    if (!anyGroup && !course.within.pain) {
        return {};
    }
    QString out = CourseText::tr("Within your latest session, left/right gap before -> after "
                                 "the routine:") +
                  QLatin1Char('\n');
    const int width = groupWidth();
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        if (const auto& group = course.within.groups.at(i)) {
            out += row(regionText(static_cast<core::Region>(i)), width, group->before, group->after,
                       verdictText(group->verdict));
        }
    }
    if (const auto& pain = course.within.pain) {
        out += CourseText::tr("Pain before -> after the routine: %1 -> %2  %3")
                   .arg(pain->before)
                   .arg(pain->after)
                   .arg(verdictText(pain->verdict)) +
               QLatin1Char('\n');
    }
    return out + QLatin1Char('\n');
}

QString groups(const core::Course& course)
{
    QString out = CourseText::tr("Across sessions, left/right gap at the start of the first and "
                                 "the latest session:") +
                  QLatin1Char('\n');
    const int width = groupWidth();
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        if (const auto& group = course.groups.at(i)) {
            out += row(regionText(static_cast<core::Region>(i)), width, group->firstGap,
                       group->latestGap, acrossVerdict(group->verdict, group->tooFewSessions()));
        }
    }
    if (course.pain) {
        out += CourseText::tr("Pain at the start: %1 -> %2  %3")
                   .arg(course.pain->first)
                   .arg(course.pain->latest)
                   .arg(acrossVerdict(course.pain->verdict, course.pain->tooFewSessions())) +
               QLatin1Char('\n');
    }
    return out;
}

QString activities(const core::Course& course)
{
    if (course.activities.empty()) {
        return {};
    }
    QString out = QLatin1Char('\n') +
                  CourseText::tr("What matters to you, 0 to 10 (higher is better), first and "
                                 "latest rating:") +
                  QLatin1Char('\n');
    // The person's own names can be long: one column wide enough for the longest.
    int width = 14;
    for (const auto& entry : course.activities) {
        width = std::max(width, static_cast<int>(QString::fromStdString(entry.first).size()) + 1);
    }
    for (const auto& [name, activity] : course.activities) {
        out += row(QString::fromStdString(name), width, activity.first, activity.latest,
                   verdictText(activity.verdict));
    }
    return out;
}

QString deferred(const core::Course& course)
{
    if (course.deferred.empty()) {
        return {};
    }
    QString out = QLatin1Char('\n') +
                  CourseText::tr("Waiting from last time (first in line next time):") +
                  QLatin1Char('\n');
    for (const core::Step& step : course.deferred) {
        out += (step.side == core::Side::Left ? CourseText::tr("  left %1")
                                              : CourseText::tr("  right %1"))
                   .arg(regionText(step.group)) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString verdictText(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Better:
        return CourseText::tr("better");
    case core::Verdict::Worse:
        return CourseText::tr("worse");
    case core::Verdict::NoClearChange:
        break;
    }
    return CourseText::tr("no clear change");
}

QString courseText(const core::Course& course)
{
    // Checks stopped by a red flag are counted, never compared (contracts.md, third wave).
    const QString stopped =
        course.stopped == 0
            ? QString()
            : CourseText::tr("%n check(s) stopped at the screening questions by a red flag.",
                             nullptr, static_cast<int>(course.stopped)) +
                  QLatin1Char('\n');
    if (course.sessions == 0) {
        return CourseText::tr("No sessions are stored yet: the course starts with your first "
                              "check.") +
               QLatin1Char('\n') + stopped;
    }
    const int sessions = static_cast<int>(course.sessions);
    QString out = (sessions == 1 ? CourseText::tr("Your course so far (your ratings): one "
                                                  "session, %1 to %2.")
                                 : CourseText::tr("Your course so far (your ratings): %n "
                                                  "sessions, %1 to %2.",
                                                  nullptr, sessions))
                      .arg(date(course.first), date(course.latest)) +
                  QLatin1Char('\n') + stopped + QLatin1Char('\n');
    out += within(course) + groups(course) + activities(course) + deferred(course);
    out += QLatin1Char('\n') + nextCheckText(date(course.nextCheck, QLocale::LongFormat)) +
           QLatin1Char('\n') +
           CourseText::tr("A change counts only at %1 points or more; otherwise it is no "
                          "clear change.")
               .arg(core::kRealChangePoints) +
           QLatin1Char('\n') +
           CourseText::tr("These are your own ratings; they do not say what caused a change.") +
           QLatin1Char('\n');
    return out;
}

QString nextCheckText(const QString& date)
{
    return CourseText::tr("Next check: %1 (%2 to %3 days after the latest).")
        .arg(date)
        .arg(core::kNextCheckDays)
        .arg(core::kNextCheckDaysAtMost);
}

} // namespace tightside::text
