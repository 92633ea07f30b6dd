#pragma once

#include "tightside/gui/services.h"

#include <memory>

namespace tightside::gui {

/// The real cue sink: Qt TextToSpeech when it was built in and an engine loads, otherwise
/// silent (the player shows every cue anyway). The engine is created on first use, not at
/// startup, so it costs nothing until the routine starts.
std::unique_ptr<CueSink> makeSpeechSink();

/// A sink that never speaks; `problem` is what the player and Settings say about the voice.
std::unique_ptr<CueSink> makeSilentSink(const QString& problem);

} // namespace tightside::gui
