#pragma once

#include "tightside/core/measure.h"
#include "tightside/core/problem.h"
#include "tightside/core/protocol.h"
#include "tightside/core/region.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace tightside::core {

inline constexpr int kMinRating = 0;
inline constexpr int kMaxRating = 10;
inline constexpr int kMinMinutes = 1;
inline constexpr int kMaxMinutes = 120;

/// Measured angles per group, indexed by Region like the ratings (answers "measures", session
/// "recheck_measures"); only groups with a measured test hold a value.
using GroupMeasures = std::array<std::optional<GroupMeasure>, kGroupCount>;

/// Perceived tightness of one group, 0 (none) to 10 (extreme), per side.
struct Rating
{
    int left = 0;
    int right = 0;

    bool operator==(const Rating&) const = default;
};

/// One self-check, as contracts.md "Answers" describes it.
struct Answers
{
    std::vector<std::string> redFlags;
    std::vector<std::string> precautions;
    bool acuteFlareUp = false;
    int painNow = 0;
    std::optional<int> minutes;
    /// When the self-check was made ("2026-11-25T10:30:00Z"), for planning with the course
    /// (contracts.md "Planning with the course"); nullopt means now.
    std::optional<std::string> time;
    /// Indexed by Region; only the seven groups can hold a rating.
    std::array<std::optional<Rating>, kGroupCount> ratings{};

    const std::optional<Rating>& rating(Region group) const { return ratings.at(indexOf(group)); }
    void setRating(Region group, Rating rating) { ratings.at(indexOf(group)) = rating; }

    /// Angles measured from photos (contracts.md "Measured angles"); optional, either side may
    /// be missing.
    GroupMeasures measures{};

    const std::optional<GroupMeasure>& measure(Region group) const
    {
        return measures.at(indexOf(group));
    }
};

struct AnswersParse
{
    std::optional<Answers> answers;
    Problems problems;
};

/// Validates an answers document against the protocol and collects every problem with its
/// pointer: types, ranges, required and unknown keys, unknown screening ids. A rating for a
/// never-region is refused with the reason the app never works there.
AnswersParse parseAnswers(const nlohmann::json& document, const Protocol& protocol);

/// The answers as contracts.md writes them (keys in a stable order); `measures` only when any
/// group was measured.
nlohmann::json toJson(const Answers& answers);

/// {"<group>": {"test", "left", "right"}} for the measured groups (a missing side is left out).
nlohmann::json toJson(const GroupMeasures& measures);
/// True when no group holds a measure.
bool isEmpty(const GroupMeasures& measures);
/// The answers of a check stopped by a red flag (contracts.md, third wave): only what was asked
/// before the stop, `schema`, `red_flags` (at least one) and `precautions`; any other key is an
/// error. The rest of the Answers keeps its defaults.
AnswersParse parseScreeningAnswers(const nlohmann::json& document, const Protocol& protocol);

/// {"schema", "red_flags", "precautions"}: what a stopped check stores of its answers.
nlohmann::json screeningJson(const Answers& answers);

} // namespace tightside::core
