// The hostile-folder items as a person meets them: the built binary, many at once, output
// that cannot be written, terminal escapes, and the one data folder without --data-dir.

#include "processutil.h"
#include "sessionfactory.h"

#include "tightside/store/sessionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <random>
#include <set>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using nlohmann::json;
using tightside::store::SessionStore;

namespace {

std::map<std::string, std::string> headless()
{
    return {{"DISPLAY", ""},
            {"WAYLAND_DISPLAY", ""},
            {"QT_QPA_PLATFORM", ""},
            {"TIGHTSIDE_DATA_DIR", ""}};
}

storetest::ProcessResult runWithData(const std::string& dataDir, std::vector<std::string> args)
{
    args.insert(args.begin() + 1, {"--data-dir", dataDir});
    return storetest::run(TIGHTSIDE_BINARY, args, headless());
}

storetest::ProcessResult shell(const std::string& command)
{
    return storetest::run("/bin/sh", {"-c", command}, headless());
}

std::string writeFile(const QString& path, const std::string& contents)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(contents.data(), static_cast<qint64>(contents.size()));
    return path.toStdString();
}

std::string sessionText(std::uint32_t index)
{
    return tightside::core::toJson(storetest::numberedSession(index)).dump(2);
}

std::size_t count(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("many imports of overlapping sets at once: each id is stored once, torn copies are "
          "restored once (items 5 and 7)",
          "[store][cli][concurrency]")
{
    QTemporaryDir dir;
    constexpr std::uint32_t kSessions = 12;
    std::vector<std::string> inputs;
    for (std::uint32_t i = 0; i < kSessions; ++i) {
        inputs.push_back(
            writeFile(dir.filePath(QStringLiteral("in-%1.json").arg(i)), sessionText(i)));
    }
    std::mt19937 random(13);
    for (int round = 0; round < 6; ++round) {
        CAPTURE(round);
        const QString data = dir.filePath(QStringLiteral("data-%1").arg(round));
        const SessionStore store(data);
        REQUIRE(store.ensureFolders().ok());
        // Ids 0 and 1 are stored torn, 2 and 3 whole.
        for (std::uint32_t i = 0; i < 4; ++i) {
            const std::string text = sessionText(i);
            writeFile(store.sessionPath(storetest::numberedSession(i).id),
                      i < 2 ? text.substr(0, text.size() / 3) : text);
        }
        std::vector<std::unique_ptr<storetest::Child>> children;
        for (int c = 0; c < 6; ++c) {
            std::vector<std::string> args = {"import", "--data-dir", data.toStdString()};
            std::vector<std::string> mine = inputs;
            std::shuffle(mine.begin(), mine.end(), random);
            mine.resize(kSessions - random() % 4);
            args.insert(args.end(), mine.begin(), mine.end());
            children.push_back(std::make_unique<storetest::Child>(TIGHTSIDE_BINARY, args));
        }
        std::string all;
        for (auto& child : children) {
            while (auto line = child->readLine()) {
                all += *line + "\n";
            }
            CHECK(child->wait() == 0);
        }
        for (std::uint32_t i = 0; i < kSessions; ++i) {
            const std::string id = storetest::numberedSession(i).id;
            CAPTURE(id);
            const std::size_t stored =
                count(all, "imported session " + id) + count(all, "restored session " + id);
            if (i < 2) {
                // Exactly once: "restored" when an import met the torn copy, "imported" when
                // another import's index refresh had already moved it to quarantine.
                CHECK(stored == 1);
            } else if (i < 4) {
                CHECK(stored == 0);
            } else {
                CHECK(stored <= 1);
            }
        }
        const auto listing = store.load();
        REQUIRE(listing.ok());
        CHECK(listing.value().quarantined.empty());
        CHECK(store.quarantineCount() == 2); // the two torn copies, kept
        std::set<std::string> ids;
        for (const auto& stored : listing.value().sessions) {
            ids.insert(stored.session.id);
        }
        for (std::uint32_t i = 0; i < 4; ++i) {
            CHECK(ids.count(storetest::numberedSession(i).id) == 1);
        }
        // Every line is one of the three outcomes.
        CHECK(count(all, "\n") == count(all, ": imported session ") +
                                      count(all, ": restored session ") +
                                      count(all, "already stored; skipped"));
    }
}

TEST_CASE("output that cannot be written fails the command with a line on stderr (item 10)",
          "[store][cli]")
{
    QTemporaryDir dir;
    const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
    const std::string input = writeFile(dir.filePath(QStringLiteral("in.json")), sessionText(1));
    REQUIRE(runWithData(data, {"import", input}).exitCode == 0);
    for (const std::string& command :
         {std::string(" history --data-dir ") + data, std::string(" history --format text"),
          std::string(" plan --answers " SOURCE_DIR "/docs/examples/routine.json"),
          std::string(" export --format csv --output - --data-dir ") + data}) {
        CAPTURE(command);
        const auto result = shell(std::string(TIGHTSIDE_BINARY) + command + " >/dev/full");
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("could not write the output") != std::string::npos);
    }
}

