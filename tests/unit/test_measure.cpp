// Measured angles (clinical.md section 9): the protocol's measures, the geometry from tapped
// landmarks to degrees, and the left/right comparison.

#include "testdata.h"

#include "tightside/core/measure.h"
#include "tightside/core/progress.h"
#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <random>
#include <vector>

using namespace tightside::core;
using testdata::hasProblemAt;

namespace {

constexpr double kPi = std::numbers::pi;

double radians(double degrees)
{
    return degrees * kPi / 180.0;
}

/// A point in units of the photo's height, y downwards (before it becomes a share of the photo).
struct Xy
{
    double x = 0;
    double y = 0;
};

/// A stick figure with a known angle of `kind`, drawn upright in units of the height.
std::vector<Xy> figure(AngleKind kind, double value)
{
    switch (kind) {
    case AngleKind::ThighToLevelLine: {
        // Level line (table edge), trochanter on it, thigh `value - 90` above the line.
        const double above = radians(value - 90.0);
        const Xy trochanter{0.0, 0.0};
        return {{-0.3, 0.02},
                {0.25, 0.02},
                trochanter,
                {trochanter.x + 0.4 * std::cos(above), trochanter.y - 0.4 * std::sin(above)}};
    }
    case AngleKind::KneeFlexion:
    case AngleKind::KneeExtensionDeficit: {
        // Thigh to the left of the knee, shin turned by the inner angle 180 - value.
        const double inner = radians(180.0 - value);
        return {{-0.4, 0.0}, {0.0, 0.0}, {-0.38 * std::cos(inner), -0.38 * std::sin(inner)}};
    }
    case AngleKind::HipAbduction: {
        // Seen from above: the other ASIS to the left, the thigh `value` out from straight down.
        const double out = radians(value);
        return {{-0.3, 0.0}, {0.0, 0.0}, {0.42 * std::sin(out), 0.42 * std::cos(out)}};
    }
    }
    return {};
}

struct Photo
{
    double width = 4032;
    double height = 3024;
    /// Snap every tap to the middle of a pixel, as a mouse does.
    bool pixels = true;
};

/// Turns, mirrors and scales the figure about its middle, places it in the photo and returns
/// the taps as shares of width and height.
std::vector<PhotoPoint> place(const std::vector<Xy>& points, double turnDegrees, bool mirror,
                              double scale, const Photo& photo)
{
    const double aspect = photo.width / photo.height;
    Xy mid;
    for (const Xy& p : points) {
        mid.x += p.x / static_cast<double>(points.size());
        mid.y += p.y / static_cast<double>(points.size());
    }
    const double c = std::cos(radians(turnDegrees));
    const double s = std::sin(radians(turnDegrees));
    std::vector<PhotoPoint> out;
    for (const Xy& p : points) {
        double x = (p.x - mid.x) * scale;
        const double y = (p.y - mid.y) * scale;
        if (mirror) {
            x = -x;
        }
        const Xy turned{x * c - y * s, x * s + y * c};
        // Centre of the photo: (aspect / 2, 1 / 2) in height units.
        PhotoPoint tap{(aspect / 2 + turned.x) / aspect, 0.5 + turned.y};
        if (photo.pixels) {
            tap.x = (std::floor(tap.x * photo.width) + 0.5) / photo.width;
            tap.y = (std::floor(tap.y * photo.height) + 0.5) / photo.height;
        }
        out.push_back(tap);
    }
    return out;
}

double measured(AngleKind kind, const std::vector<PhotoPoint>& taps, const Photo& photo)
{
    const auto angle = measureAngle(kind, taps, photo.width / photo.height);
    REQUIRE(angle.has_value());
    return *angle;
}

constexpr std::array kKinds = {AngleKind::ThighToLevelLine, AngleKind::KneeFlexion,
                               AngleKind::KneeExtensionDeficit, AngleKind::HipAbduction};

} // namespace

