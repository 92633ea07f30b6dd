// A hostile data folder (issue 13): links, special files, odd names and modes, torn copies,
// duplicate keys. Each case is one of the ways the store was broken from outside.

#include "sessionfactory.h"

#include "tightside/core/jsonio.h"
#include "tightside/report/export.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/printable.h"
#include "tightside/store/sessionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace tightside;
using store::SaveOutcome;
using store::SessionStore;

namespace {

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct stat lstatOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::lstat(native(path).constData(), &info) == 0);
    return info;
}

nlohmann::json sessionJson(std::uint32_t index)
{
    return core::toJson(storetest::numberedSession(index));
}

QString sessionFile(const SessionStore& store, std::uint32_t index)
{
    return store.sessionPath(storetest::numberedSession(index).id);
}

} // namespace

TEST_CASE("a dangling link at sessions/<id>.json is never written through (item 1)",
          "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    REQUIRE(store.ensureFolders().ok());
    const QString outside = dir.filePath(QStringLiteral("outside.json"));
    REQUIRE(::symlink(native(outside).constData(), native(sessionFile(store, 1)).constData()) == 0);
    // save() refuses to replace what is not a regular file ...
    CHECK_FALSE(store.save(storetest::numberedSession(1)).ok());
    CHECK_FALSE(QFileInfo::exists(outside));
    // ... and import sets the link aside and stores a real file in its place.
    const auto imported = store.importDocument(sessionJson(1));
    REQUIRE(imported.ok());
    CHECK(imported.value() == SaveOutcome::Restored);
    CHECK_FALSE(QFileInfo::exists(outside));
    CHECK(S_ISREG(lstatOf(sessionFile(store, 1)).st_mode));
    const QString moved =
        store.quarantineDir() + QLatin1Char('/') + QFileInfo(sessionFile(store, 1)).fileName();
    CHECK(S_ISLNK(lstatOf(moved).st_mode));
}

TEST_CASE("index.json, quarantine/ and sessions/ as links are never followed (item 2)",
          "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    REQUIRE(store.save(storetest::numberedSession(1)).ok());

    SECTION("index.json")
    {
        const QString target = dir.filePath(QStringLiteral("victim"));
        writeBytes(target, "keep me");
        REQUIRE(::chmod(native(target).constData(), 0644) == 0);
        REQUIRE(::symlink(native(target).constData(), native(store.indexPath()).constData()) == 0);
        const auto listing = store.summaries();
        REQUIRE(listing.ok());
        CHECK(listing.value().sessions.size() == 1);
        CHECK(readBytes(target) == "keep me");
        CHECK((lstatOf(target).st_mode & 07777) == 0644);
        CHECK(S_ISLNK(lstatOf(store.indexPath()).st_mode));
    }
    SECTION("quarantine/")
    {
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        REQUIRE(QDir().mkpath(elsewhere));
        REQUIRE(QDir(store.quarantineDir()).removeRecursively());
        REQUIRE(::symlink(native(elsewhere).constData(),
                          native(store.quarantineDir()).constData()) == 0);
        writeBytes(store.sessionsDir() + QStringLiteral("/20260110T000000Z-deadbeef.json"), "{");
        const auto listing = store.load();
        REQUIRE(listing.ok());
        CHECK(listing.value().sessions.size() == 1);
        REQUIRE(listing.value().quarantined.size() == 1);
        CHECK(listing.value().quarantined[0].quarantinePath.isEmpty());
        CHECK(listing.value().quarantined[0].reason.contains(QStringLiteral("symbolic link")));
        CHECK(QDir(elsewhere).isEmpty());
    }
    SECTION("sessions/")
    {
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        REQUIRE(QDir().mkpath(elsewhere));
        REQUIRE(::chmod(native(elsewhere).constData(), 0755) == 0);
        REQUIRE(QDir(store.sessionsDir()).removeRecursively());
        REQUIRE(::symlink(native(elsewhere).constData(), native(store.sessionsDir()).constData()) ==
                0);
        const auto listing = store.load();
        REQUIRE_FALSE(listing.ok());
        CHECK(listing.error().contains(QStringLiteral("symbolic link")));
        CHECK_FALSE(store.save(storetest::numberedSession(2)).ok());
        CHECK((lstatOf(elsewhere).st_mode & 07777) == 0755);
        CHECK(QDir(elsewhere).isEmpty());
    }
}

