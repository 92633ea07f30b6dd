#pragma once

#include "tightside/core/protocol.h"
#include "tightside/core/session.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tightside::store {

/// One session file as read from disk: its validated content, the parsed document and the
/// exact bytes (history --format json prints the files' contents).
struct StoredSession
{
    core::Session session;
    nlohmann::json document;
    QByteArray bytes;
    QString path;
};

/// A file that could not be read or did not validate, and where it went.
struct Quarantined
{
    /// Where the file was found.
    QString originalPath;
    /// Where it is now (under quarantine/); empty when even the move failed.
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
};

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
    /// `protocol` validates the files read back; it must outlive the store.
    explicit SessionStore(const QString& dataDir,
                          const core::Protocol& protocol = core::builtinProtocol(),
                          WriteSeam seam = {});

    /// The data dir: `option` (--data-dir) if given, else $TIGHTSIDE_DATA_DIR, else
    /// QStandardPaths::AppDataLocation with application name "tightside". Fails only when
    /// none of them yields a path.
    static Result<QString> resolveDataDir(const std::optional<QString>& option);

    const QString& dataDir() const { return m_dataDir; }
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

    /// Like save(), but leaves an already stored id alone (import: skip and say so).
    Result<SaveOutcome> saveNew(const core::Session& session) const;

    /// Stores an already validated session document exactly as given (import keeps every
    /// field of the file), unless its id is already stored. Refuses a document that does not
    /// validate, naming the first problem.
    Result<SaveOutcome> importDocument(const nlohmann::json& document) const;

    /// True when sessions/<id>.json exists.
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
    Result<SummaryListing>
    summaries(const std::function<void(std::size_t, std::size_t)>& progress = {}) const;

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

    /// Moves `path` into quarantine/ with a `.why` note holding `reason`; never deletes.
    Quarantined quarantine(const QString& path, const QString& reason) const;

    /// How many files quarantine/ holds, whoever put them there (this store, `history`,
    /// `import`, an earlier window); the `.why` notes beside them and other writers'
    /// temporaries are not counted. Lists that one folder and reads no file, so it is cheap;
    /// a missing or unreadable folder counts 0.
    std::size_t quarantineCount() const;

private:
    Result<void> writeDocument(const QString& path, const nlohmann::json& document) const;
    /// Validates `document`; the id on success, else the problems as one sentence.
    Result<std::string> check(const nlohmann::json& document) const;
    /// Reads, parses and validates sessions-folder file `name` at `path`; quarantines it and
    /// returns nullopt when it fails (`quarantined` gets the note unless it vanished meanwhile).
    std::optional<StoredSession> readChecked(const QString& name, const QString& path,
                                             std::vector<Quarantined>& quarantined) const;
    Result<std::vector<Quarantined>>
    visitFolder(const QString& folder,
                const std::function<void(const StoredSession&)>& visit) const;

    QString m_dataDir;
    const core::Protocol& m_protocol;
    WriteSeam m_seam;
};

} // namespace tightside::store
