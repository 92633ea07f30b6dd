// Issue 16, item by item: each test names the item it proves. The tree is read through
// QAccessible (tests/gui/walker.h), as the AT-SPI bus reads it; the rest are widget tests.

#include "checkwalk.h"
#include "fakes.h"
#include "pagetext.h"
#include "walker.h"

#include "checkflow.h"
#include "historychart.h"
#include "planpage.h"
#include "player.h"
#include "ratinginput.h"

#include "tightside/core/rulesengine.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/store/sessionstore.h"

#include <algorithm>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFontInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;
using namespace tightside;
using namespace tightside::gui;
using Page = CheckFlow::Page;

namespace {

QPushButton* nextButton(CheckFlow* flow)
{
    return flow->findChild<QPushButton*>(QStringLiteral("navNext"));
}

/// A window on the fixture's folder, shown at `size`, the welcome acknowledged.
std::unique_ptr<MainWindow> openWindow(testing::Fixture& fx, QSize size = {1366, 768})
{
    fx.preferences.welcomeAcknowledged.set(true);
    auto window = std::make_unique<MainWindow>(fx.services);
    window->resize(size);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get())) {
        qWarning() << "window not active";
    }
    return window;
}

/// Answers up to the plan: no red flag, pain 5, the five leg groups rated with `ratings`, the
/// optional groups with `optional` (or skipped).
void answerUpToPlan(CheckFlow* flow, const std::vector<core::Rating>& ratings,
                    std::optional<core::Rating> optional = std::nullopt)
{
    testing::passSafetyQuestions(flow);
    flow->next(); // precautions
    flow->next(); // pain
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(5);
    flow->next();
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    std::size_t group = 0;
    while (flow->page() == Page::Group) {
        QWidget* page = testing::currentCheckPage(flow);
        if (group < ratings.size()) {
            page->findChild<RatingPair*>()->setRating(ratings[group]);
        } else if (optional) {
            page->findChild<QCheckBox*>(QStringLiteral("optionalDone"))->setChecked(true);
            page->findChild<RatingPair*>()->setRating(*optional);
        }
        ++group;
        flow->next();
    }
    flow->next(); // minutes
}

const std::vector<core::Rating> kTwoSteps{{7, 4}, {3, 3}, {2, 6}, {5, 5}, {4, 4}};

QList<testing::AccessNode> treeOf(QWidget* window)
{
    QCoreApplication::processEvents();
    return testing::accessTree(window);
}

} // namespace

class ItemsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QAccessible::setActive(true); }
    void item01NerveSignsAreHeard();
    void item02PlayerButtonsAreReachedByTab();
    void item03PlayerAndHistoryNodesAreNamed();
    void item04FocusAfterCloseThisCheckIsOnAControl();
    void item05EachSafetyQuestionIsHeardOnce();
    void item06RecheckQuestionIsReadBeforeItsSlider();
    void item07SettingsNameTheEngineAndTheFolderTruly();
    void item08SeekCareShowsTheListOfAnswers();
    void item09BalancedListNamesTflAndLats();
    void item10VoiceOnOnlyOnceTheVoiceIsHeard();
    void item11StartedIsWhenTheCheckBegan();
    void item12PainStartsUnansweredAndNextWaits();
    void item12GroupAndRecheckRatingsStartUnanswered();
    void item13NoDoubledWordsOrLegsForLats();
    void item14PlanReadsForAPersonWithRulesOnDemand_data();
    void item14PlanReadsForAPersonWithRulesOnDemand();
    void item15SafetyQuestionsCannotBePassedUnseen_data();
    void item15SafetyQuestionsCannotBePassedUnseen();
    void item16ChartLegendClearOfAxisAndNotesShown_data();
    void item16ChartLegendClearOfAxisAndNotesShown();
    void item17PlayerReadsFromTwoMetresFullWindow();
};

