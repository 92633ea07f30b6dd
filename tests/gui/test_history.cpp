// The history place with its summary index: rows come from <data-dir>/index.json when it is
// fresh, and the session files still win (new, changed, corrupt files; a damaged index).

#include "fakes.h"

#include "backgroundwork.h"
#include "historypage.h"
#include "texts.h"

#include "tightside/core/rulesengine.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/store/sessionstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <nlohmann/json.hpp>

#include <atomic>
#include <ctime>
#include <memory>

using namespace tightside;
using namespace tightside::gui;

namespace {

core::Session makeSession(int index)
{
    core::Session session = testing::sampleSession(
        index, std::chrono::system_clock::time_point(std::chrono::seconds(1767254400)) +
                   std::chrono::hours(12) * index);
    session.painAfter = index % 11;
    return session;
}

void saveSessions(const QString& dataDir, int from, int count)
{
    const store::SessionStore store(dataDir);
    for (int i = from; i < from + count; ++i) {
        QVERIFY(store.save(makeSession(i)));
    }
}

/// Like a bulk import: many files written at once, without the store's fsyncs.
void writeSessionFiles(const QString& dataDir, int from, int count)
{
    QVERIFY(QDir().mkpath(dataDir + QStringLiteral("/sessions")));
    for (int i = from; i < from + count; ++i) {
        const core::Session session = makeSession(i);
        QFile file(dataDir + QStringLiteral("/sessions/") + QString::fromStdString(session.id) +
                   QStringLiteral(".json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(core::toJson(session).dump(2)));
    }
}

/// Waits until the background read of the History place has put its rows in. Never sleeps:
/// the spy wakes on the signal, which the page only emits from the event loop.
[[nodiscard]] bool rowsIn(HistoryPage* history)
{
    if (!history->reloading()) {
        return true;
    }
    QSignalSpy reloaded(history, &HistoryPage::reloaded);
    return reloaded.wait(60000);
}

/// A returning user's window, shown, with the History place just opened (its read started).
std::unique_ptr<MainWindow> openHistory(testing::Fixture& fx)
{
    fx.preferences.welcomeAcknowledged.set(true);
    auto window = std::make_unique<MainWindow>(fx.services);
    window->show();
    window->showPlace(MainWindow::Place::History);
    return window;
}

QLabel* statusOf(HistoryPage* history)
{
    return history->findChild<QLabel*>(QStringLiteral("historyStatus"));
}

QProgressBar* progressOf(HistoryPage* history)
{
    return history->findChild<QProgressBar*>(QStringLiteral("historyReadProgress"));
}

} // namespace

class HistoryIndexTest final : public QObject
{
    Q_OBJECT

private slots:
    void historyWritesAndUsesTheIndex();
    void sessionImportedWhileIndexExistsShowsUp();
    void corruptOrStaleIndexIsRebuilt();
    void quarantineStillReportedWithIndex();
    void detailIsReadFromTheFile();
    void exportCanBeCancelled();
    void reportNameIsAskedAndGoesIntoTheFile();
    void historyOpensAtOnceWhileTheRowsAreRead();
    void refreshDuringAReadShowsTheNewestRows();
    void fileQuarantinedEarlierShowsTheBanner();
    void closingTheWindowDuringAReadIsSafe();
    void timesShowInLocalTime();
    void backgroundWorkReportsAndFinishesOnTheGuiThread();
    void deletingBackgroundWorkWaitsForIt();
};

void HistoryIndexTest::historyWritesAndUsesTheIndex()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    saveSessions(fx.dataDir(), 0, 5);
    MainWindow window(fx.services);
    window.showPlace(MainWindow::Place::History);
    QVERIFY(rowsIn(window.historyPage()));
    QCOMPARE(window.historyPage()->model()->rowCount(), 5);
    QVERIFY(QFile::exists(window.store().indexPath()));
    QCOMPARE(QFile::permissions(window.store().indexPath()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);
    // Newest first; the values come from the index.
    QCOMPARE(window.historyPage()->model()->index(0, HistoryModel::PainAfter).data().toInt(), 4);
    QCOMPARE(window.historyPage()->model()->index(0, HistoryModel::GapBefore).data().toString(),
             QStringLiteral("4"));
}

void HistoryIndexTest::sessionImportedWhileIndexExistsShowsUp()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    saveSessions(fx.dataDir(), 0, 3);
    MainWindow window(fx.services);
    window.showPlace(MainWindow::Place::History);
    QVERIFY(rowsIn(window.historyPage()));
    QCOMPARE(window.historyPage()->model()->rowCount(), 3);
    QVERIFY(QFile::exists(window.store().indexPath()));

    // `tightside import` (another process) adds a session behind the window's back.
    const core::Session added = makeSession(40);
    const QString file = fx.temp.filePath(QStringLiteral("added.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(core::toJson(added).dump(2)));
    }
    QProcess import;
    import.start(QStringLiteral(TIGHTSIDE_BINARY),
                 {QStringLiteral("import"), QStringLiteral("--data-dir"), fx.dataDir(), file});
    QVERIFY(import.waitForFinished(30000));
    QCOMPARE(import.exitCode(), 0);

    window.reloadHistory();
    QVERIFY(rowsIn(window.historyPage()));
    QCOMPARE(window.historyPage()->model()->rowCount(), 4);
    QCOMPARE(window.historyPage()->model()->rowAt(0).id, QString::fromStdString(added.id));
}

void HistoryIndexTest::corruptOrStaleIndexIsRebuilt()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    saveSessions(fx.dataDir(), 0, 4);
    const store::SessionStore store(fx.dataDir());
    QVERIFY(store.summaries());
    for (const QByteArray& broken :
         {QByteArray("{ torn"), QByteArray("{\"kind\":\"tightside.history-index\",\"schema\":1}"),
          QByteArray()}) {
        QFile index(store.indexPath());
        QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
        index.write(broken);
        index.close();
        MainWindow window(fx.services);
        window.showPlace(MainWindow::Place::History);
        QVERIFY(rowsIn(window.historyPage()));
        QCOMPARE(window.historyPage()->model()->rowCount(), 4);
        QVERIFY(!window.historyPage()->banner()->isVisibleTo(window.historyPage()));
        const auto again = store.summaries();
        QVERIFY(again);
        QVERIFY(!again.value().indexRebuilt);
        QCOMPARE(again.value().filesRead, std::size_t{0});
    }
}

void HistoryIndexTest::quarantineStillReportedWithIndex()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    saveSessions(fx.dataDir(), 0, 3);
    const store::SessionStore store(fx.dataDir());
    QVERIFY(store.summaries());
    // A session file corrupted by hand after the index was written.
    QFile victim(store.sessionPath(makeSession(1).id));
    QVERIFY(victim.open(QIODevice::WriteOnly | QIODevice::Truncate));
    victim.write("{ not json");
    victim.close();