TEST_CASE("Measure: each angle kind gives the drawn angle within 0.5 degrees", "[measure]")
{
    struct Known
    {
        AngleKind kind;
        double value;
    };
    // Values around the norms of clinical.md section 9: Thomas -11 (79 here), Ober -25 (65),
    // knee flexion 130, extension deficit 15, abduction 35.
    const std::vector<Known> cases = {
        {AngleKind::ThighToLevelLine, 79.0},     {AngleKind::ThighToLevelLine, 65.0},
        {AngleKind::ThighToLevelLine, 104.5},    {AngleKind::KneeFlexion, 130.0},
        {AngleKind::KneeFlexion, 152.3},         {AngleKind::KneeExtensionDeficit, 15.0},
        {AngleKind::KneeExtensionDeficit, 32.7}, {AngleKind::HipAbduction, 35.0},
        {AngleKind::HipAbduction, 12.4}};
    const std::vector<Photo> photos = {{4032, 3024, true},
                                       {3024, 4032, true},
                                       {640, 480, true},
                                       {480, 640, true},
                                       {1000, 1000, false}};
    for (const Known& known : cases) {
        for (const Photo& photo : photos) {
            for (const bool mirror : {false, true}) {
                for (const double turn : {0.0, 17.0, -33.0, 60.0}) {
                    INFO(angleKindId(known.kind)
                         << " " << known.value << " in " << photo.width << "x" << photo.height
                         << " turned " << turn << (mirror ? " mirrored" : ""));
                    // Fills most of the photo's shorter side.
                    const double scale = 0.9 * std::min(1.0, photo.width / photo.height);
                    const auto taps =
                        place(figure(known.kind, known.value), turn, mirror, scale, photo);
                    CHECK(measured(known.kind, taps, photo) == Approx(known.value).margin(0.5));
                }
            }
        }
    }
}

TEST_CASE("Measure: the photo's aspect matters, so a non-square photo is not distorted",
          "[measure]")
{
    // A knee bent to 90 degrees in a 4:3 photo: read as if square, the angle would be wrong.
    const Photo photo{4000, 3000, false};
    const auto taps = place(figure(AngleKind::KneeFlexion, 90.0), 30.0, false, 1.0, photo);
    CHECK(measured(AngleKind::KneeFlexion, taps, photo) == Approx(90.0).margin(0.05));
    const auto square = measureAngle(AngleKind::KneeFlexion, taps, 1.0);
    REQUIRE(square);
    CHECK(std::fabs(*square - 90.0) > 5.0);
}

TEST_CASE("Measure: above the level line reads more than 90, below less", "[measure]")
{
    // Photo upright, table edge level: thigh 10 degrees above, then 10 below.
    const std::vector<PhotoPoint> above = {
        {0.1, 0.5}, {0.9, 0.5}, {0.5, 0.5}, {0.9, 0.5 - 0.4 * std::tan(radians(10))}};
    const std::vector<PhotoPoint> below = {
        {0.1, 0.5}, {0.9, 0.5}, {0.5, 0.5}, {0.9, 0.5 + 0.4 * std::tan(radians(10))}};
    CHECK(*measureAngle(AngleKind::ThighToLevelLine, above, 1.0) == Approx(100.0));
    CHECK(*measureAngle(AngleKind::ThighToLevelLine, below, 1.0) == Approx(80.0));
    // The line tapped the other way round, or the person facing the other way: the same.
    const std::vector<PhotoPoint> reversed = {
        {0.9, 0.5}, {0.1, 0.5}, {0.5, 0.5}, {0.1, 0.5 + 0.4 * std::tan(radians(10))}};
    CHECK(*measureAngle(AngleKind::ThighToLevelLine, reversed, 1.0) == Approx(80.0));
}

TEST_CASE("Measure: hip abduction reads 0 for a thigh drawn inwards", "[measure]")
{
    const std::vector<PhotoPoint> inwards = {{0.3, 0.2}, {0.6, 0.2}, {0.5, 0.8}};
    CHECK(*measureAngle(AngleKind::HipAbduction, inwards, 1.0) == 0.0);
}

TEST_CASE("Measure: wrong counts, points outside the photo and coinciding points give nothing",
          "[measure]")
{
    const std::vector<PhotoPoint> three = {{0.2, 0.2}, {0.5, 0.5}, {0.8, 0.2}};
    CHECK_FALSE(measureAngle(AngleKind::ThighToLevelLine, three, 1.0));
    CHECK(measureAngle(AngleKind::KneeFlexion, three, 1.0));
    CHECK_FALSE(measureAngle(AngleKind::KneeFlexion, three, 0.0));
    CHECK_FALSE(measureAngle(AngleKind::KneeFlexion, three, -1.0));
    const std::vector<PhotoPoint> outside = {{0.2, 0.2}, {0.5, 1.2}, {0.8, 0.2}};
    CHECK_FALSE(measureAngle(AngleKind::KneeFlexion, outside, 1.0));
    const std::vector<PhotoPoint> same = {{0.5, 0.5}, {0.5, 0.5}, {0.8, 0.2}};
    CHECK_FALSE(measureAngle(AngleKind::KneeFlexion, same, 1.0));
    CHECK_FALSE(measureAngle(AngleKind::HipAbduction, same, 1.0));
    const std::vector<PhotoPoint> flatLine = {{0.5, 0.5}, {0.5, 0.5}, {0.2, 0.2}, {0.8, 0.2}};
    CHECK_FALSE(measureAngle(AngleKind::ThighToLevelLine, flatLine, 1.0));
}

