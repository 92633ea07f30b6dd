#pragma once

// The course over sessions (M6, clinical.md section 7): what the stored sessions say together,
// each session's verdicts, and the facts the engine plans with when it knows the history.
// Pure functions of their inputs; no clock, no time zone, no Qt.

#include "tightside/core/activities.h"
#include "tightside/core/answers.h"
#include "tightside/core/gap.h"
#include "tightside/core/plan.h"
#include "tightside/core/region.h"
#include "tightside/core/session.h"
#include "tightside/core/verdict.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::core {

using UtcTime = std::chrono::sys_seconds;

/// Parses "2026-11-25T10:30:00Z"; nullopt for anything isValidIsoUtc() refuses or an
/// impossible date (30 February).
std::optional<UtcTime> parseIsoUtc(std::string_view text);

/// The local calendar date ("2026-11-29") `days` days after `time`, for a place whose clock is
/// `utcOffset` ahead of UTC at that time (the edge looks the offset up; the core has no zones).
std::string localDateAfter(UtcTime time, std::chrono::seconds utcOffset, int days);

/// Whole calendar days from the local date of `earlier` to the local date of `later` (0 on
/// the same local date, negative when `later` is before), each with the local clock's offset
/// at that moment: "your last check was 2 days ago" counts dates, not 24-hour spans.
int localDaysBetween(UtcTime earlier, std::chrono::seconds earlierOffset, UtcTime later,
                     std::chrono::seconds laterOffset);

/// One session's verdicts (contracts.md "History with verdicts"): pain from answers.pain_now
/// to pain_after, and each re-checked group's gap from its answers rating to its re-check. A
/// missing value gives no verdict.
struct SessionVerdicts
{
    std::optional<Verdict> pain;
    std::array<std::optional<Verdict>, kGroupCount> groups{};

    bool operator==(const SessionVerdicts&) const = default;
};

SessionVerdicts sessionVerdicts(const Session& session);

/// What a person is told about one session (the summary page, the PDF): sessionVerdicts() with
/// a group's verdict only for a group released in it (wasReleased()). A group only re-checked
/// (resting, balanced, skipped) is shown before and after without "better" or "worse": its
/// change is not the routine's (issue 22, finding 2).
SessionVerdicts releasedVerdicts(const Session& session);

/// {"pain": V, "groups": {"quadriceps": V, ...}}: keys without a verdict are left out.
nlohmann::json toJson(const SessionVerdicts& verdicts);

/// Days from the latest session to the next check (clinical.md: every two to three days).
inline constexpr int kNextCheckDays = 2;
/// The latest day of that advice ("every two to three days"): the words say both numbers.
inline constexpr int kNextCheckDaysAtMost = 3;
/// A group released this recently is not released again (issue 15).
inline constexpr std::chrono::hours kRestTime{24};
/// After this many sessions without a real change in a group's gap, the plan says so (M6, M8).
inline constexpr std::size_t kStallSessions = 6;

/// A group's gap at the start of its first and latest session, and the verdict between.
struct GroupCourse
{
    int firstGap = 0;
    int latestGap = 0;
    Verdict verdict = Verdict::NoClearChange;
    /// Sessions that rated the group at their start. Below 2 there is no start-to-start
    /// verdict yet (contracts.md, third wave: "too_few_sessions"); `verdict` is then
    /// NoClearChange and must not be shown as one.
    std::size_t rated = 0;

    bool tooFewSessions() const { return rated < 2; }

    bool operator==(const GroupCourse&) const = default;
};

/// A group's measured left/right gap (degrees) in the first and the latest session that measured
/// both sides with the protocol's test, and the verdict between by the test's MDC
/// (contracts.md "Measured angles"); only when two sessions measured it.
struct MeasuredCourse
{
    double firstGap = 0;
    double latestGap = 0;
    double mdc = 0;
    Verdict verdict = Verdict::NoClearChange;

    bool operator==(const MeasuredCourse&) const = default;
};

/// Pain at the start of the first and the latest session, and the verdict between.
struct PainCourse
{
    int first = 0;
    int latest = 0;
    Verdict verdict = Verdict::NoClearChange;
    /// Sessions that gave their pain at the start; below 2, "too_few_sessions".
    std::size_t rated = 0;

    bool tooFewSessions() const { return rated < 2; }

    bool operator==(const PainCourse&) const = default;
};

