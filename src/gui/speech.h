#pragma once

#include "tightside/gui/services.h"

#include <memory>

namespace tightside::gui {

/// The real cue sink: Qt TextToSpeech when it was built in and an engine loads, otherwise
/// silent (the player shows every cue anyway). It lives in the sound and voice module, loaded
/// with the first cue spoken or when Settings asks (lazymedia.cpp), and the engine is created
/// on first use, so neither costs anything until the routine starts.
std::unique_ptr<CueSink> makeSpeechSink();

/// A sink that never speaks; `problem` is what the player and Settings say about the voice.
std::unique_ptr<CueSink> makeSilentSink(const QString& problem);

} // namespace tightside::gui
