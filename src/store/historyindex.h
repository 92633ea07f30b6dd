#pragma once

// The history index (<data-dir>/index.json): a cache of session summaries, private to the store.

#include "tightside/core/protocol.h"
#include "tightside/store/sessionstore.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::store::detail {

/// What tells a session file apart from an edited or replaced one without reading it. An
/// atomic rename gives a new inode and a new change time, which no tool can set back.
struct FileStamp
{
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::int64_t ctimeNs = 0;
    std::uint64_t inode = 0;

    bool operator==(const FileStamp&) const = default;
};

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

} // namespace tightside::store::detail
