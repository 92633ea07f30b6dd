#include "historypage.h"

#include "backgroundwork.h"
#include "coursewords.h"
#include "historydashboard.h"
#include "historyexport.h"
#include "layouthelpers.h"
#include "namedcombobox.h"
#include "style.h"
#include "texts.h"

#include "tightside/checks/history.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/sessionstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QThread>
#include <QVBoxLayout>

#include <QSignalBlocker>

#include <algorithm>
#include <functional>
#include <utility>

namespace tightside::gui {

HistoryPage::HistoryPage(std::shared_ptr<const AppContext> context, Services& services,
                         QWidget* parent)
    : QWidget(parent), m_context(std::move(context)), m_services(services)
{
    setObjectName(QStringLiteral("historyPage"));
    auto* layout = new QVBoxLayout(this);

    auto* bannerRow = new QHBoxLayout;
    m_banner = new style::Banner(style::Tone::Caution, this);
    m_banner->setObjectName(QStringLiteral("quarantineBanner"));
    m_openQuarantine = new QPushButton(tr("Open the &quarantine folder"), this);
    m_openQuarantine->setObjectName(QStringLiteral("openQuarantine"));
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_openQuarantine);
    layout->addLayout(bannerRow);
    m_banner->hide();
    m_openQuarantine->hide();

    // Dashboard first, then the course in words, then the sessions table: one scrolling page,
    // the export buttons always in view below it.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("historyScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Your progress and your sessions"));
    scroll->setAccessibleDescription(
        tr("Page Up and Page Down scroll. Tab goes to the course, the table and the buttons."));
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, style::space::s, 0);
    contentLayout->setSpacing(style::space::l);
    m_dashboard = new HistoryDashboard(content);
    m_dashboard->hide();
    contentLayout->addWidget(m_dashboard);

    m_overview = makeLabel(QString(), content, QStringLiteral("courseOverview"));
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setWordWrap(true);
    m_overview->setFocusPolicy(Qt::TabFocus);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_overview->setAccessibleName(tr("Your course so far"));
    contentLayout->addWidget(m_overview);

    auto* sessionsHeading = makeLabel(tr("Sessions"), content, QStringLiteral("sessionsHeading"));
    style::setType(sessionsHeading, style::Type::Heading);
    contentLayout->addWidget(sessionsHeading);
    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    m_model = new HistoryModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Sessions, newest first"));
    m_table->setAccessibleDescription(
        tr("Up and Down choose a session; its details show below the table."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-row size probing keep 10,000 rows fast.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Tab leaves the table (the arrows move in it), so the buttons below are reached.
    m_table->setTabKeyNavigation(false);
    // Columns as wide as their titles (and the date), so Notes keeps room on a 1024 px screen
    // without a sideways scroll bar; Notes takes the rest.
    const QFontMetrics metrics = m_table->horizontalHeader()->fontMetrics();
    for (int column = 0; column < HistoryModel::Notes; ++column) {
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = metrics.horizontalAdvance(title) + 28;
        if (column == HistoryModel::Date) {
            width = std::max(width, m_table->fontMetrics().horizontalAdvance(
                                        QStringLiteral("2026-11-25 10:30:00")) +
                                        16);
        }
        m_table->setColumnWidth(column, width);
    }
    m_table->setAlternatingRowColors(true);

    splitter->addWidget(m_table);
    auto* lower = new QWidget;
    splitter->addWidget(lower);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(lower);
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumWidth(300);
    m_detail->setText(tr("Pick a session to see its details."));
    auto* chartColumn = new QVBoxLayout;
    m_series = new NamedComboBox(lower);
    m_series->setObjectName(QStringLiteral("chartSeries"));
    m_series->setAccessibleName(tr("What the chart shows"));
    m_series->setAccessibleDescription(
        tr("The gap between left and right of one group, or back pain, across "
           "your sessions."));
    m_chart = new HistoryChart(lower);
    m_chart->setThreshold(m_context->protocol().threshold);
    m_chart->setRows(&m_model->rows());
    chartColumn->addWidget(m_series);
    chartColumn->addWidget(m_chart, 1);
    lowerLayout->addWidget(m_detail, 2);
    lowerLayout->addLayout(chartColumn, 3);
    // A screen reader reads a splitter's parts in the order of its children: the table first,
    // as on screen (the splitter's handles, put first by the splitter, are not read).
    m_table->raise();
    lower->raise();
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Room for about ten rows and the detail, whatever the window's height: the page scrolls.
    splitter->setMinimumHeight(m_table->fontMetrics().height() * 26);
    contentLayout->addWidget(splitter, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_status = makeLabel(QString(), this, QStringLiteral("historyStatus"));
    buttons->addWidget(m_status, 1);
    // Shown only while the sessions are read in the background (ux.md: long work shows
    // progress); the page stays usable meanwhile.
    m_readProgress = new QProgressBar(this);
    m_readProgress->setObjectName(QStringLiteral("historyReadProgress"));
    m_readProgress->setAccessibleName(tr("Reading your sessions"));
    m_readProgress->setFormat(tr("%v of %m"));
    m_readProgress->setMaximumWidth(240);
    m_readProgress->hide();
    buttons->addWidget(m_readProgress);
    for (const auto& [format, label] : {std::pair{QStringLiteral("csv"), tr("Export C&SV")},
                                        std::pair{QStringLiteral("json"), tr("Export &JSON")},
                                        std::pair{QStringLiteral("pdf"), tr("Export P&DF")},
                                        std::pair{QStringLiteral("fhir"), tr("Export FHI&R")}}) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("export_") + format);
        button->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        button->setAccessibleDescription(
            tr("Saves every session to a %1 file you choose.").arg(format.toUpper()));
        connect(button, &QPushButton::clicked, this, [this, f = format] { exportAs(f); });
        buttons->addWidget(button);
    }
    auto* openData = new QPushButton(tr("Open data &folder"), this);
    openData->setObjectName(QStringLiteral("openDataFolder"));
    openData->setAccessibleDescription(
        tr("Shows the folder with your session files in the file manager."));
    buttons->addWidget(openData);
    layout->addLayout(buttons);

    m_export = new HistoryExportRun(this);
    connect(m_export, &HistoryExportRun::statusChanged, m_status, &QLabel::setText);
    connect(m_export, &HistoryExportRun::finished, this, &HistoryPage::exportFinished);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showDetail);
    connect(m_series, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int region = m_series->itemData(index).toInt();
        std::optional<core::Region> group;
        if (region >= 0) {
            group = static_cast<core::Region>(region);
        }
        m_chart->setSeries(group, m_series->currentText());
    });
    fillSeries();
    connect(openData, &QPushButton::clicked, this, [this] {
        if (m_store && !m_services.prompter.openFolder(m_store->dataDir())) {
            m_status->setText(tr("Could not open the folder. It is: %1").arg(m_store->dataDir()));
        }
    });
    connect(m_openQuarantine, &QPushButton::clicked, this, [this] {
        if (m_store) {
            m_services.prompter.openFolder(m_store->quarantineDir());
        }
    });
}

