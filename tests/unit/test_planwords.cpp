// The words of a plan (tightside_text): one formatter turns the engine's facts into sentences
// that read like a person explaining, with the rule ids left in the data.

#include "testdata.h"

#include "tightside/core/rulesengine.h"
#include "tightside/text/planwords.h"

#include <catch2/catch.hpp>

using namespace tightside::core;
using tightside::text::fillWords;
using tightside::text::makePlan;
using tightside::text::noticeText;
using tightside::text::reasonDetail;
using tightside::text::reasonText;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

Step quadStep()
{
    Step step;
    step.group = Region::Quadriceps;
    step.side = Side::Left;
    step.technique = "quad-roll";
    step.seconds = 90;
    step.rules = {"M1", "M2"};
    step.why.rules = step.rules;
    step.why.left = 7;
    step.why.right = 4;
    step.why.gap = 3;
    step.why.threshold = 2;
    step.why.hold = 90;
    return step;
}

} // namespace

TEST_CASE("Words: a step's reason names the side, the ratings and the gap, no rule id", "[words]")
{
    const std::string reason = reasonText(quadStep(), testdata::builtinProtocol()).toStdString();
    CHECK(reason.rfind("Left quadriceps (front of the thigh), 90 s: you rated left 7 and right "
                       "4, a gap of 3.",
                       0) == 0);
    CHECK(contains(reason, "only the tighter side is released"));
    CHECK(contains(reason, "That is the usual hold."));
    CHECK_FALSE(contains(reason, "(M"));
    CHECK_FALSE(contains(reason, "M1"));
}

TEST_CASE("Words: a step's detail is its reason without the ratings and the gap", "[words]")
{
    // The plan page shows the ratings and the gap on the card and the detail behind "Why this
    // step": each number once.
    Step step = quadStep();
    step.why.fromDeferred = true;
    const QString reason = reasonText(step, testdata::builtinProtocol());
    const QString detail = reasonDetail(step, testdata::builtinProtocol());
    CHECK(reason.endsWith(QLatin1Char(' ') + detail));
    CHECK(detail.startsWith(QStringLiteral("A gap of 2 or more is a real difference")));
    CHECK_FALSE(detail.contains(QStringLiteral("you rated")));
    CHECK_FALSE(detail.contains(QStringLiteral("a gap of 3")));
    CHECK(detail.contains(QStringLiteral("did not fit in the time you had last session")));
}

TEST_CASE("Words: the causes of a gentle hold are named", "[words]")
{
    Step step = quadStep();
    step.why.flareUp = true;
    step.why.precautions = {"varicose_veins", "anticoagulant"};
    const std::string reason = reasonText(step, testdata::builtinProtocol()).toStdString();
    CHECK(contains(reason, "gentle because of your flare-up and your screening answers "
                           "(varicose veins and anticoagulant)."));
    step.why.flareUp = false;
    step.why.precautions = {"osteoporosis"};
    CHECK(reasonText(step, testdata::builtinProtocol())
              .contains(QStringLiteral("screening answers (osteoporosis).")));
}

TEST_CASE("Words: a deferred step says it comes first next time", "[words][M9]")
{
    Step step = quadStep();
    step.why.deferredMinutes = 1;
    CHECK(reasonText(step, testdata::builtinProtocol())
              .endsWith(QStringLiteral("It did not fit in today's one minute, so it comes first "
                                       "next time.")));
    step.why.deferredMinutes = 4;
    CHECK(reasonText(step, testdata::builtinProtocol())
              .contains(QStringLiteral("today's 4 minutes")));
}

TEST_CASE("Words: counts read right for one and for many", "[words]")
{
    Notice notice;
    notice.kind = NoticeKind::Deferred;
    notice.count = 1;
    notice.minutes = 5;
    CHECK(noticeText(notice, testdata::builtinProtocol()) ==
          QStringLiteral("One step does not fit in your 5 minutes today; it comes first next "
                         "time."));
    notice.count = 3;
    CHECK(noticeText(notice, testdata::builtinProtocol()) ==
          QStringLiteral("3 steps do not fit in your 5 minutes today; they come first next "
                         "time."));
}

