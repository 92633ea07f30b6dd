// Measuring from a photo in the window (issue 23): synthetic photos drawn here with QPainter (a
// figure whose segment angles are known, its landmarks as coloured dots) are read back through
// the measuring page's model, the dots found by colour, and must give the angle within 0.5°;
// the landmark page is driven by the mouse and by the keyboard alone; the group page and the
// check carry the angles into the answers, the plan and the session.
#include "checkwalk.h"
#include "fakes.h"

#include "camerapage.h"
#include "grouppage.h"
#include "measurecanvas.h"
#include "measuremodel.h"
#include "measurepage.h"
#include "measuresides.h"
#include "recheckpage.h"

#include "tightside/core/protocol.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/text/planwords.h"

#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QImageWriter>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTransform>

#include <memory>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace tightside;
using namespace tightside::gui;
using namespace std::chrono_literals;

namespace {

constexpr double kTolerance = 0.5;

const core::MeasureTest& testFor(core::Region region)
{
    const core::MeasureTest* test = core::builtinProtocol().measure(region);
    Q_ASSERT(test != nullptr);
    return *test;
}

/// The colour of the landmark dot `index`; each is far from the others and from the figure.
QColor dotColour(std::size_t index)
{
    static const QColor colours[] = {QColor(255, 0, 0), QColor(0, 200, 0), QColor(0, 0, 255),
                                     QColor(255, 0, 255)};
    return colours[index];
}

QPointF direction(double degrees)
{
    const double r = degrees * std::numbers::pi / 180.0;
    return {std::cos(r), -std::sin(r)}; // counter-clockwise on screen
}

/// A figure in the test position: its landmarks in tapping order, in a frame of unit scale
/// centred on 0, with the angle the test should read from them.
struct Figure
{
    std::vector<QPointF> landmarks;
    double expected = 0;
};

Figure figureFor(core::AngleKind kind)
{
    const double thigh = 0.32;
    switch (kind) {
    case core::AngleKind::KneeFlexion: {
        // Face down, thigh level, the shin bent back up over it by 123.4°.
        const QPointF hip(-0.3, 0.1);
        const QPointF knee = hip + direction(0) * thigh;
        return {{hip, knee, knee + direction(123.4) * 0.3}, 123.4};
    }
    case core::AngleKind::KneeExtensionDeficit: {
        // On the back, thigh upright, the shin 27.5° short of straight.
        const QPointF hip(-0.1, 0.3);
        const QPointF knee = hip + direction(90) * thigh;
        return {{hip, knee, knee + direction(90 + 27.5) * 0.3}, 27.5};
    }
    case core::AngleKind::ThighToLevelLine: {
        // The thigh hangs 12.3° below the table edge: 90 - 12.3 read from straight down.
        const QPointF a(-0.4, 0.0);
        const QPointF b(0.0, 0.0);
        const QPointF hip(-0.1, -0.05);
        return {{a, b, hip, hip + direction(-12.3) * thigh * 1.2}, 77.7};
    }
    case core::AngleKind::HipAbduction: {
        // From above: the hips level, the thigh 23.6° out from straight down.
        const QPointF other(-0.12, -0.25);
        const QPointF same(0.12, -0.25);
        return {{other, same, same + direction(-90 + 23.6) * 0.4}, 23.6};
    }
    }
    return {};
}

/// The figure drawn upright on a photo of `size`, turned by `degrees`, mirrored when asked:
/// grey limbs and a table, the landmarks as coloured dots. Returns the photo and the landmarks'
/// pixels.
std::pair<QImage, std::vector<QPointF>> drawFigure(const Figure& figure, QSize size, double degrees,
                                                   bool mirrored)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(235, 230, 220));
    QTransform place;
    const double scale = std::min(size.width(), size.height());
    place.translate(size.width() / 2.0, size.height() / 2.0);
    place.rotate(-degrees);
    place.scale(mirrored ? -scale : scale, scale);
    std::vector<QPointF> pixels;
    for (const QPointF& point : figure.landmarks) {
        pixels.push_back(place.map(point));
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(90, 90, 90), std::max(2.0, scale / 60)));
    for (std::size_t i = 1; i < pixels.size(); ++i) {
        painter.drawLine(pixels[i - 1], pixels[i]);
    }
    const double radius = std::max(3.0, scale / 90);
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        painter.setBrush(dotColour(i));
        painter.drawEllipse(pixels[i], radius, radius);
    }
    return {image, pixels};
}

/// The centre of the dot of `colour` in `image`, as a share of its width and height: what a
/// careful tap gives.
std::optional<core::PhotoPoint> findDot(const QImage& image, const QColor& colour)
{
    double sx = 0;
    double sy = 0;
    double n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = line[x];
            const int d = std::abs(qRed(c) - colour.red()) + std::abs(qGreen(c) - colour.green()) +
                          std::abs(qBlue(c) - colour.blue());
            if (d < 120) {
                sx += x + 0.5;
                sy += y + 0.5;
                n += 1;
            }
        }
    }
    if (n == 0) {
        return std::nullopt;
    }
    return core::PhotoPoint{sx / n / image.width(), sy / n / image.height()};
}

