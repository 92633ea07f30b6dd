#include "widgets.h"

#include "texts.h"

#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QSlider>
#include <QSvgRenderer>
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
    m_slider->setAccessibleDescription(QStringLiteral("0 means none, 10 means extreme"));
    setFocusProxy(m_slider);

    auto* ends = new QHBoxLayout;
    auto* none = new QLabel(QStringLiteral("0 none"), this);
    auto* extreme = new QLabel(QStringLiteral("10 extreme"), this);
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
}

int RatingInput::value() const
{
    return m_slider->value();
}

void RatingInput::setValue(int value)
{
    m_slider->setValue(value);
}

void RatingInput::updateValueLabel(int value)
{
    QString word;
    if (value == 0) {
        word = QStringLiteral(" (none)");
    } else if (value == 10) {
        word = QStringLiteral(" (extreme)");
    }
    m_value->setText(QStringLiteral("%1 out of 10%2").arg(value).arg(word));
}

RatingPair::RatingPair(const QString& what, int threshold, QWidget* parent)
    : QWidget(parent), m_threshold(threshold)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_left = new RatingInput(QStringLiteral("LEFT"), QStringLiteral("Left %1").arg(what), this);
    m_left->setObjectName(QStringLiteral("leftRating"));
    m_right = new RatingInput(QStringLiteral("RIGHT"), QStringLiteral("Right %1").arg(what), this);
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

QString RatingPair::gapText() const
{
    return m_gap->text();
}

void RatingPair::updateGap()
{
    m_gap->setText(gapSentence(m_left->value(), m_right->value(), m_threshold));
    m_gap->setAccessibleName(m_gap->text());
    emit ratingChanged();
}

SvgView::SvgView(QWidget* parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

SvgView::~SvgView() = default;

void SvgView::setSvg(const QByteArray& svg, bool mirrored, const QString& placeholder)
{
    m_mirrored = mirrored;
    m_placeholder = placeholder;
    if (svg.isEmpty() || !m_renderer->load(svg)) {
        m_renderer->load(QByteArray());
    }
    update();
}

bool SvgView::hasPicture() const
{
    return m_renderer->isValid();
}

QSize SvgView::sizeHint() const
{
    return {220, 260};
}

void SvgView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_renderer->isValid()) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawRoundedRect(rect().adjusted(4, 4, -5, -5), 8, 8);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    QSizeF size = m_renderer->defaultSize();
    size.scale(QSizeF(width() - 8.0, height() - 8.0), Qt::KeepAspectRatio);
    const QRectF target((width() - size.width()) / 2.0, (height() - size.height()) / 2.0,
                        size.width(), size.height());
    if (m_mirrored) {
        // Pictures are drawn for the left side; the right side is the mirror image.
        painter.translate(width(), 0);
        painter.scale(-1, 1);
    }
    m_renderer->render(&painter, target);
}

QByteArray pictureData(const QString& name)
{
    QFile file(QStringLiteral(":/pictures/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QByteArray litBodyMap(core::Region group, core::Side side, bool* back)
{
    const bool useBack = group == core::Region::Hamstrings || group == core::Region::Lats;
    if (back != nullptr) {
        *back = useBack;
    }
    QByteArray svg =
        pictureData(useBack ? QStringLiteral("body-back") : QStringLiteral("body-front"));
    const QByteArray id = QByteArray("id=\"") + QByteArray(core::regionId(group).data()) +
                          (side == core::Side::Left ? "-left\"" : "-right\"");
    const qsizetype at = svg.indexOf(id);
    if (at < 0) {
        return svg;
    }
    const qsizetype start = svg.lastIndexOf("<path", at);
    const qsizetype end = svg.indexOf('>', at);
    if (start < 0 || end < 0) {
        return svg;
    }
    QByteArray element = svg.mid(start, end - start);
    const auto replaceAttr = [&element](const QByteArray& name, const QByteArray& value) {
        const qsizetype pos = element.indexOf(" " + name + "=\"");
        if (pos < 0) {
            element.insert(5, " " + name + "=\"" + value + "\"");
            return;
        }
        const qsizetype valueStart = pos + name.size() + 3;
        const qsizetype valueEnd = element.indexOf('"', valueStart);
        element.replace(valueStart, valueEnd - valueStart, value);
    };
    replaceAttr("fill", "#d84315");
    replaceAttr("stroke", "#000000");
    replaceAttr("stroke-width", "4");
    svg.replace(start, end - start, element);
    return svg;
}

QLabel* makeLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    return label;
}

void focusFirstIn(QWidget* root)
{
    for (QWidget* widget = root->nextInFocusChain(); widget != nullptr && widget != root;
         widget = widget->nextInFocusChain()) {
        if (!root->isAncestorOf(widget)) {
            continue;
        }
        if ((widget->focusPolicy() & Qt::TabFocus) != 0 && widget->isEnabled() &&
            widget->isVisibleTo(root)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    root->setFocus();
}

QString numberedList(const std::vector<std::string>& items)
{
    QString html = QStringLiteral("<ol style=\"margin-left:0\">");
    for (const auto& item : items) {
        html += QStringLiteral("<li>") + qs(item).toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

QString bulletList(const std::vector<std::string>& items)
{
    QString html = QStringLiteral("<ul>");
    for (const auto& item : items) {
        html += QStringLiteral("<li>") + qs(item).toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace tightside::gui
