// The window driven as a user would, through the real MainWindow, with fakes for the clock,
// the voice and every dialog, on a temporary data dir.

#include "checkwalk.h"
#include "fakes.h"
#include "pagetext.h"

#include "checkflow.h"
#include "historypage.h"
#include "planpage.h"
#include "player.h"
#include "ratinginput.h"
#include "settingspage.h"
#include "texts.h"

#include "tightside/core/progress.h"
#include "tightside/core/routine.h"
#include "tightside/core/rulesengine.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/store/sessionstore.h"
#include "tightside/text/planwords.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <chrono>
#include <memory>

using namespace tightside;
using namespace tightside::gui;
using namespace std::chrono_literals;
using Page = CheckFlow::Page;
using testing::answerWizard;
using testing::currentPage;
using testing::jsonFiles;
using testing::readJson;
using testing::runRoutineToEnd;

class WindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void fullPathSavesSessionAndHistoryRow();
    void redFlagShowsSeekCareAndNoRoutine();
    void keyboardOnlyPath();
    void pauseResumesWhereItPaused();
    void stopForPainLogsAndAdvises();
    void resumeAfterInterruptedSession();
    void everyPageOpensOnce();
    void backKeepsEveryAnswer();
    void customProtocolProblemsAreShown();
    void historyChartAndQuarantineBanner();
    void startupBuildsOnlyWhatIsShown();
    void badProtocolAtStartupIsListedInSettings();
    void windowFitsTheScreenAndComesBackAsLeft();
    void voiceFollowsTheSavedSettingFromTheStart();
    void seekCareShowsThePlanMessages();
};

void WindowTest::fullPathSavesSessionAndHistoryRow()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.show();
    QVERIFY(window.welcomeShown());
    window.findChild<QPushButton*>(QStringLiteral("welcomeAcknowledge"))->click();
    QVERIFY(!window.welcomeShown());
    QVERIFY(fx.preferences.welcomeAcknowledged());

    CheckFlow* flow = window.checkFlow();
    answerWizard(flow);
    QCOMPARE(flow->plan().steps.size(), std::size_t{2});
    const QString planText = testing::pageText(flow->findChild<PlanPage*>());
    QVERIFY(planText.contains(QStringLiteral("1. Quadriceps")));
    QVERIFY(planText.contains(QStringLiteral("Never worked on")));
    QVERIFY(planText.contains(QStringLiteral("low back")));
    // The time line: the holds the plan asks for and the lead-in the player runs (core's), and
    // the whole in minutes.
    const auto leadIn =
        std::chrono::duration_cast<std::chrono::seconds>(core::RoutineTimings{}.leadIn);
    const int holds = core::totalHoldSeconds(flow->plan().steps);
    const int all =
        holds + static_cast<int>(leadIn.count()) * static_cast<int>(flow->plan().steps.size());
    const QString times =
        QStringLiteral("About %1 min in all: %2 of holds and a %3 lead-in before each.")
            .arg((all + 59) / 60)
            .arg(PlanPage::holdText(holds), durationText(static_cast<int>(leadIn.count())));
    QVERIFY2(planText.contains(times), qPrintable(planText));

    flow->next(); // Start routine
    QCOMPARE(flow->page(), Page::Player);
    auto* side = flow->findChild<QLabel*>(QStringLiteral("playerSide"));
    auto* phase = flow->findChild<QLabel*>(QStringLiteral("playerPhase"));
    QCOMPARE(side->text(), QStringLiteral("LEFT"));
    QCOMPARE(phase->text(), QStringLiteral("GET READY"));
    QVERIFY(fx.cues.said.first().contains(QStringLiteral("Left quadriceps")));
    // Progress is saved as soon as the routine starts (crash resume).
    QCOMPARE(jsonFiles(fx.dataDir() + QStringLiteral("/current")).size(), 1);

    fx.clock.advance(5s);
    flow->player()->tick();
    QCOMPARE(phase->text(), QStringLiteral("HOLD"));
    runRoutineToEnd(flow, fx.clock);
    QVERIFY(fx.cues.said.contains(QStringLiteral("Halfway.")));
    QVERIFY(fx.cues.said.contains(QStringLiteral("3")));
    QVERIFY(!fx.cues.ends.isEmpty());
    QCOMPARE(flow->page(), Page::Recheck);

    const auto pairs = flow->findChildren<RatingPair*>(QStringLiteral("recheckPair"));
    QCOMPARE(pairs.size(), 2);
    pairs[0]->setRating({4, 4});
    testing::rateRecheck(flow);
    flow->findChild<RatingInput*>(QStringLiteral("painAfter"))->setValue(3);
    flow->findChild<QPlainTextEdit*>(QStringLiteral("notes"))
        ->setPlainText(QStringLiteral("felt easier"));
    QSignalSpy saved(flow, &CheckFlow::sessionSaved);
    flow->next(); // Save
    QCOMPARE(saved.size(), 1);
    QCOMPARE(flow->page(), Page::Summary);

    const QStringList files = jsonFiles(fx.dataDir() + QStringLiteral("/sessions"));
    QCOMPARE(files.size(), 1);
    QVERIFY(jsonFiles(fx.dataDir() + QStringLiteral("/current")).isEmpty());
    const QJsonObject session = readJson(fx.dataDir() + QStringLiteral("/sessions/") + files[0]);
    QCOMPARE(session.value(QStringLiteral("pain_after")).toInt(), 3);
    QCOMPARE(session.value(QStringLiteral("notes")).toString(), QStringLiteral("felt easier"));
    const QJsonArray done = session.value(QStringLiteral("done")).toArray();
    QCOMPARE(done.size(), 2);
    QCOMPARE(done[0].toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(session.value(QStringLiteral("recheck"))
                 .toObject()
                 .value(QStringLiteral("quadriceps"))
                 .toObject()
                 .value(QStringLiteral("left"))
                 .toInt(),
             4);

    window.showPlace(MainWindow::Place::History);
    // The sessions are read in the background.
    QTRY_COMPARE(window.historyPage()->model()->rowCount(), 1);
    QCOMPARE(window.historyPage()->model()->index(0, HistoryModel::PainAfter).data().toInt(), 3);
    QTRY_COMPARE(window.historyPage()->findChild<QLabel*>(QStringLiteral("historyStatus"))->text(),
                 QStringLiteral("1 session."));
}

