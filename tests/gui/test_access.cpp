// Pictures and access: every control a keyboard reaches, in every place, has a name and a
// description; focus is visible; the pictures load with the ids the code marks; contrast meets
// WCAG AA in the light and the dark palette; a large font does not clip the key pages; and no
// Alt+letter is used twice on one page.

#include "checkwalk.h"
#include "fakes.h"

#include "bodymap.h"
#include "checkflow.h"
#include "contrast.h"
#include "layouthelpers.h"
#include "player.h"
#include "questionbox.h"
#include "ratinginput.h"
#include "svgview.h"
#include "texts.h"

#include "tightside/core/protocol.h"
#include "tightside/gui/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDirIterator>
#include <QDomDocument>
#include <QFile>
#include <QFocusFrame>
#include <QLabel>
#include <QMultiMap>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QSvgRenderer>
#include <QTabBar>
#include <QTest>

#include <cmath>
#include <memory>

using namespace tightside;
using namespace tightside::gui;
using Page = CheckFlow::Page;

namespace {

QWidget* currentPage(CheckFlow* flow)
{
    return flow->findChild<QStackedWidget*>(QStringLiteral("checkPages"))->currentWidget();
}

double luminance(const QColor& colour)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

/// The WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// What a screen reader would say for the widget's name and description.
QString accessibleText(QWidget* widget, QAccessible::Text kind)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face != nullptr ? face->text(kind).trimmed() : QString();
}

/// The controls Tab reaches inside `root`, in focus-chain order.
QList<QWidget*> tabReachable(QWidget* root)
{
    QList<QWidget*> found;
    for (QWidget* widget = root->nextInFocusChain(); widget != nullptr && widget != root;
         widget = widget->nextInFocusChain()) {
        if (root->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) != 0 &&
            widget->isVisible() && widget->isEnabled()) {
            found << widget;
        }
    }
    return found;
}

QString describe(QWidget* widget)
{
    return QStringLiteral("%1 (%2) in %3")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
             widget->parentWidget() != nullptr ? widget->parentWidget()->objectName() : QString());
}

/// Goes through the check up to the player, calling `visit` on every page it shows.
template <typename Visit>
void walkCheck(CheckFlow* flow, Visit visit)
{
    visit(); // red flags
    testing::passSafetyQuestions(flow);
    flow->next();
    visit(); // precautions
    flow->next();
    visit(); // pain
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(3);
    flow->next();
    if (flow->page() == Page::Activities) {
        flow->next(); // what matters to you: optional, left empty
    }
    const int ratings[][2] = {{7, 4}, {3, 3}, {2, 6}, {5, 5}, {4, 4}};
    std::size_t group = 0;
    while (flow->page() == Page::Group) {
        if (group < 5) {
            currentPage(flow)->findChild<RatingPair*>()->setRating(
                {ratings[group][0], ratings[group][1]});
        }
        ++group;
        visit();
        flow->next();
    }
    visit(); // minutes
    flow->next();
    visit(); // plan
    flow->next();
    visit(); // player
}

/// The Alt+letter of every visible, enabled button and tab in `window`, with what it names.
QMultiMap<QString, QString> mnemonicsShown(QWidget* window)
{
    QMultiMap<QString, QString> found;
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        const QKeySequence key = QKeySequence::mnemonic(button->text());
        if (!key.isEmpty() && button->isVisible() && button->isEnabled()) {
            found.insert(key.toString(), describe(button));
        }
    }
    for (auto* tabs : window->findChildren<QTabBar*>()) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i) {
            const QKeySequence key = QKeySequence::mnemonic(tabs->tabText(i));
            if (!key.isEmpty() && tabs->isTabEnabled(i)) {
                found.insert(key.toString(), QStringLiteral("tab ") + tabs->tabText(i));
            }
        }
    }
    return found;
}

} // namespace

class AccessTest final : public QObject
{
    Q_OBJECT

private slots:
    void everyTabStopHasANameAndDescription();
    void focusIsVisible();
    void picturesLoadWithTheirIds();
    void bodyMapsOnSelfTestPlanAndPlayer();
    void picturesMirrorOnlyForTheRightSide();
    void contrastMeetsAaInLightAndDark();
    void largeFontDoesNotClip();
    void altLettersAreUniqueOnEveryPage();
    void labelHeightsFollowTextAndFont();
    void questionHeightsFollowTextAndFont();
};

