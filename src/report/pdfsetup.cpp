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
        return QCoreApplication::translate("tightside::report::Pdf",
                                           "The PDF needs a QGuiApplication (fonts).");
    }
    return {};
}

void setUpA4(QPdfWriter& writer, const QString& title, qreal margin)
{
    setUpPage(writer, QPageSize::A4, title, margin);
}

void setUpPage(QPdfWriter& writer, QPageSize::PageSizeId size, const QString& title, qreal margin)
{
    writer.setPageSize(QPageSize(size));
    writer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout::Point);
    writer.setResolution(72);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tightside"));
}

QString pdfBufferFailed()
{
    return QCoreApplication::translate("tightside::report::Pdf",
                                       "The PDF could not be prepared in memory.");
}

QString pdfStartFailed()
{
    return QCoreApplication::translate("tightside::report::Pdf", "The PDF could not be started.");
}

} // namespace tightside::report::detail
