#include "historychart.h"

#include "contrast.h"
#include "texts.h"

#include "tightside/core/gap.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tightside::gui {

HistoryChart::HistoryChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HistoryChart::setRows(const std::vector<HistoryRow>* rows)
{
    m_rows = rows;
    setAccessibleDescription(describe());
    update();
}

void HistoryChart::setSeries(std::optional<core::Region> group, const QString& title)
{
    m_group = group;
    m_title = title;
    setAccessibleName(tr("Chart: %1").arg(title));
    setAccessibleDescription(describe());
    update();
}

QSize HistoryChart::sizeHint() const
{
    if (m_compact) {
        return {280, fontMetrics().height() * 9};
    }
    return {480, 240};
}

QSize HistoryChart::minimumSizeHint() const
{
    if (m_compact) {
        return {200, fontMetrics().height() * 6};
    }
    return {240, 160};
}

namespace {
QDate localDate(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toLocalTime().date();
}
} // namespace

bool HistoryChart::hasMeasure(const HistoryRow& row) const
{
    // A check stopped by a red flag has no pain and no ratings: never a point.
    return !row.stopped && (!m_group || row.before.at(core::indexOf(*m_group)) ||
                            row.after.at(core::indexOf(*m_group)));
}

std::pair<QDate, QDate> HistoryChart::dateRange() const
{
    if (m_rows == nullptr) {
        return {};
    }
    const auto first = std::find_if(m_rows->begin(), m_rows->end(),
                                    [this](const HistoryRow& row) { return hasMeasure(row); });
    const auto last = std::find_if(m_rows->rbegin(), m_rows->rend(),
                                   [this](const HistoryRow& row) { return hasMeasure(row); });
    if (first == m_rows->end()) {
        return {};
    }
    return {localDate(first->startedUtc), localDate(last->startedUtc)};
}

std::vector<std::pair<std::optional<int>, std::optional<int>>> HistoryChart::points() const
{
    std::vector<std::pair<std::optional<int>, std::optional<int>>> result;
    if (m_rows == nullptr) {
        return result;
    }
    result.reserve(m_rows->size());
    for (const HistoryRow& row : *m_rows) {
        if (!hasMeasure(row)) {
            continue;
        }
        if (!m_group) {
            result.emplace_back(row.painBefore, row.painAfter);
            continue;
        }
        const auto& before = row.before.at(core::indexOf(*m_group));
        const auto& after = row.after.at(core::indexOf(*m_group));
        const std::optional<int> b = core::gapOf(before);
        const std::optional<int> a = core::gapOf(after);
        if (b || a) {
            result.emplace_back(b, a);
        }
    }
    return result;
}

QString HistoryChart::describe() const
{
    const auto series = points();
    if (series.empty()) {
        return tr("No sessions with this measure yet.");
    }
    const auto& first = series.front();
    const auto& last = series.back();
    const auto value = [](std::optional<int> v) { return v ? QString::number(*v) : tr("none"); };
    return tr("%1. First: %2 before, %3 after. Latest: %4 before, %5 after.")
        .arg(sessionCount(static_cast<long long>(series.size())))
        .arg(value(first.first), value(first.second), value(last.first), value(last.second));
}

HistoryChart::Areas HistoryChart::areas() const
{
    const QFontMetrics metrics(font());
    Areas area;
    area.axisWidth = metrics.horizontalAdvance(QStringLiteral("10")) + 14;
    if (m_compact) {
        const int top = metrics.height() / 2 + 4;
        area.plot = QRect(area.axisWidth, top, width() - area.axisWidth - 12,
                          height() - top - metrics.height() - 8);
        return area;
    }
    area.title = QRect(8, 2, width() - 16, metrics.height() + 2);
    const int legendWidth = 30 + metrics.horizontalAdvance(tr("before (dashed, dots)")) + 20 + 30 +
                            metrics.horizontalAdvance(tr("after (solid, squares)"));
    area.legend = QRect(8, metrics.height() + 6, legendWidth, metrics.height());
    // The top axis label ("10") is centred on the plot's top line: half a line of room below
    // the legend keeps the two apart.
    const int top = area.legend.bottom() + 1 + metrics.height() / 2 + 6;
    const int bottom = metrics.height() + 10;
    area.plot = QRect(area.axisWidth, top, width() - area.axisWidth - 12, height() - top - bottom);
    return area;
}

QRect HistoryChart::legendRect() const
{
    return areas().legend;
}

QRect HistoryChart::axisLabelRect(int value) const
{
    const Areas area = areas();
    const QFontMetrics metrics(font());
    const double y = area.plot.bottom() - area.plot.height() * value / 10.0;
    return QRectF(0, y - metrics.height() / 2.0, area.axisWidth - 6, metrics.height()).toRect();
}

void HistoryChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QFontMetrics metrics(font());
    const Areas area = areas();
    const int left = area.axisWidth;
    const QRect plot = area.plot;
    const QColor beforeColour = pal.color(QPalette::Text);
    const QColor afterColour =
        colours::isDark(pal) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x15, 0x65, 0xc0);
    if (!m_compact) {
        drawLegend(painter, area, beforeColour, afterColour);
    }

    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    for (int value = 0; value <= 10; value += m_compact ? 5 : 2) {
        const double y = plot.bottom() - plot.height() * value / 10.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, left - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    }
    // The threshold band: a gap under the threshold counts as balanced. Hatched and labelled,
    // so it reads without colour.
    if (m_group) {
        const double bandTop = plot.bottom() - plot.height() * m_threshold / 10.0;
        const QRectF band(plot.left(), bandTop, plot.width(), plot.bottom() - bandTop);
        painter.fillRect(band, QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
    }
    const auto series = points();
    if (series.empty()) {
        painter.setPen(text);
        painter.drawText(plot, Qt::AlignCenter, tr("No sessions with this measure yet."));
        return;
    }
    const std::size_t count = series.size();
    const auto xAt = [&](std::size_t i) {
        return count == 1 ? plot.center().x()
                          : plot.left() + plot.width() * static_cast<double>(i) /
                                              static_cast<double>(count - 1);
    };
    const auto yAt = [&](int value) { return plot.bottom() - plot.height() * value / 10.0; };
    const bool markers = count <= 120;
    for (int which = 0; which < 2; ++which) {
        QPainterPath path;
        bool started = false;
        const QColor colour = which == 0 ? beforeColour : afterColour;
        for (std::size_t i = 0; i < count; ++i) {
            const std::optional<int> value = which == 0 ? series[i].first : series[i].second;
            if (!value) {
                continue;
            }
            const QPointF point(xAt(i), yAt(*value));
            if (started) {
                path.lineTo(point);
            } else {
                path.moveTo(point);
                started = true;
            }
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, 2, which == 0 ? Qt::DashLine : Qt::SolidLine));
        painter.drawPath(path);
        if (!markers) {
            continue;
        }
        for (std::size_t i = 0; i < count; ++i) {
            const std::optional<int> value = which == 0 ? series[i].first : series[i].second;
            if (!value) {
                continue;
            }
            const QPointF point(xAt(i), yAt(*value));
            painter.setPen(QPen(colour, 2));
            if (which == 0) {
                painter.setBrush(colour);
                painter.drawEllipse(point, 4, 4);
            } else {
                painter.setBrush(pal.color(QPalette::Base));
                painter.drawRect(QRectF(point.x() - 4, point.y() - 4, 8, 8));
            }
        }
    }
    if (m_group && !m_compact) {
        // Drawn last, on a ground of its own, so no line crosses the words.
        const QString label = tr("hatched: balanced, a gap under %1").arg(m_threshold);
        const double bandTop = plot.bottom() - plot.height() * m_threshold / 10.0;
        const QRectF box(plot.left() + 6, bandTop - metrics.height() - 4,
                         metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
        painter.fillRect(box, pal.color(QPalette::Base));
        painter.setPen(text);
        painter.drawText(box, Qt::AlignCenter, label);
    }
    painter.setPen(text);
    const auto [firstDate, lastDate] = dateRange();
    const QRect below(plot.left(), plot.bottom() + 4, plot.width(), metrics.height());
    painter.drawText(below, Qt::AlignLeft, dayText(firstDate));
    if (!m_compact) {
        painter.drawText(below, Qt::AlignHCenter,
                         tr("your ratings, %n session(s)", nullptr, static_cast<int>(count)));
    }
    if (count > 1) {
        painter.drawText(below, Qt::AlignRight, dayText(lastDate));
    }
}

void HistoryChart::drawLegend(QPainter& painter, const Areas& area, const QColor& beforeColour,
                              const QColor& afterColour) const
{
    // Legend: shapes and line styles, so it reads without colour.
    const QColor text = palette().color(QPalette::Text);
    const QFontMetrics metrics(font());
    painter.setPen(text);
    painter.drawText(area.title, Qt::AlignLeft, m_title);
    const int legendY = area.legend.top();
    int x = 8;
    painter.setPen(QPen(beforeColour, 2, Qt::DashLine));
    painter.drawLine(x, legendY + metrics.height() / 2, x + 24, legendY + metrics.height() / 2);
    painter.setBrush(beforeColour);
    painter.drawEllipse(QPoint(x + 12, legendY + metrics.height() / 2), 4, 4);
    x += 30;
    painter.setPen(text);
    painter.drawText(x, legendY + metrics.ascent(), tr("before (dashed, dots)"));
    x += metrics.horizontalAdvance(tr("before (dashed, dots)")) + 20;
    painter.setPen(QPen(afterColour, 2, Qt::SolidLine));
    painter.drawLine(x, legendY + metrics.height() / 2, x + 24, legendY + metrics.height() / 2);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(x + 8, legendY + metrics.height() / 2 - 4, 8, 8);
    x += 30;
    painter.setPen(text);
    painter.drawText(x, legendY + metrics.ascent(), tr("after (solid, squares)"));
}

} // namespace tightside::gui
