#include "tightside/checks/history.h"

#include <chrono>
#include <utility>

namespace tightside::checks {

CheckStart readCheckStart(const store::SessionStore& sessions, core::UtcTime now)
{
    CheckStart start;
    start.now = now;
    core::CourseBuilder builder;
    bool standingFound = false;
    // Ids begin with the start time: "20261125T103000Z".
    const std::string startedBy = core::newSessionId(now, 0).substr(0, 16);
    const auto read = store::forEachNewestFirst(
        sessions, startedBy,
        [&](const store::StoredSession& stored) {
            start.read.push_back(stored);
            // A session after the check's time is not part of its past.
            const auto started = core::parseIsoUtc(stored.session.started);
            if (!started || *started > now) {
                return true;
            }
            if (!start.latest) {
                start.latest = stored.session;
            }
            // A check stopped by a red flag asked no precautions: look further back.
            if (!standingFound && !stored.session.stopped) {
                start.standingPrecautions = stored.session.answers.precautions;
                standingFound = true;
            }
            builder.add(stored.session);
            return !(builder.enoughToPlan(now) && standingFound);
        },
        [&start](const QString& why) { start.skipped.push_back(why); });
    if (!read) {
        start.error = read.error();
        start.read.clear();
        return start;
    }
    start.context = builder.context();
    return start;
}

store::Result<CourseReading>
readCourse(const store::SessionStore& sessions, const UtcOffsetAt& offsetAt,
           const std::vector<store::StoredSession>& known,
           const std::function<void(std::size_t, std::size_t)>& progress)
{
    auto listing = sessions.summaries(progress, known);
    if (!listing) {
        return store::Result<CourseReading>::failure(listing.error());
    }
    CourseReading reading;
    reading.course =
        store::courseFromSummaries(sessions, listing.value().sessions, offsetAt, known);
    reading.sessions = std::move(listing.value().sessions);
    reading.quarantined = std::move(listing.value().quarantined);
    return store::Result<CourseReading>::success(std::move(reading));
}

std::optional<LastCheck> lastCheck(const CheckStart& start, const UtcOffsetAt& offsetAt)
{
    if (!start.latest || start.latest->stopped) {
        return std::nullopt;
    }
    core::CourseBuilder builder;
    builder.add(*start.latest);
    const auto started = builder.latestStart();
    if (!started) {
        return std::nullopt;
    }
    // Both dates are the computer's local ones.
    const auto startedOffset = offsetAt(*started);
    LastCheck last;
    last.course = builder.course(startedOffset);
    last.daysAgo = core::localDaysBetween(*started, startedOffset, start.now, offsetAt(start.now));
    return last;
}

ActivitiesQuestion activitiesQuestion(const std::optional<core::Course>& course, core::UtcTime now,
                                      std::optional<core::UtcTime> skipped)
{
    ActivitiesQuestion question;
    if (!course) {
        question.due = true;
        return question;
    }
    question.due = core::activitiesDue(*course, now, skipped);
    question.previous = course->latestActivities;
    return question;
}

} // namespace tightside::checks
