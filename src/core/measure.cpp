#include "tightside/core/measure.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>

namespace tightside::core {
namespace {

constexpr double kAngleTolerance = 1e-9;
constexpr double kRightAngle = 90.0;
constexpr double kStraight = 180.0;
constexpr double kTenths = 10.0;

constexpr std::array<std::pair<AngleKind, std::string_view>, 4> kAngleKinds{{
    {AngleKind::ThighToLevelLine, "thigh_to_level_line"},
    {AngleKind::KneeFlexion, "knee_flexion"},
    {AngleKind::KneeExtensionDeficit, "knee_extension_deficit"},
    {AngleKind::HipAbduction, "hip_abduction"},
}};

constexpr std::array<std::pair<CameraView, std::string_view>, 3> kViews{{
    {CameraView::Side, "side"},
    {CameraView::Behind, "behind"},
    {CameraView::Above, "above"},
}};

template <typename Enum, std::size_t N>
std::string_view idOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [key, id] : table) {
        if (key == value) {
            return id;
        }
    }
    return table[0].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<std::pair<Enum, std::string_view>, N>& table,
                           std::string_view id)
{
    for (const auto& [key, name] : table) {
        if (name == id) {
            return key;
        }
    }
    return std::nullopt;
}

/// A point in units of the photo's height, so that both axes have the same scale.
struct Vec
{
    double x = 0;
    double y = 0;
};

Vec toVec(PhotoPoint point, double aspect)
{
    return {point.x * aspect, point.y};
}

Vec minus(Vec a, Vec b)
{
    return {a.x - b.x, a.y - b.y};
}

double dot(Vec a, Vec b)
{
    return a.x * b.x + a.y * b.y;
}

double cross(Vec a, Vec b)
{
    return a.x * b.y - a.y * b.x;
}

double length(Vec a)
{
    return std::hypot(a.x, a.y);
}

double degrees(double radians)
{
    return radians * kStraight / std::numbers::pi;
}

/// The angle between two segments from a common point, 0-180.
double innerAngle(Vec a, Vec b)
{
    return degrees(std::atan2(std::fabs(cross(a, b)), dot(a, b)));
}

/// The thigh's angle from straight down against the level line (AngleKind::ThighToLevelLine).
double thighToLine(Vec line, Vec thigh)
{
    // The line is followed in the direction the thigh points, so the photo may show the
    // person facing either way (left and right legs are photographed from opposite sides).
    if (dot(line, thigh) < 0) {
        line = {-line.x, -line.y};
    }
    const double len = length(line);
    const Vec along{line.x / len, line.y / len};
    // "Above" is the side of the line towards the top of the photo (y grows downwards).
    Vec up{along.y, -along.x};
    if (up.y > 0) {
        up = {-up.x, -up.y};
    }
    const double above = degrees(std::atan2(dot(thigh, up), dot(thigh, along)));
    return kRightAngle + above;
}

bool inPhoto(PhotoPoint point)
{
    return std::isfinite(point.x) && std::isfinite(point.y) && point.x >= 0 && point.x <= 1 &&
           point.y >= 0 && point.y <= 1;
}

} // namespace

std::string_view angleKindId(AngleKind kind)
{
    return idOf(kAngleKinds, kind);
}

std::optional<AngleKind> angleKindFromId(std::string_view id)
{
    return fromId(kAngleKinds, id);
}

std::size_t landmarkCount(AngleKind kind)
{
    return kind == AngleKind::ThighToLevelLine ? 4 : 3;
}

std::string_view tighterWhenId(TighterWhen when)
{
    return when == TighterWhen::Larger ? "larger" : "smaller";
}

std::optional<TighterWhen> tighterWhenFromId(std::string_view id)
{
    if (id == "larger") {
        return TighterWhen::Larger;
    }
    if (id == "smaller") {
        return TighterWhen::Smaller;
    }
    return std::nullopt;
}

std::string_view cameraViewId(CameraView view)
{
    return idOf(kViews, view);
}

std::optional<CameraView> cameraViewFromId(std::string_view id)
{
    return fromId(kViews, id);
}

double roundTenth(double degrees)
{
    const double rounded = std::round(degrees * kTenths) / kTenths;
    return rounded == 0.0 ? 0.0 : rounded; // never "-0"
}

bool isStoredAngle(double degrees)
{
    return std::isfinite(degrees) && degrees >= kMinAngle && degrees <= kMaxAngle &&
           std::fabs(degrees * kTenths - std::round(degrees * kTenths)) < 1e-6;
}

std::optional<double> measureAngle(AngleKind kind, std::span<const PhotoPoint> points,
                                   double aspect)
{
    if (points.size() != landmarkCount(kind) || !std::isfinite(aspect) || aspect <= 0 ||
        !std::all_of(points.begin(), points.end(), inPhoto)) {
        return std::nullopt;
    }
    std::vector<Vec> p;
    p.reserve(points.size());
    for (const PhotoPoint point : points) {
        p.push_back(toVec(point, aspect));
    }
    double angle = 0;
    switch (kind) {
    case AngleKind::ThighToLevelLine: {
        const Vec line = minus(p[1], p[0]);
        const Vec thigh = minus(p[3], p[2]);
        if (length(line) < kAngleTolerance || length(thigh) < kAngleTolerance) {
            return std::nullopt;
        }
        angle = thighToLine(line, thigh);
        break;
    }
    case AngleKind::KneeFlexion:
    case AngleKind::KneeExtensionDeficit: {
        const Vec thigh = minus(p[0], p[1]);
        const Vec shin = minus(p[2], p[1]);
        if (length(thigh) < kAngleTolerance || length(shin) < kAngleTolerance) {
            return std::nullopt;
        }
        angle = kStraight - innerAngle(thigh, shin);
        break;
    }
    case AngleKind::HipAbduction: {
        const Vec pelvis = minus(p[0], p[1]);
        const Vec thigh = minus(p[2], p[1]);
        if (length(pelvis) < kAngleTolerance || length(thigh) < kAngleTolerance) {
            return std::nullopt;
        }
        angle = std::max(0.0, innerAngle(pelvis, thigh) - kRightAngle);
        break;
    }
    }
    return roundTenth(std::clamp(angle, kMinAngle, kMaxAngle));
}

std::optional<Side> measuredTighterSide(const MeasureTest& test, double left, double right)
{
    const double gap = roundTenth(std::fabs(left - right));
    if (gap < test.mdcDegrees - kAngleTolerance) {
        return std::nullopt;
    }
    const bool leftLarger = left > right;
    const bool larger = test.tighter == TighterWhen::Larger;
    return leftLarger == larger ? Side::Left : Side::Right;
}

std::optional<MeasuredGap> compareMeasured(const MeasureTest& test, const GroupMeasure& measure,
                                           std::optional<Side> ratingsTighter)
{
    if (measure.test != test.test || !measure.left || !measure.right) {
        return std::nullopt;
    }
    MeasuredGap out;
    out.test = test.test;
    out.left = *measure.left;
    out.right = *measure.right;
    out.gap = roundTenth(std::fabs(out.left - out.right));
    out.mdc = test.mdcDegrees;
    out.tighter = measuredTighterSide(test, out.left, out.right);
    out.agrees = !(out.tighter && ratingsTighter && *out.tighter != *ratingsTighter);
    return out;
}

bool measureDisagrees(const MeasuredGap& gap, std::optional<Side> ratingsTighter)
{
    return !gap.agrees || (!ratingsTighter && gap.tighter.has_value());
}

} // namespace tightside::core
