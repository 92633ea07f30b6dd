#pragma once

#include "checkflow.h"

#include <QString>
#include <QWidget>

#include <cstddef>
#include <optional>

namespace tightside::gui {

/// Where the person is in a check, at a glance (issue 26, docs/design.md): Safety ·
/// Precautions · Pain · Tests · Plan · Routine · Re-check, each a numbered circle and a word;
/// the steps behind are ticked, the current one is filled and bold, the tests say which group
/// of how many. When the window is too narrow for every word, only the current step keeps its
/// word. It shows the flow's state and takes no focus; a screen reader hears "Step 4 of 7:
/// Tests 2 of 5".
class CheckStepper final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckStepper)

public:
    enum class Step
    {
        Safety,
        Precautions,
        Pain,
        Tests,
        Plan,
        Routine,
        Recheck,
    };
    static constexpr int kSteps = 7;

    /// The step a page belongs to; none for the two that end a check: seek care and the
    /// summary, where every step is done. (The flow hides the stepper on seek care and while
    /// the player has the window to itself.)
    static std::optional<Step> stepOf(CheckFlow::Page page);

    explicit CheckStepper(QWidget* parent = nullptr);

    /// Shows `step` as the current one (the tests as group `group` + 1 of `groups`), or, with
    /// no step, every step done.
    void showStep(std::optional<Step> step, std::size_t group = 0, std::size_t groups = 0);
    /// The word under a step's circle, as drawn ("Tests 2 of 5" for the current tests).
    QString stepName(int index) const;
    /// The step shown, 0 to 6; kSteps when every step is done.
    int current() const { return m_current; }
    /// True when every word fits; false when only the current step's word is drawn.
    bool allNamesShown() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The width of every step drawn with its word (`all`) or only the current one's.
    int widthNeeded(bool all) const;
    int circle() const;

    int m_current = 0;
    std::size_t m_group = 0;
    std::size_t m_groups = 0;
};

} // namespace tightside::gui
