// The session log on disk: round trips, order, privacy, quarantine, progress and two writers.

#include "sessionfactory.h"

#include "tightside/store/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <sys/stat.h>
#include <thread>

using tightside::core::Session;
using tightside::store::SaveOutcome;
using tightside::store::SessionStore;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

void writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readRaw(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::vector<std::string> ids(const std::vector<tightside::store::StoredSession>& sessions)
{
    std::vector<std::string> out;
    out.reserve(sessions.size());
    for (const auto& stored : sessions) {
        out.push_back(stored.session.id);
    }
    return out;
}

} // namespace

TEST_CASE("saved sessions come back whole and oldest first", "[store]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    std::vector<Session> sessions;
    for (std::uint32_t i = 0; i < 6; ++i) {
        sessions.push_back(storetest::numberedSession(i));
    }
    std::vector<Session> shuffled = sessions;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
    for (const Session& session : shuffled) {
        REQUIRE(store.save(session).ok());
    }
    const auto listing = store.load();
    REQUIRE(listing.ok());
    CHECK(listing.value().quarantined.empty());
    REQUIRE(listing.value().sessions.size() == sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const auto& stored = listing.value().sessions[i];
        CHECK(tightside::core::toJson(stored.session) == tightside::core::toJson(sessions[i]));
        CHECK(stored.document == tightside::core::toJson(sessions[i]));
    }
}

// Issue 22: the store holds its protocol by shared ownership. A copy of a store (History's
// background read, an export) must never refer to a protocol its maker has dropped.
TEST_CASE("a store shares its protocol, so a store outlives whoever gave it one", "[store]")
{
    QTemporaryDir dir;
    const auto& builtin = tightside::core::builtinProtocol();
    // The built-in protocol lives as long as the process: shared as it is, not copied.
    CHECK(&SessionStore(dir.path()).protocol() == &builtin);

    // Given shared: the same object, kept alive by the store and each copy of it.
    auto given = std::make_shared<const tightside::core::Protocol>(builtin);
    std::optional<SessionStore> copy;
    {
        const SessionStore store(dir.path(), given);
        CHECK(store.sharedProtocol() == given);
        copy.emplace(store);
    }
    const std::weak_ptr<const tightside::core::Protocol> watch = given;
    given.reset();
    REQUIRE_FALSE(watch.expired());
    REQUIRE(copy->save(storetest::numberedSession(1)).ok());
    auto read = copy->load();
    REQUIRE(read.ok());
    CHECK(read.value().sessions.size() == 1);
    copy.reset();
    CHECK(watch.expired());

    // Given by reference (any protocol but the built-in one): copied, so the caller's may go.
    std::optional<SessionStore> borrowed;
    {
        const tightside::core::Protocol local = builtin;
        borrowed.emplace(dir.path(), local);
        CHECK(&borrowed->protocol() != &local);
    }
    read = borrowed->load();
    REQUIRE(read.ok());
    CHECK(read.value().sessions.size() == 1);
    CHECK(read.value().quarantined.empty());
}

TEST_CASE("the data dir and its folders are 0700 and session files 0600", "[store][privacy]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const SessionStore store(dataDir);
    const Session session = storetest::numberedSession(1);
    REQUIRE(store.save(session).ok());
    REQUIRE(store.saveProgress(storetest::numberedSession(2)).ok());
    for (const QString& folder :
         {dataDir, store.sessionsDir(), store.currentDir(), store.quarantineDir()}) {
        CAPTURE(folder.toStdString());
        CHECK(modeOf(folder) == 0700);
    }
    CHECK(modeOf(store.sessionPath(session.id)) == 0600);
    CHECK(modeOf(store.currentDir() + "/" +
                 QString::fromStdString(storetest::numberedSession(2).id) + ".json") == 0600);
}

TEST_CASE("an invalid session is refused before anything is written", "[store]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    Session session = storetest::numberedSession(1);
    session.id = "../../escape";
    const auto result = store.save(session);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("/id")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("escape.json"))));
}

