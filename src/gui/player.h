#pragma once

#include "tightside/core/protocol.h"
#include "tightside/core/routine.h"
#include "tightside/core/soundcues.h"
#include "tightside/gui/services.h"

#include "playerpanel.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QBoxLayout;

namespace tightside::gui {

class SvgView;

/// The routine player: one step at a time, the side in huge words, a countdown readable from
/// the floor, and "Pain is rising: stop" always one click or key (P) away. Ticks the core
/// Routine from a QTimer with the injected clock; tests call tick() after moving a fake clock.
/// The centre (phase, countdown, pain stop) is a PlayerPanel.
class PlayerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerPage)

public:
    PlayerPage(const core::Protocol& protocol, Services& services, QWidget* parent = nullptr);
    ~PlayerPage() override;

    /// Starts a routine (optionally resumed: `records` so far and the step to begin with).
    void start(std::vector<core::Step> steps, std::vector<core::StepRecord> records = {},
               std::size_t nextIndex = 0);
    /// Moves the routine to the clock's now and updates the screen.
    void tick();
    void togglePause();
    void skip();
    void back();
    void stopForPain();
    /// Asks before leaving; true when the routine was ended.
    bool requestLeave();

    const core::Routine* routine() const { return m_routine.get(); }
    /// The last cue shown, as words (what the voice said too).
    QString lastCue() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    /// The player's keys work with focus on one of its buttons too.
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// On a narrow window the body map (which repeats the plan) gives its width to the steps.
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

signals:
    /// The log of done steps changed: save progress now.
    void progressChanged();
    /// The routine ended (every step done, or the user chose to finish): go to the re-check.
    void routineFinished();

private:
    void handle(const std::vector<core::Cue>& cues);
    void refresh();
    void showStep();
    void finishNow();
    // The body map shows only where the steps beside it fit (issue 26).
    void arrangeForWidth();

    const core::Protocol& m_protocol;
    Services& m_services;
    std::unique_ptr<core::Routine> m_routine;
    core::SoundSchedule m_sounds;
    QTimer* m_timer = nullptr;
    std::size_t m_recordCount = 0;
    std::size_t m_shownStep = static_cast<std::size_t>(-1);

    QLabel* m_stepCount = nullptr;
    QLabel* m_group = nullptr;
    QLabel* m_voice = nullptr;
    QLabel* m_technique = nullptr;
    QLabel* m_steps = nullptr;
    QScrollArea* m_stepsArea = nullptr;
    /// What to keep off (the technique's), always in view under the steps.
    QWidget* m_keepOffCard = nullptr;
    QLabel* m_keepOff = nullptr;
    QLabel* m_mapCaption = nullptr;
    PlayerPanel* m_panel = nullptr;
    SvgView* m_picture = nullptr;
    // The three columns (what to do, the panel, the map) and whether the map has room.
    QBoxLayout* m_middle = nullptr;
    QBoxLayout* m_howColumn = nullptr;
    QBoxLayout* m_mapColumn = nullptr;
    // Where the body map, the drawing and the keep-off card are (arrangeForWidth).
    enum class Arrangement
    {
        Roomy,
        CardBesideTheSteps,
        CardUnderTheSteps
    };
    Arrangement m_arrangement = Arrangement::Roomy;
    SvgView* m_bodyMap = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_skipButton = nullptr;
    QPushButton* m_painButton = nullptr;
    QPushButton* m_leaveButton = nullptr;
};

} // namespace tightside::gui