TEST_CASE("Measure: property: any turn, mirror, scale and aspect keeps the angle", "[measure]")
{
    std::mt19937 rng(20261204);
    std::uniform_real_distribution<double> value(5.0, 175.0);
    std::uniform_real_distribution<double> abduction(0.5, 80.0);
    std::uniform_real_distribution<double> anyTurn(-180.0, 180.0);
    // Above the line means towards the top of the photo: the photo is upright within 90
    // degrees (EXIF orientation already applied), so the level-line kind is turned less.
    std::uniform_real_distribution<double> smallTurn(-80.0, 80.0);
    std::uniform_real_distribution<double> scale(0.3, 1.0);
    std::uniform_real_distribution<double> aspect(0.5, 2.0);
    std::bernoulli_distribution coin;
    for (int i = 0; i < 2000; ++i) {
        const AngleKind kind = kKinds.at(static_cast<std::size_t>(i) % kKinds.size());
        const double truth =
            roundTenth(kind == AngleKind::HipAbduction ? abduction(rng) : value(rng));
        const double turn = kind == AngleKind::ThighToLevelLine ? smallTurn(rng) : anyTurn(rng);
        const double a = aspect(rng);
        const Photo photo{1000.0 * a, 1000.0, false};
        // The figure fits the photo at any turn when scaled to at most the shorter side.
        const double s = scale(rng) * std::min(1.0, a);
        const bool mirror = coin(rng);
        INFO(angleKindId(kind) << " " << truth << " turned " << turn << " scale " << s << " aspect "
                               << a << (mirror ? " mirrored" : ""));
        const auto taps = place(figure(kind, truth), turn, mirror, s, photo);
        CHECK(measured(kind, taps, photo) == Approx(truth).margin(0.1 + 1e-9));
    }
}

TEST_CASE("Measure: angles are kept to one decimal", "[measure]")
{
    CHECK(roundTenth(12.34) == Approx(12.3));
    CHECK(roundTenth(12.35000001) == Approx(12.4));
    CHECK(roundTenth(-0.01) == 0.0);
    CHECK_FALSE(std::signbit(roundTenth(-0.01)));
    CHECK(isStoredAngle(0.0));
    CHECK(isStoredAngle(180.0));
    CHECK(isStoredAngle(128.5));
    CHECK_FALSE(isStoredAngle(128.55));
    CHECK_FALSE(isStoredAngle(-0.1));
    CHECK_FALSE(isStoredAngle(180.1));
}

TEST_CASE("Measure: the tighter side follows the test's direction and the MDC", "[measure]")
{
    MeasureTest knee;
    knee.test = "prone_knee_bend";
    knee.tighter = TighterWhen::Smaller; // less flexion is tighter
    knee.mdcDegrees = 8;
    GroupMeasure measure{"prone_knee_bend", 128.5, 139.0};
    auto gap = compareMeasured(knee, measure, Side::Left);
    REQUIRE(gap);
    CHECK(gap->gap == Approx(10.5));
    CHECK(gap->tighter == Side::Left);
    CHECK(gap->agrees);
    CHECK_FALSE(measureDisagrees(*gap, Side::Left));
    // The ratings say right: the measures disagree.
    gap = compareMeasured(knee, measure, Side::Right);
    CHECK_FALSE(gap->agrees);
    CHECK(measureDisagrees(*gap, Side::Right));
    // The ratings call it balanced, the measures find a gap of at least the MDC.
    gap = compareMeasured(knee, measure, std::nullopt);
    CHECK(gap->agrees);
    CHECK(measureDisagrees(*gap, std::nullopt));
    // Larger is tighter: the other side.
    knee.tighter = TighterWhen::Larger;
    CHECK(compareMeasured(knee, measure, Side::Right)->tighter == Side::Right);
    // A gap just below the MDC is no difference, whatever the ratings say.
    measure.right = 136.4;
    gap = compareMeasured(knee, measure, Side::Right);
    CHECK(gap->gap == Approx(7.9));
    CHECK_FALSE(gap->tighter);
    CHECK(gap->agrees);
    CHECK_FALSE(measureDisagrees(*gap, std::nullopt));
    // Exactly the MDC counts.
    measure.right = 136.5;
    CHECK(compareMeasured(knee, measure, std::nullopt)->tighter == Side::Right);
    // One side missing, or another test: nothing to compare.
    CHECK_FALSE(compareMeasured(knee, {"prone_knee_bend", 128.5, std::nullopt}, std::nullopt));
    CHECK_FALSE(compareMeasured(knee, {"ely", 128.5, 130.0}, std::nullopt));
}

