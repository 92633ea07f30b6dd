#pragma once

// The design language in code (docs/design.md): one spacing and type scale, the semantic
// colours, cards, the one primary button of a page, and the look (light, dark, high contrast,
// text size). Pages take their measures and colours from here, never from style sheets of
// their own.

#include <QColor>
#include <QFont>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QPalette>
#include <QString>

class QAbstractButton;
class QWidget;

namespace tightside::gui::style {

/// Spacing, in multiples of a 4 px grid (scaled by the device pixel ratio like any Qt size).
namespace space {
inline constexpr int xs = 4;
inline constexpr int s = 8;
inline constexpr int m = 12;
inline constexpr int l = 16;
inline constexpr int xl = 24;
inline constexpr int xxl = 32;
} // namespace space

/// The type scale: each step is a size relative to the body text the person chose.
enum class Type
{
    Caption, ///< 0.9x: axis labels, small print.
    Body,    ///< 1x.
    Heading, ///< 1.25x, bold: a card's or section's title.
    Title,   ///< 1.6x, bold: a page's title.
    Display, ///< 3x, bold: a number to read from the floor.
};
/// `base` (a widget's font) at the step `type`.
QFont font(Type type, QFont base);
/// `base` made `factor` times as large, whether its size is given in points or in pixels
/// (a desktop font in pixels, as Qt's offscreen and some X11 set-ups give it: Qt ignores
/// setPointSizeF on such a font, so scaling its point size would leave it unchanged).
QFont scaledFont(QFont base, double factor);
/// Sets `widget`'s font to the step `type` of its current font.
void setType(QWidget* widget, Type type);

/// The semantic colours, each chosen for the palette in use (light, dark, high contrast) so
/// that text in it or on it keeps WCAG AA (4.5:1 for text, 3:1 for marks).
enum class Tone
{
    Safety,   ///< Red: stop, see a clinician, pain rising.
    Caution,  ///< Amber: a precaution, something to look at.
    Progress, ///< Green: better, balanced, done.
    Neutral,  ///< No verdict yet, no clear change.
};
/// The tone as text or a mark on the window's background.
QColor ink(Tone tone, const QPalette& palette);
/// A soft fill for a badge or card in that tone (its ink reads on it).
QColor wash(Tone tone, const QPalette& palette);

/// Left and right: blue and orange from the Okabe-Ito set, told apart by people with any
/// common colour-vision deficiency, and always also by the letter L or R beside them.
QColor leftSide(const QPalette& palette);
QColor rightSide(const QPalette& palette);

/// A card: a rounded panel a little lighter (or darker, in dark) than the window, with a thin
/// border, holding one thing. Its layout's margins are space::l.
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(QWidget* parent = nullptr, Tone tone = Tone::Neutral);
    void setTone(Tone tone);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Tone m_tone;
};

/// A small rounded label in a tone ("better", "no clear change"): the word says it, the colour
/// only repeats it.
class Badge : public QLabel
{
    Q_OBJECT

public:
    explicit Badge(QWidget* parent = nullptr, Tone tone = Tone::Neutral);
    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Tone m_tone;
};

/// A message across a page that must not be missed (a save that failed, files set aside): a
/// wash of its tone inside a 2 px border of its ink, the words in the window's text colour,
/// word-wrapped plain text. Painted rather than styled with a style sheet: the first style
/// sheet starts Qt's CSS engine, about 0.6 MiB more at every start (issue 21).
class Banner : public QLabel
{
    Q_OBJECT

public:
    explicit Banner(Tone tone, QWidget* parent = nullptr);
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Tone m_tone;
};

/// The page's one primary action: filled with the accent colour. A page has at most one.
void makePrimary(QAbstractButton* button);
/// A button that stops something for safety (pain is rising): filled red, white text.
void makeDanger(QAbstractButton* button);
/// The app's icon, `size` px square (64 or 256), for the window (64: the window manager
/// scales it, and a larger one would be decoded at every start) or a page: PNGs rendered from
/// resources/linux/tightside.svg at build time, so no page needs Qt Svg to show it.
QIcon appIcon(int size);
/// The app's icon on a page (the welcome, About): four lines of text square, named
/// "Tightside" for a screen reader.
QLabel* appIconLabel(QWidget* parent, const QString& objectName);
/// True when `button` was made primary.
bool isPrimary(const QAbstractButton* button);

/// How the window looks: the desktop's palette, or one chosen in Settings.
enum class Theme
{
    System,
    Light,
    Dark,
    HighContrast,
};
/// "system", "light", "dark", "contrast" as stored in the preferences; unknown is System.
Theme themeFromId(const QString& id);
QString themeId(Theme theme);
/// The palette of a theme; System gives `system`.
QPalette paletteFor(Theme theme, const QPalette& system);
/// Applies a theme and a text size (percent of the desktop's, 100 to 200) to the whole
/// application. The desktop's own palette and font are kept from the first call, so choosing
/// System or 100 % later gives them back. System at 100 % changes nothing.
void applyLook(Theme theme, int textPercent);
/// The text sizes offered in Settings, in percent.
inline constexpr int kTextSizes[] = {100, 115, 130, 150};

} // namespace tightside::gui::style
