#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/course.h"
#include "tightside/core/plan.h"
#include "tightside/core/progress.h"
#include "tightside/core/protocol.h"
#include "tightside/core/routine.h"
#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"
#include "tightside/gui/appcontext.h"
#include "tightside/gui/services.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tightside::gui {

/// The check in progress, without any widget: the plan the engine made for the answers, the
/// session started from it, its progress saved through the store as the routine goes (crash
/// resume), and the finished session written to sessions/. Pages show what it holds; the flow
/// tells it what happened.
class CheckSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckSession)

public:
    /// The session keeps `context` (protocol and store) alive as long as it lives; `clock`
    /// (the Services clock, which must outlive it) gives the time plans are made at.
    CheckSession(std::shared_ptr<const AppContext> context, const Clock& clock,
                 QObject* parent = nullptr);

    const core::Protocol& protocol() const { return m_context->protocol(); }
    const std::shared_ptr<const AppContext>& context() const { return m_context; }
    /// The plan of the last makePlan() (or of the resumed session).
    const core::Plan& plan() const { return m_plan; }
    const core::Session& session() const { return m_session; }
    /// True from start() (or a resume) until the session is saved by finish(): a check that
    /// would be lost, in part, if the window went now.
    bool unsaved() const { return m_started; }

    /// The Services clock: its wall time is the course's "now" (resting groups, the next
    /// check) and the calendar file's stamp.
    const Clock& clock() const { return m_clock; }

    /// The engine's plan for `answers` and the person's `options` (the preferred hold goes
    /// into the engine, so the budget, the holds and the reasons agree), in words, always with
    /// the course read from the store (last time's deferred steps first, resting groups, six
    /// sessions without change; a history that cannot be read plans without it); kept as
    /// plan().
    const core::Plan& makePlan(const core::Answers& answers, const core::PlanOptions& options);
    /// What to ask about what matters to the person at this check (issue 15 item 5).
    struct ActivitiesQuestion
    {
        /// core::activitiesDue() on the stored course at the clock's now.
        bool due = false;
        /// The latest activities rated, offered again.
        std::vector<core::Activity> previous;
    };
    /// For a check at `now`, the person having last skipped them at `skipped`: reads the
    /// history's summaries (the index) for the activities rated last; a history that cannot
    /// be read asks (nothing is lost by asking).
    ActivitiesQuestion activitiesQuestion(std::chrono::system_clock::time_point now,
                                          std::optional<core::UtcTime> skipped) const;
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
    /// The photos measured on (only when the person chose to keep them), kept by start()
    /// beside the session (keepMeasuredPhotos).
    void setPhotos(std::map<core::Region, std::map<core::Side, QImage>> photos)
    {
        m_photos = std::move(photos);
    }
    /// The precautions of the last check (store::standingPrecautions at the clock's now), to
    /// offer again ticked; empty when there is none or the history cannot be read.
    std::vector<std::string> standingPrecautions() const;
    /// What the engine says for red-flag answers alone (the seek-care plan); plan() is kept.
    core::Plan screen(const core::Answers& answers) const;
    /// The screening stopped the check (red flags ticked): keeps it in the history as a session
    /// stopped by a red flag (core::stoppedSession, contracts.md third wave), so the person and
    /// a clinician can later see the app sent them to a doctor that day. Stopping again in the
    /// same check (back, other flags, next) rewrites the same session. Returns the error
    /// sentence of a failed save, or empty.
    QString stopAtScreening(const core::Answers& answers,
                            std::chrono::system_clock::time_point now);
    /// The id of the session stopAtScreening() keeps; empty before.
    const std::string& stoppedId() const { return m_stoppedId; }
    /// The check began at `when` (its first page was on screen): the session's `started`, and
    /// its id, are this time, not the routine's start. Only the first call counts.
    void begin(std::chrono::system_clock::time_point when);
    /// Starts a new session with `answers` and plan() at `now` (its start is when the check
    /// began, or `now` if begin() was never called); saves its progress at once when the plan
    /// has steps. Returns the error sentence of a failed save, or empty.
    QString start(const core::Answers& answers, std::chrono::system_clock::time_point now);
    /// Takes the routine's log as the session's done steps and saves the progress; returns the
    /// error sentence of a failed save, or empty.
    QString saveProgress(const core::Routine& routine);
    /// Goes on with a session that was interrupted (the routine or its re-check).
    void resume(const core::Session& session);
    /// The routine log of a resumed session and the step it goes on with (core::resumePoint).
    core::ResumePoint resumePoint() const;
    /// Writes the finished session (re-check ratings, pain after, notes), finished at `now`,
    /// to sessions/. Returns the error sentence of a failed save (the session stays unsaved),
    /// or empty.
    QString finish(const std::vector<std::pair<core::Region, core::Rating>>& recheck, int painAfter,
                   const QString& notes, std::chrono::system_clock::time_point now);

private:
    std::shared_ptr<const AppContext> m_context;
    const core::Protocol& m_protocol;
    const store::SessionStore& m_store;
    core::Plan m_plan;
    core::Session m_session;
    std::vector<core::Activity> m_activities;
    std::map<core::Region, std::map<core::Side, std::vector<core::PhotoPoint>>> m_measurePoints;
    std::map<core::Region, std::map<core::Side, QImage>> m_photos;
    std::optional<std::chrono::system_clock::time_point> m_began;
    /// The id and time of this check's stop at screening, once stopped.
    std::string m_stoppedId;
    std::optional<std::chrono::system_clock::time_point> m_stoppedAt;
    bool m_started = false;
    const Clock& m_clock;
};

} // namespace tightside::gui
