#include "tightside/store/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tightside::store {
namespace {

constexpr qint64 kChunkBytes = qint64{256} * 1024;

int syncFd(const WriteSeam& seam, int fd)
{
    return seam.sync ? seam.sync(fd) : ::fsync(fd);
}

QString typeName(mode_t mode)
{
    if (S_ISLNK(mode)) {
        return QStringLiteral("a symbolic link");
    }
    if (S_ISDIR(mode)) {
        return QStringLiteral("a folder");
    }
    if (S_ISFIFO(mode)) {
        return QStringLiteral("a FIFO (named pipe)");
    }
    if (S_ISCHR(mode)) {
        return QStringLiteral("a character device");
    }
    if (S_ISBLK(mode)) {
        return QStringLiteral("a block device");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("a socket");
    }
    return QStringLiteral("not a regular file");
}

} // namespace

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<void> writeAll(QIODevice& device, QByteArrayView data, const WriteSeam& seam)
{
    const char* cursor = data.data();
    qint64 remaining = data.size();
    while (remaining > 0) {
        const qint64 chunk = std::min(remaining, kChunkBytes);
        errno = 0;
        const qint64 written =
            seam.write ? seam.write(device, cursor, chunk) : device.write(cursor, chunk);
        if (written <= 0) {
            // A write that makes no progress is a full disk in all but name; retrying would
            // spin forever.
            const int error = errno;
            QString why = error != 0 ? systemError(error) : device.errorString();
            if (why.isEmpty() || why == QLatin1String("Unknown error")) {
                why = QStringLiteral("no bytes could be written");
            }
            return Result<void>::failure(why);
        }
        cursor += written;
        remaining -= written;
    }
    return Result<void>::success();
}

struct AtomicFile::Private
{
    WriteSeam seam;
    QByteArray temporary;
    int fd = -1;
    QFile file;
};

Result<std::unique_ptr<AtomicFile>> AtomicFile::create(const QString& path, const WriteSeam& seam)
{
    using Out = Result<std::unique_ptr<AtomicFile>>;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (name.isEmpty()) {
        return Out::failure(QStringLiteral("could not write %1: it names a folder").arg(path));
    }
    std::unique_ptr<AtomicFile> out(new AtomicFile());
    out->m_path = path;
    out->m_d = std::make_unique<Private>();
    out->m_d->seam = seam;
    // Hidden, and in the same folder so that the rename is atomic. mkostemp opens with O_EXCL:
    // a link planted at the name is never followed.
    QByteArray pattern = QFile::encodeName(info.path() + QStringLiteral("/.") + name) + ".XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) {
        return Out::failure(QStringLiteral("could not write %1: %2").arg(path, systemError(errno)));
    }
    out->m_d->fd = fd;
    out->m_d->temporary = pattern;
    // Health data: private before its first byte exists, whatever the umask.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 ||
        !out->m_d->file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                             QFileDevice::DontCloseHandle)) {
        const int error = errno;
        out->cancel();
        return Out::failure(QStringLiteral("could not write %1: %2").arg(path, systemError(error)));
    }
    return Out::success(std::move(out));
}

AtomicFile::~AtomicFile()
{
    cancel();
}

void AtomicFile::cancel()
{
    if (!m_d) {
        return;
    }
    if (m_d->file.isOpen()) {
        m_d->file.close();
    }
    if (m_d->fd >= 0) {
        ::close(m_d->fd);
        m_d->fd = -1;
    }
    if (!m_d->temporary.isEmpty()) {
        ::unlink(m_d->temporary.constData());
        m_d->temporary.clear();
    }
}

Result<void> AtomicFile::write(QByteArrayView data)
{
    if (m_d->fd < 0) {
        return Result<void>::failure(
            QStringLiteral("could not write %1: it is closed").arg(m_path));
    }
    if (auto written = writeAll(m_d->file, data, m_d->seam); !written) {
        cancel();
        return Result<void>::failure(
            QStringLiteral("could not write %1: %2").arg(m_path, written.error()));
    }
    return Result<void>::success();
}

