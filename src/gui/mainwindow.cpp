#include "tightside/gui/mainwindow.h"

#include "aboutpage.h"
#include "checkflow.h"
#include "checksession.h"
#include "contrast.h"
#include "historypage.h"
#include "layouthelpers.h"
#include "player.h"
#include "settingspage.h"
#include "soundsettings.h"
#include "texts.h"
#include "welcomepage.h"

#include "tightside/checks/check.h"
#include "tightside/gui/preferences.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/sessionstore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "style.h"

namespace tightside::gui {

MainWindow::MainWindow(Services& services, QWidget* parent)
    : QMainWindow(parent), m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Tightside"));
    // The look chosen in Settings, before any widget takes its palette and font (system at
    // 100 %, the default, changes nothing).
    style::applyLook(style::themeFromId(services.preferences.theme()),
                     services.preferences.textSize());

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    m_message = new style::Banner(style::Tone::Safety, central);
    m_message->setObjectName(QStringLiteral("windowMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("places"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Places: Check, History, Settings, About"));
    m_tabs->setAccessibleDescription(tr("Ctrl+Tab moves to the next place."));
    // Read the tabs before the place under them, as they are on screen.
    m_tabs->tabBar()->lower();
    if (auto* pages =
            m_tabs->findChild<QStackedWidget*>(QStringLiteral("qt_tabwidget_stackedwidget"))) {
        pages->setAccessibleName(tr("The place shown"));
    }
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    installAccessAids(this);
    // Ctrl+Q (and the desktop's own Quit keys) closes the window as its close button does,
    // asking first when a check would be lost (closeEvent). Ctrl+Q is added where the desktop
    // has no Quit keys of its own (the Windows scheme).
    auto* quit = new QShortcut(this);
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q))) {
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    }
    quit->setKeys(quitKeys);
    connect(quit, &QShortcut::activated, this, &QWidget::close);

    m_checkStack = new QStackedWidget(m_tabs);
    m_checkStack->setObjectName(QStringLiteral("checkPlace"));
    m_checkStack->setAccessibleName(tr("Check"));
    const bool welcomed = m_services.preferences.welcomeAcknowledged();
    // The welcome is only built for a first run.
    if (welcomed) {
        m_checkStack->addWidget(new QWidget(m_checkStack));
    } else {
        QWidget* welcome = makeWelcomePage(m_checkStack);
        connect(welcome->findChild<QPushButton*>(QStringLiteral("welcomeAcknowledge")),
                &QPushButton::clicked, this, &MainWindow::acknowledgeWelcome);
        m_checkStack->addWidget(welcome);
    }
    m_checkHolder = makeHolder(m_checkStack);
    m_checkLayout = qobject_cast<QVBoxLayout*>(m_checkHolder->layout());
    m_resumeBanner = new QWidget(m_checkHolder);
    m_resumeBanner->setObjectName(QStringLiteral("resumeBanner"));
    auto* bannerLayout = new QHBoxLayout(m_resumeBanner);
    m_resumeText = makeLabel(QString(), m_resumeBanner, QStringLiteral("resumeText"));
    bannerLayout->addWidget(m_resumeText, 1);
    m_checkLayout->addWidget(m_resumeBanner);
    m_resumeBanner->hide();
    m_checkStack->addWidget(m_checkHolder);

    // Only the Check place is laid out now. History, Settings and About are built when first
    // opened: a tab widget sizes itself from every tab, shown or not, and most starts never
    // open them.
    m_tabs->addTab(m_checkStack, tr("&Check"));
    for (const QString& title : {tr("&History"), tr("Se&ttings"), tr("&About")}) {
        m_tabs->addTab(makeHolder(m_tabs), title);
    }
    // A tab's tooltip is also what a screen reader gives as its description.
    const QString tips[] = {
        tr("A new self-check: safety questions, both sides of each leg group, your "
           "plan and the routine."),
        tr("Every saved session, a chart of your gaps, and exports."),
        tr("Data folder, voice, step length and protocol."),
        tr("The method in plain words, how sure it is, and what Tightside is not."),
    };
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabToolTip(i, tips[i]);
    }

    const QString protocolPath = m_services.preferences.protocolPath();
    m_context = AppContext::builtin(m_services.dataDir);
    if (!protocolPath.isEmpty()) {
        core::ProtocolLoad load =
            core::loadProtocolFile(protocolPath.toStdString(), l10n::language());
        if (load.protocol) {
            m_context =
                AppContext::make(std::make_shared<const core::Protocol>(std::move(*load.protocol)),
                                 protocolPath, m_services.dataDir);
        } else {
            m_failedProtocolPath = protocolPath;
            showMessage(tr("Your protocol file could not be loaded, so the built-in protocol is "
                           "in use. Settings lists the problems."));
        }
    }
    // The voice follows the saved settings from the start (the engine itself loads with the
    // first cue), whether or not Settings is ever opened.
    applyVoiceSettings(m_services);
    applySoundSettings(m_services);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        switch (static_cast<Place>(index)) {
        case Place::Check:
            break;
        case Place::History:
            // The history is read when it is first opened, not at start-up.
            if (!m_historyLoaded) {
                reloadHistory();
            }
            break;
        case Place::Settings:
            settingsPage();
            break;
        case Place::About:
            if (QWidget* holder = m_tabs->widget(index); holder->layout()->count() == 0) {
                fillHolder(holder, makeAboutPage(protocol(), m_services, m_tabs));
            }
            break;
        }
        // Focus goes with the place (unless it is on the tabs, where Ctrl+Tab or the arrows
        // left it): never on a hidden page, nor on a holder that takes no keys.
        if (QApplication::focusWidget() != m_tabs->tabBar()) {
            focusFirstIn(m_tabs->widget(index));
        }
    });

    m_checkStack->setCurrentIndex(welcomed ? 1 : 0);
    // On a first run the check is built once the welcome is acknowledged.
    if (!welcomeShown()) {
        newCheck();
    }
    offerResume();
    if (welcomeShown()) {
        findChild<QPushButton*>(QStringLiteral("welcomeAcknowledge"))->setFocus();
    }
    // Where and how large the window was last time; else 1280x720, or less on a small screen.
    const QByteArray geometry = m_services.preferences.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1280, 720);
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            size = size.boundedTo(screen->availableSize() * 0.95);
        }
        resize(size);
    }
}