void WindowTest::redFlagShowsSeekCareAndNoRoutine()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.show();
    CheckFlow* flow = window.checkFlow();
    auto* redFlags = currentPage(flow);
    redFlags->findChildren<QCheckBox*>().first()->setChecked(true); // a blood clot: today
    testing::passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    auto* seekCare = currentPage(flow);
    const QString title = seekCare->findChild<QLabel*>(QStringLiteral("pageHeading"))->text();
    QVERIFY2(title.contains(QStringLiteral("today")), qPrintable(title));
    const QString text = seekCare->findChild<QLabel*>(QStringLiteral("seekCareText"))->text();
    QVERIFY(text.contains(QStringLiteral("emergency")));
    // No routine is offered: the engine's words say so, and there is no way on to one.
    QVERIFY(text.contains(QStringLiteral("no release routine")));
    QVERIFY(!flow->findChild<QPushButton*>(QStringLiteral("navNext"))->isVisible());
    QVERIFY(!flow->findChild<QPushButton*>(QStringLiteral("navNext"))->isVisible());
    QVERIFY(flow->player()->routine() == nullptr);
    QVERIFY(jsonFiles(fx.dataDir() + QStringLiteral("/current")).isEmpty());

    // The stop is kept (contracts.md, third wave): one session file, screening only, that
    // History lists as stopped by a red flag (issue 22, finding 4).
    const QString sessions = fx.dataDir() + QStringLiteral("/sessions");
    QStringList kept = jsonFiles(sessions);
    QCOMPARE(kept.size(), 1);
    QFile file(sessions + QLatin1Char('/') + kept.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(stored.value(QStringLiteral("stopped")).toObject().value(QStringLiteral("urgency")),
             QJsonValue(QStringLiteral("today")));
    QVERIFY(!stored.contains(QStringLiteral("plan")));
    QCOMPARE(stored.value(QStringLiteral("started")), stored.value(QStringLiteral("finished")));
    QTRY_COMPARE(window.historyPage()->model()->rowCount(), 1);
    QVERIFY(window.historyPage()
                ->model()
                ->index(0, HistoryModel::Steps)
                .data()
                .toString()
                .contains(QStringLiteral("red flag")));

    // Back keeps the tick; closing starts a fresh check.
    flow->back();
    QCOMPARE(flow->page(), Page::RedFlags);
    QVERIFY(currentPage(flow)->findChildren<QCheckBox*>().first()->isChecked());
    // Stopping again in the same check rewrites the same session, never a second one.
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    kept = jsonFiles(sessions);
    QCOMPARE(kept.size(), 1);
}

