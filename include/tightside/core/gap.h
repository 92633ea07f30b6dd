#pragma once

// A group's left/right gap and what it means (M1, M2): the one place the window, the engine,
// the reports and the command line work out how far apart two sides are, which side is
// tighter and whether the gap counts. Pure functions; no Qt.

#include "tightside/core/answers.h"
#include "tightside/core/region.h"

#include <array>
#include <optional>

namespace tightside::core {

/// Left/right difference of one rating: |left - right|.
int gapOf(const Rating& rating);

/// The gap of a rating that may be missing; nullopt without one.
std::optional<int> gapOf(const std::optional<Rating>& rating);

/// The side rated tighter (the higher rating); nullopt when both sides are rated the same.
std::optional<Side> tighterSide(const Rating& rating);

/// True when the gap is at least `threshold`: a real difference, released on the tighter side
/// (M2). A gap under it counts as balanced, however high both sides are.
bool gapCounts(const Rating& rating, int threshold);

/// Everything a person is told about one pair of ratings.
struct GapReading
{
    int gap = 0;
    /// Nullopt when both sides are the same.
    std::optional<Side> tighter;
    /// gapCounts(): the tighter side is the one to release.
    bool counts = false;

    /// The side the plan releases: the tighter side when the gap counts, else nullopt.
    std::optional<Side> released() const { return counts ? tighter : std::nullopt; }
    bool operator==(const GapReading&) const = default;
};

GapReading readGap(const Rating& rating, int threshold);

/// The largest gap among the rated groups; nullopt when no group is rated.
std::optional<int> largestGap(const std::array<std::optional<Rating>, kGroupCount>& ratings);

} // namespace tightside::core
