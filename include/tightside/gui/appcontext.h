#pragma once

#include "tightside/core/protocol.h"
#include "tightside/store/sessionstore.h"

#include <QString>

#include <memory>

namespace tightside::gui {

/// The protocol in use and the data folder with its store, held together and never changed:
/// switching the protocol or the folder makes a new context (MainWindow::switchContext, the
/// one place that does). Whoever needs them keeps a std::shared_ptr<const AppContext>, so a
/// page, a check or a background read never refers to a protocol or a store that is gone.
class AppContext final
{
public:
    /// `protocolPath` is the file the protocol came from, empty for the built-in one.
    static std::shared_ptr<const AppContext> make(std::shared_ptr<const core::Protocol> protocol,
                                                  QString protocolPath, QString dataDir);
    /// The built-in protocol on `dataDir`.
    static std::shared_ptr<const AppContext> builtin(QString dataDir);

    AppContext(std::shared_ptr<const core::Protocol> protocol, QString protocolPath,
               const QString& dataDir);
    AppContext(const AppContext&) = delete;
    AppContext& operator=(const AppContext&) = delete;
    AppContext(AppContext&&) = delete;
    AppContext& operator=(AppContext&&) = delete;
    ~AppContext() = default;

    const core::Protocol& protocol() const { return *m_protocol; }
    const std::shared_ptr<const core::Protocol>& sharedProtocol() const { return m_protocol; }
    const QString& protocolPath() const { return m_protocolPath; }
    const QString& dataDir() const { return m_store.dataDir(); }
    /// The store on dataDir(), validating against protocol().
    const store::SessionStore& store() const { return m_store; }

    /// The same protocol on another folder.
    std::shared_ptr<const AppContext> withDataDir(const QString& dataDir) const;
    /// Another protocol on the same folder.
    std::shared_ptr<const AppContext> withProtocol(std::shared_ptr<const core::Protocol> protocol,
                                                   const QString& protocolPath) const;

private:
    std::shared_ptr<const core::Protocol> m_protocol;
    QString m_protocolPath;
    store::SessionStore m_store;
};

} // namespace tightside::gui
