#include "tightside/core/course.h"

#include "tightside/core/progress.h"

#include <algorithm>
#include <cstdio>

namespace tightside::core {

using nlohmann::json;
namespace chrono = std::chrono;

namespace {

int digits(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::string dateText(chrono::year_month_day date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

/// A start-to-start verdict, or "too_few_sessions" while fewer than two sessions rated it.
std::string_view courseVerdictId(Verdict verdict, bool tooFew)
{
    return tooFew ? std::string_view("too_few_sessions") : verdictId(verdict);
}

/// `candidate` replaces `current` when it is from a later (or, on a tie, later read) session.
void keepLatest(std::optional<BeforeAfter>& current, BeforeAfter candidate)
{
    if (!current || candidate.started >= current->started) {
        current = std::move(candidate);
    }
}

json stepsJson(const std::vector<Step>& steps)
{
    // The steps exactly as a plan writes them.
    Plan plan;
    plan.steps = steps;
    return toJson(plan)["steps"];
}

} // namespace

std::optional<UtcTime> parseIsoUtc(std::string_view text)
{
    if (!isValidIsoUtc(text)) {
        return std::nullopt;
    }
    const chrono::year_month_day date{chrono::year{digits(text, 0, 4)},
                                      chrono::month{static_cast<unsigned>(digits(text, 5, 2))},
                                      chrono::day{static_cast<unsigned>(digits(text, 8, 2))}};
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (!date.ok() || second > 59) {
        return std::nullopt;
    }
    return chrono::sys_days{date} + chrono::hours{hour} + chrono::minutes{minute} +
           chrono::seconds{second};
}

std::string localDateAfter(UtcTime time, chrono::seconds utcOffset, int days)
{
    const auto local = time + utcOffset;
    const auto day = chrono::floor<chrono::days>(local) + chrono::days{days};
    return dateText(chrono::year_month_day{day});
}

int localDaysBetween(UtcTime earlier, chrono::seconds earlierOffset, UtcTime later,
                     chrono::seconds laterOffset)
{
    const auto from = chrono::floor<chrono::days>(earlier + earlierOffset);
    const auto to = chrono::floor<chrono::days>(later + laterOffset);
    return static_cast<int>((to - from).count());
}

SessionVerdicts sessionVerdicts(const Session& session)
{
    SessionVerdicts out;
    if (session.painAfter) {
        out.pain = verdict(session.answers.painNow, *session.painAfter);
    }
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        const auto& before = session.answers.ratings.at(i);
        const auto& after = session.recheck.at(i);
        if (before && after) {
            out.groups.at(i) = verdict(gapOf(*before), gapOf(*after));
        }
    }
    return out;
}

SessionVerdicts releasedVerdicts(const Session& session)
{
    SessionVerdicts out = sessionVerdicts(session);
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (!wasReleased(session, static_cast<Region>(i))) {
            out.groups.at(i).reset();
        }
    }
    return out;
}

json toJson(const SessionVerdicts& verdicts)
{
    json out = json::object();
    if (verdicts.pain) {
        out["pain"] = verdictId(*verdicts.pain);
    }
    json groups = json::object();
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (const auto& v = verdicts.groups.at(i)) {
            groups[std::string(regionId(static_cast<Region>(i)))] = verdictId(*v);
        }
    }
    out["groups"] = std::move(groups);
    return out;
}

namespace {

/// Each group's "measured" course, inside its entry of "groups".
void addMeasuredJson(json& groups, const Course& course)
{
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (const auto& measured = course.measured.at(i)) {
            groups[std::string(regionId(static_cast<Region>(i)))]["measured"] = {
                {"first_gap", measured->firstGap},
                {"latest_gap", measured->latestGap},
                {"mdc", measured->mdc},
                {"verdict", verdictId(measured->verdict)}};
        }
    }
}

} // namespace

