#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/protocol.h"
#include "tightside/core/session.h"
#include "tightside/store/sessionstore.h"

#include <QAbstractTableModel>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace tightside::gui {

/// What the history needs of one session: small, and every cell's value worked out once, so
/// 10,000 of them cost little and data() only looks values up.
struct HistoryRow
{
    QString id;
    QString started;
    /// The start as stored, UTC ISO 8601 (the chart's date axis).
    QString startedUtc;
    QString path;
    int painBefore = 0;
    std::optional<int> painAfter;
    int completed = 0;
    int planned = 0;
    int stoppedPain = 0;
    std::optional<int> gapBefore;
    std::optional<int> gapAfter;
    std::array<std::optional<core::Rating>, core::kGroupCount> before{};
    std::array<std::optional<core::Rating>, core::kGroupCount> after{};
    /// The angles measured at the start, per group (the measured-angle charts).
    core::GroupMeasures measures{};
    QString notes;
    /// A check stopped by a red flag: no pain, no ratings, no steps (contracts.md, third wave).
    std::optional<core::Stop> stopped;
};

/// Builds a history row from a session's summary (the store's index).
HistoryRow makeHistoryRow(const store::SessionSummary& summary);

/// One session's detail for people (rich text), read from its file when the row is picked.
QString sessionDetail(const core::Session& session, const core::Protocol& protocol);

/// The sessions table, newest first. Rows are plain values; the view asks only for what it
/// shows, so scrolling 10,000 rows stays smooth.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        Date,
        Steps,
        PainBefore,
        PainAfter,
        GapBefore,
        GapAfter,
        Notes,
        ColumnCount,
    };

    explicit HistoryModel(QObject* parent = nullptr);
    void setRows(std::vector<HistoryRow> rows);
    const std::vector<HistoryRow>& rows() const { return m_rows; }
    /// Row in the view (newest first) to the session, oldest first.
    const HistoryRow& rowAt(int viewRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<HistoryRow> m_rows;
};

} // namespace tightside::gui
