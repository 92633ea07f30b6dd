#pragma once

// What a reader of a PDF sees: the words and facts poppler-utils (in dev.sh) reads back from
// the bytes, for the report tests.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace storetest {

/// The standard output of a poppler tool (pdftotext, pdfinfo) run on `pdf`; `arguments` come
/// before the file; pdftotext writes to standard output.
inline QString poppler(const QString& tool, const QByteArray& pdf, QStringList arguments = {})
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO("poppler-utils is missing: install it (listed in dev.sh)");
    REQUIRE_FALSE(program.isEmpty());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    arguments << path;
    if (tool == QStringLiteral("pdftotext")) {
        arguments << QStringLiteral("-");
    }
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The words of a PDF (or of pages `first` to `last`), lines joined by single spaces and
/// typographic ligatures ("ﬂ") read as their letters.
inline QString pdfText(const QByteArray& pdf, int first = 0, int last = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0) {
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    }
    return poppler(QStringLiteral("pdftotext"), pdf, arguments)
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace storetest
