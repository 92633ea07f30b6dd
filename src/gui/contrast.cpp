#include "contrast.h"

#include <QApplication>
#include <QFocusFrame>
#include <QKeyEvent>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>

namespace tightside::gui {

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

namespace {

/// x^(1/5) for x in (0, 1], by Newton's method: constexpr, so that the compiler makes the
/// table below.
constexpr double fifthRoot(double x)
{
    double y = 1.0;
    for (int i = 0; i < 200; ++i) {
        const double y4 = y * y * y * y;
        const double next = y - (y4 * y - x) / (5.0 * y4);
        if (next == y) {
            break;
        }
        y = next;
    }
    return y;
}

constexpr std::size_t kChannelValues = 256;

/// Each 8-bit sRGB channel value in linear light, as WCAG 2 defines relative luminance:
/// ((v + 0.055) / 1.055)^2.4, written c^2 * (c^2)^(1/5). Made at compile time: the window
/// checks contrast while it starts, and calling pow() there mapped about 0.2 MiB of libm
/// (issue 21: start-up memory).
constexpr std::array<double, kChannelValues> linearLightTable()
{
    std::array<double, kChannelValues> table{};
    for (std::size_t i = 0; i != kChannelValues; ++i) {
        const double value = static_cast<double>(i) / 255.0;
        const double c = (value + 0.055) / 1.055;
        table.at(i) = value <= 0.04045 ? value / 12.92 : c * c * fifthRoot(c * c);
    }
    return table;
}

constexpr std::array<double, kChannelValues> kLinearLight = linearLightTable();

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& colour) {
        const QRgb rgb = colour.rgb();
        const auto channel = [](int value) {
            return kLinearLight[static_cast<std::size_t>(value)];
        };
        return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) +
               0.0722 * channel(qBlue(rgb));
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

} // namespace tightside::gui
