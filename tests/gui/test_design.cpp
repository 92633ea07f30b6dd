// Issue 26, the design language: the semantic colours keep WCAG AA in every look, the look and
// text size chosen in Settings apply at once and are kept, days are never written in digits
// only, History's dashboard shows the course's own verdicts, and the 0-10 picker answers by a
// click on a segment and shows none chosen while unanswered.

#include "fakes.h"

#include "anglechart.h"
#include "contrast.h"
#include "coursewords.h"
#include "historydashboard.h"
#include "historypage.h"
#include "measuremodel.h"
#include "ratinginput.h"
#include "seekcarepage.h"
#include "settingspage.h"
#include "style.h"
#include "texts.h"

#include "tightside/gui/mainwindow.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/recent.h"
#include "tightside/store/sessionstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace tightside;
using namespace tightside::gui;

class DesignTest final : public QObject
{
    Q_OBJECT

private slots:
    void contrastIsWcagsRatio();
    void theWindowStartsWithoutAStyleSheet();
    void tonesKeepAaInEveryLook();
    void themeIdsRoundTrip();
    void settingsLookAppliesAtOnceAndIsKept();
    void daysAreNeverDigitsOnly();
    void dashboardShowsTheCoursesVerdicts();
    void pickerAnswersByClickAndShowsNoneUnanswered();
    void seekCareCanBeCopiedAndSaved();
    void settingsAreGroupedInCards();
    void angleChartShowsEachSideWithItsMdcBand();
    void emphasisGrowsWhetherTheFontIsInPointsOrPixels();
};