void ItemsTest::item01NerveSignsAreHeard()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(2);
    flow->next();
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    int groups = 0;
    while (flow->page() == Page::Group) {
        const core::Group& group = window->protocol().groups.at(flow->groupIndex());
        QString heard;
        for (const auto& node : treeOf(window.get())) {
            heard += node.spoken() + QLatin1Char('\n');
        }
        for (const std::string& sign : group.selfTest.stopSigns) {
            QVERIFY2(heard.contains(testing::heard(QString::fromStdString(sign))), sign.c_str());
        }
        QVERIFY(heard.contains(QStringLiteral("STOP: nerve signs")));
        ++groups;
        testing::rateShownGroup(flow);
        flow->next();
    }
    QCOMPARE(groups, 7);
}

void ItemsTest::item02PlayerButtonsAreReachedByTab()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    answerUpToPlan(flow, kTwoSteps);
    flow->next();
    QCOMPARE(flow->page(), Page::Player);
    PlayerPage* player = flow->player();
    QVERIFY(player->hasFocus());
    QStringList reached;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->objectName();
    }
    for (const char* name :
         {"playerBack", "playerPause", "playerSkip", "playerPain", "playerLeave"}) {
        QVERIFY2(reached.contains(QLatin1String(name)), qPrintable(reached.join(QLatin1Char(' '))));
    }
    // Tab goes on from the last button (the hidden place tabs do not hold it there).
    auto* leave = player->findChild<QPushButton*>(QStringLiteral("playerLeave"));
    leave->setFocus(Qt::TabFocusReason);
    QTest::keyClick(leave, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != leave);
    // With focus on Skip, Space still pauses (it does not press Skip), and Enter presses Skip.
    auto* skip = player->findChild<QPushButton*>(QStringLiteral("playerSkip"));
    skip->setFocus(Qt::TabFocusReason);
    QTest::keyClick(skip, Qt::Key_Space);
    QVERIFY(player->routine()->paused());
    QCOMPARE(player->routine()->currentIndex(), std::size_t{0});
    QTest::keyClick(skip, Qt::Key_Return);
    QCOMPARE(player->routine()->currentIndex(), std::size_t{1});
    // P from a focused button stops for pain.
    if (player->routine()->paused()) {
        QTest::keyClick(skip, Qt::Key_Space);
    }
    QVERIFY(!player->routine()->paused());
    QTest::keyClick(skip, Qt::Key_P);
    QCOMPARE(player->routine()->phase(), core::RoutinePhase::PainStop);
}

void ItemsTest::item03PlayerAndHistoryNodesAreNamed()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    answerUpToPlan(flow, kTwoSteps);
    flow->next();
    QStringList problems = testing::unnamedNodes(treeOf(window.get()));
    auto* panel = flow->findChild<QWidget*>(QStringLiteral("playerPanel"));
    QVERIFY(!QAccessible::queryAccessibleInterface(panel)->text(QAccessible::Name).isEmpty());
    while (flow->page() == Page::Player) {
        flow->player()->skip();
    }
    testing::rateRecheck(flow);
    flow->next(); // save: one row, with no notes
    window->showPlace(MainWindow::Place::History);
    QTRY_COMPARE(
        window->findChild<QTableView*>(QStringLiteral("historyTable"))->model()->rowCount(), 1);
    problems << testing::unnamedNodes(treeOf(window.get()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void ItemsTest::item04FocusAfterCloseThisCheckIsOnAControl()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    testing::currentCheckPage(flow)->findChildren<QAbstractButton*>().value(0)->click();
    testing::passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    auto* done = flow->findChild<QPushButton*>(QStringLiteral("seekCareDone"));
    done->setFocus(Qt::TabFocusReason);
    QTest::keyClick(done, Qt::Key_Space);
    QCoreApplication::processEvents();
    QVERIFY2(testing::focusProblems(window.get()).isEmpty(),
             qPrintable(testing::focusProblems(window.get()).join(QLatin1Char('\n'))));
    QCOMPARE(window->checkFlow()->page(), Page::RedFlags);
    QWidget* first = testing::currentCheckPage(window->checkFlow());
    QVERIFY(first == QApplication::focusWidget() ||
            first->isAncestorOf(QApplication::focusWidget()));
}

void ItemsTest::item05EachSafetyQuestionIsHeardOnce()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    const auto tree = treeOf(window.get());
    int questions = 0;
    for (const core::ScreeningQuestion& question : window->protocol().screening) {
        if (question.kind != core::ScreeningKind::RedFlag) {
            continue;
        }
        ++questions;
        const QString words = testing::heard(QString::fromStdString(question.question));
        int heard = 0;
        for (const auto& node : tree) {
            heard += node.spoken().contains(words) ? 1 : 0;
        }
        QVERIFY2(heard == 1, qPrintable(QStringLiteral("%1 times: %2").arg(heard).arg(words)));
    }
    QVERIFY(questions > 20);
    QVERIFY(testing::heardTwice(tree).isEmpty());
}