/// A value before and after the routine of one session (its start and its re-check), and the
/// verdict between: "within your latest session", never a trend.
struct BeforeAfter
{
    int before = 0;
    int after = 0;
    Verdict verdict = Verdict::NoClearChange;
    /// `started` of the session it comes from.
    std::string started;

    bool operator==(const BeforeAfter&) const = default;
};

/// The course's "within" (contracts.md, third wave, "Course with one session"): for each group
/// re-checked in any session, the before -> after gap of the latest session that re-checked
/// it; pain before -> after of the latest session that gave its pain after.
struct WithinCourse
{
    std::array<std::optional<BeforeAfter>, kGroupCount> groups{};
    std::optional<BeforeAfter> pain;

    bool operator==(const WithinCourse&) const = default;
};

/// One activity's score in the first and the latest session that rated it, and the verdict
/// between (higher is better: contracts.md "Verdicts").
struct ActivityCourse
{
    int first = 0;
    int latest = 0;
    Verdict verdict = Verdict::NoClearChange;

    bool operator==(const ActivityCourse&) const = default;
};

/// `tightside history --course` (contracts.md "The course"). Gaps and pain are taken at the
/// start of each session: start to start is the trend that matters.
struct Course
{
    /// Sessions that got past screening (gaps and pain come only from these).
    std::size_t sessions = 0;
    /// Checks stopped by a red flag (contracts.md, third wave): counted, never a gap or pain.
    std::size_t stopped = 0;
    /// Before -> after within the latest sessions (see WithinCourse).
    WithinCourse within;
    /// `started` of the first and the latest session; empty without sessions.
    std::string first;
    std::string latest;
    /// Indexed by Region; a group no session rated has none.
    std::array<std::optional<GroupCourse>, kGroupCount> groups{};
    /// Indexed by Region; written as the group's "measured" in the JSON.
    std::array<std::optional<MeasuredCourse>, kGroupCount> measured{};
    std::optional<PainCourse> pain;
    /// The latest session's deferred steps, in order.
    std::vector<Step> deferred;
    /// Local date of the next check (kNextCheckDays after the latest session); empty without
    /// sessions.
    std::string nextCheck;
    /// Each activity ever rated, by its exact name: first to latest score.
    std::map<std::string, ActivityCourse> activities;
    /// `started` of the latest session that rated activities; empty when none did.
    std::string activitiesRated;
    /// That session's activities, in its order (the window offers them again).
    std::vector<Activity> latestActivities;
};

/// True when the activities are due at a check at `now`: core::activitiesDue() on the later of
/// the latest session that rated any and `skipped`, the last time the person chose to skip
/// them (a skip counts like a rating for the week: asked at most once a week).
bool activitiesDue(const Course& course, UtcTime now, std::optional<UtcTime> skipped = {});

/// The course as contracts.md writes it; without sessions first, latest, pain and next_check
/// are null. "activities" ({"<name>": {"first": a, "latest": b, "verdict": V}}, an empty
/// object when none was rated) is added after "next_check", then "stopped" (a count) and
/// "within" ({"groups": {"<group>": {"before", "after", "verdict"}}, "pain": {...} or null}).
/// A group's or pain's start-to-start verdict is "too_few_sessions" while fewer than two
/// sessions rated it.
nlohmann::json toJson(const Course& course);

/// What the engine needs of the history to plan the next session (PlanOptions::course).
struct CourseContext
{
    /// Stored sessions seen.
    std::size_t sessions = 0;
    /// The latest session's deferred steps, in order (first in line, M9).
    std::vector<Step> deferred;
    /// The latest time each group was released (a done step completed or stopped for pain):
    /// the session's `finished` time, else its `started` time.
    std::array<std::optional<UtcTime>, kGroupCount> lastReleased{};
    /// Each group's gap at the start of the latest kStallSessions sessions, oldest first; a
    /// group holds fewer when one of those sessions did not rate it.
    std::array<std::vector<int>, kGroupCount> recentGaps{};
};

/// Reads the history one session at a time, in any order (ten thousand sessions are never
/// held in memory), and gives the course and the planning context.
class CourseBuilder
{
public:
    CourseBuilder() = default;
    /// With a protocol, the course also follows each group's measured gap (its test and MDC);
    /// the protocol must outlive the builder.
    explicit CourseBuilder(const Protocol& protocol) : m_protocol(&protocol) {}

