#include "texts.h"

#include <QDateTime>

#include <cstdlib>

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
    return side == core::Side::Left ? QStringLiteral("left") : QStringLiteral("right");
}

QString sideShout(core::Side side)
{
    return side == core::Side::Left ? QStringLiteral("LEFT") : QStringLiteral("RIGHT");
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
    return capitalised(sideWord(step.side)) + QLatin1Char(' ') + groupName(protocol, step.group);
}

QString gapSentence(int left, int right, int threshold)
{
    const int gap = std::abs(left - right);
    if (gap == 0) {
        return QStringLiteral("Both sides feel the same: balanced.");
    }
    const QString side = left > right ? QStringLiteral("Left") : QStringLiteral("Right");
    QString text = QStringLiteral("%1 is tighter by %2").arg(side).arg(gap);
    if (gap < threshold) {
        text += QStringLiteral(" (less than %1, so this counts as balanced).").arg(threshold);
    } else {
        text += QStringLiteral(": a real difference.");
    }
    return text;
}

QString countOf(long long count, const QString& one, const QString& many)
{
    return QString::number(count) + QLatin1Char(' ') + (count == 1 ? one : many);
}

QString localTimeText(std::string_view iso)
{
    const QString text = qs(iso);
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        when = QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (!when.isValid()) {
        return text;
    }
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
        return QStringLiteral("%1 min").arg(seconds / 60);
    }
    return QStringLiteral("%1 s").arg(seconds);
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
        return QStringLiteral("%1, %2 seconds. Get ready.").arg(title(cue.step)).arg(step.seconds);
    }
    case core::CueKind::Resuming:
        return QStringLiteral("Going on in 3 seconds.");
    case core::CueKind::HoldStart:
        return QStringLiteral("Start now.");
    case core::CueKind::Halfway:
        return QStringLiteral("Halfway.");
    case core::CueKind::Tick:
        return QString::number(cue.seconds);
    case core::CueKind::StepEnd:
        if (cue.next) {
            return QStringLiteral("Done. Next: %1.").arg(title(*cue.next).toLower());
        }
        return QStringLiteral("Done.");
    case core::CueKind::Paused:
        return QStringLiteral("Paused.");
    case core::CueKind::StoppedPain:
        return QStringLiteral("Stopped. Ease off and rest.");
    case core::CueKind::Skipped:
        return QStringLiteral("Skipped.");
    case core::CueKind::RoutineEnd:
        return QStringLiteral("All done. Now check both sides again.");
    }
    return {};
}

} // namespace tightside::gui
