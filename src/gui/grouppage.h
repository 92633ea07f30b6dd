#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/protocol.h"

#include <QImage>
#include <QScrollArea>

#include <array>
#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tightside::gui {

class MeasureDialog;
class MeasureSides;
struct Services;
class RatingPair;
class SvgView;

/// One leg group: its self-test (steps, picture, nerve signs), a body map that lights the
/// tighter side once the ratings show a real gap, and the left/right ratings. An optional
/// group is rated only when "I did the optional ... test today" is ticked.
class GroupPage final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPage)

public:
    /// `group` must outlive the page (it is an element of the protocol's groups); `services`
    /// (the prompter, clock and camera for measuring, issue 23) must outlive it too.
    GroupPage(const core::Protocol& protocol, const core::Group& group, Services& services,
              QWidget* parent = nullptr);

    /// Both sides' ratings, or nullopt for an optional test not done today.
    std::optional<core::Rating> rating() const;
    /// Focus on the ratings, or on the "did this test" box while they are off.
    void focusInput();
    /// True when both sides are rated, or the optional test is not done today: both
    /// sliders start unanswered, so Next waits instead of taking 0 and 0 for an answer.
    bool answered() const;

    /// The angles measured from photos (either side may be missing), or nullopt when the group
    /// has no measured test, neither side is measured, or the optional test is not done today.
    std::optional<core::GroupMeasure> measure() const;
    /// The landmarks tapped for each measured side (0-1 of the photo).
    std::map<core::Side, std::vector<core::PhotoPoint>> measurePoints() const;
    /// The photo a side was measured on (null when not measured).
    QImage measurePhoto(core::Side side) const;
    /// Opens the measuring page for `side` (window-modal; the result is taken when it is
    /// accepted) and returns it; nullptr when the group has no measured test.
    MeasureDialog* openMeasure(core::Side side);

signals:
    void answeredChanged();

private:
    void updateMap();
    void updateMeasured();

    const core::Protocol& m_protocol;
    const core::Group& m_group;
    QString m_name;
    SvgView* m_map = nullptr;
    QLabel* m_mapCaption = nullptr;
    QCheckBox* m_done = nullptr;
    RatingPair* m_pair = nullptr;
    /// Both sides measured from photos; null when the group has no measured test.
    MeasureSides* m_sides = nullptr;
    QLabel* m_measured = nullptr;
};

} // namespace tightside::gui