void ItemsTest::item06RecheckQuestionIsReadBeforeItsSlider()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    answerUpToPlan(flow, kTwoSteps);
    flow->next();
    while (flow->page() == Page::Player) {
        flow->player()->skip();
    }
    QCOMPARE(flow->page(), Page::Recheck);
    const auto tree = treeOf(window.get());
    qsizetype question = -1;
    qsizetype slider = -1;
    for (qsizetype i = 0; i < tree.size(); ++i) {
        if (tree[i].name == QStringLiteral("How much does your back hurt now?")) {
            question = i;
        }
        if (tree[i].role == QAccessible::Slider && tree[i].object->parent() != nullptr &&
            tree[i].object->parent()->objectName() == QStringLiteral("painAfter")) {
            slider = i;
        }
    }
    QVERIFY(question >= 0 && slider >= 0);
    QVERIFY(question < slider);
    QVERIFY2(testing::outOfOrder(tree).isEmpty(),
             qPrintable(testing::outOfOrder(tree).join(QLatin1Char('\n'))));
}

void ItemsTest::item07SettingsNameTheEngineAndTheFolderTruly()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    window->showPlace(MainWindow::Place::Settings);
    const auto tree = treeOf(window.get());
    const QStringList problems = testing::unnamedControls(window.get(), tree);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    auto* engines = window->findChild<QWidget*>(QStringLiteral("settingsEngine"));
    QVERIFY(engines != nullptr);
    QAccessibleInterface* engine = QAccessible::queryAccessibleInterface(engines);
    QCOMPARE(engine->role(), QAccessible::ComboBox);
    QCOMPARE(engine->text(QAccessible::Name), QStringLiteral("Speech engine"));
    QCOMPARE(engine->text(QAccessible::Value), QStringLiteral("Default"));
    auto* folder = window->findChild<QWidget*>(QStringLiteral("settingsDataDir"));
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(folder);
    QVERIFY(!face->state().editable);
    QVERIFY(face->text(QAccessible::Name).contains(fx.dataDir()) ||
            face->text(QAccessible::Value).contains(fx.dataDir()));
    QVERIFY(testing::outOfOrder(tree).isEmpty());
}

void ItemsTest::item08SeekCareShowsTheListOfAnswers()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    const auto boxes = testing::currentCheckPage(flow)->findChildren<QAbstractButton*>();
    boxes.value(0)->click();
    boxes.value(3)->click();
    testing::passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    const QString text =
        testing::heard(flow->findChild<QLabel*>(QStringLiteral("seekCareText"))->text());
    QVERIFY(text.contains(QStringLiteral("Your answers")));
    for (QAbstractButton* box : {boxes.value(0), boxes.value(3)}) {
        QVERIFY2(text.contains(testing::heard(box->text())), qPrintable(box->text()));
    }
    QVERIFY(!text.contains(testing::heard(boxes.value(1)->text())));
}

void ItemsTest::item09BalancedListNamesTflAndLats()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    // Leg groups to release, and TFL and lats rated the same on both sides.
    answerUpToPlan(flow, kTwoSteps, core::Rating{4, 4});
    QCOMPARE(flow->page(), Page::Plan);
    const auto& balanced = flow->plan().balanced;
    QVERIFY(std::find(balanced.begin(), balanced.end(), core::Region::Tfl) != balanced.end());
    QVERIFY(std::find(balanced.begin(), balanced.end(), core::Region::Lats) != balanced.end());
    const QString text = testing::pageText(flow->findChild<PlanPage*>());
    QVERIFY2(text.contains(QStringLiteral("TFL")) && text.contains(QStringLiteral("lats")),
             qPrintable(text));
}

