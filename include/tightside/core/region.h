#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tightside::core {

/// Every body region the app knows. The first seven are muscle groups that may be rated and
/// released; the last four are never-targets (method rule M3) that no step may ever touch.
enum class Region : std::uint8_t
{
    Quadriceps,
    HipFlexors,
    Adductors,
    ItBand,
    Hamstrings,
    Tfl,
    Lats,
    LowBack,
    Glutes,
    Spine,
    LowerRibs,
};

inline constexpr std::size_t kRegionCount = 11;
/// Groups that can be rated: the five primary leg groups, then TFL and lats.
inline constexpr std::size_t kGroupCount = 7;

/// The five primary leg groups every protocol must define (M1).
inline constexpr std::array<Region, 5> kPrimaryGroups = {
    Region::Quadriceps, Region::HipFlexors, Region::Adductors, Region::ItBand, Region::Hamstrings};

/// M3: regions no routine may ever target, in the order the plan lists them.
inline constexpr std::array<Region, 4> kNeverRegions = {Region::LowBack, Region::Glutes,
                                                        Region::Spine, Region::LowerRibs};

/// The snake_case id used in every JSON file ("hip_flexors").
std::string_view regionId(Region region);
/// The words a person reads ("hip flexors").
std::string_view regionName(Region region);
/// Parses a snake_case id; nullopt when the id is not a region.
std::optional<Region> regionFromId(std::string_view id);

/// True for the seven groups that can be rated and released.
constexpr bool isGroup(Region region)
{
    return static_cast<std::size_t>(region) < kGroupCount;
}
/// True for the four never-targets of M3.
constexpr bool isNeverRegion(Region region)
{
    return !isGroup(region);
}
/// True for the five primary leg groups.
constexpr bool isPrimaryGroup(Region region)
{
    return static_cast<std::size_t>(region) < kPrimaryGroups.size();
}
constexpr std::size_t indexOf(Region region)
{
    return static_cast<std::size_t>(region);
}

enum class Side : std::uint8_t
{
    Left,
    Right,
};

std::string_view sideId(Side side);
std::optional<Side> sideFromId(std::string_view id);

} // namespace tightside::core
