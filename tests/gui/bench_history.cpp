// bench_history DIR: fills DIR with 10,000 session files (once) and times how long the history
// view takes to open them: store read, model, table and chart, until the window has painted.

#include "fakes.h"

#include "history.h"

#include "tightside/core/rulesengine.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/store/sessionstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <iostream>

using namespace tightside;

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
        // One valid session through the store, then copies under fresh ids (fast, no fsync).
        const core::Protocol& protocol = core::builtinProtocol();
        core::Answers answers;
        answers.painNow = 5;
        answers.setRating(core::Region::Quadriceps, {7, 4});
        answers.setRating(core::Region::HipFlexors, {3, 3});
        answers.setRating(core::Region::Adductors, {2, 6});
        answers.setRating(core::Region::ItBand, {5, 5});
        answers.setRating(core::Region::Hamstrings, {4, 4});
        auto when = std::chrono::system_clock::now() - std::chrono::hours(24 * 365 * 20);
        for (int i = static_cast<int>(existing); i < count; ++i) {
            core::Session session;
            session.id = core::newSessionId(when, static_cast<std::uint32_t>(i));
            session.started = core::isoUtc(when);
            session.finished = core::isoUtc(when + std::chrono::minutes(10));
            session.protocolId = protocol.id;
            session.protocolVersion = protocol.version;
            session.answers = answers;
            session.plan = core::RulesEngine(protocol).plan(answers);
            for (const auto& step : session.plan.steps) {
                session.done.push_back({step.group, step.side, step.technique, step.seconds,
                                        core::Outcome::Completed});
            }
            session.setRecheck(core::Region::Quadriceps, {5, 4});
            session.painAfter = 3;
            QFile file(dataDir + QStringLiteral("/sessions/") + QString::fromStdString(session.id) +
                       QStringLiteral(".json"));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(QByteArray::fromStdString(core::toJson(session).dump(2)));
            }
            when += std::chrono::hours(12);
        }
    }

    gui::testing::Fixture fx;
    fx.settings->setValue(QStringLiteral("welcome/acknowledged"), true);
    gui::Services services{fx.clock, fx.cues, fx.prompter, *fx.settings, dataDir};
    gui::MainWindow window(services);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    window.showPlace(gui::MainWindow::Place::History);
    window.repaint();
    QCoreApplication::processEvents();
    const qint64 total = timer.elapsed();
    std::cout << "history with " << window.historyPage()->model()->rowCount() << " sessions: load "
              << window.lastHistoryLoadMs() << " ms, shown " << total << " ms\n";
    return 0;
}
