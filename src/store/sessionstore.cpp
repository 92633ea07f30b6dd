#include "tightside/store/sessionstore.h"

#include "historyindex.h"

#include "tightside/core/jsonio.h"

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
#include <sys/stat.h>

namespace tightside::store {
namespace {

// For the app's log (src/app routes Qt's messages into it): file names and causes of the
// file system, never what a session holds.
Q_LOGGING_CATEGORY(lcStore, "tightside.store", QtInfoMsg)

const QString kJsonSuffix = QStringLiteral(".json");

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

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

/// Calls `visit(dir, entry)` for every entry of `folder` but "." and ".."; false with `error`
/// set when the folder cannot be opened or read to its end.
template <typename Visit>
bool forEachEntry(const QString& folder, int& error, Visit visit)
{
    const QByteArray native = QFile::encodeName(folder);
    DIR* dir = ::opendir(native.constData());
    if (dir == nullptr) {
        error = errno;
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
            visit(dir, entry);
        }
    }
    ::closedir(dir);
    return error == 0;
}

/// The names in `folder`, sorted; nullopt with errno set when it cannot be listed.
std::optional<QStringList> listFolder(const QString& folder, int& error)
{
    QStringList names;
    if (!forEachEntry(folder, error, [&names](DIR*, const dirent* entry) {
            names << QFile::decodeName(entry->d_name);
        })) {
        return std::nullopt;
    }
    // Ids begin with the start time, so name order is start order.
    std::sort(names.begin(), names.end());
    return names;
}

/// Reads one file with the size limit of contracts.md; an empty optional with `why` set when
/// the file is unreadable, `vanished` when another process moved it meanwhile.
std::optional<QByteArray> readLimited(const QString& path, QString& why, bool& vanished)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        vanished = file.error() == QFileDevice::OpenError && !file.exists();
        why = QStringLiteral("cannot be opened: ") + file.errorString();
        return std::nullopt;
    }
    if (file.size() > static_cast<qint64>(core::kMaxJsonBytes)) {
        why = QStringLiteral(
            "the file is larger than 1 MiB, which no session needs; it was not read");
        return std::nullopt;
    }
    QByteArray bytes = file.read(static_cast<qint64>(core::kMaxJsonBytes) + 1);
    if (file.error() != QFileDevice::NoError) {
        why = QStringLiteral("cannot be read: ") + file.errorString();
        return std::nullopt;
    }
    if (bytes.size() > static_cast<qsizetype>(core::kMaxJsonBytes)) {
        why = QStringLiteral(
            "the file is larger than 1 MiB, which no session needs; it was not read");
        return std::nullopt;
    }
    return bytes;
}

/// A sessions-folder file and its stamp, as listed.
struct ListedFile
{
    QString name;
    detail::FileStamp stamp;
};

/// The regular files in `folder` (following links, like QFile does) with their stamps, sorted
/// by name, leaving out other writers' temporaries and folders; nullopt with `error` set when
/// the folder cannot be listed. One fstatat per file: 10,000 of them take milliseconds.
std::optional<std::vector<ListedFile>> listWithStamps(const QString& folder, int& error)
{
    std::vector<ListedFile> files;
    const bool listed = forEachEntry(folder, error, [&files](DIR* dir, const dirent* entry) {
        const QString name = QFile::decodeName(entry->d_name);
        if (isSomeoneElsesTemporary(name)) {
            return;
        }
        struct stat info = {};
        if (::fstatat(::dirfd(dir), entry->d_name, &info, 0) != 0) {
            // Gone meanwhile, or unreadable: the read below decides (and quarantines).
            files.push_back({name, {}});
            return;
        }
        if (S_ISDIR(info.st_mode)) {
            return; // a sync tool's own folder, not ours to judge
        }
        files.push_back(
            {name,
             {static_cast<std::int64_t>(info.st_size),
              static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
              static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec,
              static_cast<std::uint64_t>(info.st_ino)}});
    });
    if (!listed) {
        return std::nullopt;
    }
    // Ids begin with the start time, so name order is start order.
    std::sort(files.begin(), files.end(),
              [](const ListedFile& a, const ListedFile& b) { return a.name < b.name; });
    return files;
}

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
    for (const core::DoneStep& done : session.done) {
        if (done.outcome == core::Outcome::Completed) {
            ++s.completed;
        } else if (done.outcome == core::Outcome::StoppedPain) {
            ++s.stoppedPain;
        }
    }
    s.before = session.answers.ratings;
    s.after = session.recheck;
    s.notes = utf8Prefix(session.notes, kSummaryNotesBytes);
    s.path = path;
    return s;
}