/// A JPEG of `image` with an EXIF orientation tag (1-8) right after its start.
QByteArray jpegWithOrientation(const QImage& image, int orientation)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(95);
    writer.write(image);
    // APP1 "Exif", big-endian TIFF, one IFD entry: 0x0112 Orientation, SHORT, 1 value.
    const unsigned char tiff[] = {
        'M',  'M',  0, 42, 0, 0, 0, 8, 0, 1,
        0x01, 0x12, 0, 3,  0, 0, 0, 1, 0, static_cast<unsigned char>(orientation),
        0,    0,    0, 0,  0, 0};
    QByteArray app1("Exif\0\0", 6);
    app1.append(reinterpret_cast<const char*>(tiff), sizeof tiff);
    const int length = static_cast<int>(app1.size()) + 2;
    QByteArray segment;
    segment.append(char(0xFF));
    segment.append(char(0xE1));
    segment.append(char((length >> 8) & 0xFF));
    segment.append(char(length & 0xFF));
    segment.append(app1);
    jpeg.insert(2, segment); // after SOI
    return jpeg;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

core::Region regionOf(core::AngleKind kind)
{
    switch (kind) {
    case core::AngleKind::ThighToLevelLine:
        return core::Region::HipFlexors;
    case core::AngleKind::KneeFlexion:
        return core::Region::Quadriceps;
    case core::AngleKind::KneeExtensionDeficit:
        return core::Region::Hamstrings;
    case core::AngleKind::HipAbduction:
        return core::Region::Adductors;
    }
    return core::Region::Quadriceps;
}

/// A plain synthetic photo of the quadriceps test, saved as PNG; its landmarks (0-1).
std::vector<core::PhotoPoint> plainPhoto(const QString& path, double& expected)
{
    const Figure figure = figureFor(core::AngleKind::KneeFlexion);
    const QSize size(1200, 900);
    const auto [image, pixels] = drawFigure(figure, size, 0, false);
    image.save(path, "PNG");
    expected = figure.expected;
    std::vector<core::PhotoPoint> out;
    for (const QPointF& p : pixels) {
        out.push_back({p.x() / size.width(), p.y() / size.height()});
    }
    return out;
}

/// How many arrow presses move the crosshair from `from` to `to` along one axis.
int stepsBetween(double from, double to, double share)
{
    return static_cast<int>(std::lround((to - from) / share));
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face != nullptr ? face->text(QAccessible::Name) : QString();
}

/// The quadriceps' measuring page on screen with the plain synthetic photo open.
struct OpenPage
{
    QTemporaryDir dir;
    double expected = 0;
    std::vector<core::PhotoPoint> landmarks =
        plainPhoto(dir.filePath(QStringLiteral("photo.png")), expected);
    testing::FakePrompter prompter;
    testing::FakeClock clock;
    testing::FakeCameras cameras;
    MeasureDialog dialog{testFor(core::Region::Quadriceps),
                         core::Side::Left,
                         QStringLiteral("quadriceps"),
                         prompter,
                         clock,
                         cameras};

    bool open(QSize size)
    {
        dialog.resize(size);
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog) &&
               dialog.openPhoto(dir.filePath(QStringLiteral("photo.png"))).isEmpty();
    }
};

/// The measuring page with a working fake camera that sees the plain synthetic photo.
struct CameraDialog
{
    QTemporaryDir dir;
    double expected = 0;
    std::vector<core::PhotoPoint> landmarks =
        plainPhoto(dir.filePath(QStringLiteral("photo.png")), expected);
    testing::Fixture fx;
    std::unique_ptr<MeasureDialog> dialog;

    explicit CameraDialog(CameraState state = CameraState::Ready)
    {
        fx.cameras.state = state;
        fx.cameras.picture = QImage(dir.filePath(QStringLiteral("photo.png")));
        dialog = std::make_unique<MeasureDialog>(testFor(core::Region::Quadriceps),
                                                 core::Side::Left, QStringLiteral("quadriceps"),
                                                 fx.prompter, fx.clock, fx.cameras);
        dialog->resize(1000, 700);
        dialog->show();
    }

    CameraPage& page() { return dialog->cameraPage(); }
    /// On the camera page with the self-timer started and `elapsed` gone by; the camera.
    testing::FakeCamera* countFor(std::chrono::milliseconds elapsed)
    {
        dialog->takePhoto();
        page().startTimer();
        fx.clock.advance(elapsed);
        page().tick();
        return fx.cameras.last;
    }
    template <typename T>
    T* child(const char* name)
    {
        return dialog->findChild<T*>(QString::fromLatin1(name));
    }
};

} // namespace

class MeasureTest : public QObject
{
    Q_OBJECT

private slots:
    void syntheticPhotos_data();
    void syntheticPhotos();
    void unreadablePhotoIsSaidAndKeepsThePage();
    void mouseTapsDragsAndUndoes();
    void keyboardAlonePlacesEveryLandmark();
    void groupPageComparesBothSides();
    void checkCarriesTheAnglesIntoPlanAndSession();
    void keptPhotosArePrivateAndNamedInTheSession();
    void cameraSelfTimerCountsDownThenTakesThePhoto();
    void cameraTimerStoppedTakesNothing();
    void cameraPageByKeyboardAlone();
    void cameraAbsentSaysWhyAndOffersAPhoto();
    void cameraFailingSaysWhyAndNeverCrashes();
};

