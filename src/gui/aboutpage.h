#pragma once

#include "tightside/core/protocol.h"
#include "tightside/gui/services.h"

class QWidget;

namespace tightside::gui {

/// The About place: the method in plain words with the protocol's threshold and never-regions,
/// the evidence, what Tightside is not, the versions, and the log buttons for a bug report.
QWidget* makeAboutPage(const core::Protocol& protocol, Services& services, QWidget* parent);

} // namespace tightside::gui
