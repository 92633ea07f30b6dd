// Which sound the player plays when, on the routine's injected clock (never real time).

#include "testdata.h"

#include "tightside/core/soundcues.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace tightside::core;
using namespace std::chrono_literals;
using testdata::makeStep;

namespace {

using Heard = std::vector<std::pair<long, Sound>>;

/// Drives the routine in 100 ms steps from `from` to `to`, as the player's timer does, and
/// records each sound with the time it sounded.
void play(Routine& routine, SoundSchedule& schedule, long from, long to, Heard& heard)
{
    for (long t = from; t <= to; t += 100) {
        for (Sound sound : schedule.update(routine, routine.advance(Millis(t)))) {
            heard.emplace_back(t, sound);
        }
    }
}

} // namespace

TEST_CASE("get-ready ticks each second, the last five seconds tick, the end sounds once", "[sound]")
{
    Routine routine({makeStep(Region::Quadriceps, Side::Left, 30),
                     makeStep(Region::Hamstrings, Side::Right, 30)});
    SoundSchedule schedule;
    Heard heard;
    for (Sound sound : schedule.update(routine, routine.start(0ms))) {
        heard.emplace_back(0, sound);
    }
    play(routine, schedule, 100, 35000, heard);
    // Lead-in 5 s (5, 4, 3, 2, 1 on the countdown), then a 30 s hold from 5 s to 35 s.
    const Heard expected{
        {0, Sound::GetReadyTick},        {1000, Sound::GetReadyTick},
        {2000, Sound::GetReadyTick},     {3000, Sound::GetReadyTick},
        {4000, Sound::GetReadyTick},     {30000, Sound::LastSecondsTick},
        {31000, Sound::LastSecondsTick}, {32000, Sound::LastSecondsTick},
        {33000, Sound::LastSecondsTick}, {34000, Sound::LastSecondsTick},
        {35000, Sound::HoldEnd},
    };
    CHECK(heard == expected);
    // The done pause (4 s, to 39 s) is silent; the next step's get-ready ticks again.
    heard.clear();
    play(routine, schedule, 35100, 38900, heard);
    CHECK(heard.empty());
    play(routine, schedule, 39000, 40000, heard);
    CHECK(heard == Heard{{39000, Sound::GetReadyTick}, {40000, Sound::GetReadyTick}});
}

TEST_CASE("a paused routine is silent, and the count after a pause ticks", "[sound]")
{
    Routine routine({makeStep(Region::Adductors, Side::Right, 30)});
    SoundSchedule schedule;
    Heard heard;
    (void)schedule.update(routine, routine.start(0ms));
    play(routine, schedule, 100, 30000, heard); // 5 s left in the hold (35 s end)
    heard.clear();
    CHECK(schedule.update(routine, routine.pause(30000ms)).empty());
    play(routine, schedule, 30100, 90000, heard);
    CHECK(heard.empty());
    for (Sound sound : schedule.update(routine, routine.resume(90000ms))) {
        heard.emplace_back(90000, sound);
    }
    play(routine, schedule, 90100, 100000, heard);
    // A 3 s re-countdown, then the last 5 s of the hold: its first second follows the
    // count's last tick, so 4, 3, 2, 1 tick, then the end.
    const Heard expected{
        {90000, Sound::GetReadyTick},    {91000, Sound::GetReadyTick},
        {92000, Sound::GetReadyTick},    {94000, Sound::LastSecondsTick},
        {95000, Sound::LastSecondsTick}, {96000, Sound::LastSecondsTick},
        {97000, Sound::LastSecondsTick}, {98000, Sound::HoldEnd},
    };
    CHECK(heard == expected);
    CHECK(routine.phase() == RoutinePhase::Finished);
}

TEST_CASE("a late timer plays one tick, not a burst, and skipping a hold is no end sound",
          "[sound]")
{
    Routine routine(
        {makeStep(Region::ItBand, Side::Left, 30), makeStep(Region::ItBand, Side::Right, 30)});
    SoundSchedule schedule;
    (void)schedule.update(routine, routine.start(0ms));
    (void)schedule.update(routine, routine.advance(5000ms));
    // A late timer (a hidden window): from 30 s left straight to 1.5 s left is one tick.
    CHECK(schedule.update(routine, routine.advance(33500ms)) ==
          std::vector<Sound>{Sound::LastSecondsTick});
    // Skipping ends the step without a hold's end: the next step's count starts ticking.
    CHECK(schedule.update(routine, routine.skip(33600ms)) ==
          std::vector<Sound>{Sound::GetReadyTick});
    CHECK(soundId(Sound::HoldEnd) == "hold-end");
    CHECK(soundId(Sound::GetReadyTick) == "get-ready-tick");
    CHECK(soundId(Sound::LastSecondsTick) == "last-seconds-tick");
}
