#include "tour.h"

#include "camera.h"
#include "camerapage.h"
#include "checkflow.h"
#include "contrast.h"
#include "grouppage.h"
#include "historypage.h"
#include "measuremodel.h"
#include "measurepage.h"
#include "player.h"
#include "ratinginput.h"
#include "sound.h"
#include "speech.h"

#include "tightside/core/rulesengine.h"
#include "tightside/gui/mainwindow.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/sessionstore.h"
#include "tightside/text/planwords.h"

#include "tightside/gui/preferences.h"
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iostream>

namespace tightside::gui {
namespace {

class ManualClock final : public Clock
{
public:
    std::chrono::milliseconds now() const override { return m_now; }
    void add(std::chrono::milliseconds by) { m_now += by; }

private:
    std::chrono::milliseconds m_now{1000000};
};

/// A camera that sees the tour's sample photo (the file at `path`, read when it starts).
class StillCamera final : public Camera
{
public:
    explicit StillCamera(QString path) : m_path(std::move(path)) {}
    CameraState state() const override { return CameraState::Ready; }
    QString description() const override { return QStringLiteral("Tour camera"); }
    void setListener(CameraListener listener) override { m_listener = std::move(listener); }
    void start() override
    {
        if (m_listener.frame) {
            m_listener.frame(QImage(m_path));
        }
    }
    void stop() override {}
    void capture() override
    {
        if (m_listener.captured) {
            m_listener.captured(QImage(m_path));
        }
    }

private:
    QString m_path;
    CameraListener m_listener;
};

class StillCameras final : public Cameras
{
public:
    explicit StillCameras(QString path) : m_path(std::move(path)) {}
    std::unique_ptr<Camera> open() override { return std::make_unique<StillCamera>(m_path); }

private:
    QString m_path;
};

class YesPrompter final : public Prompter
{
public:
    bool confirm(QWidget*, const QString&, const QString&, const QString&, const QString&) override
    {
        return true;
    }
    void info(QWidget*, const QString&, const QString&) override {}
    QString openFile(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return {};
    }
    QString folder(QWidget*, const QString&, const QString&) override { return {}; }
    std::optional<QString> line(QWidget*, const QString&, const QString&, const QString&) override
    {
        return QString();
    }
    bool openFolder(const QString&) override { return true; }
};

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
}

const TourVisitor* g_visitor = nullptr; // set by runTour() only

bool snap(QWidget& window, const QString& dir, const QString& name)
{
    settle();
    if (g_visitor != nullptr) {
        return (*g_visitor)(window, name);
    }
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = window.grab().save(path);
    std::cerr << (ok ? "wrote " : "could not write ") << path.toStdString() << '\n';
    return ok;
}

void seedHistory(const store::SessionStore& store)
{
    const core::Protocol& protocol = core::builtinProtocol(l10n::language());
    const int quads[][4] = {{7, 3, 5, 4}, {6, 4, 5, 4}, {5, 4, 4, 4}, {6, 3, 4, 4}, {5, 4, 4, 4}};
    auto when = std::chrono::system_clock::now() - std::chrono::hours(24 * 14);
    for (std::size_t i = 0; i < 5; ++i) {
        core::Answers answers;
        answers.painNow = 6 - static_cast<int>(i);
        answers.setRating(core::Region::Quadriceps, {quads[i][0], quads[i][1]});
        answers.setRating(core::Region::HipFlexors, {3, 3});
        answers.setRating(core::Region::Adductors, {2, 5 - static_cast<int>(i / 2)});
        answers.setRating(core::Region::ItBand, {4, 4});
        answers.setRating(core::Region::Hamstrings, {4, 4});
        core::Session session;
        session.id = core::newSessionId(when, 0x1a2b3c00U + static_cast<std::uint32_t>(i));
        session.started = core::isoUtc(when);
        session.finished = core::isoUtc(when + std::chrono::minutes(12));
        session.protocolId = protocol.id;
        session.protocolVersion = protocol.version;
        session.answers = answers;
        session.plan = text::makePlan(protocol, answers);
        for (const core::Step& step : session.plan.steps) {
            session.done.push_back(
                {step.group, step.side, step.technique, step.seconds, core::Outcome::Completed});
        }
        for (core::Region region : session.plan.recheck) {
            const auto& before = answers.rating(region);
            session.setRecheck(region, {quads[i][2], quads[i][3]});
            if (region != core::Region::Quadriceps && before) {
                session.setRecheck(region, {before->left, before->left});
            }
        }
        session.painAfter = std::max(0, answers.painNow - 2);
        if (i == 0 || i == 2) { // what matters to the person, last rated 8 days ago: due
            session.activities = {{"putting on socks", 3 + static_cast<int>(i)},
                                  {"sitting through a film", 5 + static_cast<int>(i / 2)}};
        }
        (void)store.save(session);
        when += std::chrono::hours(24 * 3);
    }
}

/// A made-up photo of the face-down knee bend (the quadriceps test), drawn here so that the
/// tour needs no real person: a mat, a figure lying face down with the knee bent, and small
/// round stickers on the landmarks. Returns its landmarks, 0-1 of the photo, with the knee
/// bent by `bend` degrees.
std::vector<core::PhotoPoint> drawSamplePhoto(const QString& path, double bend)
{
    const QSize size(1200, 800);
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(image.rect(), QColor(214, 205, 190));            // a wall
    painter.fillRect(QRect(0, 560, 1200, 240), QColor(150, 120, 90)); // the floor
    painter.fillRect(QRect(60, 540, 1080, 40), QColor(60, 110, 140)); // the mat
    const QPointF head(170, 505);
    const QPointF hip(560, 520);
    const QPointF knee(860, 525);
    const double r = (180.0 - bend) * 3.14159265358979 / 180.0;
    const QPointF ankle = knee + QPointF(-std::cos(r) * 260, -std::sin(r) * 260);
    painter.setPen(QPen(QColor(40, 40, 48), 70, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(230, 515), hip); // the trunk
    painter.setPen(QPen(QColor(40, 40, 48), 52, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(hip, knee);
    painter.setPen(QPen(QColor(40, 40, 48), 40, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(knee, ankle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(224, 180, 150));
    painter.drawEllipse(head, 42, 38);
    painter.setBrush(QColor(250, 250, 250));
    for (const QPointF& spot : {hip, knee, ankle}) {
        painter.drawEllipse(spot, 9, 9);
    }
    painter.end();
    image.save(path, "PNG");
    std::vector<core::PhotoPoint> out;
    for (const QPointF& spot : {hip, knee, ankle}) {
        out.push_back({spot.x() / size.width(), spot.y() / size.height()});
    }
    return out;
}

/// Measures one side of the shown group page from the sample photo; pictures the measuring
/// page (its setup first when `setupName` is given, the camera's self-timer when `cameraName`
/// is, then the landmarks and the angle).
bool measureSide(GroupPage& page, core::Side side, const QString& photo, double bend,
                 const QString& dir, const QString& setupName, const QString& photoName,
                 const QString& cameraName, QSize dialogSize)
{
    const auto landmarks = drawSamplePhoto(photo, bend);
    MeasureDialog* dialog = page.openMeasure(side);
    if (dialog == nullptr) {
        return false;
    }
    dialog->resize(dialogSize);
    bool ok = true;
    if (!setupName.isEmpty()) {
        ok = snap(*dialog, dir, setupName) && ok;
    }
    if (!cameraName.isEmpty()) {
        dialog->takePhoto();
        dialog->cameraPage().startTimer();
        ok = snap(*dialog, dir, cameraName) && ok;
        dialog->cameraPage().stopTimer();
    }
    if (!dialog->openPhoto(photo).isEmpty()) {
        return false;
    }
    for (const core::PhotoPoint& point : landmarks) {
        dialog->model().place(point);
    }
    if (!photoName.isEmpty()) {
        ok = snap(*dialog, dir, photoName) && ok;
    }
    dialog->accept();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ok;
}

template <typename T>
T* child(QWidget& root, const QString& name)
{
    return root.findChild<T*>(name);
}

} // namespace

namespace {

// One look of the app: the light or the dark palette, at the normal or a large font size.
// The full tour runs once in the light look; the others take only the key pages.
struct Look
{
    const char* suffix;
    bool dark;
    int pointSize;
    bool full;
    /// The window's size: a 1366x768 laptop, or a 1024x600 netbook.
    QSize size;
};

bool tourOnce(const QString& outDir, const Look& look)
{
    QTemporaryDir temp;
    if (!temp.isValid()) {
        return false;
    }
    const QPalette palette = colours::referencePalette(look.dark);
    QApplication::setPalette(palette);
    QFont font = QApplication::font();
    font.setPointSize(look.pointSize);
    QApplication::setFont(font);
    const auto name = [&look](const char* page) {
        return QLatin1String(page) + QLatin1String(look.suffix);
    };

    ManualClock clock;
    const auto sink = makeSilentSink(QCoreApplication::translate(
        "tightside::gui::Tour", "Voice off: cues are shown on screen."));
    YesPrompter prompter;
    const auto sounds = makeSilentSoundSink();
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Preferences preferences(settings);
    preferences.voiceEnabled.set(false);
    StillCameras cameras(temp.filePath(QStringLiteral("sample-photo.png")));
    Services services{clock,   *sink,       prompter,
                      *sounds, preferences, temp.filePath(QStringLiteral("data")),
                      cameras};
    {
        store::SessionStore seedStore(services.dataDir);
        (void)seedStore.ensureFolders();
        seedHistory(seedStore);
    }

    MainWindow window(services);
    window.resize(look.size);
    window.move(0, 0);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    // An active window shows where keyboard focus is, as it would on a desktop.
    QApplication::setActiveWindow(&window);
    (void)QTest::qWaitForWindowActive(&window);
    bool ok = true;
    if (look.full) {
        ok = snap(window, outDir, name("welcome")) && ok;
    }
    window.acknowledgeWelcome();
    CheckFlow* flow = window.checkFlow();
    if (look.full) {
        ok = snap(window, outDir, name("wizard-screening")) && ok;
    }
    // A person goes through the whole list, or says "none of these": the tour says none.
    if (auto* none = child<QCheckBox>(*flow, QStringLiteral("noneOfThese"))) {
        none->setChecked(true);
    }
    flow->next(); // precautions
    flow->next(); // pain
    child<RatingInput>(*flow, QStringLiteral("painNow"))->setValue(5);
    flow->next(); // what matters to you: due, last week's activities offered again
    if (flow->page() == CheckFlow::Page::Activities) {
        for (const auto& [row, score] : {std::pair{1, 6}, std::pair{2, 6}}) {
            auto* slider = child<QSlider>(*flow, QStringLiteral("activityScore%1").arg(row));
            slider->setFocus();
            QTest::keyClick(slider, static_cast<Qt::Key>(Qt::Key_0 + score));
        }
        ok = snap(window, outDir, name("activities")) && ok;
        flow->next(); // first group
    }
    const int ratings[][2] = {{7, 4}, {3, 3}, {2, 6}, {5, 5}, {4, 4}};
    for (const auto& rating : ratings) {
        auto* page =
            flow->findChild<QStackedWidget*>(QStringLiteral("checkPages"))->currentWidget();
        page->findChild<RatingPair*>()->setRating({rating[0], rating[1]});
        if (&rating == &ratings[0]) {
            // Both sides measured from a photo (issue 23): the measuring page pictured.
            if (auto* group = page->findChild<GroupPage*>();
                group != nullptr || (group = qobject_cast<GroupPage*>(page)) != nullptr) {
                const QString photo = temp.filePath(QStringLiteral("sample-photo.png"));
                // As large as on a laptop, and within a 1024x600 screen for the small look.
                const QSize dialogSize(std::min(1000, look.size.width() - 24),
                                       std::min(700, look.size.height() - 40));
                ok = measureSide(*group, core::Side::Left, photo, 118.0, outDir,
                                 look.full ? name("measure-setup") : QString(), name("measure"),
                                 QString(), dialogSize) &&
                     ok;
                ok = measureSide(*group, core::Side::Right, photo, 104.0, outDir, QString(),
                                 QString(), name("measure-camera"), dialogSize) &&
                     ok;
            }
            ok = snap(window, outDir, name("wizard-group")) && ok;
        }
        if (look.full) {
            // One picture per self-test for the user guide.
            const QString id = page->objectName().mid(QStringLiteral("pageGroup_").size());
            ok = snap(window, outDir, QStringLiteral("selftest-") + id) && ok;
        }
        flow->next();
    }
    while (flow->page() == CheckFlow::Page::Group) {
        if (look.full) {
            auto* page =
                flow->findChild<QStackedWidget*>(QStringLiteral("checkPages"))->currentWidget();
            const QString id = page->objectName().mid(QStringLiteral("pageGroup_").size());
            ok = snap(window, outDir, QStringLiteral("selftest-") + id) && ok;
        }
        flow->next(); // optional TFL and lats: not done today
    }
    flow->next(); // minutes -> plan
    ok = snap(window, outDir, name("plan")) && ok;
    flow->next(); // start routine
    clock.add(std::chrono::seconds(2));
    flow->player()->tick();
    if (look.full) {
        ok = snap(window, outDir, name("player-get-ready")) && ok;
    }
    clock.add(std::chrono::seconds(30));
    flow->player()->tick();
    ok = snap(window, outDir, name("player")) && ok;
    if (!look.full) {
        return ok;
    }
    flow->player()->stopForPain();
    ok = snap(window, outDir, name("player-pain-stop")) && ok;
    flow->player()->findChild<QPushButton*>(QStringLiteral("painGoOn"))->click();
    for (int i = 0; i < 40 && flow->page() == CheckFlow::Page::Player; ++i) {
        clock.add(std::chrono::seconds(10));
        flow->player()->tick();
    }
    // Rated again as a person would: each pair and the pain start unanswered.
    for (auto* pair : flow->findChildren<RatingPair*>(QStringLiteral("recheckPair"))) {
        pair->setRating({5, 4});
    }
    child<RatingInput>(*flow, QStringLiteral("painAfter"))->setValue(3);
    ok = snap(window, outDir, name("recheck")) && ok;
    flow->next(); // save
    ok = snap(window, outDir, name("summary")) && ok;
    window.showPlace(MainWindow::Place::History);
    // The history is read on a worker thread: wait for its rows (at most ten seconds).
    QElapsedTimer waited;
    waited.start();
    while (window.historyPage()->reloading() && waited.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    ok = snap(window, outDir, name("history")) && ok;
    window.showPlace(MainWindow::Place::Check);
    flow = window.checkFlow();
    flow->next(); // to a new check
    flow = window.checkFlow();
    if (auto* box = flow->findChild<QWidget*>(QStringLiteral("pageRedFlags"))
                        ->findChildren<QCheckBox*>()
                        .value(0)) {
        box->setChecked(true);
    }
    // Next is there once the list was seen to its end.
    if (auto* page = child<QScrollArea>(*flow, QStringLiteral("pageRedFlags"))) {
        page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum());
        settle();
    }
    flow->next();
    ok = snap(window, outDir, name("seek-care")) && ok;
    // Settings as a new user finds them: the voice on (the tour kept it off so far).
    preferences.voiceEnabled.set(true);
    window.showPlace(MainWindow::Place::Settings);
    ok = snap(window, outDir, name("settings")) && ok;
    window.showPlace(MainWindow::Place::About);
    ok = snap(window, outDir, name("about")) && ok;
    return ok;
}

} // namespace

int runScreenshotTour(const QString& outDir)
{
    QDir().mkpath(outDir);
    const QFont baseFont = QApplication::font();
    const int normal = baseFont.pointSize() > 0 ? baseFont.pointSize() : 10;
    const Look looks[] = {
        {"", false, normal, true, QSize(1366, 768)},
        {"-dark", true, normal, false, QSize(1366, 768)},
        {"-large", false, 16, false, QSize(1366, 768)},
        {"-dark-large", true, 16, false, QSize(1366, 768)},
        {"-small", false, normal, false, QSize(1024, 600)},
    };
    bool ok = true;
    for (const Look& look : looks) {
        ok = tourOnce(outDir, look) && ok;
    }
    // The plan and the player in German, for the user guide and translators.
    const std::string previous = l10n::language();
    l10n::install(core::chooseLanguage(std::string("de"), {}));
    ok = tourOnce(outDir, {"-de", false, normal, false, QSize(1366, 768)}) && ok;
    l10n::install(core::chooseLanguage(previous, {}));
    QApplication::setFont(baseFont);
    return ok ? 0 : 1;
}

int runTour(const TourVisitor& visit)
{
    g_visitor = &visit;
    const QFont font = QApplication::font();
    const bool ok = tourOnce(QString(), {"", false, font.pointSize() > 0 ? font.pointSize() : 10,
                                         true, QSize(1366, 768)});
    g_visitor = nullptr;
    return ok ? 0 : 1;
}

} // namespace tightside::gui
