// The real parts behind the window's seams, run for real (issue 21): the Qt Multimedia sound
// sink and the Qt TextToSpeech voice, with the default settings, on a machine with no sound
// device (ctest points PulseAudio at a socket that does not exist, as on a virtual machine or
// a remote desktop). The fake clock drives the routine; nothing waits for real time.
#include "checkwalk.h"
#include "fakes.h"

#include "camera.h"
#include "camerapage.h"
#include "measuremodel.h"
#include "measurepage.h"
#include "sound.h"
#include "soundsettings.h"
#include "speech.h"

#include "tightside/core/protocol.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/gui/preferences.h"
#include "tightside/gui/services.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <memory>

using namespace tightside;
using namespace tightside::gui;
using namespace std::chrono_literals;
using Page = CheckFlow::Page;

namespace {

/// A window's services with the real sound and speech sinks and the default settings.
struct RealFixture
{
    QTemporaryDir temp;
    testing::FakeClock clock;
    std::unique_ptr<CueSink> cues = makeSpeechSink();
    testing::FakePrompter prompter;
    std::unique_ptr<SoundSink> sounds = makeSoundSink();
    std::unique_ptr<QSettings> settings = std::make_unique<QSettings>(
        temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Preferences preferences{*settings};
    ModuleCameras cameras;
    Services services{clock,   *cues,       prompter,
                      *sounds, preferences, temp.filePath(QStringLiteral("data")),
                      cameras};
};

} // namespace

class RealPartsTest final : public QObject
{
    Q_OBJECT

private slots:
    void soundWithoutDeviceSaysWhyOnceAndNeverCrashes();
    void soundSettingsShowSoundDisabledWithTheReason();
    void realSinksRunAWholeRoutineWithoutDevice();
    void realDialogsAnswerWhatThePersonChose();
    void cameraWithoutDeviceSaysWhyAndOffersAPhoto();
};

// The crash of issue 21: the second cue after "no device" dereferenced a sound never made.
void RealPartsTest::soundWithoutDeviceSaysWhyOnceAndNeverCrashes()
{
    const auto sink = makeSoundSink();
    sink->configure(true, 80);
    for (int i = 0; i < 20; ++i) {
        sink->play(core::Sound::GetReadyTick);
        sink->play(core::Sound::LastSecondsTick);
        sink->play(core::Sound::HoldEnd);
        QCoreApplication::processEvents();
    }
    const QString problem = sink->problem();
    QVERIFY2(problem.contains(QStringLiteral("No sound device")), qPrintable(problem));
    // Asked again, the same reason: it was recorded the first time, not found again.
    QCOMPARE(sink->problem(), problem);
}

void RealPartsTest::soundSettingsShowSoundDisabledWithTheReason()
{
    RealFixture fx;
    QVERIFY(fx.preferences.soundEnabled()); // sound on by default
    SoundSettings settings(fx.services);
    settings.show();
    QVERIFY(!settings.enabledBox()->isEnabled());
    QVERIFY(!settings.enabledBox()->isChecked());
    QVERIFY(!settings.volumeSlider()->isEnabled());
    QVERIFY2(settings.status()->text().contains(QStringLiteral("No sound device")),
             qPrintable(settings.status()->text()));
    // The saved choice stays for a run with a device.
    QVERIFY(fx.preferences.soundEnabled());
}

void RealPartsTest::realSinksRunAWholeRoutineWithoutDevice()
{
    RealFixture fx;
    MainWindow window(fx.services);
    window.show();
    window.findChild<QPushButton*>(QStringLiteral("welcomeAcknowledge"))->click();
    CheckFlow* flow = window.checkFlow();
    testing::answerWizard(flow);
    flow->next(); // Start routine
    QCOMPARE(flow->page(), Page::Player);
    // Every second of every step: the get-ready ticks, the last-second ticks, each hold's end
    // chime, every spoken cue; the real sinks' own events are let through as they come.
    for (int i = 0; i < 600 && flow->page() == Page::Player; ++i) {
        fx.clock.advance(1s);
        flow->player()->tick();
        QCoreApplication::processEvents();
    }
    QCOMPARE(flow->page(), Page::Recheck);
    QVERIFY(!fx.sounds->problem().isEmpty());
    testing::rateRecheck(flow);
    QSignalSpy saved(flow, &CheckFlow::sessionSaved);
    flow->next(); // Save
    QCOMPARE(saved.size(), 1);
    QCOMPARE(flow->page(), Page::Summary);
    QCOMPARE(testing::jsonFiles(fx.services.dataDir + QStringLiteral("/sessions")).size(), 1);
}

namespace {

/// Answers the next modal dialog as a person would, once the event loop shows it.
template <typename Dialog, typename Answer>
void whenShown(Answer answer)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start(10);
}

} // namespace

