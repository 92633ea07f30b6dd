// The history index (<data-dir>/index.json): a cache of session summaries that makes opening
// the history fast, and that is never trusted over the session files themselves.

#include "sessionfactory.h"

#include "tightside/store/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using tightside::store::SessionStore;
using tightside::store::SessionSummary;
using tightside::store::summarise;

namespace {

void writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readRaw(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::vector<std::string> ids(const std::vector<SessionSummary>& sessions)
{
    std::vector<std::string> out;
    out.reserve(sessions.size());
    for (const auto& summary : sessions) {
        out.push_back(summary.id);
    }
    return out;
}

/// Three sessions saved through the store, and a first listing that builds the index.
std::vector<tightside::core::Session> seed(const SessionStore& store)
{
    std::vector<tightside::core::Session> sessions;
    for (std::uint32_t i = 0; i < 3; ++i) {
        sessions.push_back(storetest::numberedSession(i));
        REQUIRE(store.save(sessions.back()));
    }
    // The middle one rated what matters to the person: the index holds that too.
    sessions[1].activities = {{"putting on socks", 6}, {"sitting through a film", 3}};
    REQUIRE(store.save(sessions[1]));
    const auto first = store.summaries();
    REQUIRE(first);
    REQUIRE(first.value().indexRebuilt);
    REQUIRE(first.value().filesRead == 3);
    return sessions;
}

/// The index text with the first entry's first "before" rating set to [left, right].
QByteArray withRating(const QByteArray& index, int left, int right)
{
    nlohmann::json root = nlohmann::json::parse(index.toStdString());
    root["entries"][0][12][0] = nlohmann::json::array({left, right});
    return QByteArray::fromStdString(root.dump());
}

/// The index text with the first entry's activities replaced.
QByteArray withActivities(const QByteArray& index, const nlohmann::json& activities)
{
    nlohmann::json root = nlohmann::json::parse(index.toStdString());
    root["entries"][0][15] = activities;
    return QByteArray::fromStdString(root.dump());
}

/// The index as schema 1 wrote it: no activities in the entries.
QByteArray schemaOne(const QByteArray& index)
{
    nlohmann::json root = nlohmann::json::parse(index.toStdString());
    root["schema"] = 1;
    for (auto& entry : root["entries"]) {
        entry.erase(15);
    }
    return QByteArray::fromStdString(root.dump());
}

} // namespace

TEST_CASE("the index holds each session's summary and is used while nothing changed",
          "[store][index]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    const auto sessions = seed(store);

    const auto again = store.summaries();
    REQUIRE(again);
    CHECK_FALSE(again.value().indexRebuilt);
    CHECK(again.value().filesRead == 0);
    REQUIRE(again.value().sessions.size() == 3);
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        CHECK(again.value().sessions[i] ==
              summarise(sessions[i], store.sessionPath(sessions[i].id)));
    }
}

TEST_CASE("the index is written 0600 through the atomic write", "[store][index][privacy]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    seed(store);
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(store.indexPath()).constData(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0600);
    // No temporary file of the atomic write is left in the data dir.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("index.json")});
}

TEST_CASE("a corrupt, truncated or foreign index is rebuilt from the session files",
          "[store][index]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    const auto sessions = seed(store);
    const QByteArray good = readRaw(store.indexPath());

    const QByteArray broken =
        GENERATE_COPY(QByteArray("{ not json"), good.left(good.size() / 2), QByteArray("[]"),
                      QByteArray("{\"kind\":\"tightside.history-index\",\"schema\":99}"),
                      // A summary that lies about a rating (11 is out of range) is not trusted.
                      withRating(good, 11, 4),
                      // Six activities, a score of 11 or an empty name are not trusted either.
                      withActivities(good, nlohmann::json::parse(R"([["a",1],["b",1],["c",1],
                                                                    ["d",1],["e",1],["f",1]])")),
                      withActivities(good, nlohmann::json::parse(R"([["a",11]])")),
                      withActivities(good, nlohmann::json::parse(R"([["",3]])")),
                      // An index from before the activities is rebuilt once.
                      schemaOne(good),
                      // An entry that points outside the sessions folder is not trusted.
                      QByteArray(good).replace(QByteArray::fromStdString(sessions[0].id + ".json"),
                                               "../../etc/passwd"),
                      QByteArray(2, '\0'));
    writeRaw(store.indexPath(), broken);

    const auto listing = store.summaries();
    REQUIRE(listing);
    CHECK(listing.value().indexRebuilt);
    CHECK(listing.value().filesRead == 3);
    CHECK(listing.value().quarantined.empty());
    CHECK(ids(listing.value().sessions) ==
          std::vector<std::string>{sessions[0].id, sessions[1].id, sessions[2].id});
    // The rebuilt index is used next time.
    const auto next = store.summaries();
    REQUIRE(next);
    CHECK_FALSE(next.value().indexRebuilt);
    CHECK(next.value().filesRead == 0);
}

