#include "tightside/core/routine.h"

#include <algorithm>
#include <utility>

namespace tightside::core {

Routine::Routine(std::vector<Step> steps, RoutineTimings timings)
    : m_steps(std::move(steps)), m_timings(timings)
{
    if (m_steps.empty()) {
        m_phase = RoutinePhase::Finished;
    }
}

void Routine::restore(std::vector<StepRecord> records, std::size_t nextIndex)
{
    m_records = std::move(records);
    m_index = std::min(nextIndex, m_steps.size());
    if (m_index >= m_steps.size()) {
        m_index = m_steps.empty() ? 0 : m_steps.size() - 1;
        m_phase = RoutinePhase::Finished;
    }
}

const Step* Routine::currentStep() const
{
    return m_index < m_steps.size() ? &m_steps[m_index] : nullptr;
}

Millis Routine::holdLength() const
{
    const Step* step = currentStep();
    return step != nullptr ? Millis{static_cast<Millis::rep>(step->seconds) * 1000} : Millis{0};
}

int Routine::remainingSeconds() const
{
    const auto ms = m_remaining.count();
    return static_cast<int>((ms + 999) / 1000);
}

int Routine::secondsHeld() const
{
    Millis left{0};
    switch (m_phase) {
    case RoutinePhase::Hold:
        left = m_paused ? m_holdLeft : m_remaining;
        break;
    case RoutinePhase::GetReady:
        left = m_holdLeft;
        break;
    case RoutinePhase::Done:
    case RoutinePhase::PainStop:
    case RoutinePhase::Finished:
        return 0;
    }
    const auto held = std::max(Millis{0}, holdLength() - left);
    return static_cast<int>(held.count() / 1000);
}

void Routine::enterGetReady(Millis now, bool resuming, std::vector<Cue>& cues)
{
    m_phase = RoutinePhase::GetReady;
    m_resuming = resuming;
    if (resuming) {
        m_phaseEnd = now + m_timings.resumeLeadIn;
        cues.push_back({CueKind::Resuming, m_index, 0, {}});
    } else {
        m_holdLeft = holdLength();
        m_halfwaySaid = false;
        m_lastTick = 0;
        m_phaseEnd = now + m_timings.leadIn;
        cues.push_back({CueKind::StepIntro, m_index, 0, {}});
    }
    m_remaining = m_phaseEnd - now;
}

void Routine::enterHold(Millis now, Millis length, std::vector<Cue>& cues)
{
    m_phase = RoutinePhase::Hold;
    m_resuming = false;
    m_phaseEnd = now + length;
    m_remaining = length;
    cues.push_back({CueKind::HoldStart, m_index, 0, {}});
}

void Routine::endHold(Millis now, std::vector<Cue>& cues)
{
    m_records.push_back({m_index, Outcome::Completed, m_steps.at(m_index).seconds});
    if (m_index + 1 >= m_steps.size()) {
        m_phase = RoutinePhase::Finished;
        m_remaining = Millis{0};
        cues.push_back({CueKind::RoutineEnd, m_index, 0, {}});
        return;
    }
    m_phase = RoutinePhase::Done;
    m_phaseEnd = now + m_timings.donePause;
    m_remaining = m_timings.donePause;
    cues.push_back({CueKind::StepEnd, m_index, 0, m_index + 1});
}

void Routine::goToStep(std::size_t index, Millis now, std::vector<Cue>& cues)
{
    m_paused = false;
    if (index >= m_steps.size()) {
        m_phase = RoutinePhase::Finished;
        m_remaining = Millis{0};
        cues.push_back({CueKind::RoutineEnd, m_steps.empty() ? 0 : m_steps.size() - 1, 0, {}});
        return;
    }
    m_index = index;
    enterGetReady(now, false, cues);
}

void Routine::logPartial(Outcome outcome)
{
    if (currentStep() != nullptr) {
        m_records.push_back({m_index, outcome, secondsHeld()});
    }
}

std::vector<Cue> Routine::start(Millis now)
{
    std::vector<Cue> cues;
    if (m_started) {
        return cues;
    }
    m_started = true;
    if (m_phase != RoutinePhase::Finished) {
        enterGetReady(now, false, cues);
    }
    return cues;
}

std::vector<Cue> Routine::advance(Millis now)
{
    std::vector<Cue> cues;
    if (!m_started || m_paused) {
        return cues;
    }
    // A slow machine or a hidden window may call late: walk through every phase boundary that
    // has passed, starting each new phase at the old one's end so no time is lost or gained.
    for (;;) {
        if (m_phase == RoutinePhase::GetReady && now >= m_phaseEnd) {
            enterHold(m_phaseEnd, m_resuming ? m_holdLeft : holdLength(), cues);
            continue;
        }
        if (m_phase == RoutinePhase::Hold) {
            if (now >= m_phaseEnd) {
                endHold(m_phaseEnd, cues);
                continue;
            }
            const Millis left = m_phaseEnd - now;
            const Millis total = holdLength();
            if (!m_halfwaySaid && m_steps.at(m_index).seconds >= m_timings.halfwayMinSeconds &&
                left * 2 <= total) {
                m_halfwaySaid = true;
                cues.push_back({CueKind::Halfway, m_index, 0, {}});
            }
            const int secondsLeft = static_cast<int>((left.count() + 999) / 1000);
            if (secondsLeft <= m_timings.tickSeconds &&
                (m_lastTick == 0 || secondsLeft < m_lastTick)) {
                m_lastTick = secondsLeft;
                cues.push_back({CueKind::Tick, m_index, secondsLeft, {}});
            }
            break;
        }
        if (m_phase == RoutinePhase::Done && now >= m_phaseEnd) {
            goToStep(m_index + 1, m_phaseEnd, cues);
            continue;
        }
        break;
    }
    if (m_phase == RoutinePhase::GetReady || m_phase == RoutinePhase::Hold ||
        m_phase == RoutinePhase::Done) {
        m_remaining = std::max(Millis{0}, m_phaseEnd - now);
    } else {
        m_remaining = Millis{0};
    }
    return cues;
}

std::vector<Cue> Routine::pause(Millis now)
{
    auto cues = advance(now);
    if (m_paused || !m_started || !takesControls()) {
        return cues;
    }
    m_paused = true;
    if (m_phase == RoutinePhase::Hold) {
        m_holdLeft = m_remaining;
    }
    cues.push_back({CueKind::Paused, m_index, 0, {}});
    return cues;
}

std::vector<Cue> Routine::resume(Millis now)
{
    std::vector<Cue> cues;
    if (!m_paused) {
        return cues;
    }
    m_paused = false;
    switch (m_phase) {
    case RoutinePhase::Hold:
        // Resume where it paused, after a short re-countdown (ux.md).
        enterGetReady(now, true, cues);
        break;
    case RoutinePhase::GetReady:
        if (m_resuming) {
            enterGetReady(now, true, cues);
        } else {
            enterGetReady(now, false, cues);
        }
        break;
    case RoutinePhase::Done:
        m_phaseEnd = now + m_remaining;
        break;
    case RoutinePhase::PainStop:
    case RoutinePhase::Finished:
        break;
    }
    return cues;
}

std::vector<Cue> Routine::togglePause(Millis now)
{
    return m_paused ? resume(now) : pause(now);
}

std::vector<Cue> Routine::skip(Millis now)
{
    auto cues = advance(now);
    if (!m_started) {
        return cues;
    }
    switch (m_phase) {
    case RoutinePhase::GetReady:
    case RoutinePhase::Hold:
        logPartial(Outcome::Skipped);
        cues.push_back({CueKind::Skipped, m_index, 0, {}});
        goToStep(m_index + 1, now, cues);
        break;
    case RoutinePhase::Done:
    case RoutinePhase::PainStop:
        goToStep(m_index + 1, now, cues);
        break;
    case RoutinePhase::Finished:
        break;
    }
    return cues;
}

std::vector<Cue> Routine::back(Millis now)
{
    auto cues = advance(now);
    if (!m_started || m_steps.empty()) {
        return cues;
    }
    std::size_t target = m_index;
    if (m_phase == RoutinePhase::GetReady || m_phase == RoutinePhase::Hold) {
        if (secondsHeld() > 0) {
            logPartial(Outcome::Skipped);
        }
        target = m_index > 0 ? m_index - 1 : 0;
    }
    goToStep(target, now, cues);
    return cues;
}

std::vector<Cue> Routine::stopForPain(Millis now)
{
    auto cues = advance(now);
    if (!m_started || !takesControls()) {
        return cues;
    }
    if (m_phase == RoutinePhase::GetReady || m_phase == RoutinePhase::Hold) {
        logPartial(Outcome::StoppedPain);
    }
    m_paused = false;
    m_resuming = false;
    m_phase = RoutinePhase::PainStop;
    m_remaining = Millis{0};
    cues.push_back({CueKind::StoppedPain, m_index, 0, {}});
    return cues;
}

std::vector<Cue> Routine::next(Millis now)
{
    std::vector<Cue> cues;
    if (m_phase == RoutinePhase::PainStop || m_phase == RoutinePhase::Done) {
        goToStep(m_index + 1, now, cues);
    }
    return cues;
}

std::vector<Cue> Routine::finish(Millis now)
{
    auto cues = advance(now);
    if (m_phase == RoutinePhase::GetReady || m_phase == RoutinePhase::Hold) {
        if (m_started) {
            logPartial(Outcome::Skipped);
        }
    }
    m_paused = false;
    m_resuming = false;
    m_phase = RoutinePhase::Finished;
    m_remaining = Millis{0};
    return cues;
}

} // namespace tightside::core