// WCAG 2's contrast ratio, with the relative luminance from a table made at compile time (no
// pow() at start-up): the extremes and two values the WCAG techniques quote.
void DesignTest::contrastIsWcagsRatio()
{
    QCOMPARE(colours::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(colours::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(colours::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // #767676 on white is the lightest grey that passes 4.5:1 (4.54), #777777 just fails.
    QVERIFY(std::abs(colours::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.005);
    QVERIFY(colours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // Pure red on white: 4.00.
    QVERIFY(std::abs(colours::contrastRatio(QColor(0xff, 0, 0), Qt::white) - 4.00) < 0.005);
}

// Issue 21: the first style sheet starts Qt's CSS engine (about 0.6 MiB at every start), so
// nothing the window shows when it opens may use one; the banners are painted (style::Banner).
void DesignTest::theWindowStartsWithoutAStyleSheet()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(qApp->styleSheet().isEmpty());
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
        QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(QApplication::style()->inherits("QCommonStyle"));
    QVERIFY(!QApplication::style()->inherits("QStyleSheetStyle"));
}

void DesignTest::tonesKeepAaInEveryLook()
{
    const QPalette system = QApplication::palette();
    for (const auto theme : {style::Theme::Light, style::Theme::Dark, style::Theme::HighContrast}) {
        const QPalette palette = style::paletteFor(theme, system);
        const QColor ground = palette.color(QPalette::Window);
        for (const auto tone : {style::Tone::Safety, style::Tone::Caution, style::Tone::Progress,
                                style::Tone::Neutral}) {
            const QColor ink = style::ink(tone, palette);
            QVERIFY2(colours::contrastRatio(ink, ground) >= 4.5,
                     qPrintable(QStringLiteral("theme %1 tone %2: %3 on the window")
                                    .arg(style::themeId(theme))
                                    .arg(static_cast<int>(tone))
                                    .arg(colours::contrastRatio(ink, ground))));
            QVERIFY2(colours::contrastRatio(ink, style::wash(tone, palette)) >= 4.5,
                     qPrintable(QStringLiteral("theme %1 tone %2 on its wash")
                                    .arg(style::themeId(theme))
                                    .arg(static_cast<int>(tone))));
            // A banner's words (the window's text colour) on its wash.
            QVERIFY2(colours::contrastRatio(palette.color(QPalette::WindowText),
                                            style::wash(tone, palette)) >= 4.5,
                     qPrintable(QStringLiteral("theme %1 tone %2: text on its wash")
                                    .arg(style::themeId(theme))
                                    .arg(static_cast<int>(tone))));
        }
        // Left and right: marks at 3:1 on the window, and not the same colour.
        QVERIFY(colours::contrastRatio(style::leftSide(palette), ground) >= 3.0);
        QVERIFY(colours::contrastRatio(style::rightSide(palette), ground) >= 3.0);
        QVERIFY(style::leftSide(palette) != style::rightSide(palette));
        // The primary button's text on its fill.
        QVERIFY(colours::contrastRatio(palette.color(QPalette::Highlight),
                                       palette.color(QPalette::HighlightedText)) >= 4.5);
    }
}

void DesignTest::themeIdsRoundTrip()
{
    for (const auto theme : {style::Theme::System, style::Theme::Light, style::Theme::Dark,
                             style::Theme::HighContrast}) {
        QCOMPARE(style::themeFromId(style::themeId(theme)), theme);
    }
    QCOMPARE(style::themeFromId(QStringLiteral("purple")), style::Theme::System);
    QCOMPARE(style::themeFromId(QString()), style::Theme::System);
}

void DesignTest::settingsLookAppliesAtOnceAndIsKept()
{
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    const QPalette desktop = QApplication::palette();
    const QFont desktopFont = QApplication::font();
    QCOMPARE(fx.preferences.theme(), QStringLiteral("system"));
    QCOMPARE(fx.preferences.textSize(), 100);
    {
        MainWindow window(fx.services);
        // The default (follow the desktop, 100 %) changes nothing.
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        window.showPlace(MainWindow::Place::Settings);
        // The protocol problems box shows only once there is something in it.
        auto* problems = window.settingsPage()->problems();
        QVERIFY(problems->isHidden());
        const QString bad = fx.temp.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        QVERIFY(!window.settingsPage()->loadProtocol(bad));
        QVERIFY(!problems->isHidden());
        QVERIFY(!problems->toPlainText().isEmpty());
        auto* theme = window.findChild<QComboBox*>(QStringLiteral("settingsTheme"));
        auto* size = window.findChild<QComboBox*>(QStringLiteral("settingsTextSize"));
        QVERIFY(theme != nullptr && size != nullptr);
        QVERIFY(!theme->accessibleName().isEmpty());
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QVERIFY(colours::isDark(QApplication::palette()));
        QCOMPARE(fx.preferences.theme(), QStringLiteral("dark"));
        size->setCurrentIndex(size->findData(150));
        QCOMPARE(fx.preferences.textSize(), 150);
        QCOMPARE(QApplication::font().pointSizeF(), desktopFont.pointSizeF() * 1.5);
        theme->setCurrentIndex(theme->findData(QStringLiteral("contrast")));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        // Back to the desktop's own.
        theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
        size->setCurrentIndex(size->findData(100));
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        QCOMPARE(QApplication::font().pointSizeF(), desktopFont.pointSizeF());
    }
    // A new window starts in the look that was chosen.
    fx.preferences.theme.set(QStringLiteral("light"));
    {
        MainWindow window(fx.services);
        QVERIFY(!colours::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 style::paletteFor(style::Theme::Light, desktop).color(QPalette::Window));
    }
    style::applyLook(style::Theme::System, 100);
}

void DesignTest::daysAreNeverDigitsOnly()
{
    const QLocale before;
    const QDate day(2026, 12, 4);
    for (const char* name : {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES"}) {
        const QLocale locale{QString::fromLatin1(name)};
        QLocale::setDefault(locale);
        const QString text = dayText(day);
        QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("4")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("12")), qPrintable(text)); // the month is a word
        QVERIFY2(!text.contains(QLocale().dayName(5)), qPrintable(text)); // no weekday
        // A session's time: that day, then the time.
        const QString time = localTimeText("2026-12-04T12:00:00Z");
        QVERIFY2(!time.contains(QStringLiteral("12/4")) && !time.contains(QStringLiteral("4/12")),
                 qPrintable(time));
    }
    QLocale::setDefault(before);
}

void DesignTest::dashboardShowsTheCoursesVerdicts()
{
    testing::Fixture fx;
    const store::SessionStore store(fx.dataDir());
    const auto start = std::chrono::system_clock::time_point(std::chrono::seconds(1767254400));
    for (int i = 0; i < 3; ++i) {
        core::Session session = testing::sampleSession(i, start + std::chrono::hours(48) * i);
        // The quadriceps' gap shrinks from 3 to 0 at the start, pain from 6 to 2.
        session.answers.setRating(core::Region::Quadriceps, {7 - i, 4});
        session.answers.painNow = 6 - 2 * i;
        QVERIFY(store.save(session));
    }
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.resize(1366, 768);
    window.show();
    window.showPlace(MainWindow::Place::History);
    HistoryPage* history = window.historyPage();
    if (history->reloading()) {
        QSignalSpy reloaded(history, &HistoryPage::reloaded);
        QVERIFY(reloaded.wait(60000));
    }
    HistoryDashboard* dashboard = history->dashboard();
    QVERIFY(dashboard->isVisible());
    // The course as core gives it; the cards only show its verdicts.
    const auto summaries = store.summaries({});
    QVERIFY(summaries);
    const core::Course course =
        store::courseFromSummaries(store, summaries.value().sessions, l10n::utcOffsetAt);
    QVERIFY(course.pain && course.groups.at(core::indexOf(core::Region::Quadriceps)));
    const auto cards = dashboard->findChildren<style::Card*>(QStringLiteral("dashboardCard"));
    int groups = 0;
    for (const auto& group : course.groups) {
        groups += group ? 1 : 0;
    }
    QCOMPARE(cards.size(), groups + 1);
    QCOMPARE(dashboard->charts().size(), cards.size());
    QCOMPARE(dashboard->charts().front()->objectName(), QStringLiteral("dashboardChart_pain"));
    const auto badgeOf = [&](const QString& title) {
        for (style::Card* card : cards) {
            if (card->accessibleName() == title) {
                return card->findChild<style::Badge*>()->text();
            }
        }
        return QString();
    };
    QCOMPARE(badgeOf(QStringLiteral("Back pain")),
             acrossWords(course.pain->verdict, course.pain->tooFewSessions()));
    const auto& quads = *course.groups.at(core::indexOf(core::Region::Quadriceps));
    QCOMPARE(quads.verdict, core::Verdict::Better);
    QCOMPARE(badgeOf(QStringLiteral("Quadriceps")), acrossWords(quads.verdict, false));
    for (HistoryChart* chart : dashboard->charts()) {
        QVERIFY(chart->isVisible());
        QVERIFY(chart->compact());
        QVERIFY(chart->describe().startsWith(QStringLiteral("3 sessions")));
    }
    // Dashboard first, table second.
    QVERIFY(dashboard->mapTo(history, QPoint(0, 0)).y() <
            history->table()->mapTo(history, QPoint(0, 0)).y());
    // The table's dates name the month in words.
    const QString cell = history->model()->index(0, HistoryModel::Date).data().toString();
    QVERIFY2(!cell.contains(QLatin1Char('/')), qPrintable(cell));
}

void DesignTest::pickerAnswersByClickAndShowsNoneUnanswered()
{
    RatingInput input(QStringLiteral("LEFT"), QStringLiteral("Left quadriceps tightness"));
    input.resize(input.sizeHint().expandedTo(QSize(400, 0)));
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    input.setUnanswered();
    QSlider* picker = input.slider();
    // Large targets: eleven segments, each at least as wide as a line of text is high.
    QVERIFY(picker->width() / 11 >= picker->fontMetrics().height());
    QVERIFY(picker->height() >= picker->fontMetrics().height() * 2);
    // Unanswered: no segment drawn as chosen (every segment's ground is the same).
    const int segment = picker->width() / 11;
    const auto ground = [&](int value) {
        const int x = static_cast<int>((value + 0.25) * picker->width() / 11.0);
        return picker->grab().toImage().pixelColor(x, picker->height() / 2);
    };
    for (int value = 1; value <= 10; ++value) {
        QVERIFY2(ground(value) == ground(0), qPrintable(QString::number(value)));
    }
    // A click on the eighth segment answers 7, and that segment alone is filled as chosen
    // (those below it lightly tinted, those above it as before).
    QTest::mouseClick(picker, Qt::LeftButton, {},
                      QPoint(segment * 7 + segment / 2, picker->height() / 2));
    QCOMPARE(input.value(), 7);
    QVERIFY(input.answered());
    QVERIFY(ground(7) != ground(8));
    QVERIFY(ground(7) != ground(6));
    QVERIFY(ground(6) != ground(8));
    QCOMPARE(ground(9), ground(8));
    // Digit keys set it too.
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_3);
    QCOMPARE(input.value(), 3);
}

void DesignTest::seekCareCanBeCopiedAndSaved()
{
    testing::Fixture fx;
    SeekCarePage page(&fx.prompter);
    core::Plan plan;
    plan.urgency = core::Urgency::Today;
    plan.messages = {"Call the emergency number now."};
    page.showPlan(plan);
    page.show();
    // The sign is there, and the title is in the safety colour.
    auto* sign = page.findChild<QLabel*>(QStringLiteral("seekCareSign"));
    QVERIFY(sign != nullptr && !sign->pixmap().isNull());
    QVERIFY(!sign->accessibleName().isEmpty());
    const QString text = page.plainText();
    QVERIFY(text.startsWith(QStringLiteral("Please get medical help today")));
    QVERIFY(text.contains(QStringLiteral("Call the emergency number now.")));
    page.findChild<QPushButton*>(QStringLiteral("seekCareCopy"))->click();
    QCOMPARE(QApplication::clipboard()->text(), text);
    // Saved as a PDF where the person chose.
    fx.prompter.fileToSave = fx.temp.filePath(QStringLiteral("doctor.pdf"));
    page.findChild<QPushButton*>(QStringLiteral("seekCareSave"))->click();
    QVERIFY(QFileInfo(fx.prompter.fileToSave).size() > 0);
    auto* status = page.findChild<QLabel*>(QStringLiteral("seekCareStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Saved")), qPrintable(status->text()));
    // A folder that does not exist: an error, no "saved".
    QVERIFY(!page.savePdf(fx.temp.filePath(QStringLiteral("missing/doctor.pdf"))).isEmpty());
}

void DesignTest::settingsAreGroupedInCards()
{
    // Issue 26: Settings in groups (data, voice and sound, look, language, routine and
    // reminders), each a card named by its heading and holding its own fields.
    testing::Fixture fx;
    fx.preferences.welcomeAcknowledged.set(true);
    MainWindow window(fx.services);
    window.resize(1024, 600);
    window.show();
    window.showPlace(MainWindow::Place::Settings);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SettingsPage* page = window.settingsPage();
    const std::pair<const char*, const char*> groups[] = {
        {"settingsData", "Your data"},
        {"settingsVoiceSound", "Voice and sound"},
        {"settingsLook", "Look"},
        {"settingsLanguage", "Language"},
        {"settingsRoutine", "Routine and reminders"},
    };
    for (const auto& [name, title] : groups) {
        auto* card = page->findChild<style::Card*>(QString::fromLatin1(name));
        QVERIFY2(card != nullptr, name);
        QCOMPARE(card->accessibleName(), QString::fromLatin1(title));
        QCOMPARE(
            card->findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("Heading"))->text(),
            QString::fromLatin1(title));
    }
    // Each field sits in its own group.
    QVERIFY(page->findChild<style::Card*>(QStringLiteral("settingsData"))
                ->findChild<QLabel*>(QStringLiteral("settingsDataDir")) != nullptr);
    QVERIFY(
        page->findChild<style::Card*>(QStringLiteral("settingsLook"))->findChild<QComboBox*>() !=
        nullptr);
    QVERIFY(
        page->findChild<style::Card*>(QStringLiteral("settingsData"))->findChild<QComboBox*>() ==
        nullptr);
}

