#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/core/session.h"
#include "tightside/gui/services.h"

#include <QWidget>

#include <map>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace tightside::store {
class SessionStore;
}

namespace tightside::gui {

class PlayerPage;
class RatingInput;
class RatingPair;

/// The Check place: screening, precautions, pain, one page per group, minutes, the plan, the
/// routine player, the re-check and the summary. Pages keep their widgets, so Back keeps every
/// answer. Progress is saved through the store as the routine goes (crash resume).
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
        Group,
        Minutes,
        Plan,
        Player,
        Recheck,
        Summary,
    };

    CheckFlow(const core::Protocol& protocol, Services& services, store::SessionStore& store,
              QWidget* parent = nullptr);

    Page page() const;
    /// Index of the group page shown (into the protocol's groups) when page() is Group.
    std::size_t groupIndex() const { return m_groupIndex; }
    void next();
    void back();
    /// The answers as the pages hold them now.
    core::Answers answers() const;
    const core::Plan& plan() const { return m_plan; }
    const core::Session& session() const { return m_session; }
    /// The routine player (built on first use).
    PlayerPage* player();
    /// Continues a session that was interrupted: back to the player after its last done step.
    void resumeSession(const core::Session& session);
    /// Goes straight to the re-check for an interrupted session (keep what was done).
    void finishSession(const core::Session& session);

protected:
    void keyPressEvent(QKeyEvent* event) override;

signals:
    /// A finished session was written to sessions/ (refresh history).
    void sessionSaved(const QString& id);
    /// The user asked to see the history from the summary.
    void historyRequested();
    /// The user asked for a fresh check from the summary or the seek-care page.
    void newCheckRequested();
    /// Saving failed: the text says what happened and what to do.
    void saveFailed(const QString& message);

private:
    QWidget* buildRedFlags();
    QWidget* buildSeekCare();
    QWidget* buildPrecautions();
    QWidget* buildPain();
    /// `group` must be an element of m_protocol.groups: its position names the page.
    QWidget* buildGroup(const core::Group& group);
    QWidget* buildMinutes();
    QWidget* buildPlan();
    QWidget* buildRecheck();
    QWidget* buildSummary();
    QWidget* buildPlayer();
    /// The page's widget, built on first use (start-up stays fast); `groupIndex` names the
    /// group page.
    QWidget* ensurePage(Page page, std::size_t groupIndex = 0);
    void show(Page page, std::size_t groupIndex = 0);
    void updateNav();
    void makePlan();
    void fillPlanMaps();
    void showSeekCare(const core::Plan& plan);
    void startRoutine();
    void saveProgress();
    void prepareRecheck();
    void save();
    void syncDone();
    int pageIndex(Page page, std::size_t groupIndex) const;

    const core::Protocol& m_protocol;
    Services& m_services;
    store::SessionStore& m_store;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_where = nullptr;
    std::map<std::string, QCheckBox*> m_flagBoxes;
    std::map<std::string, QCheckBox*> m_precautionBoxes;
    RatingInput* m_painNow = nullptr;
    QCheckBox* m_flareUp = nullptr;
    std::vector<RatingPair*> m_groupPairs;
    std::vector<QCheckBox*> m_groupDone;
    QCheckBox* m_useMinutes = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLabel* m_seekCareTitle = nullptr;
    QLabel* m_seekCareText = nullptr;
    QTextBrowser* m_planText = nullptr;
    QWidget* m_planMaps = nullptr;
    PlayerPage* m_player = nullptr;
    QWidget* m_recheckBox = nullptr;
    std::vector<std::pair<core::Region, RatingPair*>> m_recheckPairs;
    std::vector<QWidget*> m_recheckFrames;
    RatingInput* m_painAfter = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_summaryText = nullptr;
    std::size_t m_groupIndex = 0;
    core::Plan m_plan;
    core::Session m_session;
    bool m_sessionStarted = false;
};

} // namespace tightside::gui