TEST_CASE("Words: every notice kind has a sentence without a rule id", "[words]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    for (int k = 0; k <= static_cast<int>(NoticeKind::MeasureDisagrees); ++k) {
        Notice notice;
        notice.kind = static_cast<NoticeKind>(k);
        notice.id = "recent_fracture";
        notice.groups = {Region::Quadriceps, Region::ItBand, Region::Hamstrings};
        notice.count = 2;
        notice.minutes = 3;
        notice.threshold = 2;
        notice.seconds = 45;
        notice.discomfortMax = 3;
        INFO(noticeKindId(notice.kind));
        const QString text = noticeText(notice, protocol);
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(QStringLiteral("(M")));
        CHECK(noticeKindFromId(noticeKindId(notice.kind)) == notice.kind);
    }
    Notice list;
    list.kind = NoticeKind::LeftOut;
    list.groups = {Region::Quadriceps, Region::ItBand, Region::Hamstrings};
    CHECK(noticeText(list, protocol) ==
          QStringLiteral("Left out today because of your screening answers: quadriceps, IT band "
                         "and hamstrings."));
}

TEST_CASE("Words: fillWords writes one message per notice, in order", "[words]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.acuteFlareUp = true;
    Plan plan = RulesEngine(testdata::builtinProtocol()).plan(answers);
    CHECK(plan.messages.empty());
    CHECK(plan.steps.front().reason.empty());
    fillWords(plan, testdata::builtinProtocol());
    REQUIRE(plan.messages.size() == plan.notices.size());
    for (std::size_t i = 0; i < plan.notices.size(); ++i) {
        CHECK(plan.messages[i] ==
              noticeText(plan.notices[i], testdata::builtinProtocol()).toStdString());
    }
    CHECK(plan.steps.front().reason ==
          reasonText(plan.steps.front(), testdata::builtinProtocol()).toStdString());
    CHECK(plan == makePlan(testdata::builtinProtocol(), answers));
}

TEST_CASE("Words: a plan from an old session file keeps its stored messages", "[words]")
{
    Plan plan;
    plan.messages = {"An old sentence (M2)."};
    fillWords(plan, testdata::builtinProtocol());
    CHECK(plan.messages == std::vector<std::string>{"An old sentence (M2)."});
}

TEST_CASE("Words: the text plan lists steps, the balanced groups and the messages", "[words]")
{
    auto answers = testdata::balancedAnswers();
    answers.setRating(Region::Quadriceps, {7, 4});
    answers.setRating(Region::Tfl, {3, 3});
    const Plan plan = makePlan(testdata::builtinProtocol(), answers);
    const std::string text =
        tightside::text::planText(plan, testdata::builtinProtocol()).toStdString();
    CHECK(contains(text, "1. LEFT quadriceps, 90 s: "));
    CHECK(contains(text, "Balanced today: hip flexors, adductors, IT band, hamstrings, TFL\n"));
    CHECK(contains(text, "* " + plan.messages.back() + "\n"));
    CHECK_FALSE(contains(text, "(M"));
}

TEST_CASE("Words: measured angles read as a sentence, with a suggestion when they disagree",
          "[words][measure]")
{
    using tightside::text::measuredText;
    MeasuredGap measured;
    measured.test = "prone_knee_bend";
    measured.left = 118.5;
    measured.right = 131.0;
    measured.gap = 12.5;
    measured.mdc = 8;
    measured.tighter = Side::Right;
    CHECK(measuredText(measured) ==
          QStringLiteral("Your measured angles: your right side is tighter by 12.5° (this test "
                         "tells apart 8° or more)."));
    measured.tighter = Side::Left;
    measured.gap = 12;
    CHECK(measuredText(measured) ==
          QStringLiteral("Your measured angles: your left side is tighter by 12° (this test "
                         "tells apart 8° or more)."));
    measured.agrees = false;
    CHECK(measuredText(measured).endsWith(
        QStringLiteral("Your ratings point to the other side, so test both sides again, set up "
                       "the same way, before you trust either.")));
    measured.tighter.reset();
    measured.agrees = true;
    CHECK(measuredText(measured) ==
          QStringLiteral("Your measured angles show no difference this test can tell apart (it "
                         "tells apart 8° or more)."));
    // The step's reason carries it; without measures it stays as it was.
    Step step = quadStep();
    const QString plain = reasonText(step, testdata::builtinProtocol());
    CHECK_FALSE(plain.contains(QStringLiteral("measured")));
    step.why.measured = measured;
    CHECK(reasonText(step, testdata::builtinProtocol()).endsWith(measuredText(measured)));
    Notice notice;
    notice.kind = NoticeKind::MeasureDisagrees;
    notice.groups = {Region::Hamstrings};
    CHECK(noticeText(notice, testdata::builtinProtocol()) ==
          QStringLiteral("Your measured angles for the hamstrings do not match your ratings. "
                         "Test both sides again when you can; today's plan follows your "
                         "ratings."));
}
