#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <string>

class QGridLayout;
class QLabel;

namespace tightside::gui {

class CheckSession;
class Clock;

/// "Saved: your gap, before and after": one card per re-checked group with its ratings drawn
/// as bars before and after (RatingBars), a "released today" badge for a group a step released
/// and the verdict the session gives it (core::releasedVerdicts; the page does not decide it),
/// then the measured angles, back pain, how the steps ended, the next check and a way to the
/// history.
class SummaryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(QWidget* parent = nullptr);

    /// Shows the session `check` saved.
    void showSession(const CheckSession& check);

    /// The local date the summary suggests for the next check (invalid before showSession).
    QDate nextCheck() const { return m_nextCheck; }
    /// Writes the next check as an iCalendar file to `path` ("Add to calendar" asks where);
    /// returns the error sentence, or empty.
    QString writeCalendar(const QString& path) const;

signals:
    /// "See your history".
    void historyRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void addToCalendar();
    void arrangeCards();

    QWidget* m_content = nullptr;
    /// The card below the group cards (measured angles, pain, steps, next check).
    QWidget* m_more = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QWidget*> m_cards;
    int m_columns = 0;
    QLabel* m_text = nullptr;
    QDate m_nextCheck;
    std::string m_sessionId;
    /// The check's clock (CheckSession::clock()): the calendar file's stamp.
    const Clock* m_clock = nullptr;
};

} // namespace tightside::gui