void MeasureTest::syntheticPhotos_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("rotation");
    QTest::addColumn<bool>("mirrored");
    QTest::addColumn<int>("exif");
    const std::pair<core::AngleKind, const char*> kinds[] = {
        {core::AngleKind::KneeFlexion, "knee_flexion"},
        {core::AngleKind::KneeExtensionDeficit, "knee_extension_deficit"},
        {core::AngleKind::ThighToLevelLine, "thigh_to_level_line"},
        {core::AngleKind::HipAbduction, "hip_abduction"},
    };
    for (const auto& [kind, kindName] : kinds) {
        const int k = static_cast<int>(kind);
        // A plain copy: Clang 14 cannot capture a structured binding.
        const char* name = kindName;
        const auto row = [name](const char* variant) -> QTestData& {
            return QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(variant))));
        };
        row("upright") << k << QSize(1200, 900) << 0.0 << false << 0;
        row("rotated") << k << QSize(1200, 900) << 14.0 << false << 0;
        row("mirrored") << k << QSize(1200, 900) << 0.0 << true << 0;
        row("portrait") << k << QSize(900, 1400) << -9.0 << true << 0;
        row("exif 6") << k << QSize(1200, 900) << 0.0 << false << 6;
        row("exif 8") << k << QSize(1000, 800) << 5.0 << true << 8;
        row("large") << k << QSize(4000, 3000) << 0.0 << false << 0;
        row("small") << k << QSize(320, 240) << 0.0 << false << 0;
    }
}

void MeasureTest::syntheticPhotos()
{
    QFETCH(int, kind);
    QFETCH(QSize, size);
    QFETCH(double, rotation);
    QFETCH(bool, mirrored);
    QFETCH(int, exif);
    const auto angleKind = static_cast<core::AngleKind>(kind);
    const Figure figure = figureFor(angleKind);
    const auto [upright, pixels] = drawFigure(figure, size, rotation, mirrored);

    QTemporaryDir dir;
    QString path;
    if (exif != 0) {
        // Stored sideways, as a phone held upright does: the tag says how to turn it back.
        QTransform turn;
        turn.rotate(exif == 6 ? -90 : 90);
        path = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(writeFile(path, jpegWithOrientation(upright.transformed(turn), exif)));
    } else {
        path = dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(upright.save(path, "PNG"));
    }

    testing::Fixture fx;
    const core::MeasureTest& test = testFor(regionOf(angleKind));
    QCOMPARE(test.angle, angleKind);
    MeasureDialog dialog(test, core::Side::Left, QStringLiteral("test"), fx.prompter, fx.clock,
                         fx.cameras);
    QCOMPARE(dialog.openPhoto(path), QString());
    MeasureModel& model = dialog.model();
    QCOMPARE(model.image().size(), size); // upright again
    const QImage photo = model.image().convertToFormat(QImage::Format_RGB32);
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        const auto dot = findDot(photo, dotColour(i));
        QVERIFY2(dot.has_value(), "a landmark dot is missing from the photo");
        // The dot is where the figure put it: the photo is upright, not only the right size.
        QVERIFY(std::abs(dot->x * size.width() - pixels[i].x()) < 2.0);
        QVERIFY(std::abs(dot->y * size.height() - pixels[i].y()) < 2.0);
        QVERIFY(model.place(*dot));
    }
    QVERIFY(model.complete());
    const auto angle = model.angle();
    QVERIFY(angle.has_value());
    QVERIFY2(std::abs(*angle - figure.expected) <= kTolerance,
             qPrintable(QStringLiteral("measured %1, drawn %2").arg(*angle).arg(figure.expected)));
    QVERIFY(model.drawing().has_value());
}

void MeasureTest::unreadablePhotoIsSaidAndKeepsThePage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.jpg"));
    QVERIFY(writeFile(path, "not a photo"));
    testing::Fixture fx;
    testing::FakePrompter& prompter = fx.prompter;
    MeasureDialog dialog(testFor(core::Region::Quadriceps), core::Side::Right,
                         QStringLiteral("quadriceps"), prompter, fx.clock, fx.cameras);
    QVERIFY(dialog.onSetup());
    // The setup offers both ways to the photo: this computer's camera, or a file.
    auto* ways = dialog.findChild<QLabel*>(QStringLiteral("measurePhotoWays"));
    QVERIFY(ways != nullptr && ways->text().contains(QStringLiteral("self-timer")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("measureCamera")) != nullptr);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("measureOpen")) != nullptr);
    QCOMPARE(fx.cameras.opened, 0); // no camera is opened until asked for
    const QString error = dialog.openPhoto(path);
    QVERIFY(error.contains(QStringLiteral("cannot be read")));
    QVERIFY(dialog.onSetup());
    QVERIFY(!dialog.model().hasPhoto());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("measureUse"))->isEnabled());
    // Through the button: the prompter's file.
    double expected = 0;
    prompter.fileToOpen = dir.filePath(QStringLiteral("good.png"));
    plainPhoto(prompter.fileToOpen, expected);
    dialog.findChild<QPushButton*>(QStringLiteral("measureOpen"))->click();
    QVERIFY(!dialog.onSetup());
    QVERIFY(dialog.model().hasPhoto());
}