TEST_CASE("corrupt, truncated, binary and foreign files are quarantined, and the rest still show",
          "[store][quarantine]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    for (std::uint32_t i = 0; i < 4; ++i) {
        REQUIRE(store.save(storetest::numberedSession(i)).ok());
    }
    const QString sessions = store.sessionsDir();
    const QByteArray good = readRaw(store.sessionPath(storetest::numberedSession(0).id));
    QByteArray binary(512, '\0');
    std::mt19937 generator(3);
    for (char& c : binary) {
        c = static_cast<char>(generator() & 0xff);
    }
    tightside::core::Session never = storetest::numberedSession(9);
    auto neverDoc = tightside::core::toJson(never);
    neverDoc["done"] = nlohmann::json::array({{{"group", "low_back"},
                                               {"side", "left"},
                                               {"technique", "quad-roll"},
                                               {"seconds", 90},
                                               {"outcome", "completed"}}});
    const std::map<QString, QByteArray> bad = {
        {"20260301T080000Z-00000001.json", "{ this is not json"},
        {"20260302T080000Z-00000002.json", good.left(good.size() / 2)},
        {"20260303T080000Z-00000003.json", binary},
        {"20260304T080000Z-00000004.json", "{\"hello\": \"world\"}"},
        {"shopping-list.txt", "milk, eggs"},
        {QString::fromStdString(never.id) + ".json", QByteArray::fromStdString(neverDoc.dump())},
        // A valid session under another session's name (a copy, a sync conflict).
        {"20260305T080000Z-00000005.json", good},
    };
    for (const auto& [name, bytes] : bad) {
        writeRaw(sessions + "/" + name, bytes);
    }
    const auto listing = store.load();
    REQUIRE(listing.ok());
    CHECK(ids(listing.value().sessions) ==
          std::vector<std::string>{
              storetest::numberedSession(0).id, storetest::numberedSession(1).id,
              storetest::numberedSession(2).id, storetest::numberedSession(3).id});
    REQUIRE(listing.value().quarantined.size() == bad.size());
    for (const auto& file : listing.value().quarantined) {
        const QString name = QFileInfo(file.originalPath).fileName();
        CAPTURE(name.toStdString(), file.reason.toStdString());
        REQUIRE(bad.count(name) == 1);
        CHECK_FALSE(QFileInfo::exists(file.originalPath));
        REQUIRE(file.quarantinePath == store.quarantineDir() + "/" + name);
        CHECK(readRaw(file.quarantinePath) == bad.at(name)); // moved, never changed
        const QByteArray note = readRaw(file.quarantinePath + ".why");
        CHECK(note.contains(file.reason.toUtf8()));
        CHECK(modeOf(file.quarantinePath + ".why") == 0600);
        CHECK_FALSE(file.reason.isEmpty());
    }
    const auto why = [&](const QString& name) {
        for (const auto& file : listing.value().quarantined) {
            if (QFileInfo(file.originalPath).fileName() == name) {
                return file.reason;
            }
        }
        return QString();
    };
    CHECK(
        why(QString::fromStdString(never.id) + ".json").contains(QStringLiteral("/done/0/group")));
    CHECK(why("20260304T080000Z-00000004.json").contains(QStringLiteral("/id")));
    CHECK(why("20260305T080000Z-00000005.json").contains(QStringLiteral("does not match")));

    // A second look finds the same good sessions and nothing new to quarantine.
    const auto again = store.load();
    REQUIRE(again.ok());
    CHECK(again.value().sessions.size() == 4);
    CHECK(again.value().quarantined.empty());
}

TEST_CASE("a file over 1 MiB is quarantined unread", "[store][quarantine]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    REQUIRE(store.ensureFolders().ok());
    writeRaw(store.sessionsDir() + "/20260101T000000Z-0000000a.json", QByteArray(1100000, ' '));
    const auto listing = store.load();
    REQUIRE(listing.ok());
    REQUIRE(listing.value().quarantined.size() == 1);
    CHECK(listing.value().quarantined[0].reason.contains(QStringLiteral("1 MiB")));
}

