#include "bodymap.h"

#include "contrast.h"
#include "svgview.h"
#include "texts.h"
#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

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

QByteArray markedBodyMap(bool back, const std::vector<std::pair<QByteArray, MapMark>>& marks)
{
    const QByteArray svg =
        pictureData(back ? QStringLiteral("body-back") : QStringLiteral("body-front"));
    if (marks.empty()) {
        return svg;
    }
    // The picture is copied token by token, and the marked regions' start tags are written
    // with their new look: a stream, not a document, so the window needs no Qt Xml (issue 21).
    QByteArray marked;
    marked.reserve(svg.size() + 256);
    QXmlStreamReader reader(svg);
    // Names and xmlns attributes are copied as written: with namespaces resolved, the writer
    // would give the SVG namespace a made-up prefix ("n1:path").
    reader.setNamespaceProcessing(false);
    QXmlStreamWriter writer(&marked);
    const auto markOf = [&marks](QStringView id) -> const MapMark* {
        for (const auto& [elementId, mark] : marks) {
            if (id == QLatin1StringView(elementId)) {
                return &mark;
            }
        }
        return nullptr;
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError()) {
            return svg;
        }
        const MapMark* mark = reader.isStartElement()
                                  ? markOf(reader.attributes().value(QStringLiteral("id")))
                                  : nullptr;
        if (mark == nullptr) {
            writer.writeCurrentToken(reader);
            continue;
        }
        writer.writeStartElement(reader.qualifiedName().toString());
        // Lit and soft differ in outline width as well as fill, so neither relies on colour.
        const QStringList restyled{QStringLiteral("fill"), QStringLiteral("stroke"),
                                   QStringLiteral("stroke-width")};
        for (const QXmlStreamAttribute& attribute : reader.attributes()) {
            if (!restyled.contains(attribute.qualifiedName().toString())) {
                writer.writeAttribute(attribute);
            }
        }
        writer.writeAttribute(
            QStringLiteral("fill"),
            QString::fromLatin1(*mark == MapMark::Lit ? colours::kMapLit : colours::kMapSoft));
        writer.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#000000"));
        writer.writeAttribute(QStringLiteral("stroke-width"),
                              *mark == MapMark::Lit ? QStringLiteral("5") : QStringLiteral("3"));
    }
    return marked;
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
