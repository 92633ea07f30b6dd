#pragma once

#include "historychart.h"
#include "historymodel.h"

#include "tightside/core/course.h"
#include "tightside/core/protocol.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace tightside::gui {

namespace style {
class Card;
}

/// The top of History (issue 26): "am I getting better?" at a glance. One card for back pain
/// and one per rated group, each with its start-to-start verdict from the course (core decides
/// it; the card only shows it), the first and latest figure, and a small chart of every
/// session's value at its start and after its routine, over the band where a gap is balanced.
class HistoryDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDashboard)

public:
    explicit HistoryDashboard(QWidget* parent = nullptr);
    /// Shows `course` (its verdicts) and `rows` (the charts' points; kept, must outlive the
    /// next call) for the groups of `protocol`. Hidden without sessions.
    void showCourse(const core::Course& course, const core::Protocol& protocol,
                    const std::vector<HistoryRow>* rows);
    /// The cards' charts, pain first, then the groups in the protocol's order.
    QList<HistoryChart*> charts() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void reflow();

    QLabel* m_legend = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<style::Card*> m_cards;
    int m_columns = 0;
};

} // namespace tightside::gui
