#pragma once

// One window per person and data folder: a second start asks the running window to come to
// the front instead of opening another one that would write the same session in progress.
// Commands (tightside plan, history, ...) never take part: they run beside a window.
//
// A plain Unix-domain socket with a QSocketNotifier, not QLocalServer: Qt Network (and the
// Kerberos and proxy libraries it brings) would be loaded before the first page only for this,
// about 1.7 MiB of start-up memory (issue 21).

#include <QObject>
#include <QString>

#include <map>
#include <memory>

class QSocketNotifier;

namespace tightside::gui {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// The local socket for `dataDir`: in the per-user runtime folder ($XDG_RUNTIME_DIR, else
    /// the temporary folder with the user id in the name), named after the data folder.
    static QString socketPath(const QString& dataDir);

    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;
    SingleInstance(const SingleInstance&) = delete;
    SingleInstance& operator=(const SingleInstance&) = delete;

    /// Asks a window already running for this data folder to come to the front. True when
    /// one answered within `timeoutMs`; then this start should end.
    bool raiseRunning(int timeoutMs = 2000) const;

    /// Makes this the running window: listens for later starts and emits raiseRequested() for
    /// each. A socket left behind by a crashed window is removed first. False when another
    /// window took the place meanwhile (then call raiseRunning() again).
    bool listen();

signals:
    void raiseRequested();

private:
    struct Client;
    void acceptClients();
    void readClient(int fd);
    void dropClient(int fd);

    QString m_path;
    int m_listenFd = -1;
    QSocketNotifier* m_notifier = nullptr;
    std::map<int, std::unique_ptr<Client>> m_clients;
};

} // namespace tightside::gui
