#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace tightside::gui {

/// "Your plan for today": one card per step (its number and group, a LEFT or RIGHT badge, the
/// hold, the two ratings and the gap once, the step's body map, and why it is there behind a
/// "Why this step" disclosure), a few lines on the whole routine (its minutes, release only the
/// named side, pain stops it), then small cards for what is balanced, what waits for next time
/// and what is never worked on. Every decision is the plan's (core/checks); the page only shows
/// it. The method's rule ids stay out of the sentences; "Show the rules behind this plan" adds
/// them (and the never list's reasons) on demand.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    /// `protocol` must outlive the page.
    explicit PlanPage(const core::Protocol& protocol, QWidget* parent = nullptr);

    /// Shows `plan`: its steps as cards, each number said once.
    void showPlan(const core::Plan& plan);

    /// "Print today's routine": writes the plan shown as a one-page PDF handout to `path`;
    /// returns the error sentence, or empty.
    QString writeHandout(const QString& path) const;
    /// Writes the handout to `path` (writeHandout()) and, once it is written, says so on the
    /// page with the file's place; returns the error sentence, or empty.
    QString saveHandout(const QString& path);

    /// A hold as a person reads it: "45 s", "2 min", "1 min 30 s".
    static QString holdText(int seconds);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillCards();
    QWidget* makeStepCard(std::size_t index, const core::Step& step, const QStringList& notes);
    QWidget* makeBalancedCard();
    QWidget* makeDeferredCard(const QString& notice);
    QWidget* makeNeverCard(const QString& notice);
    void arrangeCards();
    void showRules(bool shown);
    void printHandout();

    const core::Protocol& m_protocol;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_lines = nullptr;
    QGridLayout* m_grid = nullptr;
    /// The step cards, then the small cards (balanced, next time, never), in the grid.
    QList<QWidget*> m_stepCards;
    QList<QWidget*> m_otherCards;
    int m_columns = 0;
    QCheckBox* m_showRules = nullptr;
    core::Plan m_plan;
    QPushButton* m_print = nullptr;
    QLabel* m_printStatus = nullptr;
};

} // namespace tightside::gui
