#include "ratingbars.h"

#include "style.h"
#include "texts.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace tightside::gui {
namespace {
constexpr int kScaleMax = 10;
} // namespace

RatingBars::RatingBars(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ratingBars"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RatingBars::setRatings(const QString& group, const std::optional<core::Rating>& before,
                            const core::Rating& after)
{
    m_before = before;
    m_after = after;
    setAccessibleName(tr("%1: your ratings before and after").arg(group));
    setAccessibleDescription(describe(before, after));
    updateGeometry();
    update();
}

QString RatingBars::describe(const std::optional<core::Rating>& before, const core::Rating& after)
{
    if (before) {
        return tr("Before the routine: left %1, right %2. After it: left %3, right %4. Out of 10.")
            .arg(before->left)
            .arg(before->right)
            .arg(after.left)
            .arg(after.right);
    }
    return tr("After the routine: left %1, right %2. Out of 10.").arg(after.left).arg(after.right);
}

RatingBars::Metrics RatingBars::metrics() const
{
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fmCaption(style::font(style::Type::Caption, font()));
    Metrics m;
    m.row = fm.height() + style::space::xs;
    m.phase = std::max(fm.horizontalAdvance(tr("Before")), fm.horizontalAdvance(tr("After")));
    m.letter = std::max(fmBold.horizontalAdvance(sideLetter(core::Side::Left)),
                        fmBold.horizontalAdvance(sideLetter(core::Side::Right)));
    m.number = fmBold.horizontalAdvance(QStringLiteral("10"));
    m.gap = style::space::s;
    m.scale = fmCaption.height() + style::space::xs;
    return m;
}

int RatingBars::fixedWidth(const Metrics& m) const
{
    return m.phase + m.letter + m.number + 3 * m.gap;
}

int RatingBars::fullHeight(const Metrics& m) const
{
    // A little room between the before pair and the after pair.
    return rows() * m.row + (m_before ? style::space::s : 0) + m.scale;
}

QSize RatingBars::sizeHint() const
{
    const Metrics m = metrics();
    return {fixedWidth(m) + fontMetrics().averageCharWidth() * 26, fullHeight(m)};
}

QSize RatingBars::minimumSizeHint() const
{
    const Metrics m = metrics();
    return {fixedWidth(m) + fontMetrics().averageCharWidth() * 10, fullHeight(m)};
}

void RatingBars::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void RatingBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const Metrics m = metrics();
    const int trackLeft = m.phase + m.letter + 2 * m.gap;
    const int trackWidth = std::max(10, width() - trackLeft - m.gap - m.number);
    QFont bold = font();
    bold.setBold(true);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor track = pal.color(QPalette::Mid);

    int y = 0;
    const auto drawRow = [&](const QString& phase, bool first, core::Side side, int value,
                             bool faded) {
        const QColor ink = side == core::Side::Left ? style::leftSide(pal) : style::rightSide(pal);
        const QRect row(0, y, width(), m.row);
        if (first) {
            painter.setFont(font());
            painter.setPen(text);
            painter.drawText(QRect(0, y, m.phase, m.row), Qt::AlignLeft | Qt::AlignVCenter, phase);
        }
        painter.setFont(bold);
        painter.setPen(ink);
        painter.drawText(QRect(m.phase + m.gap, y, m.letter, m.row), Qt::AlignCenter,
                         sideLetter(side));
        // The track: the whole 0-10 scale, outlined; the bar fills its share of it.
        const int barHeight = std::max(6, m.row * 3 / 5);
        const QRectF full(trackLeft + 0.5, y + (m.row - barHeight) / 2.0 + 0.5, trackWidth - 1,
                          barHeight - 1);
        painter.setPen(QPen(track, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(full, 2, 2);
        const int clamped = std::clamp(value, 0, kScaleMax);
        if (clamped > 0) {
            QRectF bar = full;
            bar.setWidth(full.width() * clamped / kScaleMax);
            QColor fill = ink;
            if (faded) {
                fill.setAlphaF(0.45F);
            }
            painter.setPen(QPen(ink, 1.0));
            painter.setBrush(fill);
            painter.drawRoundedRect(bar, 2, 2);
        }
        painter.setPen(text);
        painter.drawText(QRect(trackLeft + trackWidth + m.gap, y, m.number, m.row),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        y = row.bottom() + 1;
    };
    if (m_before) {
        drawRow(tr("Before"), true, core::Side::Left, m_before->left, true);
        drawRow(tr("Before"), false, core::Side::Right, m_before->right, true);
        y += style::space::s;
    }
    drawRow(tr("After"), true, core::Side::Left, m_after.left, false);
    drawRow(tr("After"), false, core::Side::Right, m_after.right, false);
    // The scale: a tick at every point, 0 and 10 written under the ends.
    painter.setPen(QPen(track, 1.0));
    for (int point = 0; point <= kScaleMax; ++point) {
        const double x = trackLeft + 0.5 + (trackWidth - 1.0) * point / kScaleMax;
        const int tick = point % 5 == 0 ? style::space::xs : style::space::xs / 2;
        painter.drawLine(QPointF(x, y + 1), QPointF(x, y + 1 + tick));
    }
    const QFont caption = style::font(style::Type::Caption, font());
    painter.setFont(caption);
    painter.setPen(text);
    const QFontMetrics fmCaption(caption);
    // Each end's number centred under its tick.
    const int half = fmCaption.horizontalAdvance(QString::number(kScaleMax));
    const int top = y + style::space::xs;
    painter.drawText(QRect(trackLeft - half, top, 2 * half, fmCaption.height()), Qt::AlignCenter,
                     QStringLiteral("0"));
    painter.drawText(QRect(trackLeft + trackWidth - half, top, 2 * half, fmCaption.height()),
                     Qt::AlignCenter, QString::number(kScaleMax));
}

} // namespace tightside::gui
