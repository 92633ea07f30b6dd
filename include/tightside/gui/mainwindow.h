#pragma once

#include "tightside/core/protocol.h"
#include "tightside/gui/appcontext.h"
#include "tightside/gui/services.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace tightside::store {
class SessionStore;
}

namespace tightside::gui {

class CheckFlow;
class HistoryPage;
class SettingsPage;

/// The window: three places (Check, History, About) and Settings. The first run shows a
/// welcome that is acknowledged once; an unfinished session is offered for resuming.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `services` must outlive the window.
    explicit MainWindow(Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    enum class Place
    {
        Check,
        History,
        Settings,
        About,
    };
    void showPlace(Place place);
    Place place() const;

    /// The current check (a new one after each saved session or "new check"). This and the
    /// two pages below are built on first use, so start-up lays out only what is shown.
    CheckFlow* checkFlow();
    HistoryPage* historyPage();
    SettingsPage* settingsPage();
    /// The protocol and data folder in use, held together (AppContext).
    const std::shared_ptr<const AppContext>& context() const { return m_context; }
    const store::SessionStore& store() const { return m_context->store(); }
    const core::Protocol& protocol() const { return m_context->protocol(); }
    /// The one place the protocol or the data folder changes. A check with answers or a
    /// routine not yet saved is dropped only if the person agrees (false when they do not);
    /// after the change an unfinished session in the folder is offered for resuming, History
    /// follows the new context, and Settings shows it.
    bool switchContext(std::shared_ptr<const AppContext> next);
    /// True while the first-run welcome is shown instead of the check.
    bool welcomeShown() const;
    /// Acknowledges the welcome (remembered in settings).
    void acknowledgeWelcome();
    /// Milliseconds the last history read took, from its start until its rows were in
    /// (0 until one has ended).
    qint64 lastHistoryLoadMs() const { return m_historyMs; }
    /// Starts reading the history again on a worker thread and returns at once: the History
    /// place shows the read's progress and keeps its rows until the new ones are in
    /// (HistoryPage::reloaded). Asked while a read runs, one more read follows it.
    void reloadHistory();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void newCheck();
    /// Hides the place tabs while the routine player is shown, and brings them back after.
    void giveTheRoutineTheWindow(bool routine);
    void offerResume();
    void useDataDir(const QString& dir);
    void useProtocol(const QString& path, const std::shared_ptr<const core::Protocol>& protocol);
    /// Asks before dropping a check that is not saved; true to go on.
    bool mayDropCheck(const QString& title, const QString& text, const QString& yes,
                      const QString& no);
    void showMessage(const QString& text);

    Services& m_services;
    std::shared_ptr<const AppContext> m_context;
    /// The protocol file from settings that failed to load at start-up (problems shown in
    /// Settings), or empty.
    QString m_failedProtocolPath;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_checkStack = nullptr;
    QWidget* m_checkHolder = nullptr;
    QVBoxLayout* m_checkLayout = nullptr;
    QWidget* m_resumeBanner = nullptr;
    QLabel* m_resumeText = nullptr;
    QLabel* m_message = nullptr;
    CheckFlow* m_checkFlow = nullptr;
    HistoryPage* m_history = nullptr;
    SettingsPage* m_settings = nullptr;
    qint64 m_historyMs = 0;
    bool m_historyLoaded = false;
};

} // namespace tightside::gui
