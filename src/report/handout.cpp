#include "tightside/report/handout.h"

#include "pdfsetup.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tightside::report {
namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString handoutHtml(const core::Plan& plan, const core::Protocol& protocol,
                    const HandoutWords& words)
{
    QString html = QStringLiteral("<h2>%1</h2><ol>").arg(words.title.toHtmlEscaped());
    for (const core::Step& step : plan.steps) {
        const core::Technique* technique = protocol.technique(step.technique);
        const core::Group* group = protocol.group(step.group);
        const QString side = step.side == core::Side::Left ? words.left : words.right;
        html +=
            QStringLiteral("<li><b>%1 %2, %3: %4</b>")
                .arg(side.toHtmlEscaped(),
                     qs(group != nullptr ? group->name : std::string(core::regionName(step.group)))
                         .toHtmlEscaped(),
                     words.seconds.arg(step.seconds).toHtmlEscaped(),
                     qs(technique != nullptr ? technique->name : step.technique).toHtmlEscaped());
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
                            .arg(words.keepOff.arg(off.join(QStringLiteral("; "))).toHtmlEscaped());
            }
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol><p><small>%1</small></p>").arg(words.footer.toHtmlEscaped());
    return html;
}

} // namespace

store::Result<QByteArray> renderHandout(const core::Plan& plan, const core::Protocol& protocol,
                                        const HandoutWords& words)
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
    detail::setUpA4(writer, words.title, 36);
    const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);

    QTextDocument document;
    document.setHtml(handoutHtml(plan, protocol, words));
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
