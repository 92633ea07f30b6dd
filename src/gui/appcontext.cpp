#include "tightside/gui/appcontext.h"

#include "tightside/l10n/l10n.h"

#include <utility>

namespace tightside::gui {

AppContext::AppContext(std::shared_ptr<const core::Protocol> protocol, QString protocolPath,
                       const QString& dataDir)
    : m_protocol(std::move(protocol)), m_protocolPath(std::move(protocolPath)),
      m_store(dataDir, m_protocol)
{}

std::shared_ptr<const AppContext> AppContext::make(std::shared_ptr<const core::Protocol> protocol,
                                                   QString protocolPath, QString dataDir)
{
    return std::make_shared<const AppContext>(std::move(protocol), std::move(protocolPath),
                                              std::move(dataDir));
}

std::shared_ptr<const AppContext> AppContext::builtin(QString dataDir)
{
    return make(std::make_shared<const core::Protocol>(core::builtinProtocol(l10n::language())),
                QString(), std::move(dataDir));
}

std::shared_ptr<const AppContext> AppContext::withDataDir(const QString& dataDir) const
{
    return make(m_protocol, m_protocolPath, dataDir);
}

std::shared_ptr<const AppContext>
AppContext::withProtocol(std::shared_ptr<const core::Protocol> protocol,
                         const QString& protocolPath) const
{
    return make(std::move(protocol), protocolPath, dataDir());
}

} // namespace tightside::gui
