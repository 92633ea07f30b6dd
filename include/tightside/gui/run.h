#pragma once

namespace tightside::gui {

/// Opens the window: creates the QApplication, the real clock, speech, dialogs and the store,
/// and runs the event loop. Options: --data-dir DIR, --exit-after-startup (exit 0 once the
/// window is shown and the event loop is idle). Returns the process exit code.
int runWindow(int argc, char** argv);

} // namespace tightside::gui
