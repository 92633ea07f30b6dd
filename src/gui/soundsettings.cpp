#include "soundsettings.h"

#include "layouthelpers.h"

#include "tightside/gui/preferences.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace tightside::gui {
namespace {

bool savedEnabled(const Services& services)
{
    return services.preferences.soundEnabled.get();
}

int savedVolume(const Services& services)
{
    return std::clamp(services.preferences.soundVolume.get(), 0, 100);
}

} // namespace

void applySoundSettings(Services& services)
{
    services.sounds.configure(savedEnabled(services), savedVolume(services));
}

SoundSettings::SoundSettings(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("settingsSound"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_enabled = new QCheckBox(tr("Play &sounds"), this);
    m_enabled->setObjectName(QStringLiteral("settingsSoundEnabled"));
    m_enabled->setAccessibleName(tr("Play sounds"));
    m_enabled->setAccessibleDescription(
        tr("Ticks while you get ready and in the last five seconds of a hold, and a chime when "
           "a hold ends. The screen flashes and shows every cue as well."));
    m_enabled->setChecked(savedEnabled(services));
    // Made before the slider, so a screen reader reads it first.
    auto* volumeLabel = makeLabel(tr("&Volume:"), this, QStringLiteral("settingsSoundVolumeLabel"));
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("settingsSoundVolume"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(20);
    m_volume->setValue(savedVolume(services));
    m_volume->setFocusPolicy(Qt::StrongFocus);
    m_volume->setAccessibleName(tr("Sound volume"));
    m_volume->setAccessibleDescription(
        tr("How loud the ticks and the end chime are, from 0 to 100 percent."));
    volumeLabel->setBuddy(m_volume);
    row->addWidget(m_enabled);
    row->addSpacing(volumeLabel->fontMetrics().averageCharWidth() * 2);
    row->addWidget(volumeLabel);
    row->addWidget(m_volume, 1);
    layout->addLayout(row);
    m_status = makeLabel(QString(), this, QStringLiteral("settingsSoundStatus"));
    layout->addWidget(m_status);

    connect(m_enabled, &QCheckBox::toggled, this, &SoundSettings::apply);
    connect(m_volume, &QSlider::valueChanged, this, &SoundSettings::apply);
    apply();
}

void SoundSettings::apply()
{
    m_services.preferences.soundEnabled.set(m_enabled->isChecked());
    m_services.preferences.soundVolume.set(m_volume->value());
    m_services.sounds.configure(m_enabled->isChecked(), m_volume->value());
    showState();
}

void SoundSettings::showState()
{
    const QString problem = m_services.sounds.problem();
    const bool canPlay = problem.isEmpty();
    // Sound that cannot play is shown off and cannot be turned on; the saved choice is kept
    // for a run that has a device.
    m_enabled->setEnabled(canPlay);
    m_volume->setEnabled(canPlay);
    if (!canPlay) {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(false);
        m_status->setText(tr("Sound is unavailable: %1").arg(problem));
    } else if (m_enabled->isChecked()) {
        m_status->setText(tr("Sound on, at %1 %.").arg(m_volume->value()));
    } else {
        m_status->setText(tr("Sound off: the screen flashes and shows every cue."));
    }
}

void SoundSettings::showEvent(QShowEvent* event)
{
    // A device can go away while the window is open: say so when Settings is shown again.
    showState();
    QWidget::showEvent(event);
}

} // namespace tightside::gui
