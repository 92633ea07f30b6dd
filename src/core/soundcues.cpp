#include "tightside/core/soundcues.h"

#include <algorithm>

namespace tightside::core {

std::string_view soundId(Sound sound)
{
    switch (sound) {
    case Sound::GetReadyTick:
        return "get-ready-tick";
    case Sound::LastSecondsTick:
        return "last-seconds-tick";
    case Sound::HoldEnd:
        return "hold-end";
    }
    return "hold-end";
}

std::vector<Sound> SoundSchedule::update(const Routine& routine, const std::vector<Cue>& cues)
{
    std::vector<Sound> sounds;
    const bool ended = std::any_of(cues.begin(), cues.end(), [](const Cue& cue) {
        return cue.kind == CueKind::StepEnd || cue.kind == CueKind::RoutineEnd;
    });
    if (ended) {
        sounds.push_back(Sound::HoldEnd);
    }
    const RoutinePhase phase = routine.phase();
    const bool counting = phase == RoutinePhase::GetReady || phase == RoutinePhase::Hold;
    if (!counting || routine.paused() || !routine.started()) {
        m_phase = phase;
        m_second = -1;
        return sounds;
    }
    const int second = routine.remainingSeconds();
    const bool fresh = phase != m_phase || routine.currentIndex() != m_step;
    const bool newSecond = fresh || second != m_second;
    if (newSecond && second >= 1) {
        if (phase == RoutinePhase::GetReady) {
            sounds.push_back(Sound::GetReadyTick);
        } else if (!fresh && second <= kLastSecondsTicked) {
            // A hold that starts with 5 s or less left (a resumed one) ticks from its next
            // second: its first second is the get-ready count's last tick.
            sounds.push_back(Sound::LastSecondsTick);
        }
    }
    m_phase = phase;
    m_step = routine.currentIndex();
    m_second = second;
    return sounds;
}

} // namespace tightside::core
