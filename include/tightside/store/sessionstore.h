#pragma once

#include "tightside/core/protocol.h"
#include "tightside/core/session.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tightside::store {

namespace detail {
class StoreFolders;
class QuarantineFolder;
class SessionReader;
class SessionWriter;
} // namespace detail

/// One session file as read from disk: its validated content, the parsed document and the
/// exact bytes (history --format json prints the files' contents).
struct StoredSession
{
    core::Session session;
    nlohmann::json document;
    QByteArray bytes;
    QString path;
    /// The file's stamp when it was read: summaries() takes a session read a moment ago
    /// instead of reading its file again while the stamp is unchanged.
    FileStamp stamp;
};

/// A file that could not be read or did not validate, and where it went.
struct Quarantined
{
    /// Where the file was found (printable(): control characters and bytes that are not
    /// UTF-8 escaped, so it is safe to print).
    QString originalPath;
    /// Where it is now (under quarantine/, printable() too); empty when even the move failed.
    QString quarantinePath;
    /// Why it was refused: every problem, one per line, with JSON pointers.
    QString reason;
};

/// Every readable session, oldest first, and every file set aside on the way.
struct Listing
{
    std::vector<StoredSession> sessions;
    std::vector<Quarantined> quarantined;
};

/// What the history table and chart need of one session: a few numbers, no plan, no answers.
/// Kept in <data-dir>/index.json (a cache; the session files stay the source of truth).
struct SessionSummary
{
    std::string id;
    std::string started;
    int painBefore = 0;
    std::optional<int> painAfter;
    int planned = 0;
    int completed = 0;
    int stoppedPain = 0;
    /// Ratings before (the answers) and after (the re-check), indexed like Answers::ratings.
    std::array<std::optional<core::Rating>, core::kGroupCount> before{};
    std::array<std::optional<core::Rating>, core::kGroupCount> after{};
    /// The start of the notes (at most kSummaryNotesBytes bytes, cut on a UTF-8 boundary).
    std::string notes;
    /// The activities rated in this session (at most core::kMaxActivities), for the course.
    std::vector<core::Activity> activities;
    /// The angles measured at the start (the answers' measures), for the course.
    core::GroupMeasures measures{};
    /// Set for a check stopped by a red flag (no pain, no ratings, no plan).
    std::optional<core::Stop> stopped;
    /// sessions/<id>.json
    QString path;

    bool operator==(const SessionSummary&) const = default;
};

/// Notes longer than this are cut in a summary; the detail view reads the whole file.
inline constexpr std::size_t kSummaryNotesBytes = 240;

/// The summary of a validated session.
SessionSummary summarise(const core::Session& session, const QString& path);

/// Every readable session's summary, oldest first, and every file set aside on the way.
struct SummaryListing
{
    std::vector<SessionSummary> sessions;
    std::vector<Quarantined> quarantined;
    /// How many session files were read and validated this time (the rest came from the
    /// index because their size, times and inode had not changed).
    std::size_t filesRead = 0;
    /// True when the index was missing, corrupt or made for another protocol, so every file
    /// was read.
    bool indexRebuilt = false;
};

/// What import() did with one session.
enum class SaveOutcome
{
    Saved,
    /// A session with the same id is already stored; nothing was written.
    AlreadyStored,
    /// The stored copy of this id could not be read (torn, invalid, or not a regular file):
    /// it was moved to quarantine/ and this valid copy stored in its place.
    Restored,
};

/// Where the session log lives, and how that was decided.
struct DataFolder
{
    QString path;
    /// True when neither --data-dir nor TIGHTSIDE_DATA_DIR chose it (the platform folder):
    /// only then are sessions of the old window folder moved in (migrateLegacyFolder()).
    bool platformDefault = false;
};

/// The one data folder of contracts.md "Additions", for the window and every command alike:
/// `option` (--data-dir) if given, else $TIGHTSIDE_DATA_DIR, else QStandardPaths'
/// AppDataLocation for application name "tightside" and no organization, whatever the
/// running application set (Linux: $XDG_DATA_HOME/tightside). Fails only when none yields a
/// path.
Result<DataFolder> resolveDataFolder(const std::optional<QString>& option);

