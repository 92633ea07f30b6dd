#include "cli.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ostream>

#include "tightside/l10n/l10n.h"
#include "tightside/store/printable.h"

#include <QCoreApplication>

#ifndef TIGHTSIDE_VERSION
#define TIGHTSIDE_VERSION "0.0.0"
#endif

namespace tightside::app {

std::optional<Arguments> Arguments::parse(const std::vector<std::string>& args,
                                          const std::vector<std::string_view>& valued,
                                          const std::vector<std::string_view>& flags,
                                          std::string& error)
{
    Arguments parsed;
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (onlyPositionals || arg == "-" || arg.rfind("--", 0) != 0) {
            if (!onlyPositionals && arg.size() > 1 && arg[0] == '-' && arg != "-") {
                error = "unknown option " + arg;
                return std::nullopt;
            }
            parsed.m_positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositionals = true;
            continue;
        }
        const auto eq = arg.find('=');
        const std::string name = arg.substr(2, eq == std::string::npos ? eq : eq - 2);
        if (std::find(valued.begin(), valued.end(), name) != valued.end()) {
            std::string value;
            if (eq != std::string::npos) {
                value = arg.substr(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                error = "--" + name + " needs a value";
                return std::nullopt;
            }
            parsed.m_values.emplace_back(name, value);
        } else if (std::find(flags.begin(), flags.end(), name) != flags.end() &&
                   eq == std::string::npos) {
            parsed.m_flags.push_back(name);
        } else {
            error = "unknown option --" + name;
            return std::nullopt;
        }
    }
    return parsed;
}

std::optional<std::string> Arguments::value(std::string_view name) const
{
    // The last occurrence wins, as in most command-line tools.
    const auto it = std::find_if(m_values.rbegin(), m_values.rend(),
                                 [name](const auto& entry) { return entry.first == name; });
    return it == m_values.rend() ? std::nullopt : std::optional<std::string>(it->second);
}

bool Arguments::flag(std::string_view name) const
{
    return std::find(m_flags.begin(), m_flags.end(), name) != m_flags.end();
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list = coreCommands();
        for (Command& command : storeCommands()) {
            list.push_back(std::move(command));
        }
        for (Command& command : remindCommands()) {
            list.push_back(std::move(command));
        }
        return list;
    }();
    return all;
}

namespace {

const Command* findCommand(std::string_view name)
{
    const auto& all = commands();
    const auto it =
        std::find_if(all.begin(), all.end(), [name](const Command& c) { return c.name == name; });
    return it == all.end() ? nullptr : &*it;
}

std::string words(const QString& text)
{
    return text.toStdString();
}

void printHelp(std::ostream& out)
{
    out << words(QCoreApplication::translate(
        "Cli", "Usage: tightside [COMMAND] [OPTIONS]\n"
               "\n"
               "Tightside finds the tighter side of each leg group and guides a release of "
               "that\n"
               "side, never the low back or glutes. With no command it opens the window.\n"
               "It is not medical advice.\n"
               "\n"
               "Commands (they run without a window):\n"));
    for (const Command& command : commands()) {
        std::string name(command.name);
        name.resize(std::max<std::size_t>(name.size() + 2, 20), ' ');
        out << "  " << name << command.summary << "\n";
    }
    out << words(QCoreApplication::translate(
        "Cli", "\n"
               "Options:\n"
               "  --data-dir DIR      where sessions are kept (else $TIGHTSIDE_DATA_DIR,\n"
               "                      else the platform's app-data folder)\n"
               "  --lang CODE         the language: en, de, es or fr (else the locale's)\n"
               "  --exit-after-startup  open the window, wait until it is idle, exit 0\n"
               "  --log-level LEVEL   what the log records, for the window and every command:\n"
               "                      trace, debug, info (default), warn, error or off (else\n"
               "                      $TIGHTSIDE_LOG). It never holds health data. The log is\n"
               "                      $XDG_STATE_HOME/tightside/tightside.log (by default in\n"
               "                      ~/.local/state)\n"
               "  --help              show this help; COMMAND --help shows a command's help\n"
               "  --version           show the version\n"
               "\n"
               "Exit codes: 0 success, 1 bad input, 2 wrong usage.\n"));
}

} // namespace

bool isHeadless(const std::vector<std::string>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--data-dir") {
            ++i; // its value is not a command name
            continue;
        }
        // Anything but a window option is a command name (known or not), a headless option,
        // or an unknown option to report without opening a window.
        if (arg != "--exit-after-startup" && arg.rfind("--data-dir=", 0) != 0) {
            return true;
        }
    }
    return false;
}

std::string currentLanguage()
{
    return l10n::language();
}

int usageError(Io& io, std::string_view command, std::string_view message)
{
    const std::string program =
        "tightside" + std::string(command.empty() ? "" : " ") + std::string(command);
    io.err << program << ": " << message << "\n"
           << words(QCoreApplication::translate("Cli", "Try '%1 --help'.")
                        .arg(QString::fromStdString(program)))
           << "\n";
    return kExitUsage;
}

std::string displayName(const std::string& path)
{
    return path == "-" ? std::string("(standard input)") : store::printable(path);
}

void printLine(Io& io, const std::string& line)
{
    io.err << store::printable(line) << "\n";
}

void printProblems(Io& io, std::string_view file, const core::Problems& problems)
{
    for (const core::Problem& problem : problems) {
        printLine(io, core::formatProblem(file, problem));
    }
}

namespace {

int runCommand(const std::vector<std::string>& args, Io& io)
{
    if (args.empty()) {
        printHelp(io.out);
        return kExitOk;
    }
    // Global options may come before the command: tightside --data-dir D history.
    std::vector<std::string> rest;
    std::string name;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (!name.empty() || arg.rfind("--data-dir=", 0) == 0) {
            rest.push_back(arg);
        } else if (arg == "--version") {
            io.out << "tightside " << TIGHTSIDE_VERSION << "\n";
            return kExitOk;
        } else if (arg == "--help" || arg == "-h") {
            printHelp(io.out);
            return kExitOk;
        } else if (arg == "--data-dir" && i + 1 < args.size()) {
            rest.push_back(arg);
            rest.push_back(args[++i]);
        } else if (arg.rfind('-', 0) == 0) {
            return usageError(io, "",
                              words(QCoreApplication::translate("Cli", "unknown option %1")
                                        .arg(QString::fromStdString(arg))));
        } else {
            name = arg;
        }
    }
    const Command* command = findCommand(name);
    if (command == nullptr) {
        return usageError(io, "",
                          words(QCoreApplication::translate("Cli", "unknown command '%1'")
                                    .arg(QString::fromStdString(name))));
    }
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
        std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
        io.out << command->help;
        return kExitOk;
    }
    return command->run(rest, io);
}

} // namespace

int runCli(const std::vector<std::string>& args, Io& io)
{
    const int code = runCommand(args, io);
    // Output that never arrived (a full disk, a closed pipe) is a failure, not a success
    // with nothing said: the stream is flushed here so that its error shows.
    errno = 0;
    io.out.flush();
    if (!io.out) {
        const int error = errno;
        io.err << "tightside: could not write the output"
               << (error != 0 ? std::string(": ") + std::strerror(error) : std::string()) << "\n";
        return kExitBadInput;
    }
    return code;
}

} // namespace tightside::app
