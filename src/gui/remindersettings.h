#pragma once

// The reminder part of Settings (issue 25): "Remind me when my next check is due", off by
// default, and the time of day. It changes reminders exactly as `tightside remind --on/--off`
// does (store::setReminders(): the autostart entry), then tells the window's scheduler.

#include <QWidget>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace tightside::gui {

class ReminderSettingsBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderSettingsBox)

public:
    explicit ReminderSettingsBox(QWidget* parent = nullptr);

    QCheckBox* enabledBox() const { return m_enabled; }
    QTimeEdit* timeEdit() const { return m_time; }
    /// How to turn reminders off, or why the change failed.
    QLabel* status() const { return m_status; }

private:
    void apply();
    void showState();

    QCheckBox* m_enabled = nullptr;
    QTimeEdit* m_time = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tightside::gui
