// The routine player against the plan it is given: what it shows comes from the plan's steps,
// and the screen is redrawn cheaply on every 100 ms tick.

#include "checkwalk.h"
#include "fakes.h"

#include "checkflow.h"
#include "player.h"

#include "tightside/gui/mainwindow.h"

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

QTEST_MAIN(PlayerTest)
#include "test_player.moc"
