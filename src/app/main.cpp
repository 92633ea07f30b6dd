// Chooses the mode before any QApplication exists: commands run headless; no command opens
// the window. The log is opened here, and the language chosen (--lang, else the locale), for
// both.

#include "cli.h"
#include "log.h"

#include "tightside/l10n/l10n.h"
#include "tightside/report/report.h"
#include "tightside/standardstreams.h"

#include <QCoreApplication>

#include <clocale>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#ifdef TIGHTSIDE_HAS_GUI
#include "tightside/gui/run.h"
#endif

#ifndef TIGHTSIDE_VERSION
#define TIGHTSIDE_VERSION "0.0.0"
#endif

namespace {

/// The commands' output and every usage error: the standard streams, made only when something
/// is written (the window never pays for them; standardstreams.h).
tightside::app::Io& standardIo()
{
    static tightside::app::Io io{tightside::standardOut(), tightside::standardErr()};
    return io;
}

/// What this start is, for the log: "window" or the command's name (never its arguments,
/// which name files that may say something about the person).
std::string modeName(const std::vector<std::string>& args, bool headless)
{
    if (!headless) {
        return "window";
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--data-dir") {
            ++i;
        } else if (args[i].rfind('-', 0) != 0) {
            return "command " + args[i];
        }
    }
    return "options only";
}

/// A command, in the chosen language: a core application (no window, no display) only to carry
/// the translations.
int runCommand(const std::vector<std::string>& args, tightside::app::Io& io,
               const tightside::l10n::LangOption& lang)
{
    int argc = 1;
    char name[] = "tightside";
    char* argv[] = {name, nullptr};
    // export may write a PDF, which needs fonts: a QGuiApplication on the offscreen platform
    // (still no display), made before anything else since there can be only one application.
    std::optional<tightside::report::GuiForReport> fonts;
    std::optional<QCoreApplication> application;
    if (!args.empty() && args.front() == "export") {
        fonts.emplace();
    } else {
        application.emplace(argc, argv);
    }
    std::setlocale(LC_NUMERIC, "C"); // Qt set the C locale from the environment: keep 1.5
    tightside::l10n::install(
        tightside::core::chooseLanguage(lang.code, tightside::l10n::processEnvironment()));
    return tightside::app::runCli(args, io);
}

int run(std::vector<std::string> args, const char* program)
{
    std::optional<std::string> level;
    std::string error;
    if (!tightside::app::takeLogLevel(args, level, error)) {
        return tightside::app::usageError(standardIo(), "", error);
    }
    // --lang belongs to every command and the window; the commands never see it.
    const tightside::l10n::LangOption lang = tightside::l10n::takeLangOption(args);
    if (!lang.error.empty()) {
        return tightside::app::usageError(standardIo(), "", lang.error);
    }
    args = lang.rest;
    const bool headless = tightside::app::isHeadless(args);
    const std::string logPath = tightside::app::startLog(tightside::app::chooseLogLevel(level));
    tightside::app::logInfo("tightside " TIGHTSIDE_VERSION " started: " + modeName(args, headless));
    int code = 0;
#ifdef TIGHTSIDE_HAS_GUI
    if (!headless) {
        // The window sees the same arguments, without the log options taken above.
        std::vector<std::string> kept{program};
        kept.insert(kept.end(), args.begin(), args.end());
        if (lang.code) {
            kept.insert(kept.end(), {"--lang", *lang.code}); // runWindow installs it
        }
        std::vector<char*> argv;
        argv.reserve(kept.size() + 1);
        for (std::string& arg : kept) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        int argc = static_cast<int>(kept.size());
        code = tightside::gui::runWindow(argc, argv.data());
    } else {
        code = runCommand(args, standardIo(), lang);
    }
#else
    (void)program;
    if (!headless) {
        tightside::printError("tightside: this build has no window; see tightside --help\n");
        code = tightside::app::kExitUsage;
    } else {
        code = runCommand(args, standardIo(), lang);
    }
#endif
    tightside::app::logInfo("finished with exit code " + std::to_string(code));
    tightside::app::stopLog();
#ifdef TIGHTSIDE_HAS_GUI
    if (!headless) {
        // The window is closed, every file written and synced, the log flushed: end here,
        // without the libraries' exit-time destructors. Qt 6.4's PulseAudio backend can abort
        // inside libpulse while its global engine is torn down at exit (lazymedia.cpp).
        tightside::flushStandardStreams();
        std::_Exit(code);
    }
#endif
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    return run(std::vector<std::string>(argv + 1, argv + argc), argv[0]);
}
