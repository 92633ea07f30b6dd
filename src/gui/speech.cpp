#include "mediamodule.h"

#include <optional>
#include <utility>

#include <QCoreApplication>
#ifdef TIGHTSIDE_HAS_SPEECH
#include <QAudioFormat>
#include <QAudioSink>
#include <QHash>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QTextToSpeech>
#include <QTimer>

#include <chrono>
#endif

namespace tightside::gui {
namespace {

#ifdef TIGHTSIDE_HAS_SPEECH
Q_LOGGING_CATEGORY(lcSpeech, "tightside.speech", QtInfoMsg)

class SpeechSink final : public CueSink
{
public:
    // One line at a time reaches the engine. A cue that comes while a line is on its way
    // (a skip brings two or three at once) stops that line and waits until the engine says
    // it has stopped; the newest waiting cue is then said, the older ones were cut anyway.
    // Qt 6.4's Flite plugin crashed otherwise: its stop() deletes its PulseAudio sink, whose
    // destructor processes the engine thread's events, so a say() or stop() queued behind it
    // ran inside that deletion (a second delete of the same sink, or a stream reopened on
    // freed memory). tests/gui/test_realaudio.cpp asks for cues that way.
    void say(const QString& text, CueStyle /*style*/) override
    {
        if (!m_enabled || text.isEmpty()) {
            return;
        }
        ensureEngine();
        if (m_speech == nullptr || m_failed || m_speech->state() == QTextToSpeech::Error) {
            return;
        }
        m_waiting = text;
        if (m_stopGuard.isActive()) {
            return; // a stop is on its way: said once the engine confirms it
        }
        if (m_onItsWay) {
            m_stopGuard.start();
            m_speech->stop();
            return;
        }
        sayWaiting();
    }

    // Only once the engine has been heard: it loads with the first cue and may report "no
    // audio device" a moment later, so "loaded" is not yet "heard".
    bool speaking() const override
    {
        return m_enabled && m_speech != nullptr && m_heard && !m_failed &&
               m_speech->state() != QTextToSpeech::Error;
    }

    void configure(bool enabled, const QString& engine) override
    {
        if (engine != m_engine) {
            m_stopGuard.stop();
            m_speech.reset();
            m_heard = false;
            m_failed = false; // another engine may well play
            m_onItsWay = false;
            m_waiting.reset();
        }
        // The engine loads on the first cue, not here: settings are applied at startup and
        // loading a speech plugin there would slow the first window down.
        m_enabled = enabled;
        m_engine = engine;
    }

    // Listing engines reads plugin metadata: once, and only when a cue, the status or
    // Settings needs it.
    QStringList engines() const override
    {
        if (!m_engines) {
            m_engines = QTextToSpeech::availableEngines();
        }
        return *m_engines;
    }

    QString problem() const override
    {
        if (!m_enabled) {
            return QCoreApplication::translate(
                "tightside::gui::Speech", "Voice is off (Settings). Cues are shown on screen.");
        }
        if (m_speech == nullptr) {
            // Not loaded yet (it loads with the first cue), or there is nothing to load.
            return !engines().isEmpty()
                       ? QString()
                       : QCoreApplication::translate(
                             "tightside::gui::Speech",
                             "No speech engine is installed. Cues are shown on screen.");
        }
        if (m_failed || m_speech->state() == QTextToSpeech::Error) {
            return QCoreApplication::translate(
                "tightside::gui::Speech",
                "The voice cannot play (often: no audio device). Cues are "
                "shown on screen.");
        }
        return {};
    }

private:
    void sayWaiting()
    {
        if (!m_waiting || m_speech == nullptr) {
            return;
        }
        if (!serverAnswers()) {
            m_waiting.reset();
            m_failed = true;
            qCWarning(lcSpeech) << "no audio stream can be opened; cues stay on screen";
            return;
        }
        m_onItsWay = true;
        m_line = *std::exchange(m_waiting, std::nullopt);
        // A line that failed on an empty chunk (below) is said a little faster or slower,
        // which changes its length, from then on.
        m_speech->setRate(m_rates.value(m_line, 0.0));
        m_speech->say(m_line);
    }

    // Qt 6.4's Flite plugin dereferences a null audio sink when it cannot open a stream for a
    // line (the audio server gone, or restarting): a crash. So a stream is opened, and closed,
    // here first, and a line goes to the engine only when that worked. Only a server lost in
    // the few milliseconds between the two is not caught.
    bool serverAnswers()
    {
        if (!m_probe) {
            QAudioFormat format;
            format.setSampleRate(16000);
            format.setChannelCount(1);
            format.setSampleFormat(QAudioFormat::Int16);
            m_probe = std::make_unique<QAudioSink>(QMediaDevices::defaultAudioOutput(), format);
        }
        const QIODevice* stream = m_probe->start();
        const bool answers = stream != nullptr && m_probe->error() == QAudio::NoError;
        m_probe->stop();
        return answers;
    }