SessionStore::SessionStore(const QString& dataDir, const core::Protocol& protocol, WriteSeam seam)
    : m_dataDir(QDir::cleanPath(dataDir)), m_protocol(protocol), m_seam(std::move(seam))
{}

Result<QString> SessionStore::resolveDataDir(const std::optional<QString>& option)
{
    if (option && !option->isEmpty()) {
        return Result<QString>::success(QFileInfo(*option).absoluteFilePath());
    }
    const QString fromEnvironment = qEnvironmentVariable("TIGHTSIDE_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        return Result<QString>::success(QFileInfo(fromEnvironment).absoluteFilePath());
    }
    // AppDataLocation follows the application name; a headless command may run before (or
    // without) anyone setting it, so the name is set for the lookup only.
    const QString previous = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("tightside"));
    const QString location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(previous);
    if (location.isEmpty()) {
        return Result<QString>::failure(
            QStringLiteral("no folder for the session log: pass --data-dir or set "
                           "TIGHTSIDE_DATA_DIR"));
    }
    return Result<QString>::success(location);
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
    for (const QString& folder : {m_dataDir, sessionsDir(), currentDir(), quarantineDir()}) {
        if (auto made = makePrivateFolder(folder); !made) {
            return made;
        }
    }
    return Result<void>::success();
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
    // Replacing invalid UTF-8 instead of throwing: nothing may throw across the store.
    const std::string text =
        document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return writeFileAtomically(
        path, QByteArrayView(text.data(), static_cast<qsizetype>(text.size())), m_seam);
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

Result<SaveOutcome> SessionStore::importDocument(const nlohmann::json& document) const
{
    const auto id = check(document);
    if (!id) {
        return Result<SaveOutcome>::failure(id.error());
    }
    if (contains(id.value())) {
        return Result<SaveOutcome>::success(SaveOutcome::AlreadyStored);
    }
    if (auto written = writeDocument(sessionPath(id.value()), document); !written) {
        return Result<SaveOutcome>::failure(written.error());
    }
    return Result<SaveOutcome>::success(SaveOutcome::Saved);
}

bool SessionStore::contains(const std::string& id) const
{
    return core::isValidSessionId(id) && QFileInfo::exists(sessionPath(id));
}