TEST_CASE("Measure: the built-in protocol measures the five leg groups as clinical.md says",
          "[measure][protocol]")
{
    struct Expected
    {
        Region group;
        const char* test;
        AngleKind angle;
        TighterWhen tighter;
        double mdc;
    };
    const std::vector<Expected> expected = {
        {Region::HipFlexors, "modified_thomas", AngleKind::ThighToLevelLine, TighterWhen::Larger,
         5},
        {Region::Quadriceps, "prone_knee_bend", AngleKind::KneeFlexion, TighterWhen::Smaller, 8},
        {Region::Hamstrings, "active_knee_extension", AngleKind::KneeExtensionDeficit,
         TighterWhen::Larger, 12},
        {Region::ItBand, "modified_ober", AngleKind::ThighToLevelLine, TighterWhen::Larger, 6},
        {Region::Adductors, "supine_hip_abduction", AngleKind::HipAbduction, TighterWhen::Smaller,
         6},
    };
    for (const char* language : {"en", "de", "es", "fr"}) {
        const ProtocolLoad load = loadProtocol(testdata::builtinProtocolJson(), language);
        REQUIRE(load.problems.empty());
        for (const Expected& e : expected) {
            INFO(language << " " << regionId(e.group));
            const MeasureTest* measure = load.protocol->measure(e.group);
            REQUIRE(measure != nullptr);
            CHECK(measure->test == e.test);
            CHECK(measure->angle == e.angle);
            CHECK(measure->tighter == e.tighter);
            CHECK(measure->mdcDegrees == e.mdc);
            CHECK(measure->landmarks.size() == landmarkCount(e.angle));
            CHECK_FALSE(measure->setup.empty());
            CHECK_FALSE(measure->name.empty());
        }
        CHECK(load.protocol->measure(Region::Tfl) == nullptr);
        CHECK(load.protocol->measure(Region::Lats) == nullptr);
    }
    const ProtocolLoad german = loadProtocol(testdata::builtinProtocolJson(), "de");
    CHECK(german.protocol->measure(Region::Quadriceps)->landmarks[2].name == "der Außenknöchel");
}

TEST_CASE("Measure: a protocol without measures still loads", "[measure][protocol]")
{
    auto doc = testdata::builtinProtocolJson();
    for (auto& group : doc["groups"]) {
        group.erase("measure");
    }
    const ProtocolLoad load = loadProtocol(doc);
    CHECK(load.problems.empty());
    REQUIRE(load.protocol);
    CHECK(load.protocol->measure(Region::Quadriceps) == nullptr);
}

TEST_CASE("Measure: a bad measure is named with its pointer", "[measure][protocol]")
{
    const auto problemsFor = [](const std::function<void(nlohmann::json&)>& mutate) {
        auto doc = testdata::builtinProtocolJson();
        mutate(doc);
        return loadProtocol(doc).problems;
    };
    // groups/0 is quadriceps (knee_flexion), groups/1 hip_flexors (thigh_to_level_line).
    CHECK(hasProblemAt(problemsFor([](auto& d) { d["groups"][0]["measure"]["angle"] = "tilt"; }),
                       "/groups/0/measure/angle"));
    CHECK(
        hasProblemAt(problemsFor([](auto& d) { d["groups"][1]["measure"]["landmarks"].erase(0); }),
                     "/groups/1/measure/landmarks"));
    CHECK(hasProblemAt(problemsFor([](auto& d) { d["groups"][0]["measure"]["mdc_degrees"] = 31; }),
                       "/groups/0/measure/mdc_degrees"));
    CHECK(
        hasProblemAt(problemsFor([](auto& d) { d["groups"][0]["measure"]["tighter"] = "higher"; }),
                     "/groups/0/measure/tighter"));
    CHECK(hasProblemAt(problemsFor([](auto& d) { d["groups"][0]["measure"]["view"] = "front"; }),
                       "/groups/0/measure/view"));
    CHECK(hasProblemAt(problemsFor([](auto& d) {
                           d["groups"][1]["measure"]["test"] = d["groups"][0]["measure"]["test"];
                       }),
                       "/groups/1/measure/test"));
    CHECK(hasProblemAt(problemsFor([](auto& d) {
                           d["groups"][0]["measure"]["landmarks"][1]["id"] = "trochanter";
                       }),
                       "/groups/0/measure/landmarks/1/id"));
    CHECK(hasProblemAt(
        problemsFor([](auto& d) { d["groups"][0]["measure"]["setup"][0].erase("fr"); }),
        "/groups/0/measure/setup/0"));
    CHECK(hasProblemAt(problemsFor([](auto& d) { d["groups"][0]["measure"].erase("tighter"); }),
                       "/groups/0/measure/tighter"));
}

// --- Answers, sessions, plan and course with measures ---------------------------------------

