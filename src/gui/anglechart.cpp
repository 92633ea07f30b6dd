#include "anglechart.h"

#include "measuremodel.h"
#include "style.h"
#include "texts.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tightside::gui {
namespace {

/// The first angle of one side, for its band.
std::optional<double> firstOf(const std::vector<AngleChart::Point>& points, bool left)
{
    for (const AngleChart::Point& point : points) {
        if (const auto& value = left ? point.left : point.right) {
            return value;
        }
    }
    return std::nullopt;
}

/// A side's angles in words: "120.0°, 118.5°".
QString listed(const std::vector<AngleChart::Point>& points, bool left)
{
    QStringList values;
    for (const AngleChart::Point& point : points) {
        if (const auto& value = left ? point.left : point.right) {
            values << degreesText(*value);
        }
    }
    return values.isEmpty() ? AngleChart::tr("none") : QLocale().createSeparatedList(values);
}

} // namespace

AngleChart::AngleChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("angleChart"));
    setAccessibleName(tr("Measured angles"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void AngleChart::setMeasures(const std::vector<HistoryRow>& rows, core::Region group,
                             const core::MeasureTest& test)
{
    m_points.clear();
    m_mdc = test.mdcDegrees;
    const std::size_t index = core::indexOf(group);
    // History keeps the newest first; the chart reads left to right, oldest first.
    for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
        const auto& measure = row->measures.at(index);
        if (measure && measure->test == test.test && (measure->left || measure->right)) {
            m_points.push_back({measure->left, measure->right});
        }
    }
    setAccessibleDescription(describe());
    updateGeometry();
    update();
}

std::pair<double, double> AngleChart::range() const
{
    double low = 1e9;
    double high = -1e9;
    for (const bool left : {true, false}) {
        if (const auto first = firstOf(m_points, left)) {
            low = std::min(low, *first - m_mdc);
            high = std::max(high, *first + m_mdc);
        }
        for (const Point& point : m_points) {
            if (const auto& value = left ? point.left : point.right) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
    }
    if (low > high) {
        return {0, 180};
    }
    // Whole steps of 5° around it.
    return {std::floor(low / 5.0) * 5.0 - 5.0, std::ceil(high / 5.0) * 5.0 + 5.0};
}

QString AngleChart::describe() const
{
    if (m_points.empty()) {
        return tr("No angles measured yet.");
    }
    //: %1 and %2: the angles of each session, oldest first ("120.0°, 118.5°"); %3 the MDC.
    return tr("Measured angles, oldest first: left %1; right %2. The band around each side's "
              "first angle is %3 either way: a change inside it is one this test cannot tell "
              "apart.")
        .arg(listed(m_points, true), listed(m_points, false), degreesText(m_mdc));
}

QSize AngleChart::sizeHint() const
{
    return {280, fontMetrics().height() * 7};
}

QSize AngleChart::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 5};
}

void AngleChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const auto [rangeLow, rangeHigh] = range();
    // Plain copies: Clang 14 cannot capture a structured binding in the lambda below.
    const double low = rangeLow;
    const double high = rangeHigh;
    const QString lowText = degreesText(low);
    const QString highText = degreesText(high);
    const int axis =
        std::max(metrics.horizontalAdvance(lowText), metrics.horizontalAdvance(highText)) +
        style::space::s;
    const int letter = metrics.horizontalAdvance(QStringLiteral("M")) + style::space::s;
    const QRect plot = rect().adjusted(axis, metrics.height() / 2, -letter, -metrics.height() / 2);
    if (plot.width() < 10 || plot.height() < 10 || m_points.empty()) {
        return;
    }
    const QColor text = palette().color(QPalette::WindowText);
    const auto y = [&](double degrees) {
        return plot.bottom() - (degrees - low) / (high - low) * plot.height();
    };
    const auto x = [&](std::size_t i) {
        return m_points.size() == 1 ? plot.center().x()
                                    : plot.left() + static_cast<double>(i) * plot.width() /
                                                        static_cast<double>(m_points.size() - 1);
    };
    painter.setPen(text);
    painter.drawText(
        QRect(0, static_cast<int>(y(high)) - metrics.height() / 2, axis - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, highText);
    painter.drawText(
        QRect(0, static_cast<int>(y(low)) - metrics.height() / 2, axis - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, lowText);
    for (const bool left : {true, false}) {
        const QColor colour = left ? style::leftSide(palette()) : style::rightSide(palette());
        // The MDC band around the side's first angle.
        if (const auto first = firstOf(m_points, left)) {
            QColor band = colour;
            band.setAlpha(40);
            painter.setPen(Qt::NoPen);
            painter.setBrush(band);
            painter.drawRect(QRectF(QPointF(plot.left(), y(*first + m_mdc)),
                                    QPointF(plot.right(), y(*first - m_mdc))));
        }
        QPainterPath line;
        QPointF last;
        bool started = false;
        for (std::size_t i = 0; i < m_points.size(); ++i) {
            if (const auto& value = left ? m_points[i].left : m_points[i].right) {
                last = QPointF(x(i), y(*value));
                if (started) {
                    line.lineTo(last);
                } else {
                    line.moveTo(last);
                    started = true;
                }
            }
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, 2, left ? Qt::SolidLine : Qt::DashLine));
        painter.drawPath(line);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        for (std::size_t i = 0; i < m_points.size(); ++i) {
            if (const auto& value = left ? m_points[i].left : m_points[i].right) {
                const QRectF mark(x(i) - 4, y(*value) - 4, 8, 8);
                if (left) {
                    painter.drawEllipse(mark);
                } else {
                    painter.drawRect(mark);
                }
            }
        }
        if (started) {
            // The side's letter at its line's end: the colour never says it alone.
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(colour);
            painter.drawText(QRectF(plot.right() + 4, last.y() - metrics.height() / 2.0, letter,
                                    metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             sideLetter(left ? core::Side::Left : core::Side::Right));
            painter.setFont(font());
        }
    }
}

} // namespace tightside::gui
