#pragma once

#include "tightside/store/sessionstore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace tightside::gui {

class BackgroundWork;

/// The export of contracts.md through report::exportToFile, the exporter `tightside export`
/// uses: the same bytes, streamed into an atomic file. `cancelled` is honoured between
/// sessions and leaves no file; `progress(done, total)` is called for every session. `name`
/// is the one the person typed for a PDF's header or a FHIR bundle's Patient (empty: none;
/// other formats ignore it). Returns an error sentence, or empty when the file was written.
QString exportHistory(const store::SessionStore& store, const QString& format, const QString& path,
                      const std::atomic_bool& cancelled,
                      const std::function<void(int, int)>& progress, const QString& name = {});

/// One export at a time on a worker thread, with a progress dialog that can cancel it
/// (ux.md: long work shows progress and can be cancelled). The store is copied, so the window
/// may switch data folders while it runs. Going away cancels a running export and waits.
class HistoryExportRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExportRun)

public:
    /// The progress dialog is a window-modal child of `dialogParent`.
    explicit HistoryExportRun(QWidget* dialogParent);
    ~HistoryExportRun() override;

    /// Starts writing the history as `format` to `path` (with `name`, as exportHistory() takes
    /// it); false when one is already running.
    bool start(const store::SessionStore& store, const QString& format, const QString& path,
               const QString& name = {});
    bool running() const { return m_work != nullptr; }
    /// Cancels a running export (as the dialog's Cancel button does).
    void cancel();

signals:
    /// How far it is, or how it ended, for a status line.
    void statusChanged(const QString& text);
    /// The export ended: `error` is empty when the file was written, else says why not.
    void finished(const QString& path, const QString& error);

private:
    struct Job;
    void finish();

    QWidget* m_dialogParent;
    BackgroundWork* m_work = nullptr;
    std::shared_ptr<Job> m_job;
    QProgressDialog* m_progress = nullptr;
};

} // namespace tightside::gui
