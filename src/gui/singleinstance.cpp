#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <unistd.h>

namespace tightside::gui {
namespace {

Q_LOGGING_CATEGORY(lcInstance, "tightside.window", QtInfoMsg)

const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kRaised = QByteArrayLiteral("raised\n");

} // namespace

QString SingleInstance::socketPath(const QString& dataDir)
{
    const QByteArray key =
        QFile::encodeName(QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath()));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    QString name = QStringLiteral("tightside-%1.socket").arg(hash);
    if (folder.isEmpty()) {
        folder = QDir::tempPath();
        name = QStringLiteral("tightside-%1-%2.socket").arg(::getuid()).arg(hash);
    }
    return folder + QLatin1Char('/') + name;
}

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent), m_path(socketPath(dataDir))
{}

SingleInstance::~SingleInstance()
{
    if (m_server != nullptr) {
        m_server->close();
    }
}

bool SingleInstance::raiseRunning(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return false;
        }
    }
    return socket.readLine() == kRaised;
}

bool SingleInstance::listen()
{
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_path)) {
        if (server->serverError() != QAbstractSocket::AddressInUseError) {
            qCWarning(lcInstance).noquote()
                << "no single-window socket at" << m_path << ":" << server->errorString();
            delete server;
            return true; // the window still opens; it only cannot be found by a second start
        }
        // In use: a live window (it answers) or a socket left by a crash (it does not).
        if (raiseRunning(500)) {
            delete server;
            return false;
        }
        QLocalServer::removeServer(m_path);
        if (!server->listen(m_path)) {
            qCWarning(lcInstance).noquote()
                << "no single-window socket at" << m_path << ":" << server->errorString();
            delete server;
            return true;
        }
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    return;
                }
                if (socket->readLine() == kRaise) {
                    qCInfo(lcInstance) << "a second start asked for this window: raised it";
                    emit raiseRequested();
                    socket->write(kRaised);
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
        }
    });
    m_server = server;
    return true;
}

} // namespace tightside::gui
