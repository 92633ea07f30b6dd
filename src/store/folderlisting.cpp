#include "folderlisting.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <dirent.h>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace tightside::store::detail {

bool isSomeoneElsesTemporary(const QString& name)
{
    if (name.startsWith(QLatin1Char('.'))) {
        return true;
    }
    const qsizetype json = name.lastIndexOf(QStringLiteral(".json."));
    return json > 0 && name.size() - (json + 6) == 6;
}

std::optional<std::vector<ListedFile>> listFolder(const QString& folder, int& error)
{
    error = 0;
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        return std::nullopt;
    }
    DIR* dir = ::fdopendir(fd);
    if (dir == nullptr) {
        error = errno;
        ::close(fd);
        return std::nullopt;
    }
    std::vector<ListedFile> files;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (entry == nullptr) {
            error = errno;
            break;
        }
        const std::string_view rawName(entry->d_name);
        if (rawName == "." || rawName == "..") {
            continue;
        }
        QByteArray raw(entry->d_name);
        QString name = QFile::decodeName(raw);
        if (isSomeoneElsesTemporary(name)) {
            continue;
        }
        struct stat info = {};
        if (::fstatat(::dirfd(dir), raw.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            // Gone meanwhile, or unreadable: whoever reads it decides (and quarantines).
            files.push_back({std::move(raw), std::move(name), {}});
            continue;
        }
        if (S_ISDIR(info.st_mode)) {
            continue;
        }
        files.push_back(
            {std::move(raw),
             std::move(name),
             {static_cast<std::int64_t>(info.st_size),
              static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
              static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec,
              S_ISREG(info.st_mode) ? static_cast<std::uint64_t>(info.st_ino) : 0U}});
    }
    ::closedir(dir);
    if (error != 0) {
        return std::nullopt;
    }
    std::sort(files.begin(), files.end(),
              [](const ListedFile& a, const ListedFile& b) { return a.raw < b.raw; });
    return files;
}

} // namespace tightside::store::detail
