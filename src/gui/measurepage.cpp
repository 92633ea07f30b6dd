#include "measurepage.h"

#include "camerapage.h"
#include "layouthelpers.h"
#include "measurecanvas.h"
#include "measuremodel.h"
#include "texts.h"

#include "tightside/gui/services.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <map>

namespace tightside::gui {
namespace {

/// The dialog's pages, in its stack.
constexpr int kSetupPage = 0;
constexpr int kPhotoPage = 1;
constexpr int kCameraPage = 2;

/// Where each known landmark lies on the drawing's figure, as a share of its width and height.
const std::map<std::string, QPointF, std::less<>>& landmarkSpots()
{
    static const std::map<std::string, QPointF, std::less<>> spots{
        {"level_a", {0.42, 0.72}},   {"level_b", {0.62, 0.72}}, {"trochanter", {0.45, 0.52}},
        {"knee", {0.68, 0.52}},      {"ankle", {0.88, 0.52}},   {"asis_other", {0.40, 0.40}},
        {"asis_same", {0.40, 0.56}}, {"kneecap", {0.66, 0.60}},
    };
    return spots;
}

} // namespace

QString cameraSentence(core::CameraView view)
{
    switch (view) {
    case core::CameraView::Side:
        return SetupDrawing::tr("The camera stands at the side of the tested leg, level with "
                                "the hip and knee, pointing straight at the leg.");
    case core::CameraView::Behind:
        return SetupDrawing::tr("The camera stands behind you, level with the hip, pointing "
                                "straight at your back and the top leg.");
    case core::CameraView::Above:
        return SetupDrawing::tr("The camera looks straight down from above (a helper holds it, "
                                "or it is fixed high up), with both hips and the knee in the "
                                "frame.");
    }
    return {};
}

SetupDrawing::SetupDrawing(const core::MeasureTest& test, QWidget* parent)
    : QWidget(parent), m_test(test)
{
    setObjectName(QStringLiteral("measureSetupDrawing"));
    setMinimumSize(220, 130);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Drawing: where the camera stands and where the landmarks are"));
    setAccessibleDescription(cameraSentence(test.view));
}

QSize SetupDrawing::sizeHint() const
{
    return {320, 160};
}

void SetupDrawing::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor mark = palette().color(QPalette::Highlight);
    const double w = width();
    const double h = height();
    const auto at = [w, h](double x, double y) { return QPointF(x * w, y * h); };

