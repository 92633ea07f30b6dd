#pragma once

#include "historymodel.h"

#include <QDate>
#include <QWidget>

class QPainter;

#include <optional>
#include <utility>
#include <vector>

namespace tightside::gui {

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
    /// Where the legend is drawn, and the axis label for `value` (0 to 10): they never overlap.
    QRect legendRect() const;
    QRect axisLabelRect(int value) const;
    /// The protocol's threshold: a gap under it is balanced, drawn as a hatched band.
    void setThreshold(int threshold)
    {
        m_threshold = threshold;
        update();
    }
    /// Small, for the dashboard's cards: no title or legend (the card and the dashboard give
    /// them), the axis at 0, 5 and 10, the first and latest day below.
    void setCompact(bool compact)
    {
        m_compact = compact;
        updateGeometry();
        update();
    }
    bool compact() const { return m_compact; }
    /// The local dates of the first and the latest session the series shows (axis labels).
    std::pair<QDate, QDate> dateRange() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// The title, legend and plot areas for the widget's size and font.
    struct Areas
    {
        QRect title;
        QRect legend;
        QRect plot;
        int axisWidth = 0;
    };
    Areas areas() const;
    void drawLegend(QPainter& painter, const Areas& area, const QColor& beforeColour,
                    const QColor& afterColour) const;
    std::vector<std::pair<std::optional<int>, std::optional<int>>> points() const;
    /// True when `row` has a value for the series shown.
    bool hasMeasure(const HistoryRow& row) const;

    const std::vector<HistoryRow>* m_rows = nullptr;
    std::optional<core::Region> m_group;
    QString m_title;
    int m_threshold = 2;
    bool m_compact = false;
};

} // namespace tightside::gui
