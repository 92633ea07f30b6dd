#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace tightside::gui {

/// "Your plan for today": the steps in order with their reasons in plain words, what is
/// balanced, what did not fit today's minutes, and one calm line on what is never worked on;
/// beside it one small body map per step. The method's rule ids stay out of the sentences;
/// "Show the rules behind this plan" adds them (and the never list's reasons) on demand.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    /// `protocol` must outlive the page.
    explicit PlanPage(const core::Protocol& protocol, QWidget* parent = nullptr);

    /// Shows `plan`: its steps with their reasons, each number said once.
    void showPlan(const core::Plan& plan);

    /// "Print today's routine": writes the plan shown as a one-page PDF handout to `path`;
    /// returns the error sentence, or empty.
    QString writeHandout(const QString& path) const;
    /// Writes the handout to `path` (writeHandout()) and, once it is written, says so on the
    /// page with the file's place; returns the error sentence, or empty.
    QString saveHandout(const QString& path);

private:
    void fillText();
    void fillMaps(const core::Plan& plan);
    void printHandout();

    const core::Protocol& m_protocol;
    QTextBrowser* m_text = nullptr;
    QCheckBox* m_showRules = nullptr;
    QWidget* m_maps = nullptr;
    core::Plan m_plan;
    QPushButton* m_print = nullptr;
    QLabel* m_printStatus = nullptr;
};

} // namespace tightside::gui