json toJson(const Course& course)
{
    json out = json::object();
    out["sessions"] = course.sessions;
    out["first"] = course.first.empty() ? json(nullptr) : json(course.first);
    out["latest"] = course.latest.empty() ? json(nullptr) : json(course.latest);
    json groups = json::object();
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (const auto& group = course.groups.at(i)) {
            groups[std::string(regionId(static_cast<Region>(i)))] = {
                {"first_gap", group->firstGap},
                {"latest_gap", group->latestGap},
                {"verdict", courseVerdictId(group->verdict, group->tooFewSessions())}};
        }
    }
    addMeasuredJson(groups, course);
    out["groups"] = std::move(groups);
    if (course.pain) {
        out["pain"] = {
            {"first", course.pain->first},
            {"latest", course.pain->latest},
            {"verdict", courseVerdictId(course.pain->verdict, course.pain->tooFewSessions())}};
    } else {
        out["pain"] = nullptr;
    }
    out["deferred"] = stepsJson(course.deferred);
    out["next_check"] = course.nextCheck.empty() ? json(nullptr) : json(course.nextCheck);
    json activities = json::object();
    for (const auto& [name, activity] : course.activities) {
        activities[name] = {{"first", activity.first},
                            {"latest", activity.latest},
                            {"verdict", verdictId(activity.verdict)}};
    }
    out["activities"] = std::move(activities);
    out["stopped"] = course.stopped;
    const auto beforeAfter = [](const BeforeAfter& value) {
        return json{{"before", value.before},
                    {"after", value.after},
                    {"verdict", verdictId(value.verdict)}};
    };
    json within = json::object();
    json withinGroups = json::object();
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (const auto& group = course.within.groups.at(i)) {
            withinGroups[std::string(regionId(static_cast<Region>(i)))] = beforeAfter(*group);
        }
    }
    within["groups"] = std::move(withinGroups);
    within["pain"] = course.within.pain ? beforeAfter(*course.within.pain) : json(nullptr);
    out["within"] = std::move(within);
    return out;
}

void CourseBuilder::addWithin(const Session& session)
{
    if (session.painAfter) {
        keepLatest(m_within.pain,
                   {session.answers.painNow, *session.painAfter,
                    verdict(session.answers.painNow, *session.painAfter), session.started});
    }
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        const auto& before = session.answers.ratings.at(i);
        const auto& after = session.recheck.at(i);
        if (before && after) {
            const int from = gapOf(*before);
            const int to = gapOf(*after);
            keepLatest(m_within.groups.at(i), {from, to, verdict(from, to), session.started});
        }
    }
}

void CourseBuilder::add(const Session& session)
{
    if (session.stopped) {
        ++m_stopped;
        return;
    }
    ++m_sessions;
    addWithin(session);
    m_context.sessions = m_sessions;
    const std::string& started = session.started;
    // ISO 8601 UTC strings of one format sort like the times they name. On a tie the later
    // one read wins, like a file read later.
    if (m_sessions == 1 || started < m_first) {
        m_first = started;
        m_firstPain = session.answers.painNow;
    }
    if (m_sessions == 1 || started >= m_latest) {
        m_latest = started;
        m_latestPain = session.answers.painNow;
        m_context.deferred = session.plan.deferred;
    }
    const std::optional<UtcTime> releasedAt =
        parseIsoUtc(session.finished ? *session.finished : started);
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        const auto group = static_cast<Region>(i);
        if (releasedAt && wasReleased(session, group)) {
            auto& last = m_context.lastReleased.at(i);
            last = last ? std::max(*last, *releasedAt) : *releasedAt;
        }
        const auto& rating = session.answers.ratings.at(i);
        if (!rating) {
            continue;
        }
        ++m_rated.at(i);
        const Point point{started, gapOf(*rating)};
        auto& first = m_firstGap.at(i);
        if (!first || started < first->started) {
            first = point;
        }
        auto& latest = m_latestGap.at(i);
        if (!latest || started >= latest->started) {
            latest = point;
        }
    }
    addActivities(session);
    addMeasures(session);
    // Keep the latest kStallSessions session starts in time order.
    const auto at = std::upper_bound(
        m_recent.begin(), m_recent.end(), started,
        [](const std::string& time, const Start& start) { return time < start.started; });
    if (m_recent.size() < kStallSessions || at != m_recent.begin()) {
        m_recent.insert(at, Start{started, session.answers.ratings});
        if (m_recent.size() > kStallSessions) {
            m_recent.erase(m_recent.begin());
        }
        for (std::size_t i = 0; i < kGroupCount; ++i) {
            auto& gaps = m_context.recentGaps.at(i);
            gaps.clear();
            for (const Start& start : m_recent) {
                if (const auto& rating = start.ratings.at(i)) {
                    gaps.push_back(gapOf(*rating));
                }
            }
        }
    }
}

