#include "tightside/store/statefolder.h"

#include <QDir>

namespace tightside::store {

QString stateFolder()
{
    // The XDG Base Directory rule: a relative value is invalid and must be ignored.
    const QString fromEnvironment = qEnvironmentVariable("XDG_STATE_HOME");
    if (!fromEnvironment.isEmpty() && QDir::isAbsolutePath(fromEnvironment)) {
        return QDir::cleanPath(fromEnvironment + QStringLiteral("/tightside"));
    }
    const QString home = qEnvironmentVariable("HOME");
    if (home.isEmpty() || !QDir::isAbsolutePath(home)) {
        return {};
    }
    return QDir::cleanPath(home + QStringLiteral("/.local/state/tightside"));
}

QString logFilePath()
{
    const QString folder = stateFolder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/tightside.log");
}

} // namespace tightside::store