MainWindow::~MainWindow()
{
    // The history page waits for its worker threads when it goes: it goes first, before the
    // members, not with the children after them.
    delete m_history;
    m_history = nullptr;
}

void MainWindow::showPlace(Place place)
{
    m_tabs->setCurrentIndex(static_cast<int>(place));
}

MainWindow::Place MainWindow::place() const
{
    return static_cast<Place>(m_tabs->currentIndex());
}

bool MainWindow::welcomeShown() const
{
    return m_checkStack->currentIndex() == 0;
}

void MainWindow::acknowledgeWelcome()
{
    m_services.preferences.welcomeAcknowledged.set(true);
    m_services.preferences.sync();
    m_checkStack->setCurrentIndex(1);
    focusFirstIn(checkFlow());
}

CheckFlow* MainWindow::checkFlow()
{
    if (m_checkFlow == nullptr) {
        newCheck();
    }
    return m_checkFlow;
}

HistoryPage* MainWindow::historyPage()
{
    if (m_history == nullptr) {
        m_history = new HistoryPage(m_context, m_services, m_tabs);
        fillHolder(m_tabs->widget(static_cast<int>(Place::History)), m_history);
        connect(m_history, &HistoryPage::reloaded, this, [this](qint64 ms) { m_historyMs = ms; });
    }
    return m_history;
}

