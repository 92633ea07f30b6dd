// The course in the window (issue 15): the summary after a routine (bars, verdicts, the next
// check), the calendar file for the next check, and the plan made with the history.

#include "checkwalk.h"
#include "fakes.h"
#include "pagetext.h"

#include "activitiespage.h"
#include "cardparts.h"
#include "checkflow.h"
#include "checksession.h"
#include "coursewords.h"
#include "historychart.h"
#include "historymodel.h"
#include "lastcheckline.h"
#include "planpage.h"
#include "ratingbars.h"
#include "ratinginput.h"
#include "screeningpage.h"
#include "style.h"
#include "summarypage.h"
#include "svgview.h"
#include "texts.h"

#include "tightside/core/rulesengine.h"
#include "tightside/gui/appcontext.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/sessionstore.h"
#include "tightside/text/planwords.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tightside;
using namespace tightside::gui;

namespace {

const auto kWhen = std::chrono::system_clock::time_point(std::chrono::seconds(1795766400));

/// A window on the fixture's folder, welcome acknowledged, on the check's pain page answered.
std::unique_ptr<MainWindow> windowAfterPain(testing::Fixture& fx)
{
    fx.preferences.welcomeAcknowledged.set(true);
    auto window = std::make_unique<MainWindow>(fx.services);
    window->resize(1366, 768);
    window->show();
    CheckFlow* flow = window->checkFlow();
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(4);
    flow->next();
    return window;
}

/// A session of the fixture's store that started `daysAgo` before the fake clock's now.
void storeSessionDaysAgo(testing::Fixture& fx, int daysAgo, std::vector<core::Activity> activities)
{
    store::SessionStore store(fx.dataDir());
    core::Session session =
        testing::sampleSession(1, fx.clock.wallNow() - std::chrono::hours(24 * daysAgo));
    session.activities = std::move(activities);
    QVERIFY(store.save(session));
}

/// The wall clock a check is made at, set by the test.
class WallClock final : public Clock
{
public:
    explicit WallClock(std::chrono::system_clock::time_point wall) : m_wall(wall) {}
    std::chrono::milliseconds now() const override { return {}; }
    std::chrono::system_clock::time_point wallNow() const override { return m_wall; }

private:
    std::chrono::system_clock::time_point m_wall;
};

} // namespace

