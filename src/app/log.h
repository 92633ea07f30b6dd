#pragma once

// The app's log (spdlog): what the app did and why something failed, for whoever fixes a bug.
// Never health data: no ratings, pain, answers, notes or session contents, and no line of a
// problem report (those quote what the person entered). Set up here, in src/app, only; the
// libraries write through Qt's logging (qCInfo, qCWarning), which the log receives.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::app {

/// The log levels `--log-level` and `TIGHTSIDE_LOG` accept, lowest first.
inline constexpr std::string_view kLogLevels = "trace, debug, info, warn, error, off";

/// True when `text` is one of kLogLevels.
bool isLogLevel(std::string_view text);

/// Takes every `--log-level LEVEL` and `--log-level=LEVEL` out of `args` (the last one
/// wins) and puts its value in `level`. Returns false with `error` set when a value is
/// missing or not a level. Arguments after `--` are left alone.
bool takeLogLevel(std::vector<std::string>& args, std::optional<std::string>& level,
                  std::string& error);

/// The level to use: `--log-level`, else `TIGHTSIDE_LOG`, else info. A TIGHTSIDE_LOG that is
/// not a level is ignored with one line on stderr.
std::string chooseLogLevel(const std::optional<std::string>& option);

/// Opens the log at `level`: a size-limited rotating file (1 MiB, 3 files) in the state
/// folder (store::stateFolder(), made 0700), each file 0600, flushed at every line; routes Qt's
/// messages into it (and on to stderr as before). Returns the file's path, or an empty string
/// when the level is off or the folder cannot be made; the app runs on without a log then.
std::string startLog(const std::string& level);

/// Flushes and closes the log and gives Qt its own message handler back.
void stopLog();

/// Writes one line at info level (a no-op without a log). Never pass health data.
void logInfo(std::string_view message);
/// Writes one line at error level (a no-op without a log). Never pass health data.
void logError(std::string_view message);

} // namespace tightside::app
