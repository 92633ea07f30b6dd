#pragma once

// Which short sound the routine player plays, and when: decided here, from the routine's own
// clock, so that the window only plays what it is told and tests check it on a fake clock.

#include "tightside/core/routine.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tightside::core {

/// The player's sounds (ux.md): a tick for each second of the get-ready count, a different
/// tick for each of the last seconds of a hold, and an end-of-hold sound that cannot be missed.
enum class Sound : std::uint8_t
{
    GetReadyTick,
    LastSecondsTick,
    HoldEnd,
};

/// A stable id for a sound: its file name without ".wav" ("get-ready-tick", ...).
std::string_view soundId(Sound sound);

/// How many of a hold's last seconds tick.
inline constexpr int kLastSecondsTicked = 5;

/// Turns what a Routine reports into the sounds to play now. Call update() after every call
/// on the routine (start, advance, pause, skip, ...) with the cues that call returned.
/// - every whole second of a get-ready count (including the count after a pause): GetReadyTick;
/// - each of the last kLastSecondsTicked whole seconds of a hold: LastSecondsTick;
/// - a hold that ends (StepEnd or RoutineEnd): HoldEnd, once.
/// A paused routine is silent. When the caller was late and several seconds passed at once,
/// only one tick sounds, never a burst.
class SoundSchedule
{
public:
    std::vector<Sound> update(const Routine& routine, const std::vector<Cue>& cues);

private:
    RoutinePhase m_phase = RoutinePhase::Finished;
    std::size_t m_step = 0;
    int m_second = -1;
};

} // namespace tightside::core
