#include "mediamodule.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace tightside::gui {
namespace {

Q_LOGGING_CATEGORY(lcSound, "tightside.sound", QtInfoMsg)

constexpr std::array<core::Sound, 3> kSounds{core::Sound::GetReadyTick,
                                             core::Sound::LastSecondsTick, core::Sound::HoldEnd};

QString noDeviceText()
{
    return QCoreApplication::translate("Sound", "No sound device was found, so Tightside plays no "
                                                "sounds. The flash and the words show every cue.");
}

/// Plays the cues through QSoundEffect. Whether sound can play is found out once, the first
/// time anything asks (a cue, or Settings), and a reason found then or later (no device, a
/// device that went away, a sound that failed to load or play) is kept for the rest of the
/// run: from then on play() does nothing, and problem() says why.
class QtSoundSink final : public SoundSink
{
public:
    explicit QtSoundSink(QStringList sources) : m_sources(std::move(sources)) {}

    void play(core::Sound sound) override
    {
        if (!m_enabled || !ready()) {
            return;
        }
        QSoundEffect* effect = m_effects.at(index(sound)).get();
        if (effect == nullptr) {
            return;
        }
        if (effect->status() == QSoundEffect::Error) {
            fail(QCoreApplication::translate("Sound", "A sound could not be played."));
            return;
        }
        effect->play();
    }

    void configure(bool enabled, int volumePercent) override
    {
        m_enabled = enabled;
        m_volume = std::clamp(volumePercent, 0, 100);
        for (const auto& effect : m_effects) {
            if (effect) {
                effect->setVolume(volume());
            }
        }
    }

    QString problem() const override
    {
        // const for its callers; finding out (once) may load the sounds.
        const_cast<QtSoundSink*>(this)->ready(); // NOLINT(cppcoreguidelines-pro-type-const-cast)
        return m_problem;
    }

private:
    static std::size_t index(core::Sound sound) { return static_cast<std::size_t>(sound); }
    float volume() const { return static_cast<float>(m_volume) / 100.0F; }

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
        if (QMediaDevices::audioOutputs().isEmpty()) {
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
            auto effect = std::make_unique<QSoundEffect>();
            effect->setSource(QUrl(m_sources.value(static_cast<qsizetype>(index(sound)))));
            effect->setVolume(volume());
            QObject::connect(
                effect.get(), &QSoundEffect::statusChanged, effect.get(),
                [this, raw = effect.get()] {
                    if (raw->status() == QSoundEffect::Error) {
                        fail(QCoreApplication::translate("Sound", "A sound could not be loaded."));
                    }
                });
            m_effects.at(index(sound)) = std::move(effect);
        }
    }

    void fail(const QString& why)
    {
        if (!m_problem.isEmpty()) {
            return; // the first reason stays: it is the one that explains the others
        }
        qCWarning(lcSound).noquote() << "no sound from now on:" << why;
        m_problem = why;
        for (const auto& effect : m_effects) {
            if (effect) {
                effect->stop();
            }
        }
    }

    QStringList m_sources;
    std::unique_ptr<QMediaDevices> m_devices;
    std::array<std::unique_ptr<QSoundEffect>, kSounds.size()> m_effects;
    bool m_enabled = true;
    bool m_probed = false;
    int m_volume = 80;
    QString m_problem;
};

} // namespace

SoundSink* makeQtSoundSink(const QStringList& sources)
{
    return new QtSoundSink(sources);
}

} // namespace tightside::gui