void WindowTest::keyboardOnlyPath()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto press = [&](Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus != nullptr ? focus : &window, key, mods);
    };
    // The welcome's button has focus: Space presses it.
    press(Qt::Key_Space);
    QVERIFY(!window.welcomeShown());
    CheckFlow* flow = window.checkFlow();
    // The safety list by keyboard: Tab through it to its end (every question seen), where
    // "None of these is true for me" is ticked with Space.
    for (int i = 0;
         i < 60 && QApplication::focusWidget()->objectName() != QStringLiteral("noneOfThese");
         ++i) {
        press(Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noneOfThese"));
    press(Qt::Key_Space);
    press(Qt::Key_Return); // red flags -> precautions
    press(Qt::Key_Return); // -> pain
    press(Qt::Key_Return); // refused: the pain is not given yet
    QCOMPARE(flow->page(), Page::Pain);
    press(Qt::Key_3);      // a digit key gives it
    press(Qt::Key_Return); // -> what matters to you (due: never rated)
    QCOMPARE(flow->page(), Page::Activities);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("activityName1"));
    press(Qt::Key_Return); // optional: left empty -> quadriceps
    QCOMPARE(flow->page(), Page::Group);
    // Focus starts on the LEFT slider: arrows set it, Tab moves to RIGHT.
    auto* pair = currentPage(flow)->findChild<RatingPair*>();
    QCOMPARE(QApplication::focusWidget(), pair->left()->slider());
    for (int i = 0; i < 6; ++i) {
        press(Qt::Key_Right);
    }
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), pair->right()->slider());
    press(Qt::Key_Right);
    QCOMPARE(pair->rating(), (core::Rating{6, 1}));
    QVERIFY(pair->gapText().startsWith(QStringLiteral("Left is tighter by 5")));
    for (int i = 0; i < 30 && flow->page() != Page::Plan; ++i) {
        if (flow->page() == Page::Group) {
            // Each side starts unanswered: a digit key on the focused LEFT slider, Tab, RIGHT.
            auto* shown = currentPage(flow)->findChild<RatingPair*>();
            if (shown->isEnabled() && !shown->answered()) {
                press(Qt::Key_3);
                press(Qt::Key_Tab);
                press(Qt::Key_3);
            }
        }
        press(Qt::Key_Return);
    }
    QCOMPARE(flow->page(), Page::Plan);
    QCOMPARE(flow->plan().steps.size(), std::size_t{1});
    press(Qt::Key_Return); // Start routine
    QCOMPARE(flow->page(), Page::Player);
    QVERIFY(flow->player()->isAncestorOf(QApplication::focusWidget()) ||
            QApplication::focusWidget() == flow->player());
    press(Qt::Key_Right); // skip the only step
    QCOMPARE(flow->page(), Page::Recheck);
    // Tab to a control by its name, as a user would look for it; fails if Tab never gets there.
    const auto tabTo = [&](QWidget* target) {
        for (int i = 0; i < 30 && QApplication::focusWidget() != target; ++i) {
            press(Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    };
    // The group released is rated again first: both sides start unanswered.
    auto* again = currentPage(flow)->findChild<RatingPair*>(QStringLiteral("recheckPair"));
    QVERIFY(tabTo(again->left()->slider()));
    press(Qt::Key_4);
    press(Qt::Key_Tab);
    press(Qt::Key_4);
    QVERIFY(again->answered());
    auto* painAfter = currentPage(flow)->findChild<RatingInput*>(QStringLiteral("painAfter"));
    QVERIFY(tabTo(painAfter->slider()));
    const int painBefore = painAfter->value();
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    QVERIFY(tabTo(currentPage(flow)->findChild<QPlainTextEdit*>(QStringLiteral("notes"))));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed by keys"));
    QVERIFY(tabTo(flow->findChild<QPushButton*>(QStringLiteral("navNext"))));
    press(Qt::Key_Space); // Save
    QCOMPARE(flow->page(), Page::Summary);
    QCOMPARE(jsonFiles(fx.dataDir() + QStringLiteral("/sessions")).size(), 1);
    const QJsonObject session = readJson(fx.dataDir() + QStringLiteral("/sessions/") +
                                         jsonFiles(fx.dataDir() + QStringLiteral("/sessions"))[0]);
    QCOMPARE(session.value(QStringLiteral("done"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("skipped"));
    QCOMPARE(session.value(QStringLiteral("notes")).toString(), QStringLiteral("typed by keys"));
    QCOMPARE(session.value(QStringLiteral("pain_after")).toInt(), painBefore + 2);
}

void WindowTest::pauseResumesWhereItPaused()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.show();
    CheckFlow* flow = window.checkFlow();
    answerWizard(flow);
    flow->next();
    PlayerPage* player = flow->player();
    fx.clock.advance(25s); // 20 s into a 90 s hold
    player->tick();
    QCOMPARE(player->routine()->remainingSeconds(), 70);
    QTest::keyClick(player, Qt::Key_Space);
    QVERIFY(player->routine()->paused());
    QCOMPARE(flow->findChild<QLabel*>(QStringLiteral("playerPhase"))->text(),
             QStringLiteral("PAUSED"));
    fx.clock.advance(300s);
    player->tick();
    QCOMPARE(player->routine()->remainingSeconds(), 70);
    QTest::keyClick(player, Qt::Key_Space);
    QVERIFY(!player->routine()->paused());
    QCOMPARE(flow->findChild<QLabel*>(QStringLiteral("playerPhase"))->text(),
             QStringLiteral("GET READY"));
    fx.clock.advance(3s);
    player->tick();
    QCOMPARE(flow->findChild<QLabel*>(QStringLiteral("playerPhase"))->text(),
             QStringLiteral("HOLD"));
    QCOMPARE(player->routine()->remainingSeconds(), 70);
    QCOMPARE(flow->findChild<QLabel*>(QStringLiteral("playerCountdown"))->text(),
             QStringLiteral("1:10"));
}

void WindowTest::stopForPainLogsAndAdvises()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.show();
    CheckFlow* flow = window.checkFlow();
    answerWizard(flow);
    flow->next();
    fx.clock.advance(15s);
    flow->player()->tick();
    flow->findChild<QPushButton*>(QStringLiteral("playerPain"))->click();
    QCOMPARE(flow->player()->routine()->phase(), core::RoutinePhase::PainStop);
    auto* advice = flow->findChild<QLabel*>(QStringLiteral("painAdvice"));
    QVERIFY(advice->isVisible());
    QVERIFY(advice->text().contains(QStringLiteral("next step")));
    // The stopped step is already in the progress file.
    const QStringList current = jsonFiles(fx.dataDir() + QStringLiteral("/current"));
    QCOMPARE(current.size(), 1);
    const QJsonObject progress = readJson(fx.dataDir() + QStringLiteral("/current/") + current[0]);
    const QJsonObject first = progress.value(QStringLiteral("done")).toArray()[0].toObject();
    QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("stopped_pain"));
    QCOMPARE(first.value(QStringLiteral("seconds")).toInt(), 10);

    flow->findChild<QPushButton*>(QStringLiteral("painFinish"))->click();
    QCOMPARE(flow->page(), Page::Recheck);
}