/// Where windows before the one-folder fix saved sessions: the platform folder for
/// organization "tightside" and application "tightside" ($XDG_DATA_HOME/tightside/tightside).
QString legacyWindowFolder();

/// The session log in a data dir (contracts.md "Session files"):
///   <data-dir>/sessions/<id>.json     finished sessions, one file each
///   <data-dir>/current/<id>.json      a routine in progress, saved as it goes (crash resume)
///   <data-dir>/quarantine/<name>      files that could not be read, with <name>.why beside
/// Folders are 0700, files 0600, every write goes through writeFileAtomically(). Two stores
/// on the same folder (the window and an `import`) lose nothing: ids are unique and each file
/// appears by an atomic rename. QtCore only; no method throws.
class SessionStore
{
public:
    /// `protocol` validates the files read back; the store shares it, so a store (or a copy
    /// of one, on a background thread) never refers to a protocol that is gone. Null means
    /// the built-in protocol.
    SessionStore(const QString& dataDir, std::shared_ptr<const core::Protocol> protocol,
                 WriteSeam seam = {});
    /// The same with `protocol` shared: a built-in protocol (it lives as long as the
    /// process) as it is, any other as a copy.
    explicit SessionStore(const QString& dataDir,
                          const core::Protocol& protocol = core::builtinProtocol(),
                          WriteSeam seam = {});

    /// resolveDataFolder(option).path.
    static Result<QString> resolveDataDir(const std::optional<QString>& option);

    const QString& dataDir() const { return m_dataDir; }
    /// The protocol the files are validated against (the course takes the measured tests'
    /// MDC from it).
    const core::Protocol& protocol() const { return *m_protocol; }
    const std::shared_ptr<const core::Protocol>& sharedProtocol() const { return m_protocol; }
    QString sessionsDir() const;
    QString currentDir() const;
    QString quarantineDir() const;
    /// <data-dir>/sessions/<id>.json
    QString sessionPath(const std::string& id) const;

    /// Creates the data dir and its three folders (0700) if needed.
    Result<void> ensureFolders() const;

    /// Writes a finished (or any) session to sessions/<id>.json, replacing a file of the same
    /// id. Refuses a session that does not validate or whose id is not a session id.
    Result<void> save(const core::Session& session) const;

    /// Like save(), but leaves an already stored id alone (import: skip and say so); see
    /// importDocument().
    Result<SaveOutcome> saveNew(const core::Session& session) const;

    /// Stores an already validated session document (import keeps every field of the file),
    /// unless its id is already stored. The file is created without replacing anything
    /// (RENAME_NOREPLACE), so of many imports of one id at once exactly one says Saved. A
    /// stored copy that cannot be read is set aside to quarantine/ and replaced (Restored).
    /// Stored indented, or compact when indented would pass the 1 MiB limit; refused when
    /// even compact would. Refuses a document that does not validate, naming the problems.
    Result<SaveOutcome> importDocument(const nlohmann::json& document) const;

    /// True when something (a file, even a link) is at sessions/<id>.json.
    bool contains(const std::string& id) const;

    /// Reads every session file oldest first (file names sort by start time) and calls
    /// `visit` for each readable one without keeping it, so 10,000 sessions need little
    /// memory. Unreadable or invalid files are moved to quarantine/ with a note and returned.
    /// Fails only when the sessions folder itself cannot be created or listed.
    Result<std::vector<Quarantined>>
    forEach(const std::function<void(const StoredSession&)>& visit) const;

    /// forEach() collected into a list.
    Result<Listing> load() const;

    /// <data-dir>/index.json: the summaries of the sessions folder, keyed by file name, size,
    /// modification and change time and inode. Derived data, written 0600 through
    /// writeFileAtomically(); never the source of truth.
    QString indexPath() const;

