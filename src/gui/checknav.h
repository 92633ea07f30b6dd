#pragma once

#include "checkflow.h"

#include <QString>
#include <QWidget>

#include <cstddef>

class QLabel;
class QPushButton;

namespace tightside::gui {

/// The Check place's bottom row: Back, why Next waits (when it does) and Next, worded for the
/// page shown. Where the person is, the stepper above the page says (checkstepper.h). It shows the
/// flow's state; the flow decides where Back and Next go.
class CheckNav final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckNav)

public:
    /// What the row shows for one page.
    struct State
    {
        CheckFlow::Page page = CheckFlow::Page::RedFlags;
        /// The plan has a routine (the Plan page's Next starts it).
        bool routine = false;
        /// Why Next waits; empty when the page is ready.
        QString waitHint;
    };

    explicit CheckNav(QWidget* parent = nullptr);
    void show(const State& state);
    /// True while Next is on screen (Enter goes on only then).
    bool nextShown() const;

signals:
    void backClicked();
    void nextClicked();

private:
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_where = nullptr;
};

} // namespace tightside::gui