TEST_CASE("an export never replaces a device, a link or a folder (item 3)", "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    REQUIRE(store.save(storetest::numberedSession(1)).ok());
    const QString device = dir.filePath(QStringLiteral("null"));
    REQUIRE(::mknod(native(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    const auto exported = report::exportToFile(report::ExportFormat::Json, store, device);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().contains(QStringLiteral("replaces only regular files")));
    CHECK(S_ISCHR(lstatOf(device).st_mode));
    CHECK(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files | QDir::System).size() == 1);
}

TEST_CASE("FIFOs in sessions/ and at index.json never block a read (item 4)", "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    REQUIRE(store.save(storetest::numberedSession(1)).ok());
    const QString fifo = store.sessionsDir() + QStringLiteral("/20260110T000000Z-0000f1f0.json");
    REQUIRE(::mkfifo(native(fifo).constData(), 0600) == 0);
    REQUIRE(::mkfifo(native(store.indexPath()).constData(), 0600) == 0);
    const auto listing = store.summaries();
    REQUIRE(listing.ok());
    CHECK(listing.value().sessions.size() == 1);
    REQUIRE(listing.value().quarantined.size() == 1);
    CHECK(listing.value().quarantined[0].reason.contains(QStringLiteral("FIFO")));
    CHECK(S_ISFIFO(lstatOf(store.indexPath()).st_mode)); // not replaced either
    CHECK(store.load().value().sessions.size() == 1);
    CHECK(store.importDocument(sessionJson(2)).ok());
}

TEST_CASE("a session just under 1 MiB stays readable once stored (item 6)", "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    nlohmann::json document = sessionJson(1);
    const std::size_t compact = document.dump().size();
    document["notes"] = std::string(core::kMaxJsonBytes - compact - 40, 'n');
    REQUIRE(document.dump().size() < core::kMaxJsonBytes);
    REQUIRE(document.dump(2).size() > core::kMaxJsonBytes);
    REQUIRE(store.importDocument(document).value() == SaveOutcome::Saved);
    CHECK(QFileInfo(sessionFile(store, 1)).size() <= static_cast<qint64>(core::kMaxJsonBytes));
    const auto listing = store.summaries();
    REQUIRE(listing.ok());
    CHECK(listing.value().quarantined.empty());
    CHECK(listing.value().sessions.size() == 1);
    // Too large even compact: refused, nothing stored.
    nlohmann::json huge = sessionJson(2);
    huge["notes"] = std::string(core::kMaxJsonBytes, 'n');
    CHECK_FALSE(store.importDocument(huge).ok());
    CHECK_FALSE(store.contains(storetest::numberedSession(2).id));
}

TEST_CASE("a torn stored copy is replaced by a valid import and kept aside (item 7)",
          "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    REQUIRE(store.ensureFolders().ok());
    const QByteArray good = QByteArray::fromStdString(sessionJson(1).dump(2));
    writeBytes(sessionFile(store, 1), good.left(good.size() / 2));
    const auto restored = store.importDocument(sessionJson(1));
    REQUIRE(restored.ok());
    CHECK(restored.value() == SaveOutcome::Restored);
    CHECK(store.quarantineCount() == 1);
    CHECK(store.load().value().sessions.size() == 1);
    // Once whole, the next import skips it.
    CHECK(store.importDocument(sessionJson(1)).value() == SaveOutcome::AlreadyStored);
}

TEST_CASE("a file name that is not UTF-8 is quarantined and named (item 8)", "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    REQUIRE(store.save(storetest::numberedSession(1)).ok());
    const QByteArray name = native(store.sessionsDir()) + "/bad\xff\x1b[2J.json";
    {
        QFile file;
        FILE* raw = std::fopen(name.constData(), "w");
        REQUIRE(raw != nullptr);
        std::fputs(sessionJson(2).dump().c_str(), raw);
        std::fclose(raw);
    }
    const auto listing = store.load();
    REQUIRE(listing.ok());
    CHECK(listing.value().sessions.size() == 1);
    REQUIRE(listing.value().quarantined.size() == 1);
    const QString shown = listing.value().quarantined[0].originalPath;
    CHECK(shown.contains(QStringLiteral("bad\\xff\\x1b[2J.json")));
    CHECK_FALSE(listing.value().quarantined[0].quarantinePath.isEmpty());
    const QByteArray moved = native(store.quarantineDir()) + "/bad\xff\x1b[2J.json";
    CHECK(::access(moved.constData(), F_OK) == 0);
    // QTemporaryDir cannot remove a name it cannot decode.
    ::unlink(moved.constData());
    ::unlink(QFile::encodeName(QFile::decodeName(moved) + QStringLiteral(".why")).constData());
}

TEST_CASE("reading needs neither current/ nor quarantine/ (item 9)", "[store][hostile]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    REQUIRE(store.save(storetest::numberedSession(1)).ok());
    REQUIRE(QDir(store.currentDir()).removeRecursively());
    REQUIRE(QDir(store.quarantineDir()).removeRecursively());
    writeBytes(store.quarantineDir(), "a regular file where the folder should be");
    writeBytes(store.sessionsDir() + QStringLiteral("/20260110T000000Z-deadbeef.json"), "{");
    const auto listing = store.load();
    REQUIRE(listing.ok());
    CHECK(listing.value().sessions.size() == 1);
    REQUIRE(listing.value().quarantined.size() == 1);
    CHECK(listing.value().quarantined[0].quarantinePath.isEmpty()); // left in place, named
    CHECK(store.loadProgress().ok());
}

TEST_CASE("impossible dates and a finish before the start are refused (item 11)",
          "[store][hostile]")
{
    CHECK_FALSE(core::isValidIsoUtc("2026-02-31T08:00:00Z"));
    CHECK_FALSE(core::isValidIsoUtc("2026-02-29T08:00:00Z"));
    CHECK_FALSE(core::isValidIsoUtc("2026-04-31T08:00:00Z"));
    CHECK(core::isValidIsoUtc("2028-02-29T08:00:00Z"));
    CHECK(core::isValidIsoUtc("2026-12-31T23:59:59Z"));
    CHECK_FALSE(core::isValidSessionId("20260231T080000Z-7f3a9c1e"));
    nlohmann::json document = sessionJson(1);
    document["finished"] = "2025-01-01T00:00:00Z";
    const core::SessionParse parsed = core::parseSession(document, core::builtinProtocol());
    REQUIRE_FALSE(parsed.session);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].pointer == "/finished");
}

