#include "checksession.h"

#include "measurephotos.h"

#include "tightside/core/progress.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/recent.h"
#include "tightside/store/sessionstore.h"
#include "tightside/text/planwords.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <chrono>
#include <utility>

namespace tightside::gui {
namespace {
// What failed, for whoever fixes a bug; never the session's contents, id or file name (the
// person is told the reason on screen).
Q_LOGGING_CATEGORY(lcCheck, "tightside.check", QtInfoMsg)
} // namespace

CheckSession::CheckSession(std::shared_ptr<const AppContext> context, const Clock& clock,
                           QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_protocol(m_context->protocol()),
      m_store(m_context->store()), m_clock(clock)
{}

const core::Plan& CheckSession::makePlan(const core::Answers& answers,
                                         const core::PlanOptions& options)
{
    // Always with the course read from the store; a history that cannot be read plans
    // without it.
    core::PlanOptions withCourse = options;
    withCourse.now = std::chrono::floor<std::chrono::seconds>(m_clock.wallNow());
    const auto course = store::courseContext(m_store, withCourse.now);
    if (course) {
        withCourse.course = &course.value();
    }
    m_plan = text::makePlan(m_protocol, answers, withCourse);
    return m_plan;
}

CheckSession::ActivitiesQuestion
CheckSession::activitiesQuestion(std::chrono::system_clock::time_point now,
                                 std::optional<core::UtcTime> skipped) const
{
    ActivitiesQuestion question;
    const auto listing = m_store.summaries();
    if (!listing) {
        question.due = true;
        return question;
    }
    const core::Course course =
        store::courseFromSummaries(m_store, listing.value().sessions, l10n::utcOffsetAt);
    question.due =
        core::activitiesDue(course, std::chrono::floor<std::chrono::seconds>(now), skipped);
    question.previous = course.latestActivities;
    return question;
}

std::vector<std::string> CheckSession::standingPrecautions() const
{
    auto standing = store::standingPrecautions(
        m_store, std::chrono::floor<std::chrono::seconds>(m_clock.wallNow()));
    return standing ? std::move(standing.value()) : std::vector<std::string>{};
}

core::Plan CheckSession::screen(const core::Answers& answers) const
{
    // The engine answers red flags before it looks at any rating (M7).
    return text::makePlan(m_protocol, answers);
}

QString CheckSession::stopAtScreening(const core::Answers& answers,
                                      std::chrono::system_clock::time_point now)
{
    if (!m_stoppedAt) {
        m_stoppedAt = std::chrono::floor<std::chrono::seconds>(now);
        m_stoppedId = core::newSessionId(*m_stoppedAt, QRandomGenerator::global()->generate());
    }
    const auto result =
        m_store.save(core::stoppedSession(m_stoppedId, answers, m_protocol, *m_stoppedAt));
    return result ? QString() : result.error();
}

void CheckSession::begin(std::chrono::system_clock::time_point when)
{
    if (!m_began) {
        m_began = when;
    }
}

QString CheckSession::start(const core::Answers& answers, std::chrono::system_clock::time_point now)
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
    if (!keepMeasuredPhotos(m_store.dataDir(), m_photos, m_session).isEmpty()) {
        qCWarning(lcCheck) << "a measured photo could not be kept";
    }
    m_photos.clear();
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

QString CheckSession::saveProgress(const core::Routine& routine)
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

void CheckSession::resume(const core::Session& session)
{
    m_session = session;
    m_plan = session.plan;
    m_started = true;
}

core::ResumePoint CheckSession::resumePoint() const
{
    return core::resumePoint(m_plan.steps, m_session.done);
}

QString CheckSession::finish(const std::vector<std::pair<core::Region, core::Rating>>& recheck,
                             int painAfter, const QString& notes,
                             std::chrono::system_clock::time_point now)
{
    m_session.finished = core::isoUtc(now);
    m_session.recheck = {};
    for (const auto& [region, rating] : recheck) {
        m_session.setRecheck(region, rating);
    }
    m_session.painAfter = painAfter;
    m_session.notes = notes.toStdString();
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

} // namespace tightside::gui
