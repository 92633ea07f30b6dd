#pragma once

#include "tightside/core/activities.h"
#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/problem.h"
#include "tightside/core/protocol.h"
#include "tightside/core/region.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::core {

/// How one step of the routine ended (contracts.md "Session files").
enum class Outcome : std::uint8_t
{
    Completed,
    Skipped,
    StoppedPain,
};

/// "completed", "skipped", "stopped_pain".
std::string_view outcomeId(Outcome outcome);
/// Parses an outcome id; nullopt when it is not one of the three.
std::optional<Outcome> outcomeFromId(std::string_view id);

/// One step as it was actually done (or not) during the routine.
struct DoneStep
{
    Region group = Region::Quadriceps;
    Side side = Side::Left;
    std::string technique;
    int seconds = 0;
    Outcome outcome = Outcome::Completed;

    bool operator==(const DoneStep&) const = default;
};

/// Why a check ended at screening (contracts.md, third wave, "A check stopped by a red flag is
/// kept"): the red flags ticked and the most urgent of them. The only reason is "red_flag".
struct Stop
{
    std::vector<std::string> flags;
    Urgency urgency = Urgency::Today;

    bool operator==(const Stop&) const = default;
};

/// One session: the self-check, the plan it produced, what was done and the re-check after.
/// Times are UTC ISO 8601 strings ("2026-11-25T10:30:00Z"), exactly as stored.
struct Session
{
    /// "20261125T103000Z-7f3a9c1e": start time plus a random part; also the file name.
    std::string id;
    std::string started;
    /// Null while the routine is still in progress.
    std::optional<std::string> finished;
    std::string protocolId;
    std::string protocolVersion;
    Answers answers;
    Plan plan;
    std::vector<DoneStep> done;
    /// Indexed by Region like Answers::ratings; only the re-rated groups hold a value.
    std::array<std::optional<Rating>, kGroupCount> recheck{};
    std::optional<int> painAfter;
    std::string notes;
    /// What matters to the person, rated this session (optional, at most once a week); empty
    /// when not asked or skipped.
    std::vector<Activity> activities;
    /// Angles measured again after the routine (contracts.md "Measured angles"); the same
    /// shape as Answers::measures.
    GroupMeasures recheckMeasures{};
    /// The tapped landmarks per group and side, as shares of the photo's width and height.
    std::map<Region, std::map<Side, std::vector<PhotoPoint>>> measurePoints;
    /// Kept photos per group and side, "photos/<file>" inside the data folder; only when the
    /// person chose to keep photos.
    std::map<Region, std::map<Side, std::string>> photos;
    /// Set when the check was stopped by a red flag: then the answers hold only the screening
    /// (no pain, no ratings), there is no plan, nothing done, and finished == started. Such a
    /// session is listed and counted, but gives no gap, pain or verdict.
    std::optional<Stop> stopped;

    const std::optional<Rating>& recheckRating(Region group) const
    {
        return recheck.at(indexOf(group));
    }
    void setRecheck(Region group, Rating rating) { recheck.at(indexOf(group)) = rating; }
};

struct SessionParse
{
    std::optional<Session> session;
    Problems problems;
};

/// Validates a session document and collects every problem with its JSON pointer. The answers
/// and plan go through parseAnswers() and parsePlan() (pointers under "/answers" and "/plan");
/// a step, done entry or re-check that names a never-region (M3), an unknown group, side or
/// outcome makes the session invalid. A session recorded with another protocol than
/// `protocol` is checked all the same, except that its screening ids are taken as given (they
/// belong to a protocol that may not be loaded). A session with "stopped" (a check stopped by a
/// red flag) must have screening-only answers, no plan, `done` empty, no re-check or pain
/// after, `finished` equal to `started`, and `stopped.flags` the same as the answers'
/// red_flags. Never throws.
SessionParse parseSession(const nlohmann::json& document, const Protocol& protocol);

/// The session as contracts.md writes it (keys in a stable order; `finished` and `pain_after`
/// are null when absent; `activities` is written only when the session rated any, so a
/// session without them reads and writes as before).
nlohmann::json toJson(const Session& session);

/// The session kept for a check stopped by `answers.redFlags` at `when` (its start and its end):
/// the screening answers only, no plan, nothing done, urgency mostUrgent(). `id` is a
/// newSessionId() of the check's start.
Session stoppedSession(std::string id, const Answers& answers, const Protocol& protocol,
                       std::chrono::system_clock::time_point when);

/// "20261125T103000Z-7f3a9c1e": the UTC start time to the second, then 8 hex digits of
/// `random`, so two computers never pick the same file name.
std::string newSessionId(std::chrono::system_clock::time_point started, std::uint32_t random);

/// "2026-11-25T10:30:00Z" (UTC, to the second), the form `started` and `finished` use.
std::string isoUtc(std::chrono::system_clock::time_point time);

/// True when `id` has exactly the form newSessionId() makes. Only such ids become file names,
/// so an id can never reach outside the sessions folder ("../x").
bool isValidSessionId(std::string_view id);

/// True for "photos/<file>": a plain file name (letters, digits, . _ -, not starting with a dot)
/// ending in .jpg, .jpeg or .png, so a stored path never reaches outside the data folder's
/// photos folder.
bool isValidPhotoPath(std::string_view path);

/// True for "YYYY-MM-DDTHH:MM:SSZ" with plausible field ranges.
bool isValidIsoUtc(std::string_view text);

} // namespace tightside::core