/// What one read of the history found; built on the worker thread for background reads, so
/// the GUI thread only moves it into the model.
struct HistoryPage::HistoryRead
{
    /// Why the sessions folder could not be read, or empty.
    QString error;
    std::vector<HistoryRow> rows;
    /// The course overview above the table (issue 15).
    core::Course course;
    /// Files in the quarantine folder, whoever put them there.
    std::size_t quarantined = 0;
};

struct HistoryPage::ReloadJob
{
    ReloadJob(const QString& dataDir, std::shared_ptr<const core::Protocol> protocol)
        : store(dataDir, std::move(protocol))
    {}
    /// Its own store, sharing the protocol: the window may switch data folders or protocols,
    /// or go, while the read runs.
    const store::SessionStore store;
    quint64 number = 0;
    QElapsedTimer clock;
    /// Written by the worker, read once it has finished.
    HistoryRead read;
};

HistoryPage::HistoryRead
HistoryPage::readHistory(const store::SessionStore& store,
                         const std::function<void(std::size_t, std::size_t)>& progress)
{
    HistoryRead read;
    // The one course of the application layer, the one `history --course` prints.
    auto result = checks::readCourse(store, l10n::utcOffsetAt, {}, progress);
    if (!result) {
        read.error = result.error();
        return read;
    }
    const auto& summaries = result.value().sessions;
    read.rows.reserve(summaries.size());
    for (const store::SessionSummary& summary : summaries) {
        read.rows.push_back(makeHistoryRow(summary));
    }
    if (!summaries.empty()) {
        read.course = std::move(result.value().course);
    }
    // After the read, which may have set more files aside.
    read.quarantined = store.quarantineCount();
    return read;
}