    /// A session stopped by a red flag is only counted (Course::stopped): it gives no gap,
    /// pain, deferred step or release, and is not a session to plan from.
    void add(const Session& session);

    /// `utcOffset`: how far the person's clock is ahead of UTC at the latest session.
    Course course(std::chrono::seconds utcOffset) const;
    const CourseContext& context() const { return m_context; }
    /// `started` of the latest session, parsed; nullopt without sessions.
    std::optional<UtcTime> latestStart() const;
    /// Reading newest first to plan at `now`, the builder has all it needs once it holds
    /// kStallSessions sessions and the oldest of them started two rest times before `now`
    /// (so every release of the last kRestTime is in, unless a session lasted a day).
    bool enoughToPlan(UtcTime now) const;

private:
    void addActivities(const Session& session);
    void addMeasures(const Session& session);

    struct Point
    {
        std::string started;
        int gap = 0;
    };
    struct Score
    {
        std::string started;
        int score = 0;
    };
    struct Start
    {
        std::string started;
        std::array<std::optional<Rating>, kGroupCount> ratings{};
    };
    void addWithin(const Session& session);

    std::size_t m_sessions = 0;
    std::size_t m_stopped = 0;
    WithinCourse m_within;
    std::array<std::size_t, kGroupCount> m_rated{};
    std::string m_first;
    std::string m_latest;
    int m_firstPain = 0;
    int m_latestPain = 0;
    std::array<std::optional<Point>, kGroupCount> m_firstGap{};
    std::array<std::optional<Point>, kGroupCount> m_latestGap{};
    /// The latest kStallSessions sessions' start ratings, oldest first.
    std::vector<Start> m_recent;
    CourseContext m_context;
    /// Each activity's first and latest score.
    std::map<std::string, std::pair<Score, Score>> m_activities;
    std::string m_activitiesRated;
    std::vector<Activity> m_latestActivities;
    /// Measured gaps: the protocol that names each group's test and MDC, the first and latest
    /// session that measured both sides, and how many did.
    struct Measured
    {
        std::string started;
        double gap = 0;
    };
    const Protocol* m_protocol = nullptr;
    std::array<std::optional<Measured>, kGroupCount> m_firstMeasured{};
    std::array<std::optional<Measured>, kGroupCount> m_latestMeasured{};
    std::array<std::size_t, kGroupCount> m_measuredSessions{};
};

/// A group left out of today's steps because it was released less than kRestTime ago.
struct Resting
{
    Region group = Region::Quadriceps;
    /// When it may be released again: its last release plus kRestTime.
    UtcTime until{};

    bool operator==(const Resting&) const = default;
};

/// A group whose gap has not really changed over the last kStallSessions sessions and still
/// differs by the threshold today.
struct Stalled
{
    Region group = Region::Quadriceps;
    /// Sessions looked at (kStallSessions).
    int sessions = 0;
    /// The gap at the start of the first of them, and today.
    int firstGap = 0;
    int gap = 0;

    bool operator==(const Stalled&) const = default;
};

/// What planning with the course did to today's steps.
struct CourseEffect
{
    /// How many of the leading steps came from the latest session's deferred list.
    std::size_t fromDeferred = 0;
    /// Groups whose step was taken out because they rest, in group order.
    std::vector<Resting> resting;
    /// Groups for which the plan suggests a clinician, in group order.
    std::vector<Stalled> stalled;
};

/// Groups released less than kRestTime before `now`, in group order.
std::vector<Resting> restingGroups(const CourseContext& course, UtcTime now);

/// M6/M8: groups rated at the start of each of the last kStallSessions stored sessions whose
/// gap there and today has not really changed from the first of them (verdict() says
/// no_clear_change every time), and that still differ by `threshold` today.
std::vector<Stalled> stalledGroups(const CourseContext& course, const Answers& answers,
                                   int threshold);

/// Planning with the course, applied to the engine's ordered candidate steps before the M9
/// budget: the latest session's deferred steps whose group still differs by `threshold` today
/// move to the front, in the deferred list's order (today's step for that group: today's
/// ratings pick the side); the steps of resting groups are removed. Steps keep their order
/// otherwise.
CourseEffect applyCourse(std::vector<Step>& steps, const Answers& answers, int threshold,
                         const CourseContext& course, UtcTime now);

} // namespace tightside::core
