#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/protocol.h"

#include <QScrollArea>

#include <optional>
#include <utility>
#include <vector>

class QLabel;
class QPlainTextEdit;

namespace tightside::gui {

class CheckSession;
class MeasureSides;
struct Services;
class RatingInput;
class RatingPair;

/// "Check both sides again": one rating pair per group to rate again (sliders start
/// unanswered, the first answers beside them, a small body map lights the side released),
/// the groups measured at the start measured again from photos (optional), back pain now and
/// notes.
class RecheckPage final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecheckPage)

public:
    /// `protocol` and `services` (the prompter, clock and camera for measuring again) must
    /// outlive the page.
    RecheckPage(const core::Protocol& protocol, Services& services, QWidget* parent = nullptr);

    /// Sets the page up for `session`'s groups (in the Tab order before the pain and notes).
    void prepare(const CheckSession& session);
    /// The groups' ratings as the page holds them now.
    std::vector<std::pair<core::Region, core::Rating>> recheck() const;
    int painAfter() const;
    /// True once every group's both sides and the pain are rated: each starts unanswered
    /// (the first answers are shown beside it), so an untouched slider never records "no
    /// change". Save waits for it.
    bool answered() const;

    QString notes() const;
    /// The angles measured again (issue 23) for the groups measured at the start
    /// (core::remeasureGroups); checks::Check keeps only those.
    core::GroupMeasures measuresAfter() const;
    /// The measuring of `group` again, or nullptr when it is not offered.
    MeasureSides* measureSides(core::Region group) const;

signals:
    void answeredChanged();

private:
    const core::Protocol& m_protocol;
    QWidget* m_groups = nullptr;
    Services& m_services;
    std::vector<std::pair<core::Region, RatingPair*>> m_pairs;
    std::vector<std::pair<core::Region, MeasureSides*>> m_sides;
    std::vector<QWidget*> m_frames;
    RatingInput* m_painAfter = nullptr;
    QLabel* m_painBefore = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace tightside::gui
