#include "bodymap.h"

#include "contrast.h"
#include "svgview.h"
#include "texts.h"
#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>

namespace tightside::gui {

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

namespace {

// The element with `id` under `node`, depth first; null when there is none.
QDomElement elementById(const QDomNode& node, const QString& id)
{
    for (QDomElement child = node.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.attribute(QStringLiteral("id")) == id) {
            return child;
        }
        if (QDomElement found = elementById(child, id); !found.isNull()) {
            return found;
        }
    }
    return {};
}

} // namespace

QByteArray markedBodyMap(bool back, const std::vector<std::pair<QByteArray, MapMark>>& marks)
{
    const QByteArray svg =
        pictureData(back ? QStringLiteral("body-back") : QStringLiteral("body-front"));
    QDomDocument document;
    if (marks.empty() || !document.setContent(svg)) {
        return svg;
    }
    for (const auto& [elementId, mark] : marks) {
        QDomElement element =
            elementById(document.documentElement(), QString::fromLatin1(elementId));
        if (element.isNull()) {
            continue;
        }
        // Lit and soft differ in outline width as well as fill, so neither relies on colour.
        element.setAttribute(
            QStringLiteral("fill"),
            QString::fromLatin1(mark == MapMark::Lit ? colours::kMapLit : colours::kMapSoft));
        element.setAttribute(QStringLiteral("stroke"), QStringLiteral("#000000"));
        element.setAttribute(QStringLiteral("stroke-width"),
                             mark == MapMark::Lit ? QStringLiteral("5") : QStringLiteral("3"));
    }
    return document.toByteArray(-1);
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
    return QCoreApplication::translate(
        "tightside::gui::Bodymap",
        "Hatched = never worked on: the low back, spine, buttocks and lower "
        "ribs. They are not the cause.");
}

QString viewSideHint(bool back)
{
    return back ? QCoreApplication::translate("tightside::gui::Bodymap",
                                              "Seen from behind: your left is on the left.")
                : QCoreApplication::translate("tightside::gui::Bodymap",
                                              "Seen from the front: your left is on the right.");
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
    const QString where =
        side ? QStringLiteral("%1 %2").arg(sideWord(*side), groupWords)
             : QCoreApplication::translate("tightside::gui::Bodymap", "%1, both sides")
                   .arg(groupWords);
    QString words = QCoreApplication::translate("tightside::gui::Bodymap",
                                                "Body map, seen from the %1: %2 marked.")
                        .arg(back ? QStringLiteral("back") : QStringLiteral("front"), where);
    if (back) {
        words += QLatin1Char(' ') + neverMapLine();
    }
    view->setAccessibleName(
        QCoreApplication::translate("tightside::gui::Bodymap", "Body map: %1").arg(where));
    view->setAccessibleDescription(words + QLatin1Char(' ') + viewSideHint(back));
    return words;
}

} // namespace tightside::gui
