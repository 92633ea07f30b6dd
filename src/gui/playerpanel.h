#pragma once

#include "tightside/core/region.h"
#include "tightside/core/routine.h"

#include <QFrame>
#include <QString>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace tightside::gui {

/// The panel colours of one phase of the routine player (background, border); the text on
/// the panel is always kPlayerText, and a flash swaps it with the background.
struct PhaseColours
{
    const char* background;
    const char* border;
};
inline constexpr const char* kPlayerText = "#111111";
/// The smallest text on the player, in pixels: its instructions are read from the floor.
inline constexpr int kPlayerTextPixels = 16;
/// Every phase's colours, for the contrast test.
std::vector<PhaseColours> playerPhaseColours();

/// A centred label `scale` times the usual size.
QLabel* bigLabel(QWidget* parent, const QString& name, double scale, bool bold);
/// At least kPlayerTextPixels, and a quarter larger than the text around it.
void readableFromTheFloor(QLabel* label, bool bold = false);

/// The player's centre, read from the floor: the side in huge words, the phase (its word, its
/// hint, its colours and border style), the countdown and the last cue; in a pain stop, what to
/// do instead, with "go on" and "finish". It shows the core Routine's state and decides nothing.
class PlayerPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerPanel)

public:
    explicit PlayerPanel(QWidget* parent = nullptr);

    /// The side of the step shown.
    void showSide(core::Side side);
    /// The phase of `routine` now: colours (inverted during a flash), word, countdown, hint,
    /// and the pain-stop page in a pain stop.
    void showRoutine(const core::Routine& routine);
    /// The words of the last cue (what the voice said too).
    void setCue(const QString& words);
    QString cue() const;
    /// Flashes the panel a few times: the end of a hold is never missed, sound or not.
    void flash();
    /// The least width that shows the countdown's digits and either side's word whole.
    int narrowestWidth() const;

signals:
    /// In a pain stop: the pain settled, go on with the next step.
    void goOnRequested();
    /// In a pain stop: end the routine now and check both sides.
    void finishRequested();
    /// A flash moved on: show the routine again.
    void flashStepped();

private:
    QStackedWidget* m_centre = nullptr;
    QLabel* m_side = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_cueLine = nullptr;
    QLabel* m_painAdvice = nullptr;
    QTimer* m_flashTimer = nullptr;
    int m_flashLeft = 0;
    /// The style sheet as last set.
    QString m_sheet;
};

} // namespace tightside::gui
