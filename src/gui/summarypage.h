#pragma once

#include <QWidget>

class QLabel;

namespace tightside::gui {

class CheckSession;

/// "Saved: your gap, before and after": each group's gap before and after, back pain, how the
/// steps ended, and a way to the history.
class SummaryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(QWidget* parent = nullptr);

    /// Shows the session `check` saved.
    void showSession(const CheckSession& check);

signals:
    /// "See your history".
    void historyRequested();

private:
    QLabel* m_text = nullptr;
};

} // namespace tightside::gui
