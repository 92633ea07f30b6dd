#include "style.h"

#include "contrast.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tightside::gui::style {

QFont font(Type type, QFont base)
{
    double factor = 1.0;
    bool bold = false;
    switch (type) {
    case Type::Caption:
        factor = 0.9;
        break;
    case Type::Body:
        break;
    case Type::Heading:
        factor = 1.25;
        bold = true;
        break;
    case Type::Title:
        factor = 1.6;
        bold = true;
        break;
    case Type::Display:
        factor = 3.0;
        bold = true;
        break;
    }
    base = scaledFont(base, factor);
    if (bold) {
        base.setBold(true);
    }
    return base;
}

QFont scaledFont(QFont base, double factor)
{
    if (base.pointSizeF() > 0) {
        base.setPointSizeF(base.pointSizeF() * factor);
    } else if (base.pixelSize() > 0) {
        base.setPixelSize(std::max(1, static_cast<int>(std::lround(base.pixelSize() * factor))));
    }
    return base;
}

void setType(QWidget* widget, Type type)
{
    widget->setFont(font(type, widget->font()));
}

namespace {
bool highContrast(const QPalette& palette)
{
    return colours::contrastRatio(palette.color(QPalette::Window),
                                  palette.color(QPalette::WindowText)) >= 19.0;
}
} // namespace

QColor ink(Tone tone, const QPalette& palette)
{
    const bool dark = colours::isDark(palette);
    if (highContrast(palette)) {
        // Pure tones on black or white: every one of them 7:1 or more.
        switch (tone) {
        case Tone::Safety:
            return dark ? QColor(0xff, 0x9e, 0x9e) : QColor(0x80, 0x00, 0x00);
        case Tone::Caution:
            return dark ? QColor(0xff, 0xe0, 0x66) : QColor(0x5c, 0x3d, 0x00);
        case Tone::Progress:
            return dark ? QColor(0x8c, 0xf5, 0x9a) : QColor(0x00, 0x4d, 0x1a);
        case Tone::Neutral:
            return palette.color(QPalette::WindowText);
        }
    }
    switch (tone) {
    case Tone::Safety:
        return colours::alert(palette);
    case Tone::Caution:
        return dark ? QColor(0xff, 0xc8, 0x57) : QColor(0x7a, 0x4f, 0x00);
    case Tone::Progress:
        return dark ? QColor(0x7e, 0xd9, 0x8b) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor wash(Tone tone, const QPalette& palette)
{
    const bool dark = colours::isDark(palette);
    switch (tone) {
    case Tone::Safety:
        return dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xe7, 0xe7);
    case Tone::Caution:
        return dark ? QColor(0x47, 0x36, 0x12) : QColor(0xff, 0xf3, 0xd1);
    case Tone::Progress:
        return dark ? QColor(0x1b, 0x3d, 0x22) : QColor(0xe3, 0xf4, 0xe4);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xec, 0xef, 0xf1);
}

QColor leftSide(const QPalette& palette)
{
    // Okabe-Ito blue; lighter on dark so a line keeps 3:1.
    return colours::isDark(palette) ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x5a, 0x9c);
}

QColor rightSide(const QPalette& palette)
{
    // Okabe-Ito orange; darkened on light for 3:1.
    return colours::isDark(palette) ? QColor(0xe6, 0x9f, 0x00) : QColor(0xa3, 0x52, 0x00);
}

Card::Card(QWidget* parent, Tone tone) : QFrame(parent), m_tone(tone)
{
    setObjectName(QStringLiteral("card"));
    setFrameShape(QFrame::NoFrame);
}

void Card::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void Card::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = colours::isDark(pal);
    QColor fill = m_tone == Tone::Neutral ? (dark ? pal.color(QPalette::Window).lighter(125)
                                                  : pal.color(QPalette::Base))
                                          : wash(m_tone, pal);
    QColor border = m_tone == Tone::Neutral ? pal.color(QPalette::Mid) : ink(m_tone, pal);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(border, m_tone == Tone::Neutral ? 1.0 : 2.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 8, 8);
}

Badge::Badge(QWidget* parent, Tone tone) : QLabel(parent), m_tone(tone)
{
    setObjectName(QStringLiteral("badge"));
    setAlignment(Qt::AlignCenter);
    setFont(style::font(Type::Caption, QLabel::font()));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void Badge::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

QSize Badge::sizeHint() const
{
    // Measured in the bold it is drawn in: a long word in the regular weight was cut.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    return {metrics.horizontalAdvance(text()) + 2 * space::m, metrics.height() + space::xs * 2};
}

void Badge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(ink(m_tone, pal), 1.0));
    painter.setBrush(wash(m_tone, pal));
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(ink(m_tone, pal));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

