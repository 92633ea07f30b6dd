#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace tightside::store {
class SessionStore;
}

namespace tightside::gui {

/// The export of contracts.md (the same bytes as `tightside export`): the report library
/// writes the CSV and the PDF, the JSON is the files' contents in one array, and the file is
/// written through the store's atomic write. Reads one session at a time so `cancelled` is
/// honoured within one file; `progress(done, total)` is called for every session. Returns an
/// error sentence, or empty when the file was written.
QString exportHistory(const store::SessionStore& store, const QString& format, const QString& path,
                      const std::atomic_bool& cancelled,
                      const std::function<void(int, int)>& progress);

} // namespace tightside::gui
