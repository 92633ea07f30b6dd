#include "sessionwriter.h"

#include "tightside/core/jsonio.h"
#include "tightside/store/printable.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sys/file.h>
#include <unistd.h>

namespace tightside::store::detail {
namespace {

/// The text a session is stored as: indented for people when that fits the 1 MiB limit,
/// else compact (what was accepted must stay readable), else nothing.
std::optional<std::string> storedText(const nlohmann::json& document)
{
    // Replacing invalid UTF-8 instead of throwing: nothing may throw across the store.
    std::string text =
        document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    if (text.size() <= core::kMaxJsonBytes) {
        return text;
    }
    text = document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    if (text.size() <= core::kMaxJsonBytes) {
        return text;
    }
    return std::nullopt;
}

QString tooLargeToStore()
{
    return QStringLiteral("the session would take more than 1 MiB once stored; it was not stored");
}

/// Holds an exclusive flock(2) on a folder while a stored copy is judged and replaced, so
/// that two imports restoring one id never quarantine each other's good copy.
class FolderLock
{
public:
    explicit FolderLock(const QString& folder)
        : m_fd(::open(QFile::encodeName(folder).constData(),
                      O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC))
    {
        if (m_fd >= 0) {
            while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
            }
        }
    }
    ~FolderLock()
    {
        if (m_fd >= 0) {
            ::close(m_fd); // releases the lock
        }
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    FolderLock(FolderLock&&) = delete;
    FolderLock& operator=(FolderLock&&) = delete;

private:
    int m_fd;
};

} // namespace

Result<std::string> SessionWriter::check(const nlohmann::json& document) const
{
    const core::SessionParse parsed = core::parseSession(document, m_protocol);
    if (!parsed.session) {
        return Result<std::string>::failure(QStringLiteral("the session is not valid: ") +
                                            problemsText(parsed.problems));
    }
    return Result<std::string>::success(parsed.session->id);
}

Result<void> SessionWriter::write(const QString& folder, const core::Session& session) const
{
    const nlohmann::json document = core::toJson(session);
    const auto id = check(document);
    if (!id) {
        return Result<void>::failure(id.error());
    }
    if (auto made = m_folders.ensureFolders(); !made) {
        return made;
    }
    const auto text = storedText(document);
    if (!text) {
        return Result<void>::failure(tooLargeToStore());
    }
    return writeFileAtomically(StoreFolders::fileFor(folder, id.value()),
                               QByteArrayView(text->data(), static_cast<qsizetype>(text->size())),
                               m_seam);
}

Result<SaveOutcome> SessionWriter::importDocument(const nlohmann::json& document,
                                                  const SessionReader& reader,
                                                  const QuarantineFolder& quarantine) const
{
    using Out = Result<SaveOutcome>;
    const auto id = check(document);
    if (!id) {
        return Out::failure(id.error());
    }
    if (auto made = m_folders.ensureFolders(); !made) {
        return Out::failure(made.error());
    }
    const auto text = storedText(document);
    if (!text) {
        return Out::failure(tooLargeToStore());
    }
    const QString path = StoreFolders::fileFor(m_folders.sessionsDir(), id.value());
    // A no-replace create: of two imports of one id at once, exactly one puts its copy in.
    const auto create = [&]() -> Result<bool> {
        auto file = AtomicFile::create(path, m_seam);
        if (!file) {
            return Result<bool>::failure(file.error());
        }
        if (auto written = file.value()->write(
                QByteArrayView(text->data(), static_cast<qsizetype>(text->size())));
            !written) {
            return Result<bool>::failure(written.error());
        }
        if (auto committed = file.value()->commit(Replace::Nothing); !committed) {
            if (file.value()->alreadyExists()) {
                return Result<bool>::success(false);
            }
            return Result<bool>::failure(committed.error());
        }
        return Result<bool>::success(true);
    };
    auto created = create();
    if (!created) {
        return Out::failure(created.error());
    }
    if (created.value()) {
        return Out::success(SaveOutcome::Saved);
    }
    // Something holds the name. A good copy means skip; a torn or unreadable one (or a link,
    // a FIFO...) is set aside, never deleted, and this valid copy takes its place. Judged
    // under a lock so that two restoring imports never set aside each other's good copy.
    const FolderLock lock(m_folders.sessionsDir());
    bool restored = false;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const auto problem = reader.problemWith(path, id.value());
        if (problem && problem->isEmpty()) {
            // A good copy stands: another import (or this one's earlier pass) created it. Only
            // the import whose own create succeeded reports storing, so an id is reported once.
            return Out::success(SaveOutcome::AlreadyStored);
        }
        if (problem) {
            const Quarantined moved = quarantine.moveIn(
                path, *problem + QStringLiteral("\n(a valid copy of this session was imported "
                                                "in its place)"));
            if (moved.quarantinePath.isEmpty()) {
                return Out::failure(
                    QStringLiteral("the stored copy of this session cannot be read and could "
                                   "not be set aside: %1")
                        .arg(moved.reason.section(QLatin1Char('\n'), -1)));
            }
            restored = true;
        }
        created = create();
        if (!created) {
            return Out::failure(created.error());
        }
        if (created.value()) {
            return Out::success(restored ? SaveOutcome::Restored : SaveOutcome::Saved);
        }
    }
    return Out::failure(QStringLiteral("the stored copy of this session keeps changing"));
}

Result<void> SessionWriter::remove(const QString& folder, const std::string& id) const
{
    if (!core::isValidSessionId(id)) {
        return Result<void>::failure(QStringLiteral("\"%1\" is not a session id")
                                         .arg(QString::fromStdString(printable(id))));
    }
    if (QString problem = folderProblem(folder, false); !problem.isEmpty()) {
        bool missing = false;
        (void)folderProblem(folder, false, &missing);
        return missing ? Result<void>::success() : Result<void>::failure(problem);
    }
    const QString path = StoreFolders::fileFor(folder, id);
    const QByteArray native = QFile::encodeName(path);
    if (::unlink(native.constData()) != 0) {
        if (errno == ENOENT) {
            return Result<void>::success();
        }
        return Result<void>::failure(
            QStringLiteral("could not remove %1: %2").arg(path, systemError(errno)));
    }
    return syncFolder(folder, m_seam);
}

} // namespace tightside::store::detail
