#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace tightside::store {
class SessionStore;
}

namespace tightside::gui {

/// The export of contracts.md through report::exportToFile, the exporter `tightside export`
/// uses: the same bytes, streamed into an atomic file. `cancelled` is honoured between
/// sessions and leaves no file; `progress(done, total)` is called for every session. Returns
/// an error sentence, or empty when the file was written.
QString exportHistory(const store::SessionStore& store, const QString& format, const QString& path,
                      const std::atomic_bool& cancelled,
                      const std::function<void(int, int)>& progress);

} // namespace tightside::gui
