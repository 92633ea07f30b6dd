#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/session.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tightside::core {

/// Milliseconds on the caller's monotonic clock; only differences matter.
using Millis = std::chrono::milliseconds;

/// Where the current step of a routine is.
enum class RoutinePhase : std::uint8_t
{
    /// The lead-in before a hold (also the short re-countdown after a pause).
    GetReady,
    /// The release itself; the countdown runs.
    Hold,
    /// A short pause after a hold before the next step's lead-in.
    Done,
    /// The user stopped the step because pain was rising; waits for a choice (M7).
    PainStop,
    /// Every step has ended.
    Finished,
};

/// Something the user should hear or see right now; the GUI turns it into words and visuals.
enum class CueKind : std::uint8_t
{
    /// A step's lead-in begins: say its name and side.
    StepIntro,
    /// The re-countdown after a pause begins.
    Resuming,
    /// The hold begins.
    HoldStart,
    Halfway,
    /// One of the last seconds of a hold; `seconds` says which.
    Tick,
    /// A hold ended; `next` names the following step, if any.
    StepEnd,
    Paused,
    StoppedPain,
    Skipped,
    /// The last step ended: the end cue that must not be missed.
    RoutineEnd,
};

struct Cue
{
    CueKind kind = CueKind::StepIntro;
    std::size_t step = 0;
    /// Seconds left in the hold, for Tick cues.
    int seconds = 0;
    std::optional<std::size_t> next;

    bool operator==(const Cue&) const = default;
};

/// One entry of the session's `done` list: partial work counts, so skipped and stopped steps
/// are logged with the seconds actually held.
struct StepRecord
{
    std::size_t step = 0;
    Outcome outcome = Outcome::Completed;
    int secondsHeld = 0;

    bool operator==(const StepRecord&) const = default;
};

/// Timings of the player; the defaults follow ux.md (a 5 s lead-in before every hold).
struct RoutineTimings
{
    Millis leadIn{5000};
    Millis resumeLeadIn{3000};
    Millis donePause{4000};
    /// Tick cues for the last this-many seconds of a hold.
    int tickSeconds = 3;
    /// No halfway cue for holds shorter than this.
    int halfwayMinSeconds = 20;
};

/// The routine player's clock as a state machine, free of Qt and of real time: every call
/// takes the caller's monotonic `now`, so tests drive it with a fake clock and a slow or hidden
/// window stays right (it catches up on the next call). Each step runs GetReady -> Hold -> Done.
class Routine
{
public:
    /// `steps` come from the plan, in order; an empty list is finished at once.
    explicit Routine(std::vector<Step> steps, RoutineTimings timings = {});

    /// For a session resumed after a crash: the log so far and the step to begin with.
    /// Call before start(); `nextIndex` past the end makes the routine finished.
    void restore(std::vector<StepRecord> records, std::size_t nextIndex);
    /// Begins the current (normally the first) step's lead-in at `now`.
    std::vector<Cue> start(Millis now);
    /// Moves the clock to `now` and returns every cue whose moment has passed, in order.
    std::vector<Cue> advance(Millis now);

    /// Freezes the clock; resume() continues the same step where it stopped.
    std::vector<Cue> pause(Millis now);
    /// Continues after a short re-countdown; a hold keeps the seconds it had left.
    std::vector<Cue> resume(Millis now);
    std::vector<Cue> togglePause(Millis now);

    /// Ends the current step as skipped (with the seconds held so far) and starts the next.
    std::vector<Cue> skip(Millis now);
    /// Returns to the previous step's lead-in (or restarts the first); partial holds are logged.
    std::vector<Cue> back(Millis now);
    /// M7: ends the current step as stopped_pain and waits in PainStop for the user's choice.
    std::vector<Cue> stopForPain(Millis now);
    /// From PainStop (or Done): goes on to the next step, or finishes.
    std::vector<Cue> next(Millis now);
    /// Ends the routine now; an unfinished hold is logged as skipped.
    std::vector<Cue> finish(Millis now);

    RoutinePhase phase() const { return m_phase; }
    /// True while pause and stop-for-pain act: not waiting for the person's choice after a pain
    /// stop, not finished. The player enables pause, skip and stop by it (after a pain stop the
    /// choice is the stop panel's; skip() there goes on to the next step).
    bool takesControls() const
    {
        return m_phase != RoutinePhase::PainStop && m_phase != RoutinePhase::Finished;
    }
    bool paused() const { return m_paused; }
    /// True while the lead-in is the re-countdown after a pause.
    bool resuming() const { return m_resuming; }
    bool started() const { return m_started; }
    std::size_t currentIndex() const { return m_index; }
    std::size_t stepCount() const { return m_steps.size(); }
    const std::vector<Step>& steps() const { return m_steps; }
    const Step* currentStep() const;
    /// Time left in the current phase as of the last call (frozen while paused).
    Millis remaining() const { return m_remaining; }
    /// Whole seconds left, rounded up, for the big countdown.
    int remainingSeconds() const;
    /// Seconds held so far in the current step.
    int secondsHeld() const;
    const std::vector<StepRecord>& records() const { return m_records; }

private:
    void enterGetReady(Millis now, bool resuming, std::vector<Cue>& cues);
    void enterHold(Millis now, Millis length, std::vector<Cue>& cues);
    void endHold(Millis now, std::vector<Cue>& cues);
    void goToStep(std::size_t index, Millis now, std::vector<Cue>& cues);
    void logPartial(Outcome outcome);
    Millis holdLength() const;

    std::vector<Step> m_steps;
    RoutineTimings m_timings;
    RoutinePhase m_phase = RoutinePhase::GetReady;
    std::size_t m_index = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_resuming = false;
    /// When the current phase ends on the caller's clock (meaningless while paused).
    Millis m_phaseEnd{0};
    Millis m_remaining{0};
    /// Hold time left when the hold (re)started after a pause; the hold is m_holdLeft long.
    Millis m_holdLeft{0};
    /// Phase the re-countdown returns to.
    RoutinePhase m_resumeTo = RoutinePhase::GetReady;
    bool m_halfwaySaid = false;
    int m_lastTick = 0;
    std::vector<StepRecord> m_records;
};

} // namespace tightside::core
