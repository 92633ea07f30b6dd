#pragma once

#include <QDate>
#include <QWidget>

#include <string>

class QLabel;

namespace tightside::gui {

class CheckSession;
class Clock;

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

    /// The local date the summary suggests for the next check (invalid before showSession).
    QDate nextCheck() const { return m_nextCheck; }
    /// Writes the next check as an iCalendar file to `path` ("Add to calendar" asks where);
    /// returns the error sentence, or empty.
    QString writeCalendar(const QString& path) const;

signals:
    /// "See your history".
    void historyRequested();

private:
    void addToCalendar();

    QLabel* m_text = nullptr;
    QDate m_nextCheck;
    std::string m_sessionId;
    /// The check's clock (CheckSession::clock()): the calendar file's stamp.
    const Clock* m_clock = nullptr;
};

} // namespace tightside::gui