void ItemsTest::item10VoiceOnOnlyOnceTheVoiceIsHeard()
{
    testing::Fixture fx;
    fx.cues.enabled = true;
    fx.cues.heard = false; // loaded, not yet heard
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    answerUpToPlan(flow, kTwoSteps);
    flow->next();
    auto* voice = flow->findChild<QLabel*>(QStringLiteral("playerVoice"));
    QStringList shown;
    for (int i = 0; i < 8; ++i) {
        fx.clock.advance(1s);
        flow->player()->tick();
        shown << voice->text();
    }
    QVERIFY2(!shown.contains(QStringLiteral("Voice on")), qPrintable(shown.join(QLatin1Char('|'))));
    // The voice fails: the player says so, and had never said it was on.
    fx.cues.failure = QStringLiteral("The voice cannot play.");
    fx.clock.advance(1s);
    flow->player()->tick();
    QCOMPARE(voice->text(), QStringLiteral("The voice cannot play."));
    // Another sink that is heard: now, and only now, "Voice on".
    fx.cues.failure.clear();
    fx.cues.heard = true;
    fx.clock.advance(1s);
    flow->player()->tick();
    QCOMPARE(voice->text(), QStringLiteral("Voice on"));
}

void ItemsTest::item11StartedIsWhenTheCheckBegan()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    const auto began = fx.clock.wallNow();
    CheckFlow* flow = window->checkFlow();
    fx.clock.advance(4min); // reading the safety questions
    answerUpToPlan(flow, kTwoSteps);
    fx.clock.advance(6min); // the self-tests
    flow->next();
    QCOMPARE(flow->page(), Page::Player);
    QCOMPARE(QString::fromStdString(flow->session().started),
             QString::fromStdString(core::isoUtc(began)));
    while (flow->page() == Page::Player) {
        flow->player()->skip();
    }
    fx.clock.advance(2min);
    testing::rateRecheck(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::Summary);
    QCOMPARE(QString::fromStdString(flow->session().started),
             QString::fromStdString(core::isoUtc(began)));
    QCOMPARE(QString::fromStdString(flow->session().finished.value_or("")),
             QString::fromStdString(core::isoUtc(began + 12min)));
}

void ItemsTest::item12PainStartsUnansweredAndNextWaits()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    QCOMPARE(flow->page(), Page::Pain);
    auto* pain = flow->findChild<RatingInput*>(QStringLiteral("painNow"));
    QVERIFY(!pain->answered());
    QVERIFY(!nextButton(flow)->isEnabled());
    const QString value =
        QAccessible::queryAccessibleInterface(pain->slider())->text(QAccessible::Description);
    QVERIFY2(value.contains(QStringLiteral("Not answered")), qPrintable(value));
    flow->next(); // refused: Enter or a call cannot pass it either
    QCOMPARE(flow->page(), Page::Pain);
    // Pressing Home on a slider already at 0 is an answer: 0, given.
    pain->slider()->setFocus();
    QTest::keyClick(pain->slider(), Qt::Key_Home);
    QVERIFY(pain->answered());
    QCOMPARE(pain->value(), 0);
    QVERIFY(nextButton(flow)->isEnabled());
    flow->next();
    QCOMPARE(flow->page(), Page::Activities); // never rated: due, and optional
    flow->next();
    QCOMPARE(flow->page(), Page::Group);
    QCOMPARE(flow->answers().painNow, 0);
}