TEST_CASE("an index made under another protocol is rebuilt", "[store][index]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    seed(store);
    QByteArray text = readRaw(store.indexPath());
    const auto at = text.indexOf("tightside.legs@");
    REQUIRE(at >= 0);
    text.replace(at, 15, "someone.elses@x");
    writeRaw(store.indexPath(), text);
    const auto listing = store.summaries();
    REQUIRE(listing);
    CHECK(listing.value().indexRebuilt);
    CHECK(listing.value().sessions.size() == 3);
}

TEST_CASE("a session imported while the index exists shows up, and a removed one goes",
          "[store][index]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    const auto sessions = seed(store);

    // Another process (tightside import) adds a session and a sync tool removes one.
    const SessionStore other(dir.path());
    const auto added = storetest::numberedSession(7);
    REQUIRE(other.saveNew(added));
    REQUIRE(QFile::remove(store.sessionPath(sessions[1].id)));

    const auto listing = store.summaries();
    REQUIRE(listing);
    CHECK_FALSE(listing.value().indexRebuilt);
    CHECK(listing.value().filesRead == 1);
    CHECK(ids(listing.value().sessions) ==
          std::vector<std::string>{sessions[0].id, sessions[2].id, added.id});
    CHECK(listing.value().sessions.back() == summarise(added, store.sessionPath(added.id)));
}

TEST_CASE("a session file changed behind the index is read again, not taken from the cache",
          "[store][index]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    auto sessions = seed(store);

    sessions[2].painAfter = 0;
    sessions[2].notes = "changed on the other computer";
    REQUIRE(store.save(sessions[2]));
    const auto listing = store.summaries();
    REQUIRE(listing);
    CHECK(listing.value().filesRead == 1);
    CHECK(listing.value().sessions[2].painAfter == 0);
    CHECK(listing.value().sessions[2].notes == "changed on the other computer");
}

TEST_CASE("a session file corrupted behind the index is still quarantined and reported",
          "[store][index][quarantine]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    const auto sessions = seed(store);

    const QString victim = store.sessionPath(sessions[1].id);
    writeRaw(victim, "{ \"schema\": 1, \"id\": tor");
    const auto listing = store.summaries();
    REQUIRE(listing);
    REQUIRE(listing.value().quarantined.size() == 1);
    CHECK(listing.value().quarantined[0].originalPath == victim);
    CHECK_FALSE(listing.value().quarantined[0].quarantinePath.isEmpty());
    CHECK_FALSE(QFile::exists(victim));
    CHECK(ids(listing.value().sessions) ==
          std::vector<std::string>{sessions[0].id, sessions[2].id});
    // Quarantined once; the index no longer names it.
    const auto next = store.summaries();
    REQUIRE(next);
    CHECK(next.value().quarantined.empty());
    CHECK(next.value().filesRead == 0);
    CHECK(next.value().sessions.size() == 2);
}

TEST_CASE("a new corrupt file beside a good index is quarantined, the rest still show",
          "[store][index][quarantine]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    seed(store);
    writeRaw(store.sessionsDir() + QStringLiteral("/20200101T000000Z-00000000.json"),
             QByteArray("\x89PNG\r\n", 6));
    const auto listing = store.summaries();
    REQUIRE(listing);
    CHECK(listing.value().quarantined.size() == 1);
    CHECK(listing.value().sessions.size() == 3);
}

TEST_CASE("read() validates one file and quarantines it when it is bad", "[store][index]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    const auto sessions = seed(store);
    const auto good = store.read(store.sessionPath(sessions[0].id));
    REQUIRE(good);
    CHECK(good.value().session.id == sessions[0].id);

    const QString victim = store.sessionPath(sessions[1].id);
    writeRaw(victim, "[]");
    const auto bad = store.read(victim);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().contains(QStringLiteral("quarantine")));
    CHECK_FALSE(QFile::exists(victim));
}

TEST_CASE("an index that cannot be written is not an error", "[store][index]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.path());
    seed(store);
    // A folder where the index should be: the write fails, the history still reads.
    REQUIRE(QFile::remove(store.indexPath()));
    REQUIRE(QDir().mkdir(store.indexPath()));
    const auto listing = store.summaries();
    REQUIRE(listing);
    CHECK(listing.value().sessions.size() == 3);
}