SettingsPage* MainWindow::settingsPage()
{
    if (m_settings == nullptr) {
        m_settings = new SettingsPage(m_services, m_tabs);
        fillHolder(m_tabs->widget(static_cast<int>(Place::Settings)), m_settings);
        if (!m_failedProtocolPath.isEmpty()) {
            // Lists the problems of the protocol file that failed at start-up.
            m_settings->loadProtocol(m_failedProtocolPath);
        }
        m_settings->setState(m_context->dataDir(), protocol(), m_context->protocolPath());
        connect(m_settings, &SettingsPage::dataDirChosen, this, &MainWindow::useDataDir);
        connect(m_settings, &SettingsPage::protocolChosen, this, &MainWindow::useProtocol);
    }
    return m_settings;
}

void MainWindow::reloadHistory()
{
    // Never on the GUI thread: 10,000 sessions without an index take about a second to read.
    historyPage()->startReload(m_context);
    m_historyLoaded = true;
}

void MainWindow::giveTheRoutineTheWindow(bool routine)
{
    // While the routine runs it has the whole window, readable from the floor: the place tabs
    // go, and the other places cannot be reached by Ctrl+Tab or Alt+letter meanwhile. Esc in
    // the player still asks before leaving.
    m_tabs->tabBar()->setVisible(!routine);
    // The tab widget hands focus to its bar: with the bar hidden, Tab would stop there for good.
    m_tabs->setFocusPolicy(routine ? Qt::NoFocus : Qt::TabFocus);
    // Only the tabs are disabled (Ctrl+Tab and Alt+letter skip them), not the places: a place
    // opened on purpose (showPlace) still works.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (i != static_cast<int>(Place::Check)) {
            m_tabs->tabBar()->setTabEnabled(i, !routine);
        }
    }
}

void MainWindow::newCheck()
{
    if (m_checkFlow != nullptr) {
        m_checkLayout->removeWidget(m_checkFlow);
        // Hidden now: the old check must not show through until it is deleted.
        m_checkFlow->hide();
        m_checkFlow->deleteLater();
    }
    m_checkFlow = new CheckFlow(m_context, m_services, m_checkHolder);
    fillHolder(m_checkHolder, m_checkFlow, 1);
    connect(m_checkFlow, &CheckFlow::sessionSaved, this, [this] {
        m_resumeBanner->hide();
        reloadHistory();
    });
    connect(m_checkFlow, &CheckFlow::stopKept, this, [this] { reloadHistory(); });
    connect(m_checkFlow, &CheckFlow::historyRequested, this, [this] { showPlace(Place::History); });
    connect(m_checkFlow, &CheckFlow::newCheckRequested, this, &MainWindow::newCheck);
    connect(m_checkFlow, &CheckFlow::saveFailed, this, &MainWindow::showMessage);
    connect(m_checkFlow, &CheckFlow::routineShown, this, &MainWindow::giveTheRoutineTheWindow);
    giveTheRoutineTheWindow(false);
    if (m_checkStack->currentIndex() == 1) {
        // On the new check's first control: the old check's button that had focus is gone.
        focusFirstIn(m_checkFlow);
    }
}

