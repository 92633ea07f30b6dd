#include "log.h"

#include "tightside/standardstreams.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/statefolder.h"

#include <QFile>
#include <QString>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace tightside::app {
namespace {

constexpr std::size_t kMaxFileBytes = std::size_t{1024} * 1024;
constexpr std::size_t kKeptFiles =
    2; // older files beside the current one (README: "two older files")

std::shared_ptr<spdlog::logger>& theLogger()
{
    static std::shared_ptr<spdlog::logger> logger;
    return logger;
}

QtMessageHandler& previousHandler()
{
    static QtMessageHandler previous = nullptr;
    return previous;
}

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (const auto& logger = theLogger()) {
        const char* category = context.category != nullptr ? context.category : "default";
        logger->log(levelOf(type), "[{}] {}", category, message.toUtf8().toStdString());
        if (type == QtFatalMsg) {
            logger->flush();
        }
    }
    // Our own categories (tightside.*) are written for the log only; Qt's own messages still
    // reach stderr as they did before the log existed.
    const bool ours = context.category != nullptr &&
                      std::string_view(context.category).rfind("tightside.", 0) == 0;
    if (QtMessageHandler previous = previousHandler(); previous != nullptr && !ours) {
        previous(type, context, message);
    }
}

/// A new log file is created 0600 before spdlog opens it, and an existing one tightened, so
/// no rotation ever leaves a file others can read.
void makePrivateFile(const std::string& path)
{
    const int fd =
        ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        ::fchmod(fd, S_IRUSR | S_IWUSR);
        ::close(fd);
    }
}

} // namespace

bool isLogLevel(std::string_view text)
{
    static constexpr std::array<std::string_view, 6> names{"trace", "debug", "info",
                                                           "warn",  "error", "off"};
    for (std::string_view name : names) {
        if (text == name) {
            return true;
        }
    }
    return false;
}

bool takeLogLevel(std::vector<std::string>& args, std::optional<std::string>& level,
                  std::string& error)
{
    static constexpr std::string_view kOption = "--log-level";
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") {
            kept.insert(kept.end(), args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
            break;
        }
        std::optional<std::string> value;
        if (arg == kOption) {
            if (i + 1 >= args.size()) {
                error = "--log-level needs a value: one of " + std::string(kLogLevels);
                return false;
            }
            value = args[++i];
        } else if (arg.rfind(std::string(kOption) + "=", 0) == 0) {
            value = arg.substr(kOption.size() + 1);
        } else {
            kept.push_back(arg);
            continue;
        }
        if (!isLogLevel(*value)) {
            error = "--log-level '" + *value + "' is not a level: use one of " +
                    std::string(kLogLevels);
            return false;
        }
        level = std::move(value);
    }
    args = std::move(kept);
    return true;
}

std::string chooseLogLevel(const std::optional<std::string>& option)
{
    if (option) {
        return *option;
    }
    const QByteArray fromEnvironment = qgetenv("TIGHTSIDE_LOG");
    if (fromEnvironment.isEmpty()) {
        return "info";
    }
    if (isLogLevel(fromEnvironment.toStdString())) {
        return fromEnvironment.toStdString();
    }
    tightside::printError("tightside: TIGHTSIDE_LOG=" + fromEnvironment.toStdString() +
                          " is not a log level (" + std::string(kLogLevels) + "); using info\n");
    return "info";
}

std::string startLog(const std::string& level)
{
    if (level == "off") {
        return {};
    }
    const QString folder = store::stateFolder();
    if (folder.isEmpty() || !store::makePrivateFolder(folder)) {
        return {};
    }
    std::string path = QFile::encodeName(store::logFilePath()).toStdString();
    spdlog::file_event_handlers events;
    events.before_open = [](const spdlog::filename_t& name) { makePrivateFile(name); };
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            path, kMaxFileBytes, kKeptFiles, false, events);
        auto logger = std::make_shared<spdlog::logger>("tightside", std::move(sink));
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
        logger->set_level(spdlog::level::from_str(level));
        logger->flush_on(spdlog::level::trace);
        theLogger() = std::move(logger);
    } catch (const spdlog::spdlog_ex& failure) {
        // A full disk or a read-only home must not stop the app; say it once.
        tightside::printError(std::string("tightside: no log file (") + failure.what() + ")\n");
        return {};
    }
    previousHandler() = qInstallMessageHandler(routeQtMessage);
    return path;
}

void stopLog()
{
    if (theLogger()) {
        qInstallMessageHandler(previousHandler());
        previousHandler() = nullptr;
        theLogger()->flush();
        theLogger().reset();
    }
}

void logInfo(std::string_view message)
{
    if (const auto& logger = theLogger()) {
        logger->info("{}", message);
    }
}

void logError(std::string_view message)
{
    if (const auto& logger = theLogger()) {
        logger->error("{}", message);
    }
}

} // namespace tightside::app