void CourseBuilder::addActivities(const Session& session)
{
    if (session.activities.empty()) {
        return;
    }
    const std::string& started = session.started;
    if (m_activitiesRated.empty() || started >= m_activitiesRated) {
        m_activitiesRated = started;
        m_latestActivities = session.activities;
    }
    for (const Activity& activity : session.activities) {
        const Score score{started, activity.score};
        const auto [it, inserted] = m_activities.try_emplace(activity.name, score, score);
        if (inserted) {
            continue;
        }
        auto& [first, latest] = it->second;
        if (started < first.started) {
            first = score;
        }
        if (started >= latest.started) {
            latest = score;
        }
    }
}

void CourseBuilder::addMeasures(const Session& session)
{
    if (m_protocol == nullptr) {
        return;
    }
    const std::string& started = session.started;
    for (const Group& group : m_protocol->groups) {
        const auto& measure = session.answers.measure(group.region);
        if (!group.measure || !measure) {
            continue;
        }
        const auto gap = compareMeasured(*group.measure, *measure, std::nullopt);
        if (!gap) {
            continue;
        }
        const std::size_t i = indexOf(group.region);
        ++m_measuredSessions.at(i);
        const Measured point{started, gap->gap};
        auto& first = m_firstMeasured.at(i);
        if (!first || started < first->started) {
            first = point;
        }
        auto& latest = m_latestMeasured.at(i);
        if (!latest || started >= latest->started) {
            latest = point;
        }
    }
}

std::optional<UtcTime> CourseBuilder::latestStart() const
{
    return m_sessions == 0 ? std::nullopt : parseIsoUtc(m_latest);
}

bool CourseBuilder::enoughToPlan(UtcTime now) const
{
    if (m_sessions < kStallSessions) {
        return false;
    }
    const auto first = parseIsoUtc(m_first);
    return first && *first + 2 * kRestTime <= now;
}

Course CourseBuilder::course(chrono::seconds utcOffset) const
{
    Course out;
    out.sessions = m_sessions;
    out.stopped = m_stopped;
    out.within = m_within;
    if (m_sessions == 0) {
        return out;
    }
    out.first = m_first;
    out.latest = m_latest;
    out.pain =
        PainCourse{m_firstPain, m_latestPain, verdict(m_firstPain, m_latestPain), m_sessions};
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        const auto& first = m_firstGap.at(i);
        const auto& latest = m_latestGap.at(i);
        if (first && latest) {
            out.groups.at(i) = GroupCourse{first->gap, latest->gap,
                                           verdict(first->gap, latest->gap), m_rated.at(i)};
        }
    }
    out.deferred = m_context.deferred;
    if (const auto latest = latestStart()) {
        out.nextCheck = localDateAfter(*latest, utcOffset, kNextCheckDays);
    }
    for (const auto& [name, scores] : m_activities) {
        const auto& [first, latest] = scores;
        out.activities[name] =
            ActivityCourse{first.score, latest.score,
                           verdict(first.score, latest.score, Direction::HigherIsBetter)};
    }
    out.activitiesRated = m_activitiesRated;
    out.latestActivities = m_latestActivities;
    for (std::size_t i = 0; m_protocol != nullptr && i < kGroupCount; ++i) {
        const MeasureTest* test = m_protocol->measure(static_cast<Region>(i));
        const auto& first = m_firstMeasured.at(i);
        const auto& latest = m_latestMeasured.at(i);
        if (test != nullptr && first && latest && m_measuredSessions.at(i) >= 2) {
            out.measured.at(i) = MeasuredCourse{
                first->gap, latest->gap, test->mdcDegrees,
                verdict(first->gap, latest->gap, test->mdcDegrees, Direction::LowerIsBetter)};
        }
    }
    return out;
}

