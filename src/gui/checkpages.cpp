// The Check place's pages (CheckFlow): which stack index holds which page, and each page
// built the first time it is needed, with its signals wired to the flow. Navigation itself
// (what Next and Back do) lives in checkflow.cpp.

#include "checkflow.h"

#include "activitiespage.h"
#include "checksession.h"
#include "grouppage.h"
#include "layouthelpers.h"
#include "minutespage.h"
#include "painpage.h"
#include "planpage.h"
#include "player.h"
#include "recheckpage.h"
#include "screeningpage.h"
#include "seekcarepage.h"
#include "summarypage.h"

#include "tightside/gui/preferences.h"

#include <QLayout>
#include <QStackedWidget>

namespace tightside::gui {

int CheckFlow::pageIndex(Page page, std::size_t groupIndex) const
{
    const int groups = static_cast<int>(m_protocol.groups.size());
    switch (page) {
    case Page::RedFlags:
        return 0;
    case Page::SeekCare:
        return 1;
    case Page::Precautions:
        return 2;
    case Page::Pain:
        return 3;
    case Page::Activities:
        return 4;
    case Page::Group:
        return 5 + static_cast<int>(groupIndex);
    case Page::Minutes:
        return 5 + groups;
    case Page::Plan:
        return 6 + groups;
    case Page::Player:
        return 7 + groups;
    case Page::Recheck:
        return 8 + groups;
    case Page::Summary:
        return 9 + groups;
    }
    return 0;
}

CheckFlow::Page CheckFlow::page() const
{
    const int index = m_stack->currentIndex();
    const int groups = static_cast<int>(m_protocol.groups.size());
    if (index < 5) {
        return static_cast<Page>(index);
    }
    if (index < 5 + groups) {
        return Page::Group;
    }
    return static_cast<Page>(index - groups + 1);
}

QWidget* CheckFlow::buildPage(Page page, std::size_t groupIndex)
{
    switch (page) {
    case Page::RedFlags:
        return m_redFlags;
    case Page::SeekCare:
        m_seekCare = new SeekCarePage(&m_services.prompter, this);
        connect(m_seekCare, &SeekCarePage::closeRequested, this, &CheckFlow::newCheckRequested);
        return m_seekCare;
    case Page::Precautions:
        m_precautions = new ScreeningPage(m_protocol, core::ScreeningKind::Precaution, this);
        // Standing precautions (contracts.md, third wave): last check's, ticked, "still true?".
        m_precautions->offerStanding(m_check->standingPrecautions());
        return m_precautions;
    case Page::Pain:
        m_pain = new PainPage(this);
        connect(m_pain, &PainPage::answeredChanged, this, &CheckFlow::updateNav);
        return m_pain;
    case Page::Activities:
        m_activities = new ActivitiesPage(this);
        connect(m_activities, &ActivitiesPage::readyChanged, this, &CheckFlow::updateNav);
        connect(m_activities, &ActivitiesPage::skipRequested, this, [this] {
            m_activities->offer({}); // skipped: nothing of this page is recorded
            // Only the time, so the activities wait a week like after a rating.
            m_services.preferences.activitiesSkipped.set(
                QString::fromStdString(core::isoUtc(m_services.clock.wallNow())));
            show(Page::Group, 0);
        });
        return m_activities;
    case Page::Group:
        m_groups.at(groupIndex) =
            new GroupPage(m_protocol, m_protocol.groups.at(groupIndex), m_services, this);
        connect(m_groups.at(groupIndex), &GroupPage::answeredChanged, this, &CheckFlow::updateNav);
        return m_groups.at(groupIndex);
    case Page::Minutes:
        m_minutes = new MinutesPage(this);
        return m_minutes;
    case Page::Plan:
        m_planPage = new PlanPage(m_protocol, this);
        return m_planPage;
    case Page::Player:
        m_player = new PlayerPage(m_protocol, m_services, this);
        connect(m_player, &PlayerPage::progressChanged, this, &CheckFlow::saveProgress);
        connect(m_player, &PlayerPage::routineFinished, this, [this] {
            saveProgress();
            showRecheck();
        });
        return m_player;
    case Page::Recheck:
        m_recheck = new RecheckPage(m_protocol, m_services, this);
        connect(m_recheck, &RecheckPage::answeredChanged, this, &CheckFlow::updateNav);
        return m_recheck;
    case Page::Summary:
        m_summary = new SummaryPage(this);
        connect(m_summary, &SummaryPage::historyRequested, this, &CheckFlow::historyRequested);
        return m_summary;
    }
    return nullptr;
}

QWidget* CheckFlow::ensurePage(Page page, std::size_t groupIndex)
{
    QWidget* slot = m_stack->widget(pageIndex(page, groupIndex));
    if (page == Page::RedFlags) {
        return slot;
    }
    if (QLayoutItem* built = slot->layout()->itemAt(0)) {
        return built->widget();
    }
    QWidget* built = buildPage(page, groupIndex);
    fillHolder(slot, built);
    return built;
}

PlayerPage* CheckFlow::player()
{
    ensurePage(Page::Player);
    return m_player;
}

} // namespace tightside::gui
