// `tightside history --format text`: a few lines a person reads in a terminal per session,
// in the language installed (context "tightside::report::Text"). CSV and JSON keep ids.

#include "tightside/report/report.h"

#include "tightside/l10n/l10n.h"
#include "tightside/store/printable.h"
#include "tightside/text/planwords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace tightside::report {
namespace {

using core::Region;

QString outcomeWord(core::Outcome outcome)
{
    switch (outcome) {
    case core::Outcome::Completed:
        break;
    case core::Outcome::Skipped:
        return QCoreApplication::translate("tightside::report::Text", "skipped");
    case core::Outcome::StoppedPain:
        return QCoreApplication::translate("tightside::report::Text", "stopped for pain");
    }
    return QCoreApplication::translate("tightside::report::Text", "completed");
}

/// A rating right-aligned in two places, so that the columns line up.
QString score(int value)
{
    return QStringLiteral("%1").arg(value, 2);
}

} // namespace

std::string textEntry(const core::Session& session)
{
    QString text = QStringLiteral("%1  (%2)")
                       .arg(l10n::sessionTime(session.started), QString::fromStdString(session.id));
    if (!session.finished) {
        text += QStringLiteral("  ") +
                QCoreApplication::translate("tightside::report::Text", "not finished");
    }
    if (session.stopped) {
        // A check stopped by a red flag (contracts.md, third wave): no pain, no ratings.
        const QString flags = QString::fromStdString(store::printable([&session] {
            std::string joined;
            for (const std::string& flag : session.stopped->flags) {
                joined += (joined.empty() ? "" : ", ") + flag;
            }
            return joined;
        }()));
        text += QStringLiteral("\n  ");
        text += session.stopped->urgency == core::Urgency::Today
                    ? QCoreApplication::translate(
                          "tightside::report::Text",
                          "stopped at the screening by a red flag (%1): the app advised seeing a "
                          "clinician today")
                          .arg(flags)
                    : QCoreApplication::translate(
                          "tightside::report::Text",
                          "stopped at the screening by a red flag (%1): the app advised seeing a "
                          "clinician soon")
                          .arg(flags);
        text += QLatin1Char('\n');
        if (!session.notes.empty()) {
            text += QStringLiteral("  ") +
                    QCoreApplication::translate("tightside::report::Text", "notes: %1")
                        .arg(QString::fromStdString(store::printable(session.notes))) +
                    QLatin1Char('\n');
        }
        return text.toStdString();
    }
    text += QStringLiteral("\n  ");
    text += session.painAfter
                ? QCoreApplication::translate("tightside::report::Text", "pain %1 before, %2 after")
                      .arg(session.answers.painNow)
                      .arg(*session.painAfter)
                : QCoreApplication::translate("tightside::report::Text", "pain %1")
                      .arg(session.answers.painNow);
    text += QLatin1Char('\n');
    // The names in a column one wider than the longest (at least 12), as before translation.
    qsizetype width = 12;
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        width = std::max(width, text::regionText(static_cast<Region>(i)).size() + 1);
    }
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        const auto& before = session.answers.ratings.at(i);
        if (!before) {
            continue;
        }
        text += QStringLiteral("  ") +
                text::regionText(static_cast<Region>(i)).leftJustified(width) + QLatin1Char(' ') +
                QCoreApplication::translate("tightside::report::Text", "left %1 right %2",
                                            "a group's ratings before the routine")
                    .arg(score(before->left), score(before->right));
        if (const auto& after = session.recheck.at(i)) {
            text += QStringLiteral("  ") + QCoreApplication::translate("tightside::report::Text",
                                                                       "-> after: left %1 right %2")
                                               .arg(score(after->left), score(after->right));
        }
        text += QLatin1Char('\n');
    }
    for (const core::DoneStep& step : session.done) {
        const QString line = step.side == core::Side::Left
                                 ? QCoreApplication::translate("tightside::report::Text",
                                                               "released %1 (left), %2 s: %3")
                                 : QCoreApplication::translate("tightside::report::Text",
                                                               "released %1 (right), %2 s: %3");
        text += QStringLiteral("  ") +
                line.arg(text::regionText(step.group), QLocale().toString(step.seconds),
                         outcomeWord(step.outcome)) +
                QLatin1Char('\n');
    }
    if (!session.activities.empty()) {
        QStringList rated;
        for (const core::Activity& activity : session.activities) {
            rated << QCoreApplication::translate("tightside::report::Text", "%1 %2",
                                                 "an activity and its score")
                         .arg(QString::fromStdString(store::printable(activity.name)))
                         .arg(activity.score);
        }
        text +=
            QStringLiteral("  ") +
            QCoreApplication::translate("tightside::report::Text", "what matters to you (0-10): %1")
                .arg(rated.join(QStringLiteral(", "))) +
            QLatin1Char('\n');
    }
    if (!session.notes.empty()) {
        text += QStringLiteral("  ") +
                QCoreApplication::translate("tightside::report::Text", "notes: %1")
                    .arg(QString::fromStdString(store::printable(session.notes))) +
                QLatin1Char('\n');
    }
    return text.toStdString();
}

std::string evidenceStatement()
{
    return QCoreApplication::translate(
               "tightside::report::Text",
               "About the method: Tightside follows one practitioner's clinical experience: "
               "release the tighter side of the leg muscles and leave the low back and glutes "
               "alone. It has not been tested in clinical trials. The figures are the user's own "
               "ratings, not measurements, and most back pain eases over time whatever is done, "
               "so a change here does not show what caused it. This report is not medical "
               "advice.")
        .toStdString();
}

} // namespace tightside::report
