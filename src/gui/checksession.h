#pragma once

#include "tightside/checks/check.h"
#include "tightside/core/answers.h"
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

/// The check in progress for the window: a checks::Check (the application layer owns every
/// use case) on the window's context and Services clock, kept alive with the context. Pages
/// show what it holds; the flow tells it what happened.
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
    /// The use cases of this check.
    checks::Check& check() { return m_check; }
    const core::Plan& plan() const { return m_check.plan(); }
    const core::Session& session() const { return m_check.session(); }
    bool unsaved() const { return m_check.unsaved(); }
    /// The Services clock: its wall time is the course's "now" and the calendar file's stamp.
    const Clock& clock() const { return m_clock; }

    /// checks::Check::makePlan (the course from the history read once, now from the clock).
    const core::Plan& makePlan(const core::Answers& answers, const core::PlanOptions& options)
    {
        return m_check.makePlan(answers, options);
    }
    using ActivitiesQuestion = checks::ActivitiesQuestion;
    /// For a check at `now`, the person having last skipped them at `skipped`.
    ActivitiesQuestion activitiesQuestion(std::chrono::system_clock::time_point now,
                                          std::optional<core::UtcTime> skipped)
    {
        return checks::activitiesQuestion(m_check.course(),
                                          std::chrono::floor<std::chrono::seconds>(now), skipped);
    }
    void setActivities(std::vector<core::Activity> activities)
    {
        m_check.setActivities(std::move(activities));
    }
    /// The landmarks tapped on the group pages (issue 23), stored by start() as the session's
    /// `measure_points`.
    void setMeasurePoints(
        std::map<core::Region, std::map<core::Side, std::vector<core::PhotoPoint>>> points)
    {
        m_check.setMeasurePoints(std::move(points));
    }
    /// The photos measured on (only when the person chose to keep them), kept by start()
    /// beside the session (keepMeasuredPhotos).
    void setPhotos(std::map<core::Region, std::map<core::Side, QImage>> photos)
    {
        m_photos = std::move(photos);
    }
    /// The angles measured again on the re-check page, stored by finish() (issue 23).
    void setRecheckMeasures(const core::GroupMeasures& measures)
    {
        m_check.setRecheckMeasures(measures);
    }
    std::vector<std::string> standingPrecautions() { return m_check.standingPrecautions(); }
    core::Plan screen(const core::Answers& answers) const { return m_check.screen(answers); }
    QString stopAtScreening(const core::Answers& answers, std::chrono::system_clock::time_point now)
    {
        return m_check.stopAtScreening(answers, now);
    }
    const std::string& stoppedId() const { return m_check.stoppedId(); }
    void begin(std::chrono::system_clock::time_point when) { m_check.begin(when); }
    /// checks::Check::start, keeping the measured photos (when chosen) beside the session.
    QString start(const core::Answers& answers, std::chrono::system_clock::time_point now);
    QString saveProgress(const core::Routine& routine) { return m_check.saveProgress(routine); }
    void resume(const core::Session& session) { m_check.resume(session); }
    core::ResumePoint resumePoint() const { return m_check.resumePoint(); }
    QString finish(const std::vector<std::pair<core::Region, core::Rating>>& recheck, int painAfter,
                   const QString& notes, std::chrono::system_clock::time_point now)
    {
        return m_check.finish(recheck, painAfter, notes.toStdString(), now);
    }

private:
    std::shared_ptr<const AppContext> m_context;
    std::map<core::Region, std::map<core::Side, QImage>> m_photos;
    const Clock& m_clock;
    checks::Check m_check;
};

} // namespace tightside::gui
