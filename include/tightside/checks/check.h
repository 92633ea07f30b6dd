#pragma once

// One check, from its first page to the saved session (issue 22): the use cases the window and
// the commands share. QtCore only, no widget; pages show what it holds and the flow tells it
// what happened.

#include "tightside/checks/history.h"
#include "tightside/core/activities.h"
#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/progress.h"
#include "tightside/core/protocol.h"
#include "tightside/core/routine.h"
#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"
#include "tightside/store/sessionstore.h"

#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tightside::checks {

/// The wall clock a check runs on (the window's Services clock, the system's for a command).
using WallClock = std::function<std::chrono::system_clock::time_point()>;

/// The one "now" a plan is made at: the answers' `time` when they carry one (a check made
/// earlier, `plan --answers`), else `clock`'s now.
core::UtcTime planNow(const core::Answers& answers, const WallClock& clock);

/// The plan for `answers` in words: with `start`'s course when given and readable (last
/// time's deferred steps first, resting groups, six sessions without change), at
/// planNow(answers, clock). `options`' course and now are set here.
core::Plan planCheck(const core::Protocol& protocol, const core::Answers& answers,
                     core::PlanOptions options, const CheckStart* start, const WallClock& clock);

/// One check. The protocol and the store must outlive it.
class Check
{
public:
    Check(const core::Protocol& protocol, const store::SessionStore& sessions, WallClock clock,
          UtcOffsetAt offsetAt);

    const core::Protocol& protocol() const { return m_protocol; }
    const WallClock& clock() const { return m_clock; }

    /// The check began at `when` (its first page was on screen): the session's `started`, and
    /// its id, are this time, not the routine's start. Only the first call counts.
    void begin(std::chrono::system_clock::time_point when);

    /// What the history says at the start of this check, read on first need (at the clock's
    /// now) and never again during the check: the newest file is read once.
    const CheckStart& history();
    /// The last check's line (lastCheck() of history()).
    std::optional<LastCheck> lastCheck();
    /// The precautions of the last check, to offer again ticked.
    std::vector<std::string> standingPrecautions() { return history().standingPrecautions; }
    /// The one course over the history's index (readCourse), read on first need with the
    /// files history() read; nullopt when the history cannot be read.
    const std::optional<core::Course>& course();
    /// What to ask about what matters to the person, at the clock's now, the person having
    /// last skipped the activities at `skipped`.
    ActivitiesQuestion activitiesQuestion(std::optional<core::UtcTime> skipped);

    /// What the engine says for red-flag answers alone (the seek-care plan); plan() is kept.
    core::Plan screen(const core::Answers& answers) const;
    /// The screening stopped the check (red flags ticked): keeps it in the history as a session
    /// stopped by a red flag (core::stoppedSession). Stopping again in the same check rewrites
    /// the same session. Returns the error sentence of a failed save, or empty.
    QString stopAtScreening(const core::Answers& answers,
                            std::chrono::system_clock::time_point now);
    /// The id of the session stopAtScreening() keeps; empty before.
    const std::string& stoppedId() const { return m_stoppedId; }

    /// The plan for `answers` and the person's `options` (planCheck() with history()), kept
    /// as plan().
    const core::Plan& makePlan(const core::Answers& answers, const core::PlanOptions& options);
    const core::Plan& plan() const { return m_plan; }

    /// The activities rated at this check (empty when skipped or not due), stored by start().
    void setActivities(std::vector<core::Activity> activities)
    {
        m_activities = std::move(activities);
    }
    /// The landmarks tapped on the group pages (issue 23), stored by start() as the session's
    /// `measure_points`.
    void setMeasurePoints(
        std::map<core::Region, std::map<core::Side, std::vector<core::PhotoPoint>>> points)
    {
        m_measurePoints = std::move(points);
    }
    /// The angles measured again on the re-check page (issue 23), stored by finish() as the
    /// session's `recheck_measures` through core::recheckMeasures (only the groups measured at
    /// the start).
    void setRecheckMeasures(core::GroupMeasures measures)
    {
        m_recheckMeasures = std::move(measures);
    }
    /// What the window keeps beside a session (the measured photos, when the person chose to
    /// keep them): called by start() once the session has its id, before the first save.
    using Attach = std::function<void(core::Session&)>;
    /// Starts a new session with `answers` and plan() (its start is when the check began, or
    /// `now`); saves its progress at once when the plan has steps. Returns the error sentence
    /// of a failed save, or empty.
    QString start(const core::Answers& answers, std::chrono::system_clock::time_point now,
                  const Attach& attach = {});
    /// Records the routine's log as the session's done steps and saves the progress.
    QString saveProgress(const core::Routine& routine);
    /// Goes on with a session that was interrupted (the routine or its re-check).
    void resume(const core::Session& session);
    /// The routine log of a resumed session and the step it goes on with.
    core::ResumePoint resumePoint() const;
    /// Writes the finished session (re-check ratings, the angles measured again, pain after,
    /// notes), finished at `now`.
    /// Returns the error sentence of a failed save (the session stays unsaved), or empty.
    QString finish(const std::vector<std::pair<core::Region, core::Rating>>& recheck, int painAfter,
                   const std::string& notes, std::chrono::system_clock::time_point now);

    const core::Session& session() const { return m_session; }
    /// True from start() (or a resume) until finish() saved the session.
    bool unsaved() const { return m_started; }

private:
    const core::Protocol& m_protocol;
    const store::SessionStore& m_store;
    WallClock m_clock;
    UtcOffsetAt m_offsetAt;
    std::optional<CheckStart> m_history;
    std::optional<std::optional<core::Course>> m_course;
    core::Plan m_plan;
    core::Session m_session;
    std::vector<core::Activity> m_activities;
    std::map<core::Region, std::map<core::Side, std::vector<core::PhotoPoint>>> m_measurePoints;
    core::GroupMeasures m_recheckMeasures{};
    std::optional<std::chrono::system_clock::time_point> m_began;
    std::string m_stoppedId;
    std::optional<std::chrono::system_clock::time_point> m_stoppedAt;
    bool m_started = false;
};

/// The routine left unfinished in current/ (a crash, or a window closed mid-routine) that a
/// window offers to resume or to finish: the newest when there are several. Nullopt when
/// there is none or current/ cannot be read.
std::optional<core::Session> unfinishedSession(const store::SessionStore& sessions);

/// Drops an unfinished session the person chose not to resume: its steps are not saved.
/// Returns the error sentence of a failed removal, or empty.
QString discardUnfinished(const store::SessionStore& sessions, const std::string& id);

} // namespace tightside::checks
