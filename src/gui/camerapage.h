#pragma once

#include <QImage>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace tightside::gui {

class Camera;
class Cameras;
class Clock;

/// The camera's live picture: the last preview frame, scaled to fit, or a line saying what
/// is awaited. Not a Tab stop (nothing to do on it).
class CameraPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraPreview)

public:
    explicit CameraPreview(QWidget* parent = nullptr);
    void setFrame(const QImage& frame);
    const QImage& frame() const { return m_frame; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_frame;
};

/// Taking the photo with this computer's camera (issue 23): the live preview to aim it, then a
/// self-timer of kSelfTimer (the person lies on the floor, away from the keyboard) counted down
/// large and told to a screen reader each second, then the photo, handed on with captured().
/// Without a camera, or when it fails, it says why in plain words and offers to open a photo.
/// The countdown runs from a QTimer on the injected clock; tests call tick() after moving a
/// fake clock.
class CameraPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraPage)

public:
    static constexpr std::chrono::seconds kSelfTimer{10};

    /// `clock` and `cameras` must outlive the page. Nothing is opened until begin().
    CameraPage(Clock& clock, Cameras& cameras, QWidget* parent = nullptr);
    ~CameraPage() override;

    /// Opens the camera the first time, and starts its preview; or says why there is none.
    void begin();
    /// Stops the countdown and the preview (the camera's light goes off).
    void end();
    /// Starts the self-timer; the photo is taken when it reaches 0.
    void startTimer();
    /// Stops the self-timer; no photo is taken.
    void stopTimer();
    /// Moves the countdown on to the clock's time; takes the photo at 0.
    void tick();

    bool counting() const { return m_deadline.has_value(); }
    /// Whole seconds left on the self-timer (10 just after it starts), 0 when not counting.
    int secondsLeft() const { return m_shown; }
    /// Why no photo can be taken (no camera, no module, the camera failed); empty otherwise.
    QString problem() const { return m_problem; }
    CameraPreview* preview() const { return m_preview; }

signals:
    /// The photo, upright, to measure on.
    void captured(const QImage& photo);
    /// The person chose to open a photo file instead.
    void openPhotoAsked();
    /// The person chose to go back to the setup.
    void setupAsked();

private:
    void showProblem(const QString& problem);
    void showCountdown();
    void onCaptured(const QImage& photo);
    void onFailed(const QString& detail);
    void updateButtons();

    Clock& m_clock;
    Cameras& m_cameras;
    std::unique_ptr<Camera> m_camera;
    QTimer* m_timer = nullptr;
    std::optional<std::chrono::milliseconds> m_deadline;
    int m_shown = 0;
    bool m_taking = false;
    QString m_problem;
    QLabel* m_status = nullptr;
    CameraPreview* m_preview = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_go = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace tightside::gui