class TestCourse : public QObject
{
    Q_OBJECT

private slots:
    void summaryShowsBarsVerdictsAndTheNextCheck()
    {
        QTemporaryDir dir;
        const WallClock clock(kWhen + std::chrono::hours(2));
        CheckSession check(AppContext::builtin(dir.path()), clock);
        core::Session session = testing::sampleSession(1, kWhen); // quadriceps 7/4 -> 5/4
        check.resume(session);
        SummaryPage page;
        page.showSession(check);
        // Gap 3 -> 1: better by the one rule, said by the verdict badge and the card's words.
        const auto cards = page.findChildren<QWidget*>(QStringLiteral("summaryGroupCard"));
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards[0]->findChild<QLabel*>(QStringLiteral("summaryGroupName"))->text(),
                 QStringLiteral("Quadriceps"));
        auto* verdict = cards[0]->findChild<style::Badge*>(QStringLiteral("summaryVerdict"));
        QVERIFY(verdict != nullptr);
        QCOMPARE(verdict->text(), QStringLiteral("Better"));
        QCOMPARE(verdict->tone(), style::Tone::Progress);
        QCOMPARE(cards[0]->findChild<QLabel*>(QStringLiteral("summaryGroupText"))->text(),
                 QStringLiteral("The gap went from 3 to 1."));
        // The bars are drawn from the session's ratings, and say their numbers in words.
        auto* bars = cards[0]->findChild<RatingBars*>(QStringLiteral("summaryBars"));
        QVERIFY(bars != nullptr);
        QCOMPARE(bars->before(), std::optional<core::Rating>(core::Rating{7, 4}));
        QCOMPARE(bars->after(), (core::Rating{5, 4}));
        QCOMPARE(bars->accessibleDescription(),
                 QStringLiteral("Before the routine: left 7, right 4. After it: left 5, right 4. "
                                "Out of 10."));
        QVERIFY(bars->accessibleName().startsWith(QStringLiteral("Quadriceps")));
        const QString text = page.findChild<QLabel*>(QStringLiteral("summaryText"))->text();
        QVERIFY(text.contains(QStringLiteral("5 before, 3 after (out of 10): better")));
        QVERIFY(text.contains(QStringLiteral("your own ratings")));
        QCOMPARE(page.nextCheck(), nextCheckDate(session.started));
        QVERIFY(page.nextCheck().isValid());
        auto* calendar = page.findChild<QPushButton*>(QStringLiteral("summaryCalendar"));
        QVERIFY(calendar != nullptr);
        QVERIFY(!calendar->accessibleName().isEmpty());
        QVERIFY(calendar->focusPolicy() & Qt::TabFocus);
    }

    void summarySaysWhichGroupsWereReleasedToday()
    {
        // Issue 22, finding 2: a group only re-checked (resting, balanced) is never "better";
        // issue 26: the "released today" badges are exactly the groups a step released.
        QTemporaryDir dir;
        const WallClock clock(kWhen + std::chrono::hours(2));
        CheckSession check(AppContext::builtin(dir.path()), clock);
        core::Session session = testing::sampleSession(1, kWhen);    // quadriceps released
        session.answers.setRating(core::Region::HipFlexors, {5, 3}); // gap 2, not released
        session.plan.recheck.push_back(core::Region::HipFlexors);
        session.setRecheck(core::Region::HipFlexors, {4, 4}); // gap 0
        // The adductors (2/6) had a step, but it was skipped: nothing released.
        for (core::DoneStep& done : session.done) {
            if (done.group == core::Region::Adductors) {
                done.outcome = core::Outcome::Skipped;
            }
        }
        session.setRecheck(core::Region::Adductors, {3, 5});
        check.resume(session);
        QVERIFY(core::wasReleased(check.session(), core::Region::Quadriceps));
        QVERIFY(!core::wasReleased(check.session(), core::Region::Adductors));
        SummaryPage page;
        page.showSession(check);
        QStringList released;
        QStringList judged;
        QMap<QString, QString> words;
        for (QWidget* card : page.findChildren<QWidget*>(QStringLiteral("summaryGroupCard"))) {
            const QString name =
                card->findChild<QLabel*>(QStringLiteral("summaryGroupName"))->text();
            if (card->findChild<style::Badge*>(QStringLiteral("summaryReleased")) != nullptr) {
                released << name;
            }
            if (card->findChild<style::Badge*>(QStringLiteral("summaryVerdict")) != nullptr) {
                judged << name;
            }
            words[name] = card->findChild<QLabel*>(QStringLiteral("summaryGroupText"))->text();
        }
        QCOMPARE(words.size(), 3);
        QCOMPARE(released, QStringList{QStringLiteral("Quadriceps")});
        QCOMPARE(judged, QStringList{QStringLiteral("Quadriceps")});
        QCOMPARE(
            words.value(QStringLiteral("Hip flexors")),
            QStringLiteral("Not released today, only re-checked: the gap was 2 and is 0 now."));
        QCOMPARE(
            words.value(QStringLiteral("Adductors")),
            QStringLiteral("Not released today, only re-checked: the gap was 4 and is 2 now."));
        const QString text = testing::pageText(&page);
        QVERIFY(!text.contains(QStringLiteral("from 2 to 0")));
        // The threshold sentence gives the one rule, without the old 30%.
        QVERIFY(text.contains(QStringLiteral("A change counts only at 2 points or more.")));
        QVERIFY(!text.contains(QStringLiteral("30%")));
    }

    void historyOverviewSaysWithinAndAcrossSessions()
    {
        // Issue 22, finding 1: after one session, History said "gap 3, now 3: no clear change"
        // while the summary said better. Now: within the session, and a second check needed.
        core::CourseBuilder builder;
        builder.add(testing::sampleSession(1, kWhen)); // quadriceps 3 -> 1, pain 5 -> 3
        const QString html =
            courseOverviewHtml(builder.course(std::chrono::seconds{0}), core::builtinProtocol());
        QVERIFY2(html.contains(QStringLiteral("Within your latest session")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Quadriceps: gap 3 before, 1 after: better")));
        QVERIFY(html.contains(QStringLiteral("Back pain: 5 before, 3 after: better")));
        QVERIFY(html.contains(QStringLiteral("Across sessions")));
        QVERIFY(html.contains(QStringLiteral("Quadriceps: gap 3, now 3: needs a second check")));
        QVERIFY(!html.contains(QStringLiteral("now 3: no clear change")));

        // A check stopped by a red flag is counted, and changes nothing else.
        core::Answers flagged;
        flagged.redFlags = {"recent_fracture"};
        builder.add(core::stoppedSession(core::newSessionId(kWhen + std::chrono::hours(30), 2),
                                         flagged, core::builtinProtocol(),
                                         kWhen + std::chrono::hours(30)));
        const QString withStop =
            courseOverviewHtml(builder.course(std::chrono::seconds{0}), core::builtinProtocol());
        QVERIFY(
            withStop.contains(QStringLiteral("stopped at the screening questions by a red flag")));
        QVERIFY(withStop.contains(QStringLiteral("needs a second check")));
    }

    void lastPrecautionsAreOfferedTickedAndAskedAgain()
    {
        // Issue 22, finding 3: a blood thinner ticked last time is never silently forgotten.
        testing::Fixture fx;
        {
            store::SessionStore store(fx.dataDir());
            core::Session session =
                testing::sampleSession(1, fx.clock.wallNow() - std::chrono::hours(48));
            session.answers.precautions = {"anticoagulant"};
            QVERIFY(store.save(session));
        }
        fx.preferences.welcomeAcknowledged.set(true);
        MainWindow window(fx.services);
        window.show();
        CheckFlow* flow = window.checkFlow();
        testing::passSafetyQuestions(flow);
        flow->next();
        QCOMPARE(flow->page(), CheckFlow::Page::Precautions);
        auto* page = flow->findChild<ScreeningPage*>(QStringLiteral("pagePrecautions"));
        QVERIFY(page != nullptr);
        auto* standing = page->findChild<QLabel*>(QStringLiteral("standingPrecautions"));
        QVERIFY(standing != nullptr);
        QVERIFY(standing->isVisible());
        QVERIFY(standing->text().contains(QStringLiteral("still true")));
        QCOMPARE(page->ticked(), std::vector<std::string>{"anticoagulant"});
        QCOMPARE(flow->answers().precautions, std::vector<std::string>{"anticoagulant"});
    }

    void noPrecautionsLastTimeAsksNothingExtra()
    {
        testing::Fixture fx;
        storeSessionDaysAgo(fx, 2, {});
        fx.preferences.welcomeAcknowledged.set(true);
        MainWindow window(fx.services);
        window.show();
        CheckFlow* flow = window.checkFlow();
        testing::passSafetyQuestions(flow);
        flow->next();
        auto* page = flow->findChild<ScreeningPage*>(QStringLiteral("pagePrecautions"));
        QVERIFY(page != nullptr);
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("standingPrecautions"))->isVisible());
        QVERIFY(page->ticked().empty());
    }

    void summaryBarsSayTheirNumbersInEveryLanguage()
    {
        // One sentence per bars widget, whole in each language, with the four numbers in
        // order: before left, before right, after left, after right.
        for (const char* language : {"en", "de", "es", "fr"}) {
            l10n::install({language, language});
            const QString said = RatingBars::describe(core::Rating{7, 4}, core::Rating{5, 3});
            QRegularExpression numbers(QStringLiteral("\\d+"));
            QStringList found;
            for (const auto& match : numbers.globalMatch(said)) {
                found << match.captured();
            }
            QCOMPARE(found,
                     (QStringList{QStringLiteral("7"), QStringLiteral("4"), QStringLiteral("5"),
                                  QStringLiteral("3"), QStringLiteral("10")}));
            const QString after = RatingBars::describe(std::nullopt, core::Rating{6, 2});
            QVERIFY2(after.contains(QStringLiteral("6")) && after.contains(QStringLiteral("2")) &&
                         !after.contains(QLatin1Char('%')),
                     qPrintable(after));
        }
        l10n::install({"en", "en"});
        // The widget is as tall as its rows: two without a "before", four with one.
        RatingBars bars;
        bars.setRatings(QStringLiteral("Quadriceps"), std::nullopt, core::Rating{6, 2});
        const int two = bars.sizeHint().height();
        bars.setRatings(QStringLiteral("Quadriceps"), core::Rating{7, 4}, core::Rating{6, 2});
        QVERIFY(bars.sizeHint().height() > two);
        QCOMPARE(bars.accessibleDescription(),
                 RatingBars::describe(core::Rating{7, 4}, core::Rating{6, 2}));
    }

    void calendarFileIsValidRfc5545()
    {
        QTemporaryDir dir;
        const WallClock clock(kWhen + std::chrono::hours(2));
        CheckSession check(AppContext::builtin(dir.path()), clock);
        check.resume(testing::sampleSession(1, kWhen));
        SummaryPage page;
        page.showSession(check);
        const QString path = dir.filePath(QStringLiteral("next.ics"));
        QCOMPARE(page.writeCalendar(path), QString());
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        // A real parser reads it back: one all-day event on the next check's date.
        QProcess python;
        python.start(
            QStringLiteral(TIGHTSIDE_PYTHON),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, icalendar\n"
                            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                            "events = cal.walk('VEVENT')\n"
                            "assert len(events) == 1\n"
                            "e = events[0]\n"
                            "assert e.get('UID') and e.get('DTSTAMP')\n"
                            "print(e.decoded('DTSTART').isoformat())\n"),
             path});
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
                 page.nextCheck().toString(Qt::ISODate));
    }

    void windowPlansWithTheHistory()
    {
        // The last session's releases finished an hour before this check: they rest.
        QTemporaryDir dir;
        store::SessionStore store(dir.path());
        core::Session last = testing::sampleSession(1, kWhen);
        QVERIFY(store.save(last));
        // The course's now is the Services clock's wall time, not the system clock.
        const WallClock clock(kWhen + std::chrono::minutes(70));
        CheckSession check(AppContext::builtin(dir.path()), clock);
        core::Answers answers = last.answers;
        const core::Plan& plan = check.makePlan(answers, {});
        QVERIFY(plan.withCourse);
        // Both groups released last time rest; nothing else differs, so no routine now.
        QCOMPARE(plan.resting.size(), std::size_t{2});
        QCOMPARE(plan.resting[0].group, core::Region::Quadriceps);
        QCOMPARE(plan.resting[1].group, core::Region::Adductors);
        QVERIFY(plan.steps.empty());
        QCOMPARE(plan.recheck.size(), std::size_t{2});
        // The facts come with their sentences (text::makePlan), one per notice.
        QCOMPARE(plan.messages.size(), plan.notices.size());
        QCOMPARE(plan.notices.front().kind, core::NoticeKind::AllResting);
        QVERIFY(!plan.messages.front().empty());
    }

    void windowAndCommandLineGiveTheSamePlanAndCourse()
    {
        // Issue 22: one story. The same answers and history through the window's check and
        // through `plan --with-history` and `history --course` give the same plan and course,
        // field by field. Both speak English, as the window and the command line install it.
        l10n::install({"en", "en"});
        QTemporaryDir dir;
        store::SessionStore store(dir.path());
        for (int i = 0; i < 3; ++i) {
            core::Session session = testing::sampleSession(i, kWhen + std::chrono::hours(48 * i));
            session.plan.deferred = i == 2 ? session.plan.steps : std::vector<core::Step>{};
            QVERIFY(store.save(session));
        }
        const WallClock clock(kWhen + std::chrono::hours(48 * 2 + 20));
        CheckSession check(AppContext::builtin(dir.path()), clock);
        core::Answers answers = testing::sampleSession(9, kWhen).answers;
        answers.setRating(core::Region::Hamstrings, {7, 4});
        const nlohmann::json windowPlan = core::toJson(check.makePlan(answers, {}));
        QVERIFY(check.check().course());
        const nlohmann::json windowCourse = core::toJson(*check.check().course());

        // The command line is told the window's "now" through the answers' time.
        answers.time = core::isoUtc(clock.wallNow());
        QFile file(dir.filePath(QStringLiteral("answers.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(core::toJson(answers).dump()));
        file.close();
        const auto run = [&dir](const QStringList& arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(TIGHTSIDE_BINARY),
                          arguments + QStringList{QStringLiteral("--data-dir"), dir.path()});
            process.waitForFinished(30000);
            return nlohmann::json::parse(process.readAllStandardOutput().toStdString(), nullptr,
                                         false);
        };
        const nlohmann::json cliPlan =
            run({QStringLiteral("plan"), QStringLiteral("--with-history"),
                 QStringLiteral("--answers"), file.fileName()});
        const nlohmann::json cliCourse =
            run({QStringLiteral("history"), QStringLiteral("--course")});
        QVERIFY(cliPlan.is_object());
        QVERIFY(cliCourse.is_object());
        // The plan used the history: deferred steps first, resting groups.
        QVERIFY(windowPlan.contains("resting"));
        for (const auto& [window, cli] :
             {std::pair{&windowPlan, &cliPlan}, std::pair{&windowCourse, &cliCourse}}) {
            for (const auto& [key, value] : window->items()) {
                QVERIFY2(cli->contains(key), key.c_str());
                const nlohmann::json& other = cli->at(key);
                // Arrays item by item, so a failure names the one that differs.
                for (std::size_t i = 0; value.is_array() && i < value.size(); ++i) {
                    QVERIFY2(i < other.size() && other.at(i) == value.at(i),
                             qPrintable(QString::fromStdString(
                                 key + "[" + std::to_string(i) + "]: window " + value.at(i).dump() +
                                 ", command line " +
                                 (i < other.size() ? other.at(i).dump() : "nothing"))));
                }
                QVERIFY2(other == value,
                         qPrintable(QString::fromStdString(key + ": window " + value.dump() +
                                                           ", command line " + other.dump())));
            }
            QCOMPARE(cli->size(), window->size());
        }
    }

    void planPageSaysEachNumberOnceAndListsWhatThePlanLists()
    {
        // Issue 22, findings 5 and 7: the step's reason already gives the ratings and the gap
        // (the page does not add them again), and the balanced groups are the plan's, TFL and
        // lats included, as `plan --format text` lists them.
        core::Answers answers;
        answers.painNow = 3;
        answers.setRating(core::Region::Quadriceps, {7, 4});
        answers.setRating(core::Region::HipFlexors, {3, 3});
        answers.setRating(core::Region::Adductors, {6, 2});
        answers.setRating(core::Region::ItBand, {4, 4});
        answers.setRating(core::Region::Hamstrings, {5, 5});
        answers.setRating(core::Region::Tfl, {3, 3});
        answers.setRating(core::Region::Lats, {2, 2});
        const core::Protocol& protocol = core::builtinProtocol();
        const core::Plan plan = text::makePlan(protocol, answers);
        PlanPage page(protocol);
        page.showPlan(plan);
        // Once on each card, and not again behind "Why this step" (issue 26).
        for (auto* why : page.findChildren<Disclosure*>(QStringLiteral("planStepWhy"))) {
            why->setOpen(true);
        }
        const QString text = testing::pageText(&page);
        QCOMPARE(text.count(QStringLiteral("a gap of 3")), 1);
        QCOMPARE(text.count(QStringLiteral("a gap of 4")), 1);
        const QString cli = text::planText(plan, protocol);
        QVERIFY2(cli.contains(QStringLiteral("TFL")), qPrintable(cli));
        for (core::Region group : plan.balanced) {
            const QString name = groupName(protocol, group);
            QVERIFY2(text.contains(name, Qt::CaseInsensitive), qPrintable(name + ": " + text));
        }
        QCOMPARE(plan.balanced.size(), std::size_t{5});

        // Finding 6: the rules behind the plan are explained in plain words where they show.
        page.findChild<QCheckBox*>(QStringLiteral("planShowRules"))->setChecked(true);
        const QString rules = testing::pageText(&page);
        QVERIFY2(rules.contains(QStringLiteral("M2, only the tighter side is released")),
                 qPrintable(rules));
        QVERIFY2(rules.contains(QStringLiteral("M3, never the low back or the glutes")),
                 qPrintable(rules));
        QVERIFY(!rules.contains(QRegularExpression(QStringLiteral("M\\d+, M\\d+"))));
    }

    void planShowsOneCardPerStep()
    {
        // Issue 26: one card per step, in the plan's order, each with its side said in a word
        // on a badge, its hold in minutes and seconds, and the engine's ratings and gap.
        core::Answers answers;
        answers.painNow = 3;
        answers.setRating(core::Region::Quadriceps, {7, 4});
        answers.setRating(core::Region::HipFlexors, {3, 3});
        answers.setRating(core::Region::Adductors, {2, 6});
        answers.setRating(core::Region::ItBand, {4, 4});
        answers.setRating(core::Region::Hamstrings, {5, 5});
        const core::Protocol& protocol = core::builtinProtocol();
        const core::Plan plan = text::makePlan(protocol, answers);
        QCOMPARE(plan.steps.size(), std::size_t{2});
        PlanPage page(protocol);
        page.showPlan(plan);
        const auto cards = page.findChildren<QWidget*>(QStringLiteral("planStepCard"));
        QCOMPARE(static_cast<std::size_t>(cards.size()), plan.steps.size());
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const core::Step& step = plan.steps.at(static_cast<std::size_t>(i));
            auto* side = cards[i]->findChild<SideBadge*>(QStringLiteral("planStepSide"));
            QVERIFY(side != nullptr);
            QCOMPARE(side->side(), step.side);
            QCOMPARE(side->text(), step.side == core::Side::Left ? QStringLiteral("LEFT")
                                                                 : QStringLiteral("RIGHT"));
            QCOMPARE(cards[i]->findChild<QLabel*>(QStringLiteral("planStepTitle"))->text(),
                     QStringLiteral("%1. %2").arg(i + 1).arg(
                         capitalised(groupName(protocol, step.group))));
            QCOMPARE(cards[i]->findChild<QLabel*>(QStringLiteral("planStepRatings"))->text(),
                     QStringLiteral("You rated left %1, right %2: a gap of %3.")
                         .arg(step.why.left)
                         .arg(step.why.right)
                         .arg(step.why.gap));
            QCOMPARE(cards[i]->findChildren<SvgView*>(QStringLiteral("planStepMap")).size(), 1);
        }
        QCOMPARE(cards[0]->findChild<SideBadge*>(QStringLiteral("planStepSide"))->side(),
                 core::Side::Left); // quadriceps 7 against 4
        QCOMPARE(cards[1]->findChild<SideBadge*>(QStringLiteral("planStepSide"))->side(),
                 core::Side::Right); // adductors 2 against 6
        QCOMPARE(cards[0]->findChild<QLabel*>(QStringLiteral("planStepHold"))->text(),
                 QStringLiteral("Hold for 1 min 30 s."));
        QCOMPARE(PlanPage::holdText(45), QStringLiteral("45 s"));
        QCOMPARE(PlanPage::holdText(120), QStringLiteral("2 min"));
        QCOMPARE(PlanPage::holdText(150), QStringLiteral("2 min 30 s"));
        // The small cards: balanced and never, each once.
        QCOMPARE(page.findChildren<QWidget*>(QStringLiteral("planBalancedCard")).size(), 1);
        QCOMPARE(page.findChildren<QWidget*>(QStringLiteral("planNeverCard")).size(), 1);
        QCOMPARE(page.findChildren<QWidget*>(QStringLiteral("planDeferredCard")).size(), 0);
        // A new plan replaces the cards.
        core::Answers balanced = answers;
        balanced.setRating(core::Region::Quadriceps, {4, 4});
        balanced.setRating(core::Region::Adductors, {4, 4});
        page.showPlan(text::makePlan(protocol, balanced));
        QCOMPARE(page.findChildren<QWidget*>(QStringLiteral("planStepCard")).size(), 0);
        QVERIFY(testing::pageText(&page).contains(QStringLiteral("Nothing to release today")));
    }

    void planWhyOpensOnClickAndByKeyboard()
    {
        core::Answers answers = testing::sampleSession(1, kWhen).answers;
        const core::Protocol& protocol = core::builtinProtocol();
        const core::Plan plan = text::makePlan(protocol, answers);
        PlanPage page(protocol);
        page.resize(1024, 600);
        page.showPlan(plan);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* why = page.findChildren<Disclosure*>(QStringLiteral("planStepWhy")).value(0);
        QVERIFY(why != nullptr);
        QToolButton* toggle = why->toggle();
        // Closed at first: the reason is not on screen, and the toggle says it is closed.
        QVERIFY(!why->body()->isVisible());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Why this step"));
        QVERIFY(toggle->accessibleDescription().contains(QStringLiteral("step 1")));
        QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
        const QString detail = text::reasonDetail(plan.steps.front(), protocol);
        QVERIFY(!testing::pageText(&page).contains(detail));
        // A click opens it.
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(why->body()->isVisible());
        QVERIFY(toggle->isChecked());
        QVERIFY(why->text().startsWith(detail));
        QVERIFY(testing::pageText(&page).contains(detail));
        // Space, with the focus on the toggle, closes and opens it.
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!why->body()->isVisible());
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(why->body()->isVisible());
        // Tab reaches every card's toggle.
        QSet<QWidget*> reached;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(page.focusWidget(), Qt::Key_Tab);
            reached.insert(page.focusWidget());
        }
        for (auto* each : page.findChildren<Disclosure*>()) {
            QVERIFY2(reached.contains(each->toggle()), qPrintable(each->objectName()));
        }
    }

    void windowListsTheOptionalGroupsItRatedAsBalanced()
    {
        // Issue 22, finding 7: TFL and lats rated balanced in the window are listed as balanced
        // on the plan page, as `plan --format text` lists them for the same answers.
        testing::Fixture fx;
        auto window = windowAfterPain(fx);
        CheckFlow* flow = window->checkFlow();
        if (flow->page() == CheckFlow::Page::Activities) {
            flow->next();
        }
        while (flow->page() == CheckFlow::Page::Group) {
            if (auto* done = testing::currentPage(flow)->findChild<QCheckBox*>(
                    QStringLiteral("optionalDone"));
                done != nullptr && done->isVisible()) {
                done->setChecked(true);
            }
            testing::rateShownGroup(flow);
            flow->next();
        }
        flow->next();
        QCOMPARE(flow->page(), CheckFlow::Page::Plan);
        const core::Plan& plan = flow->plan();
        QVERIFY(std::find(plan.balanced.begin(), plan.balanced.end(), core::Region::Tfl) !=
                plan.balanced.end());
        QVERIFY(std::find(plan.balanced.begin(), plan.balanced.end(), core::Region::Lats) !=
                plan.balanced.end());
        const QString text = testing::pageText(flow->findChild<PlanPage*>());
        const QString cli = text::planText(plan, flow->check().protocol());
        for (core::Region group : plan.balanced) {
            const QString name = groupName(flow->check().protocol(), group);
            QVERIFY2(text.contains(name, Qt::CaseInsensitive), qPrintable(name + ": " + text));
            QVERIFY2(cli.contains(name, Qt::CaseInsensitive), qPrintable(name + ": " + cli));
        }
    }

    void printTodaysRoutineIsOnePagePdf()
    {
        QTemporaryDir dir;
        core::Answers answers = testing::sampleSession(1, kWhen).answers;
        PlanPage page(core::builtinProtocol());
        page.showPlan(core::RulesEngine(core::builtinProtocol()).plan(answers));
        auto* print = page.findChild<QPushButton*>(QStringLiteral("planPrint"));
        QVERIFY(print != nullptr);
        QVERIFY(!print->accessibleName().isEmpty());
        const QString path = dir.filePath(QStringLiteral("routine.pdf"));
        QCOMPARE(page.writeHandout(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(file.readAll());
        QVERIFY(pdf.startsWith(QStringLiteral("%PDF-")));
        QCOMPARE(pdf.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
    }

    void chartAxisHasTheSessionDates()
    {
        std::vector<HistoryRow> rows(2);
        rows[0].startedUtc = QStringLiteral("2026-11-20T12:00:00Z");
        rows[1].startedUtc = QStringLiteral("2026-11-27T12:00:00Z");
        for (HistoryRow& row : rows) {
            row.before.at(core::indexOf(core::Region::Quadriceps)) = core::Rating{7, 4};
        }
        HistoryChart chart;
        chart.setRows(&rows);
        chart.setSeries(core::Region::Quadriceps, QStringLiteral("quadriceps"));
        const auto [first, last] = chart.dateRange();
        QCOMPARE(first,
                 QDateTime::fromString(rows[0].startedUtc, Qt::ISODate).toLocalTime().date());
        QCOMPARE(last, QDateTime::fromString(rows[1].startedUtc, Qt::ISODate).toLocalTime().date());
        // A group no session rated has no dates to show.
        chart.setSeries(core::Region::Lats, QStringLiteral("lats"));
        QVERIFY(!chart.dateRange().first.isValid());
    }

    void overviewWordsTheCourse()
    {
        core::CourseBuilder builder;
        builder.add(testing::sampleSession(1, kWhen));
        core::Session later = testing::sampleSession(2, kWhen + std::chrono::hours(72));
        later.answers.setRating(core::Region::Quadriceps, {5, 4});
        builder.add(later);
        const core::Course course = builder.course(std::chrono::seconds{0});
        // English as the window installs it: the plural forms come from tightside_en.ts.
        l10n::install({"en", "en"});
        const QString html = courseOverviewHtml(course, core::builtinProtocol());
        QVERIFY(html.contains(QStringLiteral("so far (your ratings): 2 sessions.")));
        QVERIFY(html.contains(QStringLiteral("gap 3, now 1: better")));
        QCOMPARE(lastCheckWords(course, 3), QStringLiteral("Your last check was 3 days ago."));
        QCOMPARE(lastCheckWords(course, 1), QStringLiteral("Your last check was 1 day ago."));
        QCOMPARE(lastCheckWords(course, 0), QStringLiteral("Your last check was today."));
        // A clock set back before the last check still reads as today.
        QCOMPARE(lastCheckWords(course, -2), QStringLiteral("Your last check was today."));
    }

    // The line at the start of a check dates the last check and the next one in local time:
    // a check at 20:00 in Los Angeles is already the next day in UTC.
    void lastCheckLineUsesLocalDates()
    {
        // POSIX "PST8": eight hours behind UTC, no summer time, no time zone database needed.
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "PST8");
        tzset();
        const auto restore = qScopeGuard([&oldTz] {
            if (oldTz.isEmpty()) {
                qunsetenv("TZ");
            } else {
                qputenv("TZ", oldTz);
            }
            tzset();
        });
        l10n::install({"en", "en"});
        QTemporaryDir dir;
        const auto started = *core::parseIsoUtc("2026-11-25T04:00:00Z"); // 24 Nov, 20:00 local
        store::SessionStore store(dir.path());
        QVERIFY(store.save(testing::sampleSession(1, started)));

        // 25 Nov, 22:00 local: one local day later, though only 26 hours have passed.
        const WallClock clock(started + std::chrono::hours(26));
        CheckSession check(AppContext::builtin(dir.path()), clock);
        LastCheckLine line(check);
        const QString text = line.text();
        QVERIFY2(text.contains(QStringLiteral("Your last check was 1 day ago.")), qPrintable(text));
        // Two days after 24 Nov is 26 Nov; read in UTC it would have been the 27th.
        const QString next = QLocale().toString(QDate(2026, 11, 26), QLocale::LongFormat);
        QVERIFY2(text.contains(next), qPrintable(text));
    }

    void activitiesPageStartsUnratedOffersLastNamesAndSkips()
    {
        ActivitiesPage page;
        page.offer({{"putting on socks", 6}});
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("activityName1"));
        auto* score = page.findChild<QSlider*>(QStringLiteral("activityScore1"));
        auto* value = page.findChild<QLabel*>(QStringLiteral("activityValue1"));
        QCOMPARE(name->text(), QStringLiteral("putting on socks"));
        // Last week's 6 is not today's answer: unrated, and a name without a rating waits.
        QCOMPARE(value->text(), QStringLiteral("Not rated yet"));
        QVERIFY(page.activities().empty());
        QVERIFY(!page.ready());
        QVERIFY(!page.notReadyHint().isEmpty());
        // Home on a slider at 0 is an answer: 0, given.
        score->setFocus();
        QTest::keyClick(score, Qt::Key_Home);
        QCOMPARE(page.activities(), (std::vector<core::Activity>{{"putting on socks", 0}}));
        QTest::keyClick(score, Qt::Key_7);
        auto* second = page.findChild<QLineEdit*>(QStringLiteral("activityName2"));
        QTest::keyClicks(second, QStringLiteral("  sitting through a film "));
        QVERIFY(!page.ready()); // named, not rated
        QTest::keyClick(page.findChild<QSlider*>(QStringLiteral("activityScore2")), Qt::Key_3);
        QVERIFY(page.ready());
        QCOMPARE(page.activities(), (std::vector<core::Activity>{{"putting on socks", 7},
                                                                 {"sitting through a film", 3}}));
        // The same name twice waits, by the core's rule.
        second->setText(QStringLiteral("putting on socks"));
        QVERIFY(!page.ready());
        // Every control is reachable by Tab and named; the skip says what it does.
        for (QWidget* control : page.findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(control) || qobject_cast<QSlider*>(control) ||
                qobject_cast<QPushButton*>(control)) {
                QVERIFY2(control->focusPolicy() & Qt::TabFocus, qPrintable(control->objectName()));
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
            }
        }
        auto* skip = page.findChild<QPushButton*>(QStringLiteral("skipActivities"));
        QCOMPARE(skip->accessibleName(), QStringLiteral("Skip this week"));
        QSignalSpy skipped(&page, &ActivitiesPage::skipRequested);
        skip->click();
        QCOMPARE(skipped.count(), 1);
    }

    void checkAsksActivitiesWhenDueAndSavesThem()
    {
        testing::Fixture fx;
        storeSessionDaysAgo(fx, 7, {{"putting on socks", 4}}); // exactly a week: due
        auto window = windowAfterPain(fx);
        CheckFlow* flow = window->checkFlow();
        QCOMPARE(flow->page(), CheckFlow::Page::Activities);
        auto* name = flow->findChild<QLineEdit*>(QStringLiteral("activityName1"));
        QCOMPARE(name->text(), QStringLiteral("putting on socks"));
        QVERIFY(!flow->findChild<QPushButton*>(QStringLiteral("navNext"))->isEnabled());
        QTest::keyClick(flow->findChild<QSlider*>(QStringLiteral("activityScore1")), Qt::Key_6);
        flow->next();
        QCOMPARE(flow->page(), CheckFlow::Page::Group);
        flow->back();
        QCOMPARE(flow->page(), CheckFlow::Page::Activities); // Back keeps the answer
        flow->next();
        while (flow->page() != CheckFlow::Page::Plan) {
            testing::rateShownGroup(flow);
            flow->next();
        }
        flow->next(); // the routine starts; the session holds today's activities
        QCOMPARE(flow->session().activities,
                 (std::vector<core::Activity>{{"putting on socks", 6}}));
    }

    void checkSkipsActivitiesWithinAWeekOrWhenSkipped()
    {
        {
            testing::Fixture fx;
            storeSessionDaysAgo(fx, 3, {{"putting on socks", 4}}); // rated 3 days ago
            auto window = windowAfterPain(fx);
            QCOMPARE(window->checkFlow()->page(), CheckFlow::Page::Group);
        }
        testing::Fixture fx; // never rated: asked, and "Skip this week" records nothing
        auto window = windowAfterPain(fx);
        CheckFlow* flow = window->checkFlow();
        QCOMPARE(flow->page(), CheckFlow::Page::Activities);
        QTest::keyClicks(flow->findChild<QLineEdit*>(QStringLiteral("activityName1")),
                         QStringLiteral("walking"));
        QTest::keyClick(flow->findChild<QSlider*>(QStringLiteral("activityScore1")), Qt::Key_5);
        flow->findChild<QPushButton*>(QStringLiteral("skipActivities"))->click();
        QCOMPARE(flow->page(), CheckFlow::Page::Group);
        while (flow->page() != CheckFlow::Page::Plan) {
            testing::rateShownGroup(flow);
            flow->next();
        }
        flow->next();
        QVERIFY(flow->session().activities.empty());
        // The skip is remembered (a time, no answer): two days on, not asked again.
        QCOMPARE(fx.preferences.activitiesSkipped.get(),
                 QString::fromStdString(core::isoUtc(fx.clock.wallNow())));
        window.reset();
        fx.clock.advance(std::chrono::hours(48));
        auto again = windowAfterPain(fx);
        QCOMPARE(again->checkFlow()->page(), CheckFlow::Page::Group);
    }

    void overviewShowsEachActivityFirstLatestAndVerdict()
    {
        core::CourseBuilder builder;
        core::Session first = testing::sampleSession(1, kWhen);
        first.activities = {{"putting on socks", 4}, {"sitting through a film", 6}};
        core::Session later = testing::sampleSession(2, kWhen + std::chrono::hours(24 * 7));
        later.activities = {{"putting on socks", 7}, {"sitting through a film", 5}};
        builder.add(first);
        builder.add(later);
        const QString html =
            courseOverviewHtml(builder.course(std::chrono::seconds{0}), core::builtinProtocol());
        QVERIFY(html.contains(QStringLiteral("What matters to you")));
        QVERIFY(html.contains(QStringLiteral("putting on socks: 4, now 7: better")));
        QVERIFY(html.contains(QStringLiteral("sitting through a film: 6, now 5: no clear change")));
        QVERIFY(html.contains(QStringLiteral("your first and latest rating")));
        // Without activities the part is left out.
        core::CourseBuilder plain;
        plain.add(testing::sampleSession(1, kWhen));
        QVERIFY(!courseOverviewHtml(plain.course(std::chrono::seconds{0}), core::builtinProtocol())
                     .contains(QStringLiteral("What matters")));
    }
};

QTEST_MAIN(TestCourse)
#include "test_course.moc"