TEST_CASE("duplicate keys are refused with their pointer (item 12)", "[store][hostile]")
{
    const auto top = core::parseJsonText(R"({"pain_after": 2, "pain_after": 9})");
    REQUIRE_FALSE(top.value);
    REQUIRE(top.problems.size() == 1);
    CHECK(top.problems[0].pointer == "/pain_after");
    const auto nested = core::parseJsonText(
        R"({"a": [1, {"x": 1}, {"b/c": {"left": 1, "left": 2}}], "z": {"left": 3}})");
    REQUIRE_FALSE(nested.value);
    CHECK(nested.problems.at(0).pointer == "/a/2/b~1c/left");
    // The same key in two objects is fine.
    CHECK(core::parseJsonText(R"({"a": {"k": 1}, "b": {"k": 1}, "k": [ {"k": 2} ]})").value);
}

TEST_CASE("a parse error names the place, never the note's text (item 13)", "[store][hostile]")
{
    for (const std::string& text : {std::string("{\"notes\": \"my secret pain\x1b story\"}"),
                                    std::string("{\"notes\": \"my secret pain\\q story\"}"),
                                    std::string("{\"notes\": \"my secret pain story")}) {
        const auto doc = core::parseJsonText(text);
        REQUIRE_FALSE(doc.value);
        const std::string& message = doc.problems.at(0).message;
        CAPTURE(message);
        CHECK(message.find("secret") == std::string::npos);
        CHECK(message.find("line 1, column") != std::string::npos);
    }
}

TEST_CASE("text for people escapes control characters and bad UTF-8 (item 14)", "[store][hostile]")
{
    CHECK(store::printable("plain text, é ü 中") == "plain text, é ü 中");
    CHECK(store::printable("a\x1b[2Jb") == "a\\x1b[2Jb");
    CHECK(store::printable("line\nnext\tx\r") == "line\\nnext\\tx\\r");
    CHECK(store::printable("\x7f\xff\xc3") == "\\x7f\\xff\\xc3");
    CHECK(store::printable("\xc2\x9b") == "\\u{009b}");           // C1 CSI
    CHECK(store::printable("\xe2\x80\xae") == "\\u{202e}");       // right-to-left override
    CHECK(store::printable("\xed\xa0\x80") == "\\xed\\xa0\\x80"); // a surrogate is not UTF-8
}

TEST_CASE("a data folder that another user owns or can write is refused, unchanged (item 15)",
          "[store][hostile]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const SessionStore store(data);
    REQUIRE(store.save(storetest::numberedSession(1)).ok());
    REQUIRE(::chmod(native(data).constData(), 01777) == 0);
    auto listing = store.load();
    REQUIRE_FALSE(listing.ok());
    CHECK(listing.error().contains(QStringLiteral("can be changed by other users (mode 1777)")));
    CHECK_FALSE(store.save(storetest::numberedSession(2)).ok());
    CHECK((lstatOf(data).st_mode & 07777) == 01777);
    REQUIRE(::chmod(native(data).constData(), 0700) == 0);
    if (::geteuid() == 0) {
        // Root writing into someone else's folder would leave root-owned files there.
        REQUIRE(::chown(native(store.sessionsDir()).constData(), 65534, 65534) == 0);
        listing = store.load();
        REQUIRE_FALSE(listing.ok());
        CHECK(listing.error().contains(QStringLiteral("belongs to another user")));
        CHECK(lstatOf(store.sessionsDir()).st_uid == 65534);
    }
}

