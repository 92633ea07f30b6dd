#include "tightside/store/recent.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tightside::store {

Result<void> forEachNewestFirst(const SessionStore& sessions, const std::string& startedBy,
                                const std::function<bool(const StoredSession&)>& visit,
                                const std::function<void(const QString&)>& skipped)
{
    const QDir folder(sessions.sessionsDir());
    if (!folder.exists()) {
        return Result<void>::success();
    }
    // Only names: no stat per entry. Temporaries of other writers ("x.json.AbC123", ".x")
    // do not end in .json or are hidden, and are not listed.
    QStringList names = folder.entryList({QStringLiteral("*.json")},
                                         QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort);
    if (names.isEmpty() && !QFileInfo(folder.path()).isReadable()) {
        return Result<void>::failure(
            QStringLiteral("could not read the folder %1").arg(folder.path()));
    }
    std::sort(names.begin(), names.end(), std::greater<>());
    const QString last = QString::fromStdString(startedBy);
    for (const QString& name : names) {
        if (name.left(last.size()) > last) {
            continue;
        }
        auto stored = sessions.read(folder.filePath(name));
        if (!stored) {
            if (skipped) {
                skipped(stored.error());
            }
            continue;
        }
        if (!visit(stored.value())) {
            break;
        }
    }
    return Result<void>::success();
}

} // namespace tightside::store
