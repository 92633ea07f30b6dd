#include "storefolders.h"

#include "tightside/store/atomicwrite.h"

namespace tightside::store::detail {

QString StoreFolders::sessionsDir() const
{
    return m_dataDir + QStringLiteral("/sessions");
}

QString StoreFolders::currentDir() const
{
    return m_dataDir + QStringLiteral("/current");
}

QString StoreFolders::quarantineDir() const
{
    return m_dataDir + QStringLiteral("/quarantine");
}

QString StoreFolders::indexPath() const
{
    return m_dataDir + QStringLiteral("/index.json");
}

QString StoreFolders::fileFor(const QString& folder, const std::string& id)
{
    return folder + QLatin1Char('/') + QString::fromStdString(id) + QStringLiteral(".json");
}

Result<void> StoreFolders::ensureFolders() const
{
    if (auto made = makePrivateFolder(m_dataDir, true); !made) {
        return made;
    }
    for (const QString& folder : {sessionsDir(), currentDir(), quarantineDir()}) {
        if (auto made = makePrivateFolder(folder); !made) {
            return made;
        }
    }
    return Result<void>::success();
}

Result<bool> StoreFolders::prepareRead(const QString& folder) const
{
    bool missing = false;
    if (QString problem = folderProblem(m_dataDir, true, &missing); !problem.isEmpty()) {
        return Result<bool>::failure(problem);
    }
    if (missing) {
        if (auto made = makePrivateFolder(m_dataDir, true); !made) {
            return Result<bool>::failure(made.error());
        }
    }
    if (QString problem = folderProblem(folder, false, &missing); !problem.isEmpty()) {
        return Result<bool>::failure(problem);
    }
    if (missing) {
        // A read-only data folder without this folder: nothing is stored there, and reading
        // needs no other folder (current/ and quarantine/ are made when written to).
        return Result<bool>::success(makePrivateFolder(folder).ok());
    }
    return Result<bool>::success(true);
}

} // namespace tightside::store::detail