    MainWindow window(fx.services);
    window.show();
    window.showPlace(MainWindow::Place::History);
    HistoryPage* history = window.historyPage();
    QVERIFY(rowsIn(history));
    QCOMPARE(history->model()->rowCount(), 2);
    QVERIFY(history->banner()->isVisible());
    QVERIFY(history->banner()->text().contains(QStringLiteral("quarantine")));
    QVERIFY(QFile::exists(store.quarantineDir() + QLatin1Char('/') +
                          QString::fromStdString(makeSession(1).id) + QStringLiteral(".json")));
}

void HistoryIndexTest::detailIsReadFromTheFile()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    saveSessions(fx.dataDir(), 0, 2);
    MainWindow window(fx.services);
    window.show();
    window.showPlace(MainWindow::Place::History);
    QVERIFY(rowsIn(window.historyPage()));
    auto* detail = window.historyPage()->findChild<QLabel*>(QStringLiteral("historyDetail"));
    QVERIFY(detail->text().contains(QStringLiteral("Steps")));
    QVERIFY(detail->text().contains(QStringLiteral("1 after")));
}

void HistoryIndexTest::exportCanBeCancelled()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    saveSessions(fx.dataDir(), 0, 400);
    MainWindow window(fx.services);
    window.show();
    window.showPlace(MainWindow::Place::History);
    HistoryPage* history = window.historyPage();
    QVERIFY(rowsIn(history));
    QSignalSpy finished(history, &HistoryPage::exportFinished);
    const QString path = fx.temp.filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(history->startExport(QStringLiteral("pdf"), path));
    QVERIFY(history->exporting());
    QVERIFY(!history->startExport(QStringLiteral("csv"), path));
    history->cancelExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!history->exporting());

    // And one that runs to the end writes the file 0600, like `tightside export`.
    const QString csv = fx.temp.filePath(QStringLiteral("all.csv"));
    QVERIFY(history->startExport(QStringLiteral("csv"), csv));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(finished.at(1).at(1).toString().isEmpty());
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll().count("\r\n"), 401);
    QCOMPARE(out.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

// ux.md: the History place never freezes the window. 300 sessions and no index: the page shows
// at once with a status and progress, and the rows follow from the worker thread.
void HistoryIndexTest::reportNameIsAskedAndGoesIntoTheFile()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    saveSessions(fx.dataDir(), 0, 2);
    MainWindow window(fx.services);
    window.show();
    window.showPlace(MainWindow::Place::History);
    HistoryPage* history = window.historyPage();
    QVERIFY(rowsIn(history));
    QSignalSpy finished(history, &HistoryPage::exportFinished);
    auto* fhir = history->findChild<QPushButton*>(QStringLiteral("export_fhir"));
    QVERIFY(fhir);

    // Cancel at the name: no file dialog, no export.
    fx.prompter.lineAnswer = std::nullopt;
    fx.prompter.fileToSave = fx.temp.filePath(QStringLiteral("never.fhir.json"));
    fhir->click();
    QVERIFY(!history->exporting());
    QVERIFY(!QFile::exists(fx.prompter.fileToSave));
    QCOMPARE(fx.prompter.asked.count(QStringLiteral("Name on the report")), 1);

    // A name typed: the bundle has a Patient with it, and the next export offers it again.
    fx.prompter.lineAnswer = QStringLiteral("Ada Example");
    fx.prompter.fileToSave = fx.temp.filePath(QStringLiteral("named.fhir.json"));
    fhir->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.at(0).at(1).toString().isEmpty());
    QFile out(fx.prompter.fileToSave);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const auto bundle = nlohmann::json::parse(out.readAll().toStdString());
    int patients = 0;
    for (const auto& entry : bundle.at("entry")) {
        if (entry.at("resource").at("resourceType") == "Patient") {
            ++patients;
            QCOMPARE(QString::fromStdString(entry.at("resource").dump())
                         .contains(QStringLiteral("Ada Example")),
                     true);
        }
    }
    QCOMPARE(patients, 1);

    // Empty: a bundle that names nobody.
    fx.prompter.lineAnswer = QString();
    fx.prompter.fileToSave = fx.temp.filePath(QStringLiteral("anonymous.fhir.json"));
    fhir->click();
    QCOMPARE(fx.prompter.lineInitial, QStringLiteral("Ada Example"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QFile anonymous(fx.prompter.fileToSave);
    QVERIFY(anonymous.open(QIODevice::ReadOnly));
    const QByteArray text = anonymous.readAll();
    QVERIFY(!text.contains("Ada Example"));
    QVERIFY(!text.contains("\"Patient\""));
}

void HistoryIndexTest::historyOpensAtOnceWhileTheRowsAreRead()
{
    testing::Fixture fx;
    saveSessions(fx.dataDir(), 0, 300);
    const store::SessionStore store(fx.dataDir());
    QVERIFY(!QFile::exists(store.indexPath()));
    const auto window = openHistory(fx);
    HistoryPage* history = window->historyPage();
    // Nothing has been read yet: the rows only come in from the event loop.
    QVERIFY(history->isVisible());
    QVERIFY(history->reloading());
    QVERIFY2(statusOf(history)->text().startsWith(QStringLiteral("Reading your sessions")),
             qPrintable(statusOf(history)->text()));
    QVERIFY(progressOf(history)->isVisible());
    QCOMPARE(history->model()->rowCount(), 0);

    QSignalSpy reloaded(history, &HistoryPage::reloaded);
    QVERIFY(reloaded.wait(60000));
    QCOMPARE(reloaded.size(), 1);
    QVERIFY(!history->reloading());
    QCOMPARE(history->model()->rowCount(), 300);
    QCOMPARE(history->model()->rowAt(0).id, QString::fromStdString(makeSession(299).id));
    QCOMPARE(statusOf(history)->text(), QStringLiteral("300 sessions."));
    QVERIFY(!progressOf(history)->isVisible());
    QCOMPARE(history->table()->currentIndex().row(), 0);
    QVERIFY(history->chart()->describe().startsWith(QStringLiteral("300 sessions")));
    QCOMPARE(window->lastHistoryLoadMs(), reloaded.at(0).at(0).toLongLong());
    QVERIFY(QFile::exists(store.indexPath()));

    // A refresh keeps the rows on screen until the new ones are in.
    window->reloadHistory();
    QVERIFY(history->reloading());
    QCOMPARE(history->model()->rowCount(), 300);
    QVERIFY(statusOf(history)->text().startsWith(QStringLiteral("Reading your sessions")));
    QVERIFY(reloaded.wait(60000));
    QCOMPARE(history->model()->rowCount(), 300);
}

void HistoryIndexTest::refreshDuringAReadShowsTheNewestRows()
{
    testing::Fixture fx;
    saveSessions(fx.dataDir(), 0, 300);
    const auto window = openHistory(fx);
    HistoryPage* history = window->historyPage();
    QVERIFY(history->reloading());
    // Saved while the first read runs, which may have listed the folder already.
    saveSessions(fx.dataDir(), 300, 1);
    window->reloadHistory();
    QSignalSpy reloaded(history, &HistoryPage::reloaded);
    QVERIFY(reloaded.wait(60000));
    QCOMPARE(history->model()->rowCount(), 301);
    QCOMPARE(history->model()->rowAt(0).id, QString::fromStdString(makeSession(300).id));
    QVERIFY(!history->reloading());
    QCOMPARE(reloaded.size(), 1); // the first read's rows, out of date, were never shown

    // The same with no race at all: another data folder asked for while a read runs wins.
    QTemporaryDir other;
    saveSessions(other.path(), 500, 2);
    window->reloadHistory();
    QVERIFY(history->reloading());
    history->startReload(window->context()->withDataDir(other.path()));
    QVERIFY(reloaded.wait(60000));
    QCOMPARE(reloaded.size(), 2);
    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->model()->rowAt(0).id, QString::fromStdString(makeSession(501).id));
    QVERIFY(!history->reloading());
}

