#include "widgets.h"

#include "texts.h"

#include <QApplication>
#include <QFile>
#include <QFocusFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QSlider>
#include <QStyleFactory>
#include <QStyleOption>
#include <QSvgRenderer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

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

void SvgView::setHatched(const QStringList& ids)
{
    m_hatched = ids;
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
    // The drawings use dark outlines and labels on a light figure: a light card behind them
    // keeps them readable in a dark palette too.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(QLatin1String(colours::kPictureCard)));
    painter.drawRoundedRect(target.adjusted(-3, -3, 3, 3), 6, 6);
    if (m_mirrored) {
        // Pictures are drawn for the left side; the right side is the mirror image.
        painter.translate(width(), 0);
        painter.scale(-1, 1);
    }
    m_renderer->render(&painter, target);
    paintHatching(painter, target);
}

void SvgView::paintHatching(QPainter& painter, const QRectF& target)
{
    if (m_hatched.isEmpty()) {
        return;
    }
    // Each element is drawn alone into an image, then the hatch tile is kept only where the
    // element was drawn: diagonal lines exactly inside its outline (SVG Tiny has no patterns).
    QImage shapes(size(), QImage::Format_ARGB32_Premultiplied);
    shapes.fill(Qt::transparent);
    {
        QPainter shapePainter(&shapes);
        shapePainter.setRenderHint(QPainter::Antialiasing);
        shapePainter.setTransform(painter.transform());
        const QRectF box = m_renderer->viewBoxF();
        const double sx = target.width() / box.width();
        const double sy = target.height() / box.height();
        for (const QString& id : m_hatched) {
            if (!m_renderer->elementExists(id)) {
                continue;
            }
            const QRectF bounds =
                m_renderer->transformForElement(id).mapRect(m_renderer->boundsOnElement(id));
            const QRectF onScreen(target.x() + (bounds.x() - box.x()) * sx,
                                  target.y() + (bounds.y() - box.y()) * sy, bounds.width() * sx,
                                  bounds.height() * sy);
            m_renderer->render(&shapePainter, id, onScreen);
        }
        QImage tile(8, 8, QImage::Format_ARGB32_Premultiplied);
        tile.fill(QColor(colours::kHatchGround));
        {
            QPainter tilePainter(&tile);
            tilePainter.setPen(QPen(QColor(colours::kHatchLine), 2));
            tilePainter.drawLine(0, 8, 8, 0);
            tilePainter.drawLine(-1, 1, 1, -1);
            tilePainter.drawLine(7, 9, 9, 7);
        }
        shapePainter.resetTransform();
        shapePainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        shapePainter.fillRect(shapes.rect(), QBrush(tile));
    }
    painter.save();
    painter.resetTransform();
    painter.drawImage(0, 0, shapes);
    painter.restore();
}

