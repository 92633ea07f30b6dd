#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/protocol.h"
#include "tightside/core/session.h"
#include "tightside/gui/services.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tightside::store {
class SessionStore;
}

namespace tightside::gui {

/// What the history needs of one session: small, so 10,000 of them cost little.
struct HistoryRow
{
    QString id;
    QString started;
    QString path;
    int painBefore = 0;
    std::optional<int> painAfter;
    int completed = 0;
    int planned = 0;
    int stoppedPain = 0;
    std::array<std::optional<core::Rating>, core::kGroupCount> before{};
    std::array<std::optional<core::Rating>, core::kGroupCount> after{};
    QString notes;
    QString detail;
};

/// Builds a history row (and its detail text) from a stored session.
HistoryRow makeHistoryRow(const core::Session& session, const core::Protocol& protocol,
                          const QString& path);

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

/// A QPainter chart: one group's left/right gap before and after each session, or back pain
/// before and after. Before and after differ in marker shape and line style, never only colour.
class HistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    explicit HistoryChart(QWidget* parent = nullptr);
    void setRows(const std::vector<HistoryRow>* rows);
    /// A group's gap, or std::nullopt for pain.
    void setSeries(std::optional<core::Region> group, const QString& title);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The chart in words, for screen readers and tests.
    QString describe() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::pair<std::optional<int>, std::optional<int>>> points() const;

    const std::vector<HistoryRow>* m_rows = nullptr;
    std::optional<core::Region> m_group;
    QString m_title;
};

/// The History place: quarantine banner, sessions table, one session's detail, the chart,
/// export and "open data folder".
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    HistoryPage(const core::Protocol& protocol, Services& services, QWidget* parent = nullptr);

    /// Reads every session through the store; returns the milliseconds it took.
    qint64 reload(store::SessionStore& store);
    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    HistoryChart* chart() const { return m_chart; }
    QLabel* banner() const { return m_banner; }
    /// Writes the history as "csv", "json" or "pdf" to `path`; an error sentence or empty.
    QString exportTo(const QString& format, const QString& path) const;

private:
    void showDetail();
    void exportAs(const QString& format);

    const core::Protocol& m_protocol;
    Services& m_services;
    store::SessionStore* m_store = nullptr;
    HistoryModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_openQuarantine = nullptr;
    QLabel* m_detail = nullptr;
    QComboBox* m_series = nullptr;
    HistoryChart* m_chart = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tightside::gui
