// Chooses the mode before any QApplication exists: commands run headless; no command opens
// the window. The language is chosen first (--lang, else the locale), for both.

#include "cli.h"

#include <iostream>
#include <string>
#include <vector>

#ifdef TIGHTSIDE_HAS_L10N
#include "tightside/l10n/l10n.h"

#include <QCoreApplication>

#include <clocale>
#endif

#ifdef TIGHTSIDE_HAS_GUI
#include "tightside/gui/run.h"
#endif

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    tightside::app::Io io{std::cout, std::cerr};
#ifdef TIGHTSIDE_HAS_L10N
    // --lang belongs to every command and the window; the commands never see it.
    const tightside::l10n::LangOption lang = tightside::l10n::takeLangOption(args);
    if (!lang.error.empty()) {
        return tightside::app::usageError(io, "", lang.error);
    }
    args = lang.rest;
#endif
#ifdef TIGHTSIDE_HAS_GUI
    if (!tightside::app::isHeadless(args)) {
        return tightside::gui::runWindow(argc, argv); // it installs the language itself
    }
#else
    if (!tightside::app::isHeadless(args)) {
        std::cerr << "tightside: this build has no window; see tightside --help\n";
        return tightside::app::kExitUsage;
    }
#endif
#ifdef TIGHTSIDE_HAS_L10N
    // A core application (no window, no display) only to carry the translations.
    QCoreApplication application(argc, argv);
    std::setlocale(LC_NUMERIC, "C"); // Qt set the C locale from the environment: keep 1.5
    tightside::l10n::install(
        tightside::core::chooseLanguage(lang.code, tightside::l10n::processEnvironment()));
#endif
    return tightside::app::runCli(args, io);
}