TEST_CASE("the one data folder ignores the organization name, and the old one is moved in once",
          "[store][datafolder]")
{
    QTemporaryDir dir;
    const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
    const QByteArray oldEnv = qgetenv("TIGHTSIDE_DATA_DIR");
    qputenv("XDG_DATA_HOME", native(dir.filePath(QStringLiteral("xdg"))));
    qunsetenv("TIGHTSIDE_DATA_DIR");
    QCoreApplication::setOrganizationName(QStringLiteral("tightside"));
    QCoreApplication::setApplicationName(QStringLiteral("tightside"));
    const auto folder = store::resolveDataFolder(std::nullopt);
    REQUIRE(folder.ok());
    CHECK(folder.value().platformDefault);
    CHECK(folder.value().path == dir.filePath(QStringLiteral("xdg/tightside")));
    CHECK(store::legacyWindowFolder() == dir.filePath(QStringLiteral("xdg/tightside/tightside")));
    CHECK(QCoreApplication::organizationName() == QStringLiteral("tightside")); // put back
    CHECK_FALSE(store::resolveDataFolder(QStringLiteral("/x")).value().platformDefault);

    // What an older window saved: two sessions, a routine in progress, a broken file.
    const SessionStore legacy(store::legacyWindowFolder());
    REQUIRE(legacy.save(storetest::numberedSession(1)).ok());
    REQUIRE(legacy.save(storetest::numberedSession(2)).ok());
    REQUIRE(legacy.saveProgress(storetest::numberedSession(3)).ok());
    writeBytes(legacy.sessionsDir() + QStringLiteral("/20260110T000000Z-deadbeef.json"), "{");
    const SessionStore one(folder.value().path);
    REQUIRE(one.save(storetest::numberedSession(2)).ok()); // already there: a copy to set aside

    const store::MigrationReport report = store::migrateLegacyFolder(one, legacy.dataDir());
    CHECK(report.moved == 2);
    CHECK(report.quarantined.size() == 2);
    CHECK(report.leftBehind.isEmpty());
    CHECK(report.summary(legacy.dataDir(), one.dataDir())
              .contains(QStringLiteral("moved 2 session files")));
    CHECK(one.load().value().sessions.size() == 2);
    CHECK(one.loadProgress().value().sessions.size() == 1);
    CHECK(one.quarantineCount() == 2);
    CHECK_FALSE(QFileInfo::exists(legacy.dataDir()));
    CHECK(store::migrateLegacyFolder(one, legacy.dataDir()).empty()); // once

    QCoreApplication::setOrganizationName(QString());
    qputenv("XDG_DATA_HOME", oldXdg);
    if (oldXdg.isNull()) {
        qunsetenv("XDG_DATA_HOME");
    }
    if (!oldEnv.isNull()) {
        qputenv("TIGHTSIDE_DATA_DIR", oldEnv);
    }
}

TEST_CASE("the exporter streams, reports progress and leaves nothing when cancelled",
          "[store][export]")
{
    QTemporaryDir dir;
    const SessionStore store(dir.filePath(QStringLiteral("data")));
    for (std::uint32_t i = 1; i <= 5; ++i) {
        REQUIRE(store.save(storetest::numberedSession(i)).ok());
    }
    std::vector<std::size_t> seen;
    std::size_t pieces = 0;
    std::string out;
    report::ExportHooks hooks;
    hooks.progress = [&seen](std::size_t done, std::size_t total) {
        CHECK(total == 5);
        seen.push_back(done);
    };
    const auto exported = report::exportHistory(
        report::ExportFormat::Json, store,
        [&](QByteArrayView bytes) {
            ++pieces;
            out.append(bytes.data(), static_cast<std::size_t>(bytes.size()));
            return store::Result<void>::success();
        },
        hooks);
    REQUIRE(exported.ok());
    CHECK(exported.value().sessions == 5);
    CHECK(seen == std::vector<std::size_t>{1, 2, 3, 4, 5});
    CHECK(pieces > 5); // written as it goes, not at once
    CHECK(nlohmann::json::parse(out).size() == 5);

    const QString path = dir.filePath(QStringLiteral("out.csv"));
    int asked = 0;
    report::ExportHooks cancel;
    cancel.cancelled = [&asked] { return ++asked > 2; };
    const auto stopped = report::exportToFile(report::ExportFormat::Csv, store, path, cancel);
    REQUIRE(stopped.ok());
    CHECK(stopped.value().cancelled);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const auto failing =
        report::exportHistory(report::ExportFormat::Csv, store, [](QByteArrayView) {
            return store::Result<void>::failure(QStringLiteral("disk full"));
        });
    REQUIRE_FALSE(failing.ok());
    CHECK(failing.error() == QStringLiteral("disk full"));
}
