#include "checkstepper.h"

#include "style.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tightside::gui {

std::optional<CheckStepper::Step> CheckStepper::stepOf(CheckFlow::Page page)
{
    using Page = CheckFlow::Page;
    switch (page) {
    case Page::RedFlags:
        return Step::Safety;
    case Page::Precautions:
        return Step::Precautions;
    case Page::Pain:
    case Page::Activities:
        return Step::Pain;
    case Page::Group:
        return Step::Tests;
    case Page::Minutes:
    case Page::Plan:
        return Step::Plan;
    case Page::Recheck:
        return Step::Recheck;
    case Page::Player:
        return Step::Routine;
    case Page::SeekCare:
    case Page::Summary:
        break;
    }
    return std::nullopt;
}

CheckStepper::CheckStepper(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkStepper"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Where you are in the check"));
    showStep(Step::Safety);
}

void CheckStepper::showStep(std::optional<Step> step, std::size_t group, std::size_t groups)
{
    m_current = step ? static_cast<int>(*step) : kSteps;
    m_group = group;
    m_groups = groups;
    const QString description =
        m_current < kSteps
            ? tr("Step %1 of %2: %3.").arg(m_current + 1).arg(kSteps).arg(stepName(m_current))
            : tr("Every step of this check is done.");
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    updateGeometry();
    update();
}

QString CheckStepper::stepName(int index) const
{
    switch (static_cast<Step>(index)) {
    case Step::Safety:
        return tr("Safety");
    case Step::Precautions:
        return tr("Precautions");
    case Step::Pain:
        return tr("Pain");
    case Step::Tests:
        return index == m_current && m_groups > 0
                   ? tr("Tests %1 of %2").arg(m_group + 1).arg(m_groups)
                   : tr("Tests");
    case Step::Plan:
        return tr("Plan");
    case Step::Routine:
        return tr("Routine");
    case Step::Recheck:
        return tr("Re-check");
    }
    return {};
}

int CheckStepper::circle() const
{
    return fontMetrics().height() + style::space::s;
}

int CheckStepper::widthNeeded(bool all) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int width = kSteps * circle() + (kSteps - 1) * style::space::xl;
    for (int index = 0; index < kSteps; ++index) {
        if (index == m_current) {
            width += style::space::s + boldMetrics.horizontalAdvance(stepName(index));
        } else if (all) {
            width += style::space::s + fontMetrics().horizontalAdvance(stepName(index));
        }
    }
    return width;
}

bool CheckStepper::allNamesShown() const
{
    return width() >= widthNeeded(true);
}

QSize CheckStepper::sizeHint() const
{
    return {widthNeeded(true), circle() + 2 * style::space::xs};
}

QSize CheckStepper::minimumSizeHint() const
{
    return {widthNeeded(false), circle() + 2 * style::space::xs};
}

void CheckStepper::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void CheckStepper::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool all = allNamesShown();
    const int size = circle();
    const int top = (height() - size) / 2;
    QFont bold = font();
    bold.setBold(true);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor done = style::ink(style::Tone::Progress, palette());
    const QColor now = palette().color(QPalette::Highlight);
    // Centred in the row, like the page titles' column below it.
    int x = std::max(0, (width() - widthNeeded(all)) / 2);
    for (int index = 0; index < kSteps; ++index) {
        const QRectF dot(x + 1, top + 1, size - 2, size - 2);
        if (index > 0) {
            // The thread from the step before, in the colour of the way already walked.
            painter.setPen(QPen(index <= m_current ? done : palette().color(QPalette::Mid), 2));
            painter.drawLine(QPointF(x - style::space::xl + style::space::xs, dot.center().y()),
                             QPointF(x - style::space::xs, dot.center().y()));
        }
        if (index < m_current) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(done);
            painter.drawEllipse(dot);
            // A tick, drawn: the word beside it says the same without colour.
            QPainterPath tick;
            tick.moveTo(dot.left() + dot.width() * 0.27, dot.top() + dot.height() * 0.52);
            tick.lineTo(dot.left() + dot.width() * 0.44, dot.top() + dot.height() * 0.69);
            tick.lineTo(dot.left() + dot.width() * 0.74, dot.top() + dot.height() * 0.34);
            painter.setPen(QPen(style::wash(style::Tone::Progress, palette()), 2.5, Qt::SolidLine,
                                Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(tick);
        } else if (index == m_current) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(now);
            painter.drawEllipse(dot);
            painter.setPen(palette().color(QPalette::HighlightedText));
            painter.setFont(bold);
            painter.drawText(dot, Qt::AlignCenter, QString::number(index + 1));
        } else {
            painter.setPen(QPen(text, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(dot);
            painter.setFont(font());
            painter.drawText(dot, Qt::AlignCenter, QString::number(index + 1));
        }
        x += size;
        if (index == m_current || all) {
            const QString name = stepName(index);
            painter.setFont(index == m_current ? bold : font());
            painter.setPen(text);
            const int advance = QFontMetrics(painter.font()).horizontalAdvance(name);
            painter.drawText(QRect(x + style::space::s, 0, advance + 1, height()),
                             Qt::AlignVCenter | Qt::AlignLeft, name);
            x += style::space::s + advance;
        }
        x += style::space::xl;
    }
}

} // namespace tightside::gui