void MeasureTest::mouseTapsDragsAndUndoes()
{
    OpenPage shown;
    QVERIFY(shown.open(QSize(1000, 760)));
    MeasureDialog& dialog = shown.dialog;
    const auto& landmarks = shown.landmarks;
    const double expected = shown.expected;
    MeasureCanvas& canvas = dialog.canvas();
    const auto at = [&canvas](core::PhotoPoint p) { return canvas.toWidget(p).toPoint(); };

    QVERIFY(accessibleName(&canvas).startsWith(QStringLiteral("Landmark 1 of 3")));
    for (const auto& point : landmarks) {
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, at(point));
    }
    QCOMPARE(dialog.model().points().size(), std::size_t{3});
    auto angle = dialog.model().angle();
    QVERIFY(angle && std::abs(*angle - expected) <= kTolerance);
    QVERIFY(accessibleName(&canvas).contains(dialog.model().angleText()));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("measurePrompt"))
                ->text()
                .contains(dialog.model().angleText()));
    // A fourth tap places nothing.
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(20, 20));
    QCOMPARE(dialog.model().points().size(), std::size_t{3});

    // Drag the ankle: the angle follows.
    const QPoint ankle = at(landmarks[2]);
    const QPoint moved = at({landmarks[1].x + 0.2, landmarks[1].y});
    QTest::mousePress(&canvas, Qt::LeftButton, {}, ankle);
    QMouseEvent move(QEvent::MouseMove, QPointF(moved), canvas.mapToGlobal(QPointF(moved)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&canvas, &move);
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, moved);
    angle = dialog.model().angle();
    QVERIFY2(angle && std::abs(*angle) <= kTolerance, qPrintable(QString::number(*angle)));

    // Undo with the button, then place the last one again.
    dialog.findChild<QPushButton*>(QStringLiteral("measureUndo"))->click();
    QCOMPARE(dialog.model().points().size(), std::size_t{2});
    QVERIFY(!dialog.model().angle());
    QVERIFY(accessibleName(&canvas).startsWith(QStringLiteral("Landmark 3 of 3")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("measureUse"))->isEnabled());
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, ankle);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("measureUse"))->isEnabled());
    // Start again takes back every landmark on the same photo.
    dialog.findChild<QPushButton*>(QStringLiteral("measureAgain"))->click();
    QVERIFY(dialog.model().points().empty());
    QVERIFY(dialog.model().hasPhoto());
}