// Item 12, the same rule for every rating: a group's sides and the re-check start
// unanswered, so an untouched slider is never saved as a 0 or as "no change".
void ItemsTest::item12GroupAndRecheckRatingsStartUnanswered()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(5);
    flow->next();
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    QCOMPARE(flow->page(), Page::Group);
    auto* pair = testing::currentCheckPage(flow)->findChild<RatingPair*>();
    QVERIFY(!pair->answered());
    QVERIFY(!nextButton(flow)->isEnabled());
    flow->next(); // refused
    QCOMPARE(flow->page(), Page::Group);
    QCOMPARE(flow->groupIndex(), std::size_t{0});
    pair->left()->setValue(7);
    QVERIFY(!nextButton(flow)->isEnabled()); // one side is not both
    pair->right()->setValue(4);
    QVERIFY(nextButton(flow)->isEnabled());
    flow->next();
    for (const int left : {3, 2, 5, 4}) {
        testing::currentCheckPage(flow)->findChild<RatingPair*>()->setRating({left, left});
        flow->next();
    }
    while (flow->page() == Page::Group) {
        QVERIFY(nextButton(flow)->isEnabled()); // an optional test not done is not asked
        flow->next();
    }
    flow->next(); // minutes
    QCOMPARE(flow->page(), Page::Plan);
    flow->next();
    while (flow->page() == Page::Player) {
        flow->player()->skip();
    }
    QCOMPARE(flow->page(), Page::Recheck);
    const auto pairs = flow->findChildren<RatingPair*>(QStringLiteral("recheckPair"));
    QCOMPARE(pairs.size(), 1);
    QVERIFY(!pairs[0]->answered());
    auto* painAfter = flow->findChild<RatingInput*>(QStringLiteral("painAfter"));
    QVERIFY(!painAfter->answered());
    QVERIFY(!nextButton(flow)->isEnabled());
    flow->next(); // Save refused: nothing was rated again
    QCOMPARE(flow->page(), Page::Recheck);
    pairs[0]->setRating({5, 4});
    QVERIFY(!nextButton(flow)->isEnabled()); // the pain is still not given
    painAfter->setValue(2);
    QVERIFY(nextButton(flow)->isEnabled());
    flow->next();
    QCOMPARE(flow->page(), Page::Summary);
    const auto& recheck = flow->session().recheck;
    QCOMPARE(std::count_if(recheck.begin(), recheck.end(),
                           [](const auto& rating) { return rating.has_value(); }),
             1);
    QCOMPARE(flow->session().recheckRating(core::Region::Quadriceps).value_or(core::Rating{}).left,
             5);
    QCOMPARE(flow->session().painAfter.value_or(-1), 2);
}

void ItemsTest::item13NoDoubledWordsOrLegsForLats()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(2);
    flow->next();
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    // The same word twice in a row, in the same case ("test test"); "compare. Compare" across
    // a heading and a list item is not a slip.
    static const QRegularExpression doubled(QStringLiteral("\\b(\\w+) \\1\\b"));
    QStringList slips;
    while (flow->page() == Page::Group) {
        for (const auto& node : treeOf(window.get())) {
            const auto match = doubled.match(node.spoken());
            if (match.hasMatch() && match.captured(1).toInt() == 0) {
                slips << match.captured(0) + QStringLiteral(" in ") + node.spoken().left(120);
            }
            if (node.spoken().contains(QStringLiteral("lats on both legs"))) {
                slips << node.spoken().left(120);
            }
        }
        if (testing::currentCheckPage(flow)->objectName().endsWith(QStringLiteral("lats"))) {
            QVERIFY(testing::currentCheckPage(flow)
                        ->findChild<QLabel*>(QStringLiteral("selfTestMapCaption"))
                        ->text()
                        .contains(QStringLiteral("lats on both sides")));
        }
        testing::rateShownGroup(flow);
        flow->next();
    }
    QVERIFY2(slips.isEmpty(), qPrintable(slips.join(QLatin1Char('\n'))));
}

void ItemsTest::item14PlanReadsForAPersonWithRulesOnDemand_data()
{
    testing::addScreenSizes();
}