void WindowTest::resumeAfterInterruptedSession()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    {
        MainWindow window(fx.services);
        CheckFlow* flow = window.checkFlow();
        answerWizard(flow);
        flow->next();
        fx.clock.advance(96s); // first step (5 s + 90 s) done
        flow->player()->tick();
        QCOMPARE(flow->player()->routine()->records().size(), std::size_t{1});
    } // the window goes away mid-routine, as in a crash
    QCOMPARE(jsonFiles(fx.dataDir() + QStringLiteral("/current")).size(), 1);

    MainWindow window(fx.services);
    window.show();
    auto* banner = window.findChild<QWidget*>(QStringLiteral("resumeBanner"));
    QVERIFY(banner->isVisible());
    window.findChild<QPushButton*>(QStringLiteral("resumeRoutine"))->click();
    CheckFlow* flow = window.checkFlow();
    QCOMPARE(flow->page(), Page::Player);
    QCOMPARE(flow->player()->routine()->currentIndex(), std::size_t{1});
    QCOMPARE(flow->findChild<QLabel*>(QStringLiteral("playerSide"))->text(),
             QStringLiteral("RIGHT"));
    runRoutineToEnd(flow, fx.clock);
    testing::rateRecheck(flow);
    QCOMPARE(flow->page(), Page::Recheck);
    flow->next();
    QCOMPARE(flow->page(), Page::Summary);
    const QStringList files = jsonFiles(fx.dataDir() + QStringLiteral("/sessions"));
    QCOMPARE(files.size(), 1);
    const QJsonObject session = readJson(fx.dataDir() + QStringLiteral("/sessions/") + files[0]);
    QCOMPARE(session.value(QStringLiteral("done")).toArray().size(), 2);
    QVERIFY(jsonFiles(fx.dataDir() + QStringLiteral("/current")).isEmpty());
}

