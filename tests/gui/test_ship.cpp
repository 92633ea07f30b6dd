// What issue 12 adds to the window: the player's sounds on the fake clock, the sound settings
// (also when no sound device can play), the About page's log buttons, and a whole check and
// export through the window that leave no health data in the log.

#include "checkwalk.h"
#include "fakes.h"

#include "checkflow.h"
#include "historypage.h"
#include "logbuttons.h"
#include "player.h"
#include "ratinginput.h"
#include "soundsettings.h"

#include "log.h"
#include "tightside/gui/mainwindow.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tightside;
using namespace tightside::gui;
using namespace std::chrono_literals;
using Page = CheckFlow::Page;
using Sound = core::Sound;

namespace {

/// Points the state folder (and so the log) into `dir` until the test ends.
class StateFolderIn
{
public:
    explicit StateFolderIn(const QTemporaryDir& dir)
        : m_old(qgetenv("XDG_STATE_HOME")), m_had(qEnvironmentVariableIsSet("XDG_STATE_HOME"))
    {
        qputenv("XDG_STATE_HOME", QFile::encodeName(dir.path()));
    }
    ~StateFolderIn()
    {
        if (m_had) {
            qputenv("XDG_STATE_HOME", m_old);
        } else {
            qunsetenv("XDG_STATE_HOME");
        }
    }
    StateFolderIn(const StateFolderIn&) = delete;
    StateFolderIn& operator=(const StateFolderIn&) = delete;

private:
    QByteArray m_old;
    bool m_had;
};

std::size_t count(const testing::FakeSoundSink& sink, Sound sound)
{
    return static_cast<std::size_t>(
        std::count_if(sink.played.begin(), sink.played.end(),
                      [sound](const auto& p) { return p.second == sound; }));
}

} // namespace

class ShipTest final : public QObject
{
    Q_OBJECT

private slots:
    void soundsFollowTheRoutineOnTheClock();
    void settingsSaySoundIsUnavailableAndKeepTheChoice();
    void aboutCopiesTheLogAndOpensItsFolder();
    void wholeCheckAndExportLeaveNoHealthDataInTheLog();
};

void ShipTest::soundsFollowTheRoutineOnTheClock()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.show();
    CheckFlow* flow = window.checkFlow();
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(5);
    flow->next(); // pain
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    for (int i = 0; i < 12 && flow->page() != Page::Plan; ++i) {
        if (flow->page() == Page::Group) {
            if (auto* pair = flow->findChild<QStackedWidget*>(QStringLiteral("checkPages"))
                                 ->currentWidget()
                                 ->findChild<RatingPair*>()) {
                pair->setRating({i == 0 ? 8 : 3, 3});
            }
        }
        flow->next();
    }
    QCOMPARE(flow->page(), Page::Plan);
    QVERIFY(!flow->plan().steps.empty());
    const int hold = flow->plan().steps.front().seconds;
    const auto start = fx.clock.now();
    flow->next(); // Start routine
    QCOMPARE(flow->page(), Page::Player);
    // 100 ms at a time through the first step: get-ready (5 s), the hold, the end.
    const auto end = start + std::chrono::seconds(5 + hold);
    while (fx.clock.now() < end) {
        fx.clock.advance(100ms);
        flow->player()->tick();
    }
    QCOMPARE(count(fx.sounds, Sound::GetReadyTick), std::size_t{5});
    QCOMPARE(count(fx.sounds, Sound::LastSecondsTick), std::size_t{5});
    QCOMPARE(count(fx.sounds, Sound::HoldEnd), std::size_t{1});
    QCOMPARE(fx.sounds.played.front().first, start);
    QCOMPARE(fx.sounds.played.back().second, Sound::HoldEnd);
    QCOMPARE(fx.sounds.played.back().first, end);
    // The last five seconds: at 5, 4, 3, 2 and 1 s left on the countdown.
    QCOMPARE(fx.sounds.played[5].first, end - 5s);
    QCOMPARE(fx.sounds.played[9].first, end - 1s);
    // Paused: silent, however long.
    fx.sounds.played.clear();
    flow->player()->togglePause();
    for (int i = 0; i < 100; ++i) {
        fx.clock.advance(100ms);
        flow->player()->tick();
    }
    QVERIFY(fx.sounds.played.empty());
}

void ShipTest::settingsSaySoundIsUnavailableAndKeepTheChoice()
{
    testing::Fixture fx;
    fx.sounds.problemText = QStringLiteral("No sound device was found.");
    SoundSettings settings(fx.services);
    settings.show();
    QVERIFY(settings.status()->text().startsWith(QStringLiteral("Sound is unavailable")));
    QVERIFY(settings.status()->text().contains(fx.sounds.problemText));
    // Every control is a named tab stop.
    for (QWidget* control :
         std::initializer_list<QWidget*>{settings.enabledBox(), settings.volumeSlider()}) {
        QVERIFY(control->focusPolicy() & Qt::TabFocus);
        QVERIFY(!control->accessibleName().isEmpty());
        QVERIFY(!control->accessibleDescription().isEmpty());
    }
    settings.volumeSlider()->setValue(35);
    QCOMPARE(fx.sounds.volume, 35);
    settings.enabledBox()->setChecked(false);
    QVERIFY(!fx.sounds.enabled);

    // A window started later applies the saved choice before Settings is ever opened.
    fx.sounds.problemText.clear();
    fx.sounds.enabled = true;
    fx.sounds.volume = -1;
    MainWindow window(fx.services);
    QVERIFY(!fx.sounds.enabled);
    QCOMPARE(fx.sounds.volume, 35);
    SoundSettings again(fx.services);
    QCOMPARE(again.status()->text(),
             QStringLiteral("Sound off: the screen flashes and shows every cue."));
    again.enabledBox()->setChecked(true);
    QCOMPARE(again.status()->text(), QStringLiteral("Sound on, at 35 %."));
}

