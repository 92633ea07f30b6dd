// The app's log (src/app/log.h) as a user's machine sees it: where it is, its modes, its
// levels, and that a whole import, history, export and quarantine leave no health data in it.

#include "processutil.h"
#include "sessionfactory.h"
#include "testfiles.h"

#include "tightside/store/statefolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

using storetest::ProcessResult;

namespace {

/// Runs the built binary with its own data and state folders in a temporary folder.
struct LoggedCli
{
    QTemporaryDir dir;
    std::string dataDir = dir.filePath(QStringLiteral("data")).toStdString();
    std::string stateHome = dir.filePath(QStringLiteral("state")).toStdString();
    std::string logPath = stateHome + "/tightside/tightside.log";

    ProcessResult run(const std::vector<std::string>& args,
                      std::map<std::string, std::string> env = {}) const
    {
        env.emplace("DISPLAY", "");
        env.emplace("WAYLAND_DISPLAY", "");
        env.emplace("QT_QPA_PLATFORM", "");
        env.emplace("TIGHTSIDE_DATA_DIR", dataDir);
        env.emplace("TIGHTSIDE_LOG", "");
        env.emplace("XDG_STATE_HOME", stateHome);
        return storetest::run(TIGHTSIDE_BINARY, args, env);
    }

    std::string file(const std::string& name, const std::string& contents) const
    {
        return storetest::writeTestFile(dir, name, contents);
    }

