#include "tightside/core/gap.h"

#include <algorithm>
#include <cstdlib>

namespace tightside::core {

int gapOf(const Rating& rating)
{
    return std::abs(rating.left - rating.right);
}

std::optional<int> gapOf(const std::optional<Rating>& rating)
{
    return rating ? std::optional<int>(gapOf(*rating)) : std::nullopt;
}

std::optional<Side> tighterSide(const Rating& rating)
{
    if (rating.left == rating.right) {
        return std::nullopt;
    }
    return rating.left > rating.right ? Side::Left : Side::Right;
}

bool gapCounts(const Rating& rating, int threshold)
{
    return gapOf(rating) >= threshold;
}

GapReading readGap(const Rating& rating, int threshold)
{
    return {gapOf(rating), tighterSide(rating), gapCounts(rating, threshold)};
}

std::optional<int> largestGap(const std::array<std::optional<Rating>, kGroupCount>& ratings)
{
    std::optional<int> largest;
    for (const auto& rating : ratings) {
        if (rating) {
            largest = std::max(largest.value_or(0), gapOf(*rating));
        }
    }
    return largest;
}

} // namespace tightside::core
