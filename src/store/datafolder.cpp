// The one data folder (contracts.md "Additions") and the move of what an older window saved
// in its own folder.

#include "tightside/store/sessionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tightside::store {
namespace {

/// The platform's app-data folder for `organization` and application "tightside", whatever
/// the running application set; its names are put back afterwards.
QString appDataFor(const QString& organization)
{
    const QString previousApp = QCoreApplication::applicationName();
    const QString previousOrg = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("tightside"));
    QCoreApplication::setOrganizationName(organization);
    QString location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(previousOrg);
    QCoreApplication::setApplicationName(previousApp);
    return location;
}

bool isNote(const QString& name)
{
    return name.endsWith(QStringLiteral(".why"));
}

/// Renames `from` to `to` without replacing anything; errno is kept on failure.
bool moveNoReplace(const QString& from, const QString& to)
{
    return ::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                       QFile::encodeName(to).constData(), RENAME_NOREPLACE) == 0;
}

} // namespace

Result<DataFolder> resolveDataFolder(const std::optional<QString>& option)
{
    if (option && !option->isEmpty()) {
        return Result<DataFolder>::success({QFileInfo(*option).absoluteFilePath(), false});
    }
    const QString fromEnvironment = qEnvironmentVariable("TIGHTSIDE_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        return Result<DataFolder>::success({QFileInfo(fromEnvironment).absoluteFilePath(), false});
    }
    const QString location = appDataFor(QString());
    if (location.isEmpty()) {
        return Result<DataFolder>::failure(
            QStringLiteral("no folder for the session log: pass --data-dir or set "
                           "TIGHTSIDE_DATA_DIR"));
    }
    return Result<DataFolder>::success({location, true});
}

QString legacyWindowFolder()
{
    return appDataFor(QStringLiteral("tightside"));
}

QString MigrationReport::summary(const QString& legacyFolder, const QString& dataFolder) const
{
    QString text = QStringLiteral("tightside: moved %1 session file%2 that an earlier version of "
                                  "the window saved in %3 into the data folder %4")
                       .arg(moved)
                       .arg(moved == 1 ? "" : "s")
                       .arg(legacyFolder, dataFolder);
    if (!quarantined.empty()) {
        text += QStringLiteral("; %1 file%2 that could not be used went to %3/quarantine")
                    .arg(quarantined.size())
                    .arg(quarantined.size() == 1 ? "" : "s")
                    .arg(dataFolder);
    }
    if (!leftBehind.empty()) {
        text += QStringLiteral("; %1 file%2 could not be moved and stayed where %3")
                    .arg(leftBehind.size())
                    .arg(leftBehind.size() == 1 ? "" : "s")
                    .arg(leftBehind.size() == 1 ? QStringLiteral("it was")
                                                : QStringLiteral("they were"));
    }
    return text;
}

MigrationReport migrateLegacyFolder(const SessionStore& store, const QString& legacyFolder)
{
    MigrationReport report;
    const QString legacyPath = QDir::cleanPath(legacyFolder);
    if (legacyPath.isEmpty() || legacyPath == store.dataDir() ||
        !QFileInfo(legacyPath + QStringLiteral("/sessions")).isDir()) {
        return report;
    }
    if (auto made = store.ensureFolders(); !made) {
        report.leftBehind << made.error();
        return report;
    }
    const SessionStore legacy(legacyPath);
    // Valid files move in under their own name, never replacing one already there; a second
    // copy of a stored id is set aside. Invalid ones land in the old quarantine/ first.
    const auto moveIn = [&](const StoredSession& stored, const QString& target) {
        if (moveNoReplace(stored.path, target)) {
            ++report.moved;
        } else if (errno == EEXIST) {
            report.quarantined.push_back(store.quarantine(
                stored.path, QStringLiteral("a copy of session %1, which the data folder already "
                                            "holds, found in the folder of an earlier window")
                                 .arg(QString::fromStdString(stored.session.id))));
        } else {
            report.leftBehind << stored.path + QStringLiteral(": ") + systemError(errno);
        }
    };
    auto sessions = legacy.forEach(
        [&](const StoredSession& stored) { moveIn(stored, store.sessionPath(stored.session.id)); });
    if (!sessions) {
        report.leftBehind << sessions.error();
        return report;
    }
    auto progress = legacy.loadProgress();
    if (progress) {
        for (const StoredSession& stored : progress.value().sessions) {
            moveIn(stored, store.currentDir() + QLatin1Char('/') +
                               QString::fromStdString(stored.session.id) + QStringLiteral(".json"));
        }
    }
    // Everything in the old quarantine/ (just put there, or by the old window) moves to the
    // new one, each note beside its file; a name taken gets a number, nothing is replaced.
    const QString oldQuarantine = legacy.quarantineDir();
    const QStringList names =
        QDir(oldQuarantine).entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        if (isNote(name)) {
            continue;
        }
        const QString from = oldQuarantine + QLatin1Char('/') + name;
        QString reason = QStringLiteral("set aside in the folder of an earlier window");
        for (const Quarantined& q : sessions.value()) {
            if (q.quarantinePath == from) {
                reason = q.reason;
            }
        }
        bool moved = false;
        for (int attempt = 0; attempt < 1000 && !moved; ++attempt) {
            const QString to = store.quarantineDir() + QLatin1Char('/') + name +
                               (attempt == 0 ? QString() : QStringLiteral(".%1").arg(attempt));
            if (moveNoReplace(from, to)) {
                moved = true;
                (void)moveNoReplace(from + QStringLiteral(".why"), to + QStringLiteral(".why"));
                report.quarantined.push_back({from, to, reason});
            } else if (errno != EEXIST) {
                report.leftBehind << from + QStringLiteral(": ") + systemError(errno);
                break;
            }
        }
    }
    for (const QString& folder : {store.sessionsDir(), store.currentDir(), store.quarantineDir(),
                                  legacy.sessionsDir(), legacy.currentDir()}) {
        (void)syncFolder(folder);
    }
    // The old index is a cache of files that are gone now; the emptied folders go too
    // (rmdir removes only empty ones).
    (void)::unlink(QFile::encodeName(legacy.indexPath()).constData());
    for (const QString& folder :
         {legacy.sessionsDir(), legacy.currentDir(), oldQuarantine, legacyPath}) {
        (void)::rmdir(QFile::encodeName(folder).constData());
    }
    return report;
}

} // namespace tightside::store