    // Qt 6.4's Flite plugin hands its audio on in chunks of 320 samples and takes a write of
    // nothing as a failure: a line whose length is a whole number of chunks ends in an empty
    // chunk and fails, unheard ("Done." and "Halfway." do, at the default rate). The audio
    // stream itself is fine, so that line is said again a little faster (then, if that fails
    // too, a little slower), which changes its length; the voice is not given up for it,
    // unless such failures keep coming with nothing heard in between.
    static bool emptyChunkFailure(QTextToSpeech::ErrorReason reason, const QString& why)
    {
        // Qt's own sentence, as Qt translates it; held in variables, so that it is not taken
        // for one of ours to translate.
        static constexpr const char* context = "QTextToSpeech";
        static constexpr const char* sentence = "Audio streaming error.";
        return reason == QTextToSpeech::ErrorReason::Playback &&
               why == QCoreApplication::translate(context, sentence);
    }

    void onError(QTextToSpeech::ErrorReason reason, const QString& why)
    {
        if (m_failed) {
            return;
        }
        if (emptyChunkFailure(reason, why) && m_emptyChunkFailures < kMostEmptyChunkFailures) {
            ++m_emptyChunkFailures;
            qCInfo(lcSpeech) << "a line failed on an empty chunk; said again";
            const double rate = m_rates.value(m_line, 0.0);
            if (rate <= 0.0) {
                m_rates.insert(m_line, rate == 0.0 ? kNudge : -rate);
                if (!m_waiting) {
                    m_waiting = m_line; // unless a newer cue is waiting already
                }
            }
            // The engine stops its audio now and then says Ready (atRest() goes on from
            // there); saying anything before that is the crash described at say().
            m_stopGuard.start();
            return;
        }
        // Once failed, silent for the rest of the run: the words on screen carry every cue,
        // and Settings says why. Trying again is not safe: Qt 6.4's Flite plugin crashes when
        // its audio stream cannot be opened (a server gone away).
        m_failed = true;
        qCWarning(lcSpeech) << "the voice failed; cues stay on screen:" << reason << why;
    }

    // The engine is back at rest: the line ended, was stopped, or failed on its own.
    void atRest()
    {
        m_onItsWay = false;
        m_stopGuard.stop();
        sayWaiting();
    }

    void ensureEngine()
    {
        if (m_speech != nullptr || !m_enabled) {
            return;
        }
        if (engines().isEmpty()) {
            return;
        }
        // An engine chosen earlier and since uninstalled: the default one speaks instead.
        m_speech = m_engine.isEmpty() || !engines().contains(m_engine)
                       ? std::make_unique<QTextToSpeech>()
                       : std::make_unique<QTextToSpeech>(m_engine);
        m_heard = false;
        QObject::connect(m_speech.get(), &QTextToSpeech::stateChanged, m_speech.get(),
                         [this](QTextToSpeech::State state) {
                             if (state == QTextToSpeech::Speaking) {
                                 m_heard = true;
                                 m_emptyChunkFailures = 0;
                             } else if (state == QTextToSpeech::Ready) {
                                 atRest();
                             }
                         });
        // The reason comes with this signal, after the state has turned to Error.
        QObject::connect(m_speech.get(), &QTextToSpeech::errorOccurred, m_speech.get(),
                         [this](QTextToSpeech::ErrorReason reason, const QString& why) {
                             onError(reason, why);
                         });
        // A stop the engine never confirms must not keep the next cue waiting for good. Every
        // line ends in Ready (stopped, finished or failed), so this is a safety net only, and
        // long: saying the next cue while the stop is still queued is the crash above.
        m_stopGuard.setSingleShot(true);
        m_stopGuard.setInterval(std::chrono::seconds(10));
        QObject::connect(&m_stopGuard, &QTimer::timeout, m_speech.get(), [this] { atRest(); });
        if (m_speech->state() == QTextToSpeech::Error) {
            m_failed = true;
            qCWarning(lcSpeech) << "the voice could not start; cues stay on screen";
        }
    }

    // serverAnswers(). Kept for the sink's life: destroying a sink runs the event loop (Qt
    // 6.4), so it goes last, once the engine and its connections to this sink are gone.
    std::unique_ptr<QAudioSink> m_probe;
    bool m_enabled = false;
    QString m_engine;
    std::unique_ptr<QTextToSpeech> m_speech;
    bool m_heard = false;
    bool m_failed = false;
    bool m_onItsWay = false;        // a line was handed to the engine and has not ended
    QString m_line;                 // the last line handed to the engine
    QHash<QString, double> m_rates; // lines said off the default rate (emptyChunkFailure)
    int m_emptyChunkFailures = 0;   // in a row, with nothing heard in between
    static constexpr double kNudge = 0.03;
    static constexpr int kMostEmptyChunkFailures = 6;
    std::optional<QString> m_waiting;
    QTimer m_stopGuard; // active while a stop is on its way and not yet confirmed
    mutable std::optional<QStringList> m_engines;
};
#endif

} // namespace

CueSink* makeQtSpeechSink()
{
#ifdef TIGHTSIDE_HAS_SPEECH
    return new SpeechSink();
#else
    return new SilentCueSink(QCoreApplication::translate(
        "tightside::gui::Speech", "This build has no voice. Cues are shown on screen."));
#endif
}

} // namespace tightside::gui
