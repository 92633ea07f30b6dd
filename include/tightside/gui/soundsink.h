#pragma once

#include "tightside/core/soundcues.h"

#include <QString>

namespace tightside::gui {

/// Where the routine player's sounds go (core::SoundSchedule decides which and when). The real
/// one plays short WAVs through Qt Multimedia (src/gui/sound.h); tests give a fake that records.
class SoundSink
{
public:
    virtual ~SoundSink() = default;
    virtual void play(core::Sound sound) = 0;
    /// Sound on or off, and its volume (0-100 %).
    virtual void configure(bool enabled, int volumePercent) = 0;
    /// Empty when sounds can play; otherwise a sentence for Settings, such as "no sound device
    /// was found". The flash and the words on screen carry every cue either way.
    virtual QString problem() const = 0;
};

} // namespace tightside::gui
