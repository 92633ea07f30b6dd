// The screen-reader walk: every page of the window is visited as a screen reader meets it,
// through QAccessible (the interface the AT-SPI bus reads). On every page, every visible text
// is heard, every control has a name and a role, containers that hold text are named, nothing
// is heard twice, reading order follows the screen, focus is on a control, and Tab reaches
// every visible control. A new control without a name, or a text only shown as pixels, fails.

#include "checkwalk.h"
#include "fakes.h"
#include "walker.h"

#include "checkflow.h"
#include "player.h"
#include "ratinginput.h"

#include "tightside/gui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace tightside;
using namespace tightside::gui;
using Page = CheckFlow::Page;

class WalkTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QAccessible::setActive(true); }
    void everyPageIsHeardWhole_data();
    void everyPageIsHeardWhole();
};

void WalkTest::everyPageIsHeardWhole_data()
{
    testing::addScreenSizes();
}

void WalkTest::everyPageIsHeardWhole()
{
    QFETCH(QSize, size);
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(size);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStringList problems;
    QStringList pages;
    const auto audit = [&](const QString& page) {
        pages << page;
        problems << testing::auditPage(&window, page);
    };
    audit(QStringLiteral("welcome"));
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    audit(QStringLiteral("safety questions"));
    testing::passSafetyQuestions(flow);
    flow->next();
    audit(QStringLiteral("precautions"));
    flow->next();
    audit(QStringLiteral("pain"));
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(4);
    flow->next();
    QCOMPARE(flow->page(), Page::Activities); // due: never rated
    audit(QStringLiteral("activities"));
    flow->next();
    const int ratings[][2] = {{7, 4}, {3, 3}, {2, 6}, {5, 5}, {4, 4}};
    std::size_t group = 0;
    while (flow->page() == Page::Group) {
        if (group < 5) {
            testing::currentCheckPage(flow)->findChild<RatingPair*>()->setRating(
                {ratings[group][0], ratings[group][1]});
        }
        audit(testing::currentCheckPage(flow)->objectName());
        ++group;
        flow->next();
    }
    audit(QStringLiteral("minutes"));
    flow->next();
    audit(QStringLiteral("plan"));
    flow->next();
    QCOMPARE(flow->page(), Page::Player);
    audit(QStringLiteral("player"));
    flow->player()->stopForPain();
    audit(QStringLiteral("player stopped for pain"));
    while (flow->page() == Page::Player) {
        flow->player()->skip();
        if (flow->page() == Page::Player &&
            flow->player()->routine()->phase() == core::RoutinePhase::PainStop) {
            flow->player()->findChild<QPushButton*>(QStringLiteral("painFinish"))->click();
        }
    }
    QCOMPARE(flow->page(), Page::Recheck);
    testing::rateRecheck(flow);
    audit(QStringLiteral("re-check"));
    flow->next();
    QCOMPARE(flow->page(), Page::Summary);
    audit(QStringLiteral("summary"));
    flow->next(); // a new check
    flow = window.checkFlow();
    testing::currentCheckPage(flow)->findChildren<QAbstractButton*>().value(0)->click();
    testing::passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    audit(QStringLiteral("see a clinician"));
    flow->findChild<QPushButton*>(QStringLiteral("seekCareDone"))->click();
    QCoreApplication::processEvents();
    problems << testing::focusProblems(&window).replaceInStrings(
        QRegularExpression(QStringLiteral("^")), QStringLiteral("after Close this check: "));
    for (auto place :
         {MainWindow::Place::History, MainWindow::Place::Settings, MainWindow::Place::About}) {
        window.showPlace(place);
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
        audit(QStringLiteral("place %1").arg(static_cast<int>(place)));
    }
    QCOMPARE(pages.size(), 22);
    problems.removeDuplicates();
    for (const QString& line : problems) {
        qInfo().noquote() << line;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

QTEST_MAIN(WalkTest)
#include "test_walk.moc"
