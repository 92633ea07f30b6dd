#pragma once

#include "camera.h"

#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"
#include "tightside/gui/services.h"

#include "tightside/gui/preferences.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QImage>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <cstdint>
#include <memory>
#include <utility>

namespace tightside::gui::testing {

/// A finished session on the built-in protocol, started at `when` with id number `index`: left
/// quadriceps and right adductors released and completed, the quadriceps re-checked, pain 5
/// before and 3 after. For filling a history.
inline core::Session sampleSession(int index, std::chrono::system_clock::time_point when)
{
    const core::Protocol& protocol = core::builtinProtocol();
    core::Session session;
    session.answers.painNow = 5;
    session.answers.setRating(core::Region::Quadriceps, {7, 4});
    session.answers.setRating(core::Region::HipFlexors, {3, 3});
    session.answers.setRating(core::Region::Adductors, {2, 6});
    session.answers.setRating(core::Region::ItBand, {5, 5});
    session.answers.setRating(core::Region::Hamstrings, {4, 4});
    session.id = core::newSessionId(when, static_cast<std::uint32_t>(index));
    session.started = core::isoUtc(when);
    session.finished = core::isoUtc(when + std::chrono::minutes(10));
    session.protocolId = protocol.id;
    session.protocolVersion = protocol.version;
    session.plan = core::RulesEngine(protocol).plan(session.answers);
    for (const auto& step : session.plan.steps) {
        session.done.push_back(
            {step.group, step.side, step.technique, step.seconds, core::Outcome::Completed});
    }
    session.setRecheck(core::Region::Quadriceps, {5, 4});
    session.painAfter = 3;
    return session;
}

/// Gets past the safety questions as a person must: with an explicit "None of these is true
/// for me" when nothing is ticked, else by scrolling the list to its end (every question seen).
inline void passSafetyQuestions(QWidget* flow)
{
    auto* none = flow->findChild<QAbstractButton*>(QStringLiteral("noneOfThese"));
    if (none != nullptr && none->isEnabled() && !none->isChecked()) {
        none->click();
        return;
    }
    if (auto* page = flow->findChild<QScrollArea*>(QStringLiteral("pageRedFlags"))) {
        QScrollBar* bar = page->verticalScrollBar();
        bar->setValue(bar->maximum());
        QCoreApplication::processEvents();
    }
}

/// A clock that moves only when the test says so; its wall time starts at 2026-11-25 08:00 UTC
/// and moves with it.
class FakeClock final : public Clock
{
public:
    std::chrono::milliseconds now() const override { return m_now; }
    std::chrono::system_clock::time_point wallNow() const override
    {
        return std::chrono::system_clock::time_point{std::chrono::seconds(1795593600)} + m_now;
    }
    void advance(std::chrono::milliseconds by) { m_now += by; }

private:
    std::chrono::milliseconds m_now{500000};
};

/// Records every cue instead of speaking.
class FakeCueSink final : public CueSink
{
public:
    void say(const QString& text, CueStyle style) override
    {
        said << text;
        if (style == CueStyle::End) {
            ends << text;
        }
    }
    bool speaking() const override { return enabled && heard && failure.isEmpty(); }
    void configure(bool on, const QString&) override { enabled = on; }
    QStringList engines() const override { return {QStringLiteral("fake")}; }
    QString problem() const override
    {
        if (!failure.isEmpty()) {
            return failure;
        }
        return enabled ? QString() : QStringLiteral("Voice is off.");
    }

