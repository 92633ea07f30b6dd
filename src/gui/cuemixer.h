#pragma once

// The routine player's sounds as one stream that never ends, for a QAudioSink that pulls it
// (sound.cpp). Inside the sound module; QtCore only, so it is tested without a device.
//
// Why not QSoundEffect: in Qt 6.4 its PulseAudio stream is closed as soon as the last bytes of
// a sound are *written*, and closing drops whatever the server has not played yet. On a private
// PulseAudio (tests/gui/test_realaudio.cpp) 20 of 27 ticks of a player's sequence came out cut
// or silent. Here the stream stays open and is fed silence between sounds, so a sound is
// always followed by silence and nothing but silence is ever cut.

#include <QIODevice>

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace tightside::gui {

class CueMixer final : public QIODevice
{
public:
    /// The sounds' format, as resources/sounds/make_cues.cpp writes them.
    static constexpr int kRate = 44100;
    static constexpr std::size_t kSounds = 3;

    /// The samples of a 16-bit PCM mono WAV at kRate; empty for anything else (another
    /// format, a truncated or foreign file).
    static std::vector<std::int16_t> decodeWav(const QByteArray& bytes);

    CueMixer();

    void setSound(std::size_t index, std::vector<std::int16_t> samples);
    bool hasSound(std::size_t index) const;
    /// 0.0 (silent) to 1.0 (as recorded).
    void setVolume(float volume);
    /// Plays sound `index` from its start, after `delayFrames` of silence: a sound started
    /// again cuts itself (as a tick restarted), different sounds overlap and are mixed.
    void start(std::size_t index, qint64 delayFrames = 0);

    /// Frames of silence given out since the last sound ended; 0 while one sounds. Once it
    /// exceeds what the audio server holds, only silence is on its way and the stream can be
    /// stopped without cutting anything.
    qint64 quietFrames() const { return m_quietFrames; }

    bool isSequential() const override { return true; }
    /// Always data to read: the audio sink asks (from its server's thread too), and a stream
    /// that ran dry would be drained and closed.
    qint64 bytesAvailable() const override;

protected:
    /// Whole frames, mixed and scaled, silence where nothing sounds; never fewer than asked
    /// (rounded down to a frame).
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::array<std::vector<std::int16_t>, kSounds> m_sounds;
    /// Where each sound is (below 0: frames still to wait); kIdle when it is not sounding.
    static constexpr qint64 kIdle = std::numeric_limits<qint64>::min();
    std::array<qint64, kSounds> m_positions{};
    float m_volume = 1.0F;
    qint64 m_quietFrames = 0;
};

} // namespace tightside::gui
