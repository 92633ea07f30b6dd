#pragma once

#include "tightside/core/measure.h"
#include "tightside/core/problem.h"
#include "tightside/core/protocol.h"
#include "tightside/core/region.h"

#include <nlohmann/json.hpp>

#include <cstdint>
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

/// How long and how hard one planned step is, as the player must run it (M7, M10).
struct Dosage
{
    int seconds = 90;
    /// The most discomfort allowed, out of 10: the protocol's gentle limit for a gentle step.
    int discomfortMax = 5;
    /// True when a flare-up (M10) or a precaution (M7) asked for the gentle dosage.
    bool gentle = false;
    /// The protocol's guidance for this dosage ("Move slowly, ...").
    std::string guidance;

    bool operator==(const Dosage&) const = default;
};

/// Why a step is in the plan.
enum class ReasonKind : std::uint8_t
{
    /// A leg group whose sides differ by the threshold: the tighter side is released (M1, M2).
    TighterSide,
    /// TFL or lats, once every leg group is balanced (M4, M5).
    OptionalGroup,
};

/// "tighter_side", "optional_group".
std::string_view reasonKindId(ReasonKind kind);
std::optional<ReasonKind> reasonKindFromId(std::string_view id);

/// The facts behind a step, as the engine found them; text::reasonText() words them.
struct Reason
{
    ReasonKind kind = ReasonKind::TighterSide;
    /// The same rule ids as Step::rules.
    std::vector<std::string> rules;
    int left = 0;
    int right = 0;
    int gap = 0;
    int threshold = 2;
    /// The group's priority (1 first).
    int rank = 1;
    /// The hold in seconds, as planned (equals Step::seconds).
    int hold = 90;
    /// The hold is the person's preferred length (PlanOptions::holdSeconds), not the protocol's.
    bool holdChosen = false;
    /// Causes of a gentle hold: a flare-up (M10) ...
    bool flareUp = false;
    /// ... and/or the ids of the precaution answers that ask for gentle work (M7).
    std::vector<std::string> precautions;
    /// Set on a deferred step: the minutes it did not fit in (M9).
    std::optional<int> deferredMinutes;
    /// Planned with the course: the step did not fit last session and comes first (M9); the
    /// step's JSON `from_deferred`.
    bool fromDeferred = false;
    /// Both sides of the group measured from photos (contracts.md "Measured angles"): the
    /// step's JSON `why.measured`. It never changes the step; the ratings decide (M1, M2).
    std::optional<MeasuredGap> measured;

    bool gentle() const { return flareUp || !precautions.empty(); }
    bool operator==(const Reason&) const = default;
};

