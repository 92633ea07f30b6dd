#pragma once

#include "tightside/core/protocol.h"

#include <QScrollArea>

#include <map>
#include <string>
#include <vector>

class QCheckBox;

namespace tightside::gui {

/// The safety questions (red flags) or the precautions: one yes/no row per screening question
/// of that kind. It scrolls when large text makes it taller than the window.
class ScreeningPage final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreeningPage)

public:
    ScreeningPage(const core::Protocol& protocol, core::ScreeningKind kind,
                  QWidget* parent = nullptr);

    /// The ids of the questions ticked Yes, in id order.
    std::vector<std::string> ticked() const;

private:
    std::map<std::string, QCheckBox*> m_boxes;
};

} // namespace tightside::gui
