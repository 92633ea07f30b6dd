#pragma once

// Reading session files back, private to the store.

#include "quarantinefolder.h"
#include "storefolders.h"

#include "tightside/core/protocol.h"
#include "tightside/store/sessionstore.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tightside::store::detail {

/// Why a file is not a session, as one text: every problem, one per line.
QString problemsText(const core::Problems& problems);
/// Why a file larger than a session can be was not read.
QString tooLargeText();

/// Reads session files (sessions/ and current/) the one safe way: a regular file only, never
/// following a link or waiting on a FIFO, at most 1 MiB, JSON, a session valid against the
/// protocol, named for its own id. A file that fails is moved to quarantine/. A view: it
/// refers to the store's protocol, quarantine and read observer, and lives no longer than
/// the store that made it.
class SessionReader
{
public:
    SessionReader(const core::Protocol& protocol, QuarantineFolder quarantine,
                  const std::function<void(const QString&)>& observer)
        : m_protocol(protocol), m_quarantine(std::move(quarantine)), m_observer(observer)
    {}

    /// Reads file `rawName` (the file system's bytes) in `folder`; quarantines it and returns
    /// nullopt when it fails (`quarantined` gets the note unless it vanished meanwhile).
    std::optional<StoredSession> read(const QString& folder, const QByteArray& rawName,
                                      std::vector<Quarantined>& quarantined) const;

    /// Reads every file of `folder` (listFolder()'s rule, oldest first) and calls `visit` for
    /// each readable one. Fails only when the folder cannot be made ready or listed.
    Result<std::vector<Quarantined>>
    readAll(const StoreFolders& folders, const QString& folder,
            const std::function<void(const StoredSession&)>& visit) const;

    /// Why the file at `path` is not a good copy of session `id`: an empty text when it is,
    /// nullopt when nothing is there. Moves nothing.
    std::optional<QString> problemWith(const QString& path, const std::string& id) const;

private:
    const core::Protocol& m_protocol;
    QuarantineFolder m_quarantine;
    const std::function<void(const QString&)>& m_observer;
};

} // namespace tightside::store::detail
