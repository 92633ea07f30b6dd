#include "cardparts.h"

#include "contrast.h"
#include "layouthelpers.h"
#include "style.h"
#include "texts.h"

#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace tightside::gui {

SideBadge::SideBadge(core::Side side, QWidget* parent) : QLabel(parent), m_side(side)
{
    setObjectName(QStringLiteral("sideBadge"));
    setText(sideShout(side));
    setAccessibleName(sideShout(side));
    setAlignment(Qt::AlignCenter);
    QFont bold = style::font(style::Type::Caption, font());
    bold.setBold(true);
    setFont(bold);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize SideBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 2 * style::space::m,
            metrics.height() + 2 * style::space::xs};
}

void SideBadge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor ground = m_side == core::Side::Left ? style::leftSide(pal) : style::rightSide(pal);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ground);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    // The light sides' inks are dark enough for white (4.5:1 or more); the dark palette's
    // lighter blue and orange take black.
    painter.setPen(colours::isDark(pal) ? QColor(Qt::black) : QColor(Qt::white));
    painter.setFont(font());
    painter.drawText(rect(), Qt::AlignCenter, text());
}

Disclosure::Disclosure(const QString& title, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::xs);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("disclosureToggle"));
    m_toggle->setText(title);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    QString name = title;
    name.remove(QLatin1Char('&'));
    m_toggle->setAccessibleName(name);
    m_toggle->setAccessibleDescription(
        tr("Shows or hides the reasons. Space opens and closes them."));
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    m_body = makeLabel(QString(), this, QStringLiteral("disclosureBody"));
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->hide();
    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::toggled, this, &Disclosure::setOpen);
}

void Disclosure::setText(const QString& text)
{
    m_body->setText(text);
    m_body->setAccessibleName(text);
}

QString Disclosure::text() const
{
    return m_body->text();
}

bool Disclosure::isOpen() const
{
    return m_toggle->isChecked();
}

void Disclosure::setOpen(bool open)
{
    if (m_toggle->isChecked() != open) {
        m_toggle->setChecked(open); // comes back here through toggled()
        return;
    }
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(open);
}

} // namespace tightside::gui
