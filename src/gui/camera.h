#pragma once

// The camera seam (issue 23): what the measuring page needs from a camera, as a plain
// interface. The real one (qtcamera.cpp) lives in the media module with Qt Multimedia, so the
// window never maps Qt Multimedia before a camera is asked for (issue 21); tests use a fake.

#include <QImage>
#include <QString>

#include <functional>

namespace tightside::gui {

/// Whether a camera can be used, and if not, why (the page words it).
enum class CameraState
{
    /// A camera was found; start() shows its preview.
    Ready,
    /// No video input on this computer (none plugged in, or none the system shows).
    NoCamera,
    /// The media module (libtightside_media.so) is missing or from another build.
    NoModule,
};

/// Where a camera reports; every call comes on the window's thread, from its event loop.
struct CameraListener
{
    /// A preview frame, upright, at most a few per second.
    std::function<void(const QImage&)> frame;
    /// The photo asked for with capture().
    std::function<void(const QImage&)> captured;
    /// The camera stopped or could not take the photo; `detail` is the system's own words
    /// (English, may be empty). No frame or photo follows until start() again.
    std::function<void(const QString& detail)> failed;
};

/// One camera, chosen when made (the system's default video input).
class Camera
{
public:
    Camera() = default;
    virtual ~Camera() = default;
    Camera(const Camera&) = delete;
    Camera& operator=(const Camera&) = delete;
    Camera(Camera&&) = delete;
    Camera& operator=(Camera&&) = delete;

    virtual CameraState state() const = 0;
    /// The camera's own name ("Integrated Camera"); empty without one.
    virtual QString description() const = 0;
    /// Where frames, photos and failures go; set before start().
    virtual void setListener(CameraListener listener) = 0;
    /// Starts the live preview; does nothing unless state() is Ready.
    virtual void start() = 0;
    /// Stops the preview (and the camera's light).
    virtual void stop() = 0;
    /// Takes a photo: `captured` (or `failed`) follows.
    virtual void capture() = 0;
};

/// A camera that is not there: state() says why, nothing else happens.
class AbsentCamera final : public Camera
{
public:
    explicit AbsentCamera(CameraState state) : m_state(state) {}
    CameraState state() const override { return m_state; }
    QString description() const override { return {}; }
    void setListener(CameraListener /*listener*/) override {}
    void start() override {}
    void stop() override {}
    void capture() override {}

private:
    CameraState m_state;
};

} // namespace tightside::gui
