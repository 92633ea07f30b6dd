#include "tightside/core/activities.h"

#include "jsoncheck.h"

#include <algorithm>

namespace tightside::core {

using detail::Checker;
using detail::child;
using nlohmann::json;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Code points in valid UTF-8 (nlohmann's parser refuses anything else).
std::size_t codePoints(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

bool hasControl(std::string_view text)
{
    // C0 controls and DEL; C1 controls are U+0080..U+009F, encoded 0xC2 0x80..0x9F.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20U || c == 0x7FU) {
            return true;
        }
        if (c == 0xC2U && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80U && next <= 0x9FU) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

std::optional<std::string> activityNameProblem(std::string_view name)
{
    if (std::all_of(name.begin(), name.end(), isSpace)) {
        return "is empty: name the activity, for example \"putting on socks\"";
    }
    if (isSpace(name.front()) || isSpace(name.back())) {
        return "must not begin or end with a space";
    }
    if (hasControl(name)) {
        return "must not hold a line break, tab or other control character";
    }
    if (codePoints(name) > kMaxActivityNameChars) {
        return "is longer than " + std::to_string(kMaxActivityNameChars) + " characters";
    }
    return std::nullopt;
}

std::string trimmedActivityName(std::string_view name)
{
    const auto first = std::find_if_not(name.begin(), name.end(), isSpace);
    const auto last = std::find_if_not(name.rbegin(), name.rend(), isSpace).base();
    return first < last ? std::string(first, last) : std::string();
}

namespace {

void checkCount(std::size_t count, const std::string& pointer, Problems& problems)
{
    if (count > kMaxActivities) {
        problems.push_back({pointer, "holds " + std::to_string(count) + " activities; at most " +
                                         std::to_string(kMaxActivities) + " are rated"});
    }
}

/// The name rules for `activities[i]`, which is read from `item`.
void checkName(const std::vector<Activity>& activities, std::size_t i, const std::string& item,
               Problems& problems)
{
    const std::string& name = activities[i].name;
    if (const auto problem = activityNameProblem(name)) {
        problems.push_back({child(item, "name"), *problem});
    } else if (std::any_of(activities.begin(), activities.begin() + static_cast<long>(i),
                           [&name](const Activity& earlier) { return earlier.name == name; })) {
        problems.push_back({child(item, "name"), "names the same activity as an earlier one"});
    }
}

} // namespace

Problems activityProblems(const std::vector<Activity>& activities, const std::string& pointer)
{
    Problems problems;
    checkCount(activities.size(), pointer, problems);
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const std::string item = child(pointer, i);
        checkName(activities, i, item, problems);
        const int score = activities[i].score;
        if (score < kMinActivityScore || score > kMaxActivityScore) {
            problems.push_back({child(item, "score"), "must be a whole number from 0 to 10"});
        }
    }
    return problems;
}

std::optional<std::vector<Activity>> parseActivities(const json& value, const std::string& pointer,
                                                     Problems& problems)
{
    Checker check(problems);
    if (!value.is_array()) {
        check.add(pointer,
                  "must be a list of activities, not " + std::string(detail::typeWords(value)));
        return std::nullopt;
    }
    checkCount(value.size(), pointer, problems);
    std::vector<Activity> activities;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item = child(pointer, i);
        if (!check.object(value[i], item, {"name", "score"})) {
            continue;
        }
        const auto name = check.string(value[i], "name", item, false);
        const auto score =
            check.integer(value[i], "score", item, kMinActivityScore, kMaxActivityScore);
        if (name) {
            activities.push_back({*name, score.value_or(kMinActivityScore)});
            checkName(activities, activities.size() - 1, item, problems);
        }
    }
    if (!check.clean()) {
        return std::nullopt;
    }
    return activities;
}

json toJson(const std::vector<Activity>& activities)
{
    json out = json::array();
    for (const Activity& activity : activities) {
        out.push_back({{"name", activity.name}, {"score", activity.score}});
    }
    return out;
}

bool activitiesDue(std::optional<std::chrono::sys_seconds> lastRated, std::chrono::sys_seconds now)
{
    return !lastRated || *lastRated + kActivityInterval <= now;
}

} // namespace tightside::core