void AccessTest::everyTabStopHasANameAndDescription()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    int checked = 0;
    QStringList missing;
    const auto checkPage = [&](QWidget* root) {
        for (QWidget* widget : tabReachable(root)) {
            ++checked;
            if (accessibleText(widget, QAccessible::Name).isEmpty()) {
                missing << QStringLiteral("no accessible name: ") + describe(widget);
            }
            if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                // The bar is a list: each tab carries its own description.
                QAccessibleInterface* face = QAccessible::queryAccessibleInterface(tabs);
                for (int i = 0; i < tabs->count(); ++i) {
                    if (face->child(i)->text(QAccessible::Description).trimmed().isEmpty()) {
                        missing << QStringLiteral("no accessible description: tab ") +
                                       tabs->tabText(i);
                    }
                }
            } else if (accessibleText(widget, QAccessible::Description).isEmpty()) {
                missing << QStringLiteral("no accessible description: ") + describe(widget);
            }
        }
    };
    walkCheck(flow, [&] { checkPage(flow); });
    for (auto place :
         {MainWindow::Place::History, MainWindow::Place::Settings, MainWindow::Place::About}) {
        window.showPlace(place);
        checkPage(&window);
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    QVERIFY2(checked > 60, qPrintable(QString::number(checked)));
}

void AccessTest::focusIsVisible()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    int rings = 0;
    walkCheck(flow, [&] {
        QList<QWidget*> stops = tabReachable(flow);
        if (flow->page() == Page::Player) {
            stops = {flow->player()}; // the player takes the keys itself
        }
        for (QWidget* widget : stops) {
            widget->setFocus(Qt::TabFocusReason);
            QCoreApplication::processEvents();
            QVERIFY2(widget->hasFocus(), qPrintable(describe(widget)));
            // Either a ring just outside the control, wholly inside its parent so nothing
            // clips it, or (for a control that fills its parent) a ring just inside its edge.
            auto* ring = window.findChild<QFocusFrame*>(QStringLiteral("focusRing"));
            auto* inner = widget->findChild<QWidget*>(QStringLiteral("focusRingInner"),
                                                      Qt::FindDirectChildrenOnly);
            if (ring != nullptr && ring->isVisible() && ring->widget() == widget) {
                const QRect around = ring->geometry();
                QVERIFY2(around.contains(widget->geometry()) && around != widget->geometry(),
                         qPrintable(describe(widget)));
                QVERIFY2(ring->parentWidget()->rect().contains(around),
                         qPrintable(QStringLiteral("ring clipped: ") + describe(widget)));
            } else {
                QVERIFY2(inner != nullptr && inner->isVisible(),
                         qPrintable(QStringLiteral("no visible focus: ") + describe(widget)));
                QCOMPARE(inner->geometry(), widget->rect());
            }
            ++rings;
        }
    });
    QVERIFY(rings > 30);
}