Result<void> AtomicFile::commit(Replace mode)
{
    const auto fail = [this](const QString& why) {
        cancel();
        return Result<void>::failure(QStringLiteral("could not write %1: %2").arg(m_path, why));
    };
    if (m_d->fd < 0) {
        return fail(QStringLiteral("it is closed"));
    }
    if (!m_d->file.flush()) {
        return fail(m_d->file.errorString());
    }
    if (syncFd(m_d->seam, m_d->fd) != 0) {
        return fail(systemError(errno));
    }
    m_d->file.close();
    if (::close(m_d->fd) != 0) {
        m_d->fd = -1;
        return fail(systemError(errno));
    }
    m_d->fd = -1;
    const QByteArray target = QFile::encodeName(m_path);
    if (mode == Replace::RegularFileOnly) {
        struct stat info
        {};
        if (::lstat(target.constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
            return fail(QStringLiteral("something else is there (%1); Tightside replaces only "
                                       "regular files")
                            .arg(typeName(info.st_mode)));
        }
        if (::rename(m_d->temporary.constData(), target.constData()) != 0) {
            return fail(systemError(errno));
        }
    } else {
        int renamed = ::renameat2(AT_FDCWD, m_d->temporary.constData(), AT_FDCWD,
                                  target.constData(), RENAME_NOREPLACE);
        if (renamed != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // A file system without RENAME_NOREPLACE: link(2) never replaces either.
            renamed = ::link(m_d->temporary.constData(), target.constData());
            if (renamed == 0) {
                ::unlink(m_d->temporary.constData());
            }
        }
        if (renamed != 0) {
            m_exists = errno == EEXIST;
            return fail(m_exists ? QStringLiteral("it already exists") : systemError(errno));
        }
    }
    m_d->temporary.clear();
    // The rename is only durable once the folder's entry is on disk too.
    if (const auto synced = syncFolder(QFileInfo(m_path).absolutePath(), m_d->seam); !synced) {
        return Result<void>::failure(
            QStringLiteral("could not write %1: %2").arg(m_path, synced.error()));
    }
    return Result<void>::success();
}

Result<void> writeFileAtomically(const QString& path, QByteArrayView data, const WriteSeam& seam)
{
    auto file = AtomicFile::create(path, seam);
    if (!file) {
        return Result<void>::failure(file.error());
    }
    if (auto written = file.value()->write(data); !written) {
        return written;
    }
    return file.value()->commit();
}

QString folderProblem(const QString& path, bool followLink, bool* missing)
{
    if (missing != nullptr) {
        *missing = false;
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat info
    {};
    const int status =
        followLink ? ::stat(native.constData(), &info) : ::lstat(native.constData(), &info);
    if (status != 0) {
        if (errno == ENOENT && missing != nullptr) {
            *missing = true;
            return {};
        }
        return QStringLiteral("the folder %1 cannot be opened: %2").arg(path, systemError(errno));
    }
    if (S_ISLNK(info.st_mode)) {
        return QStringLiteral("%1 is a symbolic link; Tightside does not follow links inside its "
                              "data folder")
            .arg(path);
    }
    if (!S_ISDIR(info.st_mode)) {
        return QStringLiteral("%1 is not a folder (it is %2)").arg(path, typeName(info.st_mode));
    }
    if (info.st_uid != ::geteuid()) {
        return QStringLiteral("the folder %1 belongs to another user (uid %2); Tightside keeps "
                              "health data only in a folder of your own")
            .arg(path)
            .arg(info.st_uid);
    }
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return QStringLiteral("the folder %1 can be changed by other users (mode %2); make it "
                              "private with: chmod 700 %1")
            .arg(path)
            .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
    }
    return {};
}

Result<void> makePrivateFolder(const QString& path, bool followLink)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString cursor = absolute;
    while (!QFileInfo(cursor).exists() && !QFileInfo(cursor).isSymLink()) {
        missing.prepend(cursor);
        const QString parent = QFileInfo(cursor).path();
        if (parent == cursor) {
            break;
        }
        cursor = parent;
    }
    for (const QString& folder : missing) {
        const QByteArray native = QFile::encodeName(folder);
        if (::mkdir(native.constData(), S_IRWXU) != 0) {
            if (errno == EEXIST) {
                continue; // another process made it meanwhile; checked below
            }
            return Result<void>::failure(QStringLiteral("could not create the folder %1: %2")
                                             .arg(folder, systemError(errno)));
        }
        // Ours, just made: 0700 whatever the umask took away.
        (void)::chmod(native.constData(), S_IRWXU);
    }
    if (const QString problem = folderProblem(absolute, followLink); !problem.isEmpty()) {
        return Result<void>::failure(problem);
    }
    return Result<void>::success();
}

