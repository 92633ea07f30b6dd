#pragma once

#include "tightside/core/activities.h"

#include <QWidget>

#include <array>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;

namespace tightside::gui {

/// What matters to the person (issue 15 item 5, optional, at most once a week): up to five
/// activities they name, each rated 0 (cannot do it) to 10 (as well as before the trouble).
/// A rating starts unanswered, never at 0; "Skip this week" records nothing.
class ActivitiesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesPage)

public:
    explicit ActivitiesPage(QWidget* parent = nullptr);

    /// Offers the activities rated last time again: their names filled in, their ratings
    /// unanswered (today's rating is a new answer).
    void offer(const std::vector<core::Activity>& previous);
    /// The activities named and rated, in row order, names trimmed.
    std::vector<core::Activity> activities() const;
    /// False while a row is named but not rated (or rated but not named), or the named ones
    /// break a rule of core::activityProblems() (the same name twice).
    bool ready() const;
    /// Why Next waits, in plain words; empty when it does not.
    QString notReadyHint() const;

signals:
    /// The person chose "Skip this week": nothing is recorded.
    void skipRequested();
    void readyChanged();

private:
    struct Row
    {
        QLineEdit* name = nullptr;
        QSlider* score = nullptr;
        QLabel* value = nullptr;
        bool rated = false;
    };
    void markRated(std::size_t index);
    void showValue(std::size_t index);
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::array<Row, core::kMaxActivities> m_rows{};
    QPushButton* m_skip = nullptr;
};

} // namespace tightside::gui
