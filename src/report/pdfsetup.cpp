#include "pdfsetup.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace tightside::report::detail {

QString pdfUnavailable()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return QStringLiteral("the PDF needs a QGuiApplication (fonts)");
    }
    return {};
}

void setUpA4(QPdfWriter& writer, const QString& title, qreal margin)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout::Point);
    writer.setResolution(72);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tightside"));
}

QString pdfBufferFailed()
{
    return QStringLiteral("could not prepare the PDF in memory");
}

QString pdfStartFailed()
{
    return QStringLiteral("could not start the PDF");
}

} // namespace tightside::report::detail
