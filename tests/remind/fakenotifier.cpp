// A notification server for the reminder tests, on the private session bus the test fixture
// started: it records every Notify call (one JSON object per line) and then either closes the
// notification or invokes its "Start check" action. It also stands in for an open window of
// the data folder (the real single-instance socket), so a start of the window is recorded as
// "raised" instead of opening one.
//
//   tightside-fake-notifier RECORD close|invoke|none DATA_DIR -- COMMAND [ARGS...]
//
// Runs COMMAND once the server is on the bus and exits with its exit code (after the window
// start when the action was invoked).

#include "singleinstance.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QVariantMap>

#include <iostream>

namespace {

const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

void record(const QString& path, const QJsonObject& entry)
{
    QFile file(path);
    if (file.open(QIODevice::Append)) {
        file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
    }
}

class FakeServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    FakeServer(QString recordPath, QString mode)
        : m_record(std::move(recordPath)), m_mode(std::move(mode))
    {}

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int expireTimeout)
    {
        const uint id = ++m_last;
        QJsonObject hintText;
        for (auto it = hints.begin(); it != hints.end(); ++it) {
            hintText.insert(it.key(), it.value().toString());
        }
        record(m_record, {{QStringLiteral("call"), QStringLiteral("Notify")},
                          {QStringLiteral("app_name"), appName},
                          {QStringLiteral("replaces_id"), static_cast<int>(replacesId)},
                          {QStringLiteral("app_icon"), appIcon},
                          {QStringLiteral("summary"), summary},
                          {QStringLiteral("body"), body},
                          {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
                          {QStringLiteral("hints"), hintText},
                          {QStringLiteral("expire_timeout"), expireTimeout}});
        // After the reply has gone out, like a real server.
        QTimer::singleShot(0, this, [this, id] {
            if (m_mode == QLatin1String("invoke")) {
                emitSignal(QStringLiteral("ActionInvoked"), {id, QStringLiteral("start-check")});
                emitSignal(QStringLiteral("NotificationClosed"), {id, 2U});
            } else if (m_mode == QLatin1String("close")) {
                emitSignal(QStringLiteral("NotificationClosed"), {id, 2U});
            }
        });
        return id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint id) { emitSignal(QStringLiteral("NotificationClosed"), {id, 3U}); }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion)
    {
        vendor = QStringLiteral("tightside-tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notifier");
    }

private:
    void emitSignal(const QString& name, const QVariantList& arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, name);
        signal.setArguments(arguments);
        QDBusConnection::sessionBus().send(signal);
    }

    QString m_record;
    QString m_mode;
    uint m_last = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype split = args.indexOf(QStringLiteral("--"));
    if (args.size() < 6 || split != 4) {
        std::cerr << "usage: tightside-fake-notifier RECORD close|invoke|none DATA_DIR -- "
                     "COMMAND [ARGS...]\n";
        return 2;
    }
    const QString recordPath = args.at(1);
    const QString mode = args.at(2);
    QDBusConnection bus = QDBusConnection::sessionBus();
    FakeServer server(recordPath, mode);
    if (!bus.isConnected() ||
        !bus.registerObject(kPath, &server, QDBusConnection::ExportAllSlots) ||
        !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::cerr << "fake-notifier: could not register on the session bus\n";
        return 3;
    }
    tightside::gui::SingleInstance window(args.at(3));
    if (!window.listen()) {
        std::cerr << "fake-notifier: a window of this data folder is open already\n";
        return 3;
    }
    bool commandDone = false;
    bool raised = false;
    int exitCode = 0;
    const auto maybeQuit = [&] {
        if (commandDone && (raised || mode != QLatin1String("invoke"))) {
            app.exit(exitCode);
        }
    };
    QObject::connect(&window, &tightside::gui::SingleInstance::raiseRequested, &app, [&] {
        record(recordPath, {{QStringLiteral("call"), QStringLiteral("raised")}});
        raised = true;
        maybeQuit();
    });
    QProcess command;
    command.setProcessChannelMode(QProcess::ForwardedChannels);
    QObject::connect(&command, &QProcess::finished, &app, [&](int code, QProcess::ExitStatus st) {
        commandDone = true;
        exitCode = st == QProcess::NormalExit ? code : 128;
        maybeQuit();
    });
    QObject::connect(&command, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            std::cerr << "fake-notifier: the command did not start\n";
            app.exit(3);
        }
    });
    command.start(args.at(5), args.mid(6));
    // A bound for a broken run; ctest's timeout is the other.
    QTimer::singleShot(60000, &app, [&] {
        std::cerr << "fake-notifier: gave up waiting (command done: " << commandDone
                  << ", window raised: " << raised << ")\n";
        app.exit(4);
    });
    return QCoreApplication::exec();
}

#include "fakenotifier.moc"