Banner::Banner(Tone tone, QWidget* parent) : QLabel(parent), m_tone(tone)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    constexpr int border = 2;
    setContentsMargins(border, border, border, border);
    setMargin(6);
}

void Banner::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        const QPalette pal = palette();
        painter.fillRect(rect(), ink(m_tone, pal));
        painter.fillRect(contentsRect(), wash(m_tone, pal));
    }
    QLabel::paintEvent(event);
}

namespace {
void fill(QAbstractButton* button, const QColor& ground, const QColor& text)
{
    QPalette pal = button->palette();
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        pal.setColor(group, QPalette::Button, ground);
        pal.setColor(group, QPalette::ButtonText, text);
    }
    button->setPalette(pal);
    button->setAutoFillBackground(false);
}
} // namespace

void makePrimary(QAbstractButton* button)
{
    button->setProperty("primary", true);
    const QPalette pal = QApplication::palette();
    fill(button, pal.color(QPalette::Highlight), pal.color(QPalette::HighlightedText));
    button->setMinimumHeight(button->fontMetrics().height() + 2 * space::m);
}

QIcon appIcon(int size)
{
    const int rendered = size <= 64 ? 64 : 256;
    QIcon icon;
    icon.addFile(QStringLiteral(":/linux/tightside-%1.png").arg(rendered),
                 QSize(rendered, rendered));
    return icon;
}

QLabel* appIconLabel(QWidget* parent, const QString& objectName)
{
    auto* icon = new QLabel(parent);
    icon->setObjectName(objectName);
    const int size = icon->fontMetrics().height() * 4;
    icon->setPixmap(appIcon(256).pixmap(QSize(size, size), parent->devicePixelRatioF()));
    icon->setFixedSize(size, size);
    icon->setAccessibleName(QStringLiteral("Tightside"));
    return icon;
}

void makeDanger(QAbstractButton* button)
{
    button->setProperty("danger", true);
    const QPalette pal = QApplication::palette();
    const bool dark = colours::isDark(pal);
    // White on #b71c1c is 6.6:1; dark text on the light red of dark themes 8:1.
    fill(button, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c),
         dark ? QColor(0x10, 0x10, 0x10) : QColor(0xff, 0xff, 0xff));
    button->setMinimumHeight(button->fontMetrics().height() + 2 * space::m);
}

bool isPrimary(const QAbstractButton* button)
{
    return button->property("primary").toBool();
}

Theme themeFromId(const QString& id)
{
    if (id == QLatin1String("light")) {
        return Theme::Light;
    }
    if (id == QLatin1String("dark")) {
        return Theme::Dark;
    }
    if (id == QLatin1String("contrast")) {
        return Theme::HighContrast;
    }
    return Theme::System;
}

QString themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QPalette paletteFor(Theme theme, const QPalette& system)
{
    switch (theme) {
    case Theme::System:
        return system;
    case Theme::Light:
        return colours::withAaContrast(colours::referencePalette(false));
    case Theme::Dark:
        return colours::withAaContrast(colours::referencePalette(true));
    case Theme::HighContrast:
        break;
    }
    // Black ground, white text, yellow selection and links: the common high-contrast scheme.
    QPalette palette = colours::referencePalette(true);
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xeb, 0x3b);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase}) {
        palette.setColor(role, black);
    }
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                      QPalette::ToolTipText, QPalette::Mid, QPalette::Light}) {
        palette.setColor(role, white);
    }
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, yellow);
    palette.setColor(QPalette::LinkVisited, yellow);
    palette.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0xb0, 0xb0, 0xb0));
    }
    return palette;
}

void applyLook(Theme theme, int textPercent)
{
    // The desktop's palette and font as they were before the first change.
    static std::optional<QPalette> desktopPalette;
    static std::optional<QFont> desktopFont;
    const int percent = std::clamp(textPercent, 100, 200);
    if (theme == Theme::System && !desktopPalette && percent == 100 && !desktopFont) {
        return;
    }
    if (!desktopPalette) {
        desktopPalette = QApplication::palette();
    }
    if (!desktopFont) {
        desktopFont = QApplication::font();
    }
    QApplication::setPalette(paletteFor(theme, *desktopPalette));
    QApplication::setFont(scaledFont(*desktopFont, percent / 100.0));
    // Filled buttons took their colours from the palette they were made in.
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->property("primary").toBool()) {
                makePrimary(button);
            } else if (button->property("danger").toBool()) {
                makeDanger(button);
            }
        }
    }
}

} // namespace tightside::gui::style
