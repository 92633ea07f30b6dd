// The history place with its summary index: rows come from <data-dir>/index.json when it is
// fresh, and the session files still win (new, changed, corrupt files; a damaged index).

#include "fakes.h"

#include "history.h"

#include "tightside/core/rulesengine.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/store/sessionstore.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace tightside;
using namespace tightside::gui;

namespace {

core::Session makeSession(int index)
{
    const core::Protocol& protocol = core::builtinProtocol();
    core::Answers answers;
    answers.painNow = 5;
    answers.setRating(core::Region::Quadriceps, {7, 4});
    answers.setRating(core::Region::HipFlexors, {3, 3});
    answers.setRating(core::Region::Adductors, {2, 6});
    answers.setRating(core::Region::ItBand, {5, 5});
    answers.setRating(core::Region::Hamstrings, {4, 4});
    const auto when = std::chrono::system_clock::time_point(std::chrono::seconds(1767254400)) +
                      std::chrono::hours(12) * index;
    core::Session session;
    session.id = core::newSessionId(when, static_cast<std::uint32_t>(index));
    session.started = core::isoUtc(when);
    session.finished = core::isoUtc(when + std::chrono::minutes(10));
    session.protocolId = protocol.id;
    session.protocolVersion = protocol.version;
    session.answers = answers;
    session.plan = core::RulesEngine(protocol).plan(answers);
    for (const auto& step : session.plan.steps) {
        session.done.push_back(
            {step.group, step.side, step.technique, step.seconds, core::Outcome::Completed});
    }
    session.setRecheck(core::Region::Quadriceps, {5, 4});
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
};

void HistoryIndexTest::historyWritesAndUsesTheIndex()
{
    testing::Fixture fx;
    fx.settings->setValue(QStringLiteral("welcome/acknowledged"), true);
    saveSessions(fx.dataDir(), 0, 5);
    MainWindow window(fx.services);
    window.showPlace(MainWindow::Place::History);
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
    fx.settings->setValue(QStringLiteral("welcome/acknowledged"), true);
    saveSessions(fx.dataDir(), 0, 3);
    MainWindow window(fx.services);
    window.showPlace(MainWindow::Place::History);
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
    QCOMPARE(window.historyPage()->model()->rowCount(), 4);
    QCOMPARE(window.historyPage()->model()->rowAt(0).id, QString::fromStdString(added.id));
}

void HistoryIndexTest::corruptOrStaleIndexIsRebuilt()
{
    testing::Fixture fx;
    fx.settings->setValue(QStringLiteral("welcome/acknowledged"), true);
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
    fx.settings->setValue(QStringLiteral("welcome/acknowledged"), true);
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
    QCOMPARE(history->model()->rowCount(), 2);
    QVERIFY(history->banner()->isVisible());
    QVERIFY(history->banner()->text().contains(QStringLiteral("quarantine")));
    QVERIFY(QFile::exists(store.quarantineDir() + QLatin1Char('/') +
                          QString::fromStdString(makeSession(1).id) + QStringLiteral(".json")));
}

void HistoryIndexTest::detailIsReadFromTheFile()
{
    testing::Fixture fx;
    fx.settings->setValue(QStringLiteral("welcome/acknowledged"), true);
    saveSessions(fx.dataDir(), 0, 2);
    MainWindow window(fx.services);
    window.show();
    window.showPlace(MainWindow::Place::History);
    auto* detail = window.historyPage()->findChild<QLabel*>(QStringLiteral("historyDetail"));
    QVERIFY(detail->text().contains(QStringLiteral("Steps")));
    QVERIFY(detail->text().contains(QStringLiteral("1 after")));
}

void HistoryIndexTest::exportCanBeCancelled()
{
    testing::Fixture fx;
    fx.settings->setValue(QStringLiteral("welcome/acknowledged"), true);
    saveSessions(fx.dataDir(), 0, 400);
    MainWindow window(fx.services);
    window.show();
    window.showPlace(MainWindow::Place::History);
    HistoryPage* history = window.historyPage();
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

QTEST_MAIN(HistoryIndexTest)
#include "test_history.moc"