void AccessTest::picturesLoadWithTheirIds()
{
    // Qt SVG's warnings are collected while the pictures load. The guard puts the previous
    // handler back however this test returns, so no handler is left pointing at `warnings`.
    static QStringList warnings;
    warnings.clear();
    struct HandlerGuard
    {
        QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext& context, const QString& message) {
                if (QLatin1String(context.category) == QLatin1String("qt.svg")) {
                    warnings << message;
                }
            });
        HandlerGuard() = default;
        HandlerGuard(const HandlerGuard&) = delete;
        HandlerGuard& operator=(const HandlerGuard&) = delete;
        ~HandlerGuard() { qInstallMessageHandler(previous); }
    };
    auto guard = std::make_unique<HandlerGuard>();
    QStringList names;
    for (QDirIterator it(QStringLiteral(":/pictures")); it.hasNext();) {
        const QString path = it.next();
        if (!path.endsWith(QStringLiteral(".svg"))) {
            continue;
        }
        names << QFileInfo(path).completeBaseName();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QSvgRenderer renderer(svg);
        QVERIFY2(renderer.isValid(), qPrintable(path));
        if (path.contains(QStringLiteral("body-"))) {
            const bool back = path.contains(QStringLiteral("body-back"));
            for (const QString& id : bodyMapIds(back)) {
                QVERIFY2(renderer.elementExists(id), qPrintable(path + QLatin1Char(' ') + id));
                QCOMPARE(svg.count(QByteArray("id=\"") + id.toLatin1() + '"'), 1);
            }
        } else {
            QCOMPARE(svg.count("id=\"highlight\""), 1);
        }
    }
    guard.reset();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(names.contains(QStringLiteral("body-front")));
    QVERIFY(names.contains(QStringLiteral("body-back")));

    // Every picture the built-in protocol names is there, and every group's marks land.
    const core::Protocol& protocol = core::builtinProtocol();
    for (const core::Group& group : protocol.groups) {
        QVERIFY2(names.contains(qs(group.selfTest.picture)),
                 qPrintable(qs(group.selfTest.picture)));
        for (core::Side side : {core::Side::Left, core::Side::Right}) {
            const QByteArray id = regionElementId(group.region, side);
            QVERIFY2(bodyMapIds(onBackView(group.region)).contains(QString::fromLatin1(id)),
                     id.constData());
            const QByteArray lit = litBodyMap(group.region, side);
            QVERIFY(QSvgRenderer(lit).isValid());
            // The mark is on the element itself, read as SVG (attribute order is free).
            QDomDocument document;
            QVERIFY(document.setContent(lit));
            const QDomNodeList paths = document.elementsByTagName(QStringLiteral("path"));
            QDomElement element;
            for (int i = 0; i < paths.size(); ++i) {
                if (paths.at(i).toElement().attribute(QStringLiteral("id")) ==
                    QString::fromLatin1(id)) {
                    element = paths.at(i).toElement();
                }
            }
            QVERIFY2(!element.isNull(), id.constData());
            QCOMPARE(element.attribute(QStringLiteral("fill")),
                     QString::fromLatin1(colours::kMapLit));
            QCOMPARE(element.attribute(QStringLiteral("stroke-width")), QStringLiteral("5"));
        }
    }
    for (const core::Technique& technique : protocol.techniques) {
        QVERIFY2(names.contains(qs(technique.picture)), qPrintable(qs(technique.picture)));
    }
}

void AccessTest::bodyMapsOnSelfTestPlanAndPlayer()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    walkCheck(flow, [&] {
        QWidget* page = currentPage(flow);
        if (flow->page() == Page::Group) {
            auto* map = page->findChild<SvgView*>(QStringLiteral("selfTestBodyMap"));
            if (map == nullptr) {
                QFAIL("a self-test page has no body map");
            }
            QVERIFY(map->isVisible() && map->hasPicture());
            QVERIFY(!map->mirrored());
            const bool back = page->objectName().endsWith(QStringLiteral("hamstrings")) ||
                              page->objectName().endsWith(QStringLiteral("lats"));
            QCOMPARE(map->hatched(), back ? neverRegionIds() : QStringList());
            auto* caption = page->findChild<QLabel*>(QStringLiteral("selfTestMapCaption"));
            if (caption == nullptr) {
                QFAIL("a self-test page has no body map caption");
            }
            QVERIFY(caption->text().contains(back ? QStringLiteral("Hatched")
                                                  : QStringLiteral("front")));
        }
        if (flow->page() == Page::Group &&
            page->objectName().endsWith(QStringLiteral("_quadriceps"))) {
            // 7 against 4 is a real gap: the tighter side is lit and the caption says so.
            QVERIFY(page->findChild<QLabel*>(QStringLiteral("selfTestMapCaption"))
                        ->text()
                        .contains(QStringLiteral("tighter side, left quadriceps")));
        }
        if (flow->page() == Page::Plan) {
            const auto maps = page->findChildren<SvgView*>(QStringLiteral("planStepMap"));
            QCOMPARE(static_cast<std::size_t>(maps.size()), flow->plan().steps.size());
            QVERIFY(maps.size() >= 2);
            QVERIFY(maps[0]->accessibleName().contains(QStringLiteral("Left quadriceps")));
            auto* never = page->findChild<SvgView*>(QStringLiteral("planNeverMap"));
            QVERIFY(never != nullptr && never->hasPicture());
            QCOMPARE(never->hatched(), neverRegionIds());
            QVERIFY(page->findChild<QLabel*>(QStringLiteral("planNeverLine"))->isVisible());
        }
        if (flow->page() == Page::Player) {
            auto* map = flow->player()->findChild<SvgView*>(QStringLiteral("playerBodyMap"));
            QVERIFY(map->hasPicture() && !map->mirrored());
            QVERIFY(map->accessibleName().contains(QStringLiteral("left quadriceps")));
        }
    });
}

