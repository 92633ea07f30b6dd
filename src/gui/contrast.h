#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace tightside::gui {

/// The app's own colours, chosen for the palette in use so that contrast stays at WCAG AA
/// (text 4.5:1, outlines and marks 3:1) in light and dark palettes alike.
namespace colours {
/// True when the palette's window is darker than its text.
bool isDark(const QPalette& palette);
/// The palettes the app is checked against: Fusion's standard light palette, and a dark
/// palette like the ones dark desktop themes give (used by the screenshot tour and the tests).
QPalette referencePalette(bool dark);
/// The WCAG 2 contrast ratio of two colours, from 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);
/// The palette with its selection (Highlight) darkened or lightened until selected text has
/// at least 4.5:1 contrast; Fusion's light palette gives only 3.7:1.
QPalette withAaContrast(QPalette palette);
/// Outlines that say "stop" (nerve signs box).
QColor alert(const QPalette& palette);
/// The keyboard focus ring.
QColor focusRing(const QPalette& palette);
/// Body-map fills and outlines (fixed: the figure is always light).
inline constexpr const char* kMapRegion = "#dde3ea";
inline constexpr const char* kMapOutline = "#37474f";
inline constexpr const char* kMapLit = "#b23c17";
inline constexpr const char* kMapSoft = "#ffc680";
inline constexpr const char* kHatchLine = "#263238";
inline constexpr const char* kHatchGround = "#b0bec5";
inline constexpr const char* kMapFigure = "#eceff1";
inline constexpr const char* kPictureCard = "#fafbfc";
} // namespace colours

/// Keeps a thick ring around whichever control inside `window` has keyboard focus, so focus
/// is visible in every style and palette; and makes the application palette's selection
/// colours meet WCAG AA (colours::withAaContrast).
void installAccessAids(QWidget* window);

} // namespace tightside::gui
