#include "ratinginput.h"

#include "style.h"
#include "texts.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace tightside::gui {

namespace {

/// A rating's slider, drawn as an 11-step segmented picker (issue 26): one large target per
/// value, its digit in it, the chosen one filled; none filled while unanswered. It stays a
/// QSlider underneath, so keys (arrows, Home, End), the accessibility interface (a Slider
/// with a Value) and every test see the same control. The wheel turns it only once it has
/// focus: a wheel over an unfocused rating scrolls the page instead of changing an answer. A
/// value set through the accessibility interface (AT-SPI's Value, as voice control, switch
/// access and automation tools set it) is an answer, like a key, a click or a drag.
class RatingSlider final : public QSlider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingSlider)

public:
    explicit RatingSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    ~RatingSlider() override = default;

    /// Sets `value` as the person's answer (even one equal to the value shown).
    void answer(int value)
    {
        setValue(value);
        emit answered();
    }
    /// Whether the value is shown as chosen (false while the question is unanswered).
    void setShowChosen(bool show)
    {
        m_showChosen = show;
        update();
    }

    QSize sizeHint() const override
    {
        return {segmentWidth() * segments(), fontMetrics().height() * 2 + style::space::s};
    }
    QSize minimumSizeHint() const override
    {
        return {segmentWidth() * segments(), fontMetrics().height() * 2 + style::space::s};
    }

signals:
    void answered();

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (!hasFocus()) {
            event->ignore(); // goes on to the page, which scrolls
            return;
        }
        QSlider::wheelEvent(event);
    }

    void mousePressEvent(QMouseEvent* event) override
    {
        if (event->button() != Qt::LeftButton) {
            event->ignore();
            return;
        }
        setFocus(Qt::MouseFocusReason);
        setSliderDown(true);
        answer(valueAt(event->position().x()));
        event->accept();
    }
    void mouseMoveEvent(QMouseEvent* event) override
    {
        if (isSliderDown()) {
            setValue(valueAt(event->position().x()));
        }
        event->accept();
    }
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        setSliderDown(false);
        event->accept();
    }

    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QColor chosen = pal.color(QPalette::Active, QPalette::Highlight);
        QColor below = chosen;
        below.setAlphaF(0.22F);
        const int count = segments();
        const double width = static_cast<double>(this->width()) / count;
        QFont digits = font();
        digits.setBold(true);
        painter.setFont(digits);
        for (int i = 0; i < count; ++i) {
            const int value = minimum() + i;
            const QRectF box(i * width + 1.5, 1.5, width - 3, height() - 3);
            const bool isChosen = m_showChosen && value == this->value();
            painter.setPen(QPen(isEnabled() ? pal.color(QPalette::Mid)
                                            : pal.color(QPalette::Disabled, QPalette::Mid),
                                isChosen ? 2 : 1));
            painter.setBrush(isChosen                                  ? QBrush(chosen)
                             : (m_showChosen && value < this->value()) ? QBrush(below)
                                                                       : pal.brush(QPalette::Base));
            painter.drawRoundedRect(box, 4, 4);
            painter.setPen(isChosen ? pal.color(QPalette::HighlightedText)
                                    : pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled,
                                                QPalette::Text));
            painter.drawText(box, Qt::AlignCenter, QString::number(value));
        }
    }

private:
    int segments() const { return maximum() - minimum() + 1; }
    int segmentWidth() const
    {
        return std::max(fontMetrics().horizontalAdvance(QStringLiteral("10")) + style::space::m,
                        fontMetrics().height() + style::space::xs);
    }
    int valueAt(double x) const
    {
        const int index = static_cast<int>(x * segments() / std::max(1, width()));
        return std::clamp(minimum() + index, minimum(), maximum());
    }

    bool m_showChosen = true;
};

/// Qt's own slider interface, with its Value setting the slider through RatingSlider::answer.
class RatingSliderAccessible final : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit RatingSliderAccessible(RatingSlider* slider)
        : QAccessibleWidget(slider, QAccessible::Slider)
    {}

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface) {
            return static_cast<QAccessibleValueInterface*>(this);
        }
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text text) const override
    {
        if (text == QAccessible::Value) {
            return QString::number(slider()->value());
        }
        return QAccessibleWidget::text(text);
    }

    QVariant currentValue() const override { return slider()->value(); }
    void setCurrentValue(const QVariant& value) override
    {
        slider()->answer(std::clamp(value.toInt(), slider()->minimum(), slider()->maximum()));
    }
    QVariant maximumValue() const override { return slider()->maximum(); }
    QVariant minimumValue() const override { return slider()->minimum(); }
    QVariant minimumStepSize() const override { return slider()->singleStep(); }

private:
    RatingSlider* slider() const { return static_cast<RatingSlider*>(widget()); }
};

QAccessibleInterface* ratingSliderAccessible(const QString& key, QObject* object)
{
    if (key == QLatin1String(RatingSlider::staticMetaObject.className())) {
        if (auto* slider = qobject_cast<RatingSlider*>(object)) {
            return new RatingSliderAccessible(slider);
        }
    }
    return nullptr;
}

} // namespace

RatingInput::RatingInput(const QString& title, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("sideHeading"));
    QFont font = heading->font();
    font = style::scaledFont(font, 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);

    static const bool factoryInstalled = [] {
        QAccessible::installFactory(ratingSliderAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    auto* slider = new RatingSlider(this);
    m_slider = slider;
    m_slider->setRange(core::kMinRating, core::kMaxRating);
    m_slider->setPageStep(1);
    m_slider->setSingleStep(1);
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
    valueFont = style::scaledFont(valueFont, 1.3);
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
    connect(slider, &RatingSlider::answered, this, &RatingInput::markAnswered);
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
    static_cast<RatingSlider*>(m_slider)->setShowChosen(m_answered);
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
    font = style::scaledFont(font, 1.2);
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

#include "ratinginput.moc"