QByteArray pictureData(const QString& name)
{
    QFile file(QStringLiteral(":/pictures/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool onBackView(core::Region group)
{
    return group == core::Region::Hamstrings || group == core::Region::Lats;
}

QByteArray regionElementId(core::Region group, core::Side side)
{
    return QByteArray(core::regionId(group).data(),
                      static_cast<qsizetype>(core::regionId(group).size())) +
           (side == core::Side::Left ? "-left" : "-right");
}

QByteArray markedBodyMap(bool back, const std::vector<std::pair<QByteArray, MapMark>>& marks)
{
    QByteArray svg = pictureData(back ? QStringLiteral("body-back") : QStringLiteral("body-front"));
    for (const auto& [elementId, mark] : marks) {
        const QByteArray id = "id=\"" + elementId + "\"";
        const qsizetype at = svg.indexOf(id);
        if (at < 0) {
            continue;
        }
        const qsizetype start = svg.lastIndexOf("<path", at);
        const qsizetype end = svg.indexOf('>', at);
        if (start < 0 || end < 0) {
            continue;
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
        // Lit and soft differ in outline width as well as fill, so neither relies on colour.
        replaceAttr("fill", mark == MapMark::Lit ? colours::kMapLit : colours::kMapSoft);
        replaceAttr("stroke", "#000000");
        replaceAttr("stroke-width", mark == MapMark::Lit ? "5" : "3");
        svg.replace(start, end - start, element);
    }
    return svg;
}

QByteArray litBodyMap(core::Region group, core::Side side, bool* back)
{
    const bool useBack = onBackView(group);
    if (back != nullptr) {
        *back = useBack;
    }
    return markedBodyMap(useBack, {{regionElementId(group, side), MapMark::Lit}});
}

QStringList neverRegionIds()
{
    return {QStringLiteral("low_back"),        QStringLiteral("spine"),
            QStringLiteral("glutes-left"),     QStringLiteral("glutes-right"),
            QStringLiteral("lower_ribs-left"), QStringLiteral("lower_ribs-right")};
}

QStringList bodyMapIds(bool back)
{
    const std::vector<core::Region> groups =
        back ? std::vector<core::Region>{core::Region::Hamstrings, core::Region::ItBand,
                                         core::Region::Lats}
             : std::vector<core::Region>{core::Region::Quadriceps, core::Region::HipFlexors,
                                         core::Region::Adductors, core::Region::ItBand,
                                         core::Region::Tfl};
    QStringList ids;
    for (core::Region group : groups) {
        for (core::Side side : {core::Side::Left, core::Side::Right}) {
            ids << QString::fromLatin1(regionElementId(group, side));
        }
    }
    if (back) {
        ids << neverRegionIds();
    }
    return ids;
}

QString neverMapLine()
{
    return QStringLiteral("Hatched = never worked on: the low back, spine, buttocks and lower "
                          "ribs. They are not the cause.");
}

QString viewSideHint(bool back)
{
    return back ? QStringLiteral("Seen from behind: your left is on the left.")
                : QStringLiteral("Seen from the front: your left is on the right.");
}

QString showBodyMap(SvgView* view, core::Region group, std::optional<core::Side> side,
                    const QString& groupWords)
{
    const bool back = onBackView(group);
    std::vector<std::pair<QByteArray, MapMark>> marks;
    if (side) {
        marks.emplace_back(regionElementId(group, *side), MapMark::Lit);
    } else {
        marks.emplace_back(regionElementId(group, core::Side::Left), MapMark::Soft);
        marks.emplace_back(regionElementId(group, core::Side::Right), MapMark::Soft);
    }
    view->setSvg(markedBodyMap(back, marks), false, QString());
    view->setHatched(back ? neverRegionIds() : QStringList());
    const QString where = side ? QStringLiteral("%1 %2").arg(sideWord(*side), groupWords)
                               : QStringLiteral("%1, both sides").arg(groupWords);
    QString words = QStringLiteral("Body map, seen from the %1: %2 marked.")
                        .arg(back ? QStringLiteral("back") : QStringLiteral("front"), where);
    if (back) {
        words += QLatin1Char(' ') + neverMapLine();
    }
    view->setAccessibleName(QStringLiteral("Body map: ") + where);
    view->setAccessibleDescription(words + QLatin1Char(' ') + viewSideHint(back));
    return words;
}

namespace colours {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QPalette referencePalette(bool dark)
{
    // QStyleFactory hands over ownership; the style is only needed for its palette.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    if (!dark) {
        return palette;
    }
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xee, 0xee, 0xee);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    return palette;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& colour) {
        const auto channel = [](double value) {
            return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette withAaContrast(QPalette palette)
{
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        QColor highlight = palette.color(group, QPalette::Highlight);
        const bool darken = text.lightnessF() > 0.5;
        for (int i = 0; i < 30 && contrastRatio(text, highlight) < 4.5; ++i) {
            highlight = darken ? highlight.darker(108) : highlight.lighter(108);
        }
        palette.setColor(group, QPalette::Highlight, highlight);
    }
    return palette;
}

QColor alert(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0x8e, 0x00, 0x00);
}

QColor focusRing(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x0b, 0x4f, 0x9c);
}

} // namespace colours

namespace {

// A ring drawn as a sibling just outside the focused control (QFocusFrame does the
// following); the mask leaves only the ring, so the control itself stays untouched.
class FocusRingStyle final : public QProxyStyle
{
public:
    FocusRingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    int pixelMetric(PixelMetric metric, const QStyleOption* option,
                    const QWidget* widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin) {
            return 3;
        }
        return QProxyStyle::pixelMetric(metric, option, widget);
    }

    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returnData) const override
    {
        if (hint == SH_FocusFrame_Mask && widget != nullptr) {
            if (auto* mask = qstyleoption_cast<QStyleHintReturnMask*>(returnData)) {
                mask->region =
                    QRegion(widget->rect()) - QRegion(widget->rect().adjusted(3, 3, -3, -3));
                return 1;
            }
        }
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override
    {
        if (element == CE_FocusFrame && widget != nullptr) {
            painter->fillRect(option->rect, colours::focusRing(widget->palette()));
            return;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

// For a control that fills its parent (a scrolling page, the routine player) a ring outside
// it would be clipped away, so this ring is drawn just inside its edge, above its content.
class InnerRing final : public QWidget
{
public:
    InnerRing() : QWidget(nullptr)
    {
        setObjectName(QStringLiteral("focusRingInner"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
    }

    void track(QWidget* target)
    {
        if (m_target != nullptr) {
            m_target->removeEventFilter(this);
        }
        m_target = target;
        if (target == nullptr) {
            hide();
            return;
        }
        setParent(target);
        target->installEventFilter(this);
        fit();
        show();
    }

    QWidget* target() const { return m_target.data(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_target && event->type() == QEvent::Resize) {
            fit();
        }
        return false;
    }

    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(),
                         colours::focusRing(m_target != nullptr ? m_target->palette() : palette()));
    }

private:
    void fit()
    {
        setGeometry(m_target->rect());
        setMask(QRegion(rect()) - QRegion(rect().adjusted(3, 3, -3, -3)));
        raise();
    }

    QPointer<QWidget> m_target;
};

class FocusRingKeeper final : public QObject
{
public:
    explicit FocusRingKeeper(QWidget* window) : QObject(window), m_window(window)
    {
        m_style = new FocusRingStyle;
        m_style->setParent(this);
        connect(qApp, &QApplication::focusChanged, this,
                [this](QWidget*, QWidget* now) { follow(now); });
    }

private:
    void follow(QWidget* now)
    {
        if (m_frame) {
            m_frame->setWidget(nullptr);
        }
        if (m_inner) {
            m_inner->track(nullptr);
        }
        if (now == nullptr || now == m_window || !m_window->isAncestorOf(now) ||
            now->parentWidget() == nullptr) {
            return;
        }
        const QRect outside = now->geometry().adjusted(-3, -3, 3, 3);
        if (!now->parentWidget()->rect().contains(outside)) {
            if (!m_inner) {
                m_inner = new InnerRing;
            }
            m_inner->track(now);
            return;
        }
        if (!m_frame) {
            m_frame = new QFocusFrame(m_window);
            m_frame->setObjectName(QStringLiteral("focusRing"));
            m_frame->setStyle(m_style);
            m_frame->setFocusPolicy(Qt::NoFocus);
        }
        m_frame->setWidget(now);
    }

    QWidget* m_window;
    QProxyStyle* m_style = nullptr;
    QPointer<QFocusFrame> m_frame;
    QPointer<InnerRing> m_inner;
};

} // namespace

void installAccessAids(QWidget* window)
{
    new FocusRingKeeper(window);
    const QPalette palette = QApplication::palette();
    const QPalette better = colours::withAaContrast(palette);
    if (better != palette) {
        QApplication::setPalette(better);
    }
}

namespace {

// A word-wrapped plain-text label that remembers its height for the last few widths. Qt asks a
// label for its height many times per layout pass, at a few widths, and QLabel shapes the
// whole text again each time: with the 23 safety questions that was a third of start-up. The
// answers are kept only while the text, font and margins they were made for stay the same.
class WrappedLabel final : public QLabel
{
public:
    WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent) {}

    int heightForWidth(int width) const override
    {
        const Key key{text(), font(), contentsMargins(), margin(), indent()};
        if (!(key == m_key)) {
            m_key = key;
            m_heights.clear();
        }
        for (const auto& [known, height] : m_heights) {
            if (known == width) {
                return height;
            }
        }
        const int height = QLabel::heightForWidth(width);
        if (m_heights.size() == kRemembered) {
            m_heights.erase(m_heights.begin());
        }
        m_heights.emplace_back(width, height);
        return height;
    }

private:
    struct Key
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = -1;
        bool operator==(const Key& other) const
        {
            return margin == other.margin && indent == other.indent && contents == other.contents &&
                   font == other.font && text == other.text;
        }
    };
    static constexpr std::size_t kRemembered = 8;
    mutable Key m_key;
    mutable std::vector<std::pair<int, int>> m_heights;
};

} // namespace

QLabel* makeLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new WrappedLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    return label;
}

QWidget* makeHolder(QWidget* parent)
{
    auto* holder = new QWidget(parent);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    return holder;
}

void fillHolder(QWidget* holder, QWidget* page, int stretch)
{
    qobject_cast<QBoxLayout*>(holder->layout())->addWidget(page, stretch);
    if (holder->isVisible()) {
        page->setVisible(true);
    }
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
