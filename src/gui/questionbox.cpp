#include "questionbox.h"

#include <QPainter>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>
#include <cmath>

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

const QStaticText& QuestionBox::words(int width) const
{
    // Laid out once per width and font: measuring and painting at the width the box has share
    // one shaping of the text (painter.drawText would shape it again on every paint).
    const qreal textWidth = textRect(width).width();
    if (m_words.text() != text() || m_wordsFont != font() || m_words.textWidth() != textWidth) {
        m_words.setText(text());
        m_words.setTextWidth(textWidth);
        m_words.prepare(QTransform(), font());
        m_wordsFont = font();
    }
    return m_words;
}

int QuestionBox::heightForWidth(int width) const
{
    // The layout asks again at a few widths (before and after a scroll bar shows): remembered.
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    const HeightCache::Key key{text(), font(), {indicatorWidth(), indicator}};
    return m_heights.height(key, width, [this, indicator](int w) {
        const int need = static_cast<int>(std::ceil(words(w).size().height()));
        return std::max(need, indicator) + 2 * kPad;
    });
}

QSize QuestionBox::sizeHint() const
{
    // Only a first guess (the layout asks heightForWidth() for the real height): the lines
    // the words take at about 60 characters, estimated without shaping them.
    const int chars = 60;
    const int width = indicatorWidth() + kGap + fontMetrics().averageCharWidth() * chars;
    const auto lines = std::max<qsizetype>(1, (text().size() + chars - 1) / chars);
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    return {width,
            std::max(fontMetrics().lineSpacing() * static_cast<int>(lines), indicator) + 2 * kPad};
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
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawStaticText(textRect(width()).topLeft(), words(width()));
}

} // namespace tightside::gui
