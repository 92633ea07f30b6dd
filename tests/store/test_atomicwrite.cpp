// The one write function every file goes through: private from the first byte, and a failure
// at any step leaves the old file exactly as it was.

#include "tightside/store/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using tightside::store::makePrivateFolder;
using tightside::store::writeAll;
using tightside::store::writeFileAtomically;
using tightside::store::WriteSeam;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Only the named file is in the folder: a failed write left no temporary behind.
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

/// A write function that accepts `limit` bytes in total and then fails like a full disk.
WriteSeam diskFullAfter(qint64 limit, int error = ENOSPC)
{
    auto written = std::make_shared<qint64>(0);
    WriteSeam seam;
    seam.write = [written, limit, error](QIODevice& device, const char* data, qint64 size) {
        const qint64 room = limit - *written;
        if (room <= 0) {
            errno = error;
            return qint64{-1};
        }
        const qint64 n = device.write(data, std::min(size, room));
        *written += n;
        return n;
    };
    return seam;
}

/// A QIODevice that takes `limit` bytes and then refuses, as a failing disk or pipe would.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }
    QByteArray received;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        const qint64 room = m_limit - received.size();
        if (room <= 0) {
            setErrorString(QStringLiteral("device failed after %1 bytes").arg(m_limit));
            return -1;
        }
        const qint64 n = std::min(room, size);
        received.append(data, n);
        return n;
    }

private:
    qint64 m_limit;
};

struct Umask
{
    // A permissive umask proves the 0600 comes from the code, not from the environment.
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    mode_t m_old;
};

} // namespace

TEST_CASE("an atomic write creates a 0600 file even with a permissive umask", "[store][atomic]")
{
    const Umask mask(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    REQUIRE(writeFileAtomically(path, QByteArray("{\"a\":1}\n")).ok());
    CHECK(contents(path) == "{\"a\":1}\n");
    CHECK(modeOf(path) == 0600);
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("a.json")});
}

TEST_CASE("replacing a readable file leaves a 0600 file", "[store][atomic]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    REQUIRE(writeFileAtomically(path, QByteArray("new")).ok());
    CHECK(contents(path) == "new");
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("folders are created 0700, parents included, existing ones are never chmod-ed",
          "[store][atomic]")
{
    const Umask mask(0);
    QTemporaryDir dir;
    const QString nested = dir.filePath(QStringLiteral("a/b/c"));
    REQUIRE(makePrivateFolder(nested).ok());
    CHECK(modeOf(dir.filePath(QStringLiteral("a"))) == 0700);
    CHECK(modeOf(nested) == 0700);
    // Readable by others is the person's choice (the files inside are 0600): left alone.
    REQUIRE(::chmod(QFile::encodeName(nested).constData(), 0755) == 0);
    REQUIRE(makePrivateFolder(nested).ok());
    CHECK(modeOf(nested) == 0755);
    // Writable by others: refused with the fix in the message, and not changed (item 15).
    for (const mode_t mode : {mode_t{0777}, mode_t{01777}, mode_t{0770}}) {
        CAPTURE(mode);
        REQUIRE(::chmod(QFile::encodeName(nested).constData(), mode) == 0);
        const auto refused = makePrivateFolder(nested);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("can be changed by other users")));
        CHECK(refused.error().contains(QStringLiteral("chmod 700")));
        CHECK(modeOf(nested) == mode);
    }
}

TEST_CASE("a folder path that is a file is an error, not a crash", "[store][atomic]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain"));
    REQUIRE(writeFileAtomically(file, QByteArray("x")).ok());
    CHECK_FALSE(makePrivateFolder(file).ok());
    CHECK_FALSE(makePrivateFolder(file + QStringLiteral("/below")).ok());
}

TEST_CASE("a disk that fills part-way leaves the old file intact and says why",
          "[store][atomic][io-error]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    REQUIRE(writeFileAtomically(path, QByteArray("the old session")).ok());
    const QByteArray big(600 * 1024, 'x'); // several chunks, so the failure is mid-stream
    for (const qint64 limit : {qint64{0}, qint64{1}, qint64{300 * 1024}, qint64{600 * 1024 - 1}}) {
        CAPTURE(limit);
        const auto result = writeFileAtomically(path, big, diskFullAfter(limit));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("No space left on device")));
        CHECK(result.error().contains(path));
        CHECK(contents(path) == "the old session");
        CHECK(entries(dir.path()) == QStringList{QStringLiteral("s.json")});
    }
}

TEST_CASE("a write that makes no progress is a failure, not an endless loop",
          "[store][atomic][io-error]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    REQUIRE(writeFileAtomically(path, QByteArray("old")).ok());
    WriteSeam stuck;
    stuck.write = [](QIODevice&, const char*, qint64) { return qint64{0}; };
    const auto result = writeFileAtomically(path, QByteArray("new"), stuck);
    REQUIRE_FALSE(result.ok());
    CHECK(contents(path) == "old");
}

TEST_CASE("a failing fsync of the file keeps the old file", "[store][atomic][io-error]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    REQUIRE(writeFileAtomically(path, QByteArray("old")).ok());
    WriteSeam seam;
    seam.sync = [](int) {
        errno = EIO;
        return -1;
    };
    const auto result = writeFileAtomically(path, QByteArray("new"), seam);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("Input/output error")));
    CHECK(contents(path) == "old");
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("s.json")});
}

TEST_CASE("a failing fsync of the folder is reported", "[store][atomic][io-error]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    // The first sync is the file's, the second the folder's.
    auto calls = std::make_shared<int>(0);
    WriteSeam seam;
    seam.sync = [calls](int fd) {
        if (++*calls == 2) {
            errno = EIO;
            return -1;
        }
        return ::fsync(fd);
    };
    const auto result = writeFileAtomically(path, QByteArray("new"), seam);
    CHECK_FALSE(result.ok());
    CHECK(*calls == 2);
}

TEST_CASE("writeAll reports a device that fails after N bytes", "[store][atomic][io-error]")
{
    FailingDevice device(10);
    const auto result = writeAll(device, QByteArray("0123456789abcdef"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("after 10 bytes")));
    CHECK(device.received == "0123456789");
}

TEST_CASE("a target folder that does not exist is an error", "[store][atomic][io-error]")
{
    QTemporaryDir dir;
    const auto result =
        writeFileAtomically(dir.filePath(QStringLiteral("missing/s.json")), QByteArray("x"));
    CHECK_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("missing/s.json")));
}
