#pragma once

#include "tightside/core/region.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace tightside::gui {

class SvgView;

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

/// A picture from resources/pictures (":/pictures/<name>.svg"); empty when it is missing.
QByteArray pictureData(const QString& name);

/// The body map (front for most groups, back for hamstrings and lats) with one group's side lit:
/// a strong fill and a thick outline, so it does not depend on colour alone. Returns the SVG.
QByteArray litBodyMap(core::Region group, core::Side side, bool* back = nullptr);

/// Shows a body map in `view` with one side lit (or both sides soft when `side` is empty),
/// hatching the never-regions on the back view; returns the words a screen reader should say.
QString showBodyMap(SvgView* view, core::Region group, std::optional<core::Side> side,
                    const QString& groupWords);

} // namespace tightside::gui
