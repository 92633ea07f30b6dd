#include "sound.h"

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

class QtSoundSink final : public SoundSink
{
public:
    void play(core::Sound sound) override
    {
        if (!m_enabled || !ensureLoaded()) {
            return;
        }
        QSoundEffect& effect = *m_effects.at(static_cast<std::size_t>(sound));
        if (effect.status() == QSoundEffect::Error) {
            fail(QCoreApplication::translate("Sound", "A sound could not be played."));
            return;
        }
        effect.play();
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
        if (!m_problem.isEmpty()) {
            return m_problem;
        }
        if (QMediaDevices::audioOutputs().isEmpty()) {
            return QCoreApplication::translate("Sound",
                                               "No sound device was found, so Tightside plays no "
                                               "sounds. The flash and the words show every cue.");
        }
        return {};
    }

private:
    float volume() const { return static_cast<float>(m_volume) / 100.0F; }

    bool ensureLoaded()
    {
        if (m_loaded) {
            return m_problem.isEmpty();
        }
        m_loaded = true;
        if (const QString why = problem(); !why.isEmpty()) {
            qCWarning(lcSound).noquote() << "no sound:" << why;
            return false;
        }
        for (core::Sound sound : kSounds) {
            auto effect = std::make_unique<QSoundEffect>();
            effect->setSource(QUrl(
                QStringLiteral("qrc:/sounds/%1.wav")
                    .arg(QString::fromUtf8(core::soundId(sound).data(),
                                           static_cast<qsizetype>(core::soundId(sound).size())))));
            effect->setVolume(volume());
            m_effects.at(static_cast<std::size_t>(sound)) = std::move(effect);
        }
        return true;
    }

    void fail(const QString& why)
    {
        if (m_problem.isEmpty()) {
            qCWarning(lcSound).noquote() << "sound failed:" << why;
        }
        m_problem = why;
    }

    std::array<std::unique_ptr<QSoundEffect>, kSounds.size()> m_effects;
    bool m_enabled = true;
    bool m_loaded = false;
    int m_volume = 80;
    QString m_problem;
};

class SilentSoundSink final : public SoundSink
{
public:
    explicit SilentSoundSink(QString problem) : m_problem(std::move(problem)) {}
    void play(core::Sound) override {}
    void configure(bool, int) override {}
    QString problem() const override { return m_problem; }

private:
    QString m_problem;
};

} // namespace

std::unique_ptr<SoundSink> makeSoundSink()
{
    return std::make_unique<QtSoundSink>();
}

std::unique_ptr<SoundSink> makeSilentSoundSink(const QString& problem)
{
    return std::make_unique<SilentSoundSink>(problem);
}

} // namespace tightside::gui