Result<void> syncFolder(const QString& path, const WriteSeam& seam)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return Result<void>::failure(
            QStringLiteral("could not open the folder %1: %2").arg(path, systemError(errno)));
    }
    const int synced = syncFd(seam, fd);
    const int syncError = errno;
    if (::close(fd) != 0 && synced == 0) {
        return Result<void>::failure(
            QStringLiteral("could not close the folder %1: %2").arg(path, systemError(errno)));
    }
    if (synced != 0) {
        return Result<void>::failure(
            QStringLiteral("could not sync the folder %1: %2").arg(path, systemError(syncError)));
    }
    return Result<void>::success();
}

ReadResult readRegularFile(int dirFd, const QByteArray& name, qint64 limit, bool followLink)
{
    ReadResult out;
    const auto failed = [&out](ReadFailure failure, const QString& why) {
        out.failure = failure;
        out.why = why;
        out.bytes.clear();
        return out;
    };
    // Look before opening: opening a device can have effects of its own.
    struct stat info
    {};
    if (::fstatat(dirFd, name.constData(), &info, followLink ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
        const int error = errno;
        return failed(error == ENOENT ? ReadFailure::Missing : ReadFailure::Unreadable,
                      QStringLiteral("cannot be opened: ") + systemError(error));
    }
    if (!S_ISREG(info.st_mode)) {
        return failed(ReadFailure::NotRegular,
                      QStringLiteral("is %1, not a regular file; it was not opened")
                          .arg(typeName(info.st_mode)));
    }
    const int fd =
        ::openat(dirFd, name.constData(),
                 O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followLink ? 0 : O_NOFOLLOW));
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP) {
            return failed(ReadFailure::NotRegular,
                          QStringLiteral("is a symbolic link, not a regular file; it was not "
                                         "opened"));
        }
        return failed(error == ENOENT ? ReadFailure::Missing : ReadFailure::Unreadable,
                      QStringLiteral("cannot be opened: ") + systemError(error));
    }
    const auto closeAnd = [fd](const ReadResult& result) {
        ::close(fd);
        return result;
    };
    // Swapped for something else between the look and the open: check what was opened.
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        return closeAnd(failed(ReadFailure::NotRegular,
                               QStringLiteral("is not a regular file; it was not read")));
    }
    if (info.st_size > limit) {
        return closeAnd(failed(ReadFailure::TooLarge, QStringLiteral("is larger than the limit")));
    }
    out.stamp = {static_cast<std::int64_t>(info.st_size),
                 static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
                 static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec,
                 static_cast<std::uint64_t>(info.st_ino)};
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) {
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    // One byte over the limit is enough to know the file grew too large meanwhile.
    out.bytes.resize(static_cast<qsizetype>(std::min<qint64>(info.st_size, limit) + 1));
    qsizetype got = 0;
    for (;;) {
        if (got == out.bytes.size()) {
            if (got > limit) {
                break;
            }
            out.bytes.resize(std::min<qsizetype>(got * 2 + 4096, limit + 1));
        }
        const ssize_t n =
            ::read(fd, out.bytes.data() + got, static_cast<size_t>(out.bytes.size() - got));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            return closeAnd(failed(ReadFailure::Unreadable,
                                   QStringLiteral("cannot be read: ") + systemError(error)));
        }
        if (n == 0) {
            break;
        }
        got += n;
    }
    out.bytes.resize(got);
    if (got > limit) {
        return closeAnd(failed(ReadFailure::TooLarge, QStringLiteral("is larger than the limit")));
    }
    return closeAnd(out);
}

} // namespace tightside::store