void MeasureTest::keyboardAlonePlacesEveryLandmark()
{
    OpenPage shown;
    QVERIFY(shown.open(QSize(900, 640)));
    MeasureCanvas& canvas = shown.dialog.canvas();
    QVERIFY(canvas.hasFocus());
    MeasureModel& model = shown.dialog.model();
    // One step is 1/1000 of the longer side (the width here); Shift makes it 25.
    const double xStep = 0.001;
    const double yStep = 0.001 * 1200.0 / 900.0;
    const auto walkTo = [&](core::PhotoPoint target) {
        int dx = stepsBetween(model.crosshair().x, target.x, xStep);
        int dy = stepsBetween(model.crosshair().y, target.y, yStep);
        for (; std::abs(dx) >= 25; dx -= 25 * (dx > 0 ? 1 : -1)) {
            QTest::keyClick(&canvas, dx > 0 ? Qt::Key_Right : Qt::Key_Left, Qt::ShiftModifier);
        }
        for (; std::abs(dy) >= 25; dy -= 25 * (dy > 0 ? 1 : -1)) {
            QTest::keyClick(&canvas, dy > 0 ? Qt::Key_Down : Qt::Key_Up, Qt::ShiftModifier);
        }
        for (; dx != 0; dx -= dx > 0 ? 1 : -1) {
            QTest::keyClick(&canvas, dx > 0 ? Qt::Key_Right : Qt::Key_Left);
        }
        for (; dy != 0; dy -= dy > 0 ? 1 : -1) {
            QTest::keyClick(&canvas, dy > 0 ? Qt::Key_Down : Qt::Key_Up);
        }
    };
    walkTo(shown.landmarks[0]);
    QTest::keyClick(&canvas, Qt::Key_Return);
    QVERIFY(accessibleName(&canvas).startsWith(QStringLiteral("Landmark 2 of 3")));
    walkTo(shown.landmarks[1]);
    QTest::keyClick(&canvas, Qt::Key_Enter);
    // Backspace takes back the knee; the screen reader hears the knee is next again.
    QTest::keyClick(&canvas, Qt::Key_Backspace);
    QCOMPARE(model.points().size(), std::size_t{1});
    QVERIFY(accessibleName(&canvas).startsWith(QStringLiteral("Landmark 2 of 3")));
    QVERIFY(accessibleName(&canvas).contains(QStringLiteral("outside of the knee")));
    QTest::keyClick(&canvas, Qt::Key_Return); // the crosshair stayed on the knee
    walkTo(shown.landmarks[2]);
    QTest::keyClick(&canvas, Qt::Key_Return);
    QCOMPARE(model.points().size(), std::size_t{3});
    const auto angle = model.angle();
    QVERIFY(angle && std::abs(*angle - shown.expected) <= kTolerance);
    QVERIFY(accessibleName(&canvas).startsWith(QStringLiteral("Angle: ")));
    // Enter once all are placed is the dialog's "Use this angle".
    QSignalSpy accepted(&shown.dialog, &QDialog::accepted);
    QTest::keyClick(&canvas, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
}

void MeasureTest::groupPageComparesBothSides()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    double expected = 0;
    const auto landmarks = plainPhoto(path, expected);
    const core::Protocol& protocol = core::builtinProtocol();
    const core::Group* group = nullptr;
    for (const core::Group& candidate : protocol.groups) {
        if (candidate.region == core::Region::Quadriceps) {
            group = &candidate;
        }
    }
    QVERIFY(group != nullptr);
    testing::Fixture fx;
    GroupPage page(protocol, *group, fx.services);
    page.show();
    QVERIFY(!page.measure());
    auto* gapLabel = page.findChild<QLabel*>(QStringLiteral("measuredGap"));
    QVERIFY(gapLabel != nullptr);

    // Left: the drawn photo (123.4°); right: the knee bent 20° less, so right is tighter
    // (less flexion) by more than the 8° this test tells apart.
    const auto measureSide = [&](core::Side side, double shift) {
        MeasureDialog* dialog = page.openMeasure(side);
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->openPhoto(path), QString());
        for (std::size_t i = 0; i < landmarks.size(); ++i) {
            core::PhotoPoint p = landmarks[i];
            if (i == 2) {
                // Turn the ankle about the knee by `shift` degrees, in pixels.
                const QPointF knee(landmarks[1].x * 1200, landmarks[1].y * 900);
                const QPointF ankle(p.x * 1200, p.y * 900);
                QTransform turn;
                turn.translate(knee.x(), knee.y());
                turn.rotate(shift);
                turn.translate(-knee.x(), -knee.y());
                const QPointF turned = turn.map(ankle);
                p = {turned.x() / 1200, turned.y() / 900};
            }
            QVERIFY(dialog->model().place(p));
        }
        dialog->findChild<QPushButton*>(QStringLiteral("measureUse"))->click();
    };
    measureSide(core::Side::Left, 0);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("measuredLeft"))->text().contains(u'°'));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("measuredRight"))
                ->text()
                .contains(QStringLiteral("not measured")));
    QVERIFY(gapLabel->text().contains(QStringLiteral("Measure both sides")));
    measureSide(core::Side::Right, 20);
    const auto measure = page.measure();
    QVERIFY(measure && measure->left && measure->right);
    QCOMPARE(measure->test, std::string("prone_knee_bend"));
    QVERIFY(std::abs(*measure->left - expected) <= kTolerance);
    QVERIFY(std::abs(*measure->right - (expected - 20)) <= kTolerance);
    QCOMPARE(page.measurePoints().size(), std::size_t{2});
    QVERIFY(!page.measurePhoto(core::Side::Left).isNull());

    // The sentence is the words module's; with the ratings calling the left side tighter it
    // disagrees, and says so.
    const auto noRatings = core::compareMeasured(*group->measure, *measure, std::nullopt);
    QVERIFY(noRatings && noRatings->tighter == core::Side::Right);
    QVERIFY(gapLabel->text().startsWith(text::measuredText(*noRatings)));
    QVERIFY(gapLabel->text().contains(QStringLiteral("right side is tighter")));
    auto* pair = page.findChild<RatingPair*>();
    pair->setRating({7, 3});
    const auto withRatings = core::compareMeasured(*group->measure, *measure, core::Side::Left);
    QVERIFY(withRatings && !withRatings->agrees);
    QCOMPARE(gapLabel->text(), text::measuredText(*withRatings));
    QVERIFY(gapLabel->text().contains(QStringLiteral("test both sides again")));
    // Balanced ratings and a real measured gap: the plan's notice is shown too.
    pair->setRating({4, 4});
    QVERIFY(gapLabel->text().contains(QStringLiteral("do not match your ratings")));
}

