#pragma once

// The one setup of every PDF Tightside writes (the session report and the printed routine),
// private to tightside_report.

#include <QPageSize>
#include <QString>
#include <QtGlobal>

class QPdfWriter;

namespace tightside::report::detail {

/// Why no PDF can be made in this process (it needs a QGuiApplication for its fonts), or
/// empty when one can.
QString pdfUnavailable();

/// A4, 72 dpi (so one unit is one point), `margin` points on every side, `title`, and
/// "Tightside" as the creator.
void setUpA4(QPdfWriter& writer, const QString& title, qreal margin);

/// The same on paper of `size` (A4 or US Letter).
void setUpPage(QPdfWriter& writer, QPageSize::PageSizeId size, const QString& title, qreal margin);

/// The error sentences shared by the PDF writers.
QString pdfBufferFailed();
QString pdfStartFailed();

} // namespace tightside::report::detail
