#include "questionbox.h"

#include <QPainter>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>

namespace tightside::gui {

namespace {
constexpr int kGap = 8;
constexpr int kPad = 3;
} // namespace

QuestionBox::QuestionBox(const QString& question, QWidget* parent) : QCheckBox(question, parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int QuestionBox::indicatorWidth() const
{
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this);
}

QRect QuestionBox::textRect(int width) const
{
    const int left = indicatorWidth() + kGap;
    return {left, kPad, std::max(1, width - left - kPad), 0};
}

int QuestionBox::heightForWidth(int width) const
{
    const QRect words = textRect(width);
    const QRect need =
        fontMetrics().boundingRect(QRect(0, 0, words.width(), 100000),
                                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text());
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    return std::max(need.height(), indicator) + 2 * kPad;
}

QSize QuestionBox::sizeHint() const
{
    const int width = indicatorWidth() + kGap + fontMetrics().averageCharWidth() * 60;
    return {width, heightForWidth(width)};
}

QSize QuestionBox::minimumSizeHint() const
{
    // One line at least; the layout asks heightForWidth() for the height the words need.
    const int width = indicatorWidth() + kGap + fontMetrics().averageCharWidth() * 16;
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    return {width, std::max(fontMetrics().height(), indicator) + 2 * kPad};
}

void QuestionBox::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const int indicatorHeight = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    option.rect = QRect(0, kPad + std::max(0, (fontMetrics().height() - indicatorHeight) / 2),
                        indicatorWidth(), indicatorHeight);
    painter.drawPrimitive(QStyle::PE_IndicatorCheckBox, option);
    const QRect words = textRect(width()).adjusted(0, 0, 0, height() - 2 * kPad);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawText(words, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text());
}

} // namespace tightside::gui
