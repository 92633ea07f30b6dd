#pragma once

// Writing session files, private to the store.

#include "quarantinefolder.h"
#include "sessionreader.h"
#include "storefolders.h"

#include "tightside/core/protocol.h"
#include "tightside/core/session.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/sessionstore.h"

#include <nlohmann/json.hpp>

#include <string>

namespace tightside::store::detail {

/// Writes session files: only a session valid against the protocol, whose id is a session
/// id, through writeFileAtomically() (0600), indented for people when that fits 1 MiB. A
/// view: it refers to the store's protocol and write seam, and lives no longer than the
/// store that made it.
class SessionWriter
{
public:
    SessionWriter(StoreFolders folders, const core::Protocol& protocol, const WriteSeam& seam)
        : m_folders(std::move(folders)), m_protocol(protocol), m_seam(seam)
    {}

    /// Writes `session` to <folder>/<id>.json, replacing a file of the same id.
    Result<void> write(const QString& folder, const core::Session& session) const;

    /// Stores a document in sessions/ unless its id is already stored there, without
    /// replacing anything (RENAME_NOREPLACE). A stored copy `reader` finds unreadable is set
    /// aside to `quarantine` and replaced (SessionStore::importDocument()).
    Result<SaveOutcome> importDocument(const nlohmann::json& document, const SessionReader& reader,
                                       const QuarantineFolder& quarantine) const;

    /// Removes <folder>/<id>.json and syncs the folder; a missing file or folder is not an
    /// error.
    Result<void> remove(const QString& folder, const std::string& id) const;

private:
    /// Validates `document`; the id on success, else the problems as one sentence.
    Result<std::string> check(const nlohmann::json& document) const;

    StoreFolders m_folders;
    const core::Protocol& m_protocol;
    const WriteSeam& m_seam;
};

} // namespace tightside::store::detail
