#include "tightside/report/handout.h"

#include "pdfsetup.h"
#include "reportwords.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace tightside::report {
namespace {

/// "Left quadriceps, 90 s: Quadriceps roll" in the person's language: one sentence per side,
/// so that each language puts the side where it belongs.
QString stepLine(const core::Step& step, const QString& group, const QString& technique)
{
    const QString line =
        step.side == core::Side::Left
            ? QCoreApplication::translate("tightside::report::Handout", "Left %1, %2 s: %3")
            : QCoreApplication::translate("tightside::report::Handout", "Right %1, %2 s: %3");
    return line.arg(group, QLocale().toString(step.seconds), technique);
}

/// The step's reason in short, from the engine's facts (the plan page words it at length).
QString shortReason(const core::Step& step)
{
    if (step.why.kind == core::ReasonKind::OptionalGroup) {
        return QCoreApplication::translate(
            "tightside::report::Handout",
            "Why: optional, offered because every leg group is balanced.");
    }
    return step.side == core::Side::Left
               ? QCoreApplication::translate(
                     "tightside::report::Handout",
                     "Why: the left felt tighter (%1 against %2, a gap of %3; a release starts at "
                     "%4).")
                     .arg(step.why.left)
                     .arg(step.why.right)
                     .arg(step.why.gap)
                     .arg(step.why.threshold)
               : QCoreApplication::translate(
                     "tightside::report::Handout",
                     "Why: the right felt tighter (%1 against %2, a gap of %3; a release starts "
                     "at %4).")
                     .arg(step.why.right)
                     .arg(step.why.left)
                     .arg(step.why.gap)
                     .arg(step.why.threshold);
}

/// The technique's drawing as an image the document can show, mirrored for the right side
/// like the player shows it; a null image when the protocol names no drawing Tightside has.
QImage drawing(const std::string& picture, core::Side side)
{
    QFile file(QStringLiteral(":/report/pictures/%1.svg").arg(qs(picture)));
    if (picture.empty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QSvgRenderer renderer(file.readAll());
    if (!renderer.isValid()) {
        return {};
    }
    // Twice the printed size (about 150 dpi at 130 points wide) keeps the lines sharp.
    const QSizeF size =
        QSizeF(renderer.defaultSize()).scaled(QSizeF(280, 200), Qt::KeepAspectRatio);
    QImage image(size.toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    if (side == core::Side::Right) {
        painter.translate(image.width(), 0);
        painter.scale(-1, 1);
    }
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QString list(const std::vector<std::string>& items)
{
    QString html = QStringLiteral("<ul>");
    for (const std::string& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(qs(item).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString handoutHtml(const core::Plan& plan, const core::Protocol& protocol, QTextDocument& document,
                    const QDateTime& printed, int pictureWidth)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(QCoreApplication::translate("tightside::report::Handout",
                                                        "Tightside: today's routine")
                                .toHtmlEscaped(),
                            QCoreApplication::translate("tightside::report::Handout", "Printed %1")
                                .arg(words::dateTime(printed))
                                .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
    int number = 0;
    for (const core::Step& step : plan.steps) {
        ++number;
        const core::Technique* technique = protocol.technique(step.technique);
        const core::Group* group = protocol.group(step.group);
        const QString groupName =
            qs(group != nullptr ? group->name : std::string(core::regionName(step.group)));
        const QString techniqueName = qs(technique != nullptr ? technique->name : step.technique);
        QString picture;
        if (technique != nullptr) {
            // Drawn once; the document keeps it while the text shrinks to fit.
            const QUrl url(QStringLiteral("drawing%1").arg(number));
            if (document.resource(QTextDocument::ImageResource, url).isNull()) {
                const QImage image = drawing(technique->picture, step.side);
                if (!image.isNull()) {
                    document.addResource(QTextDocument::ImageResource, url, image);
                }
            }
            if (!document.resource(QTextDocument::ImageResource, url).isNull()) {
                picture = QStringLiteral("<img src=\"%1\" width=\"%2\">")
                              .arg(url.toString())
                              .arg(pictureWidth);
            }
        }
        html += QStringLiteral("<tr><td valign=\"top\" width=\"%1\">%2</td><td valign=\"top\">")
                    .arg(pictureWidth + 6)
                    .arg(picture);
        html += QStringLiteral("<p><b>%1. %2</b><br><small>%3</small></p>")
                    .arg(number)
                    .arg(stepLine(step, groupName, techniqueName).toHtmlEscaped(),
                         shortReason(step).toHtmlEscaped());
        if (technique != nullptr) {
            html += list(technique->steps);
        }
        // The dose of this step: the discomfort limit always, and why it is gentle when it is.
        html += QStringLiteral("<p><b>%1</b>")
                    .arg(QCoreApplication::translate("tightside::report::Handout",
                                                     "Keep the discomfort at %1 out of 10 or less.")
                             .arg(step.dosage.discomfortMax)
                             .toHtmlEscaped());
        if (step.why.flareUp) {
            html += QStringLiteral(" %1").arg(
                QCoreApplication::translate(
                    "tightside::report::Handout",
                    "Gentle because of the flare-up: lighter pressure, a shorter hold.")
                    .toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
        for (const std::string& id : step.why.precautions) {
            const core::ScreeningQuestion* question = protocol.question(id);
            if (question != nullptr && !question->note.empty()) {
                html += QStringLiteral("<p><i>%1</i></p>")
                            .arg(QCoreApplication::translate("tightside::report::Handout",
                                                             "Precaution: %1")
                                     .arg(qs(question->note))
                                     .toHtmlEscaped());
            }
        }
        if (technique != nullptr && !technique->keepOff.empty()) {
            // One item a line: the protocol's sentences keep their own full stops.
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(QCoreApplication::translate("tightside::report::Handout", "Keep off:")
                                 .toHtmlEscaped()) +
                    list(technique->keepOff);
        }
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table><p><small>%1</small></p>")
                .arg(QCoreApplication::translate(
                         "tightside::report::Handout",
                         "Release only the side each step names. If pain rises, ease off or stop. "
                         "Never the low back or glutes. This is not medical advice.")
                         .toHtmlEscaped());
    return html;
}

} // namespace

store::Result<QByteArray> renderHandout(const core::Plan& plan, const core::Protocol& protocol,
                                        const HandoutOptions& options)
{
    using Out = store::Result<QByteArray>;
    if (const QString why = detail::pdfUnavailable(); !why.isEmpty()) {
        return Out::failure(why);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return Out::failure(detail::pdfBufferFailed());
    }
    QPdfWriter writer(&buffer);
    const Paper paper = options.paper.value_or(defaultPaper(QLocale()));
    detail::setUpPage(
        writer, paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4,
        QCoreApplication::translate("tightside::report::Handout", "Tightside: today's routine"),
        36);
    const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);

    QTextDocument document;
    // Laid out with the PDF's own metrics (72 dpi), so what fits here fits on the page.
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(QStringLiteral(
        "p { margin-top: 0; margin-bottom: 3px; } ul { margin-top: 0; margin-bottom: 3px; "
        "-qt-list-indent: 1; } h2 { margin-bottom: 2px; } td { padding: 2px; }"));
    document.setTextWidth(page.width());
    const QDateTime printed = options.printed.value_or(QDateTime::currentDateTime());
    // One page: shrink the text and the drawings together until they fit.
    for (qreal size = 11; size >= 5; size -= 0.5) {
        QFont font = document.defaultFont();
        font.setPointSizeF(size);
        document.setDefaultFont(font);
        document.setHtml(handoutHtml(plan, protocol, document, printed,
                                     static_cast<int>(std::lround(size * 12))));
        if (document.size().height() <= page.height()) {
            break;
        }
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Out::failure(detail::pdfStartFailed());
    }
    document.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
    painter.end();
    buffer.close();
    return Out::success(bytes);
}

} // namespace tightside::report
