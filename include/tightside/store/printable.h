#pragma once

// Text for people (a terminal, a log): nothing in it may steer the terminal.

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

namespace tightside::store {

/// `text` with every control character (C0, DEL, C1, and the bidirectional overrides that
/// reorder what a terminal shows) written as an escape: "\n", "\t", "\r", "\x1b",
/// "\u{202e}"; bytes that are not UTF-8 as "\xff". Everything else is kept as it is.
std::string printable(std::string_view text);

/// A file name or path from the file system (raw bytes) for a message: printable().
QString printableName(const QByteArray& raw);

} // namespace tightside::store
