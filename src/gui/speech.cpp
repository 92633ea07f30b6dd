#include "mediamodule.h"

#include <optional>
#include <utility>

#include <QCoreApplication>
#ifdef TIGHTSIDE_HAS_SPEECH
#include <QLoggingCategory>
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
        m_onItsWay = true;
        m_speech->say(*std::exchange(m_waiting, std::nullopt));
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
                             } else if (state == QTextToSpeech::Ready) {
                                 atRest();
                             } else if (state == QTextToSpeech::Error && !m_failed) {
                                 // Once failed, silent for the rest of the run: the words on
                                 // screen carry every cue, and Settings says why. Trying
                                 // again is not safe: Qt 6.4's Flite plugin crashes when its
                                 // audio stream cannot be opened (a server gone away).
                                 m_failed = true;
                                 qCWarning(lcSpeech) << "the voice failed; cues stay on screen";
                             }
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

    bool m_enabled = false;
    QString m_engine;
    std::unique_ptr<QTextToSpeech> m_speech;
    bool m_heard = false;
    bool m_failed = false;
    bool m_onItsWay = false; // a line was handed to the engine and has not ended
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
