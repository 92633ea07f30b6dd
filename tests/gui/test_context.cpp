// One context (issue 11, Deliver 4 and item 5): the protocol and the data folder change in one
// place, which asks before it drops a check that is not saved and offers the unfinished
// session afterwards; History follows the protocol in use; closing the window during any
// unsaved check asks; every setting is read and written through Preferences with the keys
// settings files have always had.

#include "checkwalk.h"
#include "fakes.h"

#include "checkflow.h"
#include "checksession.h"
#include "historypage.h"
#include "settingspage.h"

#include "tightside/gui/mainwindow.h"
#include "tightside/gui/preferences.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tightside;
using namespace tightside::gui;
using namespace std::chrono_literals;
using testing::answerWizard;
using testing::jsonFiles;
using Page = CheckFlow::Page;

namespace {

const QString kChangeTitle = QStringLiteral("Stop this check and change the setting?");

/// A window with the welcome acknowledged and a routine started (one step held for 10 s).
std::unique_ptr<MainWindow> windowInRoutine(testing::Fixture& fx)
{
    fx.preferences.welcomeAcknowledged.set(true);
    auto window = std::make_unique<MainWindow>(fx.services);
    CheckFlow* flow = window->checkFlow();
    answerWizard(flow);
    flow->next();
    if (flow->page() != Page::Player) {
        return nullptr;
    }
    for (int i = 0; i < 15; ++i) {
        fx.clock.advance(1s);
        flow->player()->tick();
    }
    return window;
}

/// The built-in protocol's file with the quadriceps called `name`.
QString renamedProtocol(const QTemporaryDir& dir, const QString& name)
{
    QFile source(QStringLiteral(TIGHTSIDE_SOURCE_DIR "/protocols/tightside.legs.json"));
    if (!source.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray text = source.readAll();
    // The English name of the first group (the test runs in English).
    text.replace("\"en\": \"quadriceps\"", "\"en\": \"" + name.toUtf8() + '"');
    const QString path = dir.filePath(QStringLiteral("renamed.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size()) {
        return {};
    }
    return path;
}

bool closeAccepted(MainWindow& window)
{
    QCloseEvent event;
    QCoreApplication::sendEvent(&window, &event);
    return event.isAccepted();
}

} // namespace

class ContextTest final : public QObject
{
    Q_OBJECT

private slots:
    void dataFolderChangeDuringARoutineAsksFirst();
    void protocolChangeDuringARoutineAsksAndOffersTheSession();
    void historyFollowsTheProtocolInUse();
    void closingDuringAnyUnsavedCheckAsks();
    void preferencesKeepTheKeysOfOldSettingsFiles();
};

void ContextTest::dataFolderChangeDuringARoutineAsksFirst()
{
    testing::Fixture fx;
    const auto window = windowInRoutine(fx);
    QVERIFY(window);
    CheckFlow* flow = window->checkFlow();
    QVERIFY(flow->check().unsaved());
    const std::string sessionId = flow->session().id;
    const QString first = window->context()->dataDir();
    QTemporaryDir other;
    fx.prompter.folderToPick = other.path();

    // "Keep the check": nothing changes, the routine goes on where it was.
    fx.prompter.confirmAnswer = false;
    window->showPlace(MainWindow::Place::Settings);
    window->findChild<QPushButton*>(QStringLiteral("settingsChooseDataDir"))->click();
    QVERIFY(fx.prompter.asked.contains(kChangeTitle));
    QCOMPARE(window->context()->dataDir(), first);
    QCOMPARE(window->checkFlow(), flow);
    QCOMPARE(flow->page(), Page::Player);
    QVERIFY(!fx.preferences.dataDir.isSet());

    // "Change it": the new folder is in use and saved; its check starts afresh.
    fx.prompter.asked.clear();
    fx.prompter.confirmAnswer = true;
    window->findChild<QPushButton*>(QStringLiteral("settingsChooseDataDir"))->click();
    QVERIFY(fx.prompter.asked.contains(kChangeTitle));
    QCOMPARE(window->context()->dataDir(), other.path());
    QCOMPARE(window->store().dataDir(), other.path());
    QCOMPARE(fx.preferences.dataDir(), other.path());
    QCOMPARE(window->checkFlow()->page(), Page::RedFlags);

    // Back in the first folder, the routine that was dropped is offered for resuming.
    fx.prompter.asked.clear();
    fx.prompter.folderToPick = first;
    window->findChild<QPushButton*>(QStringLiteral("settingsChooseDataDir"))->click();
    QVERIFY(fx.prompter.asked.isEmpty()); // nothing unsaved to drop this time
    auto* resume = window->findChild<QPushButton*>(QStringLiteral("resumeRoutine"));
    QVERIFY(resume != nullptr);
    resume->click();
    QCOMPARE(window->checkFlow()->page(), Page::Player);
    QCOMPARE(window->checkFlow()->session().id, sessionId);
}

void ContextTest::protocolChangeDuringARoutineAsksAndOffersTheSession()
{
    testing::Fixture fx;
    const auto window = windowInRoutine(fx);
    QVERIFY(window);
    CheckFlow* flow = window->checkFlow();
    const std::string sessionId = flow->session().id;
    QTemporaryDir dir;
    const QString path = renamedProtocol(dir, QStringLiteral("front thigh"));
    QVERIFY(!path.isEmpty());
    fx.prompter.fileToOpen = path;

    fx.prompter.confirmAnswer = false;
    window->showPlace(MainWindow::Place::Settings);
    window->findChild<QPushButton*>(QStringLiteral("settingsLoadProtocol"))->click();
    QVERIFY(fx.prompter.asked.contains(kChangeTitle));
    QVERIFY(window->context()->protocolPath().isEmpty());
    QCOMPARE(window->checkFlow(), flow);
    QCOMPARE(flow->page(), Page::Player);
    QVERIFY(!fx.preferences.protocolPath.isSet());

    fx.prompter.confirmAnswer = true;
    window->findChild<QPushButton*>(QStringLiteral("settingsLoadProtocol"))->click();
    QCOMPARE(window->context()->protocolPath(), path);
    QCOMPARE(fx.preferences.protocolPath(), path);
    QCOMPARE(window->protocol().groups.front().name, std::string("front thigh"));
    // The routine saved so far is offered at once, in the same folder.
    QCOMPARE(jsonFiles(fx.dataDir() + QStringLiteral("/current")).size(), 1);
    auto* finish = window->findChild<QPushButton*>(QStringLiteral("resumeFinish"));
    QVERIFY(finish != nullptr);
    finish->click();
    QCOMPARE(window->checkFlow()->page(), Page::Recheck);
    QCOMPARE(window->checkFlow()->session().id, sessionId);
}

void ContextTest::historyFollowsTheProtocolInUse()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.showPlace(MainWindow::Place::History);
    auto* series = window.historyPage()->findChild<QComboBox*>(QStringLiteral("chartSeries"));
    QVERIFY(series->itemText(0).contains(QStringLiteral("quadriceps")));

    QTemporaryDir dir;
    fx.prompter.fileToOpen = renamedProtocol(dir, QStringLiteral("front thigh"));
    window.showPlace(MainWindow::Place::Settings);
    window.findChild<QPushButton*>(QStringLiteral("settingsLoadProtocol"))->click();
    QCOMPARE(window.protocol().groups.front().name, std::string("front thigh"));
    window.showPlace(MainWindow::Place::History);
    QVERIFY2(series->itemText(0).contains(QStringLiteral("front thigh")),
             qPrintable(series->itemText(0)));
    QCOMPARE(series->count(), static_cast<int>(window.protocol().groups.size()) + 1);
}

void ContextTest::closingDuringAnyUnsavedCheckAsks()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    CheckFlow* flow = window.checkFlow();