    // The table (or floor) and the person lying on it, head to the left, the tested leg out.
    painter.setPen(QPen(ink, 1.5, Qt::DashLine));
    painter.drawLine(at(0.05, 0.72), at(0.95, 0.72));
    painter.setPen(QPen(ink, 3, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at(0.12, 0.48), 0.05 * h + 6, 0.05 * h + 6);
    painter.drawLine(at(0.18, 0.48), at(0.45, 0.52));
    painter.drawLine(at(0.45, 0.52), at(0.68, 0.52));
    painter.drawLine(at(0.68, 0.52), at(0.88, 0.52));

    // The camera: a box with its lens, and lines that show where it looks.
    QPointF camera;
    QPointF target = at(0.56, 0.52);
    switch (m_test.view) {
    case core::CameraView::Side:
        camera = at(0.56, 0.92);
        break;
    case core::CameraView::Behind:
        camera = at(0.56, 0.12);
        break;
    case core::CameraView::Above:
        camera = at(0.30, 0.14);
        target = at(0.48, 0.48);
        break;
    }
    painter.setPen(QPen(mark, 1.5, Qt::DotLine));
    painter.drawLine(camera, target);
    painter.setPen(QPen(ink, 2));
    painter.setBrush(palette().color(QPalette::Base));
    const QRectF body(camera - QPointF(16, 10), QSizeF(32, 20));
    painter.drawRoundedRect(body, 3, 3);
    painter.drawEllipse(camera, 5, 5);

    // The landmarks, numbered in tapping order.
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const auto& spots = landmarkSpots();
    for (std::size_t i = 0; i < m_test.landmarks.size(); ++i) {
        const auto spot = spots.find(m_test.landmarks[i].id);
        if (spot == spots.end()) {
            continue;
        }
        const QPointF p = at(spot->second.x(), spot->second.y());
        painter.setPen(QPen(ink, 1.5));
        painter.setBrush(mark);
        painter.drawEllipse(p, 5, 5);
        painter.setPen(ink);
        painter.drawText(QRectF(p + QPointF(-14, -24), QSizeF(28, 18)), Qt::AlignCenter,
                         QString::number(i + 1));
    }
}

MeasureDialog::MeasureDialog(const core::MeasureTest& test, core::Side side,
                             const QString& groupName, Prompter& prompter, Clock& clock,
                             Cameras& cameras, QWidget* parent)
    : QDialog(parent), m_prompter(prompter)
{
    setObjectName(QStringLiteral("measureDialog"));
    m_model = new MeasureModel(test, side, this);
    const QString title = side == core::Side::Left
                              //: The measuring page's title: "Measure the left hip flexors".
                              ? tr("Measure the left %1").arg(groupName)
                              : tr("Measure the right %1").arg(groupName);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(title, this));

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // The setup: the drawing, how to set up, the landmarks in order, then the photo.
    auto* setup = new QWidget;
    setup->setObjectName(QStringLiteral("measureSetup"));
    auto* setupLayout = new QVBoxLayout(setup);
    auto* top = new QHBoxLayout;
    top->addWidget(new SetupDrawing(test, setup), 2);
    auto* words = new QLabel(setup);
    words->setObjectName(QStringLiteral("measureSetupWords"));
    words->setWordWrap(true);
    words->setTextFormat(Qt::RichText);
    QString html = QStringLiteral("<b>%1</b>").arg(qs(test.name).toHtmlEscaped());
    html += numberedList(test.setup);
    html += QStringLiteral("<p>%1</p>").arg(cameraSentence(test.view).toHtmlEscaped());
    words->setText(html);
    top->addWidget(words, 3);
    setupLayout->addLayout(top);
    std::vector<std::string> landmarkNames;
    for (const core::Landmark& landmark : test.landmarks) {
        landmarkNames.push_back(landmark.name);
    }
    auto* landmarks = new QLabel(setup);
    landmarks->setObjectName(QStringLiteral("measureLandmarks"));
    landmarks->setWordWrap(true);
    landmarks->setTextFormat(Qt::RichText);
    landmarks->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("The landmarks, in the order you will tap them:").toHtmlEscaped()) +
        numberedList(landmarkNames));
    setupLayout->addWidget(landmarks);
    setupLayout->addWidget(makeLabel(
        tr("Take the photo with this computer's camera: its self-timer gives you %n seconds to "
           "lie down in position. Or take it with a phone or another camera (a helper or a "
           "self-timer), copy it to this computer and open it here. Only the landmarks and the "
           "angle are kept, not the photo, unless you chose to keep photos in Settings.",
           nullptr, static_cast<int>(CameraPage::kSelfTimer.count())),
        setup, QStringLiteral("measurePhotoWays")));
    auto* ways = new QHBoxLayout;
    auto* camera = new QPushButton(tr("Take a photo with the camera…"), setup);
    camera->setObjectName(QStringLiteral("measureCamera"));
    camera->setAccessibleDescription(
        tr("Shows the camera's picture, then takes the photo with a self-timer."));
    auto* open = new QPushButton(tr("Open a photo…"), setup);
    open->setObjectName(QStringLiteral("measureOpen"));
    open->setAccessibleDescription(tr("Choose a JPEG or PNG photo of the test position."));
    ways->addWidget(camera);
    ways->addWidget(open);
    ways->addStretch(1);
    setupLayout->addLayout(ways);
    m_error = makeLabel(QString(), setup, QStringLiteral("measureError"));
    m_error->hide();
    setupLayout->addWidget(m_error);
    setupLayout->addStretch(1);
    m_stack->addWidget(scrolled(setup, m_stack, tr("How to take the photo")));
    connect(open, &QPushButton::clicked, this, &MeasureDialog::choosePhoto);
    connect(camera, &QPushButton::clicked, this, &MeasureDialog::takePhoto);

    // The photo and its landmarks.
    auto* photo = new QWidget;
    photo->setObjectName(QStringLiteral("measurePhoto"));
    auto* photoLayout = new QVBoxLayout(photo);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    m_prompt = makeLabel(QString(), photo, QStringLiteral("measurePrompt"));
    QFont promptFont = m_prompt->font();
    promptFont.setBold(true);
    m_prompt->setFont(promptFont);
    photoLayout->addWidget(m_prompt);
    m_canvas = new MeasureCanvas(*m_model, photo);
    photoLayout->addWidget(m_canvas, 1);
    auto* tools = new QHBoxLayout;
    m_undo = new QPushButton(tr("Undo"), photo);
    m_undo->setObjectName(QStringLiteral("measureUndo"));
    m_undo->setAccessibleDescription(tr("Takes back the last landmark."));
    m_again = new QPushButton(tr("Start again"), photo);
    m_again->setObjectName(QStringLiteral("measureAgain"));
    m_again->setAccessibleDescription(tr("Takes back every landmark on this photo."));
    m_takeAgain = new QPushButton(tr("Take again"), photo);
    m_takeAgain->setObjectName(QStringLiteral("measureTakeAgain"));
    m_takeAgain->setAccessibleDescription(tr("Takes a new photo with the camera."));
    m_takeAgain->hide(); // shown for a photo the camera took
    auto* other = new QPushButton(tr("Open another photo…"), photo);
    other->setObjectName(QStringLiteral("measureOther"));
    auto* back = new QPushButton(tr("Show the setup"), photo);
    back->setObjectName(QStringLiteral("measureShowSetup"));
    for (auto* button : {m_undo, m_again, m_takeAgain, other, back}) {
        button->setAutoDefault(false);
        tools->addWidget(button);
    }
    tools->addStretch(1);
    photoLayout->addLayout(tools);
    m_stack->addWidget(photo);
    connect(m_undo, &QPushButton::clicked, m_model, &MeasureModel::undo);
    connect(m_again, &QPushButton::clicked, m_model, &MeasureModel::clear);
    connect(other, &QPushButton::clicked, this, &MeasureDialog::choosePhoto);
    connect(back, &QPushButton::clicked, this, &MeasureDialog::showSetup);
    connect(m_takeAgain, &QPushButton::clicked, this, &MeasureDialog::takePhoto);

    // The camera, its preview and self-timer: opened only when asked for.
    m_camera = new CameraPage(clock, cameras);
    m_stack->addWidget(m_camera);
    connect(m_camera, &CameraPage::captured, this, &MeasureDialog::usePhoto);
    connect(m_camera, &CameraPage::openPhotoAsked, this, [this] {
        showSetup(); // where the person is when no file is chosen, or it cannot be read
        choosePhoto();
    });
    connect(m_camera, &CameraPage::setupAsked, this, &MeasureDialog::showSetup);

    auto* buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(tr("Use this angle"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("measureUse"));
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("measureCancel"));
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &MeasureModel::changed, this, &MeasureDialog::update);
    update();
    resize(900, 640);
}