namespace {

/// The balanced answers with quadriceps rated left 7, right 4 and measured as given.
nlohmann::json measuredAnswers(const nlohmann::json& quadriceps)
{
    auto doc = testdata::balancedAnswersJson();
    doc["ratings"]["quadriceps"] = {{"left", 7}, {"right", 4}};
    doc["measures"] = {{"quadriceps", quadriceps}};
    return doc;
}

Answers parsed(const nlohmann::json& doc)
{
    const AnswersParse parse = parseAnswers(doc, testdata::builtinProtocol());
    for (const Problem& p : parse.problems) {
        UNSCOPED_INFO(p.pointer << ": " << p.message);
    }
    REQUIRE(parse.answers);
    return *parse.answers;
}

const Step* stepFor(const Plan& plan, Region group)
{
    for (const Step& step : plan.steps) {
        if (step.group == group) {
            return &step;
        }
    }
    return nullptr;
}

std::size_t disagreements(const Plan& plan, Region group)
{
    return static_cast<std::size_t>(
        std::count_if(plan.notices.begin(), plan.notices.end(), [group](const Notice& n) {
            return n.kind == NoticeKind::MeasureDisagrees && n.groups == std::vector{group};
        }));
}

} // namespace

TEST_CASE("Measure: answers carry measures, checked against the protocol's tests", "[measure]")
{
    const Answers answers =
        parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 128.5}, {"right", 139}}));
    REQUIRE(answers.measure(Region::Quadriceps));
    CHECK(answers.measure(Region::Quadriceps)->left == 128.5);
    CHECK(answers.measure(Region::Quadriceps)->right == 139.0);
    // Either side may be missing.
    const Answers oneSide = parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 90}}));
    CHECK_FALSE(oneSide.measure(Region::Quadriceps)->right);
    // They are written back as given, and only when there are any.
    CHECK(toJson(answers)["measures"]["quadriceps"]["left"] == 128.5);
    CHECK_FALSE(toJson(testdata::balancedAnswers()).contains("measures"));
    CHECK(parsed(toJson(answers)).measures == answers.measures);

    const auto problems = [](const nlohmann::json& doc) {
        return parseAnswers(doc, testdata::builtinProtocol()).problems;
    };
    CHECK(hasProblemAt(problems(measuredAnswers({{"test", "modified_thomas"}, {"left", 90}})),
                       "/measures/quadriceps/test"));
    CHECK(hasProblemAt(problems(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 180.5}})),
                       "/measures/quadriceps/left"));
    CHECK(hasProblemAt(problems(measuredAnswers({{"test", "prone_knee_bend"}, {"right", -1}})),
                       "/measures/quadriceps/right"));
    CHECK(hasProblemAt(problems(measuredAnswers({{"test", "prone_knee_bend"}, {"right", 128.55}})),
                       "/measures/quadriceps/right"));
    CHECK(hasProblemAt(problems(measuredAnswers({{"test", "prone_knee_bend"}, {"right", "128"}})),
                       "/measures/quadriceps/right"));
    CHECK(hasProblemAt(problems(measuredAnswers({{"left", 90}})), "/measures/quadriceps/test"));
    CHECK(hasProblemAt(
        problems(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 90}, {"top", 1}})),
        "/measures/quadriceps/top"));
    auto doc = measuredAnswers({{"test", "prone_knee_bend"}, {"left", 90}});
    doc["measures"]["tfl"] = {{"test", "prone_knee_bend"}, {"left", 90}};
    CHECK(hasProblemAt(problems(doc), "/measures/tfl/test"));
    doc["measures"].erase("tfl");
    doc["measures"]["glutes"] = {{"test", "x"}, {"left", 90}};
    CHECK(hasProblemAt(problems(doc), "/measures/glutes"));
}