    // Nothing answered yet: closes without a question.
    QVERIFY(closeAccepted(window));
    QVERIFY(fx.prompter.asked.isEmpty());

    // Answers given, no routine yet: asks, and "Stay" keeps the window.
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    QCOMPARE(flow->page(), Page::Pain);
    fx.prompter.confirmAnswer = false;
    QVERIFY(!closeAccepted(window));
    QCOMPARE(fx.prompter.asked, QStringList{QStringLiteral("Close Tightside?")});

    // The re-check of a started session (after the player) asks too.
    fx.prompter.asked.clear();
    flow->back();
    flow->back();
    answerWizard(flow);
    flow->next();
    while (flow->page() == Page::Player) {
        flow->player()->skip();
    }
    testing::rateRecheck(flow);
    QCOMPARE(flow->page(), Page::Recheck);
    QVERIFY(!closeAccepted(window));
    QCOMPARE(fx.prompter.asked, QStringList{QStringLiteral("Close Tightside?")});

    // Saved: closes without a question.
    fx.prompter.asked.clear();
    flow->next();
    QCOMPARE(flow->page(), Page::Summary);
    QVERIFY(closeAccepted(window));
    QVERIFY(fx.prompter.asked.isEmpty());
}

void ContextTest::preferencesKeepTheKeysOfOldSettingsFiles()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        // Written as earlier versions wrote it.
        QSettings old(file, QSettings::IniFormat);
        old.setValue(QStringLiteral("data/dir"), QStringLiteral("/some/folder"));
        old.setValue(QStringLiteral("protocol/path"), QStringLiteral("/some/protocol.json"));
        old.setValue(QStringLiteral("routine/stepSeconds"), 75);
        old.setValue(QStringLiteral("voice/enabled"), false);
        old.setValue(QStringLiteral("voice/engine"), QStringLiteral("flite"));
        old.setValue(QStringLiteral("welcome/acknowledged"), true);
        old.setValue(QStringLiteral("window/geometry"), QByteArray("\x01\x02", 2));
    }
    QSettings settings(file, QSettings::IniFormat);
    Preferences preferences(settings);
    QCOMPARE(preferences.dataDir(), QStringLiteral("/some/folder"));
    QCOMPARE(preferences.protocolPath(), QStringLiteral("/some/protocol.json"));
    QCOMPARE(preferences.stepSeconds(), 75);
    QCOMPARE(preferences.voiceEnabled(), false);
    QCOMPARE(preferences.voiceEngine(), QStringLiteral("flite"));
    QCOMPARE(preferences.welcomeAcknowledged(), true);
    QCOMPARE(preferences.windowGeometry(), QByteArray("\x01\x02", 2));

    // Defaults for an empty file, and a reset key leaves the file.
    QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    Preferences fresh(empty);
    QCOMPARE(fresh.stepSeconds(), 0);
    QVERIFY(!fresh.planOptions().holdSeconds); // 0 is "the protocol's own hold"
    QCOMPARE(fresh.voiceEnabled(), true);
    QCOMPARE(fresh.welcomeAcknowledged(), false);
    fresh.stepSeconds.set(60);
    QCOMPARE(fresh.planOptions().holdSeconds.value_or(0), 60);
    QCOMPARE(empty.value(QStringLiteral("routine/stepSeconds")).toInt(), 60);
    fresh.stepSeconds.reset();
    QVERIFY(!empty.contains(QStringLiteral("routine/stepSeconds")));
}

QTEST_MAIN(ContextTest)
#include "test_context.moc"