    std::string log() const
    {
        QFile file(QString::fromStdString(logPath));
        return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
    }
};

mode_t modeOf(const std::string& path)
{
    struct stat info
    {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// Restores an environment variable when the test ends.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value) : m_name(name), m_old(qgetenv(name))
    {
        m_had = qEnvironmentVariableIsSet(name);
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }
    ~ScopedEnv()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    QByteArray m_old;
    bool m_had = false;
};

} // namespace

TEST_CASE("the state folder is XDG_STATE_HOME/tightside, else ~/.local/state/tightside",
          "[store][log]")
{
    const ScopedEnv home("HOME", "/home/someone");
    {
        const ScopedEnv state("XDG_STATE_HOME", "/var/tmp/state/");
        CHECK(tightside::store::stateFolder() == QStringLiteral("/var/tmp/state/tightside"));
        CHECK(tightside::store::logFilePath() ==
              QStringLiteral("/var/tmp/state/tightside/tightside.log"));
    }
    {
        // The XDG rule: a relative XDG_STATE_HOME is ignored.
        const ScopedEnv state("XDG_STATE_HOME", "relative/state");
        CHECK(tightside::store::stateFolder() ==
              QStringLiteral("/home/someone/.local/state/tightside"));
    }
    {
        const ScopedEnv state("XDG_STATE_HOME", QByteArray());
        CHECK(tightside::store::stateFolder() ==
              QStringLiteral("/home/someone/.local/state/tightside"));
        const ScopedEnv noHome("HOME", QByteArray());
        CHECK(tightside::store::stateFolder().isEmpty());
        CHECK(tightside::store::logFilePath().isEmpty());
    }
}

TEST_CASE("every start is logged in a 0600 file inside a 0700 folder", "[store][log]")
{
    const LoggedCli cli;
    const ProcessResult version = cli.run({"--version"});
    REQUIRE(version.exitCode == 0);
    CHECK(version.err.empty());
    const std::string log = cli.log();
    CHECK(contains(log, "tightside " + version.out.substr(10, version.out.size() - 11) +
                            " started: options only"));
    CHECK(contains(log, "finished with exit code 0"));
    CHECK(modeOf(cli.logPath) == 0600);
    CHECK(modeOf(cli.stateHome + "/tightside") == 0700);

    // A log that exists with a wider mode (copied in, an old version) is tightened.
    REQUIRE(::chmod(cli.logPath.c_str(), 0644) == 0);
    REQUIRE(cli.run({"history", "--format", "text"}).exitCode == 0);
    CHECK(modeOf(cli.logPath) == 0600);
    CHECK(contains(cli.log(), "started: command history"));
    CHECK(contains(cli.log(), "data folder: " + cli.dataDir));
}

TEST_CASE("the log level comes from --log-level, else TIGHTSIDE_LOG, and off writes no log",
          "[store][log]")
{
    SECTION("off as an option")
    {
        const LoggedCli cli;
        REQUIRE(cli.run({"--log-level", "off", "--version"}).exitCode == 0);
        CHECK_FALSE(QFile::exists(QString::fromStdString(cli.logPath)));
    }
    SECTION("off from the environment")
    {
        const LoggedCli cli;
        REQUIRE(cli.run({"--version"}, {{"TIGHTSIDE_LOG", "off"}}).exitCode == 0);
        CHECK_FALSE(QFile::exists(QString::fromStdString(cli.logPath)));
    }
    SECTION("the option wins over the environment, after the command too")
    {
        const LoggedCli cli;
        REQUIRE(cli.run({"history", "--log-level=error"}, {{"TIGHTSIDE_LOG", "debug"}}).exitCode ==
                0);
        // Only errors: no start line, so nothing at all for a good run.
        CHECK(cli.log().empty());
        REQUIRE(cli.run({"history"}, {{"TIGHTSIDE_LOG", "warn"}}).exitCode == 0);
        CHECK(cli.log().empty());
        REQUIRE(cli.run({"history"}, {{"TIGHTSIDE_LOG", "info"}}).exitCode == 0);
        CHECK(contains(cli.log(), "started: command history"));
    }
    SECTION("a level that is not one is a usage error, or ignored from the environment")
    {
        const LoggedCli cli;
        const ProcessResult bad = cli.run({"--log-level", "loud", "history"});
        CHECK(bad.exitCode == 2);
        CHECK(contains(bad.err, "--log-level 'loud' is not a level"));
        CHECK(bad.out.empty());
        const ProcessResult missing = cli.run({"history", "--log-level"});
        CHECK(missing.exitCode == 2);
        const ProcessResult env = cli.run({"--version"}, {{"TIGHTSIDE_LOG", "loud"}});
        CHECK(env.exitCode == 0);
        CHECK(contains(env.err, "TIGHTSIDE_LOG=loud is not a log level"));
        CHECK(contains(cli.log(), "started"));
    }
}

TEST_CASE("a whole import, history, export and quarantine leave no health data in the log",
          "[store][log]")
{
    const LoggedCli cli;
    // Distinctive values, so that finding one in the log cannot be a coincidence.
    tightside::core::Session session = storetest::numberedSession(4);
    session.notes = "zebra-quartz-4711 my left knee clicks";
    session.answers.painNow = 7;
    session.painAfter = 3;
    session.activities = {{"walrus-ukulele tying shoes", 6}};
    const nlohmann::json document = tightside::core::toJson(session);
    const std::string imported = cli.file("mine.json", document.dump(2));
    // A file the store cannot use, holding a distinctive note, to be quarantined.
    nlohmann::json broken = document;
    broken["notes"] = "okapi-marble-8123";
    broken["answers"]["pain_now"] = 42;
    broken["activities"] = {{{"name", "narwhal-tulip"}, {"score", 11}}}; // refused too
    const std::string rejected = cli.file("broken.json", broken.dump(2));

    const ProcessResult import = cli.run({"import", imported, rejected, "--log-level", "trace"});
    CHECK(import.exitCode == 1); // the broken one is refused
    const std::string sessions = cli.dataDir + "/sessions";
    REQUIRE(QDir().mkpath(QString::fromStdString(sessions)));
    QFile::copy(QString::fromStdString(rejected),
                QString::fromStdString(sessions + "/20261101T080000Z-0000abcd.json"));
    const ProcessResult history = cli.run({"history", "--format", "text", "--log-level=trace"});
    REQUIRE(history.exitCode == 0);
    CHECK(contains(history.out, "zebra-quartz-4711")); // it was there to be leaked
    CHECK(contains(history.out, "walrus-ukulele"));
    for (const char* format : {"csv", "json", "pdf"}) {
        const std::string out = cli.dir.filePath(QStringLiteral("report.")).toStdString() + format;
        REQUIRE(cli.run({"export", "--format", format, "--output", out, "--log-level", "trace"})
                    .exitCode == 0);
    }
    const ProcessResult plan =
        cli.run({"plan", "--answers", imported, "--log-level", "debug"}); // not answers: bad input
    CHECK(plan.exitCode == 1);
    REQUIRE_FALSE(plan.err.empty());

    // The temporary folder's random name could hold any letters: take it out first.
    const std::string folder = cli.dir.path().toStdString();
    const auto withoutFolder = [&folder](std::string text) {
        for (std::size_t at = text.find(folder); at != std::string::npos;
             at = text.find(folder, at)) {
            text.replace(at, folder.size(), "TMP");
        }
        return text;
    };
    // Only the messages: a line's time stamp holds digits of its own.
    std::string log;
    {
        const std::string raw = withoutFolder(cli.log());
        for (std::size_t start = 0; start < raw.size();) {
            const std::size_t end = std::min(raw.find('\n', start), raw.size());
            const std::string line = raw.substr(start, end - start);
            const std::size_t level = line.find("] ");
            log += (level == std::string::npos ? line : line.substr(level + 2)) + "\n";
            start = end + 1;
        }
    }
    INFO(log);
    // What the log is for is there...
    CHECK(contains(log, "started: command import"));
    CHECK(contains(log, "data folder: TMP/data"));
    CHECK(contains(log, "quarantined TMP/data/sessions/20261101T080000Z-0000abcd.json"));
    CHECK(contains(log, "exported the history as pdf"));
    CHECK(contains(log, "finished with exit code 1"));
    // ...and nothing the person entered, nor any line of what the commands told them.
    for (const std::string secret :
         {"zebra", "quartz", "4711", "knee", "okapi", "marble", "8123", "pain", "notes", "ratings",
          "answers", "recheck", "42", "walrus", "ukulele", "narwhal", "tulip", "activities"}) {
        CHECK_FALSE(contains(log, secret));
    }
    CHECK_FALSE(contains(log, session.id));
    for (const std::string* output : {&import.err, &history.err, &plan.err}) {
        std::size_t start = 0;
        while (start < output->size()) {
            const std::size_t end = output->find('\n', start);
            const std::string line = withoutFolder(output->substr(start, end - start));
            if (line.size() > 12 && !contains(line, "moved to")) {
                CHECK_FALSE(contains(log, line));
            }
            start = end == std::string::npos ? output->size() : end + 1;
        }
    }
}

TEST_CASE("the log rotates at 1 MiB and keeps two older files, each 0600", "[store][log]")
{
    const LoggedCli cli;
    const std::string folder = cli.stateHome + "/tightside";
    REQUIRE(QDir().mkpath(QString::fromStdString(folder)));
    REQUIRE(::chmod(folder.c_str(), 0700) == 0);
    // A full log and two older ones, as months of use leave them.
    const auto fill = [](const std::string& path, char mark) {
        QFile file(QString::fromStdString(path));
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray(99, mark) + '\n';
        for (int i = 0; i < 1024 * 1024 / 100; ++i) {
            file.write(line);
        }
        file.close();
        REQUIRE(::chmod(path.c_str(), 0600) == 0);
    };
    fill(cli.logPath, 'a');
    fill(folder + "/tightside.1.log", 'b');
    fill(folder + "/tightside.2.log", 'c');
    REQUIRE(cli.run({"history", "--log-level", "trace"}).exitCode == 0);

    const QDir dir(QString::fromStdString(folder));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    INFO(files.join(QStringLiteral(", ")).toStdString());
    CHECK(files ==
          QStringList({QStringLiteral("tightside.1.log"), QStringLiteral("tightside.2.log"),
                       QStringLiteral("tightside.log")}));
    const std::string current = cli.log();
    CHECK(contains(current, "started: command history"));
    CHECK(current.size() < 4096);
    QFile older(dir.filePath(QStringLiteral("tightside.1.log")));
    REQUIRE(older.open(QIODevice::ReadOnly));
    CHECK(older.read(1) == "a"); // the full log moved one down; the oldest one went
    for (const QString& name : files) {
        CHECK(modeOf(dir.filePath(name).toStdString()) == 0600);
    }
}

TEST_CASE("a save that fails leaves a line in the log, without the session", "[store][log]")
{
    const LoggedCli cli;
    // The sessions folder is a file: the store cannot write there, as on a broken disk.
    REQUIRE(QDir().mkpath(QString::fromStdString(cli.dataDir)));
    QFile blocker(QString::fromStdString(cli.dataDir + "/sessions"));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const tightside::core::Session session = storetest::numberedSession(2);
    const std::string file = cli.file("mine.json", tightside::core::toJson(session).dump(2));
    const ProcessResult import = cli.run({"import", file});
    CHECK(import.exitCode == 1);
    const std::string log = cli.log();
    INFO(log);
    CHECK(contains(log, "a checked session could not be stored"));
    CHECK(contains(log, "finished with exit code 1"));
    CHECK_FALSE(contains(log, session.id));
}