TEST_CASE("Measure: the plan's step carries why.measured, and the ratings still decide",
          "[measure][M2]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    const RulesEngine engine(protocol);
    const Plan unmeasured = engine.plan(parsed(measuredAnswers({{"test", "prone_knee_bend"}})));
    // Ratings: left 7, right 4, so the left is released. Measured: knee flexion left 120,
    // right 135; less flexion is tighter, so the left too, by 15 >= 8.
    Plan plan = engine.plan(
        parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 120}, {"right", 135}})));
    const Step* step = stepFor(plan, Region::Quadriceps);
    REQUIRE(step != nullptr);
    CHECK(step->side == Side::Left);
    REQUIRE(step->why.measured);
    CHECK(step->why.measured->gap == 15.0);
    CHECK(step->why.measured->mdc == 8.0);
    CHECK(step->why.measured->tighter == Side::Left);
    CHECK(step->why.measured->agrees);
    CHECK(disagreements(plan, Region::Quadriceps) == 0);
    const auto json = toJson(plan);
    const auto& measured = json["steps"][0]["why"]["measured"];
    CHECK(measured == nlohmann::json{{"test", "prone_knee_bend"},
                                     {"left", 120.0},
                                     {"right", 135.0},
                                     {"gap", 15.0},
                                     {"mdc", 8.0},
                                     {"tighter", "left"},
                                     {"agrees", true}});
    // The same plan otherwise, step for step.
    CHECK(plan.steps.size() == unmeasured.steps.size());
    CHECK(plan.steps[0].side == unmeasured.steps[0].side);

    // Measured the other way: the right is tighter by the angles; the ratings still release the
    // left, and a notice says the two disagree.
    plan = engine.plan(
        parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 135}, {"right", 120}})));
    step = stepFor(plan, Region::Quadriceps);
    REQUIRE(step != nullptr);
    CHECK(step->side == Side::Left);
    CHECK(step->why.measured->tighter == Side::Right);
    CHECK_FALSE(step->why.measured->agrees);
    CHECK(disagreements(plan, Region::Quadriceps) == 1);
    const auto notices = toJson(plan)["notices"];
    CHECK(std::count(notices.begin(), notices.end(),
                     nlohmann::json{{"kind", "measure_disagrees"},
                                    {"group", "quadriceps"},
                                    {"rules", {"M2"}}}) == 1);

    // A gap below the MDC: tighter none, agrees.
    plan = engine.plan(
        parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 130}, {"right", 125}})));
    CHECK_FALSE(stepFor(plan, Region::Quadriceps)->why.measured->tighter);
    CHECK(stepFor(plan, Region::Quadriceps)->why.measured->agrees);
    CHECK(toJson(plan)["steps"][0]["why"]["measured"]["tighter"] == "none");
    CHECK(disagreements(plan, Region::Quadriceps) == 0);
}

TEST_CASE("Measure: measuredGap is the plan's why.measured, for any page that shows it",
          "[measure]")
{
    const Answers answers =
        parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 128.5}, {"right", 139}}));
    const auto gap = measuredGap(testdata::builtinProtocol(), answers, Region::Quadriceps);
    REQUIRE(gap);
    // Rated left 7, right 4: the ratings' side is left, and the comparison is made against it.
    CHECK(*gap == *compareMeasured(*testdata::builtinProtocol().group(Region::Quadriceps)->measure,
                                   *answers.measure(Region::Quadriceps), Side::Left));
    const Plan plan = RulesEngine(testdata::builtinProtocol()).plan(answers);
    const Step* step = stepFor(plan, Region::Quadriceps);
    REQUIRE(step);
    CHECK(step->why.measured == gap);
    // A group without measures, or measured on one side only: nothing.
    CHECK_FALSE(measuredGap(testdata::builtinProtocol(), answers, Region::Adductors));
    CHECK_FALSE(measuredGap(testdata::builtinProtocol(),
                            parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 90}})),
                            Region::Quadriceps));
}

TEST_CASE("Measure: a gap of the MDC in a group the ratings call balanced is pointed out",
          "[measure][M2]")
{
    auto doc = testdata::balancedAnswersJson();
    doc["measures"] = {
        {"hamstrings", {{"test", "active_knee_extension"}, {"left", 30}, {"right", 17.5}}}};
    const RulesEngine engine(testdata::builtinProtocol());
    Plan plan = engine.plan(parsed(doc));
    CHECK(plan.status == PlanStatus::Balanced);
    CHECK(plan.steps.empty());
    CHECK(disagreements(plan, Region::Hamstrings) == 1);
    // Below the MDC of 12: nothing to say.
    doc["measures"]["hamstrings"]["right"] = 18.1;
    plan = engine.plan(parsed(doc));
    CHECK(disagreements(plan, Region::Hamstrings) == 0);
    // One side only: nothing to compare.
    doc["measures"]["hamstrings"].erase("right");
    plan = engine.plan(parsed(doc));
    CHECK(disagreements(plan, Region::Hamstrings) == 0);
}

TEST_CASE("Measure: a plan with measures reads back from a session file", "[measure]")
{
    const RulesEngine engine(testdata::builtinProtocol());
    const Plan plan = engine.plan(
        parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 135}, {"right", 120}})));
    const PlanParse back = parsePlan(toJson(plan));
    for (const Problem& p : back.problems) {
        UNSCOPED_INFO(p.pointer << ": " << p.message);
    }
    REQUIRE(back.plan);
    CHECK(back.plan->steps[0].why.measured == plan.steps[0].why.measured);
    CHECK(back.plan->notices == plan.notices);
}