/// Walks a check on `fx`, measuring both sides of the quadriceps on the same photo, to the
/// start of the routine.
namespace {

void walkWithMeasures(testing::Fixture& fx)
{
    fx.preferences.welcomeAcknowledged.set(true);
    double expected = 0;
    fx.prompter.fileToOpen = fx.temp.filePath(QStringLiteral("photo.png"));
    const auto landmarks = plainPhoto(fx.prompter.fileToOpen, expected);
    MainWindow window(fx.services);
    window.show();
    CheckFlow* flow = window.checkFlow();
    QCOMPARE(flow->page(), testing::Page::RedFlags);
    testing::passSafetyQuestions(flow);
    flow->next();
    flow->next();
    flow->findChild<RatingInput*>(QStringLiteral("painNow"))->setValue(5);
    flow->next();
    if (flow->page() == testing::Page::Activities) {
        flow->next();
    }
    QCOMPARE(flow->page(), testing::Page::Group);
    QWidget* shown = testing::currentPage(flow);
    auto* page = qobject_cast<GroupPage*>(shown);
    if (page == nullptr) {
        page = shown->findChild<GroupPage*>();
    }
    QVERIFY(page != nullptr);
    page->findChild<RatingPair*>()->setRating({7, 4});
    for (const core::Side side : {core::Side::Left, core::Side::Right}) {
        page->findChild<QPushButton*>(side == core::Side::Left ? QStringLiteral("measureLeft")
                                                               : QStringLiteral("measureRight"))
            ->click();
        auto* dialog = page->findChild<MeasureDialog*>();
        QVERIFY(dialog != nullptr);
        dialog->findChild<QPushButton*>(QStringLiteral("measureOpen"))->click();
        for (const auto& point : landmarks) {
            QVERIFY(dialog->model().place(point));
        }
        QVERIFY(dialog->model().angle().has_value());
        dialog->accept();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(page->findChild<MeasureDialog*>() == nullptr);
    }
    QVERIFY(page->measure().has_value());
    flow->next();
    const int ratings[][2] = {{3, 3}, {2, 6}, {5, 5}, {4, 4}};
    for (const auto& rating : ratings) {
        QCOMPARE(flow->page(), testing::Page::Group);
        testing::currentPage(flow)->findChild<RatingPair*>()->setRating({rating[0], rating[1]});
        flow->next();
    }
    while (flow->page() == testing::Page::Group) {
        flow->next();
    }
    flow->next(); // minutes
    QCOMPARE(flow->page(), testing::Page::Plan);
    const core::Answers answers = flow->answers();
    const auto& measure = answers.measure(core::Region::Quadriceps);
    QVERIFY(measure && measure->left && measure->right);
    const core::Step& first = flow->plan().steps.front();
    QCOMPARE(first.group, core::Region::Quadriceps);
    QVERIFY(first.why.measured.has_value());
    QCOMPARE(first.why.measured->tighter, std::optional<core::Side>{}); // the same photo
    flow->next(); // start: the session keeps the landmarks
    QCOMPARE(flow->session().measurePoints.at(core::Region::Quadriceps).size(), std::size_t{2});
    QCOMPARE(flow->session().photos.size(), fx.preferences.keepPhotos() ? 1U : 0U);

    // Through the routine to the summary, which says what the photos found today.
    while (flow->page() == testing::Page::Player) {
        flow->player()->skip();
    }
    QCOMPARE(flow->page(), testing::Page::Recheck);
    // Measured at the start, the quadriceps are offered again (a group not measured then is
    // not); the left side is measured again with the camera's self-timer.
    auto* recheck = flow->findChild<RecheckPage*>();
    QVERIFY(recheck != nullptr);
    MeasureSides* again = recheck->measureSides(core::Region::Quadriceps);
    QVERIFY(again != nullptr);
    QVERIFY(recheck->measureSides(core::Region::Adductors) == nullptr);
    QVERIFY(recheck->findChild<QLabel*>(QStringLiteral("recheckMeasuredBefore"))
                ->text()
                .startsWith(QStringLiteral("Measured before: left ")));
    fx.cameras.state = CameraState::Ready;
    fx.cameras.picture = QImage(fx.prompter.fileToOpen);
    MeasureDialog* dialog = again->openMeasure(core::Side::Left);
    dialog->takePhoto();
    dialog->cameraPage().startTimer();
    fx.clock.advance(10s);
    dialog->cameraPage().tick();
    for (const auto& point : landmarks) {
        QVERIFY(dialog->model().place(point));
    }
    dialog->accept();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    testing::rateRecheck(flow);
    flow->next();
    QCOMPARE(flow->page(), testing::Page::Summary);
    // The session keeps it as recheck_measures, with the start's test.
    const auto& after = flow->session().recheckMeasures.at(core::indexOf(core::Region::Quadriceps));
    QVERIFY(after.has_value());
    QCOMPARE(after->test, measure->test);
    QVERIFY(after->left && std::abs(*after->left - *measure->left) < 0.05); // the same photo
    QVERIFY(!after->right);
    const QString summary = flow->findChild<QLabel*>(QStringLiteral("summaryText"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Measured from your photos today")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("<b>Quadriceps</b>: %1")
                                 .arg(text::measuredText(*first.why.measured).toHtmlEscaped())));
}

} // namespace

void MeasureTest::checkCarriesTheAnglesIntoPlanAndSession()
{
    testing::Fixture fx;
    walkWithMeasures(fx);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Photos are not kept by default: no photos folder, no paths.
    QVERIFY(fx.services.preferences.keepPhotos.defaultValue() == false);
    QVERIFY(!QDir(fx.dataDir() + QStringLiteral("/photos")).exists());
}

void MeasureTest::keptPhotosArePrivateAndNamedInTheSession()
{
    testing::Fixture fx;
    fx.preferences.keepPhotos.set(true);
    walkWithMeasures(fx);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QStringList kept = QDir(fx.dataDir() + QStringLiteral("/photos")).entryList(QDir::Files);
    QCOMPARE(kept.size(), 2);
    for (const QString& name : kept) {
        const QFileInfo info(fx.dataDir() + QStringLiteral("/photos/") + name);
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(name.endsWith(QStringLiteral("-quadriceps-left.jpg")) ||
                name.endsWith(QStringLiteral("-quadriceps-right.jpg")));
    }
    // The saved session names them (contracts.md "photos").
    const QStringList saved = testing::jsonFiles(fx.dataDir() + QStringLiteral("/sessions"));
    QCOMPARE(saved.size(), 1);
    const QJsonObject session =
        testing::readJson(fx.dataDir() + QStringLiteral("/sessions/") + saved.first());
    const QString left =
        session[QStringLiteral("photos")][QStringLiteral("quadriceps")][QStringLiteral("left")]
            .toString();
    QVERIFY2(left.startsWith(QStringLiteral("photos/")) && kept.contains(left.mid(7)),
             qPrintable(left));
    QVERIFY(session[QStringLiteral("measure_points")][QStringLiteral("quadriceps")]
                   [QStringLiteral("right")]
                       .toArray()
                       .size() == 3);
}

