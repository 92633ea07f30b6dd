#include "remindersettings.h"

#include "layouthelpers.h"
#include "reminderscheduler.h"

#include "tightside/store/reminders.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tightside::gui {

ReminderSettingsBox::ReminderSettingsBox(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_enabled = new QCheckBox(tr("Remind me when my next check is due"), this);
    m_enabled->setObjectName(QStringLiteral("settingsReminders"));
    m_enabled->setAccessibleDescription(
        tr("Shows a desktop notification when your next check is due: at login, and at the "
           "time below while Tightside is open. It never names a group, a side or pain."));
    auto* row = new QHBoxLayout;
    auto* timeLabel = new QLabel(tr("At:"), this);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("settingsReminderTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Reminder time of day"));
    m_time->setAccessibleDescription(
        tr("The time of day the open window reminds you, when a check is due."));
    if (auto* edit = m_time->findChild<QLineEdit*>()) {
        // The time's text field is what takes focus, so it carries the same words.
        edit->setAccessibleName(m_time->accessibleName());
        edit->setAccessibleDescription(m_time->accessibleDescription());
    }
    timeLabel->setBuddy(m_time);
    row->addWidget(timeLabel);
    row->addWidget(m_time);
    row->addStretch(1);
    m_status = makeLabel(QString(), this, QStringLiteral("settingsReminderStatus"));
    layout->addWidget(m_enabled);
    layout->addLayout(row);
    layout->addWidget(m_status);

    const store::ReminderSettings settings = store::readReminderSettings();
    m_enabled->setChecked(settings.on);
    m_time->setTime(settings.at);
    showState();
    connect(m_enabled, &QCheckBox::toggled, this, &ReminderSettingsBox::apply);
    connect(m_time, &QTimeEdit::editingFinished, this, [this] {
        if (m_enabled->isChecked()) {
            apply();
        }
    });
}

void ReminderSettingsBox::apply()
{
    const QTime at(m_time->time().hour(), m_time->time().minute());
    const auto changed = store::setReminders(m_enabled->isChecked(), at);
    if (!changed) {
        m_status->setText(tr("The reminder setting could not be saved: %1").arg(changed.error()));
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(store::readReminderSettings().on);
        return;
    }
    showState();
    if (QWidget* top = window()) {
        if (auto* scheduler = top->findChild<ReminderScheduler*>()) {
            scheduler->reschedule();
        }
    }
}

void ReminderSettingsBox::showState()
{
    m_time->setEnabled(m_enabled->isChecked());
    m_status->setText(m_enabled->isChecked()
                          ? tr("Tightside starts at login to check whether a check is due. "
                               "Untick the box to turn reminders off.")
                          : QString());
}

} // namespace tightside::gui
