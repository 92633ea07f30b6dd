// Sound and voice, loaded when first needed (issue 21): the sinks the window is given are
// stand-ins that load libtightside_media.so (mediamodule.h) the first time a cue is to be
// played or spoken, or Settings asks whether sound and voice work. Until then the window keeps
// the choices (on or off, volume, engine) and hands them over when the real sink is made.
// The camera (ModuleCameras) loads the same module when the measuring page first asks for it.
#include "mediamodule.h"
#include "sound.h"
#include "speech.h"

#include "tightside/core/soundcues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>

#include <memory>
#include <utility>
#include <vector>

namespace tightside::gui {
namespace {

Q_LOGGING_CATEGORY(lcMedia, "tightside.media", QtInfoMsg)

/// Where the module is: beside the installed program (the install tree's own layout, so an
/// installed tree works wherever it lies), else where this build made it.
QStringList moduleCandidates()
{
    QStringList candidates;
    if (QCoreApplication::instance() != nullptr) {
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral(TIGHTSIDE_MEDIA_RELATIVE));
    }
    candidates << QStringLiteral(TIGHTSIDE_MEDIA_BUILD_PATH);
    return candidates;
}

/// Real sinks outlive the window: they are handed here when their stand-in goes and are never
/// destroyed. Tearing down Qt 6.4's PulseAudio streams while the process ends can abort inside
/// libpulse (an assertion in pa_pdispatch_run, seen in app.wholeCheckWithAudioServer under
/// load); the session is saved by then, and the system frees everything at exit. Reachable
/// from here, so LeakSanitizer does not count them.
template <typename Sink>
void keepUntilExit(std::unique_ptr<Sink> sink)
{
    static auto* const kept = new std::vector<std::unique_ptr<Sink>>(); // NOLINT: never freed
    if (sink) {
        kept->push_back(std::move(sink));
    }
}

struct LoadedModule
{
    /// Kept for the life of the process (never unloaded), and reachable from here.
    QLibrary* library = nullptr;
    const MediaModule* module = nullptr;
    QString problem;
};

/// Loads the module once per process (never unloaded: sinks made by it live until exit).
const LoadedModule& mediaModule()
{
    static const LoadedModule loaded = [] {
        LoadedModule result;
        QString tried;
        for (const QString& path : moduleCandidates()) {
            if (!QFileInfo::exists(path)) {
                continue;
            }
            auto* library = new QLibrary(path); // NOLINT: kept for the life of the process
            if (!library->load()) {
                tried = library->errorString();
                delete library; // NOLINT: owned here until kept
                continue;
            }
            using Entry = const MediaModule* (*)();
            const auto entry = reinterpret_cast<Entry>(library->resolve(kMediaModuleSymbol));
            const MediaModule* module = entry != nullptr ? entry() : nullptr;
            if (module == nullptr || module->version != kMediaModuleVersion) {
                tried = QStringLiteral("%1: not this version's module").arg(path);
                library->unload();
                delete library; // NOLINT: owned here until kept
                continue;
            }
            qCInfo(lcMedia) << "sound, voice and camera module loaded";
            result.library = library;
            result.module = module;
            return result;
        }
        qCWarning(lcMedia).noquote() << "no sound and voice module:"
                                     << (tried.isEmpty() ? QStringLiteral("not found") : tried);
        result.problem = QCoreApplication::translate(
            "Sound", "The sound and voice part of Tightside is missing from this installation, "
                     "so cues are shown on screen only.");
        return result;
    }();
    return loaded;
}

class LazySoundSink final : public SoundSink
{
public:
    explicit LazySoundSink(QStringList sources) : m_sources(std::move(sources)) {}
    ~LazySoundSink() override { keepUntilExit(std::move(m_real)); }
    LazySoundSink(const LazySoundSink&) = delete;
    LazySoundSink& operator=(const LazySoundSink&) = delete;

