#include "camerapage.h"

#include "camera.h"
#include "layouthelpers.h"
#include "style.h"

#include "tightside/gui/services.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tightside::gui {
namespace {

/// How often the countdown looks at the clock: often enough that each second shows on time.
constexpr int kTickMs = 100;

int selfTimerSeconds()
{
    return static_cast<int>(CameraPage::kSelfTimer.count());
}

} // namespace

CameraPreview::CameraPreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPreview"));
    setMinimumSize(160, 90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Camera preview"));
    setAccessibleDescription(tr("What the camera sees now, to aim it at the test position."));
}

void CameraPreview::setFrame(const QImage& frame)
{
    m_frame = frame;
    update();
}

QSize CameraPreview::sizeHint() const
{
    return {480, 270};
}

void CameraPreview::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_frame.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Waiting for the camera's picture…"));
        return;
    }
    const QSizeF fitted = QSizeF(m_frame.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                        fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_frame);
}

CameraPage::CameraPage(Clock& clock, Cameras& cameras, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_cameras(cameras)
{
    setObjectName(QStringLiteral("cameraPage"));
    auto* layout = new QVBoxLayout(this);
    m_status = makeLabel(QString(), this, QStringLiteral("cameraStatus"));
    layout->addWidget(m_status);

    auto* row = new QHBoxLayout;
    m_preview = new CameraPreview(this);
    row->addWidget(m_preview, 3);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("cameraCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setMinimumWidth(
        QFontMetrics(m_countdown->font()).horizontalAdvance(QStringLiteral("00")) * 5);
    QFont big = m_countdown->font();
    big = style::scaledFont(big, 5);
    big.setBold(true);
    m_countdown->setFont(big);
    row->addWidget(m_countdown, 1);
    layout->addLayout(row, 1);

    auto* buttons = new QHBoxLayout;
    //: The self-timer's button; the number is 10.
    m_go =
        new QPushButton(tr("Start the self-timer (%n seconds)", nullptr, selfTimerSeconds()), this);
    m_go->setObjectName(QStringLiteral("cameraStartTimer"));
    m_go->setAccessibleDescription(
        tr("After %n seconds the camera takes the photo: time to lie down in the test position.",
           nullptr, selfTimerSeconds()));
    m_stop = new QPushButton(tr("Stop the timer"), this);
    m_stop->setObjectName(QStringLiteral("cameraStopTimer"));
    m_open = new QPushButton(tr("Open a photo…"), this);
    m_open->setObjectName(QStringLiteral("cameraOpen"));
    m_open->setAccessibleDescription(tr("Choose a JPEG or PNG photo of the test position."));
    m_back = new QPushButton(tr("Show the setup"), this);
    m_back->setObjectName(QStringLiteral("cameraShowSetup"));
    for (auto* button : {m_go, m_stop, m_open, m_back}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &CameraPage::tick);
    connect(m_go, &QPushButton::clicked, this, &CameraPage::startTimer);
    connect(m_stop, &QPushButton::clicked, this, &CameraPage::stopTimer);
    connect(m_open, &QPushButton::clicked, this, [this] {
        end();
        emit openPhotoAsked();
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        end();
        emit setupAsked();
    });
    updateButtons();
}

CameraPage::~CameraPage()
{
    // The camera goes first: it may still report to this page while it stops.
    m_camera.reset();
}

void CameraPage::begin()
{
    if (!m_camera) {
        m_camera = m_cameras.open();
        m_camera->setListener({
            [this](const QImage& frame) { m_preview->setFrame(frame); },
            [this](const QImage& photo) { onCaptured(photo); },
            [this](const QString& detail) { onFailed(detail); },
        });
    }
    m_problem.clear();
    m_taking = false;
    switch (m_camera->state()) {
    case CameraState::NoCamera:
        showProblem(tr("No camera was found on this computer. Take the photo with a phone and "
                       "open it here."));
        return;
    case CameraState::NoModule:
        showProblem(tr("The camera part of Tightside is missing from this installation. Take "
                       "the photo with a phone and open it here."));
        return;
    case CameraState::Ready:
        break;
    }
    m_status->setText(tr("Aim the camera at the test position and check the picture. Then "
                         "start the self-timer: you have %n seconds to lie down in position "
                         "before the photo is taken.",
                         nullptr, selfTimerSeconds()));
    m_preview->setFrame(QImage());
    m_countdown->clear();
    m_countdown->setAccessibleName(QString());
    m_camera->start();
    updateButtons();
    m_go->setFocus();
}

void CameraPage::end()
{
    m_timer->stop();
    m_deadline.reset();
    m_shown = 0;
    m_taking = false;
    m_countdown->clear();
    if (m_camera) {
        m_camera->stop();
    }
    updateButtons();
}

void CameraPage::startTimer()
{
    if (!m_camera || m_camera->state() != CameraState::Ready || !m_problem.isEmpty() ||
        counting() || m_taking) {
        return;
    }
    m_deadline = m_clock.now() + std::chrono::duration_cast<std::chrono::milliseconds>(kSelfTimer);
    m_shown = selfTimerSeconds();
    m_stop->setEnabled(true);
    m_stop->setFocus(); // Enter or Space stops it again
    showCountdown();
    updateButtons();
    m_timer->start();
}

void CameraPage::stopTimer()
{
    if (!counting()) {
        return;
    }
    m_timer->stop();
    m_deadline.reset();
    m_shown = 0;
    m_countdown->clear();
    const QString stopped = tr("The self-timer is stopped. No photo was taken.");
    m_countdown->setAccessibleName(stopped);
    m_status->setText(stopped);
    m_go->setEnabled(true);
    m_go->setFocus();
    updateButtons();
}

void CameraPage::tick()
{
    if (!m_deadline) {
        return;
    }
    const auto left = *m_deadline - m_clock.now();
    const int seconds = left.count() <= 0 ? 0 : static_cast<int>((left.count() + 999) / 1000);
    if (seconds > 0) {
        if (seconds != m_shown) {
            m_shown = seconds;
            showCountdown();
        }
        return;
    }
    m_timer->stop();
    m_deadline.reset();
    m_shown = 0;
    m_taking = true;
    m_countdown->clear();
    const QString taking = tr("Taking the photo…");
    m_countdown->setAccessibleName(taking);
    m_status->setText(taking);
    updateButtons();
    m_camera->capture(); // captured() or a failure follows, perhaps at once
}

void CameraPage::showCountdown()
{
    m_countdown->setText(QString::number(m_shown));
    //: Said by a screen reader each second of the camera's self-timer.
    const QString sentence = tr("%n second(s) until the photo is taken.", nullptr, m_shown);
    m_countdown->setAccessibleName(sentence);
    m_stop->setAccessibleDescription(sentence);
    m_status->setText(sentence);
    // Told as it changes, so a screen reader can say it while the person lies down.
    QAccessibleEvent event(m_countdown, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void CameraPage::showProblem(const QString& problem)
{
    m_timer->stop();
    m_deadline.reset();
    m_shown = 0;
    m_taking = false;
    m_problem = problem;
    m_status->setText(problem);
    m_countdown->clear();
    m_countdown->setAccessibleName(QString());
    updateButtons();
    m_open->setFocus();
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void CameraPage::onCaptured(const QImage& photo)
{
    if (!m_taking || photo.isNull()) {
        return; // a late photo after Stop, or an empty one
    }
    m_taking = false;
    updateButtons();
    emit captured(photo.convertToFormat(QImage::Format_RGB32));
}

void CameraPage::onFailed(const QString& detail)
{
    if (m_camera) {
        m_camera->stop();
    }
    showProblem(detail.isEmpty()
                    ? tr("The camera stopped working. Take the photo with a phone and open it "
                         "here, or go back to the setup and try the camera again.")
                    //: %1 is the system's own description of the camera's problem.
                    : tr("The camera stopped working (%1). Take the photo with a phone and open "
                         "it here, or go back to the setup and try the camera again.")
                          .arg(detail));
}

void CameraPage::updateButtons()
{
    const bool ready = m_camera && m_camera->state() == CameraState::Ready && m_problem.isEmpty();
    m_preview->setVisible(ready);
    m_countdown->setVisible(ready);
    m_go->setVisible(ready);
    m_stop->setVisible(ready);
    m_go->setEnabled(ready && !counting() && !m_taking);
    m_stop->setEnabled(counting());
}

} // namespace tightside::gui