// The self-timer counts 10 down to 1 on the injected clock, tells each second to a screen
// reader, then takes the photo once; the photo goes to the landmarks like an opened one.
void MeasureTest::cameraSelfTimerCountsDownThenTakesThePhoto()
{
    CameraDialog shown;
    QVERIFY(QTest::qWaitForWindowExposed(shown.dialog.get()));
    MeasureDialog& dialog = *shown.dialog;
    shown.child<QPushButton>("measureCamera")->click();
    QVERIFY(dialog.onCamera());
    QCOMPARE(shown.fx.cameras.opened, 1);
    testing::FakeCamera* camera = shown.fx.cameras.last;
    QVERIFY(camera->running);
    QVERIFY(!shown.page().preview()->frame().isNull()); // the live picture is shown
    QVERIFY(shown.page().problem().isEmpty());

    auto* countdown = shown.child<QLabel>("cameraCountdown");
    shown.child<QPushButton>("cameraStartTimer")->click();
    QVERIFY(shown.page().counting());
    std::vector<int> seen{shown.page().secondsLeft()};
    QCOMPARE(countdown->text(), QStringLiteral("10"));
    // "10 seconds ..." once tightside_en.ts has the plural; "10 second(s) ..." before.
    QVERIFY(accessibleName(countdown).startsWith(QStringLiteral("10 second")));
    QVERIFY(accessibleName(countdown).endsWith(QStringLiteral(" until the photo is taken.")));
    // Moved by a quarter second at a time: each whole second is shown once, on time.
    for (int quarter = 0; quarter < 39; ++quarter) {
        shown.fx.clock.advance(250ms);
        shown.page().tick();
        if (shown.page().secondsLeft() != seen.back()) {
            seen.push_back(shown.page().secondsLeft());
            QCOMPARE(countdown->text(), QString::number(seen.back()));
            QVERIFY2(accessibleName(countdown).startsWith(QString::number(seen.back()) +
                                                          QStringLiteral(" second")),
                     qPrintable(accessibleName(countdown)));
            // The focused Stop button carries it too, so a screen reader on it hears it.
            QCOMPARE(shown.child<QPushButton>("cameraStopTimer")->accessibleDescription(),
                     accessibleName(countdown));
        }
        QCOMPARE(camera->captures, 0); // nothing is taken before the end
    }
    QCOMPARE(seen, (std::vector<int>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
    QVERIFY(accessibleName(countdown).startsWith(QStringLiteral("1 second")));

    shown.fx.clock.advance(250ms);
    shown.page().tick();
    QCOMPARE(camera->captures, 1);
    QVERIFY(!dialog.onCamera() && !dialog.onSetup()); // on the landmarks
    QVERIFY(!camera->running);                        // the camera's light is off
    QCOMPARE(dialog.model().image().size(), QSize(1200, 900));
    QVERIFY(shown.child<QPushButton>("measureTakeAgain")->isVisible());
    // The landmarks and the angle, as on an opened photo.
    MeasureCanvas& canvas = dialog.canvas();
    for (const auto& point : shown.landmarks) {
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.toWidget(point).toPoint());
    }
    const auto angle = dialog.model().angle();
    QVERIFY(angle && std::abs(*angle - shown.expected) <= kTolerance);
    QVERIFY(shown.child<QPushButton>("measureUse")->isEnabled());
    // Take again: the camera page, its preview on again, the same camera.
    shown.child<QPushButton>("measureTakeAgain")->click();
    QVERIFY(dialog.onCamera());
    QVERIFY(camera->running);
    QCOMPARE(shown.fx.cameras.opened, 1);
    QCOMPARE(camera->starts, 2);
    // Leaving with Cancel turns the camera off.
    dialog.reject();
    QVERIFY(!camera->running);
}

void MeasureTest::cameraTimerStoppedTakesNothing()
{
    CameraDialog shown;
    QVERIFY(QTest::qWaitForWindowExposed(shown.dialog.get()));
    testing::FakeCamera* camera = shown.countFor(4s);
    QCOMPARE(shown.page().secondsLeft(), 6);
    shown.child<QPushButton>("cameraStopTimer")->click();
    QVERIFY(!shown.page().counting());
    QCOMPARE(shown.page().secondsLeft(), 0);
    QVERIFY(accessibleName(shown.child<QLabel>("cameraCountdown"))
                .contains(QStringLiteral("No photo was taken")));
    // Long past the end of the timer: still no photo.
    for (int i = 0; i < 20; ++i) {
        shown.fx.clock.advance(1s);
        shown.page().tick();
    }
    QCOMPARE(camera->captures, 0);
    QVERIFY(shown.dialog->onCamera());
    QVERIFY(!shown.dialog->model().hasPhoto());
    QVERIFY(camera->running); // the preview goes on, to try again
    QVERIFY(shown.child<QPushButton>("cameraStartTimer")->isEnabled());
    // Back to the setup: the camera is off.
    shown.child<QPushButton>("cameraShowSetup")->click();
    QVERIFY(shown.dialog->onSetup());
    QVERIFY(!camera->running);
}

// Every button of the camera page is reached with Tab and pressed with Enter or Space.
void MeasureTest::cameraPageByKeyboardAlone()
{
    CameraDialog shown;
    QVERIFY(QTest::qWaitForWindowActive(shown.dialog.get()));
    MeasureDialog& dialog = *shown.dialog;
    auto* cameraButton = shown.child<QPushButton>("measureCamera");
    cameraButton->setFocus();
    QTest::keyClick(cameraButton, Qt::Key_Space);
    QVERIFY(dialog.onCamera());
    auto* go = shown.child<QPushButton>("cameraStartTimer");
    auto* stop = shown.child<QPushButton>("cameraStopTimer");
    QCOMPARE(QApplication::focusWidget(), go);
    // Tab reaches the other buttons in the order they stand.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), shown.child<QPushButton>("cameraOpen"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), shown.child<QPushButton>("cameraShowSetup"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), go);
    QTest::keyClick(go, Qt::Key_Return);
    QVERIFY(shown.page().counting());
    QCOMPARE(QApplication::focusWidget(), stop); // one key stops it again
    QVERIFY(stop->accessibleDescription().startsWith(QStringLiteral("10 second")));
    QTest::keyClick(stop, Qt::Key_Space);
    QVERIFY(!shown.page().counting());
    QCOMPARE(QApplication::focusWidget(), go);
    QTest::keyClick(go, Qt::Key_Space);
    shown.fx.clock.advance(10s);
    shown.page().tick();
    QVERIFY(dialog.model().hasPhoto());
    QCOMPARE(QApplication::focusWidget(), &dialog.canvas());
    QTest::keyClick(&dialog.canvas(), Qt::Key_Return); // a landmark at the crosshair
    QCOMPARE(dialog.model().points().size(), std::size_t{1});
    auto* again = shown.child<QPushButton>("measureTakeAgain");
    QVERIFY(again->focusPolicy() & Qt::TabFocus);
    again->setFocus();
    QTest::keyClick(again, Qt::Key_Space);
    QVERIFY(dialog.onCamera());
    QCOMPARE(QApplication::focusWidget(), go);
}

// No camera (none found, or the module missing): the page says why in plain words, shows no
// timer, and opens a photo instead.
void MeasureTest::cameraAbsentSaysWhyAndOffersAPhoto()
{
    for (const CameraState state : {CameraState::NoCamera, CameraState::NoModule}) {
        CameraDialog shown(state);
        QVERIFY(QTest::qWaitForWindowExposed(shown.dialog.get()));
        shown.child<QPushButton>("measureCamera")->click();
        QVERIFY(shown.dialog->onCamera());
        const QString why = shown.child<QLabel>("cameraStatus")->text();
        QCOMPARE(shown.page().problem(), why);
        QVERIFY2(why.contains(state == CameraState::NoCamera
                                  ? QStringLiteral("No camera was found on this computer.")
                                  : QStringLiteral("camera part of Tightside is missing")),
                 qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("Take the photo with a phone and open it here.")));
        QVERIFY(!shown.child<QPushButton>("cameraStartTimer")->isVisible());
        QVERIFY(!shown.page().preview()->isVisible());
        shown.page().startTimer(); // nothing to time
        QVERIFY(!shown.page().counting());
        auto* open = shown.child<QPushButton>("cameraOpen");
        QVERIFY(open->isVisible() && open->isEnabled());
        QCOMPARE(QApplication::focusWidget(), open);
        shown.fx.prompter.fileToOpen = shown.dir.filePath(QStringLiteral("photo.png"));
        open->click();
        QVERIFY(shown.dialog->model().hasPhoto());
        QVERIFY(!shown.dialog->onCamera() && !shown.dialog->onSetup());
        QVERIFY(!shown.child<QPushButton>("measureTakeAgain")->isVisible());
    }
}

