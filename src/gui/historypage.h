#pragma once

#include "historychart.h"
#include "historyexport.h"
#include "historymodel.h"

#include "tightside/core/protocol.h"
#include "tightside/gui/appcontext.h"
#include "tightside/gui/services.h"
#include "tightside/store/sessionstore.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tightside::gui {

class BackgroundWork;
class HistoryDashboard;

/// The History place: quarantine banner, sessions table, one session's detail, the chart,
/// export and "open data folder".
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    /// The page follows the context of the last read asked for (its protocol's groups).
    HistoryPage(std::shared_ptr<const AppContext> context, Services& services,
                QWidget* parent = nullptr);
    ~HistoryPage() override;

    /// Reads every session's summary through the store (its index makes this fast; new or
    /// changed files are validated) on the calling thread; returns the milliseconds it took.
    /// The window uses startReload(); tests and benchmarks may use this.
    qint64 reload(const store::SessionStore& store);
    /// Reads every session's summary on a worker thread, through a store of its own on
    /// the context's folder with a copy of its protocol, and returns at once. The page then
    /// follows `context` (the chart's groups, the detail view, exports). Meanwhile the page shows
    /// how far the read is and keeps its rows; when it ends the rows, chart, banner and status are
    /// set as reload() sets them and reloaded() is emitted. Asked while a read runs, one more
    /// read follows it (the running one may have listed the folder too early) and only that
    /// last one's rows are shown.
    void startReload(std::shared_ptr<const AppContext> context);
    /// True while a background read runs or waits to run.
    bool reloading() const { return m_reload != nullptr; }
    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    HistoryChart* chart() const { return m_chart; }
    /// "Am I getting better?": the cards above the table.
    HistoryDashboard* dashboard() const { return m_dashboard; }
    QLabel* banner() const { return m_banner; }
    /// The course overview above the table.
    QLabel* overview() const { return m_overview; }
    /// Writes the history as "csv", "json" or "pdf" to `path` through the report library and
    /// the store's atomic write; an error sentence or empty. Runs on the calling thread.
    QString exportTo(const QString& format, const QString& path) const;
    /// Starts an export on a worker thread with a progress dialog that can cancel it
    /// (HistoryExportRun); the status line says how it ended. False when one is already
    /// running. `name` goes on a PDF's header or a FHIR bundle's Patient (empty: none).
    bool startExport(const QString& format, const QString& path, const QString& name = {});
    /// True while an export runs.
    bool exporting() const;
    /// Cancels a running export (as the dialog's Cancel button does).
    void cancelExport();

signals:
    /// An export ended: `error` is empty when the file was written, else says why not.
    void exportFinished(const QString& path, const QString& error);
    /// The rows of the last background read are in; `ms` is how long it took from its start.
    void reloaded(qint64 ms);

private:
    struct ReloadJob;
    struct HistoryRead;
    /// Reads the summaries and the quarantine count on any thread; touches no widget.
    static HistoryRead readHistory(const store::SessionStore& store,
                                   const std::function<void(std::size_t, std::size_t)>& progress);
    void runReload(const QString& dataDir, std::shared_ptr<const core::Protocol> protocol);
    void finishReload();
    void showRead(HistoryRead read);
    void showDetail();
    void fillSeries();
    void exportAs(const QString& format);

    std::shared_ptr<const AppContext> m_context;
    Services& m_services;
    /// The data dir and protocol of the last read asked for: the detail view, exports and the
    /// folder buttons use it.
    std::optional<store::SessionStore> m_store;
    HistoryModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_overview = nullptr;
    QPushButton* m_openQuarantine = nullptr;
    QLabel* m_detail = nullptr;
    QComboBox* m_series = nullptr;
    HistoryChart* m_chart = nullptr;
    HistoryDashboard* m_dashboard = nullptr;
    QLabel* m_status = nullptr;
    /// The name last typed for a report, offered again while the window is open; never saved.
    QString m_reportName;
    HistoryExportRun* m_export = nullptr;
    QProgressBar* m_readProgress = nullptr;
    BackgroundWork* m_reload = nullptr;
    std::shared_ptr<ReloadJob> m_reloadJob;
    /// Counts every read asked for; a read whose number is not the last is not shown.
    quint64 m_readsAsked = 0;
    /// A read asked for while one ran: its context.
    std::shared_ptr<const AppContext> m_pendingReload;
};

} // namespace tightside::gui