void ItemsTest::item14PlanReadsForAPersonWithRulesOnDemand()
{
    QFETCH(QSize, size);
    testing::Fixture fx;
    auto window = openWindow(fx, size);
    CheckFlow* flow = window->checkFlow();
    answerUpToPlan(flow, kTwoSteps);
    QCOMPARE(flow->page(), Page::Plan);
    auto* page = flow->findChild<PlanPage*>();
    static const QRegularExpression ruleId(QStringLiteral("\\bM\\d+\\b"));
    QVERIFY2(!testing::pageText(page).contains(ruleId), qPrintable(testing::pageText(page)));
    // The never list: one short, calm card, not a list of four reasons.
    const QString plain = testing::pageText(page);
    const qsizetype never = plain.indexOf(QStringLiteral("Never worked on"));
    QVERIFY(never >= 0);
    QVERIFY2(plain.mid(never).split(QLatin1Char(' ')).size() < 45, qPrintable(plain.mid(never)));
    // The rules on demand: the "why" expander shows each step's rule ids.
    auto* why = flow->findChild<QCheckBox*>(QStringLiteral("planShowRules"));
    QVERIFY(why != nullptr && why->isVisible());
    why->click();
    QVERIFY(testing::pageText(page).contains(QStringLiteral("M2")));
    // The cards scroll (issue 26): the first step's card shows whole as the page opens, and
    // the never map, at the end, is whole once scrolled to.
    auto* area = flow->findChild<QScrollArea*>(QStringLiteral("planScroll"));
    QCoreApplication::processEvents();
    QCOMPARE(area->verticalScrollBar()->value(), 0);
    const auto inView = [area](const QWidget* widget) {
        const QRect onViewport(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
        return area->viewport()->rect().contains(onViewport);
    };
    auto* first = flow->findChild<QWidget*>(QStringLiteral("planStepCard"));
    QVERIFY(first != nullptr);
    QVERIFY2(inView(first), qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                           .arg(first->width())
                                           .arg(first->height())
                                           .arg(area->viewport()->width())
                                           .arg(area->viewport()->height())));
    auto* map = flow->findChild<QWidget*>(QStringLiteral("planNeverMap"));
    area->ensureWidgetVisible(map, 0, 0);
    QCoreApplication::processEvents();
    QVERIFY(inView(map));
    QVERIFY(map->height() >= map->minimumHeight());
}

void ItemsTest::item15SafetyQuestionsCannotBePassedUnseen_data()
{
    testing::addScreenSizes();
}

