// The routine player against the plan it is given: what it shows comes from the plan's steps,
// and the screen is redrawn cheaply on every 100 ms tick.

#include "checkwalk.h"
#include "fakes.h"

#include "checkflow.h"
#include "player.h"

#include "tightside/gui/mainwindow.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QTest>

using namespace tightside;
using namespace tightside::gui;
using namespace std::chrono_literals;
using testing::answerWizard;
using Page = CheckFlow::Page;

namespace {

/// Counts the style changes a widget goes through (each setStyleSheet() is one).
class StyleChanges final : public QObject
{
public:
    explicit StyleChanges(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::StyleChange) {
            ++count;
        }
        return false;
    }
};

} // namespace

class PlayerTest final : public QObject
{
    Q_OBJECT

private slots:
    void styleSheetIsSetOnlyWhenThePhaseChanges();
    void gentleRoutineShowsTheGentleLimit();
    void stepLengthGoesIntoThePlan();
};

// Issue 11 item 8: refresh() set the panel's style sheet on every tick.
void PlayerTest::styleSheetIsSetOnlyWhenThePhaseChanges()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    CheckFlow* flow = window.checkFlow();
    answerWizard(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::Player);
    PlayerPage* player = flow->player();
    auto* panel = player->findChild<QFrame*>(QStringLiteral("playerPanel"));
    QVERIFY(panel != nullptr);
    auto* phase = player->findChild<QLabel*>(QStringLiteral("playerPhase"));
    fx.clock.advance(5s);
    player->tick();
    QCOMPARE(phase->text(), QStringLiteral("HOLD"));

    const StyleChanges changes(panel);
    const QString sheet = panel->styleSheet();
    for (int i = 0; i < 30; ++i) { // 3 s of 100 ms ticks, all in the hold
        fx.clock.advance(100ms);
        player->tick();
    }
    QCOMPARE(phase->text(), QStringLiteral("HOLD"));
    QCOMPARE(changes.count, 0);
    QCOMPARE(panel->styleSheet(), sheet);

    // A new phase does change the look.
    player->togglePause();
    QCOMPARE(phase->text(), QStringLiteral("PAUSED"));
    QVERIFY(changes.count > 0);
    QVERIFY(panel->styleSheet() != sheet);
}

namespace {

/// The wizard answered as answerWizard() does, with the flare-up ticked on the pain page.
void answerWithFlareUp(CheckFlow* flow)
{
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    QCOMPARE(flow->page(), Page::Pain);
    testing::currentPage(flow)->findChild<QCheckBox*>(QStringLiteral("flareUp"))->setChecked(true);
    flow->back();
    flow->back();
    answerWizard(flow);
}

} // namespace

// Issue 11 item 2: a gentle routine said "5 out of 10 or less" in the player.
void PlayerTest::gentleRoutineShowsTheGentleLimit()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    CheckFlow* flow = window.checkFlow();
    answerWithFlareUp(flow);
    const core::Protocol& protocol = window.protocol();
    QVERIFY(!flow->plan().steps.empty());
    for (const core::Step& step : flow->plan().steps) {
        QVERIFY(step.dosage.gentle);
        QCOMPARE(step.dosage.discomfortMax, protocol.gentle.discomfortMax);
    }
    QCOMPARE(protocol.gentle.discomfortMax, 3);
    flow->next();
    QCOMPARE(flow->page(), Page::Player);
    const QString steps = flow->player()->findChild<QLabel*>(QStringLiteral("playerSteps"))->text();
    QVERIFY2(steps.contains(QStringLiteral("3 out of 10 or less")), qPrintable(steps));
    QVERIFY(!steps.contains(QStringLiteral("5 out of 10")));
    QVERIFY2(steps.contains(QString::fromStdString(protocol.gentle.guidance).toHtmlEscaped()),
             qPrintable(steps));

    // A standard routine says the standard limit.
    testing::Fixture standard;
    standard.preferences.welcomeAcknowledged.set(true);
    MainWindow other(standard.services);
    answerWizard(other.checkFlow());
    other.checkFlow()->next();
    const QString standardSteps =
        other.checkFlow()->player()->findChild<QLabel*>(QStringLiteral("playerSteps"))->text();
    QVERIFY2(standardSteps.contains(QStringLiteral("5 out of 10 or less")),
             qPrintable(standardSteps));
}

// Issue 11 item 4, window side: Settings' step length is an input of the engine, not applied to
// the holds after it, so the plan's reasons and the player agree; gentle holds are not lengthened.
void PlayerTest::stepLengthGoesIntoThePlan()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    fx.preferences.stepSeconds.set(60);
    MainWindow window(fx.services);
    CheckFlow* flow = window.checkFlow();
    answerWizard(flow);
    QVERIFY(!flow->plan().steps.empty());
    for (const core::Step& step : flow->plan().steps) {
        QCOMPARE(step.seconds, 60);
        QCOMPARE(step.dosage.seconds, 60);
        QCOMPARE(step.why.hold, 60);
        QVERIFY(step.why.holdChosen);
        QVERIFY2(!QString::fromStdString(step.reason).contains(QStringLiteral("90")),
                 step.reason.c_str());
    }

    // Longer than the gentle hold: a flare-up's holds stay gentle.
    testing::Fixture gentle;
    gentle.preferences.welcomeAcknowledged.set(true);
    gentle.preferences.stepSeconds.set(120);
    MainWindow other(gentle.services);
    answerWithFlareUp(other.checkFlow());
    for (const core::Step& step : other.checkFlow()->plan().steps) {
        QVERIFY(step.seconds <= other.protocol().gentle.seconds);
    }
}

QTEST_MAIN(PlayerTest)
#include "test_player.moc"