void WindowTest::everyPageOpensOnce()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    QStringList seen;
    const auto visit = [&] {
        QWidget* page = currentPage(flow);
        QVERIFY(page->isVisible());
        seen << page->objectName();
    };
    visit();
    testing::passSafetyQuestions(flow);
    flow->next();
    visit();
    flow->next();
    visit();
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(4);
    flow->next();
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    while (flow->page() == Page::Group) {
        visit();
        // Every group page has its self-test steps, a nerve-signs box and both inputs.
        QVERIFY(currentPage(flow)->findChild<QLabel*>(QStringLiteral("selfTestSteps")) != nullptr);
        QVERIFY(currentPage(flow)->findChild<QWidget*>(QStringLiteral("nerveSigns"))->isVisible());
        currentPage(flow)->findChild<RatingPair*>()->setRating({6, 2});
        flow->next();
    }
    visit();
    flow->next();
    visit();
    flow->next();
    visit();
    // The player fits 1366x768 without scrolling: every control is inside the window.
    for (const char* name : {"playerPain", "playerLeave", "playerBack", "playerCountdown"}) {
        auto* widget = flow->findChild<QWidget*>(QLatin1String(name));
        const QRect box(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        QVERIFY2(window.rect().contains(box), name);
        QVERIFY(!widget->accessibleName().isEmpty() || qobject_cast<QLabel*>(widget) != nullptr);
    }
    fx.prompter.confirmAnswer = true;
    QTest::keyClick(flow->player(), Qt::Key_Escape);
    QVERIFY(fx.prompter.asked.contains(QStringLiteral("Leave the routine?")));
    QCOMPARE(flow->page(), Page::Recheck);
    testing::rateRecheck(flow);
    visit();
    flow->next();
    visit();
    QCOMPARE(seen.size(), 3 + 7 + 5);

    for (auto place : {MainWindow::Place::History, MainWindow::Place::Settings,
                       MainWindow::Place::About, MainWindow::Place::Check}) {
        window.showPlace(place);
        QCOMPARE(window.place(), place);
    }
    // Every button in the window has a name a screen reader can say.
    for (auto* button : window.findChildren<QPushButton*>()) {
        QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                 qPrintable(button->objectName()));
    }
}

void WindowTest::backKeepsEveryAnswer()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    CheckFlow* flow = window.checkFlow();
    answerWizard(flow);
    const core::Answers before = flow->answers();
    while (flow->page() != Page::RedFlags) {
        flow->back();
    }
    while (flow->page() != Page::Plan) {
        flow->next();
    }
    const core::Answers after = flow->answers();
    QCOMPARE(after.painNow, 5);
    QVERIFY(after.ratings == before.ratings);
    QCOMPARE(flow->plan().steps.size(), std::size_t{2});
}

