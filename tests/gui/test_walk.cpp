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
#include <QRegularExpression>
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
    testing::walkEveryPage(
        window,
        [&](const QString& page) {
            if (page == QLatin1String("after Close this check")) {
                problems << testing::focusProblems(&window).replaceInStrings(
                    QRegularExpression(QStringLiteral("^")), page + QStringLiteral(": "));
                return;
            }
            audit(page);
        },
        true);
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
