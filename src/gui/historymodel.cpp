#include "historymodel.h"

#include "texts.h"

#include "tightside/core/gap.h"

#include <QCoreApplication>
#include <QLocale>

namespace tightside::gui {
HistoryRow makeHistoryRow(const store::SessionSummary& summary)
{
    HistoryRow row;
    row.id = QString::fromStdString(summary.id);
    row.started = localTimeText(summary.started);
    row.startedUtc = QString::fromStdString(summary.started);
    row.path = summary.path;
    row.painBefore = summary.painBefore;
    row.painAfter = summary.painAfter;
    row.planned = summary.planned;
    row.completed = summary.completed;
    row.stoppedPain = summary.stoppedPain;
    row.before = summary.before;
    row.after = summary.after;
    row.measures = summary.measures;
    row.gapBefore = core::largestGap(row.before);
    row.gapAfter = core::largestGap(row.after);
    row.notes = QString::fromStdString(summary.notes);
    row.stopped = summary.stopped;
    return row;
}

QString sessionDetail(const core::Session& session, const core::Protocol& protocol)
{
    const QString started = localTimeText(session.started);
    QString html =
        QCoreApplication::translate("tightside::gui::Historymodel", "<b>Session of %1</b><br>")
            .arg(started);
    if (session.stopped) {
        html += (session.stopped->urgency == core::Urgency::Today
                     ? QCoreApplication::translate(
                           "tightside::gui::Historymodel",
                           "The check stopped at the screening questions: Tightside advised you "
                           "to see a clinician today because of these answers:")
                     : QCoreApplication::translate(
                           "tightside::gui::Historymodel",
                           "The check stopped at the screening questions: Tightside advised you "
                           "to see a clinician soon because of these answers:"))
                    .toHtmlEscaped();
        html += QStringLiteral("<ul>");
        for (const std::string& flag : session.stopped->flags) {
            const core::ScreeningQuestion* question = protocol.question(flag);
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg((question != nullptr ? qs(question->question) : qs(flag)).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        return html;
    }
    html += QCoreApplication::translate("tightside::gui::Historymodel", "Back pain: %1 before")
                .arg(session.answers.painNow);
    html += session.painAfter
                ? QCoreApplication::translate("tightside::gui::Historymodel", ", %1 after.")
                      .arg(*session.painAfter)
                : QStringLiteral(".");
    html += QStringLiteral("<ul>");
    for (const auto& group : protocol.groups) {
        const auto& before = session.answers.ratings.at(core::indexOf(group.region));
        const auto& after = session.recheck.at(core::indexOf(group.region));
        if (!before && !after) {
            continue;
        }
        html += QStringLiteral("<li>%1:").arg(capitalised(qs(group.name)).toHtmlEscaped());
        if (before) {
            html += QCoreApplication::translate("tightside::gui::Historymodel",
                                                " before left %1, right %2")
                        .arg(before->left)
                        .arg(before->right);
        }
        if (after) {
            html += QCoreApplication::translate("tightside::gui::Historymodel",
                                                "; after left %1, right %2")
                        .arg(after->left)
                        .arg(after->right);
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul><b>%1</b><ul>")
                .arg(QCoreApplication::translate("tightside::gui::Historymodel", "Steps"));
    for (const auto& done : session.done) {
        const QString step =
            done.side == core::Side::Left
                ? QCoreApplication::translate("tightside::gui::Historymodel", "Left %1, %2: %3")
                : QCoreApplication::translate("tightside::gui::Historymodel", "Right %1, %2: %3");
        html += QStringLiteral("<li>%1</li>")
                    .arg(step.arg(groupName(protocol, done.group), durationText(done.seconds),
                                  outcomeWords(done.outcome)));
    }
    if (session.done.empty()) {
        html += QStringLiteral("<li>%1</li>")
                    .arg(QCoreApplication::translate("tightside::gui::Historymodel", "None"));
    }
    html += QStringLiteral("</ul>");
    if (!session.notes.empty()) {
        html += QCoreApplication::translate("tightside::gui::Historymodel", "<b>Notes:</b> %1")
                    .arg(QString::fromStdString(session.notes).toHtmlEscaped());
    }
    return html;
}

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::setRows(std::vector<HistoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const HistoryRow& HistoryModel::rowAt(int viewRow) const
{
    return m_rows.at(m_rows.size() - 1 - static_cast<std::size_t>(viewRow));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)) {
        return {};
    }
    if (role == Qt::AccessibleTextRole) {
        // A screen reader names a cell by this: an empty cell was a node with no name, and
        // "-" was read as "dash".
        const QString shown = data(index, Qt::DisplayRole).toString();
        if (index.column() == Notes && shown.isEmpty()) {
            return tr("No notes");
        }
        return shown == QStringLiteral("-") ? tr("Not given") : shown;
    }
    const HistoryRow& row = rowAt(index.row());
    const auto gapText = [](const std::optional<int>& gap) {
        return gap ? QString::number(*gap) : QStringLiteral("-");
    };
    switch (index.column()) {
    case Date:
        return row.started;
    case Steps:
        if (row.stopped) {
            return row.stopped->urgency == core::Urgency::Today
                       ? tr("Stopped by a red flag: see a clinician today")
                       : tr("Stopped by a red flag: see a clinician soon");
        }
        if (row.stoppedPain > 0) {
            return tr("%1 of %2 (%3 stopped for pain)")
                .arg(row.completed)
                .arg(row.planned)
                .arg(row.stoppedPain);
        }
        return tr("%1 of %2").arg(row.completed).arg(row.planned);
    case PainBefore:
        // A stopped check was never asked its pain.
        return row.stopped ? QVariant(QStringLiteral("-")) : QVariant(row.painBefore);
    case PainAfter:
        return row.painAfter ? QVariant(*row.painAfter) : QVariant(QStringLiteral("-"));
    case GapBefore:
        return gapText(row.gapBefore);
    case GapAfter:
        return gapText(row.gapAfter);
    case Notes:
        return row.notes.left(80);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return QCoreApplication::translate("tightside::gui::Historymodel", "Started");
    case Steps:
        return QCoreApplication::translate("tightside::gui::Historymodel", "Steps completed");
    case PainBefore:
        return QCoreApplication::translate("tightside::gui::Historymodel", "Pain before");
    case PainAfter:
        return QCoreApplication::translate("tightside::gui::Historymodel", "Pain after");
    case GapBefore:
        return QCoreApplication::translate("tightside::gui::Historymodel", "Largest gap before");
    case GapAfter:
        return QCoreApplication::translate("tightside::gui::Historymodel", "Largest gap after");
    case Notes:
        return QCoreApplication::translate("tightside::gui::Historymodel", "Notes");
    default:
        return {};
    }
}

} // namespace tightside::gui