TEST_CASE("quarantine never replaces an earlier file of the same name", "[store][quarantine]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    REQUIRE(store.ensureFolders().ok());
    const QString name = QStringLiteral("20260101T000000Z-0000000b.json");
    writeRaw(store.sessionsDir() + "/" + name, "first");
    REQUIRE(store.load().ok());
    writeRaw(store.sessionsDir() + "/" + name, "second");
    const auto listing = store.load();
    REQUIRE(listing.ok());
    REQUIRE(listing.value().quarantined.size() == 1);
    CHECK(listing.value().quarantined[0].quarantinePath.endsWith(name + ".1"));
    CHECK(readRaw(store.quarantineDir() + "/" + name) == "first");
    CHECK(readRaw(store.quarantineDir() + "/" + name + ".1") == "second");
}

TEST_CASE("the quarantine count is the files set aside, not their notes", "[store][quarantine]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    CHECK(store.quarantineCount() == 0); // no folder yet
    REQUIRE(store.ensureFolders().ok());
    CHECK(store.quarantineCount() == 0);
    // Put there by an earlier run, by hand: a file and its note.
    writeRaw(store.quarantineDir() + "/20260101T000000Z-0000000d.json", "{ torn");
    writeRaw(store.quarantineDir() + "/20260101T000000Z-0000000d.json.why", "why");
    CHECK(store.quarantineCount() == 1);
    // A note being written right now and a sync tool's folder are not files set aside.
    writeRaw(store.quarantineDir() + "/20260101T000000Z-0000000d.json.why.AbC123", "wh");
    REQUIRE(QDir(store.quarantineDir()).mkdir(QStringLiteral("sub")));
    CHECK(store.quarantineCount() == 1);
    // And one quarantined by this store while reading.
    writeRaw(store.sessionsDir() + "/20260101T000000Z-0000000e.json", "not json");
    const auto listing = store.summaries();
    REQUIRE(listing.ok());
    CHECK(listing.value().quarantined.size() == 1);
    CHECK(store.quarantineCount() == 2);
}

TEST_CASE("hidden files and another writer's temporary files are left alone", "[store][quarantine]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    REQUIRE(store.ensureFolders().ok());
    writeRaw(store.sessionsDir() + "/.syncthing.x.tmp", "partial");
    writeRaw(store.sessionsDir() + "/20260101T000000Z-0000000c.json.AbC123", "{\"half");
    const auto listing = store.load();
    REQUIRE(listing.ok());
    CHECK(listing.value().quarantined.empty());
    CHECK(QFileInfo::exists(store.sessionsDir() + "/.syncthing.x.tmp"));
}

TEST_CASE("a store whose folder cannot be made is an error, not an empty history", "[store]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("not-a-folder"));
    writeRaw(file, "x");
    const SessionStore store(file);
    const auto listing = store.load();
    REQUIRE_FALSE(listing.ok());
    CHECK(listing.error().contains(file));
    CHECK_FALSE(store.save(storetest::numberedSession(1)).ok());
}

TEST_CASE("importing a stored id again is skipped, not overwritten", "[store]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    Session session = storetest::numberedSession(4);
    const auto first = store.saveNew(session);
    REQUIRE(first.ok());
    CHECK(first.value() == SaveOutcome::Saved);
    session.notes = "changed";
    const auto second = store.saveNew(session);
    REQUIRE(second.ok());
    CHECK(second.value() == SaveOutcome::AlreadyStored);
    REQUIRE(store.load().value().sessions.at(0).session.notes != "changed");
}

