#pragma once

#include "tightside/store/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <QtGlobal>
#include <functional>

class QIODevice;

namespace tightside::store {

/// The two system calls of an atomic write that tests replace to simulate a failing disk.
/// Empty members mean the real thing.
struct WriteSeam
{
    /// Writes at most `size` bytes of `data` to the open temporary file and returns how many
    /// it wrote, or -1 with errno set (like ::write). Default: QIODevice::write.
    std::function<qint64(QIODevice& device, const char* data, qint64 size)> write;
    /// Flushes a descriptor to stable storage; 0 or -1 with errno set. Default: ::fsync.
    std::function<int(int fd)> sync;
};

/// Writes all of `data` to `device` through `seam.write`, in chunks, until it is written or a
/// write fails (a short write of 0 bytes counts as a failure, like a full disk).
Result<void> writeAll(QIODevice& device, QByteArrayView data, const WriteSeam& seam = {});

/// The one way Tightside writes a file (sessions, progress, quarantine notes, exports):
/// QSaveFile in the same folder, mode 0600 set before any byte is written, write, flush,
/// fsync of the file, rename over `path`, fsync of the folder. Every return value is checked.
/// On failure the old file at `path` (if any) is left exactly as it was, no temporary file is
/// left behind, and the error names the file and the cause.
Result<void> writeFileAtomically(const QString& path, QByteArrayView data,
                                 const WriteSeam& seam = {});

/// Creates `path` and any missing parents with mode 0700, and tightens an existing folder to
/// 0700: the data dir holds health data.
Result<void> makePrivateFolder(const QString& path);

/// fsyncs a folder so that a rename or unlink inside it survives a power cut.
Result<void> syncFolder(const QString& path, const WriteSeam& seam = {});

} // namespace tightside::store