void AccessTest::picturesMirrorOnlyForTheRightSide()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    walkCheck(flow, [&] {
        if (flow->page() == Page::Group) {
            // Self-tests are done on both sides: the drawing stays as drawn (left side).
            QVERIFY(!currentPage(flow)
                         ->findChild<SvgView*>(QStringLiteral("selfTestPicture"))
                         ->mirrored());
        }
    });
    auto* picture = flow->player()->findChild<SvgView*>(QStringLiteral("playerPicture"));
    auto* map = flow->player()->findChild<SvgView*>(QStringLiteral("playerBodyMap"));
    const auto& steps = flow->plan().steps;
    QVERIFY(steps.size() >= 2);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(flow->player()->routine()->currentIndex(), i);
        QCOMPARE(picture->mirrored(), steps[i].side == core::Side::Right);
        QVERIFY(!map->mirrored());
        QVERIFY(map->accessibleName().contains(sideWord(steps[i].side)));
        if (i + 1 < steps.size()) {
            flow->player()->skip();
            fx.clock.advance(std::chrono::seconds(10));
            flow->player()->tick();
        }
    }
}

void AccessTest::contrastMeetsAaInLightAndDark()
{
    constexpr double kText = 4.5;
    constexpr double kMark = 3.0;
    QStringList report;
    const auto expect = [&report](const QString& what, const QColor& a, const QColor& b,
                                  double least) {
        const double ratio = contrast(a, b);
        report << QStringLiteral("%1: %2 on %3 = %4:1")
                      .arg(what, a.name(), b.name())
                      .arg(ratio, 0, 'f', 2);
        QVERIFY2(ratio >= least, qPrintable(report.last()));
    };
    for (bool dark : {false, true}) {
        // The app raises the selection contrast of whatever palette it gets (installAccessAids).
        const QPalette palette = colours::withAaContrast(colours::referencePalette(dark));
        QCOMPARE(colours::isDark(palette), dark);
        const QString look = dark ? QStringLiteral("dark ") : QStringLiteral("light ");
        const auto role = [&palette](QPalette::ColorRole r) { return palette.color(r); };
        expect(look + QStringLiteral("window text"), role(QPalette::WindowText),
               role(QPalette::Window), kText);
        expect(look + QStringLiteral("text on base"), role(QPalette::Text), role(QPalette::Base),
               kText);
        expect(look + QStringLiteral("text on alternate rows"), role(QPalette::Text),
               role(QPalette::AlternateBase), kText);
        expect(look + QStringLiteral("button text"), role(QPalette::ButtonText),
               role(QPalette::Button), kText);
        expect(look + QStringLiteral("selected text"), role(QPalette::HighlightedText),
               role(QPalette::Highlight), kText);
        expect(look + QStringLiteral("placeholder"), role(QPalette::PlaceholderText),
               role(QPalette::Base), kText);
        expect(look + QStringLiteral("link"), role(QPalette::Link), role(QPalette::Base), kText);
        expect(look + QStringLiteral("tooltip"), role(QPalette::ToolTipText),
               role(QPalette::ToolTipBase), kText);
        for (QPalette::ColorRole ground : {QPalette::Window, QPalette::Base, QPalette::Button}) {
            expect(look + QStringLiteral("focus ring"), colours::focusRing(palette), role(ground),
                   kMark);
        }
        expect(look + QStringLiteral("nerve-signs outline"), colours::alert(palette),
               role(QPalette::Window), kMark);
        // Pictures sit on a light card: the card stands out from a dark window, and the
        // drawings' outlines stand out from the card.
        if (dark) {
            expect(look + QStringLiteral("picture card on window"),
                   QColor(QLatin1String(colours::kPictureCard)), role(QPalette::Window), kMark);
        }
    }
    // The player's panel, the banners and the body map carry their own fixed colours.
    for (const PhaseColours& phase : playerPhaseColours()) {
        expect(QStringLiteral("player text"), QColor(QLatin1String(kPlayerText)),
               QColor(QLatin1String(phase.background)), kText);
        expect(QStringLiteral("player flash text"), QColor(QLatin1String(phase.background)),
               QColor(QLatin1String(phase.border)), kText);
        expect(QStringLiteral("player border"), QColor(QLatin1String(phase.border)),
               QColor(QLatin1String(phase.background)), kMark);
    }
    expect(QStringLiteral("picture outline on card"), QColor(QLatin1String(colours::kMapOutline)),
           QColor(QLatin1String(colours::kPictureCard)), kMark);
    expect(QStringLiteral("L/R labels on card"), QColor(QLatin1String(colours::kMapOutline)),
           QColor(QLatin1String(colours::kPictureCard)), kText);
    expect(QStringLiteral("lit region"), QColor(QLatin1String(colours::kMapLit)),
           QColor(QLatin1String(colours::kMapRegion)), kMark);
    expect(QStringLiteral("lit region outline"), QColor(Qt::black),
           QColor(QLatin1String(colours::kMapLit)), kMark);
    expect(QStringLiteral("marked region outline"), QColor(Qt::black),
           QColor(QLatin1String(colours::kMapSoft)), kMark);
    expect(QStringLiteral("hatching"), QColor(QLatin1String(colours::kHatchLine)),
           QColor(QLatin1String(colours::kHatchGround)), kMark);
    expect(QStringLiteral("hatching against plain region"),
           QColor(QLatin1String(colours::kHatchLine)), QColor(QLatin1String(colours::kMapRegion)),
           kMark);
    expect(QStringLiteral("message banner"), QColor(0x11, 0x11, 0x11), QColor(0xff, 0xe0, 0xe0),
           kText);
    expect(QStringLiteral("quarantine banner"), QColor(0x11, 0x11, 0x11), QColor(0xff, 0xf1, 0xc2),
           kText);
    qInfo().noquote() << report.join(QLatin1Char('\n'));
}

