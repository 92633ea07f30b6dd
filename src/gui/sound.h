#pragma once

// The routine player's sounds (core::SoundSchedule decides which one, and when): short WAVs
// made for Tightside (resources/sounds/make_cues.cpp), played through Qt Multimedia.

#include "tightside/gui/soundsink.h"

#include <memory>

namespace tightside::gui {

/// QSoundEffect for each sound, loaded on first use. Says so in problem() when there is no
/// audio output device or a sound cannot be played.
std::unique_ptr<SoundSink> makeSoundSink();

/// A sink that plays nothing (the screenshot tour); `problem` is what Settings says about it.
std::unique_ptr<SoundSink> makeSilentSoundSink(const QString& problem = {});

} // namespace tightside::gui
