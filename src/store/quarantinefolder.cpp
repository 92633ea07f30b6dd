#include "quarantinefolder.h"

#include "folderlisting.h"

#include "tightside/store/printable.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>

namespace tightside::store::detail {
namespace {

// For the app's log (src/app routes Qt's messages into it): file names and causes of the
// file system, never what a session holds.
Q_LOGGING_CATEGORY(lcStore, "tightside.store", QtInfoMsg)

} // namespace

Quarantined QuarantineFolder::moveIn(const QString& path, const QString& reason) const
{
    const QFileInfo info(path);
    return moveIn(info.path(), QFile::encodeName(info.fileName()), reason);
}

Quarantined QuarantineFolder::moveIn(const QString& folder, const QByteArray& rawName,
                                     const QString& reason) const
{
    const QByteArray from = QFile::encodeName(folder) + '/' + rawName;
    Quarantined out{printableName(from), {}, reason};
    if (auto made = makePrivateFolder(m_path); !made) {
        out.reason += QStringLiteral("\n(could not be moved to quarantine: %1)").arg(made.error());
        qCWarning(lcStore).noquote()
            << "could not quarantine" << out.originalPath << ":" << made.error();
        return out;
    }
    QByteArray to;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        to = QFile::encodeName(m_path) + '/' + rawName +
             (attempt == 0 ? QByteArray() : "." + QByteArray::number(attempt));
        // Never replace an earlier quarantined file of the same name: nothing is deleted.
        // rename(2) moves a link or a FIFO itself, never what it points to.
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) ==
            0) {
            out.quarantinePath = printableName(to);
            break;
        }
        if (errno == EEXIST) {
            continue;
        }
        if (errno == ENOENT) {
            // Another process (a second `history`) moved it first; it is safe either way.
            return out;
        }
        const QString cause = systemError(errno);
        out.reason += QStringLiteral("\n(could not be moved to quarantine: %1)").arg(cause);
        qCWarning(lcStore).noquote() << "could not quarantine" << out.originalPath << ":" << cause;
        return out;
    }
    if (out.quarantinePath.isEmpty()) {
        qCWarning(lcStore).noquote()
            << "could not quarantine" << out.originalPath << ": 1000 earlier copies";
        return out;
    }
    // Not the reason itself: a problem line can quote a value the file holds.
    qCWarning(lcStore).noquote() << "quarantined" << out.originalPath << "as" << out.quarantinePath
                                 << QStringLiteral("(reasons: %1 lines, in the .why note)")
                                        .arg(reason.count(QLatin1Char('\n')) + 1);
    const QByteArray note =
        (QStringLiteral("Tightside moved this file here from ") + out.originalPath +
         QStringLiteral(" because it could not be used:\n") + reason + QLatin1Char('\n'))
            .toUtf8();
    if (auto written = writeFileAtomically(QFile::decodeName(to + ".why"), note, m_seam);
        !written) {
        out.reason += QStringLiteral("\n(the note could not be written: %1)").arg(written.error());
    }
    // The move is durable only once the folder it left is synced as well.
    if (auto synced = syncFolder(folder, m_seam); !synced) {
        out.reason += QStringLiteral("\n(%1)").arg(synced.error());
    }
    return out;
}

std::size_t QuarantineFolder::count() const
{
    int error = 0;
    const auto files = listFolder(m_path, error);
    if (!files) {
        return 0;
    }
    const QString note = QStringLiteral(".why");
    std::size_t count = 0;
    for (const ListedFile& file : *files) {
        const QString& name = file.name;
        // A note being written right now is "<name>.why.XXXXXX" (an older writer's temporary).
        const bool noteInProgress = name.size() > 11 &&
                                    name.at(name.size() - 7) == QLatin1Char('.') &&
                                    QStringView(name).chopped(7).endsWith(note);
        if (!name.endsWith(note) && !noteInProgress) {
            ++count;
        }
    }
    return count;
}

} // namespace tightside::store::detail
