#include "tightside/gui/run.h"

#include "speech.h"

#include "tightside/gui/mainwindow.h"
#include "tightside/gui/services.h"
#include "tightside/store/sessionstore.h"

#include "tightside/gui/preferences.h"
#include <QApplication>

#include <QSettings>
#include <QTimer>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

namespace tightside::gui {
namespace {

constexpr const char* kNoWindowHint =
    "Start Tightside from your desktop session. The commands need no display: see "
    "tightside --help.\n";

// Qt ends the process with abort() (and a core dump) when no platform plugin can start, for
// example when DISPLAY names an X server that is not there. Say it in our words and exit 1.
void fatalStartupMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    std::cerr << "tightside: " << message.trimmed().toStdString() << '\n';
    if (type == QtFatalMsg) {
        std::cerr << "tightside: the window could not start. " << kNoWindowHint;
        std::cerr.flush();
        std::_Exit(1);
    }
}

bool hasPlatformArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-platform" || arg == "--platform" || arg.rfind("-platform=", 0) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int runWindow(int argc, char** argv)
{
    std::optional<QString> dataDirOption;
    bool exitAfterStartup = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--data-dir" && i + 1 < argc) {
            dataDirOption = QString::fromLocal8Bit(argv[++i]);
        } else if (arg.rfind("--data-dir=", 0) == 0) {
            dataDirOption = QString::fromLocal8Bit(arg.substr(11).c_str());
        } else if (arg == "--exit-after-startup") {
            exitAfterStartup = true;
        }
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && !hasPlatformArgument(argc, argv)) {
        std::cerr << "tightside: there is no display to open the window on (neither DISPLAY "
                     "nor WAYLAND_DISPLAY is set).\n"
                  << kNoWindowHint;
        return 1;
    }
#endif
    const QtMessageHandler previous = qInstallMessageHandler(fatalStartupMessage);
    QApplication app(argc, argv);
    qInstallMessageHandler(previous);
    QApplication::setApplicationName(QStringLiteral("tightside"));
    QApplication::setOrganizationName(QStringLiteral("tightside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tightside"));
    QApplication::setDesktopFileName(QStringLiteral("tightside"));

    QSettings settings;
    Preferences preferences(settings);
    // --data-dir and TIGHTSIDE_DATA_DIR win; then the folder chosen in Settings; then the
    // platform's app-data folder (contracts.md).
    if (!dataDirOption && qEnvironmentVariableIsEmpty("TIGHTSIDE_DATA_DIR")) {
        const QString chosen = preferences.dataDir();
        if (!chosen.isEmpty()) {
            dataDirOption = chosen;
        }
    }
    const auto dataDir = store::SessionStore::resolveDataDir(dataDirOption);
    if (!dataDir) {
        std::cerr << "tightside: " << dataDir.error().toStdString() << '\n';
        return 1;
    }

    SteadyClock clock;
    const auto cues = makeSpeechSink();
    DialogPrompter prompter;
    Services services{clock, *cues, prompter, preferences, dataDir.value()};
    MainWindow window(services);
    window.show();
    if (exitAfterStartup) {
        // Two queued hops: the first runs once the show has been processed, the second once
        // the events it caused (expose, first paint) are done and the loop is idle.
        QTimer::singleShot(0, &app,
                           [&app] { QTimer::singleShot(0, &app, [&app] { app.exit(0); }); });
    }
    return QApplication::exec();
}

} // namespace tightside::gui