void MainWindow::offerResume()
{
    // Remove the buttons of an earlier offer.
    for (QPushButton* button : m_resumeBanner->findChildren<QPushButton*>()) {
        delete button;
    }
    const std::optional<core::Session> unfinished = checks::unfinishedSession(store());
    if (!unfinished) {
        m_resumeBanner->hide();
        return;
    }
    const core::Session& session = *unfinished;
    const auto steps = session.plan.steps.size();
    m_resumeText->setText(tr("You did not finish the session started %1 (%2 of %3 steps logged). "
                             "Nothing of it is lost.")
                              .arg(localTimeText(session.started))
                              .arg(session.done.size())
                              .arg(steps));
    auto* layout = qobject_cast<QHBoxLayout*>(m_resumeBanner->layout());
    auto* resume = new QPushButton(tr("&Resume the routine"), m_resumeBanner);
    resume->setObjectName(QStringLiteral("resumeRoutine"));
    auto* finish = new QPushButton(tr("Check both sides and sa&ve"), m_resumeBanner);
    finish->setObjectName(QStringLiteral("resumeFinish"));
    auto* discard = new QPushButton(tr("&Discard it"), m_resumeBanner);
    discard->setObjectName(QStringLiteral("resumeDiscard"));
    layout->addWidget(resume);
    layout->addWidget(finish);
    layout->addWidget(discard);
    m_resumeBanner->show();
    connect(resume, &QPushButton::clicked, this, [this, session] {
        m_resumeBanner->hide();
        acknowledgeWelcome();
        showPlace(Place::Check);
        checkFlow()->resumeSession(session);
    });
    connect(finish, &QPushButton::clicked, this, [this, session] {
        m_resumeBanner->hide();
        acknowledgeWelcome();
        showPlace(Place::Check);
        checkFlow()->finishSession(session);
    });
    connect(discard, &QPushButton::clicked, this, [this, session] {
        const bool sure = m_services.prompter.confirm(
            this, tr("Discard the unfinished session?"),
            tr("The steps logged in it will not be saved to your history."), tr("Discard"),
            tr("Keep it"));
        if (!sure) {
            return;
        }
        if (const QString error = checks::discardUnfinished(store(), session.id);
            !error.isEmpty()) {
            showMessage(error);
        }
        offerResume();
    });
}

bool MainWindow::mayDropCheck(const QString& title, const QString& text, const QString& yes,
                              const QString& no)
{
    if (m_checkFlow == nullptr || !m_checkFlow->hasUnsavedWork()) {
        return true;
    }
    return m_services.prompter.confirm(this, title, text, yes, no);
}

bool MainWindow::switchContext(std::shared_ptr<const AppContext> next)
{
    const bool started = m_checkFlow != nullptr && m_checkFlow->check().unsaved();
    const QString text =
        started ? tr("Your routine is saved as it goes. After the change, Tightside offers any "
                     "unfinished session in the data folder in use, to resume it or to check "
                     "both sides and save.")
                : tr("The answers of this check are not saved yet; they will be lost.");
    if (!mayDropCheck(tr("Stop this check and change the setting?"), text, tr("Change it"),
                      tr("Keep the check"))) {
        if (m_settings != nullptr) {
            m_settings->setState(m_context->dataDir(), protocol(), m_context->protocolPath());
        }
        return false;
    }
    m_context = std::move(next);
    if (m_settings != nullptr) {
        m_settings->setState(m_context->dataDir(), protocol(), m_context->protocolPath());
    }
    newCheck();
    offerResume();
    // History follows the context: read again now if it is showing, else when next opened.
    m_historyLoaded = false;
    if (place() == Place::History) {
        reloadHistory();
    }
    return true;
}

void MainWindow::useDataDir(const QString& dir)
{
    if (switchContext(m_context->withDataDir(dir))) {
        m_services.preferences.dataDir.set(dir);
    }
}

void MainWindow::useProtocol(const QString& path,
                             const std::shared_ptr<const core::Protocol>& protocol)
{
    if (!switchContext(m_context->withProtocol(protocol, path))) {
        return;
    }
    if (path.isEmpty()) {
        m_services.preferences.protocolPath.reset();
    } else {
        m_services.preferences.protocolPath.set(path);
    }
}

void MainWindow::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const bool started = m_checkFlow != nullptr && m_checkFlow->check().unsaved();
    const bool leave = mayDropCheck(
        tr("Close Tightside?"),
        started ? tr("Your routine is saved as it goes. Next time you can resume it or check "
                     "both sides and save.")
                : tr("The answers of this check are not saved yet; they will be lost."),
        tr("Close"), tr("Stay"));
    if (!leave) {
        event->ignore();
        return;
    }
    m_services.preferences.windowGeometry.set(saveGeometry());
    event->accept();
}

} // namespace tightside::gui