    /// The summaries of every readable session, oldest first, for the history view. A file
    /// whose name, size, times and inode match its index entry is not read again; every other
    /// file (new, changed, or all of them when the index is missing, corrupt or stale) is read
    /// and fully validated like forEach() does, and quarantined if it fails. The index is then
    /// rewritten if anything changed; failing to write it is not an error (it is a cache).
    /// `progress(done, total)` is called now and then while files are read. Fails only when
    /// the sessions folder itself cannot be created or listed.
    /// `known`: sessions the caller read a moment ago (a check's newest files); a file not in
    /// the index whose stamp still equals a known one's is summarised from it, not read again.
    Result<SummaryListing>
    summaries(const std::function<void(std::size_t, std::size_t)>& progress = {},
              const std::vector<StoredSession>& known = {}) const;

    /// Reads and validates one session file (the detail of one history row). A file that
    /// cannot be read or does not validate is quarantined and the reason returned.
    Result<StoredSession> read(const QString& path) const;

    /// Saves the routine in progress to current/<id>.json (called after every step).
    Result<void> saveProgress(const core::Session& session) const;
    /// Every routine left in progress (normally zero or one, after a crash), oldest first;
    /// unreadable ones are quarantined like in forEach().
    Result<Listing> loadProgress() const;
    /// Drops current/<id>.json (the user chose not to resume). Missing is not an error.
    Result<void> discardProgress(const std::string& id) const;
    /// Saves the session to sessions/ and then removes current/<id>.json: a crash in between
    /// leaves both, never neither.
    Result<void> finish(const core::Session& session) const;

    /// Moves `path` into quarantine/ with a `.why` note holding `reason`; never deletes. A
    /// link or FIFO is moved itself, never what it points to.
    Quarantined quarantine(const QString& path, const QString& reason) const;

    /// How many files quarantine/ holds, whoever put them there (this store, `history`,
    /// `import`, an earlier window); the `.why` notes beside them and other writers'
    /// temporaries are not counted. Lists that one folder and reads no file, so it is cheap;
    /// a missing or unreadable folder counts 0.
    std::size_t quarantineCount() const;

    /// Called with the path of every session file this store reads and parses (sessions/ and
    /// current/): the tests count how often a check reads the newest file. None by default.
    void setReadObserver(std::function<void(const QString& path)> observer)
    {
        m_readObserver = std::move(observer);
    }

private:
    // Each job has its own part (src/store: storefolders, sessionreader, sessionwriter,
    // quarantinefolder, historyindex); these make them, for one call at a time.
    detail::StoreFolders folders() const;
    detail::QuarantineFolder quarantineFolder() const;
    detail::SessionReader reader() const;
    detail::SessionWriter writer() const;

    QString m_dataDir;
    std::shared_ptr<const core::Protocol> m_protocol;
    WriteSeam m_seam;
    std::function<void(const QString&)> m_readObserver;
};

/// What migrateLegacyFolder() did, to tell the person once.
struct MigrationReport
{
    /// Sessions (and routines in progress) moved into the data folder.
    std::size_t moved = 0;
    /// Files that could not be used (or were copies of a session already stored): moved to
    /// the data folder's quarantine/ with a note, never deleted.
    std::vector<Quarantined> quarantined;
    /// Files left in the old folder because they could not be moved, each with why.
    QStringList leftBehind;

    bool empty() const { return moved == 0 && quarantined.empty() && leftBehind.empty(); }
    /// One sentence for the person ("Moved 3 sessions from the old window folder ...").
    QString summary(const QString& legacyFolder, const QString& dataFolder) const;
};

/// Moves what an older window saved in `legacyFolder` (its sessions/, current/ and
/// quarantine/) into `store`'s folder, once: each file is read safely and validated, a valid
/// one is renamed in without replacing anything (atomic, then the folders are synced), an
/// invalid one or a second copy of a stored id goes to quarantine/ with a note; nothing
/// unreadable is deleted. The old index.json (a cache) is removed, then the emptied folders.
/// Nothing to do (no legacy folder, or it is the data folder itself) gives an empty report.
MigrationReport migrateLegacyFolder(const SessionStore& store, const QString& legacyFolder);

} // namespace tightside::store
