// Chooses the mode before any QApplication exists: commands run headless; no command opens
// the window.

#include "cli.h"

#include <iostream>
#include <string>
#include <vector>

#ifdef TIGHTSIDE_HAS_GUI
#include "tightside/gui/run.h"
#endif

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    tightside::app::Io io{std::cout, std::cerr};
#ifdef TIGHTSIDE_HAS_GUI
    if (!tightside::app::isHeadless(args)) {
        return tightside::gui::runWindow(argc, argv);
    }
#else
    if (!tightside::app::isHeadless(args)) {
        std::cerr << "tightside: this build has no window; see tightside --help\n";
        return tightside::app::kExitUsage;
    }
#endif
    return tightside::app::runCli(args, io);
}
