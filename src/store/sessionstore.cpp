#include "tightside/store/sessionstore.h"

#include "historyindex.h"
#include "quarantinefolder.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

// SessionStore is the store's one public face; each job is done by its own part:
//   storefolders    where everything lives, making the folders
//   folderlisting   the one rule for listing a folder
//   sessionreader   reading and validating a file, the one safe way
//   sessionwriter   writing, importing (no-replace, restore under a lock), removing
//   quarantinefolder setting aside what cannot be used, counting it
//   historyindex    the summaries and their cache, index.json

namespace tightside::store {
namespace {

/// A built-in protocol lives as long as the process: shared without a copy. Any other is
/// copied, so the store never refers to a protocol its maker may drop.
std::shared_ptr<const core::Protocol> shareProtocol(const core::Protocol& protocol)
{
    if (&protocol == &core::builtinProtocol()) {
        return {std::shared_ptr<const core::Protocol>(), &protocol};
    }
    return std::make_shared<const core::Protocol>(protocol);
}

} // namespace

SessionStore::SessionStore(const QString& dataDir, std::shared_ptr<const core::Protocol> protocol,
                           WriteSeam seam)
    : m_dataDir(QDir::cleanPath(dataDir)),
      m_protocol(protocol ? std::move(protocol) : shareProtocol(core::builtinProtocol())),
      m_seam(std::move(seam))
{}

SessionStore::SessionStore(const QString& dataDir, const core::Protocol& protocol, WriteSeam seam)
    : SessionStore(dataDir, shareProtocol(protocol), std::move(seam))
{}

detail::StoreFolders SessionStore::folders() const
{
    return detail::StoreFolders(m_dataDir);
}

detail::QuarantineFolder SessionStore::quarantineFolder() const
{
    return {folders().quarantineDir(), m_seam};
}

detail::SessionReader SessionStore::reader() const
{
    return {*m_protocol, quarantineFolder(), m_readObserver};
}

detail::SessionWriter SessionStore::writer() const
{
    return {folders(), *m_protocol, m_seam};
}

Result<QString> SessionStore::resolveDataDir(const std::optional<QString>& option)
{
    auto folder = resolveDataFolder(option);
    if (!folder) {
        return Result<QString>::failure(folder.error());
    }
    return Result<QString>::success(folder.value().path);
}

QString SessionStore::sessionsDir() const
{
    return folders().sessionsDir();
}

QString SessionStore::currentDir() const
{
    return folders().currentDir();
}

QString SessionStore::quarantineDir() const
{
    return folders().quarantineDir();
}

QString SessionStore::indexPath() const
{
    return folders().indexPath();
}

QString SessionStore::sessionPath(const std::string& id) const
{
    return detail::StoreFolders::fileFor(folders().sessionsDir(), id);
}

Result<void> SessionStore::ensureFolders() const
{
    return folders().ensureFolders();
}

Result<void> SessionStore::save(const core::Session& session) const
{
    return writer().write(folders().sessionsDir(), session);
}

Result<SaveOutcome> SessionStore::saveNew(const core::Session& session) const
{
    return importDocument(core::toJson(session));
}

Result<SaveOutcome> SessionStore::importDocument(const nlohmann::json& document) const
{
    return writer().importDocument(document, reader(), quarantineFolder());
}

bool SessionStore::contains(const std::string& id) const
{
    struct stat info
    {};
    return core::isValidSessionId(id) &&
           ::lstat(QFile::encodeName(sessionPath(id)).constData(), &info) == 0;
}

Quarantined SessionStore::quarantine(const QString& path, const QString& reason) const
{
    return quarantineFolder().moveIn(path, reason);
}

std::size_t SessionStore::quarantineCount() const
{
    return quarantineFolder().count();
}

Result<std::vector<Quarantined>>
SessionStore::forEach(const std::function<void(const StoredSession&)>& visit) const
{
    return reader().readAll(folders(), folders().sessionsDir(), visit);
}

namespace {

Result<Listing> collect(const detail::SessionReader& reader, const detail::StoreFolders& folders,
                        const QString& folder)
{
    Listing listing;
    auto visited = reader.readAll(folders, folder, [&listing](const StoredSession& stored) {
        listing.sessions.push_back(stored);
    });
    if (!visited) {
        return Result<Listing>::failure(visited.error());
    }
    listing.quarantined = std::move(visited.value());
    return Result<Listing>::success(std::move(listing));
}

} // namespace

Result<Listing> SessionStore::load() const
{
    return collect(reader(), folders(), folders().sessionsDir());
}

Result<void> SessionStore::saveProgress(const core::Session& session) const
{
    return writer().write(folders().currentDir(), session);
}

Result<Listing> SessionStore::loadProgress() const
{
    return collect(reader(), folders(), folders().currentDir());
}

Result<void> SessionStore::discardProgress(const std::string& id) const
{
    return writer().remove(folders().currentDir(), id);
}

Result<void> SessionStore::finish(const core::Session& session) const
{
    // The finished copy must be durable before the progress copy goes, so that a crash in
    // between leaves two copies (resume is then offered for a saved session), never none.
    if (auto saved = save(session); !saved) {
        return saved;
    }
    return discardProgress(session.id);
}

Result<SummaryListing>
SessionStore::summaries(const std::function<void(std::size_t, std::size_t)>& progress,
                        const std::vector<StoredSession>& known) const
{
    return detail::readSummaries(folders(), reader(), *m_protocol, m_seam, progress, known);
}

Result<StoredSession> SessionStore::read(const QString& path) const
{
    std::vector<Quarantined> quarantined;
    const QFileInfo info(path);
    if (auto stored = reader().read(info.path(), QFile::encodeName(info.fileName()), quarantined)) {
        return Result<StoredSession>::success(std::move(*stored));
    }
    if (quarantined.empty()) {
        return Result<StoredSession>::failure(
            QStringLiteral("%1 is no longer there (moved or removed meanwhile)").arg(path));
    }
    return Result<StoredSession>::failure(
        QStringLiteral("%1 could not be read and was moved to the quarantine folder: %2")
            .arg(path, quarantined.front().reason));
}

} // namespace tightside::store
