#pragma once

// Where a data folder keeps what (contracts.md "Session files"), private to the store.

#include "tightside/store/result.h"

#include <QString>

#include <string>
#include <utility>

namespace tightside::store::detail {

/// The layout of one data folder and the making of its folders:
///   <data-dir>/sessions/<id>.json, current/<id>.json, quarantine/<name>, index.json.
/// Folders are 0700; the data folder itself may be a link the person made (to a synced
/// folder), the folders inside it never are.
class StoreFolders
{
public:
    /// `dataDir` as SessionStore keeps it, already cleaned (QDir::cleanPath) once.
    explicit StoreFolders(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    const QString& dataDir() const { return m_dataDir; }
    QString sessionsDir() const;
    QString currentDir() const;
    QString quarantineDir() const;
    QString indexPath() const;
    /// <folder>/<id>.json
    static QString fileFor(const QString& folder, const std::string& id);

    /// Creates the data folder and its three folders (0700) if needed.
    Result<void> ensureFolders() const;
    /// For a reader of `folder` (sessions/ or current/): refuses an unsafe data folder or
    /// folder; false when `folder` is missing and cannot be made (a read-only data folder:
    /// nothing is stored there). Creates nothing else.
    Result<bool> prepareRead(const QString& folder) const;

private:
    QString m_dataDir;
};

} // namespace tightside::store::detail