Quarantined SessionStore::quarantine(const QString& path, const QString& reason) const
{
    Quarantined out{path, {}, reason};
    if (auto made = makePrivateFolder(quarantineDir()); !made) {
        out.reason += QStringLiteral("\n(could not be moved to quarantine: %1)").arg(made.error());
        qCWarning(lcStore).noquote() << "could not quarantine" << path << ":" << made.error();
        return out;
    }
    const QString name = QFileInfo(path).fileName();
    const QByteArray from = QFile::encodeName(path);
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString target = quarantineDir() + QLatin1Char('/') + name +
                               (attempt == 0 ? QString() : QStringLiteral(".%1").arg(attempt));
        const QByteArray to = QFile::encodeName(target);
        // Never replace an earlier quarantined file of the same name: nothing is deleted.
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) ==
            0) {
            out.quarantinePath = target;
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
        qCWarning(lcStore).noquote() << "could not quarantine" << path << ":" << cause;
        return out;
    }
    if (out.quarantinePath.isEmpty()) {
        qCWarning(lcStore).noquote() << "could not quarantine" << path << ": 1000 earlier copies";
        return out;
    }
    // Not the reason itself: a problem line can quote a value the file holds.
    qCWarning(lcStore).noquote() << "quarantined" << path << "as" << out.quarantinePath
                                 << QStringLiteral("(reasons: %1 lines, in the .why note)")
                                        .arg(reason.count(QLatin1Char('\n')) + 1);
    const QByteArray note =
        (QStringLiteral("Tightside moved this file here from ") + path +
         QStringLiteral(" because it could not be used:\n") + reason + QLatin1Char('\n'))
            .toUtf8();
    if (auto written =
            writeFileAtomically(out.quarantinePath + QStringLiteral(".why"), note, m_seam);
        !written) {
        out.reason += QStringLiteral("\n(the note could not be written: %1)").arg(written.error());
    }
    // The move is durable only once the folder it left is synced as well.
    if (auto synced = syncFolder(QFileInfo(path).absolutePath(), m_seam); !synced) {
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
        // A note being written right now is "<name>.why.XXXXXX" (QSaveFile's temporary).
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

std::optional<StoredSession> SessionStore::readChecked(const QString& name, const QString& path,
                                                       std::vector<Quarantined>& quarantined) const
{
    QString why;
    bool vanished = false;
    const auto bytes = readLimited(path, why, vanished);
    if (!bytes) {
        if (!vanished) {
            quarantined.push_back(quarantine(path, why));
        }
        return std::nullopt;
    }
    core::JsonDocument document = core::parseJsonText(
        std::string_view(bytes->constData(), static_cast<std::size_t>(bytes->size())));
    if (!document.value) {
        quarantined.push_back(quarantine(path, problemsText(document.problems)));
        return std::nullopt;
    }
    core::SessionParse parsed = core::parseSession(*document.value, m_protocol);
    if (!parsed.session) {
        quarantined.push_back(quarantine(path, problemsText(parsed.problems)));
        return std::nullopt;
    }
    if (name != QString::fromStdString(parsed.session->id) + kJsonSuffix) {
        // Two files holding one id (a copy, a sync conflict) would show a session twice.
        quarantined.push_back(
            quarantine(path, QStringLiteral("the file name does not match the session id "
                                            "\"%1\" inside it")
                                 .arg(QString::fromStdString(parsed.session->id))));
        return std::nullopt;
    }
    return StoredSession{std::move(*parsed.session), std::move(*document.value), *bytes, path};
}

Result<std::vector<Quarantined>>
SessionStore::visitFolder(const QString& folder,
                          const std::function<void(const StoredSession&)>& visit) const
{
    using Out = Result<std::vector<Quarantined>>;
    if (auto made = ensureFolders(); !made) {
        return Out::failure(made.error());
    }
    int error = 0;
    const auto names = listFolder(folder, error);
    if (!names) {
        return Out::failure(
            QStringLiteral("could not read the folder %1: %2").arg(folder, systemError(error)));
    }
    std::vector<Quarantined> quarantined;
    for (const QString& name : *names) {
        if (isSomeoneElsesTemporary(name)) {
            continue;
        }
        const QString path = folder + QLatin1Char('/') + name;
        if (QFileInfo(path).isDir()) {
            continue; // a sync tool's own folder, not ours to judge
        }
        if (auto stored = readChecked(name, path, quarantined)) {
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
        return Result<void>::failure(
            QStringLiteral("\"%1\" is not a session id").arg(QString::fromStdString(id)));
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
SessionStore::summaries(const std::function<void(std::size_t, std::size_t)>& progress) const
{
    using Out = Result<SummaryListing>;
    if (auto made = ensureFolders(); !made) {
        return Out::failure(made.error());
    }
    const QString folder = sessionsDir();
    int error = 0;
    const auto files = listWithStamps(folder, error);
    if (!files) {
        return Out::failure(
            QStringLiteral("could not read the folder %1: %2").arg(folder, systemError(error)));
    }

    const std::string key = detail::protocolKey(m_protocol);
    QHash<QString, detail::IndexEntry> cached;
    SummaryListing listing;
    listing.indexRebuilt = true;
    {
        QFile file(indexPath());
        if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxIndexBytes) {
            const QByteArray text = file.readAll();
            if (auto entries = detail::parseIndex(
                    std::string_view(text.constData(), static_cast<std::size_t>(text.size())), key,
                    folder)) {
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
        // The stamp is taken before the read: a file changed in between looks stale next time
        // and is read again, never trusted with another file's summary.
        const QString path = folder + QLatin1Char('/') + file.name;
        ++listing.filesRead;
        if (auto stored = readChecked(file.name, path, listing.quarantined)) {
            fresh.push_back({file.name, file.stamp, summarise(stored->session, path)});
        }
        if (progress && listing.filesRead % 256 == 0) {
            progress(done, total);
        }
    }
    // Entries left over name files that are gone (quarantined or removed by a sync tool).
    changed = changed || !cached.isEmpty();
    if (changed) {
        const std::string text = detail::serialiseIndex(fresh, key);
        // A cache that cannot be written (a read-only data dir) is rebuilt next time: not an
        // error the user needs to see.
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
    const QString name = QFileInfo(path).fileName();
    if (auto stored = readChecked(name, path, quarantined)) {
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