// DialogPrompter, the real side of the Prompter seam: Qt's own file dialogs and message
// boxes (the offscreen platform has no native ones), answered through their widgets.
void RealPartsTest::realDialogsAnswerWhatThePersonChose()
{
    QTemporaryDir temp;
    DialogPrompter prompter;
    QWidget parent;
    parent.show();
    const QString toSave = temp.filePath(QStringLiteral("report.pdf"));
    whenShown<QFileDialog>([&toSave](QFileDialog* dialog) {
        dialog->setDirectory(QFileInfo(toSave).absolutePath());
        dialog->selectFile(QFileInfo(toSave).fileName());
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QCOMPARE(prompter.saveFile(&parent, QStringLiteral("Export"), QStringLiteral("report.pdf"),
                               QStringLiteral("PDF (*.pdf)")),
             toSave);

    const QString existing = temp.filePath(QStringLiteral("mine.json"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    whenShown<QFileDialog>([&existing](QFileDialog* dialog) {
        // Typed into the file name field, as a person would (the list loads asynchronously).
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (name != nullptr) {
            name->setText(existing);
        }
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QCOMPARE(prompter.openFile(&parent, QStringLiteral("Import"), QStringLiteral("JSON (*.json)")),
             existing);

    whenShown<QFileDialog>([](QFileDialog* dialog) { dialog->reject(); });
    QVERIFY(
        prompter.openFile(&parent, QStringLiteral("Import"), QStringLiteral("*.json")).isEmpty());

    whenShown<QFileDialog>([&temp](QFileDialog* dialog) {
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
            name->setText(temp.path());
        }
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QCOMPARE(QDir(prompter.folder(&parent, QStringLiteral("Data folder"), temp.path())),
             QDir(temp.path()));

    // confirm(): the "yes" button is the one pressed; Escape is "no".
    whenShown<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QStringLiteral("Delete")) {
                button->click();
            }
        }
    });
    QVERIFY(prompter.confirm(&parent, QStringLiteral("Delete?"), QStringLiteral("Sure?"),
                             QStringLiteral("Delete"), QStringLiteral("Keep")));
    whenShown<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
    QVERIFY(!prompter.confirm(&parent, QStringLiteral("Delete?"), QStringLiteral("Sure?"),
                              QStringLiteral("Delete"), QStringLiteral("Keep")));
    whenShown<QMessageBox>([](QMessageBox* box) { box->accept(); });
    prompter.info(&parent, QStringLiteral("Saved"), QStringLiteral("Saved."));

    // line(): what was typed, trimmed, starting from the text offered; Cancel is no answer.
    whenShown<QInputDialog>([](QInputDialog* dialog) {
        QCOMPARE(dialog->textValue(), QStringLiteral("Ada"));
        auto* edit = dialog->findChild<QLineEdit*>();
        QVERIFY(edit != nullptr);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral(" Ada Example "));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QCOMPARE(prompter.line(&parent, QStringLiteral("Name"), QStringLiteral("Your name"),
                           QStringLiteral("Ada")),
             std::optional<QString>(QStringLiteral("Ada Example")));
    whenShown<QInputDialog>([](QInputDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QVERIFY(!prompter
                 .line(&parent, QStringLiteral("Name"), QStringLiteral("Your name"),
                       QStringLiteral("Ada"))
                 .has_value());
}

// The real camera (issue 23): Qt Multimedia's camera stack in libtightside_media.so, on a
// machine with no camera (a CI runner, a virtual machine). It reports no camera; the measuring
// page says why in plain words and opens a photo instead. A real camera cannot run here: no
// runner has one, and a virtual one (v4l2loopback) needs a kernel module.
void RealPartsTest::cameraWithoutDeviceSaysWhyAndOffersAPhoto()
{
    ModuleCameras cameras;
    const std::unique_ptr<Camera> camera = cameras.open();
    QVERIFY(camera != nullptr);
    if (camera->state() == CameraState::Ready) {
        QSKIP("this computer has a camera: the no-camera path cannot be seen here");
    }
    // The module was found and loaded: it is the camera stack that finds no device.
    QCOMPARE(camera->state(), CameraState::NoCamera);
    QVERIFY(camera->description().isEmpty());
    camera->setListener({});
    camera->start(); // nothing to start, nothing to crash
    camera->capture();
    camera->stop();

    RealFixture fx;
    const core::MeasureTest* test = core::builtinProtocol().measure(core::Region::Quadriceps);
    QVERIFY(test != nullptr);
    MeasureDialog dialog(*test, core::Side::Left, QStringLiteral("quadriceps"), fx.prompter,
                         fx.clock, fx.services.cameras);
    dialog.show();
    dialog.findChild<QPushButton*>(QStringLiteral("measureCamera"))->click();
    QVERIFY(dialog.onCamera());
    const QString why = dialog.findChild<QLabel*>(QStringLiteral("cameraStatus"))->text();
    QCOMPARE(why, QStringLiteral("No camera was found on this computer. Take the photo with a "
                                 "phone and open it here."));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("cameraStartTimer"))->isVisible());
    dialog.cameraPage().startTimer();
    fx.clock.advance(15s);
    dialog.cameraPage().tick();
    QVERIFY(!dialog.model().hasPhoto());
    // Open a photo instead: the page goes on to the landmarks.
    const QString photo = fx.temp.filePath(QStringLiteral("photo.png"));
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QVERIFY(image.save(photo, "PNG"));
    fx.prompter.fileToOpen = photo;
    auto* open = dialog.findChild<QPushButton*>(QStringLiteral("cameraOpen"));
    QVERIFY(open->isVisible());
    open->click();
    QVERIFY(dialog.model().hasPhoto());
    QVERIFY(!dialog.onCamera() && !dialog.onSetup());
}

QTEST_MAIN(RealPartsTest)
#include "test_realparts.moc"
