#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/core/session.h"
#include "tightside/gui/appcontext.h"
#include "tightside/gui/services.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QStackedWidget;
class QVBoxLayout;

namespace tightside::gui {

class ActivitiesPage;
class CheckNav;
class CheckSession;
class CheckStepper;
class GroupPage;
class LastCheckLine;
class MinutesPage;
class PainPage;
class PlanPage;
class PlayerPage;
class RecheckPage;
class ScreeningPage;
class SeekCarePage;
class SummaryPage;

/// The Check place's navigation: which page shows, Back and Next, and what Next does on each
/// page. The pages build and show themselves; the CheckSession holds the plan and the session
/// and talks to the store. Pages are built on first use and keep their widgets, so start-up
/// stays fast and Back keeps every answer.
class CheckFlow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckFlow)

public:
    /// Every page, in the order Next walks through them (group pages are consecutive).
    enum class Page
    {
        RedFlags,
        SeekCare,
        Precautions,
        Pain,
        /// What matters to the person: only when due (at most once a week), skippable.
        Activities,
        Group,
        Minutes,
        Plan,
        Player,
        Recheck,
        Summary,
    };

    /// The flow (through its CheckSession) keeps `context` alive as long as it lives.
    CheckFlow(std::shared_ptr<const AppContext> context, Services& services,
              QWidget* parent = nullptr);

    Page page() const;
    /// Index of the group page shown (into the protocol's groups) when page() is Group.
    std::size_t groupIndex() const { return m_groupIndex; }
    void next();
    void back();
    /// The answers as the pages hold them now.
    core::Answers answers() const;
    /// The check in progress: its plan, its session and whether it is saved.
    CheckSession& check() const { return *m_check; }
    const core::Plan& plan() const;
    const core::Session& session() const;
    /// True while dropping the flow would lose something: answers past the first page, or a
    /// session started and not yet saved (CheckSession::unsaved()).
    bool hasUnsavedWork() const;
    /// The routine player (built on first use).
    PlayerPage* player();
    /// Continues a session that was interrupted: back to the player after its last done step.
    void resumeSession(const core::Session& session);
    /// Goes straight to the re-check for an interrupted session (keep what was done).
    void finishSession(const core::Session& session);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

signals:
    /// A finished session was written to sessions/ (refresh history).
    void sessionSaved(const QString& id);
    /// A check stopped by a red flag was kept in sessions/ (refresh history).
    void stopKept(const QString& id);
    /// The user asked to see the history from the summary.
    void historyRequested();
    /// The user asked for a fresh check from the summary or the seek-care page.
    void newCheckRequested();
    /// Saving failed: the text says what happened and what to do.
    void saveFailed(const QString& message);
    /// The routine player came on screen (true) or went (false): the window gives it all its
    /// room while it runs.
    void routineShown(bool shown);

private:
    /// The page's widget, built on first use; `groupIndex` names the group page.
    QWidget* ensurePage(Page page, std::size_t groupIndex = 0);
    QWidget* buildPage(Page page, std::size_t groupIndex);
    void show(Page page, std::size_t groupIndex = 0);
    void updateNav();
    /// False while the page holds a question that must be answered (or a list that must be
    /// seen) before Next: Next is disabled, and next() does nothing.
    bool pageReady() const;
    /// Why Next waits, in plain words; empty when it does not.
    QString notReadyHint() const;
    /// After the pain page: the activities page when they are due, else the first group.
    void showAfterPain();
    void startRoutine();
    void saveProgress();
    void showRecheck();
    /// "Routine done" above the re-check, built the first time a routine ends.
    void showRoutineDone();
    void save();
    int pageIndex(Page page, std::size_t groupIndex) const;

    CheckSession* m_check = nullptr;
    const core::Protocol& m_protocol;
    Services& m_services;
    QVBoxLayout* m_layout = nullptr;
    QStackedWidget* m_stack = nullptr;
    CheckNav* m_nav = nullptr;
    /// Safety · Precautions · Pain · Tests · Plan · Routine · Re-check, above the page.
    CheckStepper* m_stepper = nullptr;
    QWidget* m_routineDone = nullptr;
    /// "Your last check was N days ago", above the first page (issue 15).
    LastCheckLine* m_lastCheck = nullptr;
    ScreeningPage* m_redFlags = nullptr;
    ScreeningPage* m_precautions = nullptr;
    SeekCarePage* m_seekCare = nullptr;
    PainPage* m_pain = nullptr;
    ActivitiesPage* m_activities = nullptr;
    /// Whether this check asks about activities (decided once, when the pain page is left).
    std::optional<bool> m_activitiesDue;
    std::vector<GroupPage*> m_groups;
    MinutesPage* m_minutes = nullptr;
    PlanPage* m_planPage = nullptr;
    PlayerPage* m_player = nullptr;
    RecheckPage* m_recheck = nullptr;
    SummaryPage* m_summary = nullptr;
    std::size_t m_groupIndex = 0;
    bool m_routineShown = false;
};

} // namespace tightside::gui