TEST_CASE("a routine in progress survives a crash and is offered for resume", "[store][progress]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    Session session = storetest::numberedSession(5);
    Session running = session;
    running.finished.reset();
    running.done.resize(std::min<std::size_t>(1, running.done.size()));
    running.painAfter.reset();
    REQUIRE(store.saveProgress(running).ok());

    // "After the crash": a new store object on the same folder.
    const SessionStore reopened(dir.path());
    const auto progress = reopened.loadProgress();
    REQUIRE(progress.ok());
    REQUIRE(progress.value().sessions.size() == 1);
    CHECK_FALSE(progress.value().sessions[0].session.finished.has_value());
    CHECK(progress.value().sessions[0].session.id == session.id);
    CHECK(reopened.load().value().sessions.empty());

    REQUIRE(reopened.finish(session).ok());
    CHECK(reopened.loadProgress().value().sessions.empty());
    const auto listing = reopened.load();
    REQUIRE(listing.value().sessions.size() == 1);
    CHECK(listing.value().sessions[0].session.finished == session.finished);
}

TEST_CASE("discarding progress removes it, and discarding twice is fine", "[store][progress]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    const Session session = storetest::numberedSession(6);
    REQUIRE(store.saveProgress(session).ok());
    REQUIRE(store.discardProgress(session.id).ok());
    CHECK(store.loadProgress().value().sessions.empty());
    CHECK(store.discardProgress(session.id).ok());
    CHECK_FALSE(store.discardProgress("../x").ok());
}

TEST_CASE("the data dir comes from --data-dir, then TIGHTSIDE_DATA_DIR, then the platform",
          "[store]")
{
    QTemporaryDir dir;
    const QByteArray oldEnv = qgetenv("TIGHTSIDE_DATA_DIR");
    const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
    qputenv("TIGHTSIDE_DATA_DIR", dir.filePath(QStringLiteral("env")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("xdg")).toLocal8Bit());
    CHECK(SessionStore::resolveDataDir(dir.filePath(QStringLiteral("option"))).value() ==
          dir.filePath(QStringLiteral("option")));
    CHECK(SessionStore::resolveDataDir(std::nullopt).value() ==
          dir.filePath(QStringLiteral("env")));
    qunsetenv("TIGHTSIDE_DATA_DIR");
    CHECK(SessionStore::resolveDataDir(std::nullopt).value() ==
          dir.filePath(QStringLiteral("xdg/tightside")));
    qputenv("TIGHTSIDE_DATA_DIR", oldEnv);
    if (oldEnv.isNull()) {
        qunsetenv("TIGHTSIDE_DATA_DIR");
    }
    qputenv("XDG_DATA_HOME", oldXdg);
    if (oldXdg.isNull()) {
        qunsetenv("XDG_DATA_HOME");
    }
}

TEST_CASE("two writers and a reader at once lose nothing", "[store][concurrency]")
{
    QTemporaryDir dir;
    constexpr int kPerWriter = 60;
    std::vector<std::string> written[2];
    std::atomic<bool> done{false};
    std::atomic<int> readerQuarantined{0};
    const auto writer = [&dir, &written](int index) {
        // Separate store objects, as in two processes: nothing is shared but the folder.
        const SessionStore store(dir.path());
        std::random_device entropy;
        for (int i = 0; i < kPerWriter; ++i) {
            const Session session = storetest::makeSession(
                static_cast<std::uint32_t>(i), std::chrono::system_clock::now(), entropy());
            if (store.save(session).ok()) {
                written[index].push_back(session.id);
            }
        }
    };
    std::thread reader([&] {
        const SessionStore store(dir.path());
        while (!done) {
            if (const auto listing = store.load(); listing.ok()) {
                readerQuarantined += static_cast<int>(listing.value().quarantined.size());
            }
        }
    });
    std::thread first(writer, 0);
    std::thread second(writer, 1);
    first.join();
    second.join();
    done = true;
    reader.join();
    CHECK(written[0].size() == kPerWriter);
    CHECK(written[1].size() == kPerWriter);
    CHECK(readerQuarantined == 0);
    const auto listing = SessionStore(dir.path()).load();
    REQUIRE(listing.ok());
    CHECK(listing.value().quarantined.empty());
    std::set<std::string> stored;
    for (const auto& id : ids(listing.value().sessions)) {
        stored.insert(id);
    }
    for (const auto& list : written) {
        for (const auto& id : list) {
            CHECK(stored.count(id) == 1);
        }
    }
    CHECK(stored.size() == std::size_t{2} * kPerWriter);
}