void WindowTest::customProtocolProblemsAreShown()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    const QString bad = fx.temp.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "id": "x", "threshold": 9})");
    file.close();
    fx.prompter.fileToOpen = bad;
    window.showPlace(MainWindow::Place::Settings);
    window.findChild<QPushButton*>(QStringLiteral("settingsLoadProtocol"))->click();
    const QString problems = window.settingsPage()->problems()->toPlainText();
    QVERIFY(problems.contains(QStringLiteral("not loaded")));
    QVERIFY(problems.count(QLatin1Char('\n')) >= 2); // every problem, one a line
    QCOMPARE(window.protocol().id, std::string("tightside.legs"));

    const QString good = QStringLiteral(TIGHTSIDE_SOURCE_DIR "/protocols/tightside.legs.json");
    fx.prompter.fileToOpen = good;
    window.findChild<QPushButton*>(QStringLiteral("settingsLoadProtocol"))->click();
    QVERIFY(
        window.settingsPage()->problems()->toPlainText().contains(QStringLiteral("no problems")));
    QCOMPARE(fx.preferences.protocolPath(), good);
}

void WindowTest::historyChartAndQuarantineBanner()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    {
        MainWindow window(fx.services);
        CheckFlow* flow = window.checkFlow();
        answerWizard(flow);
        flow->next();
        runRoutineToEnd(flow, fx.clock);
        testing::rateRecheck(flow);
        flow->next();
        QCOMPARE(flow->page(), Page::Summary);
    }
    QFile broken(fx.dataDir() + QStringLiteral("/sessions/20260101T000000Z-00000000.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();

    MainWindow window(fx.services);
    window.show();
    window.showPlace(MainWindow::Place::History);
    HistoryPage* history = window.historyPage();
    QTRY_COMPARE(history->model()->rowCount(), 1);
    QVERIFY(!history->reloading());
    QVERIFY(history->banner()->isVisible());
    QVERIFY(history->banner()->text().contains(QStringLiteral("quarantine")));
    QVERIFY(history->chart()->describe().startsWith(QStringLiteral("1 session.")));
    window.findChild<QPushButton*>(QStringLiteral("openDataFolder"))->click();
    QCOMPARE(fx.prompter.opened, QStringList{fx.dataDir()});

    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("json"),
                                  QStringLiteral("pdf"), QStringLiteral("fhir")}) {
        fx.prompter.fileToSave = fx.temp.filePath(QStringLiteral("export.") + format);
        window.findChild<QPushButton*>(QStringLiteral("export_") + format)->click();
        // Exports run on a worker thread (with progress and cancel).
        QTRY_VERIFY2(QFile::exists(fx.prompter.fileToSave), qPrintable(format));
        QTRY_VERIFY(!history->exporting());
    }
    // Export FHIR writes the library's bundle: the one session's QuestionnaireResponse first.
    QFile fhir(fx.temp.filePath(QStringLiteral("export.fhir")));
    QVERIFY(fhir.open(QIODevice::ReadOnly));
    const QByteArray bundle = fhir.readAll();
    QVERIFY(bundle.startsWith(R"({"resourceType":"Bundle","type":"collection","entry":[)"));
    QVERIFY(bundle.contains(R"("resourceType":"QuestionnaireResponse")"));
    QVERIFY(bundle.contains(R"("resourceType":"Observation")"));
}

// Start-up speed (within 1.5x a bare window, scripts/bench-startup.sh) rests on laying out only
// what is on screen: the welcome on a first run, the safety questions afterwards.
void WindowTest::startupBuildsOnlyWhatIsShown()
{
    testing::Fixture fx;
    {
        MainWindow window(fx.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomeShown());
        QVERIFY(window.findChild<CheckFlow*>() == nullptr);
        QVERIFY(window.findChild<HistoryPage*>() == nullptr);
        QVERIFY(window.findChild<SettingsPage*>() == nullptr);
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("aboutPage")) == nullptr);
        window.acknowledgeWelcome();
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("pageRedFlags"))->isVisible());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("pagePain")) == nullptr);
        QVERIFY(window.findChild<PlayerPage*>() == nullptr);
        window.showPlace(MainWindow::Place::History);
        QVERIFY(window.findChild<HistoryPage*>()->isVisible());
        window.showPlace(MainWindow::Place::About);
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("aboutPage"))->isVisible());
    }
    // A returning user: no welcome is built, the safety questions are shown.
    MainWindow window(fx.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomePage")) == nullptr);
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("pageRedFlags"))->isVisible());
    QVERIFY(window.findChild<HistoryPage*>() == nullptr);
}