void DesignTest::angleChartShowsEachSideWithItsMdcBand()
{
    // Issue 23: History charts a group's measured angles per side, oldest first, with the
    // test's MDC band; angles from another test do not compare and are left out.
    const core::Protocol& protocol = core::builtinProtocol();
    const core::Group* quadriceps = protocol.group(core::Region::Quadriceps);
    QVERIFY(quadriceps != nullptr && quadriceps->measure);
    const core::MeasureTest& test = *quadriceps->measure;
    const std::size_t index = core::indexOf(core::Region::Quadriceps);
    std::vector<HistoryRow> rows(4);
    // Newest first, as History keeps them.
    rows[0].measures.at(index) = core::GroupMeasure{test.test, 121.5, 118.0};
    rows[1].measures.at(index) = core::GroupMeasure{"another_test", 10.0, 20.0};
    rows[2].measures.at(index) = core::GroupMeasure{test.test, 130.0, std::nullopt};
    rows[3].measures.at(index) = core::GroupMeasure{test.test, 128.0, 112.0};
    AngleChart chart;
    chart.setMeasures(rows, core::Region::Quadriceps, test);
    QCOMPARE(chart.points().size(), std::size_t{3});
    QCOMPARE(*chart.points().front().left, 128.0);
    QCOMPARE(*chart.points().back().right, 118.0);
    QVERIFY(!chart.points()[1].right);
    // The axis holds every point and each side's first angle plus or minus the MDC.
    const auto [low, high] = chart.range();
    QVERIFY(low <= 112.0 - test.mdcDegrees && high >= 130.0);
    QVERIFY(low > 20.0); // the other test's angles are not on it
    const QString words = chart.accessibleDescription();
    const QString lefts =
        QLocale().createSeparatedList({degreesText(128.0), degreesText(130.0), degreesText(121.5)});
    const QString rights = QLocale().createSeparatedList({degreesText(112.0), degreesText(118.0)});
    QVERIFY2(words.contains(QStringLiteral("left ") + lefts), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("right ") + rights), qPrintable(words));
    QVERIFY(words.contains(degreesText(test.mdcDegrees)));
    // A group never measured has nothing to chart.
    AngleChart none;
    none.setMeasures(rows, core::Region::Adductors,
                     *protocol.group(core::Region::Adductors)->measure);
    QVERIFY(none.empty());
}