void ItemsTest::item15SafetyQuestionsCannotBePassedUnseen()
{
    QFETCH(QSize, size);
    testing::Fixture fx;
    auto window = openWindow(fx, size);
    CheckFlow* flow = window->checkFlow();
    QWidget* page = testing::currentCheckPage(flow);
    // Grouped by how soon a doctor is needed, as the protocol says.
    auto* today = page->findChild<QGroupBox*>(QStringLiteral("redFlagsToday"));
    auto* soon = page->findChild<QGroupBox*>(QStringLiteral("redFlagsSoon"));
    QVERIFY(today != nullptr && soon != nullptr);
    for (const core::ScreeningQuestion& question : window->protocol().screening) {
        if (question.kind != core::ScreeningKind::RedFlag) {
            continue;
        }
        QGroupBox* group = question.urgency == core::Urgency::Today ? today : soon;
        bool found = false;
        for (auto* box : group->findChildren<QAbstractButton*>()) {
            found = found || box->text() == QString::fromStdString(question.question);
        }
        QVERIFY2(found, question.question.c_str());
    }
    // Some are below the fold, and Next waits.
    auto* area = qobject_cast<QScrollArea*>(page);
    QVERIFY(area != nullptr);
    QVERIFY(area->verticalScrollBar()->maximum() > 0);
    QVERIFY(!nextButton(flow)->isEnabled());
    flow->next();
    QCOMPARE(flow->page(), Page::RedFlags);
    // Scrolled through to the end: Next is there.
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    QVERIFY(nextButton(flow)->isEnabled());

    // A fresh check: Tab through the whole list also does it, by keyboard alone.
    testing::Fixture other;
    auto second = openWindow(other, size);
    CheckFlow* flow2 = second->checkFlow();
    QVERIFY(!nextButton(flow2)->isEnabled());
    for (int i = 0; i < 40 && !nextButton(flow2)->isEnabled(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY(nextButton(flow2)->isEnabled());

    // Or an explicit "none of these".
    testing::Fixture third;
    auto window3 = openWindow(third, size);
    CheckFlow* flow3 = window3->checkFlow();
    auto* none = flow3->findChild<QCheckBox*>(QStringLiteral("noneOfThese"));
    QVERIFY(none != nullptr);
    QVERIFY(!nextButton(flow3)->isEnabled());
    none->click();
    QVERIFY(nextButton(flow3)->isEnabled());
    // A Yes and "none of these" cannot both stand.
    testing::currentCheckPage(flow3)
        ->findChild<QGroupBox*>(QStringLiteral("redFlagsToday"))
        ->findChildren<QAbstractButton*>()
        .value(0)
        ->click();
    QVERIFY(!none->isChecked());
}

void ItemsTest::item16ChartLegendClearOfAxisAndNotesShown_data()
{
    testing::addScreenSizes();
}

void ItemsTest::item16ChartLegendClearOfAxisAndNotesShown()
{
    QFETCH(QSize, size);
    testing::Fixture fx;
    {
        const core::Protocol& protocol = core::builtinProtocol();
        store::SessionStore store(fx.dataDir(), protocol);
        for (int i = 0; i < 3; ++i) {
            core::Session session = testing::sampleSession(
                i, std::chrono::system_clock::time_point{} + std::chrono::hours(24 * (20000 + i)));
            session.notes = "Felt looser on the left after the second pass.";
            QVERIFY(store.finish(session).ok());
        }
    }
    auto window = openWindow(fx, size);
    window->showPlace(MainWindow::Place::History);
    auto* table = window->findChild<QTableView*>(QStringLiteral("historyTable"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCoreApplication::processEvents();
    // The large chart beside a session's detail (the dashboard's small ones have no legend).
    auto* chart = window->findChild<HistoryChart*>(QStringLiteral("historyChart"));
    QVERIFY(chart != nullptr && chart->isVisible());
    const QRect legend = chart->legendRect();
    for (int value = 0; value <= 10; value += 2) {
        QVERIFY2(!legend.intersects(chart->axisLabelRect(value)),
                 qPrintable(QString::number(value)));
    }
    QVERIFY(chart->rect().contains(legend));
    // The Notes column is on screen, wide enough to read, with no sideways scrolling.
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const int notes = table->columnViewportPosition(table->model()->columnCount() - 1);
    QVERIFY(notes >= 0);
    QVERIFY2(table->viewport()->width() - notes >= table->fontMetrics().averageCharWidth() * 12,
             qPrintable(QStringLiteral("%1 of %2").arg(notes).arg(table->viewport()->width())));
}

void ItemsTest::item17PlayerReadsFromTwoMetresFullWindow()
{
    testing::Fixture fx;
    auto window = openWindow(fx);
    CheckFlow* flow = window->checkFlow();
    answerUpToPlan(flow, kTwoSteps);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("places"));
    QVERIFY(tabs->tabBar()->isVisible());
    flow->next();
    QCOMPARE(flow->page(), Page::Player);
    QVERIFY(!tabs->tabBar()->isVisible());
    for (const char* name : {"playerSteps", "playerTechnique", "playerCue", "playerMapCaption"}) {
        auto* label = flow->findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(QFontInfo(label->font()).pixelSize() >= 16,
                 qPrintable(QStringLiteral("%1: %2 px")
                                .arg(QLatin1String(name))
                                .arg(QFontInfo(label->font()).pixelSize())));
    }
    // Esc still asks before leaving; staying keeps the routine full-window.
    fx.prompter.confirmAnswer = false;
    QTest::keyClick(flow->player(), Qt::Key_Escape);
    QCOMPARE(fx.prompter.asked.value(0), QStringLiteral("Leave the routine?"));
    QCOMPARE(flow->page(), Page::Player);
    QVERIFY(!tabs->tabBar()->isVisible());
    fx.prompter.confirmAnswer = true;
    QTest::keyClick(flow->player(), Qt::Key_Escape);
    QCOMPARE(flow->page(), Page::Recheck);
    QVERIFY(tabs->tabBar()->isVisible());
}

QTEST_MAIN(ItemsTest)
#include "test_items.moc"
