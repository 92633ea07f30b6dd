#include "tightside/store/atomicwrite.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tightside::store {
namespace {

constexpr qint64 kChunkBytes = qint64{256} * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

int syncFd(const WriteSeam& seam, int fd)
{
    return seam.sync ? seam.sync(fd) : ::fsync(fd);
}

} // namespace

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

Result<void> writeFileAtomically(const QString& path, QByteArrayView data, const WriteSeam& seam)
{
    const auto fail = [&path](const QString& why) {
        return Result<void>::failure(QStringLiteral("could not write %1: %2").arg(path, why));
    };
    QSaveFile file(path);
    // Writing straight into the target would tear it on a crash; better to fail.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    // Health data: the temporary file must be private before its first byte exists, since the
    // umask may leave it readable to others and the rename keeps its mode.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        const int error = errno;
        file.cancelWriting();
        return fail(systemError(error));
    }
    if (const auto written = writeAll(file, data, seam); !written) {
        file.cancelWriting();
        return fail(written.error());
    }
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (syncFd(seam, file.handle()) != 0) {
        const int error = errno;
        file.cancelWriting();
        return fail(systemError(error));
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    // The rename is only durable once the folder's entry is on disk too.
    if (const auto synced = syncFolder(QFileInfo(path).absolutePath(), seam); !synced) {
        return fail(synced.error());
    }
    return Result<void>::success();
}

Result<void> makePrivateFolder(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString cursor = absolute;
    while (!QFileInfo(cursor).exists()) {
        missing.prepend(cursor);
        const QString parent = QFileInfo(cursor).path();
        if (parent == cursor) {
            break;
        }
        cursor = parent;
    }
    for (const QString& folder : missing) {
        const QByteArray native = QFile::encodeName(folder);
        if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST) {
            return Result<void>::failure(QStringLiteral("could not create the folder %1: %2")
                                             .arg(folder, systemError(errno)));
        }
    }
    const QByteArray native = QFile::encodeName(absolute);
    struct stat info
    {};
    if (::stat(native.constData(), &info) != 0) {
        return Result<void>::failure(
            QStringLiteral("could not open the folder %1: %2").arg(absolute, systemError(errno)));
    }
    if (!S_ISDIR(info.st_mode)) {
        return Result<void>::failure(QStringLiteral("%1 is not a folder").arg(absolute));
    }
    if ((info.st_mode & 07777) != S_IRWXU && ::chmod(native.constData(), S_IRWXU) != 0) {
        return Result<void>::failure(QStringLiteral("could not make the folder %1 private: %2")
                                         .arg(absolute, systemError(errno)));
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

} // namespace tightside::store
