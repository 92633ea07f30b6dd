#include "checksession.h"

#include "tightside/core/rulesengine.h"
#include "tightside/store/recent.h"
#include "tightside/store/sessionstore.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

namespace tightside::gui {
namespace {

core::Outcome toOutcome(core::StepOutcome outcome)
{
    switch (outcome) {
    case core::StepOutcome::Completed:
        return core::Outcome::Completed;
    case core::StepOutcome::Skipped:
        return core::Outcome::Skipped;
    case core::StepOutcome::StoppedPain:
        return core::Outcome::StoppedPain;
    }
    return core::Outcome::Completed;
}

core::StepOutcome fromOutcome(core::Outcome outcome)
{
    switch (outcome) {
    case core::Outcome::Completed:
        return core::StepOutcome::Completed;
    case core::Outcome::Skipped:
        return core::StepOutcome::Skipped;
    case core::Outcome::StoppedPain:
        return core::StepOutcome::StoppedPain;
    }
    return core::StepOutcome::Completed;
}

} // namespace

CheckSession::CheckSession(const core::Protocol& protocol, store::SessionStore& store,
                           QObject* parent)
    : QObject(parent), m_protocol(protocol), m_store(store)
{}

const core::Plan& CheckSession::makePlan(const core::Answers& answers, int preferredSeconds)
{
    const auto now = std::chrono::floor<std::chrono::seconds>(m_clock());
    const auto course = store::courseContext(m_store, now);
    m_plan = course ? core::RulesEngine(m_protocol).plan(answers, course.value(), now)
                    : core::RulesEngine(m_protocol).plan(answers);
    // The user's default step length replaces the standard hold, within the protocol's range;
    // gentler holds set by a precaution or a flare-up are never lengthened (M7, M10).
    if (preferredSeconds > 0) {
        const int seconds = std::clamp(preferredSeconds, m_protocol.standard.minSeconds,
                                       m_protocol.standard.maxSeconds);
        for (auto* list : {&m_plan.steps, &m_plan.deferred}) {
            for (core::Step& step : *list) {
                if (step.seconds == m_protocol.standard.seconds) {
                    step.seconds = seconds;
                }
            }
        }
    }
    return m_plan;
}

core::Plan CheckSession::screen(const core::Answers& answers) const
{
    core::Answers screening = answers;
    for (const auto& group : m_protocol.groups) {
        if (!group.optional) {
            screening.setRating(group.region, {0, 0});
        }
    }
    return core::RulesEngine(m_protocol).plan(screening);
}

QString CheckSession::start(const core::Answers& answers)
{
    const auto now = m_clock();
    m_session = core::Session{};
    m_session.id = core::newSessionId(now, QRandomGenerator::global()->generate());
    m_session.started = core::isoUtc(now);
    m_session.protocolId = m_protocol.id;
    m_session.protocolVersion = m_protocol.version;
    m_session.answers = answers;
    m_session.plan = m_plan;
    m_started = true;
    if (m_plan.steps.empty()) {
        return {};
    }
    const auto result = m_store.saveProgress(m_session);
    return result ? QString() : result.error();
}

QString CheckSession::saveProgress(const core::Routine& routine)
{
    if (!m_started) {
        return {};
    }
    m_session.done.clear();
    for (const core::StepRecord& record : routine.records()) {
        const core::Step& step = routine.steps().at(record.step);
        m_session.done.push_back(
            {step.group, step.side, step.technique, record.secondsHeld, toOutcome(record.outcome)});
    }
    const auto result = m_store.saveProgress(m_session);
    return result ? QString() : result.error();
}

void CheckSession::resume(const core::Session& session)
{
    m_session = session;
    m_plan = session.plan;
    m_started = true;
}

std::vector<core::StepRecord> CheckSession::resumeRecords(std::size_t* nextIndex) const
{
    std::vector<core::StepRecord> records;
    std::size_t next = 0;
    for (const core::DoneStep& done : m_session.done) {
        for (std::size_t i = 0; i < m_plan.steps.size(); ++i) {
            const core::Step& step = m_plan.steps[i];
            if (step.group == done.group && step.side == done.side &&
                step.technique == done.technique) {
                records.push_back({i, fromOutcome(done.outcome), done.seconds});
                next = std::max(next, i + 1);
                break;
            }
        }
    }
    if (nextIndex != nullptr) {
        *nextIndex = next;
    }
    return records;
}

std::vector<core::Region> CheckSession::recheckGroups() const
{
    std::vector<core::Region> groups = m_session.plan.recheck;
    for (const core::DoneStep& done : m_session.done) {
        if (std::find(groups.begin(), groups.end(), done.group) == groups.end()) {
            groups.push_back(done.group);
        }
    }
    return groups;
}

std::optional<core::Side> CheckSession::releasedSide(core::Region group) const
{
    std::optional<core::Side> released;
    for (const core::DoneStep& done : m_session.done) {
        if (done.group == group) {
            released = done.side;
        }
    }
    return released;
}

QString CheckSession::finish(const std::vector<std::pair<core::Region, core::Rating>>& recheck,
                             int painAfter, const QString& notes)
{
    m_session.finished = core::isoUtc(m_clock());
    m_session.recheck = {};
    for (const auto& [region, rating] : recheck) {
        m_session.setRecheck(region, rating);
    }
    m_session.painAfter = painAfter;
    m_session.notes = notes.toStdString();
    const auto result = m_store.finish(m_session);
    if (!result) {
        m_session.finished.reset();
        return result.error();
    }
    m_started = false;
    return {};
}

} // namespace tightside::gui
