#include "tightside/core/region.h"

namespace tightside::core {
namespace {

struct RegionInfo
{
    std::string_view id;
    std::string_view name;
};

// The one table that maps region enums to their JSON ids and their words.
constexpr std::array<RegionInfo, kRegionCount> kRegions = {{
    {"quadriceps", "quadriceps"},
    {"hip_flexors", "hip flexors"},
    {"adductors", "adductors"},
    {"it_band", "IT band"},
    {"hamstrings", "hamstrings"},
    {"tfl", "TFL"},
    {"lats", "lats"},
    {"low_back", "low back"},
    {"glutes", "glutes"},
    {"spine", "spine"},
    {"lower_ribs", "lower ribs"},
}};

} // namespace

std::string_view regionId(Region region)
{
    return kRegions.at(indexOf(region)).id;
}

std::string_view regionName(Region region)
{
    return kRegions.at(indexOf(region)).name;
}

std::optional<Region> regionFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kRegions.size(); ++i) {
        if (kRegions.at(i).id == id) {
            return static_cast<Region>(i);
        }
    }
    return std::nullopt;
}

std::string_view sideId(Side side)
{
    return side == Side::Left ? "left" : "right";
}

std::optional<Side> sideFromId(std::string_view id)
{
    if (id == "left") {
        return Side::Left;
    }
    if (id == "right") {
        return Side::Right;
    }
    return std::nullopt;
}

} // namespace tightside::core
