#include "texts.h"

#include "tightside/core/gap.h"
#include "tightside/l10n/l10n.h"
#include "tightside/text/planwords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace tightside::gui {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString capitalised(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return text.left(1).toUpper() + text.mid(1);
}

QString sideWord(core::Side side)
{
    //: the person's side, inside a sentence: "Picture: Quadriceps roll, left side"
    return side == core::Side::Left ? QCoreApplication::translate("tightside::gui::Texts", "left")
                                    : QCoreApplication::translate("tightside::gui::Texts", "right");
}

QString sideShout(core::Side side)
{
    return side == core::Side::Left ? QCoreApplication::translate("tightside::gui::Texts", "LEFT")
                                    : QCoreApplication::translate("tightside::gui::Texts", "RIGHT");
}

QString sideLetter(core::Side side)
{
    return side == core::Side::Left
               ? QCoreApplication::translate("tightside::gui::Texts", "L", "left side, one letter")
               : QCoreApplication::translate("tightside::gui::Texts", "R",
                                             "right side, one letter");
}

QString groupName(const core::Protocol& protocol, core::Region region)
{
    if (const core::Group* group = protocol.group(region)) {
        return qs(group->name);
    }
    return qs(core::regionName(region));
}

QString stepTitle(const core::Protocol& protocol, const core::Step& step)
{
    return step.side == core::Side::Left
               ? QCoreApplication::translate("tightside::gui::Texts", "Left %1")
                     .arg(groupName(protocol, step.group))
               : QCoreApplication::translate("tightside::gui::Texts", "Right %1")
                     .arg(groupName(protocol, step.group));
}

QString gapSentence(int left, int right, int threshold)
{
    // The core reads the pair (core/gap.h); this only words it.
    const core::GapReading reading = core::readGap({left, right}, threshold);
    if (!reading.tighter) {
        return QCoreApplication::translate("tightside::gui::Texts",
                                           "Both sides feel the same: balanced.");
    }
    const QString side = *reading.tighter == core::Side::Left
                             ? QCoreApplication::translate("tightside::gui::Texts", "Left")
                             : QCoreApplication::translate("tightside::gui::Texts", "Right");
    QString text = QCoreApplication::translate("tightside::gui::Texts", "%1 is tighter by %2")
                       .arg(side)
                       .arg(reading.gap);
    if (!reading.counts) {
        text += QCoreApplication::translate("tightside::gui::Texts",
                                            " (less than %1, so this counts as balanced).")
                    .arg(threshold);
    } else {
        text += QCoreApplication::translate("tightside::gui::Texts", ": a real difference.");
    }
    return text;
}

QString sessionCount(long long count)
{
    // English needs no plural file this way; other languages get every plural form from %n.
    // The cast stays outside translate(): lupdate does not see a call with a cast in it.
    const int n = static_cast<int>(count);
    return n == 1 ? QCoreApplication::translate("tightside::gui::Texts", "1 session")
                  : QCoreApplication::translate("tightside::gui::Texts", "%n sessions", nullptr, n);
}

QString regionWords(core::Region region)
{
    return text::regionText(region); // the plan's words, one translation for both
}

QString outcomeWords(core::Outcome outcome)
{
    switch (outcome) {
    case core::Outcome::Completed:
        return QCoreApplication::translate("tightside::gui::Texts", "completed");
    case core::Outcome::Skipped:
        return QCoreApplication::translate("tightside::gui::Texts", "skipped");
    case core::Outcome::StoppedPain:
        return QCoreApplication::translate("tightside::gui::Texts", "stopped for pain");
    }
    return qs(core::outcomeId(outcome));
}

QString localTimeText(std::string_view iso)
{
    QString text = qs(iso);
    if (!QDateTime::fromString(text, Qt::ISODate).isValid()) {
        if (const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs); when.isValid()) {
            text = when.toString(Qt::ISODate);
        }
    }
    // Local time (issue 14), the day with its month as a word (issue 26).
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        return text;
    }
    const QDateTime local = time.toLocalTime();
    return QCoreApplication::translate("tightside::gui::Texts", "%1 %2",
                                       "a day (4 Dec 2026), then a time of day (10:30)")
        .arg(dayText(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString dayText(const QDate& day)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The long form without the weekday, the month's name shortened.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return locale.toString(day, format.trimmed());
}

QString clockText(int seconds)
{
    if (seconds < 60) {
        return QString::number(seconds);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString durationText(int seconds)
{
    if (seconds % 60 == 0 && seconds >= 120) {
        return QCoreApplication::translate("tightside::gui::Texts", "%1 min").arg(seconds / 60);
    }
    //: a duration in seconds; "s" is the SI symbol
    return QCoreApplication::translate("tightside::gui::Texts", "%1 s").arg(seconds);
}

QString cueText(const core::Protocol& protocol, const core::Routine& routine, const core::Cue& cue)
{
    const auto& steps = routine.steps();
    const auto title = [&](std::size_t index) {
        return index < steps.size() ? stepTitle(protocol, steps[index]) : QString();
    };
    switch (cue.kind) {
    case core::CueKind::StepIntro: {
        const auto& step = steps.at(cue.step);
        return QCoreApplication::translate("tightside::gui::Texts", "%1, %2 seconds. Get ready.")
            .arg(title(cue.step))
            .arg(step.seconds);
    }
    case core::CueKind::Resuming:
        return QCoreApplication::translate("tightside::gui::Texts", "Going on in 3 seconds.");
    case core::CueKind::HoldStart:
        return QCoreApplication::translate("tightside::gui::Texts", "Start now.");
    case core::CueKind::Halfway:
        return QCoreApplication::translate("tightside::gui::Texts", "Halfway.");
    case core::CueKind::Tick:
        return QString::number(cue.seconds);
    case core::CueKind::StepEnd:
        if (cue.next) {
            return QCoreApplication::translate("tightside::gui::Texts", "Done. Next: %1.")
                .arg(title(*cue.next).toLower());
        }
        return QCoreApplication::translate("tightside::gui::Texts", "Done.");
    case core::CueKind::Paused:
        return QCoreApplication::translate("tightside::gui::Texts", "Paused.");
    case core::CueKind::StoppedPain:
        return QCoreApplication::translate("tightside::gui::Texts", "Stopped. Ease off and rest.");
    case core::CueKind::Skipped:
        return QCoreApplication::translate("tightside::gui::Texts", "Skipped.");
    case core::CueKind::RoutineEnd:
        return QCoreApplication::translate("tightside::gui::Texts",
                                           "All done. Now check both sides again.");
    }
    return {};
}

} // namespace tightside::gui
