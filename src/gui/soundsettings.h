#pragma once

// The sound part of Settings: on or off, the volume, and whether sound can play at all.

#include "tightside/gui/services.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSlider;

namespace tightside::gui {

/// Applies the saved sound settings (on, 80 % by default) to `services.sounds`. The window
/// calls it at start-up, since the Settings page is only built when first opened.
void applySoundSettings(Services& services);

class SoundSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoundSettings)

public:
    explicit SoundSettings(Services& services, QWidget* parent = nullptr);

    QCheckBox* enabledBox() const { return m_enabled; }
    QSlider* volumeSlider() const { return m_volume; }
    /// "Sound on", or why there is none (no sound device): the flash and words still show.
    QLabel* status() const { return m_status; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void apply();
    /// The status line, and the controls enabled only while sound can play.
    void showState();

    Services& m_services;
    QCheckBox* m_enabled = nullptr;
    QSlider* m_volume = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tightside::gui