void AccessTest::largeFontDoesNotClip()
{
    const QFont before = QApplication::font();
    QFont large = before;
    large.setPointSize(16);
    QApplication::setFont(large);
    {
        testing::Fixture fx;
        MainWindow window(fx.services);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.acknowledgeWelcome();
        CheckFlow* flow = window.checkFlow();
        int checked = 0;
        walkCheck(flow, [&] {
            QCoreApplication::processEvents();
            QWidget* page = currentPage(flow);
            QList<QWidget*> widgets;
            for (QLabel* label : page->findChildren<QLabel*>()) {
                widgets << label;
            }
            for (QAbstractButton* button : flow->findChildren<QAbstractButton*>()) {
                widgets << button;
            }
            for (QWidget* widget : widgets) {
                if (!widget->isVisible() || widget->width() == 0) {
                    continue;
                }
                auto* label = qobject_cast<QLabel*>(widget);
                if (label != nullptr && label->text().isEmpty()) {
                    continue;
                }
                ++checked;
                const QString what = describe(widget) + QStringLiteral(" on ") + page->objectName();
                if ((label != nullptr && label->wordWrap()) || widget->hasHeightForWidth()) {
                    // Wrapped text (a label, a question box): as tall as its width needs.
                    QVERIFY2(widget->height() + 1 >= widget->heightForWidth(widget->width()),
                             qPrintable(QStringLiteral("text cut off: ") + what));
                } else {
                    const QSize need = widget->minimumSizeHint();
                    QVERIFY2(widget->width() + 1 >= need.width() &&
                                 widget->height() + 1 >= need.height(),
                             qPrintable(QStringLiteral("text cut off: ") + what));
                }
                // Outside a scroll area, the widget must lie inside the window.
                bool scrolls = false;
                for (QWidget* up = widget; up != nullptr; up = up->parentWidget()) {
                    scrolls = scrolls || qobject_cast<QScrollArea*>(up) != nullptr;
                }
                if (!scrolls) {
                    const QRect box(widget->mapTo(&window, QPoint(0, 0)), widget->size());
                    QVERIFY2(window.rect().contains(box),
                             qPrintable(QStringLiteral("outside the window: ") + what));
                }
            }
        });
        QVERIFY(checked > 50);
    }
    QApplication::setFont(before);
}

