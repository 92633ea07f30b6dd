#include "tightside/store/sessionstore.h"

#include "historyindex.h"

#include "tightside/core/jsonio.h"
#include "tightside/core/progress.h"
#include "tightside/store/printable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string_view>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tightside::store {
namespace {

// For the app's log (src/app routes Qt's messages into it): file names and causes of the
// file system, never what a session holds.
Q_LOGGING_CATEGORY(lcStore, "tightside.store", QtInfoMsg)

const QString kJsonSuffix = QStringLiteral(".json");

QString problemsText(const core::Problems& problems)
{
    QStringList lines;
    for (const core::Problem& problem : problems) {
        lines << QString::fromStdString(core::formatProblem("", problem).substr(2));
    }
    return lines.join(QLatin1Char('\n'));
}

/// A file another writer is putting in place right now (QSaveFile's "<name>.XXXXXX", a sync
/// tool's hidden temporary): not a session yet, and moving it away would break that write.
bool isSomeoneElsesTemporary(const QString& name)
{
    if (name.startsWith(QLatin1Char('.'))) {
        return true;
    }
    const qsizetype json = name.lastIndexOf(QStringLiteral(".json."));
    return json > 0 && name.size() - (json + 6) == 6;
}

/// Calls `visit(dir, rawName)` for every entry of `folder` but "." and ".."; false with
/// `error` set when the folder cannot be opened (it must be a real folder, not a link) or read
/// to its end. Names are the file system's bytes, whatever their encoding.
template <typename Visit>
bool forEachEntry(const QString& folder, int& error, Visit visit)
{
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        return false;
    }
    DIR* dir = ::fdopendir(fd);
    if (dir == nullptr) {
        error = errno;
        ::close(fd);
        return false;
    }
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (entry == nullptr) {
            error = errno;
            break;
        }
        const std::string_view name(entry->d_name);
        if (name != "." && name != "..") {
            visit(dir, QByteArray(entry->d_name));
        }
    }
    ::closedir(dir);
    return error == 0;
}

/// The names in `folder`, sorted; nullopt with errno set when it cannot be listed.
std::optional<QStringList> listFolder(const QString& folder, int& error)
{
    QStringList names;
    if (!forEachEntry(folder, error, [&names](DIR*, const QByteArray& name) {
            names << QFile::decodeName(name);
        })) {
        return std::nullopt;
    }
    // Ids begin with the start time, so name order is start order.
    std::sort(names.begin(), names.end());
    return names;
}

QString tooLargeText()
{
    return QStringLiteral("the file is larger than 1 MiB, which no session needs; it was not read");
}

/// A sessions-folder file and its stamp, as listed.
struct ListedFile
{
    /// The name's bytes as the file system holds them (maybe not UTF-8).
    QByteArray raw;
    QString name;
    detail::FileStamp stamp;
};

/// The entries in `folder` but folders and other writers' temporaries, with their stamps
/// (fstatat without following links: a link is listed, and refused when read), sorted by
/// name; nullopt with `error` set when the folder cannot be listed. One fstatat per file:
/// 10,000 of them take milliseconds.
std::optional<std::vector<ListedFile>> listWithStamps(const QString& folder, int& error)
{
    std::vector<ListedFile> files;
    const bool listed = forEachEntry(folder, error, [&files](DIR* dir, const QByteArray& raw) {
        const QString name = QFile::decodeName(raw);
        if (isSomeoneElsesTemporary(name)) {
            return;
        }
        struct stat info = {};
        if (::fstatat(::dirfd(dir), raw.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            // Gone meanwhile, or unreadable: the read below decides (and quarantines).
            files.push_back({raw, name, {}});
            return;
        }
        if (S_ISDIR(info.st_mode)) {
            return; // a sync tool's own folder, not ours to judge
        }
        files.push_back(
            {raw,
             name,
             {static_cast<std::int64_t>(info.st_size),
              static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
              static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec,
              S_ISREG(info.st_mode) ? static_cast<std::uint64_t>(info.st_ino) : 0U}});
    });
    if (!listed) {
        return std::nullopt;
    }
    // Ids begin with the start time, so name order is start order.
    std::sort(files.begin(), files.end(),
              [](const ListedFile& a, const ListedFile& b) { return a.raw < b.raw; });
    return files;
}

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

private:
    int m_fd;
};

