// bench_history DIR [COUNT]: fills DIR with COUNT (10,000) session files (once) and times what a
// user sees on opening the History place, first with no index (index.json is removed, as right
// after a bulk import) and then with the index that read wrote: how long until the page is
// shown with its status, how long until the rows are in, and the longest the event loop went
// unserved meanwhile (the window must never freeze while the sessions are read).

#include "fakes.h"

#include "historypage.h"

#include "tightside/core/rulesengine.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/store/sessionstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <iostream>

using namespace tightside;

namespace {

struct Figures
{
    int rows = 0;
    /// From the click until the page was painted with its status.
    qint64 shownMs = 0;
    QString status;
    /// From the click until the rows were in and painted.
    qint64 rowsMs = 0;
    /// The longest the event loop went unserved while the rows were read and shown.
    qint64 longestPauseMs = 0;
};

/// Opens the History place of a new window on `services` and times it.
std::optional<Figures> openHistory(gui::Services& services)
{
    gui::MainWindow window(services);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return std::nullopt;
    }
    Figures figures;
    QElapsedTimer timer;
    timer.start();
    window.showPlace(gui::MainWindow::Place::History);
    window.repaint();
    QCoreApplication::processEvents();
    figures.shownMs = timer.elapsed();
    gui::HistoryPage* history = window.historyPage();
    figures.status = history->findChild<QLabel*>(QStringLiteral("historyStatus"))->text();

    QElapsedTimer beat;
    beat.start();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        figures.longestPauseMs = std::max(figures.longestPauseMs, beat.restart());
    });
    ticker.start(5);
    QSignalSpy reloaded(history, &gui::HistoryPage::reloaded);
    if (history->reloading() && !reloaded.wait(600000)) {
        return std::nullopt;
    }
    window.repaint();
    figures.rowsMs = timer.elapsed();
    figures.longestPauseMs = std::max(figures.longestPauseMs, beat.elapsed());
    figures.rows = history->model()->rowCount();
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::cerr << "usage: bench_history DATA_DIR [COUNT]\n";
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    const int count = argc > 2 ? std::atoi(argv[2]) : 10000;
    QDir().mkpath(dataDir + QStringLiteral("/sessions"));
    const auto existing = QDir(dataDir + QStringLiteral("/sessions"))
                              .entryList({QStringLiteral("*.json")}, QDir::Files)
                              .size();
    if (existing < count) {
        // Sample sessions written straight to files, half a day apart (fast, no fsync).
        auto when = std::chrono::system_clock::now() - std::chrono::hours(24 * 365 * 20);
        for (int i = static_cast<int>(existing); i < count; ++i) {
            const core::Session session = gui::testing::sampleSession(i, when);
            QFile file(dataDir + QStringLiteral("/sessions/") + QString::fromStdString(session.id) +
                       QStringLiteral(".json"));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(QByteArray::fromStdString(core::toJson(session).dump(2)));
            }
            when += std::chrono::hours(12);
        }
    }

    gui::testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    gui::Services services{fx.clock,       fx.cues, fx.prompter, fx.sounds,
                           fx.preferences, dataDir, fx.cameras};
    QFile::remove(dataDir + QStringLiteral("/index.json"));
    for (const char* index : {"no index", "with index"}) {
        const auto figures = openHistory(services);
        if (!figures) {
            return 1;
        }
        std::cout << "history with " << figures->rows << " sessions, " << index << ": shown "
                  << figures->shownMs << " ms (\"" << figures->status.toStdString()
                  << "\"), rows in " << figures->rowsMs << " ms, longest pause "
                  << figures->longestPauseMs << " ms\n";
    }
    return 0;
}
