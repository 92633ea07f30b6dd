#include "framedgroup.h"

#include <QPainter>
#include <QStyleOptionGroupBox>
#include <QStylePainter>

#include <algorithm>

namespace tightside::gui {

namespace {
// Fusion's space between the title line and the frame, and the frame's corner radius.
constexpr int kTitleGap = 3;
constexpr qreal kRadius = 2.0;
// How strongly the line and the shade inside show: a share of the text colour, so they work in
// light, dark and high-contrast palettes alike.
constexpr int kLineAlpha = 64;
constexpr int kShadeAlpha = 8;
} // namespace

FramedGroup::FramedGroup(const QString& title, QWidget* parent) : QGroupBox(title, parent) {}

void FramedGroup::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    QRectF frame =
        style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxFrame, this);
    if (!title().isEmpty()) {
        const int titleHeight =
            std::max(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, &option, this),
                     option.fontMetrics.height());
        frame.setTop(frame.top() + titleHeight + kTitleGap);
    }
    QColor line = palette().color(QPalette::WindowText);
    QColor shade = line;
    line.setAlpha(kLineAlpha);
    shade.setAlpha(kShadeAlpha);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(line, 1.0));
    painter.setBrush(shade);
    painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    // The title (and a focus frame, were it checkable) as the style draws them.
    option.subControls &= ~QStyle::SC_GroupBoxFrame;
    painter.drawComplexControl(QStyle::CC_GroupBox, option);
}

} // namespace tightside::gui