void ShipTest::aboutCopiesTheLogAndOpensItsFolder()
{
    testing::Fixture fx;
    QTemporaryDir state;
    const StateFolderIn redirect(state);
    LogButtons buttons(fx.services);
    buttons.copyButton()->click();
    QCOMPARE(buttons.status()->text(), QStringLiteral("There is no log yet: nothing was copied."));
    buttons.openFolderButton()->click();
    QVERIFY(fx.prompter.opened.isEmpty());

    const QString folder = state.filePath(QStringLiteral("tightside"));
    QVERIFY(QDir().mkpath(folder));
    for (const auto& [name, text] : {std::pair{"tightside.1.log", "older line\n"},
                                     std::pair{"tightside.log", "newest line\n"}}) {
        QFile file(folder + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    buttons.copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("older line\nnewest line\n"));
    buttons.openFolderButton()->click();
    QCOMPARE(fx.prompter.opened, QStringList{folder});
    QVERIFY(buttons.copyButton()->focusPolicy() & Qt::TabFocus);
    QVERIFY(!buttons.openFolderButton()->accessibleName().isEmpty());
}

void ShipTest::wholeCheckAndExportLeaveNoHealthDataInTheLog()
{
    testing::Fixture fx;
    QTemporaryDir state;
    const StateFolderIn redirect(state);
    const std::string logPath = app::startLog("trace");
    QVERIFY(!logPath.empty());
    {
        fx.preferences.welcomeAcknowledged.set(true);
        MainWindow window(fx.services);
        window.show();
        CheckFlow* flow = window.checkFlow();
        testing::passSafetyQuestions(flow);
        flow->next();
        flow->next();
        flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(7);
        flow->next();
        if (flow->page() == Page::Activities) {
            flow->next(); // what matters to you: optional, left empty
        }
        const int ratings[][2] = {{9, 2}, {6, 6}, {1, 8}, {5, 5}, {4, 4}};
        for (const auto& rating : ratings) {
            QCOMPARE(flow->page(), Page::Group);
            flow->findChild<QStackedWidget*>(QStringLiteral("checkPages"))
                ->currentWidget()
                ->findChild<RatingPair*>()
                ->setRating({rating[0], rating[1]});
            flow->next();
        }
        while (flow->page() != Page::Plan) {
            flow->next();
        }
        flow->next();
        for (int i = 0; i < 400 && flow->page() == Page::Player; ++i) {
            fx.clock.advance(1s);
            flow->player()->tick();
        }
        QCOMPARE(flow->page(), Page::Recheck);
        flow->findChild<RatingInput*>(QStringLiteral("painAfter"))->setValue(3);
        testing::rateRecheck(flow);
        flow->findChild<QPlainTextEdit*>(QStringLiteral("notes"))
            ->setPlainText(QStringLiteral("zebra-quartz-4711 the left knee clicked"));
        flow->next();
        QCOMPARE(flow->page(), Page::Summary);
        // A broken session beside it, to be quarantined when History reads the folder.
        QFile broken(fx.dataDir() + QStringLiteral("/sessions/20261101T080000Z-0000abcd.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"notes": "okapi-marble-8123", "pain_now": 9)");
        broken.close();
        window.showPlace(MainWindow::Place::History);
        QTRY_COMPARE(window.historyPage()->model()->rowCount(), 1);
        QSignalSpy exported(window.historyPage(), &HistoryPage::exportFinished);
        const QString csv = fx.temp.filePath(QStringLiteral("export.csv"));
        QVERIFY(window.historyPage()->startExport(QStringLiteral("csv"), csv));
        QTRY_COMPARE(exported.size(), 1);
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().contains("zebra-quartz-4711")); // it was there to be leaked
    }
    app::stopLog();
    QFile logFile(QString::fromStdString(logPath));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    QString log = QString::fromUtf8(logFile.readAll());
    log.replace(fx.temp.path(), QStringLiteral("TMP"));
    log.replace(state.path(), QStringLiteral("STATE"));
    QVERIFY2(log.contains(QStringLiteral("quarantined TMP/data/sessions/20261101T080000Z")),
             qPrintable(log));
    // Only the messages: the time stamps hold digits of their own.
    QStringList messages;
    for (const QString& line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        messages << line.section(QStringLiteral("] "), 1);
    }
    const QString text = messages.join(QLatin1Char('\n'));
    for (const char* secret : {"zebra", "quartz", "4711", "knee", "okapi", "marble", "8123", "pain",
                               "notes", "ratings", "recheck"}) {
        QVERIFY2(!text.contains(QLatin1String(secret), Qt::CaseInsensitive),
                 qPrintable(
                     QStringLiteral("the log holds \"%1\":\n%2").arg(QLatin1String(secret), text)));
    }
}

QTEST_MAIN(ShipTest)
#include "test_ship.moc"