TEST_CASE("history text and stderr escape control characters (item 14)", "[store][cli]")
{
    QTemporaryDir dir;
    const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
    json document = tightside::core::toJson(storetest::numberedSession(1));
    document["notes"] = "calm\x1b]0;pwned\x07 \x1b[2J";
    const std::string input = writeFile(dir.filePath(QStringLiteral("in.json")), document.dump());
    const std::string evil =
        writeFile(dir.filePath(QStringLiteral("evil\x1b[31m.json")), "{\"schema\": 1,");
    const auto imported = runWithData(data, {"import", input, evil});
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.find('\x1b') == std::string::npos);
    CHECK(imported.err.find("evil\\x1b[31m.json") != std::string::npos);
    const auto history = runWithData(data, {"history", "--format", "text"});
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.find('\x1b') == std::string::npos);
    CHECK(history.out.find('\x07') == std::string::npos);
    CHECK(history.out.find("notes: calm\\x1b]0;pwned\\x07 \\x1b[2J") != std::string::npos);
}

TEST_CASE("plan and validate-protocol escape control characters in their problem lines too",
          "[store][cli]")
{
    QTemporaryDir dir;
    // A key with a terminal escape is named in the problem's pointer; so is the file's name.
    const std::string answers = writeFile(dir.filePath(QStringLiteral("answers\x1b[2J.json")),
                                          "{\"schema\": 1, \"x\\u001b]0;pwned\\u0007\": 1}");
    const auto plan = storetest::run(TIGHTSIDE_BINARY, {"plan", "--answers", answers}, headless());
    CHECK(plan.exitCode == 1);
    CHECK(plan.err.find('\x1b') == std::string::npos);
    CHECK(plan.err.find('\x07') == std::string::npos);
    CHECK(plan.err.find("answers\\x1b[2J.json") != std::string::npos);
    CHECK(plan.err.find("/x\\x1b]0;pwned\\x07") != std::string::npos);

    const auto protocol =
        storetest::run(TIGHTSIDE_BINARY, {"validate-protocol", answers}, headless());
    CHECK(protocol.exitCode == 1);
    CHECK(protocol.err.find('\x1b') == std::string::npos);
    CHECK(protocol.err.find("answers\\x1b[2J.json") != std::string::npos);
}
TEST_CASE("export --output - writes to standard output, and a device is never replaced "
          "(items 17 and 3)",
          "[store][cli]")
{
    QTemporaryDir dir;
    const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
    const std::string input = writeFile(dir.filePath(QStringLiteral("in.json")), sessionText(1));
    REQUIRE(runWithData(data, {"import", input}).exitCode == 0);
    const auto out = shell("cd '" + dir.path().toStdString() + "' && " + TIGHTSIDE_BINARY +
                           " export --format json --output - --data-dir " + data);
    REQUIRE(out.exitCode == 0);
    CHECK(json::parse(out.out).size() == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("-"))));
    const QString device = dir.filePath(QStringLiteral("device"));
    REQUIRE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    const auto refused =
        runWithData(data, {"export", "--format", "csv", "--output", device.toStdString()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("replaces only regular files") != std::string::npos);
    struct stat info
    {};
    REQUIRE(::lstat(QFile::encodeName(device).constData(), &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("a read-only data folder without current/ still lists every session (item 9)",
          "[store][cli]")
{
    if (::geteuid() != 0) {
        WARN("needs root to run the binary as another user: not run");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const QString data = dir.filePath(QStringLiteral("data"));
    REQUIRE(SessionStore(data).save(storetest::numberedSession(1)).ok());
    REQUIRE(QDir(data + QStringLiteral("/current")).removeRecursively());
    REQUIRE(QDir(data + QStringLiteral("/quarantine")).removeRecursively());
    REQUIRE(shell("chown -R 65534:65534 '" + data.toStdString() + "' && chmod 0500 '" +
                  data.toStdString() + "'")
                .exitCode == 0);
    const auto history =
        storetest::run("/usr/bin/setpriv",
                       {"--reuid=65534", "--regid=65534", "--clear-groups", TIGHTSIDE_BINARY,
                        "history", "--data-dir", data.toStdString()},
                       headless());
    CAPTURE(history.err);
    CHECK(history.exitCode == 0);
    CHECK(json::parse(history.out).size() == 1);
    REQUIRE(::chmod(QFile::encodeName(data).constData(), 0700) == 0);
}

TEST_CASE("a session the window saves is in `tightside history` with no --data-dir, and an "
          "old window folder is moved in once (issue 11 item 1)",
          "[store][cli][datafolder]")
{
    QTemporaryDir home;
    const QString xdg = home.filePath(QStringLiteral("xdg"));
    const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
    const QByteArray oldEnv = qgetenv("TIGHTSIDE_DATA_DIR");
    qputenv("XDG_DATA_HOME", QFile::encodeName(xdg));
    qunsetenv("TIGHTSIDE_DATA_DIR");
    // The window's path: the one store function resolves the folder (whatever organization
    // name the application set), and finish() saves into it.
    QCoreApplication::setApplicationName(QStringLiteral("tightside"));
    QCoreApplication::setOrganizationName(QStringLiteral("tightside"));
    const auto folder = tightside::store::resolveDataFolder(std::nullopt);
    REQUIRE(folder.ok());
    REQUIRE(SessionStore(folder.value().path).finish(storetest::numberedSession(1)).ok());
    // And one an older window left in its own folder.
    REQUIRE(SessionStore(tightside::store::legacyWindowFolder())
                .save(storetest::numberedSession(2))
                .ok());
    QCoreApplication::setOrganizationName(QString());

    auto env = headless();
    env["HOME"] = home.path().toStdString();
    env["XDG_DATA_HOME"] = xdg.toStdString();
    const auto first = storetest::run(TIGHTSIDE_BINARY, {"history"}, env);
    REQUIRE(first.exitCode == 0);
    const json listed = json::parse(first.out);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0]["id"] == storetest::numberedSession(1).id);
    CHECK(listed[1]["id"] == storetest::numberedSession(2).id);
    CHECK(count(first.err, "\n") == 1);
    CHECK(first.err.find("moved 1 session file that an earlier version of the window saved") !=
          std::string::npos);
    const auto second = storetest::run(TIGHTSIDE_BINARY, {"history"}, env);
    CHECK(second.err.empty());
    CHECK(json::parse(second.out).size() == 2);

    qputenv("XDG_DATA_HOME", oldXdg);
    if (oldXdg.isNull()) {
        qunsetenv("XDG_DATA_HOME");
    }
    if (!oldEnv.isNull()) {
        qputenv("TIGHTSIDE_DATA_DIR", oldEnv);
    }
}
