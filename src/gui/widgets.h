#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/region.h"

#include <QByteArray>
#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QSlider;
class QSvgRenderer;

namespace tightside::gui {

/// One 0-10 input with the words "none" and "extreme" at its ends; keyboard (arrows, Home,
/// End, digits) and mouse both work.
class RatingInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingInput)

public:
    /// `title` is shown large ("LEFT"); `accessibleName` says what is rated.
    RatingInput(const QString& title, const QString& accessibleName, QWidget* parent = nullptr);

    int value() const;
    void setValue(int value);
    QSlider* slider() const { return m_slider; }

signals:
    void valueChanged(int value);

private:
    void updateValueLabel(int value);

    QSlider* m_slider = nullptr;
    QLabel* m_value = nullptr;
};

/// LEFT and RIGHT side by side with a live line such as "Left is tighter by 3".
class RatingPair final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingPair)

public:
    /// `what` names the rated thing for screen readers ("quadriceps tightness").
    RatingPair(const QString& what, int threshold, QWidget* parent = nullptr);

    core::Rating rating() const;
    void setRating(core::Rating rating);
    RatingInput* left() const { return m_left; }
    RatingInput* right() const { return m_right; }
    QString gapText() const;

signals:
    void ratingChanged();

private:
    void updateGap();

    int m_threshold;
    RatingInput* m_left = nullptr;
    RatingInput* m_right = nullptr;
    QLabel* m_gap = nullptr;
};

/// An SVG drawn to fit, keeping its proportions; optionally mirrored (pictures are drawn for
/// the left side). With no picture it shows a calm placeholder instead of an empty box.
class SvgView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SvgView)

public:
    explicit SvgView(QWidget* parent = nullptr);
    ~SvgView() override;

    /// Loads SVG text; empty or invalid data shows `placeholder`.
    void setSvg(const QByteArray& svg, bool mirrored, const QString& placeholder);
    /// Elements (by id) drawn hatched on top of their fill: the never-regions of a body map,
    /// so "off-limits" does not depend on colour.
    void setHatched(const QStringList& ids);
    QStringList hatched() const { return m_hatched; }
    bool mirrored() const { return m_mirrored; }
    bool hasPicture() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintHatching(QPainter& painter, const QRectF& target);

    QSvgRenderer* m_renderer = nullptr;
    bool m_mirrored = false;
    QString m_placeholder;
    QStringList m_hatched;
};

/// How a body-map region is marked: lit (the side to work on: strong fill, thick outline) or
/// soft (the group being tested on both sides: light fill, medium outline).
enum class MapMark
{
    Lit,
    Soft,
};

/// True for groups drawn on the back view of the body map (hamstrings, lats).
bool onBackView(core::Region group);

/// The body-map element id of one side of a group, e.g. "quadriceps-left".
QByteArray regionElementId(core::Region group, core::Side side);

/// The front or back body map with the given elements marked. Returns the SVG text.
QByteArray markedBodyMap(bool back, const std::vector<std::pair<QByteArray, MapMark>>& marks);

/// The element ids of the never-regions (all on the back view), as drawn in body-back.svg.
QStringList neverRegionIds();

/// Every body-map element id the code may mark, for the front or the back view.
QStringList bodyMapIds(bool back);

/// One line saying what the hatching means, shown under every back view.
QString neverMapLine();

/// Where the person's left is in a view: body maps are not mirrored, so the front view shows
/// the person's left on the viewer's right.
QString viewSideHint(bool back);

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

/// A picture from resources/pictures (":/pictures/<name>.svg"); empty when it is missing.
QByteArray pictureData(const QString& name);

/// The body map (front for most groups, back for hamstrings and lats) with one group's side lit:
/// a strong fill and a thick outline, so it does not depend on colour alone. Returns the SVG.
QByteArray litBodyMap(core::Region group, core::Side side, bool* back = nullptr);

/// Shows a body map in `view` with one side lit (or both sides soft when `side` is empty),
/// hatching the never-regions on the back view; returns the words a screen reader should say.
QString showBodyMap(SvgView* view, core::Region group, std::optional<core::Side> side,
                    const QString& groupWords);

/// A word-wrapped label; `role` sets the object name used by tests and styles.
QLabel* makeLabel(const QString& text, QWidget* parent, const QString& objectName = {});

/// Gives focus to the first control inside `root` that takes Tab focus.
void focusFirstIn(QWidget* root);

/// An empty page with a margin-less vertical layout, to be filled later by fillHolder(): a
/// stacked or tab widget sizes itself from every page, shown or not, so a page not needed yet
/// stays empty until it is.
QWidget* makeHolder(QWidget* parent = nullptr);
/// Adds `page` to `holder`'s layout (with `stretch`) and, when the holder is on screen, shows
/// it at once (Qt would otherwise show it only by a queued call).
void fillHolder(QWidget* holder, QWidget* page, int stretch = 0);

/// A numbered list as rich text, escaped.
QString numberedList(const std::vector<std::string>& items);
QString bulletList(const std::vector<std::string>& items);

} // namespace tightside::gui
