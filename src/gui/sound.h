#pragma once

// The routine player's sounds (core::SoundSchedule decides which one, and when): short WAVs
// made for Tightside (resources/sounds/make_cues.cpp), played through Qt Multimedia.

#include "tightside/gui/soundsink.h"

#include <QString>

#include <memory>

namespace tightside::gui {

/// The sounds mixed into one stream for a QAudioSink (cuemixer.h; in the sound and voice
/// module, loaded with the first cue or when Settings asks; lazymedia.cpp). Says so in
/// problem() when there is no audio output device, or one goes away, or a sound cannot be
/// loaded or played; from then on it plays nothing (the player shows every cue anyway).
/// `sourcePattern` is where the sounds are, "%1" standing for a sound's id; empty for the
/// built-in ones (tests give a broken one).
std::unique_ptr<SoundSink> makeSoundSink(const QString& sourcePattern = {});

/// A sink that plays nothing (the screenshot tour); `problem` is what Settings says about it.
std::unique_ptr<SoundSink> makeSilentSoundSink(const QString& problem = {});

} // namespace tightside::gui