// A file set aside by `tightside history`, `import` or an earlier window is reported on every
// read, not only by the read that moved it.
void HistoryIndexTest::fileQuarantinedEarlierShowsTheBanner()
{
    testing::Fixture fx;
    saveSessions(fx.dataDir(), 0, 2);
    const store::SessionStore store(fx.dataDir());
    QVERIFY(store.ensureFolders());
    const QString kept = store.quarantineDir() + QStringLiteral("/20260101T000000Z-00000abc.json");
    for (const auto& [path, bytes] :
         {std::pair{kept, QByteArray("{ torn")},
          std::pair{kept + QStringLiteral(".why"), QByteArray("why")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto listed = store.summaries();
    QVERIFY(listed);
    QVERIFY(listed.value().quarantined.empty()); // nothing new is set aside by reading

    const auto window = openHistory(fx);
    HistoryPage* history = window->historyPage();
    QVERIFY(rowsIn(history));
    QCOMPARE(history->model()->rowCount(), 2);
    QVERIFY(history->banner()->isVisible());
    QVERIFY2(history->banner()->text().startsWith(QStringLiteral("1 file could not be read")),
             qPrintable(history->banner()->text()));
    auto* open = history->findChild<QPushButton*>(QStringLiteral("openQuarantine"));
    QVERIFY(open->isVisible());
    open->click();
    QCOMPARE(fx.prompter.opened, QStringList{store.quarantineDir()});

    // The synchronous read says the same.
    HistoryPage page(window->context(), fx.services);
    page.reload(store);
    QVERIFY(page.banner()->isVisibleTo(&page));
    QCOMPARE(page.banner()->text(), history->banner()->text());

    // Once the folder is emptied, the banner goes.
    QVERIFY(QDir(store.quarantineDir()).removeRecursively());
    window->reloadHistory();
    QVERIFY(rowsIn(history));
    QVERIFY(!history->banner()->isVisible());
    QVERIFY(!open->isVisible());
}

void HistoryIndexTest::closingTheWindowDuringAReadIsSafe()
{
    testing::Fixture fx;
    // Enough files that the read is still running when the window goes.
    writeSessionFiles(fx.dataDir(), 0, 3000);
    const store::SessionStore store(fx.dataDir());
    auto window = openHistory(fx);
    QVERIFY(window->historyPage()->reloading());
    QVERIFY(window->close());
    window.reset();
    // The page waited for its read: the read ran to its end and wrote the index.
    QVERIFY(QFile::exists(store.indexPath()));
    const auto again = store.summaries();
    QVERIFY(again);
    QCOMPARE(again.value().filesRead, std::size_t{0});
    QCOMPARE(again.value().sessions.size(), std::size_t{3000});
}

// Issue 11 item 6: a person reads their own local time; the files keep UTC.
void HistoryIndexTest::timesShowInLocalTime()
{
    // India: UTC+5:30, no daylight saving. A POSIX TZ needs no time zone database.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "IST-5:30");
    tzset();
    struct Restore
    {
        QByteArray tz;
        explicit Restore(QByteArray old) : tz(std::move(old)) {}
        Restore(const Restore&) = delete;
        Restore& operator=(const Restore&) = delete;
        ~Restore()
        {
            if (tz.isEmpty()) {
                qunsetenv("TZ");
            } else {
                qputenv("TZ", tz);
            }
            tzset();
        }
    } restore(oldTz);

    testing::Fixture fx;
    saveSessions(fx.dataDir(), 0, 1);          // started 2026-01-01T08:00:00Z
    core::Session unfinished = makeSession(1); // 2026-01-01T20:00:00Z
    unfinished.finished.reset();
    unfinished.recheck = {};
    unfinished.painAfter.reset();
    QVERIFY(store::SessionStore(fx.dataDir()).saveProgress(unfinished));

    const auto window = openHistory(fx);
    HistoryPage* history = window->historyPage();
    QVERIFY(rowsIn(history));
    const QString cell = history->model()->index(0, HistoryModel::Date).data().toString();
    // 08:00 UTC is 13:30 in Kolkata: the day with its month as a word, then the time in the
    // short form of the language's locale.
    const QDateTime local(QDate(2026, 1, 1), QTime(13, 30), Qt::LocalTime);
    QCOMPARE(cell, dayText(local.date()) + QLatin1Char(' ') +
                       QLocale().toString(local.time(), QLocale::ShortFormat));
    QVERIFY(!cell.contains(QStringLiteral("UTC")));
    const auto* detail = history->findChild<QLabel*>(QStringLiteral("historyDetail"));
    QVERIFY(detail != nullptr);
    QVERIFY2(detail->text().contains(cell), qPrintable(detail->text()));
    // The offer to resume says when the session began, in local time too (01:30 next day).
    const auto* resume = window->findChild<QLabel*>(QStringLiteral("resumeText"));
    const QDateTime next(QDate(2026, 1, 2), QTime(1, 30), Qt::LocalTime);
    QVERIFY2(resume->text().contains(dayText(next.date())), qPrintable(resume->text()));
    // The file keeps UTC.
    const auto stored = store::SessionStore(fx.dataDir()).load();
    QVERIFY(stored);
    QCOMPARE(stored.value().sessions.front().session.started, std::string("2026-01-01T08:00:00Z"));
}

// BackgroundWork, the one way History's reload and exports leave the GUI thread: progress while
// there is a total, finished() on the GUI thread after the work, and deleting it waits.
void HistoryIndexTest::backgroundWorkReportsAndFinishesOnTheGuiThread()
{
    QSemaphore gate;
    QThread* workedOn = nullptr;
    BackgroundWork work(QStringLiteral("testWork"), QThread::InheritPriority,
                        [&gate, &workedOn](WorkProgress& progress) {
                            workedOn = QThread::currentThread();
                            progress.done = 3;
                            progress.total = 8;
                            gate.acquire();
                        });
    QVERIFY(!work.running());
    QThread* finishedOn = nullptr;
    connect(&work, &BackgroundWork::finished, this,
            [&finishedOn] { finishedOn = QThread::currentThread(); });
    QSignalSpy progressed(&work, &BackgroundWork::progressed);
    QSignalSpy finished(&work, &BackgroundWork::finished);
    work.start();
    QVERIFY(work.running());
    QVERIFY(progressed.wait(5000));
    QCOMPARE(progressed.first().at(0).value<std::size_t>(), std::size_t{3});
    QCOMPARE(progressed.first().at(1).value<std::size_t>(), std::size_t{8});
    QCOMPARE(finished.count(), 0);
    gate.release();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!work.running());
    QVERIFY(workedOn != nullptr && workedOn != QThread::currentThread());
    QCOMPARE(finishedOn, QThread::currentThread());
}

void HistoryIndexTest::deletingBackgroundWorkWaitsForIt()
{
    QSemaphore started;
    QSemaphore gate;
    std::atomic_bool done{false};
    auto* work = new BackgroundWork(QStringLiteral("testWork"), QThread::InheritPriority,
                                    [&](WorkProgress&) {
                                        started.release();
                                        gate.acquire();
                                        done = true;
                                    });
    QSignalSpy finished(work, &BackgroundWork::finished);
    work->start();
    started.acquire();
    gate.release();
    delete work; // returns only once the work has ended
    QVERIFY(done);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0); // nothing is delivered from a deleted object
}

QTEST_MAIN(HistoryIndexTest)
#include "test_history.moc"