HistoryPage::~HistoryPage()
{
    // Before the members the work refers to go: a running export is cancelled and waited
    // for, a read waited for (it cannot be stopped part-way; 10,000 files take about a
    // second).
    delete m_export;
    m_export = nullptr;
    delete m_reload;
    m_reload = nullptr;
}

qint64 HistoryPage::reload(const store::SessionStore& store)
{
    QElapsedTimer timer;
    timer.start();
    // A background read still running is older than this one: its rows are not shown.
    ++m_readsAsked;
    m_pendingReload.reset();
    m_store.emplace(store);
    showRead(readHistory(store, {}));
    return timer.elapsed();
}

void HistoryPage::fillSeries()
{
    // The chart's choices are the groups of the protocol in use.
    const QSignalBlocker blocker(m_series);
    m_series->clear();
    for (const auto& group : m_context->protocol().groups) {
        m_series->addItem(tr("Gap between left and right: %1").arg(qs(group.name)),
                          static_cast<int>(core::indexOf(group.region)));
    }
    m_series->addItem(tr("Back pain, before and after"), -1);
    m_series->setCurrentIndex(0);
    const int region = m_series->itemData(0).toInt();
    m_chart->setSeries(region >= 0 ? std::optional(static_cast<core::Region>(region))
                                   : std::nullopt,
                       m_series->itemText(0));
}

void HistoryPage::startReload(std::shared_ptr<const AppContext> context)
{
    ++m_readsAsked;
    const bool otherProtocol = context->sharedProtocol() != m_context->sharedProtocol();
    m_context = std::move(context);
    if (otherProtocol) {
        fillSeries();
    }
    m_store.emplace(m_context->dataDir(), m_context->sharedProtocol());
    if (m_reload != nullptr) {
        m_pendingReload = m_context;
        return;
    }
    runReload(m_context->dataDir(), m_context->sharedProtocol());
}

void HistoryPage::runReload(const QString& dataDir, std::shared_ptr<const core::Protocol> protocol)
{
    auto job = std::make_shared<ReloadJob>(dataDir, std::move(protocol));
    job->number = m_readsAsked;
    job->clock.start();
    m_reloadJob = job;
    // Not low priority: the user is waiting for these rows.
    m_reload = new BackgroundWork(
        QStringLiteral("historyRead"), QThread::InheritPriority,
        [job](WorkProgress& progress) {
            job->read = readHistory(job->store, [&progress](std::size_t done, std::size_t total) {
                progress.total = total;
                progress.done = done;
            });
        },
        this);
    connect(m_reload, &BackgroundWork::finished, this, &HistoryPage::finishReload);
    connect(m_reload, &BackgroundWork::progressed, this,
            [this](std::size_t done, std::size_t total) {
                const QLocale locale;
                m_readProgress->setRange(0, static_cast<int>(total));
                m_readProgress->setValue(static_cast<int>(done));
                m_status->setText(tr("Reading your sessions: %1 of %2...")
                                      .arg(locale.toString(static_cast<qulonglong>(done)),
                                           locale.toString(static_cast<qulonglong>(total))));
            });
    m_status->setText(tr("Reading your sessions..."));
    m_readProgress->setRange(0, 0); // busy until the total is known
    m_readProgress->show();
    m_reload->start();
}

void HistoryPage::finishReload()
{
    const std::shared_ptr<ReloadJob> job = std::move(m_reloadJob);
    m_reload->deleteLater();
    m_reload = nullptr;
    if (m_pendingReload) {
        // Asked for again while this read ran: its rows may already be out of date.
        const std::shared_ptr<const AppContext> pending = std::move(m_pendingReload);
        m_pendingReload.reset();
        runReload(pending->dataDir(), pending->sharedProtocol());
        return;
    }
    m_readProgress->hide();
    if (job->number != m_readsAsked) {
        return; // a synchronous reload() came after it
    }
    showRead(std::move(job->read));
    emit reloaded(job->clock.elapsed());
}

