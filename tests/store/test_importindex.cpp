// `tightside import` leaves the history index (<data-dir>/index.json) fresh, so that the
// window's first history open after a bulk import reads no session file again.

#include "processutil.h"
#include "sessionfactory.h"

#include "tightside/store/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using tightside::store::SessionStore;

namespace {

/// A temporary data dir and the session files to import into it.
struct ImportRun
{
    QTemporaryDir tmp;
    QString dataDir = tmp.filePath(QStringLiteral("data"));

    /// Writes numberedSession(index) to a file outside the data dir; returns its path.
    std::string sessionFile(std::uint32_t index) const
    {
        const QString path = tmp.filePath(QStringLiteral("import-%1.json").arg(index));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const std::string text = tightside::core::toJson(storetest::numberedSession(index)).dump();
        REQUIRE(file.write(text.data(), static_cast<qint64>(text.size())) ==
                static_cast<qint64>(text.size()));
        return path.toStdString();
    }

    /// `tightside import --data-dir DIR FILE...`, headless, with no inherited data dir.
    storetest::ProcessResult import(const std::vector<std::string>& files) const
    {
        std::vector<std::string> args{"import", "--data-dir", dataDir.toStdString()};
        args.insert(args.end(), files.begin(), files.end());
        return storetest::run(
            TIGHTSIDE_BINARY, args,
            {{"DISPLAY", ""}, {"QT_QPA_PLATFORM", ""}, {"TIGHTSIDE_DATA_DIR", ""}});
    }

    QString indexPath() const { return SessionStore(dataDir).indexPath(); }
};

std::string importedLine(const std::string& file, std::uint32_t index)
{
    return file + ": imported session " + storetest::numberedSession(index).id + "\n";
}

} // namespace

TEST_CASE("import refreshes the history index: the next listing reads no file",
          "[store][cli][index]")
{
    constexpr std::uint32_t count = 40;
    ImportRun run;
    std::vector<std::string> files;
    std::string expectedOut;
    for (std::uint32_t i = 0; i < count; ++i) {
        files.push_back(run.sessionFile(i));
        expectedOut += importedLine(files.back(), i);
    }
    const auto imported = run.import(files);
    REQUIRE(imported.exitCode == 0);
    // The refresh adds nothing to the output of a normal import.
    CHECK(imported.out == expectedOut);
    CHECK(imported.err.empty());
    REQUIRE(QFileInfo::exists(run.indexPath()));

    const auto listing = SessionStore(run.dataDir).summaries();
    REQUIRE(listing);
    CHECK(listing.value().filesRead == 0);
    CHECK_FALSE(listing.value().indexRebuilt);
    CHECK(listing.value().quarantined.empty());
    REQUIRE(listing.value().sessions.size() == count);
    for (std::uint32_t i = 0; i < count; ++i) {
        CHECK(listing.value().sessions[i].id == storetest::numberedSession(i).id);
    }
}

TEST_CASE("import adds its sessions to an existing index", "[store][cli][index]")
{
    ImportRun run;
    REQUIRE(run.import({run.sessionFile(0), run.sessionFile(1)}).exitCode == 0);
    // The window has listed the history meanwhile (and written the index itself).
    REQUIRE(SessionStore(run.dataDir).summaries());
    const auto again = run.import({run.sessionFile(1), run.sessionFile(2)});
    CHECK(again.exitCode == 0);
    CHECK(again.err.empty());

    const auto listing = SessionStore(run.dataDir).summaries();
    REQUIRE(listing);
    CHECK(listing.value().filesRead == 0);
    CHECK_FALSE(listing.value().indexRebuilt);
    CHECK(listing.value().sessions.size() == 3);
}

TEST_CASE("an import that stores nothing does not touch the index", "[store][cli][index]")
{
    ImportRun run;
    const std::string first = run.sessionFile(0);
    REQUIRE(run.import({first}).exitCode == 0);
    QFile::remove(run.indexPath());
    REQUIRE_FALSE(QFileInfo::exists(run.indexPath()));
    const QString broken = run.tmp.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1,");
    }
    // One skipped (already stored), one rejected: nothing new, so nothing to refresh.
    const auto result = run.import({first, broken.toStdString()});
    CHECK(result.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(run.indexPath()));
}

TEST_CASE("a broken file the refresh quarantines is named on stderr, and the import still exits 0",
          "[store][cli][index]")
{
    ImportRun run;
    REQUIRE(run.import({run.sessionFile(0)}).exitCode == 0);
    const QString bad = run.dataDir + QStringLiteral("/sessions/20260110T000000Z-deadbeef.json");
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1, \"id\": \"20260110T000000Z-dead");
    }
    const std::string file = run.sessionFile(1);
    const auto result = run.import({file});
    CHECK(result.exitCode == 0);
    CHECK(result.out == importedLine(file, 1));
    const QString moved =
        run.dataDir + QStringLiteral("/quarantine/20260110T000000Z-deadbeef.json");
    CHECK(result.err.rfind(bad.toStdString() + ": ", 0) == 0);
    CHECK(result.err.find("moved to " + moved.toStdString()) != std::string::npos);
    CHECK(QFileInfo::exists(moved));
    CHECK_FALSE(QFileInfo::exists(bad));

    const auto listing = SessionStore(run.dataDir).summaries();
    REQUIRE(listing);
    CHECK(listing.value().filesRead == 0);
    CHECK(listing.value().sessions.size() == 2);
}

TEST_CASE("an index that cannot be written is not an import error", "[store][cli][index]")
{
    ImportRun run;
    // A folder where the index belongs: it can be neither read nor replaced (even by root).
    REQUIRE(QDir().mkpath(run.indexPath()));
    const std::string file = run.sessionFile(0);
    const auto result = run.import({file});
    CHECK(result.exitCode == 0);
    CHECK(result.out == importedLine(file, 0));
    CHECK(result.err.empty());
    CHECK(QFileInfo(run.indexPath()).isDir());
}
