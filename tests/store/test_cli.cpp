// The store commands as a user runs them: the built binary, exit codes, stdout and stderr.

#include "processutil.h"
#include "sessionfactory.h"
#include "testfiles.h"

#include "tightside/core/course.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

using nlohmann::json;
using storetest::ProcessResult;

namespace {

struct Cli
{
    QTemporaryDir dir;
    std::string dataDir = dir.filePath(QStringLiteral("data")).toStdString();

    /// Runs tightside with --data-dir and no display, no inherited data dir.
    ProcessResult run(std::vector<std::string> args,
                      std::map<std::string, std::string> env = {}) const
    {
        args.insert(args.begin() + 1, {"--data-dir", dataDir});
        env.emplace("DISPLAY", "");
        env.emplace("WAYLAND_DISPLAY", "");
        env.emplace("QT_QPA_PLATFORM", "");
        env.emplace("TIGHTSIDE_DATA_DIR", "");
        return storetest::run(TIGHTSIDE_BINARY, args, env);
    }

    std::string file(const std::string& name, const std::string& contents) const
    {
        return storetest::writeTestFile(dir, name, contents);
    }

    std::string session(std::uint32_t index) const
    {
        return file("in-" + std::to_string(index) + ".json",
                    tightside::core::toJson(storetest::numberedSession(index)).dump(2));
    }
};

std::string readAll(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

mode_t modeOf(const std::string& path)
{
    struct stat info
    {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

} // namespace

TEST_CASE("import then history gives back the same sessions, oldest first", "[store][cli]")
{
    Cli cli;
    const auto imported = cli.run({"import", cli.session(3), cli.session(1), cli.session(2)});
    CHECK(imported.err.empty());
    REQUIRE(imported.exitCode == 0);
    const auto history = cli.run({"history", "--format", "json"});
    REQUIRE(history.exitCode == 0);
    CHECK(history.err.empty());
    const json array = json::parse(history.out);
    REQUIRE(array.size() == 3);
    for (std::uint32_t i = 0; i < 3; ++i) {
        // The file's contents plus its verdicts (contracts.md "History with verdicts").
        json stored = array[i];
        const auto session = storetest::numberedSession(i + 1);
        CHECK(stored["verdicts"] ==
              tightside::core::toJson(tightside::core::sessionVerdicts(session)));
        stored.erase("verdicts");
        CHECK(stored == tightside::core::toJson(session));
    }
    CHECK(modeOf(cli.dataDir) == 0700);
    CHECK(modeOf(cli.dataDir + "/sessions") == 0700);
    CHECK(modeOf(cli.dataDir + "/sessions/" + storetest::numberedSession(1).id + ".json") == 0600);
}

TEST_CASE("import: valid files land when another is rejected, and stored ids are skipped",
          "[store][cli]")
{
    Cli cli;
    REQUIRE(cli.run({"import", cli.session(1)}).exitCode == 0);
    auto neverDoc = tightside::core::toJson(storetest::numberedSession(5));
    neverDoc["plan"]["steps"][0]["targets"] = json::array({"low_back"});
    const std::string never = cli.file("never.json", neverDoc.dump());
    const std::string broken = cli.file("broken.json", "{\"schema\": 1,");
    const auto result =
        cli.run({"import", cli.session(1), never, cli.session(2), broken, cli.session(3)});
    CHECK(result.exitCode == 1);
    CHECK(result.out.find("already stored; skipped") != std::string::npos);
    CHECK(result.err.find(never + ": /plan/steps/0/targets/0:") != std::string::npos);
    CHECK(result.err.find(broken + ":") != std::string::npos);
    const json array = json::parse(cli.run({"history"}).out);
    CHECK(array.size() == 3);

    const auto again = cli.run({"import", cli.session(2)});
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("skipped") != std::string::npos);
}

TEST_CASE("history shows every good session and names the quarantined ones", "[store][cli]")
{
    Cli cli;
    REQUIRE(cli.run({"import", cli.session(1), cli.session(2)}).exitCode == 0);
    const std::string bad = cli.dataDir + "/sessions/20260110T000000Z-deadbeef.json";
    {
        QFile file(QString::fromStdString(bad));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1, \"id\": \"20260110T000000Z-dead");
    }
    const auto history = cli.run({"history", "--format", "text"});
    CHECK(history.exitCode == 0);
    CHECK(history.err.find(bad) != std::string::npos);
    CHECK(history.err.find("quarantine") != std::string::npos);
    CHECK(history.out.find(storetest::numberedSession(1).id) != std::string::npos);
    CHECK(history.out.find(storetest::numberedSession(2).id) != std::string::npos);
    CHECK(QFileInfo::exists(
        QString::fromStdString(cli.dataDir + "/quarantine/20260110T000000Z-deadbeef.json")));
}

TEST_CASE("history exits 1 when the store itself cannot be read", "[store][cli]")
{
    Cli cli;
    cli.dataDir = cli.file("a-file", "not a folder");
    const auto history = cli.run({"history"});
    CHECK(history.exitCode == 1);
    CHECK(history.out.empty());
    CHECK_FALSE(history.err.empty());
}

TEST_CASE("history --format csv neutralises formulas in notes", "[store][cli][csv]")
{
    Cli cli;
    auto session = tightside::core::toJson(storetest::numberedSession(1));
    session["notes"] = "=HYPERLINK(\"http://example.invalid\")";
    REQUIRE(cli.run({"import", cli.file("s.json", session.dump())}).exitCode == 0);
    const auto csv = cli.run({"history", "--format", "csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind("id,date,", 0) == 0);
    CHECK(csv.out.find("\"'=HYPERLINK(\"\"http://example.invalid\"\")\"") != std::string::npos);
    CHECK(csv.out.find(",=") == std::string::npos);
}

TEST_CASE("export writes csv, json and pdf files atomically and privately", "[store][cli]")
{
    Cli cli;
    REQUIRE(cli.run({"import", cli.session(1), cli.session(2), cli.session(3)}).exitCode == 0);
    for (const std::string format : {"csv", "json", "pdf"}) {
        CAPTURE(format);
        const std::string output =
            cli.dir.filePath(QString::fromStdString("out." + format)).toStdString();
        const auto result = cli.run({"export", "--format", format, "--output", output});
        CHECK(result.err.empty());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.empty());
        CHECK(modeOf(output) == 0600);
        const std::string contents = readAll(output);
        if (format == "pdf") {
            CHECK(contents.rfind("%PDF-", 0) == 0);
        } else if (format == "json") {
            CHECK(json::parse(contents).size() == 3);
        } else {
            CHECK(contents == cli.run({"history", "--format", "csv"}).out);
        }
    }
    const auto missing =
        cli.run({"export", "--format", "csv", "--output", cli.dataDir + "/no/such/dir/x.csv"});
    CHECK(missing.exitCode == 1);
}

TEST_CASE("store commands report wrong usage with exit 2", "[store][cli]")
{
    Cli cli;
    CHECK(cli.run({"import"}).exitCode == 2);
    CHECK(cli.run({"history", "--format", "xml"}).exitCode == 2);
    CHECK(cli.run({"export", "--format", "csv"}).exitCode == 2);
    CHECK(cli.run({"export", "--format", "doc", "--output", "x"}).exitCode == 2);
    CHECK(cli.run({"history", "--help"}).exitCode == 0);
}

TEST_CASE("the --data-dir option wins over TIGHTSIDE_DATA_DIR", "[store][cli]")
{
    Cli cli;
    const std::string other = cli.dir.filePath(QStringLiteral("other")).toStdString();
    REQUIRE(cli.run({"import", cli.session(1)}, {{"TIGHTSIDE_DATA_DIR", other}}).exitCode == 0);
    CHECK(QFileInfo::exists(QString::fromStdString(cli.dataDir + "/sessions")));
    CHECK_FALSE(QFileInfo::exists(QString::fromStdString(other)));
    // Without --data-dir the environment variable is used.
    const auto viaEnv =
        storetest::run(TIGHTSIDE_BINARY, {"history"}, {{"TIGHTSIDE_DATA_DIR", other}});
    CHECK(viaEnv.exitCode == 0);
    CHECK(viaEnv.out == "[]\n");
    CHECK(QFileInfo::exists(QString::fromStdString(other + "/sessions")));
}