TEST_CASE("Measure: sessions keep re-check measures, landmarks and photo paths", "[measure]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    Session session;
    session.id = "20261204T100000Z-0a1b2c3d";
    session.started = "2026-12-04T10:00:00Z";
    session.protocolId = protocol.id;
    session.protocolVersion = protocol.version;
    session.answers =
        parsed(measuredAnswers({{"test", "prone_knee_bend"}, {"left", 135}, {"right", 120}}));
    session.plan = RulesEngine(protocol).plan(session.answers);
    session.recheckMeasures.at(indexOf(Region::Quadriceps)) =
        GroupMeasure{"prone_knee_bend", 133.0, 131.5};
    session.measurePoints[Region::Quadriceps][Side::Left] = {{0.2, 0.5}, {0.5, 0.55}, {0.7, 0.3}};
    session.photos[Region::Quadriceps][Side::Left] = "photos/20261204T100000Z-quadriceps-left.jpg";
    const nlohmann::json doc = toJson(session);
    CHECK(doc["recheck_measures"]["quadriceps"]["right"] == 131.5);
    CHECK(doc["measure_points"]["quadriceps"]["left"][1] == nlohmann::json{0.5, 0.55});
    const SessionParse back = parseSession(doc, protocol);
    for (const Problem& p : back.problems) {
        UNSCOPED_INFO(p.pointer << ": " << p.message);
    }
    REQUIRE(back.session);
    CHECK(back.session->recheckMeasures == session.recheckMeasures);
    CHECK(back.session->measurePoints == session.measurePoints);
    CHECK(back.session->photos == session.photos);
    CHECK(toJson(*back.session) == doc);

    // Nothing of it is written for a session without measures.
    Session plain = session;
    plain.recheckMeasures = {};
    plain.measurePoints.clear();
    plain.photos.clear();
    CHECK_FALSE(toJson(plain).contains("recheck_measures"));
    CHECK_FALSE(toJson(plain).contains("measure_points"));
    CHECK_FALSE(toJson(plain).contains("photos"));

    const auto problems = [&](const std::function<void(nlohmann::json&)>& mutate) {
        nlohmann::json bad = doc;
        mutate(bad);
        return parseSession(bad, protocol).problems;
    };
    CHECK(hasProblemAt(problems([](auto& d) { d["photos"]["quadriceps"]["left"] = "../x.jpg"; }),
                       "/photos/quadriceps/left"));
    CHECK(hasProblemAt(problems([](auto& d) { d["photos"]["quadriceps"]["left"] = "/etc/passwd"; }),
                       "/photos/quadriceps/left"));
    CHECK(hasProblemAt(
        problems([](auto& d) { d["photos"]["quadriceps"]["left"] = "photos/../../x.jpg"; }),
        "/photos/quadriceps/left"));
    CHECK(hasProblemAt(
        problems([](auto& d) { d["photos"]["quadriceps"]["left"] = "photos/a/b.jpg"; }),
        "/photos/quadriceps/left"));
    CHECK(hasProblemAt(problems([](auto& d) { d["photos"]["quadriceps"]["up"] = "photos/a.jpg"; }),
                       "/photos/quadriceps/up"));
    CHECK(hasProblemAt(problems([](auto& d) {
                           d["measure_points"]["quadriceps"]["left"][0] = {1.2, 0.5};
                       }),
                       "/measure_points/quadriceps/left/0"));
    CHECK(hasProblemAt(
        problems([](auto& d) { d["measure_points"]["low_back"] = nlohmann::json::object(); }),
        "/measure_points/low_back"));
    CHECK(hasProblemAt(
        problems([](auto& d) { d["recheck_measures"]["quadriceps"]["test"] = "ober"; }),
        "/recheck_measures/quadriceps/test"));
    CHECK(isValidPhotoPath("photos/a-1_b.PNG"));
    CHECK_FALSE(isValidPhotoPath("photos/.hidden.jpg"));
    CHECK_FALSE(isValidPhotoPath("photos/a.gif"));
    CHECK_FALSE(isValidPhotoPath("photos/"));
}

