#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace tightside::gui {
namespace {

Q_LOGGING_CATEGORY(lcInstance, "tightside.window", QtInfoMsg)

const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kRaised = QByteArrayLiteral("raised\n");
// A start sends one short line; anything longer is not ours.
constexpr qsizetype kMaxLine = 64;

/// A socket descriptor closed when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

/// The address of `path`, or nothing when it does not fit sockaddr_un (108 bytes on Linux).
std::optional<sockaddr_un> addressOf(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (encoded.isEmpty() || static_cast<std::size_t>(encoded.size()) >= sizeof(address.sun_path)) {
        return std::nullopt;
    }
    std::memcpy(address.sun_path, encoded.constData(), static_cast<std::size_t>(encoded.size()));
    return address;
}

const sockaddr* asSockaddr(const sockaddr_un& address)
{
    return reinterpret_cast<const sockaddr*>(&address); // NOLINT: the socket API's own type pun
}

/// Waits until `fd` is ready for `events` or the deadline passes.
bool waitFor(int fd, short events, const QDeadlineTimer& deadline)
{
    for (;;) {
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, static_cast<int>(deadline.remainingTime()));
        if (ready > 0) {
            return true;
        }
        if (ready == 0 || errno != EINTR) {
            return false;
        }
    }
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

struct SingleInstance::Client
{
    QSocketNotifier* notifier = nullptr;
    QByteArray received;
};

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
    for (const auto& [fd, client] : m_clients) {
        delete client->notifier;
        ::close(fd);
    }
    if (m_listenFd >= 0) {
        delete m_notifier;
        ::close(m_listenFd);
        // The socket file is ours while we listen: the next start finds no window behind it.
        ::unlink(QFile::encodeName(m_path).constData());
    }
}

bool SingleInstance::raiseRunning(int timeoutMs) const
{
    const auto address = addressOf(m_path);
    if (!address) {
        return false;
    }
    const Fd socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (socket.get() < 0) {
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    // No file, or a file no window listens on (a crash left it): refused at once.
    if (::connect(socket.get(), asSockaddr(*address), sizeof(sockaddr_un)) != 0) {
        if (errno != EINPROGRESS && errno != EAGAIN) {
            return false;
        }
        int error = 0;
        socklen_t length = sizeof(error);
        if (!waitFor(socket.get(), POLLOUT, deadline) ||
            ::getsockopt(socket.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
            return false;
        }
    }
    qsizetype sent = 0;
    while (sent < kRaise.size()) {
        const ssize_t n = ::send(socket.get(), kRaise.constData() + sent,
                                 static_cast<std::size_t>(kRaise.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        // Nothing sent: wait for room, unless the socket failed for good.
        const bool transient = n == 0 || errno == EAGAIN || errno == EINTR;
        if (!transient || !waitFor(socket.get(), POLLOUT, deadline)) {
            return false;
        }
    }
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < kMaxLine) {
        char buffer[kMaxLine];
        const ssize_t n = ::recv(socket.get(), buffer, sizeof(buffer), 0);
        if (n > 0) {
            answer.append(buffer, n);
        } else if (n == 0) {
            break; // closed without the whole answer
        } else if ((errno != EAGAIN && errno != EINTR) ||
                   !waitFor(socket.get(), POLLIN, deadline)) {
            return false;
        }
    }
    return answer == kRaised;
}

bool SingleInstance::listen()
{
    const auto address = addressOf(m_path);
    const auto giveUp = [this](const QString& why) {
        qCWarning(lcInstance).noquote() << "no single-window socket at" << m_path << ":" << why;
        return true; // the window still opens; it only cannot be found by a second start
    };
    if (!address) {
        return giveUp(QStringLiteral("the path is too long for a local socket"));
    }
    Fd socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (socket.get() < 0) {
        return giveUp(lastError());
    }
    // Only this user may connect: the file is made 0600 (the runtime folder is 0700 anyway).
    const mode_t oldMask = ::umask(0177);
    int bound = ::bind(socket.get(), asSockaddr(*address), sizeof(sockaddr_un));
    if (bound != 0 && errno == EADDRINUSE) {
        // In use: a live window (it answers) or a socket left by a crash (it does not).
        if (raiseRunning(500)) {
            ::umask(oldMask);
            return false;
        }
        ::unlink(address->sun_path);
        bound = ::bind(socket.get(), asSockaddr(*address), sizeof(sockaddr_un));
    }
    const int bindError = errno;
    ::umask(oldMask);
    if (bound != 0) {
        errno = bindError;
        return giveUp(lastError());
    }
    if (::listen(socket.get(), 8) != 0) {
        const QString why = lastError();
        ::unlink(address->sun_path);
        return giveUp(why);
    }
    m_listenFd = socket.release();
    m_notifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SingleInstance::acceptClients);
    return true;
}

void SingleInstance::acceptClients()
{
    for (;;) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            return; // EAGAIN: no more waiting; anything else: the next start tries again
        }
        auto client = std::make_unique<Client>();
        client->notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(client->notifier, &QSocketNotifier::activated, this,
                [this, fd] { readClient(fd); });
        m_clients[fd] = std::move(client);
    }
}

void SingleInstance::readClient(int fd)
{
    const auto found = m_clients.find(fd);
    if (found == m_clients.end()) {
        return;
    }
    Client& client = *found->second;
    char buffer[kMaxLine];
    const ssize_t n = ::recv(fd, buffer, sizeof(buffer), 0);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
        return;
    }
    if (n > 0) {
        client.received.append(buffer, n);
    }
    if (client.received.contains('\n')) {
        if (client.received == kRaise) {
            qCInfo(lcInstance) << "a second start asked for this window: raised it";
            emit raiseRequested();
            // One short line into an empty socket buffer: it never blocks.
            (void)::send(fd, kRaised.constData(), static_cast<std::size_t>(kRaised.size()),
                         MSG_NOSIGNAL);
        }
        dropClient(fd);
    } else if (n <= 0 || client.received.size() >= kMaxLine) {
        dropClient(fd); // closed early, or not one of ours
    }
}

void SingleInstance::dropClient(int fd)
{
    const auto found = m_clients.find(fd);
    if (found == m_clients.end()) {
        return;
    }
    found->second->notifier->setEnabled(false);
    found->second->notifier->deleteLater();
    m_clients.erase(found);
    ::close(fd);
}

} // namespace tightside::gui
