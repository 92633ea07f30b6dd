// The real camera (issue 23), inside the media module only: Qt Multimedia's default video
// input, its preview frames through a QVideoSink turned into QImages on the window's thread,
// and the photo through QImageCapture (the last preview frame when the camera cannot take a
// still). mediamodule.h hands it to the window through the Camera seam (camera.h).
#include "camera.h"
#include "mediamodule.h"

#include <QCamera>
#include <QCameraDevice>
#include <QElapsedTimer>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QVideoFrame>
#include <QVideoSink>

#include <memory>
#include <utility>

namespace tightside::gui {
namespace {

/// A preview frame is turned into an image at most this often (in milliseconds): enough to aim
/// the camera, cheap on an old laptop.
constexpr qint64 kFrameInterval = 100;

class QtCamera final : public Camera
{
public:
    QtCamera()
    {
        if (QMediaDevices::videoInputs().isEmpty()) {
            m_state = CameraState::NoCamera;
            return;
        }
        m_device = QMediaDevices::defaultVideoInput();
        if (m_device.isNull()) {
            m_device = QMediaDevices::videoInputs().constFirst();
        }
        m_state = CameraState::Ready;
        m_camera = std::make_unique<QCamera>(m_device);
        m_sink = std::make_unique<QVideoSink>();
        m_still = std::make_unique<QImageCapture>();
        m_session = std::make_unique<QMediaCaptureSession>();
        m_session->setCamera(m_camera.get());
        m_session->setVideoSink(m_sink.get());
        m_session->setImageCapture(m_still.get());
        // Frames may come on the media framework's own thread: queued to the window's.
        QObject::connect(
            m_sink.get(), &QVideoSink::videoFrameChanged, &m_context,
            [this](const QVideoFrame& frame) { onFrame(frame); }, Qt::QueuedConnection);
        QObject::connect(m_camera.get(), &QCamera::errorOccurred, &m_context,
                         [this](QCamera::Error error, const QString& detail) {
                             if (error != QCamera::NoError) {
                                 fail(detail);
                             }
                         });
        QObject::connect(m_still.get(), &QImageCapture::imageCaptured, &m_context,
                         [this](int /*id*/, const QImage& image) { deliver(image); });
        QObject::connect(m_still.get(), &QImageCapture::errorOccurred, &m_context,
                         [this](int /*id*/, QImageCapture::Error /*error*/, const QString& detail) {
                             // The preview is as good a photo as any when the still fails.
                             if (!m_capturing) {
                                 return;
                             }
                             if (!m_last.isNull()) {
                                 deliver(m_last);
                             } else {
                                 m_capturing = false;
                                 fail(detail);
                             }
                         });
    }
    ~QtCamera() override
    {
        m_listener = {}; // nothing is reported while the camera goes
        if (m_camera) {
            m_camera->stop();
        }
    }
    QtCamera(const QtCamera&) = delete;
    QtCamera& operator=(const QtCamera&) = delete;
    QtCamera(QtCamera&&) = delete;
    QtCamera& operator=(QtCamera&&) = delete;

    CameraState state() const override { return m_state; }
    QString description() const override { return m_device.description(); }
    void setListener(CameraListener listener) override { m_listener = std::move(listener); }

    void start() override
    {
        if (m_camera) {
            m_last = QImage();
            m_camera->start();
        }
    }

    void stop() override
    {
        m_capturing = false;
        if (m_camera) {
            m_camera->stop();
        }
    }

    void capture() override
    {
        if (!m_camera) {
            return;
        }
        m_capturing = true;
        if (m_still->isReadyForCapture()) {
            m_still->capture();
        } else if (!m_last.isNull()) {
            deliver(m_last);
        } else {
            m_capturing = false;
            fail(QString());
        }
    }

private:
    void onFrame(const QVideoFrame& frame)
    {
        if (m_clock.isValid() && m_clock.elapsed() < kFrameInterval && !m_capturing) {
            return;
        }
        m_clock.start();
        QImage image = frame.toImage();
        if (image.isNull()) {
            return;
        }
        m_last = image;
        if (m_listener.frame) {
            m_listener.frame(image);
        }
    }

    void deliver(const QImage& image)
    {
        if (!m_capturing) {
            return;
        }
        m_capturing = false;
        if (m_listener.captured) {
            m_listener.captured(image);
        }
    }

    void fail(const QString& detail)
    {
        if (m_listener.failed) {
            m_listener.failed(detail);
        }
    }

    CameraState m_state = CameraState::NoCamera;
    QCameraDevice m_device;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_sink;
    std::unique_ptr<QImageCapture> m_still;
    /// Last, so it lets go of the camera, sink and still capture before they go.
    std::unique_ptr<QMediaCaptureSession> m_session;
    CameraListener m_listener;
    QImage m_last;
    QElapsedTimer m_clock;
    bool m_capturing = false;
    /// The receiver of every connection. Declared last, so it goes first: no call reaches a
    /// camera whose parts are going.
    QObject m_context;
};

} // namespace

Camera* makeQtCamera()
{
    return new QtCamera();
}

} // namespace tightside::gui