void MeasureTest::cameraFailingSaysWhyAndNeverCrashes()
{
    CameraDialog shown;
    QVERIFY(QTest::qWaitForWindowExposed(shown.dialog.get()));
    testing::FakeCamera* camera = shown.countFor(3s);
    // Unplugged during the countdown: the reason, no timer, no photo.
    camera->failNow(QStringLiteral("The device was unplugged"));
    QVERIFY(!shown.page().counting());
    QVERIFY2(shown.page().problem().contains(QStringLiteral("The camera stopped working")),
             qPrintable(shown.page().problem()));
    QVERIFY(shown.page().problem().contains(QStringLiteral("The device was unplugged")));
    QVERIFY(!shown.child<QPushButton>("cameraStartTimer")->isVisible());
    shown.fx.clock.advance(20s);
    shown.page().tick();
    QCOMPARE(camera->captures, 0);
    // Tried again from the setup: the preview is back; this time the photo itself fails.
    shown.dialog->showSetup();
    shown.dialog->takePhoto();
    QVERIFY(shown.page().problem().isEmpty());
    QVERIFY(camera->running);
    camera->failCapture = true;
    shown.page().startTimer();
    shown.fx.clock.advance(10s);
    shown.page().tick();
    QCOMPARE(camera->captures, 1);
    QVERIFY(shown.dialog->onCamera());
    QVERIFY(shown.page().problem().contains(QStringLiteral("capture failed")));
    QVERIFY(!shown.dialog->model().hasPhoto());
}

QTEST_MAIN(MeasureTest)
#include "test_measure.moc"
