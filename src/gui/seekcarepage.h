#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;

namespace tightside::gui {

/// "Please see a doctor": the seek-care plan's messages (what the red-flag answers mean, what to
/// do, the emergency line); no routine.
class SeekCarePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeekCarePage)

public:
    explicit SeekCarePage(QWidget* parent = nullptr);

    /// Shows the seek-care `plan`: its messages, and nothing of the page's own.
    void showPlan(const core::Plan& plan);
    /// Adds the list of the red-flag answers `flags` (ids of `protocol`'s questions) that led
    /// here, to take to a doctor.
    void showAnswers(const core::Protocol& protocol, const std::vector<std::string>& flags);

signals:
    /// "Close this check".
    void closeRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace tightside::gui