    QStringList said;
    QStringList ends;
    bool enabled = false;
    /// False: the voice is on and loaded but has not been heard yet (a real engine starts
    /// speaking a moment after its first cue, or reports an error instead).
    bool heard = true;
    /// Set: the voice failed with these words.
    QString failure;
};

/// Answers every question from fields the test sets; never opens a dialog.
class FakePrompter final : public Prompter
{
public:
    bool confirm(QWidget*, const QString& title, const QString&, const QString&,
                 const QString&) override
    {
        asked << title;
        return confirmAnswer;
    }
    void info(QWidget*, const QString& title, const QString&) override { asked << title; }
    QString openFile(QWidget*, const QString&, const QString&) override { return fileToOpen; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return fileToSave;
    }
    QString folder(QWidget*, const QString&, const QString&) override { return folderToPick; }
    std::optional<QString> line(QWidget*, const QString& title, const QString&,
                                const QString& initial) override
    {
        asked << title;
        lineInitial = initial;
        return lineAnswer;
    }
    bool openFolder(const QString& path) override
    {
        opened << path;
        return true;
    }

    QStringList asked;
    QStringList opened;
    bool confirmAnswer = true;
    QString fileToOpen;
    QString fileToSave;
    QString folderToPick;
    /// What line() answers (nullopt: Cancel) and the text it was offered.
    std::optional<QString> lineAnswer = QString();
    QString lineInitial;
};

/// Records every sound the player asks for, with the fake clock's time.
class FakeSoundSink final : public SoundSink
{
public:
    explicit FakeSoundSink(const FakeClock& clock) : m_clock(clock) {}
    void play(core::Sound sound) override { played.emplace_back(m_clock.now(), sound); }
    void configure(bool on, int volumePercent) override
    {
        enabled = on;
        volume = volumePercent;
    }
    QString problem() const override { return problemText; }

    std::vector<std::pair<std::chrono::milliseconds, core::Sound>> played;
    bool enabled = true;
    int volume = -1;
    QString problemText;

private:
    const FakeClock& m_clock;
};

/// A camera that does what the test says: a ready one gives `picture` as its preview and its
/// photo; `state` makes it absent; failNow() and fail on capture act out a broken camera.
class FakeCamera final : public Camera
{
public:
    CameraState state() const override { return cameraState; }
    QString description() const override { return QStringLiteral("Fake camera"); }
    void setListener(CameraListener listener) override { m_listener = std::move(listener); }
    void start() override
    {
        ++starts;
        running = true;
        if (m_listener.frame) {
            m_listener.frame(picture);
        }
    }
    void stop() override { running = false; }
    void capture() override
    {
        ++captures;
        if (failCapture) {
            failNow(QStringLiteral("capture failed"));
        } else if (m_listener.captured) {
            m_listener.captured(picture);
        }
    }
    /// The camera stops as a real one does when it is unplugged.
    void failNow(const QString& detail)
    {
        running = false;
        if (m_listener.failed) {
            m_listener.failed(detail);
        }
    }

    CameraState cameraState = CameraState::Ready;
    QImage picture;
    bool failCapture = false;
    bool running = false;
    int starts = 0;
    int captures = 0;

private:
    CameraListener m_listener;
};

/// Hands out one FakeCamera set up as `state` and `picture` say; `last` is the one handed out.
class FakeCameras final : public Cameras
{
public:
    std::unique_ptr<Camera> open() override
    {
        auto camera = std::make_unique<FakeCamera>();
        camera->cameraState = state;
        camera->picture = picture;
        camera->failCapture = failCapture;
        last = camera.get();
        ++opened;
        return camera;
    }

    CameraState state = CameraState::NoCamera;
    QImage picture;
    bool failCapture = false;
    FakeCamera* last = nullptr;
    int opened = 0;
};

/// Everything a window needs, on a temporary folder.
struct Fixture
{
    QTemporaryDir temp;
    FakeClock clock;
    FakeCueSink cues;
    FakePrompter prompter;
    FakeSoundSink sounds{clock};
    std::unique_ptr<QSettings> settings = std::make_unique<QSettings>(
        temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Preferences preferences{*settings};
    FakeCameras cameras;
    Services services{
        clock, cues, prompter, sounds, preferences, temp.filePath(QStringLiteral("data")), cameras};

    QString dataDir() const { return services.dataDir; }
};

} // namespace tightside::gui::testing