QString MeasureDialog::openPhoto(const QString& path)
{
    const QString error = m_model->load(path);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty()) {
        m_takeAgain->hide();
        showPage(kPhotoPage);
        m_canvas->setFocus();
    }
    return error;
}

void MeasureDialog::usePhoto(const QImage& photo)
{
    m_model->setImage(photo);
    m_error->hide();
    m_takeAgain->show();
    showPage(kPhotoPage);
    m_canvas->setFocus();
}

void MeasureDialog::takePhoto()
{
    showPage(kCameraPage);
    m_camera->begin();
}

bool MeasureDialog::onCamera() const
{
    return m_stack->currentIndex() == kCameraPage;
}

void MeasureDialog::showPage(int index)
{
    if (index != kCameraPage) {
        m_camera->end(); // the camera's light goes off as soon as its page is left
    }
    m_stack->setCurrentIndex(index);
}

void MeasureDialog::done(int result)
{
    m_camera->end();
    QDialog::done(result);
}

void MeasureDialog::choosePhoto()
{
    const QString path = m_prompter.openFile(this, tr("Open a photo of the test"),
                                             tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (!path.isEmpty()) {
        openPhoto(path);
    }
}

void MeasureDialog::showSetup()
{
    showPage(kSetupPage);
}

bool MeasureDialog::onSetup() const
{
    return m_stack->currentIndex() == kSetupPage;
}

void MeasureDialog::update()
{
    m_prompt->setText(m_model->prompt());
    m_undo->setEnabled(!m_model->points().empty());
    m_again->setEnabled(!m_model->points().empty());
    m_use->setEnabled(m_model->angle().has_value());
}

} // namespace tightside::gui
