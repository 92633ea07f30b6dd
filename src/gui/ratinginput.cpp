#include "ratinginput.h"

#include "texts.h"
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace tightside::gui {

RatingInput::RatingInput(const QString& title, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("sideHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(core::kMinRating, core::kMaxRating);
    m_slider->setPageStep(1);
    m_slider->setSingleStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setMinimumWidth(220);
    m_slider->setAccessibleName(accessibleName);
    m_description = tr("0 means none, 10 means extreme. A digit key sets it, End gives 10.");
    m_slider->setAccessibleDescription(m_description);
    m_slider->installEventFilter(this);
    setFocusProxy(m_slider);

    auto* ends = new QHBoxLayout;
    auto* none = new QLabel(tr("0 none"), this);
    auto* extreme = new QLabel(tr("10 extreme"), this);
    extreme->setAlignment(Qt::AlignRight);
    ends->addWidget(none);
    ends->addStretch();
    ends->addWidget(extreme);

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("ratingValue"));
    m_value->setAlignment(Qt::AlignHCenter);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.3);
    m_value->setFont(valueFont);

    layout->addWidget(heading);
    layout->addWidget(m_slider);
    layout->addLayout(ends);
    layout->addWidget(m_value);
    updateValueLabel(0);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        updateValueLabel(value);
        emit valueChanged(value);
    });
    // Any key or drag on the slider answers, even one that leaves the value where it was.
    connect(m_slider, &QSlider::actionTriggered, this, &RatingInput::markAnswered);
    connect(m_slider, &QSlider::sliderPressed, this, &RatingInput::markAnswered);
}

bool RatingInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_slider && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            setValue(key->key() - Qt::Key_0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RatingInput::setUnanswered()
{
    const bool was = m_answered;
    m_answered = false;
    updateValueLabel(m_slider->value());
    if (was) {
        emit answeredChanged();
    }
}

void RatingInput::markAnswered()
{
    if (m_answered) {
        return;
    }
    m_answered = true;
    updateValueLabel(m_slider->value());
    emit answeredChanged();
}

int RatingInput::value() const
{
    return m_slider->value();
}

void RatingInput::setValue(int value)
{
    m_slider->setValue(value);
    markAnswered();
}

void RatingInput::updateValueLabel(int value)
{
    if (!m_answered) {
        m_value->setText(tr("Not answered yet"));
        m_slider->setAccessibleDescription(tr("Not answered yet. %1").arg(m_description));
        return;
    }
    m_slider->setAccessibleDescription(m_description);
    m_value->setText(value == 0    ? tr("0 out of 10 (none)")
                     : value == 10 ? tr("10 out of 10 (extreme)")
                                   : tr("%1 out of 10").arg(value));
}

RatingPair::RatingPair(const QString& what, int threshold, QWidget* parent)
    : QWidget(parent), m_threshold(threshold)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_left = new RatingInput(tr("LEFT"), tr("Left %1").arg(what), this);
    m_left->setObjectName(QStringLiteral("leftRating"));
    m_right = new RatingInput(tr("RIGHT"), tr("Right %1").arg(what), this);
    m_right->setObjectName(QStringLiteral("rightRating"));
    row->addWidget(m_left);
    row->addSpacing(24);
    row->addWidget(m_right);
    outer->addLayout(row);
    m_gap = new QLabel(this);
    m_gap->setObjectName(QStringLiteral("gapLine"));
    m_gap->setAlignment(Qt::AlignHCenter);
    m_gap->setWordWrap(true);
    QFont font = m_gap->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_gap->setFont(font);
    outer->addWidget(m_gap);
    setFocusProxy(m_left);
    connect(m_left, &RatingInput::valueChanged, this, &RatingPair::updateGap);
    connect(m_right, &RatingInput::valueChanged, this, &RatingPair::updateGap);
    connect(m_left, &RatingInput::answeredChanged, this, &RatingPair::updateGap);
    connect(m_right, &RatingInput::answeredChanged, this, &RatingPair::updateGap);
    connect(m_left, &RatingInput::answeredChanged, this, &RatingPair::answeredChanged);
    connect(m_right, &RatingInput::answeredChanged, this, &RatingPair::answeredChanged);
    updateGap();
}

core::Rating RatingPair::rating() const
{
    return {m_left->value(), m_right->value()};
}

void RatingPair::setRating(core::Rating rating)
{
    m_left->setValue(rating.left);
    m_right->setValue(rating.right);
}

bool RatingPair::answered() const
{
    return m_left->answered() && m_right->answered();
}

void RatingPair::setUnanswered()
{
    m_left->setUnanswered();
    m_right->setUnanswered();
}

QString RatingPair::gapText() const
{
    return m_gap->text();
}

void RatingPair::updateGap()
{
    m_gap->setText(answered() ? gapSentence(m_left->value(), m_right->value(), m_threshold)
                              : tr("Rate both sides to see the gap."));
    m_gap->setAccessibleName(m_gap->text());
    emit ratingChanged();
}

} // namespace tightside::gui
