#pragma once

#include "tightside/gui/soundsink.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QWidget;

namespace tightside::store {
class SessionStore;
}

namespace tightside::gui {

class Camera;
class Preferences;

/// A monotonic clock in milliseconds, and the wall time for what is written down (when a check
/// began and ended); tests pass a fake one they move by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::milliseconds now() const = 0;
    /// The time of day, UTC: std::chrono::system_clock unless a test says otherwise.
    virtual std::chrono::system_clock::time_point wallNow() const
    {
        return std::chrono::system_clock::now();
    }
};

/// std::chrono::steady_clock: never jumps with the wall clock.
class SteadyClock final : public Clock
{
public:
    std::chrono::milliseconds now() const override;
};

/// What a cue means, so a sink can choose how to voice it (the words come with it).
enum class CueStyle
{
    Announce,
    Tick,
    End,
};

/// Where spoken cues go. The player always shows every cue on screen as well, so a sink that
/// cannot speak (no engine, no audio device) never stops the routine.
class CueSink
{
public:
    virtual ~CueSink() = default;
    virtual void say(const QString& text, CueStyle style) = 0;
    /// True only once cues are known to be heard (the engine has started speaking one); the
    /// player never says "Voice on" before that.
    virtual bool speaking() const = 0;
    /// Turns speech on or off (settings), choosing an engine ("" for the default).
    virtual void configure(bool enabled, const QString& engine) = 0;
    /// The engines that can be chosen in settings.
    virtual QStringList engines() const = 0;
    /// Why there is no voice, in plain words; empty when speaking() is true.
    virtual QString problem() const = 0;
};

/// Dialog seam: questions the window asks the user. Tests answer without any dialog.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& yes, const QString& no) = 0;
    virtual void info(QWidget* parent, const QString& title, const QString& text) = 0;
    /// An existing file to open; empty when cancelled.
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    /// A file to write; empty when cancelled.
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                             const QString& filter) = 0;
    /// A folder; empty when cancelled.
    virtual QString folder(QWidget* parent, const QString& title, const QString& start) = 0;
    /// One line of text, starting as `initial`; nullopt when cancelled (empty is an answer).
    virtual std::optional<QString> line(QWidget* parent, const QString& title, const QString& label,
                                        const QString& initial) = 0;
    /// Opens a folder in the desktop's file manager; false when that failed.
    virtual bool openFolder(const QString& path) = 0;
};

/// Prompter with real Qt dialogs.
class DialogPrompter final : public Prompter
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes,
                 const QString& no) override;
    void info(QWidget* parent, const QString& title, const QString& text) override;
    QString openFile(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                     const QString& filter) override;
    QString folder(QWidget* parent, const QString& title, const QString& start) override;
    std::optional<QString> line(QWidget* parent, const QString& title, const QString& label,
                                const QString& initial) override;
    bool openFolder(const QString& path) override;

    /// Where a file dialog opens for `path`: an absolute path as given; a bare file name (or
    /// any relative path) in the Documents folder; nothing given, the Documents folder (the
    /// home folder when the desktop names no Documents folder). Never the working folder.
    static QString startPath(const QString& path);
};

/// Camera seam (measuring from a photo, issue 23): opens the camera the measuring page
/// previews and takes its photo with. Tests give a fake.
class Cameras
{
public:
    virtual ~Cameras() = default;
    /// The system's default camera, never null: without one, its state() says why.
    virtual std::unique_ptr<Camera> open() = 0;
};

/// The real cameras, through Qt Multimedia in libtightside_media.so, loaded on the first
/// open() (lazymedia.cpp).
class ModuleCameras final : public Cameras
{
public:
    std::unique_ptr<Camera> open() override;
};

/// Everything the window needs from outside, passed in so tests can swap each part.
/// All references must outlive the window.
struct Services
{
    Clock& clock;
    CueSink& cues;
    Prompter& prompter;
    /// The player's sounds (ticks, the end of a hold).
    SoundSink& sounds;
    /// Every setting, typed; tests give preferences on a file in a temporary folder.
    Preferences& preferences;
    /// The data dir resolved by SessionStore::resolveDataDir (before any settings override).
    QString dataDir;
    /// The camera the measuring page takes photos with.
    Cameras& cameras;
};

} // namespace tightside::gui