void HistoryPage::showRead(HistoryRead read)
{
    if (!read.error.isEmpty()) {
        m_banner->setText(tr("The history cannot be read: %1").arg(read.error));
        m_banner->show();
        m_openQuarantine->hide();
    } else if (read.quarantined > 0) {
        m_banner->setText(
            read.quarantined == 1
                ? tr("1 file could not be read and is kept in the quarantine folder. Every "
                     "readable session still shows.")
                : tr("%n files could not be read and are kept in the quarantine folder. Every "
                     "readable session still shows.",
                     nullptr, static_cast<int>(read.quarantined)));
        m_banner->show();
        m_openQuarantine->show();
    } else {
        m_banner->hide();
        m_openQuarantine->hide();
    }
    const std::size_t count = read.rows.size();
    m_overview->setText(courseOverviewHtml(read.course, m_context->protocol()));
    // The words as a screen reader should hear them: entities decoded, lines kept apart.
    m_overview->setAccessibleDescription(
        QTextDocumentFragment::fromHtml(m_overview->text()).toPlainText());
    m_model->setRows(std::move(read.rows));
    m_chart->setRows(&m_model->rows());
    m_dashboard->showCourse(read.course, m_context->protocol(), &m_model->rows());
    // "1 of 2 (1 stopped for pain)" whole: the column as wide as its longest text in the
    // newest rows (a sample, so 10,000 rows cost no more than 50).
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->resizeColumnToContents(HistoryModel::Steps);
    m_status->setText(count == 0 ? tr("No sessions saved yet.")
                                 : tr("%1.").arg(sessionCount(static_cast<long long>(count))));
    if (count > 0) {
        m_table->selectRow(0);
    } else {
        m_detail->setText(tr("Your sessions will show here once you save one."));
    }
}

void HistoryPage::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_store) {
        return;
    }
    // One file is read when its row is picked, so opening the history reads none.
    const auto stored = m_store->read(m_model->rowAt(current.row()).path);
    m_detail->setText(
        stored ? sessionDetail(stored.value().session, m_context->protocol())
               : tr("This session cannot be shown: %1").arg(stored.error().toHtmlEscaped()));
}

QString HistoryPage::exportTo(const QString& format, const QString& path) const
{
    if (!m_store) {
        return tr("The history is not loaded.");
    }
    const std::atomic_bool never{false};
    return exportHistory(*m_store, format, path, never, {});
}

bool HistoryPage::startExport(const QString& format, const QString& path, const QString& name)
{
    return m_store && m_export->start(*m_store, format, path, name);
}

bool HistoryPage::exporting() const
{
    return m_export->running();
}

void HistoryPage::cancelExport()
{
    m_export->cancel();
}

void HistoryPage::exportAs(const QString& format)
{
    if (exporting()) {
        m_status->setText(tr("An export is already running."));
        return;
    }
    // A report for a clinician may carry a name: typed for this export, offered again while
    // the window is open, never written anywhere but into the file.
    QString name;
    if (format == QLatin1String("pdf") || format == QLatin1String("fhir")) {
        const auto typed = m_services.prompter.line(
            this, tr("Name on the report"),
            format == QLatin1String("pdf")
                ? tr("Your name for the report's header, so your clinician knows whose it is. "
                     "Leave it empty to write it in by hand. Tightside does not keep it.")
                : tr("Your name for the file, so the clinic's system knows whose data it is. "
                     "Leave it empty and the file names nobody. Tightside does not keep it."),
            m_reportName);
        if (!typed) {
            return;
        }
        name = *typed;
        m_reportName = name;
    }
    // A FHIR bundle is JSON: it keeps the .json a FHIR tool opens.
    const QString extension = format == QLatin1String("fhir") ? QStringLiteral("json") : format;
    const QString suggested = format == QLatin1String("fhir")
                                  ? QStringLiteral("tightside-history.fhir.json")
                                  : QStringLiteral("tightside-history.") + format;
    const QString path =
        m_services.prompter.saveFile(this, tr("Export the history"), suggested,
                                     tr("%1 files (*.%2)").arg(format.toUpper(), extension));
    if (path.isEmpty()) {
        return;
    }
    startExport(format, path, name);
}

} // namespace tightside::gui
