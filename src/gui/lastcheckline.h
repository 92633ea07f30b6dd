#pragma once

#include <QLabel>

namespace tightside::gui {

class CheckSession;

/// "Your last check was 3 days ago ...", above the first page of a check (issue 15): the
/// latest stored session's overview (lastCheckOverview) from the check's history, read once
/// per check by the application layer (checks::Check::lastCheck). Hidden while the folder has
/// no session.
class LastCheckLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastCheckLine)

public:
    /// `check` must outlive the line.
    explicit LastCheckLine(CheckSession& check, QWidget* parent = nullptr);
    /// Shows the check's last-check facts (read from the history once per check).
    void refresh();

private:
    CheckSession& m_check;
};

} // namespace tightside::gui
