// Issue 26: every page fits every window size and language. The window is walked page by page
// at 1024x600, 1366x768 and 1920x1080 (and, run with QT_SCALE_FACTOR=2, at 2560x1440 and
// 3840x2160 device pixels), in English and German; on every page every visible control lies
// inside the window (or inside the scroll area that holds it), no two texts overlap, no label
// or button shows its text cut, and the window never grows taller than the screen.

#include "checkwalk.h"
#include "fakes.h"
#include "walker.h"

#include "checkflow.h"
#include "player.h"
#include "ratinginput.h"

#include "tightside/gui/mainwindow.h"
#include "tightside/l10n/l10n.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>

using namespace tightside;
using namespace tightside::gui;
using Page = CheckFlow::Page;

namespace {

/// `widget`'s rectangle in `window`'s coordinates, cut by the viewports of the scroll areas it
/// is in (what the person sees of it without scrolling), or empty when none of it shows.
QRect seenRect(const QWidget* widget, const QWidget* window)
{
    QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget* up = widget->parentWidget(); up != nullptr && up != window;
         up = up->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(up->parentWidget()) != nullptr) {
            rect &= QRect(up->mapTo(window, QPoint(0, 0)), up->size());
        }
    }
    return rect;
}

/// True when `widget` is inside a scroll area's viewport (it may be scrolled to).
bool scrolls(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* up = widget->parentWidget(); up != nullptr && up != window;
         up = up->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(up->parentWidget()) != nullptr) {
            return true;
        }
    }
    return false;
}

QString plain(const QLabel* label)
{
    QString text = label->textFormat() == Qt::PlainText
                       ? label->text()
                       : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    if (label->buddy() != nullptr) {
        // The mnemonic's & is not shown; && shows one.
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    }
    return text;
}

/// What is wrong with the layout of the page on screen.
QStringList layoutProblems(QWidget* window, QSize screen)
{
    QCoreApplication::processEvents();
    QStringList problems;
    if (window->height() > screen.height() ||
        window->minimumSizeHint().height() > screen.height()) {
        problems << QStringLiteral("window %1 px tall (needs %2) on a %3 px screen")
                        .arg(window->height())
                        .arg(window->minimumSizeHint().height())
                        .arg(screen.height());
    }
    const QRect inside = window->rect();
    QList<QWidget*> texts;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || widget->isWindow() ||
            widget->objectName().startsWith(QStringLiteral("qt_")) ||
            widget->objectName().startsWith(QStringLiteral("focusRing"))) {
            continue;
        }
        const QRect seen = seenRect(widget, window);
        if (seen.isEmpty()) {
            continue; // scrolled out of view
        }
        const bool control = testing::isControl(widget);
        if (control && !scrolls(widget, window) && !inside.contains(seen)) {
            problems << QStringLiteral("outside the window: %1 at %2,%3 %4x%5")
                            .arg(testing::describeObject(widget))
                            .arg(seen.x())
                            .arg(seen.y())
                            .arg(seen.width())
                            .arg(seen.height());
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            const QString text = plain(label).trimmed();
            if (text.isEmpty()) {
                continue;
            }
            texts << label;
            if (!label->wordWrap() && !text.contains(QLatin1Char('\n')) &&
                label->fontMetrics().horizontalAdvance(text) > label->contentsRect().width() + 1) {
                problems << QStringLiteral("cut: %1 \"%2\" needs %3 px, has %4")
                                .arg(testing::describeObject(label), text)
                                .arg(label->fontMetrics().horizontalAdvance(text))
                                .arg(label->contentsRect().width());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty()) {
                continue;
            }
            texts << button;
            if (!qobject_cast<QCheckBox*>(button) &&
                button->sizeHint().width() > button->width() + 1) {
                problems << QStringLiteral("cut: %1 needs %2 px, has %3")
                                .arg(testing::describeObject(button))
                                .arg(button->sizeHint().width())
                                .arg(button->width());
            }
        }
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            QWidget* a = texts[i];
            QWidget* b = texts[j];
            if (a->isAncestorOf(b) || b->isAncestorOf(a)) {
                continue;
            }
            const QRect overlap = seenRect(a, window) & seenRect(b, window);
            if (overlap.width() > 2 && overlap.height() > 2) {
                problems << QStringLiteral("overlap: %1 and %2")
                                .arg(testing::describeObject(a), testing::describeObject(b));
            }
        }
    }
    return problems;
}

} // namespace

class LayoutTest final : public QObject
{
    Q_OBJECT

private slots:
    void everyPageFits_data();
    void everyPageFits();
    void cleanupTestCase() { l10n::install({"en", "en"}); }
};

void LayoutTest::everyPageFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    // At scale 2 a window of half the device pixels: 2560x1440 and 3840x2160 screens.
    const bool doubled = qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2");
    const QList<QSize> sizes = doubled ? QList<QSize>{{1280, 720}, {1920, 1080}}
                                       : QList<QSize>{{1024, 600}, {1366, 768}, {1920, 1080}};
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        for (const QSize& size : sizes) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3")
                                         .arg(language)
                                         .arg(size.width() * (doubled ? 2 : 1))
                                         .arg(size.height() * (doubled ? 2 : 1))))
                << size << language;
        }
    }
}

void LayoutTest::everyPageFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    l10n::install({language.toStdString(), language.toStdString()});
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    QStringList pages;
    const auto audit = [&](const QString& page) {
        pages << page;
        for (const QString& line : layoutProblems(&window, size)) {
            problems << page + QStringLiteral(": ") + line;
        }
    };
    // The language is the one asked for (German words are longer: the point of the run).
    const QString checkTab = window.findChild<QTabWidget*>(QStringLiteral("places"))->tabText(0);
    QVERIFY2((checkTab == QStringLiteral("&Check")) == (language == QLatin1String("en")),
             qPrintable(checkTab));
    testing::walkEveryPage(window, audit, false);
    QVERIFY(pages.size() >= 18);
    problems.removeDuplicates();
    for (const QString& line : problems) {
        qInfo().noquote() << line;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

QTEST_MAIN(LayoutTest)
#include "test_layout.moc"