/// One release: one side of one group, its dosage, and the facts and sentence that explain it.
struct Step
{
    Region group = Region::Quadriceps;
    Side side = Side::Left;
    std::string technique;
    std::vector<Region> targets;
    /// The JSON contract's `seconds`; always equals dosage.seconds.
    int seconds = 90;
    bool optional = false;
    /// Method rules behind the choice ("M1", "M2", ...), in the order they applied.
    std::vector<std::string> rules;
    Dosage dosage;
    Reason why;
    /// The sentence for people; filled by text::fillWords() (empty straight from the engine).
    std::string reason;

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

/// What a plan message says, as a fact (Plan::notices, parallel to Plan::messages).
enum class NoticeKind : std::uint8_t
{
    /// M7 red flag: get help today / book a visit soon; no routine.
    SeekCareToday,
    SeekCareSoon,
    /// The protocol's advice for one red-flag answer (`id`).
    RedFlagAdvice,
    /// New numbness, weakness, bladder or bowel changes: emergency department at once.
    Emergency,
    /// Every group is within the threshold: nothing to release today (M2).
    Balanced,
    /// The groups that differ were all left out by precautions (M7).
    AllLeftOut,
    /// Release only the named side; re-check `groups` afterwards (M2, M6).
    ReleaseOneSide,
    /// If pain rises during a release, ease off or stop (M7).
    PainRises,
    /// `groups` were left out because of the screening answers (M7).
    LeftOut,
    /// `count` steps did not fit in `minutes` (M9).
    Deferred,
    /// Flare-up: every hold is gentle, `seconds` s at `discomfortMax` of 10 or less (M10).
    FlareUp,
    /// The protocol's note for one precaution answer (`id`) (M7).
    PrecautionNote,
    /// The low back and glutes are left alone on purpose (M3); on every plan.
    Never,
    /// A step touching a never-region was removed (M3).
    NeverRemoved,
    /// Planned with the course: `groups[0]` was released less than 24 hours ago and rests
    /// until `until` (UTC ISO 8601); its re-check stays.
    Resting,
    /// Planned with the course: every group that differs rests; nothing to release now.
    AllResting,
    /// Planned with the course: `groups[0]`'s gap has not clearly changed over the last `count`
    /// sessions (`firstGap` at the first of them, `gap` today); ask a clinician (M6, M8).
    NoClearChange,
    /// The measured angles of `groups[0]` name the other side than the ratings, or find a gap
    /// of at least the test's MDC where the ratings call the group balanced; the ratings still
    /// decide (M2).
    MeasureDisagrees,
};

/// "seek_care_today", "red_flag_advice", "emergency", ... (docs/architecture.md).
std::string_view noticeKindId(NoticeKind kind);
std::optional<NoticeKind> noticeKindFromId(std::string_view id);

struct Notice
{
    NoticeKind kind = NoticeKind::Never;
    std::vector<std::string> rules;
    /// The screening question id, for RedFlagAdvice and PrecautionNote.
    std::string id;
    std::vector<Region> groups;
    int count = 0;
    int minutes = 0;
    int threshold = 0;
    int seconds = 0;
    int discomfortMax = 0;
    /// Resting: when the group may be released again, UTC ISO 8601.
    std::string until;
    /// NoClearChange: the gap at the first of the sessions looked at, and today.
    int firstGap = 0;
    int gap = 0;

    bool operator==(const Notice&) const = default;
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
    /// The facts behind the messages, in the same order. On a seek-care plan these include the
    /// emergency line: the see-a-clinician page shows `messages` and nothing else.
    std::vector<Notice> notices;
    /// The sentences for people, one per notice; filled by text::fillWords(). A plan read from
    /// an old session file may have messages and no notices.
    std::vector<std::string> messages;
    /// True when the plan was made with the course (plan --with-history): then `resting` and
    /// `no_clear_change` are written, and steps carry `from_deferred`.
    bool withCourse = false;
    std::vector<RestingGroup> resting;
    /// Groups whose gap has not clearly changed over the last six sessions (M6, M8).
    std::vector<Region> noClearChange;

    bool operator==(const Plan&) const = default;
};

/// The plan as contracts.md writes it; `rules`, `left_out`, each step's `dosage` and `why`,
/// and `notices` are additions (docs/architecture.md "Plan JSON additions"), and so are
/// `from_deferred` (only when true), `resting` and `no_clear_change` (only with the course).
nlohmann::json toJson(const Plan& plan);
nlohmann::json toJson(const Reason& why);
nlohmann::json toJson(const Notice& notice);

struct PlanParse
{
    std::optional<Plan> plan;
    Problems problems;
};

/// Validates a stored plan (inside a session file); `why`, `dosage` and `notices` may be
/// missing (files from before they existed): types, known groups, sides and regions,
/// and M3: no step may name a never-region. `base` prefixes every pointer ("/plan").
PlanParse parsePlan(const nlohmann::json& document, const std::string& base = {});

/// Parses one step object; shared by plans and session "done" lists.
std::optional<Step> parseStepObject(const nlohmann::json& value, const std::string& pointer,
                                    Problems& problems);

} // namespace tightside::core