/// The first `limit` bytes of `text`, never cutting a UTF-8 sequence in two.
std::string utf8Prefix(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit) {
        return text;
    }
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
        --end;
    }
    return text.substr(0, end);
}

/// The index is ours, but it may be damaged like any file: far larger than 10,000 sessions
/// need means it is not read at all.
constexpr qint64 kMaxIndexBytes = qint64{64} * 1024 * 1024;

} // namespace

SessionSummary summarise(const core::Session& session, const QString& path)
{
    SessionSummary s;
    s.id = session.id;
    s.started = session.started;
    s.painBefore = session.answers.painNow;
    s.painAfter = session.painAfter;
    s.planned = static_cast<int>(session.plan.steps.size());
    const core::OutcomeCounts counts = core::countOutcomes(session.done);
    s.completed = counts.completed;
    s.stoppedPain = counts.stoppedPain;
    s.before = session.answers.ratings;
    s.after = session.recheck;
    s.notes = utf8Prefix(session.notes, kSummaryNotesBytes);
    s.activities = session.activities;
    s.measures = session.answers.measures;
    s.stopped = session.stopped;
    s.path = path;
    return s;
}

SessionStore::SessionStore(const QString& dataDir, const core::Protocol& protocol, WriteSeam seam)
    : m_dataDir(QDir::cleanPath(dataDir)), m_protocol(protocol), m_seam(std::move(seam))
{}

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
    return m_dataDir + QStringLiteral("/sessions");
}

QString SessionStore::currentDir() const
{
    return m_dataDir + QStringLiteral("/current");
}

QString SessionStore::quarantineDir() const
{
    return m_dataDir + QStringLiteral("/quarantine");
}

QString SessionStore::sessionPath(const std::string& id) const
{
    return sessionsDir() + QLatin1Char('/') + QString::fromStdString(id) + kJsonSuffix;
}

Result<void> SessionStore::ensureFolders() const
{
    // The data dir itself may be a link the person made (to a synced folder); the folders
    // inside it are Tightside's own and never links.
    if (auto made = makePrivateFolder(m_dataDir, true); !made) {
        return made;
    }
    for (const QString& folder : {sessionsDir(), currentDir(), quarantineDir()}) {
        if (auto made = makePrivateFolder(folder); !made) {
            return made;
        }
    }
    return Result<void>::success();
}

Result<bool> SessionStore::prepareRead(const QString& folder) const
{
    bool missing = false;
    if (QString problem = folderProblem(m_dataDir, true, &missing); !problem.isEmpty()) {
        return Result<bool>::failure(problem);
    }
    if (missing) {
        if (auto made = makePrivateFolder(m_dataDir, true); !made) {
            return Result<bool>::failure(made.error());
        }
    }
    if (QString problem = folderProblem(folder, false, &missing); !problem.isEmpty()) {
        return Result<bool>::failure(problem);
    }
    if (missing) {
        // A read-only data dir without this folder: nothing is stored there, and reading
        // needs no other folder (current/ and quarantine/ are made when written to).
        return Result<bool>::success(makePrivateFolder(folder).ok());
    }
    return Result<bool>::success(true);
}

Result<std::string> SessionStore::check(const nlohmann::json& document) const
{
    const core::SessionParse parsed = core::parseSession(document, m_protocol);
    if (!parsed.session) {
        return Result<std::string>::failure(QStringLiteral("the session is not valid: ") +
                                            problemsText(parsed.problems));
    }
    return Result<std::string>::success(parsed.session->id);
}

Result<void> SessionStore::writeDocument(const QString& path, const nlohmann::json& document) const
{
    if (auto made = ensureFolders(); !made) {
        return made;
    }
    const auto text = storedText(document);
    if (!text) {
        return Result<void>::failure(
            QStringLiteral("the session would take more than 1 MiB once stored; it was not "
                           "stored"));
    }
    return writeFileAtomically(
        path, QByteArrayView(text->data(), static_cast<qsizetype>(text->size())), m_seam);
}

Result<void> SessionStore::save(const core::Session& session) const
{
    const nlohmann::json document = core::toJson(session);
    const auto id = check(document);
    if (!id) {
        return Result<void>::failure(id.error());
    }
    return writeDocument(sessionPath(id.value()), document);
}

