#include "tightside/gui/run.h"

#include "reminderscheduler.h"
#include "singleinstance.h"
#include "sound.h"
#include "speech.h"
#include "style.h"

#include "tightside/core/protocol.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/gui/services.h"
#include "tightside/l10n/l10n.h"
#include "tightside/standardstreams.h"
#include "tightside/store/sessionstore.h"

#include "tightside/gui/preferences.h"
#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cstdlib>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace tightside::gui {
namespace {

Q_LOGGING_CATEGORY(lcRun, "tightside.window", QtInfoMsg)

/// The reverse-DNS id of the desktop file, metainfo and icon (contracts.md "Install").
const QString kAppId = QStringLiteral("io.github.tightside.Tightside");

constexpr const char* kNoWindowHint =
    "Start Tightside from your desktop session. The commands need no display: see "
    "tightside --help.\n";

// Qt ends the process with abort() (and a core dump) when no platform plugin can start, for
// example when DISPLAY names an X server that is not there. Say it in our words and exit 1.
void fatalStartupMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    printError("tightside: " + message.trimmed().toStdString() + '\n');
    if (type == QtFatalMsg) {
        printError(std::string("tightside: the window could not start. ") + kNoWindowHint);
        flushStandardStreams();
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

/// A startup notice (window-modal, never blocking start-up) saying what was moved.
void showMigrationNotice(QWidget& window, const store::MigrationReport& moved)
{
    // The casts stay outside translate(): lupdate does not see a call with a cast in it.
    const int movedCount = static_cast<int>(moved.moved);
    const int setAside = static_cast<int>(moved.quarantined.size());
    QString text =
        QCoreApplication::translate("Startup",
                                    "%n session file(s) saved by an earlier version of Tightside "
                                    "were moved into the one data folder, where the command line "
                                    "finds them too.",
                                    nullptr, movedCount);
    if (!moved.quarantined.empty()) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("Startup",
                                            "%n file(s) that could not be used were set aside "
                                            "in the quarantine folder; nothing was deleted.",
                                            nullptr, setAside);
    }
    auto* box = new QMessageBox(QMessageBox::Information,
                                QCoreApplication::translate("Startup", "Sessions moved"), text,
                                QMessageBox::Ok, &window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(QCoreApplication::translate("Startup", "Sessions moved"));
    box->open();
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
        printError(std::string("tightside: there is no display to open the window on (neither "
                               "DISPLAY nor WAYLAND_DISPLAY is set).\n") +
                   kNoWindowHint);
        return 1;
    }
#endif
    // The settings file has a fixed name, so it and the language can be read before the
    // application object exists. The built-in protocol in that language is then parsed on a
    // second thread while Qt connects to the display (a few milliseconds of JSON, a twentieth
    // of a start); builtinProtocol() keeps it for the window, which waits for it if need be.
    QSettings settings(QStringLiteral("tightside"), QStringLiteral("tightside"));
    Preferences preferences(settings);
    // --lang, else the one chosen in Settings (it applies from the next start), else the locale.
    const core::LanguageChoice language = l10n::chooseForProcess(
        std::vector<std::string>(argv + 1, argv + argc), preferences.language().toStdString());
#ifdef __GLIBC__
    // One malloc arena for the whole window: the reader thread's JSON document is then freed
    // into the heap the window goes on to fill, instead of a thread arena of its own that
    // keeps its pages (issue 21: start-up memory). The window's few threads do not contend.
    mallopt(M_ARENA_MAX, 1);
#endif
    const std::jthread protocolReader(
        [code = language.language] { static_cast<void>(core::builtinProtocol(code)); });

    const QtMessageHandler previous = qInstallMessageHandler(fatalStartupMessage);
    QApplication app(argc, argv);
    qInstallMessageHandler(previous);
    // No organization name: the data folder is the one the commands use (contracts.md
    // "Additions"). The settings file keeps its old place, named explicitly.
    QApplication::setApplicationName(QStringLiteral("tightside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tightside"));
    QApplication::setDesktopFileName(kAppId);
    // The icon built in (PNGs of the picture the package installs into hicolor), which desktops
    // find through the desktop file name. Looking it up in the icon theme instead took 7 ms
    // of every start (a tenth of a bare window's), for no visible difference.
    QApplication::setWindowIcon(style::appIcon(64));

    // Before any widget exists, so every tr() finds the language.
    l10n::install(language);
    // --data-dir and TIGHTSIDE_DATA_DIR win; then the folder chosen in Settings; then the
    // platform's app-data folder (contracts.md).
    if (!dataDirOption && qEnvironmentVariableIsEmpty("TIGHTSIDE_DATA_DIR")) {
        const QString chosen = preferences.dataDir();
        if (!chosen.isEmpty()) {
            dataDirOption = chosen;
        }
    }
    const auto folder = store::resolveDataFolder(dataDirOption);
    if (!folder) {
        printError("tightside: " + folder.error().toStdString() + '\n');
        return 1;
    }
    const auto dataDir = store::Result<QString>::success(folder.value().path);
    // Sessions an older window kept in its own folder join the one folder, once; the person
    // is told when the window is up.
    store::MigrationReport moved;
    if (folder.value().platformDefault) {
        moved = store::migrateLegacyFolder(store::SessionStore(folder.value().path),
                                           store::legacyWindowFolder());
    }

    qCInfo(lcRun).noquote() << "data folder:" << dataDir.value();

    // One window per person and data folder: a second start brings the first to the front
    // (a second window would write the same session in progress).
    SingleInstance instance(dataDir.value());
    if (instance.raiseRunning() || (!instance.listen() && instance.raiseRunning())) {
        qCInfo(lcRun) << "a window is already open for this data folder: raised it";
        printOutput("Tightside is already open; its window was brought to the front.\n");
        return 0;
    }

    SteadyClock clock;
    const auto cues = makeSpeechSink();
    const auto sounds = makeSoundSink();
    DialogPrompter prompter;
    ModuleCameras cameras;
    Services services{clock, *cues, prompter, *sounds, preferences, dataDir.value(), cameras};
    MainWindow window(services);
    const auto bringForward = [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window, bringForward);
    // At the time chosen in Settings, the reminder `tightside remind` shows at login; its
    // "Start check" brings the window forward on the check (issue 25).
    auto* reminders = new ReminderScheduler(
        clock, [&window]() -> const store::SessionStore& { return window.store(); }, &window);
    QObject::connect(reminders, &ReminderScheduler::startRequested, &window,
                     [&window, bringForward] {
                         window.showPlace(MainWindow::Place::Check);
                         bringForward();
                     });
#ifdef __GLIBC__
    // The protocol's JSON document is freed now that the window holds the protocol: give its
    // free pages back before the first paint.
    malloc_trim(0);
#endif
    window.show();
    if (!moved.empty()) {
        showMigrationNotice(window, moved);
    }
    if (exitAfterStartup) {
        // Two queued hops: the first runs once the show has been processed, the second once
        // the events it caused (expose, first paint) are done and the loop is idle.
        QTimer::singleShot(0, &app,
                           [&app] { QTimer::singleShot(0, &app, [&app] { app.exit(0); }); });
    }
    return QApplication::exec();
}

} // namespace tightside::gui