TEST_CASE("Measure: the course follows the measured gap with the test's MDC", "[measure][course]")
{
    const Protocol& protocol = testdata::builtinProtocol();
    const auto session = [&](const char* started, double left, double right) {
        Session s;
        s.started = started;
        s.answers = testdata::balancedAnswers();
        s.answers.measures.at(indexOf(Region::Quadriceps)) =
            GroupMeasure{"prone_knee_bend", left, right};
        return s;
    };
    CourseBuilder builder(protocol);
    builder.add(session("2026-11-20T08:00:00Z", 120, 140)); // gap 20
    CHECK_FALSE(builder.course(std::chrono::seconds{0}).measured.at(indexOf(Region::Quadriceps)));
    builder.add(session("2026-11-27T08:00:00Z", 130, 139)); // gap 9: better by 11 >= 8
    Course course = builder.course(std::chrono::seconds{0});
    auto measured = course.measured.at(indexOf(Region::Quadriceps));
    REQUIRE(measured);
    CHECK(measured->firstGap == 20.0);
    CHECK(measured->latestGap == 9.0);
    CHECK(measured->mdc == 8.0);
    CHECK(measured->verdict == Verdict::Better);
    CHECK(toJson(course)["groups"]["quadriceps"]["measured"] ==
          nlohmann::json{
              {"first_gap", 20.0}, {"latest_gap", 9.0}, {"mdc", 8.0}, {"verdict", "better"}});
    // A later session closer than the MDC to the first: no clear change.
    builder.add(session("2026-11-29T08:00:00Z", 130, 143)); // gap 13: 7 < 8
    measured = builder.course(std::chrono::seconds{0}).measured.at(indexOf(Region::Quadriceps));
    CHECK(measured->verdict == Verdict::NoClearChange);
    // Without a protocol the builder knows no tests, and the JSON has no "measured".
    CourseBuilder plain;
    plain.add(session("2026-11-20T08:00:00Z", 120, 140));
    plain.add(session("2026-11-27T08:00:00Z", 130, 139));
    CHECK_FALSE(
        toJson(plain.course(std::chrono::seconds{0}))["groups"]["quadriceps"].contains("measured"));
}

TEST_CASE("Measure: the verdict for angles takes the test's MDC as its threshold",
          "[measure][verdict]")
{
    CHECK(verdict(20.0, 12.0, 8.0, Direction::LowerIsBetter) == Verdict::Better);
    CHECK(verdict(20.0, 12.1, 8.0, Direction::LowerIsBetter) == Verdict::NoClearChange);
    CHECK(verdict(12.0, 20.0, 8.0, Direction::LowerIsBetter) == Verdict::Worse);
    CHECK(verdict(12.0, 20.0, 8.0, Direction::HigherIsBetter) == Verdict::Better);
    CHECK(verdict(5.0, 5.0, 0.0, Direction::LowerIsBetter) == Verdict::NoClearChange);
    // The ratings' rule is unchanged.
    CHECK(verdict(4.0, 2.0) == Verdict::Better);
    CHECK(verdict(4.0, 3.0, Direction::HigherIsBetter) ==
          verdict(4.0, 3.0, Direction::HigherIsBetter));
}

TEST_CASE("Re-check measures: only groups re-checked and measured at the start, with its test",
          "[measure]")
{
    Session session;
    session.plan.recheck = {Region::Quadriceps, Region::Adductors};
    session.done.push_back(DoneStep{Region::HipFlexors, Side::Right, "press", 60});
    // Measured at the start: adductors (re-checked), hip flexors (a done step), hamstrings
    // (neither); the quadriceps were re-checked but not measured.
    session.answers.measures.at(indexOf(Region::Adductors)) =
        GroupMeasure{"supine_abduction", 30.0, 24.0};
    session.answers.measures.at(indexOf(Region::HipFlexors)) =
        GroupMeasure{"modified_thomas", 80.0, std::nullopt};
    session.answers.measures.at(indexOf(Region::Hamstrings)) =
        GroupMeasure{"active_knee_extension", 20.0, 25.0};
    CHECK(remeasureGroups(session) == std::vector<Region>{Region::Adductors, Region::HipFlexors});

    GroupMeasures after{};
    after.at(indexOf(Region::Adductors)) = GroupMeasure{"other_test", 31.5, 28.0};
    after.at(indexOf(Region::HipFlexors)) = GroupMeasure{"", std::nullopt, std::nullopt};
    after.at(indexOf(Region::Hamstrings)) = GroupMeasure{"active_knee_extension", 21.0, 22.0};
    after.at(indexOf(Region::Quadriceps)) = GroupMeasure{"prone_knee_bend", 120.0, 118.0};
    const GroupMeasures kept = recheckMeasures(session, after);
    // The adductors with the start's test id; a group with no side, a group not re-checked
    // and a group not measured at the start are left out.
    REQUIRE(kept.at(indexOf(Region::Adductors)));
    CHECK(*kept.at(indexOf(Region::Adductors)) == GroupMeasure{"supine_abduction", 31.5, 28.0});
    CHECK(!kept.at(indexOf(Region::HipFlexors)));
    CHECK(!kept.at(indexOf(Region::Hamstrings)));
    CHECK(!kept.at(indexOf(Region::Quadriceps)));
    CHECK(isEmpty(recheckMeasures(session, GroupMeasures{})));
    CHECK(remeasureGroups(Session{}).empty());
}
