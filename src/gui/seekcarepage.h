#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;

namespace tightside::gui {

/// "Please see a doctor": what a red-flag answer means and what to do; no routine.
class SeekCarePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeekCarePage)

public:
    explicit SeekCarePage(QWidget* parent = nullptr);

    /// Shows the seek-care `plan` for the ticked red flags `flags`.
    void showPlan(const core::Protocol& protocol, const core::Plan& plan,
                  const std::vector<std::string>& flags);

signals:
    /// "Close this check".
    void closeRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace tightside::gui
