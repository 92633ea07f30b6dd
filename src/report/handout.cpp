#include "tightside/report/handout.h"

#include "pdfsetup.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tightside::report {
namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

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

QString handoutHtml(const core::Plan& plan, const core::Protocol& protocol)
{
    QString html = QStringLiteral("<h2>%1</h2><ol>")
                       .arg(QCoreApplication::translate("tightside::report::Handout",
                                                        "Tightside: today's routine")
                                .toHtmlEscaped());
    for (const core::Step& step : plan.steps) {
        const core::Technique* technique = protocol.technique(step.technique);
        const core::Group* group = protocol.group(step.group);
        const QString groupName =
            qs(group != nullptr ? group->name : std::string(core::regionName(step.group)));
        const QString techniqueName = qs(technique != nullptr ? technique->name : step.technique);
        html += QStringLiteral("<li><b>%1</b>")
                    .arg(stepLine(step, groupName, techniqueName).toHtmlEscaped());
        if (technique != nullptr) {
            html += QStringLiteral("<ul>");
            for (const std::string& line : technique->steps) {
                html += QStringLiteral("<li>%1</li>").arg(qs(line).toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
            if (!technique->keepOff.empty()) {
                QStringList off;
                for (const std::string& item : technique->keepOff) {
                    off << qs(item);
                }
                html += QStringLiteral("<p><i>%1</i></p>")
                            .arg(QCoreApplication::translate("tightside::report::Handout",
                                                             "Keep off: %1")
                                     .arg(off.join(QCoreApplication::translate(
                                         "tightside::report::Handout", "; ",
                                         "between the places to keep off")))
                                     .toHtmlEscaped());
            }
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol><p><small>%1</small></p>")
                .arg(QCoreApplication::translate(
                         "tightside::report::Handout",
                         "Release only the side each step names. If pain rises, ease off or stop. "
                         "Never the low back or glutes. This is not medical advice.")
                         .toHtmlEscaped());
    return html;
}

} // namespace

store::Result<QByteArray> renderHandout(const core::Plan& plan, const core::Protocol& protocol)
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
    detail::setUpA4(
        writer,
        QCoreApplication::translate("tightside::report::Handout", "Tightside: today's routine"),
        36);
    const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);

    QTextDocument document;
    document.setHtml(handoutHtml(plan, protocol));
    document.setTextWidth(page.width());
    // One page: shrink the text until it fits.
    for (qreal size = 12; size >= 6; size -= 0.5) {
        QFont font = document.defaultFont();
        font.setPointSizeF(size);
        document.setDefaultFont(font);
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
