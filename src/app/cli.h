#pragma once

// The headless command line (contracts.md): no QApplication, no display.

#include "tightside/checks/history.h"
#include "tightside/core/course.h"
#include "tightside/core/problem.h"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::app {

/// Exit codes fixed by contracts.md.
enum ExitCode : int
{
    kExitOk = 0,
    kExitBadInput = 1,
    kExitUsage = 2,
};

/// Parsed options of one command: `--name value`, `--name=value`, flags, and positionals.
class Arguments
{
public:
    /// Splits argv into options and positional arguments. `valued` names the options that take
    /// a value; `flags` those that do not. Returns an error sentence for unknown options.
    static std::optional<Arguments> parse(const std::vector<std::string>& args,
                                          const std::vector<std::string_view>& valued,
                                          const std::vector<std::string_view>& flags,
                                          std::string& error);

    std::optional<std::string> value(std::string_view name) const;
    bool flag(std::string_view name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::vector<std::pair<std::string, std::string>> m_values;
    std::vector<std::string> m_flags;
    std::vector<std::string> m_positionals;
};

struct Io
{
    std::ostream& out;
    std::ostream& err;
};

/// One command of `tightside COMMAND`.
struct Command
{
    std::string_view name;
    std::string_view summary;
    std::string_view help;
    std::function<int(const std::vector<std::string>&, Io&)> run;
};

/// Every command the binary knows, in the order --help lists them.
const std::vector<Command>& commands();

/// True when argv names a headless command (or --help/--version), so no window is opened.
bool isHeadless(const std::vector<std::string>& args);

/// Runs a headless invocation; `args` excludes the program name.
int runCli(const std::vector<std::string>& args, Io& io);

/// Prints a usage error with a hint and returns kExitUsage.
int usageError(Io& io, std::string_view command, std::string_view message);

/// A path as a problem line names it: "(standard input)" for "-", else store::printable().
std::string displayName(const std::string& path);

/// One line on stderr for people: nothing from a file may steer the terminal.
void printLine(Io& io, const std::string& line);

/// Each problem as "file: /pointer: message", one printLine() each.
void printProblems(Io& io, std::string_view file, const core::Problems& problems);

/// The language the commands speak (l10n::language()), for loading the protocol in it.
std::string currentLanguage();

/// The `plan` and `validate-protocol` commands (corecommands.cpp).
std::vector<Command> coreCommands();
/// The store commands: import, history, export (storecommands.cpp; empty without a store).
std::vector<Command> storeCommands();
/// `remind`: the desktop reminder and its switch (remindcommand.cpp).
std::vector<Command> remindCommands();

/// The start of a check made at `now` (checks::readCheckStart) from the store of --data-dir
/// (coursecommands.cpp); files set aside on the way are named on stderr; nullopt after
/// printing why (always, without a store).
std::optional<checks::CheckStart> readCheckStart(const Arguments& arguments, core::UtcTime now,
                                                 Io& io);

} // namespace tightside::app
