#pragma once

// Small file helpers shared by the store tests that run the built binary.

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

namespace storetest {

/// Writes `contents` to `name` inside `dir` and returns the file's path.
inline std::string writeTestFile(const QTemporaryDir& dir, const std::string& name,
                                 const std::string& contents)
{
    const QString path = dir.filePath(QString::fromStdString(name));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(contents.data(), static_cast<qint64>(contents.size())) ==
            static_cast<qint64>(contents.size()));
    return path.toStdString();
}

} // namespace storetest
