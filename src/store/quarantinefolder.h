#pragma once

// quarantine/: where the store sets aside files it cannot use, private to the store.

#include "tightside/store/atomicwrite.h"
#include "tightside/store/sessionstore.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace tightside::store::detail {

/// Moves files that cannot be used into quarantine/ with a `.why` note beside each, and
/// never deletes one. A view: it refers to the store's write seam and lives no longer than
/// the store that made it.
class QuarantineFolder
{
public:
    QuarantineFolder(QString path, const WriteSeam& seam) : m_path(std::move(path)), m_seam(seam) {}

    /// Moves `rawName` (the file system's bytes) out of `folder`; a link or FIFO is moved
    /// itself, never what it points to. An earlier quarantined file of the same name is never
    /// replaced.
    Quarantined moveIn(const QString& folder, const QByteArray& rawName,
                       const QString& reason) const;
    Quarantined moveIn(const QString& path, const QString& reason) const;

    /// How many files the folder holds, whoever put them there; the `.why` notes and other
    /// writers' temporaries are not counted. Reads no file; a missing or unreadable folder
    /// counts 0.
    std::size_t count() const;

private:
    QString m_path;
    const WriteSeam& m_seam;
};

} // namespace tightside::store::detail
