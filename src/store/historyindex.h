#pragma once

// The history index (<data-dir>/index.json): a cache of session summaries, private to the store.

#include "sessionreader.h"
#include "storefolders.h"

#include "tightside/core/protocol.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/sessionstore.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::store::detail {

/// The file stamp an index entry is keyed by (store::FileStamp).
using FileStamp = store::FileStamp;

struct IndexEntry
{
    /// The file name in sessions/ ("<id>.json").
    QString name;
    FileStamp stamp;
    SessionSummary summary;
};

/// Sessions are validated against a protocol; an index made under another one is stale.
std::string protocolKey(const core::Protocol& protocol);

/// The entries of an index file, or nullopt when it is not a well-formed index for
/// `protocolKey` (any wrong type, range or id, so that a damaged cache is rebuilt, never
/// trusted). `sessionsDir` fills in each summary's path. Never throws.
std::optional<std::vector<IndexEntry>>
parseIndex(std::string_view text, std::string_view protocolKey, const QString& sessionsDir);

/// The index file's text (compact JSON, one array per entry). Never throws.
std::string serialiseIndex(const std::vector<IndexEntry>& entries, std::string_view protocolKey);

/// SessionStore::summaries(): the summaries of sessions/, oldest first. A file whose stamp
/// matches its index entry is not read again, one whose stamp matches a `known` session is
/// summarised from it, every other one is read by `reader` (and quarantined if it fails);
/// the index is rewritten when anything changed (a cache: failing to write it is no error).
Result<SummaryListing> readSummaries(const StoreFolders& folders, const SessionReader& reader,
                                     const core::Protocol& protocol, const WriteSeam& seam,
                                     const std::function<void(std::size_t, std::size_t)>& progress,
                                     const std::vector<StoredSession>& known);

} // namespace tightside::store::detail
