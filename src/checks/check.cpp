#include "tightside/checks/check.h"

#include "tightside/core/progress.h"
#include "tightside/text/planwords.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <utility>

namespace tightside::checks {
namespace {
// What failed, for whoever fixes a bug; never the session's contents, id or file name (the
// person is told the reason on screen).
Q_LOGGING_CATEGORY(lcCheck, "tightside.check", QtInfoMsg)

core::UtcTime secondsOf(std::chrono::system_clock::time_point time)
{
    return std::chrono::floor<std::chrono::seconds>(time);
}
} // namespace

core::UtcTime planNow(const core::Answers& answers, const WallClock& clock)
{
    if (answers.time) {
        if (const auto time = core::parseIsoUtc(*answers.time)) {
            return *time;
        }
    }
    return secondsOf(clock());
}

core::Plan planCheck(const core::Protocol& protocol, const core::Answers& answers,
                     core::PlanOptions options, const CheckStart* start, const WallClock& clock)
{
    options.now = planNow(answers, clock);
    options.course = start != nullptr && start->readable() ? &start->context : nullptr;
    return text::makePlan(protocol, answers, options);
}

Check::Check(const core::Protocol& protocol, const store::SessionStore& sessions, WallClock clock,
             UtcOffsetAt offsetAt)
    : m_protocol(protocol), m_store(sessions), m_clock(std::move(clock)),
      m_offsetAt(std::move(offsetAt))
{}

void Check::begin(std::chrono::system_clock::time_point when)
{
    if (!m_began) {
        m_began = when;
    }
}

const CheckStart& Check::history()
{
    if (!m_history) {
        m_history = readCheckStart(m_store, secondsOf(m_clock()));
    }
    return *m_history;
}

std::optional<LastCheck> Check::lastCheck()
{
    return checks::lastCheck(history(), m_offsetAt);
}

const std::optional<core::Course>& Check::course()
{
    if (!m_course) {
        const auto reading = readCourse(m_store, m_offsetAt, history().read);
        m_course = reading ? std::optional<core::Course>(reading.value().course) : std::nullopt;
    }
    return *m_course;
}

ActivitiesQuestion Check::activitiesQuestion(std::optional<core::UtcTime> skipped)
{
    return checks::activitiesQuestion(course(), secondsOf(m_clock()), skipped);
}

core::Plan Check::screen(const core::Answers& answers) const
{
    // The engine answers red flags before it looks at any rating (M7).
    return text::makePlan(m_protocol, answers);
}

QString Check::stopAtScreening(const core::Answers& answers,
                               std::chrono::system_clock::time_point now)
{
    if (!m_stoppedAt) {
        m_stoppedAt = secondsOf(now);
        m_stoppedId = core::newSessionId(*m_stoppedAt, QRandomGenerator::global()->generate());
    }
    const auto result =
        m_store.save(core::stoppedSession(m_stoppedId, answers, m_protocol, *m_stoppedAt));
    return result ? QString() : result.error();
}

const core::Plan& Check::makePlan(const core::Answers& answers, const core::PlanOptions& options)
{
    m_plan = planCheck(m_protocol, answers, options, &history(), m_clock);
    return m_plan;
}

QString Check::start(const core::Answers& answers, std::chrono::system_clock::time_point now,
                     const Attach& attach)
{
    begin(now);
    m_session = core::Session{};
    m_session.id = core::newSessionId(*m_began, QRandomGenerator::global()->generate());
    m_session.started = core::isoUtc(*m_began);
    m_session.protocolId = m_protocol.id;
    m_session.protocolVersion = m_protocol.version;
    m_session.answers = answers;
    m_session.plan = m_plan;
    m_session.activities = m_activities;
    m_session.measurePoints = m_measurePoints;
    if (attach) {
        attach(m_session);
    }
    m_started = true;
    if (m_plan.steps.empty()) {
        return {};
    }
    const auto result = m_store.saveProgress(m_session);
    if (!result) {
        qCWarning(lcCheck) << "the routine's progress could not be saved";
    }
    return result ? QString() : result.error();
}

QString Check::saveProgress(const core::Routine& routine)
{
    if (!m_started) {
        return {};
    }
    m_session.done = core::doneSteps(routine.steps(), routine.records());
    const auto result = m_store.saveProgress(m_session);
    if (!result) {
        qCWarning(lcCheck) << "the routine's progress could not be saved";
    }
    return result ? QString() : result.error();
}

void Check::resume(const core::Session& session)
{
    m_session = session;
    m_plan = session.plan;
    m_started = true;
}

core::ResumePoint Check::resumePoint() const
{
    return core::resumePoint(m_plan.steps, m_session.done);
}

QString Check::finish(const std::vector<std::pair<core::Region, core::Rating>>& recheck,
                      int painAfter, const std::string& notes,
                      std::chrono::system_clock::time_point now)
{
    m_session.finished = core::isoUtc(now);
    m_session.recheck = {};
    for (const auto& [region, rating] : recheck) {
        m_session.setRecheck(region, rating);
    }
    m_session.recheckMeasures = core::recheckMeasures(m_session, m_recheckMeasures);
    m_session.painAfter = painAfter;
    m_session.notes = notes;
    const auto result = m_store.finish(m_session);
    if (!result) {
        qCWarning(lcCheck) << "the finished session could not be saved";
        m_session.finished.reset();
        return result.error();
    }
    qCInfo(lcCheck) << "a finished session was saved";
    m_started = false;
    return {};
}

std::optional<core::Session> unfinishedSession(const store::SessionStore& sessions)
{
    auto progress = sessions.loadProgress();
    if (!progress || progress.value().sessions.empty()) {
        return std::nullopt;
    }
    return std::move(progress.value().sessions.back().session);
}

QString discardUnfinished(const store::SessionStore& sessions, const std::string& id)
{
    const auto removed = sessions.discardProgress(id);
    return removed ? QString() : removed.error();
}

} // namespace tightside::checks
