#pragma once

#include <QString>

namespace tightside::store {

/// The folder for what the app keeps about itself (its log), never health data: the XDG state
/// folder, `$XDG_STATE_HOME/tightside` when that variable holds an absolute path, else
/// `$HOME/.local/state/tightside`. Empty when neither is set. Qt 6.4 has no StateLocation.
QString stateFolder();

/// The current log file inside stateFolder() (`tightside.log`; rotated copies are
/// `tightside.1.log`, `tightside.2.log`). Empty when stateFolder() is.
QString logFilePath();

} // namespace tightside::store