    void play(core::Sound sound) override
    {
        if (!m_enabled) {
            return; // sound off: nothing is loaded for it
        }
        if (SoundSink* real = load()) {
            real->play(sound);
        }
    }

    void configure(bool enabled, int volumePercent) override
    {
        m_enabled = enabled;
        m_volume = volumePercent;
        if (m_real) {
            m_real->configure(enabled, volumePercent);
        }
    }

    QString problem() const override
    {
        const SoundSink* real = const_cast<LazySoundSink*>(this)->load(); // NOLINT
        return real != nullptr ? real->problem() : mediaModule().problem;
    }

private:
    SoundSink* load()
    {
        if (!m_real && mediaModule().module != nullptr) {
            m_real.reset(mediaModule().module->makeSound(m_sources));
            m_real->configure(m_enabled, m_volume);
        }
        return m_real.get();
    }

    QStringList m_sources;
    std::unique_ptr<SoundSink> m_real;
    bool m_enabled = true;
    int m_volume = 80;
};

class LazyCueSink final : public CueSink
{
public:
    LazyCueSink() = default;
    ~LazyCueSink() override { keepUntilExit(std::move(m_real)); }
    LazyCueSink(const LazyCueSink&) = delete;
    LazyCueSink& operator=(const LazyCueSink&) = delete;

    void say(const QString& text, CueStyle style) override
    {
        if (!m_enabled) {
            return; // voice off: nothing is loaded for it
        }
        if (CueSink* real = load()) {
            real->say(text, style);
        }
    }

    bool speaking() const override { return m_real && m_real->speaking(); }

    void configure(bool enabled, const QString& engine) override
    {
        m_enabled = enabled;
        m_engine = engine;
        if (m_real) {
            m_real->configure(enabled, engine);
        }
    }

    QStringList engines() const override
    {
        const CueSink* real = const_cast<LazyCueSink*>(this)->load(); // NOLINT
        return real != nullptr ? real->engines() : QStringList();
    }

    QString problem() const override
    {
        const CueSink* real = const_cast<LazyCueSink*>(this)->load(); // NOLINT
        return real != nullptr ? real->problem() : mediaModule().problem;
    }

private:
    CueSink* load()
    {
        if (!m_real && mediaModule().module != nullptr) {
            m_real.reset(mediaModule().module->makeSpeech());
            m_real->configure(m_enabled, m_engine);
        }
        return m_real.get();
    }

    std::unique_ptr<CueSink> m_real;
    bool m_enabled = false;
    QString m_engine;
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

std::unique_ptr<SoundSink> makeSoundSink(const QString& sourcePattern)
{
    const QString pattern =
        sourcePattern.isEmpty() ? QStringLiteral("qrc:/sounds/%1.wav") : sourcePattern;
    QStringList sources; // in the order of core::Sound's values
    for (const core::Sound sound :
         {core::Sound::GetReadyTick, core::Sound::LastSecondsTick, core::Sound::HoldEnd}) {
        const std::string_view id = core::soundId(sound);
        sources << pattern.arg(QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())));
    }
    return std::make_unique<LazySoundSink>(std::move(sources));
}

std::unique_ptr<SoundSink> makeSilentSoundSink(const QString& problem)
{
    return std::make_unique<SilentSoundSink>(problem);
}

std::unique_ptr<CueSink> makeSpeechSink()
{
    return std::make_unique<LazyCueSink>();
}

std::unique_ptr<Camera> ModuleCameras::open()
{
    const LoadedModule& loaded = mediaModule();
    if (loaded.module == nullptr) {
        return std::make_unique<AbsentCamera>(CameraState::NoModule);
    }
    return std::unique_ptr<Camera>(loaded.module->makeCamera());
}

std::unique_ptr<CueSink> makeSilentSink(const QString& problem)
{
    return std::make_unique<SilentCueSink>(problem);
}

} // namespace tightside::gui
