#include "historyexport.h"

#include "backgroundwork.h"

#include "tightside/report/export.h"
#include "tightside/store/sessionstore.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace tightside::gui {

QString exportHistory(const store::SessionStore& store, const QString& format, const QString& path,
                      const std::atomic_bool& cancelled,
                      const std::function<void(int, int)>& progress, const QString& name)
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
    report::ExportOptions options;
    options.pdf.name = name.toStdString();
    options.fhir.patientName = name.toStdString();
    const auto written = report::exportToFile(*kind, store, path, hooks, options);
    if (!written) {
        return written.error();
    }
    if (written.value().cancelled) {
        return QCoreApplication::translate("HistoryExport",
                                           "Export cancelled. Nothing was written.");
    }
    return {};
}

// The run's words keep the History page's translation context (tightside::gui::HistoryPage),
// where they were translated before the run had a class of its own.

struct HistoryExportRun::Job
{
    explicit Job(store::SessionStore s) : store(std::move(s)) {}
    /// A copy sharing the protocol: the window may switch data folders while the export runs.
    const store::SessionStore store;
    QString path;
    std::atomic_bool cancelled{false};
    /// Written by the worker, read once it has finished.
    QString error;
};

HistoryExportRun::HistoryExportRun(QWidget* dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{}

HistoryExportRun::~HistoryExportRun()
{
    // Cancelled, then waited for by the work's own destructor.
    if (m_work != nullptr) {
        m_job->cancelled = true;
        delete m_work;
    }
}

bool HistoryExportRun::start(const store::SessionStore& store, const QString& format,
                             const QString& path, const QString& name)
{
    if (m_work != nullptr) {
        return false;
    }
    auto job = std::make_shared<Job>(store);
    job->path = path;
    m_job = job;
    m_work = new BackgroundWork(QStringLiteral("historyExport"), QThread::LowPriority,
                                [job, format, name](WorkProgress& progress) {
                                    job->error = exportHistory(
                                        job->store, format, job->path, job->cancelled,
                                        [&progress](int done, int total) {
                                            progress.total = static_cast<std::size_t>(total);
                                            progress.done = static_cast<std::size_t>(done);
                                        },
                                        name);
                                });
    connect(m_work, &BackgroundWork::finished, this, &HistoryExportRun::finish);

    // Short exports end before the dialog's minimum duration and never show it.
    m_progress = new QProgressDialog(
        QCoreApplication::translate("tightside::gui::HistoryPage", "Exporting your history..."),
        QCoreApplication::translate("tightside::gui::HistoryPage", "&Cancel"), 0, 0,
        m_dialogParent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(
        QCoreApplication::translate("tightside::gui::HistoryPage", "Export"));
    m_progress->setAccessibleName(
        QCoreApplication::translate("tightside::gui::HistoryPage", "Export progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &HistoryExportRun::cancel);
    // Talks to its own dialog, not to m_progress: finish() clears the member at once but the
    // dialog only goes at the next deferred delete.
    QProgressDialog* dialog = m_progress;
    connect(m_work, &BackgroundWork::progressed, dialog,
            [this, dialog](std::size_t done, std::size_t total) {
                dialog->setMaximum(static_cast<int>(total));
                dialog->setValue(static_cast<int>(done));
                dialog->setLabelText(QCoreApplication::translate("tightside::gui::HistoryPage",
                                                                 "Exporting your history: %1 of %2 "
                                                                 "sessions read.")
                                         .arg(done)
                                         .arg(total));
                emit statusChanged(
                    QCoreApplication::translate("tightside::gui::HistoryPage",
                                                "Exporting: %1 of %2 sessions read...")
                        .arg(done)
                        .arg(total));
            });
    emit statusChanged(QCoreApplication::translate("tightside::gui::HistoryPage", "Exporting..."));
    m_work->start();
    return true;
}

void HistoryExportRun::cancel()
{
    if (m_job) {
        m_job->cancelled = true;
        emit statusChanged(
            QCoreApplication::translate("tightside::gui::HistoryPage", "Cancelling the export..."));
    }
}

void HistoryExportRun::finish()
{
    const std::shared_ptr<Job> job = std::move(m_job);
    m_work->deleteLater();
    m_work = nullptr;
    if (m_progress != nullptr) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (job->error.isEmpty()) {
        emit statusChanged(
            QCoreApplication::translate("tightside::gui::HistoryPage", "Exported to %1")
                .arg(job->path));
    } else {
        emit statusChanged(job->cancelled ? job->error
                                          : QCoreApplication::translate(
                                                "tightside::gui::HistoryPage", "Export failed: %1")
                                                .arg(job->error));
    }
    emit finished(job->path, job->error);
}

} // namespace tightside::gui
