#pragma once

class QWidget;

namespace tightside::gui {

/// The first-run welcome: what Tightside is and is not, and how sure the method is, with the
/// "I understand: start" button (object name welcomeAcknowledge) that the window connects.
QWidget* makeWelcomePage(QWidget* parent);

} // namespace tightside::gui