void WindowTest::badProtocolAtStartupIsListedInSettings()
{
    testing::Fixture fx;
    const QString bad = fx.temp.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "id": "x", "threshold": 9})");
    file.close();
    fx.preferences.protocolPath.set(bad);
    MainWindow window(fx.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.protocol().id, std::string("tightside.legs"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("windowMessage"))->isVisible());
    window.showPlace(MainWindow::Place::Settings);
    const QString problems = window.settingsPage()->problems()->toPlainText();
    QVERIFY(problems.contains(QStringLiteral("not loaded")));
    QVERIFY(problems.contains(QStringLiteral("bad.json")));
}

// A first start fits a small screen; later starts come back at the size the window was left.
void WindowTest::windowFitsTheScreenAndComesBackAsLeft()
{
    testing::Fixture fx;
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    QSize left;
    {
        MainWindow window(fx.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.frameGeometry().width() <= available.width() &&
                     window.frameGeometry().height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        window.resize(window.width() - 40, window.height() - 30);
        left = window.size();
        QVERIFY(window.close());
    }
    QVERIFY(fx.preferences.windowGeometry.isSet());
    MainWindow again(fx.services);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), left);
}

// The Settings page is built only when opened, but the voice setting applies from the start,
// and the player says whether the voice is on once its first cue has been given.
void WindowTest::voiceFollowsTheSavedSettingFromTheStart()
{
    core::Answers answers;
    for (core::Region region :
         {core::Region::Quadriceps, core::Region::HipFlexors, core::Region::Adductors,
          core::Region::ItBand, core::Region::Hamstrings}) {
        answers.setRating(region, {2, 2});
    }
    answers.setRating(core::Region::Quadriceps, {7, 4});
    const std::vector<core::Step> steps =
        core::RulesEngine(core::builtinProtocol()).plan(answers).steps;
    QVERIFY(!steps.empty());
    const auto voiceLine = [&](MainWindow& window) {
        window.acknowledgeWelcome();
        PlayerPage* player = window.checkFlow()->player();
        player->start(steps);
        return player->findChild<QLabel*>(QStringLiteral("playerVoice"))->text();
    };

    testing::Fixture fx;
    {
        MainWindow window(fx.services);
        QVERIFY(fx.cues.enabled); // on by default
        QCOMPARE(voiceLine(window), QStringLiteral("Voice on"));
    }
    fx.preferences.voiceEnabled.set(false);
    MainWindow window(fx.services);
    QVERIFY(!fx.cues.enabled);
    QVERIFY(window.findChild<SettingsPage*>() == nullptr);
    QCOMPARE(voiceLine(window), QStringLiteral("Voice is off."));
}

// Issue 11 item 3: the see-a-clinician page wrote its own text and dropped the engine's
// emergency line; it shows plan.messages and nothing else.
void WindowTest::seekCareShowsThePlanMessages()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    CheckFlow* flow = window.checkFlow();
    // The first safety question ("None of these" is a check box too, after the questions).
    auto* first = flow->findChild<QWidget*>(QStringLiteral("pageRedFlags"))
                      ->findChildren<QCheckBox*>()
                      .first();
    first->setChecked(true);
    testing::passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    const QString shown = flow->findChild<QLabel*>(QStringLiteral("seekCareText"))->text();
    // The plan the engine makes for the same answers, in words.
    core::Answers answers = flow->answers();
    for (const auto& group : window.protocol().groups) {
        if (!group.optional) {
            answers.setRating(group.region, {0, 0});
        }
    }
    const core::Plan plan = text::makePlan(window.protocol(), answers);
    QCOMPARE(plan.status, core::PlanStatus::SeekCare);
    QVERIFY(!plan.messages.empty());
    QString expected;
    for (const std::string& message : plan.messages) {
        expected +=
            QStringLiteral("<p>%1</p>").arg(QString::fromStdString(message).toHtmlEscaped());
    }
    // The plan's messages first, then the answers to take along (issue 16 item 8).
    QVERIFY2(shown.startsWith(expected), qPrintable(shown));
    // Go today, the flag's own advice, and nothing said twice or beside the point (issue 26).
    QVERIFY(shown.contains(QStringLiteral("Please get medical help today")));
    QVERIFY(shown.contains(QStringLiteral("do not press or rub the leg")));
    QVERIFY(!shown.contains(QStringLiteral("at once")));
    QVERIFY(!shown.contains(QStringLiteral("left alone on purpose")));
}

QTEST_MAIN(WindowTest)
#include "test_window.moc"
