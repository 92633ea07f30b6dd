#include "historyexport.h"

#include "tightside/report/export.h"
#include "tightside/store/sessionstore.h"

#include <QCoreApplication>

namespace tightside::gui {

QString exportHistory(const store::SessionStore& store, const QString& format, const QString& path,
                      const std::atomic_bool& cancelled,
                      const std::function<void(int, int)>& progress)
{
    // One exporter for the window and `tightside export`: the report library streams the
    // sessions into an atomic file, so memory stays flat and a cancel leaves nothing behind.
    const auto kind = report::exportFormatFromId(format.toStdString());
    if (!kind) {
        return QCoreApplication::translate("HistoryExport", "This export format is not known.");
    }
    report::ExportHooks hooks;
    hooks.cancelled = [&cancelled] { return cancelled.load(); };
    hooks.progress = [&progress](std::size_t done, std::size_t total) {
        if (progress) {
            progress(static_cast<int>(done), static_cast<int>(total));
        }
    };
    const auto written = report::exportToFile(*kind, store, path, hooks);
    if (!written) {
        return written.error();
    }
    if (written.value().cancelled) {
        return QCoreApplication::translate("HistoryExport",
                                           "Export cancelled. Nothing was written.");
    }
    return {};
}

} // namespace tightside::gui