Result<SaveOutcome> SessionStore::saveNew(const core::Session& session) const
{
    return importDocument(core::toJson(session));
}

std::optional<QString> SessionStore::problemWithStored(const QString& path,
                                                       const std::string& id) const
{
    const ReadResult read = readRegularFile(AT_FDCWD, QFile::encodeName(path),
                                            static_cast<qint64>(core::kMaxJsonBytes));
    if (read.failure == ReadFailure::Missing) {
        return std::nullopt;
    }
    if (!read.ok()) {
        return read.failure == ReadFailure::TooLarge ? tooLargeText()
                                                     : QStringLiteral("the file ") + read.why;
    }
    const core::JsonDocument document = core::parseJsonText(
        std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size())));
    if (!document.value) {
        return problemsText(document.problems);
    }
    const core::SessionParse parsed = core::parseSession(*document.value, m_protocol);
    if (!parsed.session) {
        return problemsText(parsed.problems);
    }
    if (parsed.session->id != id) {
        return QStringLiteral("the file name does not match the session id inside it");
    }
    return QString();
}

Result<SaveOutcome> SessionStore::importDocument(const nlohmann::json& document) const
{
    using Out = Result<SaveOutcome>;
    const auto id = check(document);
    if (!id) {
        return Out::failure(id.error());
    }
    if (auto made = ensureFolders(); !made) {
        return Out::failure(made.error());
    }
    const auto text = storedText(document);
    if (!text) {
        return Out::failure(QStringLiteral(
            "the session would take more than 1 MiB once stored; it was not stored"));
    }
    const QString path = sessionPath(id.value());
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
    const FolderLock lock(sessionsDir());
    bool restored = false;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const auto problem = problemWithStored(path, id.value());
        if (problem && problem->isEmpty()) {
            // A good copy stands: another import (or this one's earlier pass) created it. Only
            // the import whose own create succeeded reports storing, so an id is reported once.
            return Out::success(SaveOutcome::AlreadyStored);
        }
        if (problem) {
            const Quarantined moved = quarantine(
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

bool SessionStore::contains(const std::string& id) const
{
    struct stat info
    {};
    return core::isValidSessionId(id) &&
           ::lstat(QFile::encodeName(sessionPath(id)).constData(), &info) == 0;
}

Quarantined SessionStore::quarantine(const QString& path, const QString& reason) const
{
    const QFileInfo info(path);
    return quarantineRaw(info.path(), QFile::encodeName(info.fileName()), reason);
}

Quarantined SessionStore::quarantineRaw(const QString& folder, const QByteArray& rawName,
                                        const QString& reason) const
{
    const QByteArray from = QFile::encodeName(folder) + '/' + rawName;
    Quarantined out{printableName(from), {}, reason};
    if (auto made = makePrivateFolder(quarantineDir()); !made) {
        out.reason += QStringLiteral("\n(could not be moved to quarantine: %1)").arg(made.error());
        qCWarning(lcStore).noquote()
            << "could not quarantine" << out.originalPath << ":" << made.error();
        return out;
    }
    QByteArray to;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        to = QFile::encodeName(quarantineDir()) + '/' + rawName +
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

std::size_t SessionStore::quarantineCount() const
{
    int error = 0;
    const auto names = listFolder(quarantineDir(), error);
    if (!names) {
        return 0;
    }
    const QString note = QStringLiteral(".why");
    std::size_t count = 0;
    for (const QString& name : *names) {
        // A note being written right now is "<name>.why.XXXXXX" (an older writer's temporary).
        const bool noteInProgress = name.size() > 11 &&
                                    name.at(name.size() - 7) == QLatin1Char('.') &&
                                    QStringView(name).chopped(7).endsWith(note);
        if (name.endsWith(note) || noteInProgress || isSomeoneElsesTemporary(name) ||
            QFileInfo(quarantineDir() + QLatin1Char('/') + name).isDir()) {
            continue;
        }
        ++count;
    }
    return count;
}

std::optional<StoredSession> SessionStore::readChecked(const QString& folder,
                                                       const QByteArray& rawName,
                                                       std::vector<Quarantined>& quarantined) const
{
    const QString name = QFile::decodeName(rawName);
    const QString path = folder + QLatin1Char('/') + name;
    const QByteArray native = QFile::encodeName(folder) + '/' + rawName;
    const ReadResult read =
        readRegularFile(AT_FDCWD, native, static_cast<qint64>(core::kMaxJsonBytes));
    if (read.failure == ReadFailure::Missing) {
        return std::nullopt; // moved away by another process meanwhile
    }
    if (m_readObserver) {
        m_readObserver(path);
    }
    const auto setAside = [&](const QString& why) {
        quarantined.push_back(quarantineRaw(folder, rawName, why));
        return std::nullopt;
    };
    if (!read.ok()) {
        return setAside(read.failure == ReadFailure::TooLarge
                            ? tooLargeText()
                            : QStringLiteral("the file ") + read.why);
    }
    if (QFile::encodeName(name) != rawName) {
        return setAside(QStringLiteral("the file name is not valid UTF-8, so it is no session id"));
    }
    core::JsonDocument document = core::parseJsonText(
        std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size())));
    if (!document.value) {
        return setAside(problemsText(document.problems));
    }
    core::SessionParse parsed = core::parseSession(*document.value, m_protocol);
    if (!parsed.session) {
        return setAside(problemsText(parsed.problems));
    }
    if (name != QString::fromStdString(parsed.session->id) + kJsonSuffix) {
        // Two files holding one id (a copy, a sync conflict) would show a session twice.
        return setAside(QStringLiteral("the file name does not match the session id \"%1\" "
                                       "inside it")
                            .arg(QString::fromStdString(parsed.session->id)));
    }
    return StoredSession{std::move(*parsed.session), std::move(*document.value), read.bytes, path,
                         read.stamp};
}

Result<std::vector<Quarantined>>
SessionStore::visitFolder(const QString& folder,
                          const std::function<void(const StoredSession&)>& visit) const
{
    using Out = Result<std::vector<Quarantined>>;
    const auto ready = prepareRead(folder);
    if (!ready) {
        return Out::failure(ready.error());
    }
    if (!ready.value()) {
        return Out::success({});
    }
    int error = 0;
    const auto files = listWithStamps(folder, error);
    if (!files) {
        return Out::failure(
            QStringLiteral("could not read the folder %1: %2").arg(folder, systemError(error)));
    }
    std::vector<Quarantined> quarantined;
    for (const ListedFile& file : *files) {
        if (auto stored = readChecked(folder, file.raw, quarantined)) {
            visit(*stored);
        }
    }
    return Out::success(std::move(quarantined));
}

Result<std::vector<Quarantined>>
SessionStore::forEach(const std::function<void(const StoredSession&)>& visit) const
{
    return visitFolder(sessionsDir(), visit);
}

Result<Listing> SessionStore::load() const
{
    Listing listing;
    auto visited =
        forEach([&listing](const StoredSession& stored) { listing.sessions.push_back(stored); });
    if (!visited) {
        return Result<Listing>::failure(visited.error());
    }
    listing.quarantined = std::move(visited.value());
    return Result<Listing>::success(std::move(listing));
}

Result<void> SessionStore::saveProgress(const core::Session& session) const
{
    const nlohmann::json document = core::toJson(session);
    const auto id = check(document);
    if (!id) {
        return Result<void>::failure(id.error());
    }
    return writeDocument(currentDir() + QLatin1Char('/') + QString::fromStdString(id.value()) +
                             kJsonSuffix,
                         document);
}

Result<Listing> SessionStore::loadProgress() const
{
    Listing listing;
    auto visited = visitFolder(currentDir(), [&listing](const StoredSession& stored) {
        listing.sessions.push_back(stored);
    });
    if (!visited) {
        return Result<Listing>::failure(visited.error());
    }
    listing.quarantined = std::move(visited.value());
    return Result<Listing>::success(std::move(listing));
}

Result<void> SessionStore::discardProgress(const std::string& id) const
{
    if (!core::isValidSessionId(id)) {
        return Result<void>::failure(QStringLiteral("\"%1\" is not a session id")
                                         .arg(QString::fromStdString(printable(id))));
    }
    if (QString problem = folderProblem(currentDir(), false); !problem.isEmpty()) {
        bool missing = false;
        (void)folderProblem(currentDir(), false, &missing);
        return missing ? Result<void>::success() : Result<void>::failure(problem);
    }
    const QString path = currentDir() + QLatin1Char('/') + QString::fromStdString(id) + kJsonSuffix;
    const QByteArray native = QFile::encodeName(path);
    if (::unlink(native.constData()) != 0) {
        if (errno == ENOENT) {
            return Result<void>::success();
        }
        return Result<void>::failure(
            QStringLiteral("could not remove %1: %2").arg(path, systemError(errno)));
    }
    return syncFolder(currentDir(), m_seam);
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

QString SessionStore::indexPath() const
{
    return m_dataDir + QStringLiteral("/index.json");
}

Result<SummaryListing>
SessionStore::summaries(const std::function<void(std::size_t, std::size_t)>& progress,
                        const std::vector<StoredSession>& known) const
{
    using Out = Result<SummaryListing>;
    const QString folder = sessionsDir();
    const auto ready = prepareRead(folder);
    if (!ready) {
        return Out::failure(ready.error());
    }
    SummaryListing listing;
    listing.indexRebuilt = true;
    if (!ready.value()) {
        return Out::success(std::move(listing));
    }
    int error = 0;
    const auto files = listWithStamps(folder, error);
    if (!files) {
        return Out::failure(
            QStringLiteral("could not read the folder %1: %2").arg(folder, systemError(error)));
    }

    const std::string key = detail::protocolKey(m_protocol);
    QHash<QString, detail::IndexEntry> cached;
    {
        // A link or a FIFO at index.json is never followed or waited on: the index is rebuilt.
        const ReadResult read =
            readRegularFile(AT_FDCWD, QFile::encodeName(indexPath()), kMaxIndexBytes);
        if (read.ok()) {
            if (auto entries = detail::parseIndex(
                    std::string_view(read.bytes.constData(),
                                     static_cast<std::size_t>(read.bytes.size())),
                    key, folder)) {
                listing.indexRebuilt = false;
                cached.reserve(static_cast<qsizetype>(entries->size()));
                for (detail::IndexEntry& entry : *entries) {
                    const QString name = entry.name;
                    cached.insert(name, entry);
                }
            }
        }
    }

    std::vector<detail::IndexEntry> fresh;
    fresh.reserve(files->size());
    bool changed = listing.indexRebuilt;
    const std::size_t total = files->size();
    std::size_t done = 0;
    for (const ListedFile& file : *files) {
        ++done;
        const auto hit = cached.find(file.name);
        if (hit != cached.end() && hit->stamp == file.stamp && file.stamp.inode != 0) {
            fresh.push_back(std::move(*hit));
            cached.erase(hit);
            continue;
        }
        changed = true;
        const auto same = std::find_if(known.begin(), known.end(), [&file](const StoredSession& k) {
            return file.stamp.inode != 0 && k.stamp == file.stamp &&
                   QFileInfo(k.path).fileName() == file.name;
        });
        if (same != known.end()) {
            fresh.push_back({file.name, file.stamp, summarise(same->session, same->path)});
            continue;
        }
        // The stamp is taken before the read: a file changed in between looks stale next time
        // and is read again, never trusted with another file's summary.
        ++listing.filesRead;
        if (auto stored = readChecked(folder, file.raw, listing.quarantined)) {
            fresh.push_back({file.name, file.stamp, summarise(stored->session, stored->path)});
        }
        if (progress && listing.filesRead % 256 == 0) {
            progress(done, total);
        }
    }
    // Entries left over name files that are gone (quarantined or removed by a sync tool).
    changed = changed || !cached.isEmpty();
    if (changed) {
        const std::string text = detail::serialiseIndex(fresh, key);
        // A cache that cannot be written (a read-only data dir, something not a regular file
        // at index.json) is rebuilt next time: not an error the user needs to see.
        (void)writeFileAtomically(
            indexPath(), QByteArrayView(text.data(), static_cast<qsizetype>(text.size())), m_seam);
    }
    listing.sessions.reserve(fresh.size());
    for (detail::IndexEntry& entry : fresh) {
        listing.sessions.push_back(std::move(entry.summary));
    }
    if (progress) {
        progress(total, total);
    }
    return Out::success(std::move(listing));
}

Result<StoredSession> SessionStore::read(const QString& path) const
{
    std::vector<Quarantined> quarantined;
    const QFileInfo info(path);
    if (auto stored = readChecked(info.path(), QFile::encodeName(info.fileName()), quarantined)) {
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
