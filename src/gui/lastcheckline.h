#pragma once

#include "tightside/core/protocol.h"
#include "tightside/gui/appcontext.h"
#include "tightside/gui/services.h"

#include <QLabel>

#include <memory>

namespace tightside::gui {

/// "Your last check was 3 days ago ...", above the first page of a check (issue 15): the
/// latest stored session's overview (lastCheckOverview), with today from the Services clock.
/// Hidden while the folder has no session.
class LastCheckLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastCheckLine)

public:
    /// `clock` must outlive the line.
    LastCheckLine(std::shared_ptr<const AppContext> context, const Clock& clock,
                  QWidget* parent = nullptr);
    /// Reads the latest session again (one readdir and one file).
    void refresh();

private:
    std::shared_ptr<const AppContext> m_context;
    const Clock& m_clock;
};

} // namespace tightside::gui
