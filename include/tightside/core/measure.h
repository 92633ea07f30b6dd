#pragma once

// Measured angles from a photo of a self-test (clinical.md section 9, contracts.md "Additions
// (third wave)", "Measured angles"). Qt-free: the landmark page, the engine, the course and the
// exports all take their angles and left/right comparisons from here.

#include "tightside/core/region.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::core {

inline constexpr double kMinAngle = 0.0;
inline constexpr double kMaxAngle = 180.0;

/// How the tapped landmarks become one angle. Every kind gives 0-180 degrees.
enum class AngleKind : std::uint8_t
{
    /// Four landmarks: two points on a level line (table or bed edge), the greater trochanter,
    /// the outer knee. The thigh's angle from straight down, read against the level line:
    /// 90 when the thigh lies level with the line, above 90 when it points above the line.
    /// Clinicians' signed "above the line" angle (modified Thomas, modified Ober) is this
    /// minus 90, so the stored value stays within 0-180 as contracts.md asks.
    ThighToLevelLine,
    /// Three landmarks: trochanter, outer knee, outer ankle. 180 minus the inner angle at the
    /// knee: how far the knee is bent (prone knee bend).
    KneeFlexion,
    /// The same three landmarks and the same formula, read as how far the knee stays from
    /// straight (active knee extension).
    KneeExtensionDeficit,
    /// Three landmarks: the other side's front hip point (ASIS), this side's, this side's
    /// kneecap. The thigh's angle out from the perpendicular of the ASIS line (the angle at
    /// this side's ASIS minus 90); a thigh drawn inwards reads 0.
    HipAbduction,
};

/// "thigh_to_level_line", "knee_flexion", "knee_extension_deficit", "hip_abduction".
std::string_view angleKindId(AngleKind kind);
std::optional<AngleKind> angleKindFromId(std::string_view id);
/// How many landmarks the kind needs, in tapping order.
std::size_t landmarkCount(AngleKind kind);

/// Which way a larger angle points: is the side with the larger angle the tighter one?
enum class TighterWhen : std::uint8_t
{
    Larger,
    Smaller,
};

std::string_view tighterWhenId(TighterWhen when);
std::optional<TighterWhen> tighterWhenFromId(std::string_view id);

/// Where the camera stands (for the setup drawing).
enum class CameraView : std::uint8_t
{
    Side,
    Behind,
    Above,
};

std::string_view cameraViewId(CameraView view);
std::optional<CameraView> cameraViewFromId(std::string_view id);

struct Landmark
{
    std::string id;
    /// The words a person reads ("the bony point on the outside of the hip").
    std::string name;

    bool operator==(const Landmark&) const = default;
};

/// A group's measured test, as the protocol describes it (protocol group "measure").
struct MeasureTest
{
    /// "modified_thomas"; unique within the protocol.
    std::string test;
    std::string name;
    CameraView view = CameraView::Side;
    /// In tapping order; as many as landmarkCount(angle).
    std::vector<Landmark> landmarks;
    AngleKind angle = AngleKind::KneeFlexion;
    TighterWhen tighter = TighterWhen::Larger;
    /// The smallest left/right gap (and change over time) the test tells apart.
    double mdcDegrees = 5.0;
    /// How to set up the camera and the body, a sentence each.
    std::vector<std::string> setup;

    bool operator==(const MeasureTest&) const = default;
};

/// A tapped landmark, as a share of the photo's width (x, 0 left) and height (y, 0 top).
struct PhotoPoint
{
    double x = 0;
    double y = 0;

    bool operator==(const PhotoPoint&) const = default;
};

/// Rounds to one decimal, the precision every stored angle has.
double roundTenth(double degrees);

/// True when `degrees` is an angle as contracts.md stores it: 0-180, at most one decimal.
bool isStoredAngle(double degrees);

/// The angle the landmarks give, in degrees rounded to one decimal. `aspect` is the photo's
/// width divided by its height (in pixels), so that angles are right for photos that are not
/// square. The photo is taken upright (EXIF orientation already applied): "above the line"
/// means towards the top of the photo. Nullopt when the number of points does not fit the
/// kind, a point lies outside 0-1, `aspect` is not positive, or two points that span a segment
/// coincide.
std::optional<double> measureAngle(AngleKind kind, std::span<const PhotoPoint> points,
                                   double aspect);

/// One group's measured angles (answers "measures", session "recheck_measures").
struct GroupMeasure
{
    std::string test;
    std::optional<double> left;
    std::optional<double> right;

    bool operator==(const GroupMeasure&) const = default;
};

/// Both sides compared (the plan's `why.measured`).
struct MeasuredGap
{
    std::string test;
    double left = 0;
    double right = 0;
    /// |left - right|, one decimal.
    double gap = 0;
    double mdc = 0;
    /// Nullopt ("none") when the gap is below the test's MDC.
    std::optional<Side> tighter;
    /// False only when the measured tighter side is the other side than the ratings' one.
    bool agrees = true;

    bool operator==(const MeasuredGap&) const = default;
};

/// The measured tighter side: the side whose angle lies in the test's tighter direction, when
/// the gap reaches the MDC; nullopt otherwise.
std::optional<Side> measuredTighterSide(const MeasureTest& test, double left, double right);

/// Compares both sides of one group. `ratingsTighter` is the side the ratings call tighter
/// (nullopt when they call the group balanced). Nullopt when a side is missing or the test is
/// not the group's.
std::optional<MeasuredGap> compareMeasured(const MeasureTest& test, const GroupMeasure& measure,
                                           std::optional<Side> ratingsTighter);

/// True when the measures should be pointed out next to the plan (the `measure_disagrees`
/// notice): they name the other side than the ratings, or find a gap of at least the MDC in a
/// group the ratings call balanced.
bool measureDisagrees(const MeasuredGap& gap, std::optional<Side> ratingsTighter);

} // namespace tightside::core
