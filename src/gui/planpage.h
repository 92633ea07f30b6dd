#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace tightside::gui {

/// "Your plan for today": the steps in order with their reasons, what is balanced, what did
/// not fit today's minutes, what is never worked on; beside it one small body map per step.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    /// `protocol` must outlive the page.
    explicit PlanPage(const core::Protocol& protocol, QWidget* parent = nullptr);

    /// Shows `plan`, made for `answers`.
    void showPlan(const core::Plan& plan, const core::Answers& answers);

    /// "Print today's routine": writes the plan shown as a one-page PDF handout to `path`;
    /// returns the error sentence, or empty.
    QString writeHandout(const QString& path) const;

private:
    void fillMaps(const core::Plan& plan);
    void printHandout();

    const core::Protocol& m_protocol;
    QTextBrowser* m_text = nullptr;
    QWidget* m_maps = nullptr;
    QPushButton* m_print = nullptr;
    core::Plan m_plan;
};

} // namespace tightside::gui
