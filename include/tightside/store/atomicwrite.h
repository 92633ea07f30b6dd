#pragma once

#include "tightside/store/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <memory>

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

/// What AtomicFile::commit() does when something is already at the final path.
enum class Replace
{
    /// Replace a regular file (never a link, folder, device or FIFO: those are refused).
    RegularFileOnly,
    /// Never replace anything: the commit fails with `alreadyExists()` set (link(2)/renameat2
    /// RENAME_NOREPLACE, so two writers of one name cannot both succeed).
    Nothing,
};

/// A file written atomically and durably, in pieces (exports stream through it): a private
/// (0600, O_EXCL, O_NOFOLLOW) temporary file ".<name>.XXXXXX" beside `path`, written, flushed
/// and fsync-ed, then renamed onto `path` and the folder fsync-ed. Dropping it without a
/// successful commit() removes the temporary file: nothing is left half-written.
class AtomicFile
{
public:
    static Result<std::unique_ptr<AtomicFile>> create(const QString& path,
                                                      const WriteSeam& seam = {});
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Appends `data`; the error names the file and the cause.
    Result<void> write(QByteArrayView data);
    /// Flushes, syncs and puts the file in place (see Replace); the temporary file is gone
    /// afterwards whatever happened.
    Result<void> commit(Replace mode = Replace::RegularFileOnly);
    /// True after a commit(Replace::Nothing) that found the final name taken.
    bool alreadyExists() const { return m_exists; }
    /// Removes the temporary file now (also done by the destructor).
    void cancel();
    const QString& path() const { return m_path; }

private:
    AtomicFile() = default;
    struct Private;
    std::unique_ptr<Private> m_d;
    QString m_path;
    bool m_exists = false;
};

/// The one way Tightside writes a whole file (sessions, progress, quarantine notes, the
/// index, exports): AtomicFile, written at once. On failure the old file at `path` (if any)
/// is left exactly as it was, no temporary file is left behind, and the error names the file
/// and the cause. A link, folder, device or FIFO at `path` is never replaced.
Result<void> writeFileAtomically(const QString& path, QByteArrayView data,
                                 const WriteSeam& seam = {});

/// Why a folder of the data dir cannot be used, or empty when it can: not a folder, a
/// symbolic link (unless `followLink`: the data dir itself may be a link the person made),
/// owned by another user, or writable by other users. Never changes the folder.
/// `missing` is set (and the result is empty) when nothing is there.
QString folderProblem(const QString& path, bool followLink, bool* missing = nullptr);

/// Creates `path` and any missing parents with mode 0700. An existing folder is checked with
/// folderProblem() and refused, never chmod-ed: a folder others can write or that belongs to
/// someone else is the person's to fix. `followLink` as for folderProblem().
Result<void> makePrivateFolder(const QString& path, bool followLink = false);

/// fsyncs a folder so that a rename or unlink inside it survives a power cut.
Result<void> syncFolder(const QString& path, const WriteSeam& seam = {});

/// The system's own words for `error` (an errno value), for the store's problem lines.
QString systemError(int error);

/// Why a read of one file failed.
enum class ReadFailure
{
    None,
    /// Nothing there (moved away by another process, or never there).
    Missing,
    /// A symbolic link, FIFO, device, socket or folder: never opened, never waited on.
    NotRegular,
    TooLarge,
    Unreadable,
};

/// What tells a file apart from an edited or replaced one without reading it. An atomic
/// rename gives a new inode and a new change time, which no tool can set back.
struct FileStamp
{
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::int64_t ctimeNs = 0;
    std::uint64_t inode = 0;

    bool operator==(const FileStamp&) const = default;
};

/// A file's bytes, or why not (`failure` and `why`, a sentence without the file's name).
struct ReadResult
{
    QByteArray bytes;
    /// The stamp of the file that was read (taken from the open file before reading).
    FileStamp stamp;
    ReadFailure failure = ReadFailure::None;
    QString why;
    bool ok() const { return failure == ReadFailure::None; }
};

/// Reads `name` in the folder `dirFd` (AT_FDCWD: `name` is a path) with O_NOFOLLOW and
/// O_NONBLOCK, checks with fstat that it is a regular file, clears O_NONBLOCK and reads at
/// most `limit` bytes (more is TooLarge). `followLink` opens through a link (a file the
/// person named on the command line), still refusing anything but a regular file.
ReadResult readRegularFile(int dirFd, const QByteArray& name, qint64 limit,
                           bool followLink = false);

} // namespace tightside::store
