#pragma once

// The sound, voice and camera module (libtightside_media.so): the only code that links Qt
// Multimedia and Qt TextToSpeech. The window loads it with QLibrary the first time a cue, the
// player, Settings or the measuring page's camera needs it (lazymedia.cpp), so neither
// library, nor PulseAudio and the codecs they bring, is mapped before the first page is
// painted (issue 21).

#include "camera.h"
#include "tightside/gui/services.h"
#include "tightside/gui/soundsink.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace tightside::gui {

/// What the module offers. `version` is checked: a module built from other sources is
/// refused rather than called.
struct MediaModule
{
    int version;
    /// A sink playing `sources[i]` for the sound whose value is i (core::Sound). The caller
    /// owns the result.
    SoundSink* (*makeSound)(const QStringList& sources);
    /// The real voice (Qt TextToSpeech), or a silent one saying why there is none. The caller
    /// owns the result.
    CueSink* (*makeSpeech)();
    /// The system's default camera (Qt Multimedia), or one whose state() says why there is
    /// none. The caller owns the result.
    Camera* (*makeCamera)();
};

/// 2: the camera (issue 23).
inline constexpr int kMediaModuleVersion = 2;

/// The one symbol the module exports.
inline constexpr const char* kMediaModuleSymbol = "tightside_media_module";

/// A sink that never speaks; `problem` is what the player and Settings say about the voice.
class SilentCueSink final : public CueSink
{
public:
    explicit SilentCueSink(QString problem) : m_problem(std::move(problem)) {}
    void say(const QString&, CueStyle) override {}
    bool speaking() const override { return false; }
    void configure(bool, const QString&) override {}
    QStringList engines() const override { return {}; }
    QString problem() const override { return m_problem; }

private:
    QString m_problem;
};

// Inside the module only (sound.cpp, speech.cpp): the real sinks, made new.
SoundSink* makeQtSoundSink(const QStringList& sources);
CueSink* makeQtSpeechSink();
Camera* makeQtCamera();

} // namespace tightside::gui