// Two controls on screen with the same Alt+letter make Qt do nothing for either: every page,
// and every place, has each letter at most once.
void AccessTest::altLettersAreUniqueOnEveryPage()
{
    testing::Fixture fx;
    MainWindow window(fx.services);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    int pages = 0;
    int letters = 0;
    const auto checkUnique = [&] {
        ++pages;
        const QMultiMap<QString, QString> shown = mnemonicsShown(&window);
        letters += static_cast<int>(shown.size());
        for (const QString& key : shown.uniqueKeys()) {
            QVERIFY2(shown.count(key) == 1,
                     qPrintable(key + QStringLiteral(" is used by: ") +
                                QStringList(shown.values(key)).join(QStringLiteral("; "))));
        }
    };
    checkUnique(); // the welcome
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    walkCheck(flow, checkUnique);
    while (flow->page() == Page::Player) {
        flow->player()->skip();
    }
    QCOMPARE(flow->page(), Page::Recheck);
    testing::rateRecheck(flow);
    checkUnique();
    flow->next(); // save
    QCOMPARE(flow->page(), Page::Summary);
    checkUnique();
    flow->next(); // a new check
    flow = window.checkFlow();
    flow->findChild<QWidget*>(QStringLiteral("pageRedFlags"))
        ->findChildren<QAbstractButton*>()
        .value(0)
        ->click();
    testing::passSafetyQuestions(flow);
    flow->next();
    QCOMPARE(flow->page(), Page::SeekCare);
    checkUnique();
    for (auto place :
         {MainWindow::Place::History, MainWindow::Place::Settings, MainWindow::Place::About}) {
        window.showPlace(place);
        checkUnique();
    }
    QCOMPARE(pages, 20);
    QVERIFY2(letters > 40, qPrintable(QString::number(letters)));

    // And a letter reaches its control: Alt+H opens History from About.
    QCOMPARE(window.place(), MainWindow::Place::About);
    QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
    QCOMPARE(window.place(), MainWindow::Place::History);
}

// Labels remember their height per width (start-up speed); a new text or font must never leave
// them at an old height, or text would be cut off. They must answer as a plain QLabel does.
void AccessTest::labelHeightsFollowTextAndFont()
{
    QWidget parent;
    QLabel* label = makeLabel(QStringLiteral("Short."), &parent);
    QLabel plain;
    plain.setWordWrap(true);
    plain.setTextFormat(Qt::PlainText);
    const auto same = [&] {
        plain.setText(label->text());
        plain.setFont(label->font());
        for (int width : {60, 120, 300, 800}) {
            // Twice: the second answer comes from the label's memory.
            QCOMPARE(label->heightForWidth(width), plain.heightForWidth(width));
            QCOMPARE(label->heightForWidth(width), plain.heightForWidth(width));
        }
    };
    same();
    const int shortHeight = label->heightForWidth(120);
    label->setText(QStringLiteral("A much longer sentence that has to wrap onto several lines "
                                  "when the label is only about a hundred pixels wide."));
    QVERIFY(label->heightForWidth(120) > shortHeight);
    same();
    label->setText(QStringLiteral("Short."));
    QCOMPARE(label->heightForWidth(120), shortHeight);
    QFont large = label->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    label->setFont(large);
    QVERIFY(label->heightForWidth(120) > shortHeight);
    same();
    label->setMargin(10);
    QCOMPARE(label->heightForWidth(120), plain.heightForWidth(100) + 20);
}

void AccessTest::questionHeightsFollowTextAndFont()
{
    QWidget parent;
    auto* box = new QuestionBox(QStringLiteral("Short?"), &parent);
    const auto fits = [&] {
        // A fresh box has no memory: the remembered answers must be the ones it gives.
        QuestionBox fresh(box->text());
        fresh.setFont(box->font());
        for (int width : {80, 160, 400, 900}) {
            QCOMPARE(box->heightForWidth(width), fresh.heightForWidth(width));
            QCOMPARE(box->heightForWidth(width), fresh.heightForWidth(width));
            // The words wrapped as QPainter would wrap them fit inside (indicator, gap, pads).
            const int words = width - box->style()->pixelMetric(QStyle::PM_IndicatorWidth) - 11;
            const QRect need = box->fontMetrics().boundingRect(
                QRect(0, 0, std::max(1, words), 100000), Qt::TextWordWrap, box->text());
            QVERIFY2(box->heightForWidth(width) >= need.height() + 6,
                     qPrintable(QStringLiteral("width %1: %2 < %3")
                                    .arg(width)
                                    .arg(box->heightForWidth(width))
                                    .arg(need.height() + 6)));
        }
    };
    fits();
    const int shortHeight = box->heightForWidth(160);
    box->setText(QStringLiteral("Is this a much longer question that has to wrap onto several "
                                "lines when the box is only a little wider than a thumb?"));
    QVERIFY(box->heightForWidth(160) > shortHeight);
    fits();
    box->setText(QStringLiteral("Short?"));
    QCOMPARE(box->heightForWidth(160), shortHeight);
    QFont large = box->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    box->setFont(large);
    QVERIFY(box->heightForWidth(160) > shortHeight);
    fits();
}

QTEST_MAIN(AccessTest)
#include "test_access.moc"