// A desktop font given in pixels (Qt's offscreen platform, some X11 set-ups) has no point
// size, and Qt ignores setPointSizeF on it: emphasis made that way stayed at body size (the
// rating's side heading and value, the welcome text, the player's pain button...).
void DesignTest::emphasisGrowsWhetherTheFontIsInPointsOrPixels()
{
    QFont inPixels;
    inPixels.setPixelSize(12);
    QCOMPARE(style::scaledFont(inPixels, 1.5).pixelSize(), 18);
    QCOMPARE(style::scaledFont(inPixels, 0.9).pixelSize(), 11);
    QFont inPoints;
    inPoints.setPointSizeF(10);
    QCOMPARE(style::scaledFont(inPoints, 1.6).pointSizeF(), 16.0);

    const QFont before = QApplication::font();
    QApplication::setFont(inPixels);
    {
        RatingInput input(QStringLiteral("LEFT"), QStringLiteral("Left quadriceps tightness"));
        const auto* heading = input.findChild<QLabel*>(QStringLiteral("sideHeading"));
        const auto* value = input.findChild<QLabel*>(QStringLiteral("ratingValue"));
        QVERIFY(heading && value);
        QCOMPARE(QFontInfo(heading->font()).pixelSize(), 19); // 1.6x of 12, rounded
        QVERIFY(QFontInfo(value->font()).pixelSize() > 12);
    }
    QApplication::setFont(before);
}

QTEST_MAIN(DesignTest)
#include "test_design.moc"
