#pragma once

// What matters to the person (issue 15 item 5, clinical.md section 7, like the
// Patient-Specific Functional Scale): up to five activities the person names, each rated 0 to
// 10 for how well they can do it (10: as well as before the trouble), asked at most once a
// week. Names and scores are health data: they are never logged.

#include "tightside/core/problem.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::core {

/// One activity and how well the person can do it today.
struct Activity
{
    /// The person's own words ("putting on socks"), trimmed, 1 to kMaxActivityNameChars
    /// characters.
    std::string name;
    /// 0 (cannot do it at all) to 10 (as well as before the trouble).
    int score = 0;

    bool operator==(const Activity&) const = default;
};

/// At most this many activities are rated in one session.
inline constexpr std::size_t kMaxActivities = 5;
/// An activity's name holds at most this many characters (Unicode code points).
inline constexpr std::size_t kMaxActivityNameChars = 60;
inline constexpr int kMinActivityScore = 0;
inline constexpr int kMaxActivityScore = 10;
/// Activities are asked again only when none was rated this long before now.
inline constexpr std::chrono::hours kActivityInterval{7 * 24};

/// Why `name` cannot be an activity's name ("is empty", "is longer than 60 characters", ...),
/// or nullopt when it can. A name must not be blank, start or end with white space, hold a
/// control character (a line break, a tab) or exceed kMaxActivityNameChars characters.
std::optional<std::string> activityNameProblem(std::string_view name);

/// `name` without white space at either end (what the window stores from a text field).
std::string trimmedActivityName(std::string_view name);

/// Every problem with one session's activities, each with its JSON pointer under `pointer`
/// ("/activities/2/name"): more than kMaxActivities, a name activityNameProblem() refuses, the
/// same name twice, a score outside 0 to 10. Empty when they can be stored.
Problems activityProblems(const std::vector<Activity>& activities,
                          const std::string& pointer = "/activities");

/// Reads a session's "activities" value ([{"name": "...", "score": 6}, ...]), reporting every
/// problem under `pointer`; nullopt when there is any.
std::optional<std::vector<Activity>>
parseActivities(const nlohmann::json& value, const std::string& pointer, Problems& problems);

/// [{"name": "...", "score": 6}, ...] in the given order.
nlohmann::json toJson(const std::vector<Activity>& activities);

/// True when the activities should be asked at a check at `now`: none was rated at or after
/// `now - kActivityInterval` (exactly a week ago is due again). `lastRated` is the start of
/// the latest session that rated any; a rating "in the future" (another machine's clock) is
/// recent, not due.
bool activitiesDue(std::optional<std::chrono::sys_seconds> lastRated, std::chrono::sys_seconds now);

} // namespace tightside::core
