#pragma once

#include "tightside/core/protocol.h"

#include <QScrollArea>

#include <map>
#include <string>
#include <vector>

class QAbstractButton;
class QCheckBox;
class QLabel;

namespace tightside::gui {

/// The safety questions (red flags) or the precautions: one tick box per screening question of
/// that kind, each read once, as its own name. It scrolls when the window is too small for it.
///
/// The safety questions come in two groups, "needs a doctor today" and "needs a doctor soon",
/// as the protocol ranks them, and none can be passed unseen: the page is ready() only once
/// the list was seen to its end (scrolled or tabbed through) or "None of these is true for me"
/// was ticked. Precautions are always ready: a precaution changes the plan, it never stops it.
class ScreeningPage final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreeningPage)

public:
    ScreeningPage(const core::Protocol& protocol, core::ScreeningKind kind,
                  QWidget* parent = nullptr);

    /// Precautions only: ticks the questions of `ids` (last check's answers) and says above the
    /// list that they were ticked last time and to untick any no longer true. Unknown ids are
    /// left out; an empty list changes nothing.
    void offerStanding(const std::vector<std::string>& ids);
    /// The ids of the questions ticked Yes, in id order.
    std::vector<std::string> ticked() const;
    /// True when Next may go on from this page.
    bool ready() const;
    /// What to do for ready() to become true, in plain words; empty when ready.
    QString notReadyHint() const;

    /// The size Qt gives any scroll area with a long page in it (it caps the hint at 36 by 24
    /// lines), without laying the questions out at a guessed width to find that out.
    QSize sizeHint() const override;

signals:
    void readyChanged();

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The section headers in their tone's ink, for the palette in use.
    void refreshColours();
    void noteWhatIsSeen();
    void ticksChanged();

    bool m_redFlags = false;
    QLabel* m_standing = nullptr;
    std::map<std::string, QAbstractButton*> m_boxes;
    QCheckBox* m_none = nullptr;
    bool m_seenToEnd = false;
    bool m_wasReady = false;
    /// "Needs a doctor today" (safety red) and "Needs a doctor soon" (caution amber).
    QLabel* m_todayHeader = nullptr;
    QLabel* m_soonHeader = nullptr;
};

} // namespace tightside::gui
