#include "cuemixer.h"
#include "mediamodule.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace tightside::gui {
namespace {

Q_LOGGING_CATEGORY(lcSound, "tightside.sound", QtInfoMsg)

constexpr std::array<core::Sound, CueMixer::kSounds> kSounds{
    core::Sound::GetReadyTick, core::Sound::LastSecondsTick, core::Sound::HoldEnd};

QString noDeviceText()
{
    return QCoreApplication::translate("Sound", "No sound device was found, so Tightside plays no "
                                                "sounds. The flash and the words show every cue.");
}

/// A stream that could not be opened or failed while playing.
QString cannotPlayText()
{
    return QCoreApplication::translate("Sound", "A sound could not be played.");
}

/// How far ahead the stream is fed: how late a cue can be heard, and how long the window's
/// thread may be busy before the sound breaks up.
constexpr qint64 kAheadUs = 100'000;
/// Silence fed after the last sound, beyond what the server holds, before the stream is
/// stopped: only silence is cut, and no stream stays open through a long hold.
constexpr qint64 kQuietUs = 1'500'000;

/// The bytes a WAV at `url` holds (qrc: or file:), or none.
QByteArray readSource(const QUrl& url)
{
    QString path;
    if (url.scheme() == QLatin1String("qrc")) {
        path = QLatin1Char(':') + url.path();
    } else if (url.isLocalFile()) {
        path = url.toLocalFile();
    }
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(1 << 22);
}

/// Plays the cues through one QAudioSink that pulls them from a CueMixer (cuemixer.h says why
/// not QSoundEffect). The stream is opened by a cue and stopped once it has carried only
/// silence for a while. Whether sound can play is found out once, the first time anything
/// asks (a cue, or Settings), and a reason found then or later (no device, a device that went
/// away, a sound that failed to load, a stream that failed) is kept for the rest of the run:
/// from then on play() does nothing, and problem() says why.
class QtSoundSink final : public SoundSink
{
public:
    explicit QtSoundSink(QStringList sources) : m_sources(std::move(sources))
    {
        m_mixer.setVolume(0.8F);
        m_quietCheck.setInterval(500);
        QObject::connect(&m_quietCheck, &QTimer::timeout, &m_quietCheck,
                         [this] { stopWhenQuiet(); });
    }
    ~QtSoundSink() override
    {
        // Qt 6.4's PulseAudio sink runs the event loop while it is destroyed: nothing of ours
        // may be called back by then, and every member is still there.
        m_devices.reset();
        m_quietCheck.stop();
        if (m_output) {
            m_output->disconnect();
            m_output->stop();
            m_output.reset();
        }
    }
    QtSoundSink(const QtSoundSink&) = delete;
    QtSoundSink& operator=(const QtSoundSink&) = delete;

    void play(core::Sound sound) override
    {
        if (!m_enabled || !ready()) {
            return;
        }
        if (m_output->state() != QAudio::StoppedState) {
            m_mixer.start(index(sound));
        } else {
            // A stream just opened loses the first of what it is given (a tick came out at
            // a third of its strength): the sound starts after as much silence as is fed ahead.
            m_mixer.start(index(sound), m_format.framesForDuration(kAheadUs));
            m_output->setBufferSize(m_format.bytesForDuration(kAheadUs));
            m_output->start(&m_mixer);
            if (m_output->state() == QAudio::StoppedState || m_output->error() != QAudio::NoError) {
                fail(cannotPlayText());
                return;
            }
            qCDebug(lcSound) << "stream open," << m_output->bufferSize() << "bytes ahead";
        }
        m_quietCheck.start();
    }

    void configure(bool enabled, int volumePercent) override
    {
        m_enabled = enabled;
        m_mixer.setVolume(static_cast<float>(std::clamp(volumePercent, 0, 100)) / 100.0F);
    }

    QString problem() const override
    {
        // const for its callers; finding out (once) may load the sounds.
        const_cast<QtSoundSink*>(this)->ready(); // NOLINT(cppcoreguidelines-pro-type-const-cast)
        return m_problem;
    }

private:
    static std::size_t index(core::Sound sound) { return static_cast<std::size_t>(sound); }

    /// True while sound can play. The first call looks for a device and loads the sounds; a
    /// device that goes away later is seen through audioOutputsChanged (load()).
    bool ready()
    {
        if (!m_probed) {
            m_probed = true;
            load();
        }
        return m_problem.isEmpty();
    }

    void load()
    {
        m_devices = std::make_unique<QMediaDevices>();
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (QMediaDevices::audioOutputs().isEmpty() || device.isNull()) {
            fail(noDeviceText());
            return;
        }
        // A device that goes away during a routine: no more sounds, and Settings says why.
        QObject::connect(m_devices.get(), &QMediaDevices::audioOutputsChanged, m_devices.get(),
                         [this] {
                             if (QMediaDevices::audioOutputs().isEmpty()) {
                                 fail(noDeviceText());
                             }
                         });
        for (core::Sound sound : kSounds) {
            const QUrl url(m_sources.value(static_cast<qsizetype>(index(sound))));
            std::vector<std::int16_t> samples = CueMixer::decodeWav(readSource(url));
            if (samples.empty()) {
                qCWarning(lcSound).noquote() << "cannot read" << url.toDisplayString();
                fail(QCoreApplication::translate("Sound", "A sound could not be loaded."));
                return;
            }
            m_mixer.setSound(index(sound), std::move(samples));
        }
        m_format.setSampleRate(CueMixer::kRate);
        m_format.setChannelCount(1);
        m_format.setSampleFormat(QAudioFormat::Int16);
        if (!device.isFormatSupported(m_format)) {
            fail(cannotPlayText());
            return;
        }
        m_mixer.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        m_output = std::make_unique<QAudioSink>(device, m_format);
        // A stream that fails (the audio server gone, say) stops with an error.
        QObject::connect(m_output.get(), &QAudioSink::stateChanged, m_output.get(),
                         [this](QAudio::State state) {
                             const QAudio::Error error = m_output->error();
                             if (state == QAudio::StoppedState && error != QAudio::NoError) {
                                 fail(cannotPlayText());
                             }
                         });
    }

    /// Stops the stream once what the server still holds is silence, and more.
    void stopWhenQuiet()
    {
        if (!m_output || m_output->state() == QAudio::StoppedState) {
            m_quietCheck.stop();
            return;
        }
        const qint64 held =
            std::max<qint64>(m_output->bufferSize(), m_format.bytesForDuration(kAheadUs));
        const qint64 quietBytes = m_mixer.quietFrames() * m_format.bytesPerFrame();
        if (quietBytes > held + m_format.bytesForDuration(kQuietUs)) {
            qCDebug(lcSound) << "stream closed: quiet";
            m_quietCheck.stop();
            m_output->stop();
        }
    }

    void fail(const QString& why)
    {
        if (!m_problem.isEmpty()) {
            return; // the first reason stays: it is the one that explains the others
        }
        qCWarning(lcSound).noquote() << "no sound from now on:" << why;
        m_problem = why;
        m_quietCheck.stop();
        if (m_output) {
            m_output->stop();
        }
    }

    QStringList m_sources;
    std::unique_ptr<QMediaDevices> m_devices;
    /// Declared before the sink that reads it, so it outlives it.
    CueMixer m_mixer;
    QAudioFormat m_format;
    std::unique_ptr<QAudioSink> m_output;
    QTimer m_quietCheck;
    bool m_enabled = true;
    bool m_probed = false;
    QString m_problem;
};

} // namespace

SoundSink* makeQtSoundSink(const QStringList& sources)
{
    return new QtSoundSink(sources);
}

} // namespace tightside::gui
