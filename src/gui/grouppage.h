#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/protocol.h"

#include <QScrollArea>

#include <optional>

class QCheckBox;
class QLabel;

namespace tightside::gui {

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
    /// `group` must outlive the page (it is an element of the protocol's groups).
    GroupPage(const core::Protocol& protocol, const core::Group& group, QWidget* parent = nullptr);

    /// Both sides' ratings, or nullopt for an optional test not done today.
    std::optional<core::Rating> rating() const;
    /// Focus on the ratings, or on the "did this test" box while they are off.
    void focusInput();
    /// True when both sides are rated, or the optional test is not done today: both
    /// sliders start unanswered, so Next waits instead of taking 0 and 0 for an answer.
    bool answered() const;

signals:
    void answeredChanged();

private:
    void updateMap();

    const core::Protocol& m_protocol;
    const core::Group& m_group;
    QString m_name;
    SvgView* m_map = nullptr;
    QLabel* m_mapCaption = nullptr;
    QCheckBox* m_done = nullptr;
    RatingPair* m_pair = nullptr;
};

} // namespace tightside::gui
