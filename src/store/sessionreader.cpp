#include "sessionreader.h"

#include "folderlisting.h"

#include "tightside/core/jsonio.h"

#include <QFile>
#include <QStringList>

#include <fcntl.h>
#include <string_view>

namespace tightside::store::detail {

QString problemsText(const core::Problems& problems)
{
    QStringList lines;
    for (const core::Problem& problem : problems) {
        lines << QString::fromStdString(core::formatProblem("", problem).substr(2));
    }
    return lines.join(QLatin1Char('\n'));
}

QString tooLargeText()
{
    return QStringLiteral("the file is larger than 1 MiB, which no session needs; it was not read");
}

std::optional<StoredSession> SessionReader::read(const QString& folder, const QByteArray& rawName,
                                                 std::vector<Quarantined>& quarantined) const
{
    const QString name = QFile::decodeName(rawName);
    const QString path = folder + QLatin1Char('/') + name;
    const QByteArray native = QFile::encodeName(folder) + '/' + rawName;
    const ReadResult read =
        readRegularFile(AT_FDCWD, native, static_cast<qint64>(core::kMaxJsonBytes));
    if (read.failure == ReadFailure::Missing) {
        return std::nullopt; // moved away by another process meanwhile
    }
    if (m_observer) {
        m_observer(path);
    }
    const auto setAside = [&](const QString& why) {
        quarantined.push_back(m_quarantine.moveIn(folder, rawName, why));
        return std::nullopt;
    };
    if (!read.ok()) {
        return setAside(read.failure == ReadFailure::TooLarge
                            ? tooLargeText()
                            : QStringLiteral("the file ") + read.why);
    }
    if (QFile::encodeName(name) != rawName) {
        return setAside(QStringLiteral("the file name is not valid UTF-8, so it is no session id"));
    }
    core::JsonDocument document = core::parseJsonText(
        std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size())));
    if (!document.value) {
        return setAside(problemsText(document.problems));
    }
    core::SessionParse parsed = core::parseSession(*document.value, m_protocol);
    if (!parsed.session) {
        return setAside(problemsText(parsed.problems));
    }
    if (name != QString::fromStdString(parsed.session->id) + QStringLiteral(".json")) {
        // Two files holding one id (a copy, a sync conflict) would show a session twice.
        return setAside(QStringLiteral("the file name does not match the session id \"%1\" "
                                       "inside it")
                            .arg(QString::fromStdString(parsed.session->id)));
    }
    return StoredSession{std::move(*parsed.session), std::move(*document.value), read.bytes, path,
                         read.stamp};
}

Result<std::vector<Quarantined>>
SessionReader::readAll(const StoreFolders& folders, const QString& folder,
                       const std::function<void(const StoredSession&)>& visit) const
{
    using Out = Result<std::vector<Quarantined>>;
    const auto ready = folders.prepareRead(folder);
    if (!ready) {
        return Out::failure(ready.error());
    }
    if (!ready.value()) {
        return Out::success({});
    }
    int error = 0;
    const auto files = listFolder(folder, error);
    if (!files) {
        return Out::failure(
            QStringLiteral("could not read the folder %1: %2").arg(folder, systemError(error)));
    }
    std::vector<Quarantined> quarantined;
    for (const ListedFile& file : *files) {
        if (auto stored = read(folder, file.raw, quarantined)) {
            visit(*stored);
        }
    }
    return Out::success(std::move(quarantined));
}

std::optional<QString> SessionReader::problemWith(const QString& path, const std::string& id) const
{
    const ReadResult read = readRegularFile(AT_FDCWD, QFile::encodeName(path),
                                            static_cast<qint64>(core::kMaxJsonBytes));
    if (read.failure == ReadFailure::Missing) {
        return std::nullopt;
    }
    if (!read.ok()) {
        return read.failure == ReadFailure::TooLarge ? tooLargeText()
                                                     : QStringLiteral("the file ") + read.why;
    }
    const core::JsonDocument document = core::parseJsonText(
        std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size())));
    if (!document.value) {
        return problemsText(document.problems);
    }
    const core::SessionParse parsed = core::parseSession(*document.value, m_protocol);
    if (!parsed.session) {
        return problemsText(parsed.problems);
    }
    if (parsed.session->id != id) {
        return QStringLiteral("the file name does not match the session id inside it");
    }
    return QString();
}

} // namespace tightside::store::detail