bool activitiesDue(const Course& course, UtcTime now, std::optional<UtcTime> skipped)
{
    // An empty `activitiesRated` parses to nullopt: never rated.
    std::optional<UtcTime> last = parseIsoUtc(course.activitiesRated);
    if (skipped && (!last || *skipped > *last)) {
        last = skipped;
    }
    return activitiesDue(last, now);
}

std::vector<Resting> restingGroups(const CourseContext& course, UtcTime now)
{
    std::vector<Resting> out;
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        const auto& last = course.lastReleased.at(i);
        // A release "in the future" (another machine's clock) rests too: it is not older.
        if (last && now < *last + kRestTime) {
            out.push_back({static_cast<Region>(i), *last + kRestTime});
        }
    }
    return out;
}

std::vector<Stalled> stalledGroups(const CourseContext& course, const Answers& answers,
                                   int threshold)
{
    std::vector<Stalled> out;
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        const auto& gaps = course.recentGaps.at(i);
        const auto& today = answers.ratings.at(i);
        if (gaps.size() < kStallSessions || !today || !gapCounts(*today, threshold)) {
            continue;
        }
        const int first = gaps.front();
        const auto unchanged = [first](int gap) {
            return verdict(first, gap) == Verdict::NoClearChange;
        };
        if (std::all_of(gaps.begin(), gaps.end(), unchanged) && unchanged(gapOf(*today))) {
            out.push_back(
                {static_cast<Region>(i), static_cast<int>(kStallSessions), first, gapOf(*today)});
        }
    }
    return out;
}

CourseEffect applyCourse(std::vector<Step>& steps, const Answers& answers, int threshold,
                         const CourseContext& course, UtcTime now)
{
    CourseEffect effect;
    effect.resting = restingGroups(course, now);
    effect.stalled = stalledGroups(course, answers, threshold);

    const auto rests = [&effect](Region group) {
        return std::any_of(effect.resting.begin(), effect.resting.end(),
                           [group](const Resting& r) { return r.group == group; });
    };
    // Only the groups that really lose a step are reported as resting.
    std::vector<Resting> restingWithStep;
    for (const Resting& r : effect.resting) {
        if (std::any_of(steps.begin(), steps.end(),
                        [&r](const Step& step) { return step.group == r.group; })) {
            restingWithStep.push_back(r);
        }
    }
    effect.resting = std::move(restingWithStep);

    std::vector<Step> ordered;
    ordered.reserve(steps.size());
    std::vector<bool> taken(steps.size(), false);
    for (const Step& deferred : course.deferred) {
        const auto& rating = answers.rating(deferred.group);
        if (!rating || !gapCounts(*rating, threshold) || rests(deferred.group)) {
            continue;
        }
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (!taken[i] && steps[i].group == deferred.group) {
                taken[i] = true;
                ordered.push_back(steps[i]);
                ++effect.fromDeferred;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (!taken[i] && !rests(steps[i].group)) {
            ordered.push_back(steps[i]);
        }
    }
    steps = std::move(ordered);
    return effect;
}

} // namespace tightside::core
