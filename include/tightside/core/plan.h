#pragma once

#include "tightside/core/problem.h"
#include "tightside/core/protocol.h"
#include "tightside/core/region.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tightside::core {

enum class PlanStatus : std::uint8_t
{
    Routine,
    Balanced,
    SeekCare,
};

std::string_view planStatusId(PlanStatus status);

/// One release: one side of one group, with the rule ids and the sentence that explain it.
struct Step
{
    Region group = Region::Quadriceps;
    Side side = Side::Left;
    std::string technique;
    std::vector<Region> targets;
    int seconds = 90;
    bool optional = false;
    /// Method rules behind the choice ("M1", "M2", ...), in the order they applied.
    std::vector<std::string> rules;
    std::string reason;
    /// Planned with the course: the step was deferred last time and comes first (M9).
    bool fromDeferred = false;

    bool operator==(const Step&) const = default;
};

/// Planned with the course: a group released less than 24 hours ago, left out of the steps.
struct RestingGroup
{
    Region group = Region::Quadriceps;
    /// When it may be released again, UTC ISO 8601.
    std::string until;

    bool operator==(const RestingGroup&) const = default;
};

/// The engine's answer for one self-check (contracts.md "Plan").
struct Plan
{
    PlanStatus status = PlanStatus::Balanced;
    std::string protocolId;
    std::string protocolVersion;
    int threshold = 2;
    std::vector<Step> steps;
    std::vector<Step> deferred;
    std::vector<Region> balanced;
    std::vector<Region> recheck;
    std::vector<Region> never;
    /// Groups with a gap that a precaution left out today (M7); empty for the built-in protocol.
    std::vector<Region> leftOut;
    std::optional<Urgency> urgency;
    std::vector<std::string> messages;
    /// True when the plan was made with the course (plan --with-history): then `resting` and
    /// `no_clear_change` are written, and steps carry `from_deferred`.
    bool withCourse = false;
    std::vector<RestingGroup> resting;
    /// Groups whose gap has not clearly changed over the last six sessions (M6, M8).
    std::vector<Region> noClearChange;

    bool operator==(const Plan&) const = default;
};

/// The plan as contracts.md writes it; `rules` and `left_out` are additions, and so are
/// `from_deferred` (only when true), `resting` and `no_clear_change` (only with the course).
nlohmann::json toJson(const Plan& plan);

/// A readable plan for people, as `tightside plan --format text` prints it.
std::string toText(const Plan& plan, const Protocol& protocol);

struct PlanParse
{
    std::optional<Plan> plan;
    Problems problems;
};

/// Validates a stored plan (inside a session file): types, known groups, sides and regions,
/// and M3: no step may name a never-region. `base` prefixes every pointer ("/plan").
PlanParse parsePlan(const nlohmann::json& document, const std::string& base = {});

/// Parses one step object; shared by plans and session "done" lists.
std::optional<Step> parseStepObject(const nlohmann::json& value, const std::string& pointer,
                                    Problems& problems);

} // namespace tightside::core
