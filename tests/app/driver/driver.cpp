// A person at the keyboard, for the real window binary (issue 21): a Qt "generic" plugin that
// the test loads into an unchanged `tightside` process with QT_PLUGIN_PATH and
// QT_QPA_GENERIC_PLUGINS=tightsidedriver, as an accessibility tool is loaded. It walks one
// check from the welcome to the summary with the default settings: no red flag, every rating
// by a digit key, the routine's first step left running in real time (its spoken cues and
// ticks), the rest skipped, the re-check rated and saved; then it closes the window, and the
// process's own exit code is what the test reads. Nothing of Tightside is linked in: it sees
// the window only through Qt's widgets and their names.
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QGenericPlugin>
#include <QSlider>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

class Driver final : public QObject
{
    Q_OBJECT

public:
    Driver()
    {
        m_clock.start();
        m_timer.setInterval(100);
        connect(&m_timer, &QTimer::timeout, this, &Driver::step);
        m_timer.start();
    }

private:
    static void say(const QString& what)
    {
        std::fprintf(stderr, "driver: %s\n", qPrintable(what));
        std::fflush(stderr);
    }

    static QWidget* window()
    {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && top->inherits("QMainWindow")) {
                return top;
            }
        }
        return nullptr;
    }

    template <typename T>
    static T* visible(QWidget* root, const QString& name)
    {
        for (T* child : root->findChildren<T*>(name)) {
            if (child->isVisible() && child->isEnabled()) {
                return child;
            }
        }
        return nullptr;
    }

    /// The page's name: its own, or that of the page a scroll area around it shows.
    static QString pageName(QWidget* shown)
    {
        const auto named = [](const QObject* object) {
            return object->objectName().startsWith(QStringLiteral("page")) ||
                   object->objectName() == QStringLiteral("playerPage");
        };
        if (named(shown)) {
            return shown->objectName();
        }
        for (const QWidget* child : shown->findChildren<QWidget*>()) {
            if (named(child)) {
                return child->objectName();
            }
        }
        return shown->objectName();
    }

    void step()
    {
        if (m_clock.elapsed() > 90000) {
            say(QStringLiteral("gave up after 90 s on page %1").arg(m_page));
            QCoreApplication::exit(3);
            return;
        }
        QWidget* top = window();
        if (top == nullptr) {
            return;
        }
        if (auto* welcome = visible<QAbstractButton>(top, QStringLiteral("welcomeAcknowledge"))) {
            say(QStringLiteral("welcome: acknowledged"));
            welcome->click();
            return;
        }
        auto* pages = top->findChild<QStackedWidget*>(QStringLiteral("checkPages"));
        if (pages == nullptr || pages->currentWidget() == nullptr) {
            return;
        }
        QWidget* page = pages->currentWidget();
        const QString name = pageName(page);
        if (name != m_page) {
            m_page = name;
            m_onPage.start();
            say(QStringLiteral("page %1").arg(name));
        }
        if (name == QStringLiteral("pageSummary")) {
            say(QStringLiteral("saved: closing the window"));
            m_timer.stop();
            top->close();
            return;
        }
        if (name == QStringLiteral("playerPage")) {
            // The first step runs for real: its lead-in ticks and spoken cues, into the hold.
            const qint64 wait = m_skipped == 0 ? 8000 : 600;
            if (m_onPage.elapsed() > wait + 600 * m_skipped) {
                if (auto* skip = visible<QAbstractButton>(page, QStringLiteral("playerSkip"))) {
                    ++m_skipped;
                    say(QStringLiteral("player: skip"));
                    skip->click();
                }
            }
            return;
        }
        if (m_onPage.elapsed() < 300) {
            return; // let the page settle, as a person would
        }
        if (auto* none = visible<QCheckBox>(page, QStringLiteral("noneOfThese"));
            none != nullptr && !none->isChecked()) {
            none->click();
        }
        // Every rating 3, but the quadriceps' left side 7: one group out of balance, so the
        // plan has a routine to run.
        const bool tighterLeft =
            page->findChild<QWidget*>(QStringLiteral("pageGroup_quadriceps")) != nullptr ||
            name == QStringLiteral("pageGroup_quadriceps");
        bool first = true;
        for (QSlider* slider : page->findChildren<QSlider*>()) {
            if (slider->isVisible() && slider->isEnabled() && slider->parentWidget() != nullptr &&
                slider->parentWidget()->inherits("tightside::gui::RatingInput")) {
                QTest::keyClick(slider, tighterLeft && first ? Qt::Key_7 : Qt::Key_3);
                first = false;
            }
        }
        auto* next = visible<QAbstractButton>(top, QStringLiteral("navNext"));
        if (next != nullptr && m_lastNext.isValid() && m_lastNext.elapsed() < 300) {
            return;
        }
        if (next != nullptr) {
            m_lastNext.start();
            next->click();
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_onPage;
    QElapsedTimer m_lastNext;
    QString m_page;
    int m_skipped = 0;
};

class DriverPlugin final : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "driver.json")

public:
    QObject* create(const QString& key, const QString&) override
    {
        if (key.compare(QStringLiteral("tightsidedriver"), Qt::CaseInsensitive) != 0) {
            return nullptr;
        }
        say();
        // No parent: Qt deletes a generic plugin's object itself when the application ends.
        return new Driver();
    }

private:
    static void say()
    {
        std::fprintf(stderr, "driver: loaded\n");
        std::fflush(stderr);
    }
};

} // namespace

#include "driver.moc"
