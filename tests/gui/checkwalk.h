// Walking the Check place in tests: the page shown, the standard answers, the routine run to
// its end on the fake clock, and reading what the store wrote.
#pragma once

#include "fakes.h"

#include "checkflow.h"
#include "historypage.h"
#include "player.h"
#include "ratinginput.h"

#include "tightside/gui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringList>
#include <QTest>

#include <chrono>
#include <functional>

namespace tightside::gui::testing {

using Page = CheckFlow::Page;

inline QWidget* currentPage(CheckFlow* flow)
{
    return flow->findChild<QStackedWidget*>(QStringLiteral("checkPages"))->currentWidget();
}

/// Answers the wizard with no flags: quadriceps 7/4 and adductors 2/6 are out of balance.
inline void answerWizard(CheckFlow* flow)
{
    QCOMPARE(flow->page(), Page::RedFlags);
    passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::Precautions);
    flow->next();
    QCOMPARE(flow->page(), Page::Pain);
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(5);
    flow->next();
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    const int ratings[][2] = {{7, 4}, {3, 3}, {2, 6}, {5, 5}, {4, 4}};
    for (const auto& rating : ratings) {
        QCOMPARE(flow->page(), Page::Group);
        currentPage(flow)->findChild<RatingPair*>()->setRating({rating[0], rating[1]});
        flow->next();
    }
    while (flow->page() == Page::Group) {
        flow->next(); // TFL and lats are optional: not tested today
    }
    QCOMPARE(flow->page(), Page::Minutes);
    flow->next();
    QCOMPARE(flow->page(), Page::Plan);
}

/// On a group page whose ratings are asked and not given yet, rates both sides 3: the
/// sliders start unanswered and Next waits for them.
inline void rateShownGroup(CheckFlow* flow)
{
    if (flow->page() != Page::Group) {
        return;
    }
    auto* pair = currentPage(flow)->findChild<RatingPair*>();
    if (pair != nullptr && pair->isEnabled() && !pair->answered()) {
        pair->setRating({3, 3});
    }
}

/// Rates every group on the re-check page that is not rated yet (4 and 4) and the pain after
/// (3) if it is not given yet: they start unanswered and Save waits for them.
inline void rateRecheck(CheckFlow* flow)
{
    for (RatingPair* pair : flow->findChildren<RatingPair*>(QStringLiteral("recheckPair"))) {
        if (!pair->answered()) {
            pair->setRating({4, 4});
        }
    }
    auto* pain = flow->findChild<RatingInput*>(QStringLiteral("painAfter"));
    if (pain != nullptr && !pain->answered()) {
        pain->setValue(3);
    }
}

/// Lets the fake clock run until the routine ends.
inline void runRoutineToEnd(CheckFlow* flow, FakeClock& clock)
{
    for (int i = 0; i < 400 && flow->page() == Page::Player; ++i) {
        clock.advance(std::chrono::seconds(1));
        flow->player()->tick();
    }
}

inline QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QStringList jsonFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

/// Every page of the window in the order a person meets them, `visit` called on each with its
/// name: the welcome, a whole check (the player also stopped for pain when `painStop`), the
/// re-check, the summary, a check stopped by a red flag, then History, Settings and About.
/// Each page is shown on screen when `visit` runs. The screen-reader walk and the layout test
/// walk the same way.
inline void walkEveryPage(MainWindow& window, const std::function<void(const QString&)>& visit,
                          bool painStop)
{
    visit(QStringLiteral("welcome"));
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    visit(QStringLiteral("safety questions"));
    passSafetyQuestions(flow);
    flow->next();
    visit(QStringLiteral("precautions"));
    flow->next();
    visit(QStringLiteral("pain"));
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(4);
    flow->next();
    if (flow->page() == Page::Activities) {
        visit(QStringLiteral("activities"));
        flow->next();
    }
    const int ratings[][2] = {{7, 4}, {3, 3}, {2, 6}, {5, 5}, {4, 4}};
    std::size_t group = 0;
    while (flow->page() == Page::Group) {
        if (group < 5) {
            currentPage(flow)->findChild<RatingPair*>()->setRating(
                {ratings[group][0], ratings[group][1]});
        }
        visit(currentPage(flow)->objectName());
        ++group;
        flow->next();
    }
    visit(QStringLiteral("minutes"));
    flow->next();
    visit(QStringLiteral("plan"));
    flow->next();
    QCOMPARE(flow->page(), Page::Player);
    visit(QStringLiteral("player"));
    if (painStop) {
        flow->player()->stopForPain();
        visit(QStringLiteral("player stopped for pain"));
    }
    while (flow->page() == Page::Player) {
        flow->player()->skip();
        if (flow->page() == Page::Player &&
            flow->player()->routine()->phase() == core::RoutinePhase::PainStop) {
            flow->player()->findChild<QPushButton*>(QStringLiteral("painFinish"))->click();
        }
    }
    QCOMPARE(flow->page(), Page::Recheck);
    rateRecheck(flow);
    visit(QStringLiteral("re-check"));
    flow->next();
    QCOMPARE(flow->page(), Page::Summary);
    visit(QStringLiteral("summary"));
    flow->next(); // a new check
    flow = window.checkFlow();
    currentPage(flow)->findChildren<QAbstractButton*>().value(0)->click();
    passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    visit(QStringLiteral("see a clinician"));
    flow->findChild<QPushButton*>(QStringLiteral("seekCareDone"))->click();
    QCoreApplication::processEvents();
    visit(QStringLiteral("after Close this check"));
    for (auto place :
         {MainWindow::Place::History, MainWindow::Place::Settings, MainWindow::Place::About}) {
        window.showPlace(place);
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
        if (place == MainWindow::Place::History) {
            // History reads the sessions on a thread: heard once its rows and cards are in.
            QTRY_VERIFY_WITH_TIMEOUT(!window.historyPage()->reloading(), 60000);
        }
        visit(QStringLiteral("place %1").arg(static_cast<int>(place)));
    }
}

} // namespace tightside::gui::testing
