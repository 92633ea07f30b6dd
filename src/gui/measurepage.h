#pragma once

#include "tightside/core/measure.h"
#include "tightside/core/region.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace tightside::gui {

class CameraPage;
class Cameras;
class Clock;
class MeasureCanvas;
class MeasureModel;
class Prompter;

/// A small drawing of the setup: the person lying on the table seen from above, where the
/// camera stands (the test's view), and the landmarks numbered in tapping order.
class SetupDrawing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDrawing)

public:
    explicit SetupDrawing(const core::MeasureTest& test, QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const core::MeasureTest& m_test;
};

/// "Where the camera stands" for a view, as a sentence.
QString cameraSentence(core::CameraView view);

/// Measuring one side of one group from a photo (issue 23): the setup first (the drawing, the
/// protocol's setup words, the landmarks in order, and the two ways to the photo), then the
/// photo with the landmarks (MeasureCanvas) and the angle. The photo is taken with this
/// computer's camera and its self-timer (CameraPage) or opened from a file. "Use this angle"
/// accepts the dialog once the angle is measured; nothing is kept on Cancel.
class MeasureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureDialog)

public:
    /// `test` must outlive the dialog; `groupName` is the protocol's name ("hip flexors").
    /// `prompter` asks for the photo's file; `clock` runs the camera's self-timer; `cameras`
    /// opens the camera, only when the person asks for it. All three must outlive the dialog.
    MeasureDialog(const core::MeasureTest& test, core::Side side, const QString& groupName,
                  Prompter& prompter, Clock& clock, Cameras& cameras, QWidget* parent = nullptr);

    MeasureModel& model() { return *m_model; }
    MeasureCanvas& canvas() { return *m_canvas; }
    /// Opens `path` and goes to the landmarks; returns the error sentence, or empty.
    QString openPhoto(const QString& path);
    /// Shows the setup again (the photo and landmarks are kept).
    void showSetup();
    bool onSetup() const;
    /// Goes to the camera page and starts the camera (or says why there is none).
    void takePhoto();
    bool onCamera() const;
    CameraPage& cameraPage() { return *m_camera; }

protected:
    void done(int result) override;

private:
    void choosePhoto();
    void usePhoto(const QImage& photo);
    void showPage(int index);
    void update();

    Prompter& m_prompter;
    MeasureModel* m_model = nullptr;
    MeasureCanvas* m_canvas = nullptr;
    CameraPage* m_camera = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_takeAgain = nullptr;
    QPushButton* m_use = nullptr;
};

} // namespace tightside::gui
