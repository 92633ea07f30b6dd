#pragma once

#include "historymodel.h"

#include "tightside/core/measure.h"
#include "tightside/core/region.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace tightside::gui {

/// A group's measured angles over the course (issue 23): each session that measured the group
/// with the protocol's test gives a point per side, left (a circle, the left colour, "L") and
/// right (a square, the right colour, "R"), in degrees. Behind each side's line lies its MDC
/// band: the first measurement plus or minus the test's measurement error, where a change is
/// one this test cannot tell apart. Small, for a History dashboard card.
class AngleChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AngleChart)

public:
    /// One session's angles, oldest first.
    struct Point
    {
        std::optional<double> left;
        std::optional<double> right;
    };

    explicit AngleChart(QWidget* parent = nullptr);
    /// The group's measures with `test` (other tests are left out: their angles do not
    /// compare) from `rows` (newest first, as History keeps them); `mdc` in degrees.
    void setMeasures(const std::vector<HistoryRow>& rows, core::Region group,
                     const core::MeasureTest& test);
    const std::vector<Point>& points() const { return m_points; }
    bool empty() const { return m_points.empty(); }
    /// The lowest and highest degree the axis shows (the points and bands, with a margin).
    std::pair<double, double> range() const;
    /// The chart in words (also its accessible description).
    QString describe() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Point> m_points;
    double m_mdc = 0;
};

} // namespace tightside::gui
