#pragma once

// How the store lists one of its folders (sessions/, current/, quarantine/): one rule for every
// reader, private to the store.

#include "tightside/store/atomicwrite.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tightside::store::detail {

/// A file another writer is putting in place right now (QSaveFile's "<name>.XXXXXX", a sync
/// tool's hidden temporary): not a session yet, and moving it away would break that write.
bool isSomeoneElsesTemporary(const QString& name);

/// One entry of a folder, as listed.
struct ListedFile
{
    /// The name's bytes as the file system holds them (maybe not UTF-8).
    QByteArray raw;
    QString name;
    /// Size, times and inode, taken without following a link; the inode is 0 for anything
    /// but a regular file, and the whole stamp is empty when the entry vanished meanwhile.
    FileStamp stamp;
};

/// The rule: every entry of `folder` but ".", "..", folders (a sync tool's own, not ours to
/// judge) and other writers' temporaries, sorted by name (ids begin with the start time, so
/// name order is start order). The folder must be a real folder, not a link. One fstatat per
/// entry: 10,000 of them take milliseconds. Nullopt with `error` (errno) set when the folder
/// cannot be opened or read to its end.
std::optional<std::vector<ListedFile>> listFolder(const QString& folder, int& error);

} // namespace tightside::store::detail
