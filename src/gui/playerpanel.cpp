#include "playerpanel.h"

#include "layouthelpers.h"
#include "style.h"
#include "texts.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

// The panel's words are the player's (translation context tightside::gui::PlayerPage): they
// were translated there before the panel had a class of its own.

namespace tightside::gui {
namespace {

struct PhaseLook
{
    const char* word;
    const char* hint;
    PhaseColours colours;
    Qt::PenStyle borderStyle;
};

constexpr PhaseColours kPausedColours{"#e0e0e0", "#424242"};
constexpr PhaseColours kGetReadyColours{"#fff1c2", "#7a5900"};
constexpr PhaseColours kHoldColours{"#d6ebff", "#0d47a1"};
constexpr PhaseColours kDoneColours{"#d9f2d0", "#1b5e20"};
constexpr PhaseColours kStoppedColours{"#ffe0e0", "#8e0000"};

// Each phase differs in its word, its hint and its border style, not only in colour. Text is
// always near-black on a light panel, so contrast holds in light and dark themes alike.
PhaseLook lookFor(const core::Routine& routine)
{
    if (routine.paused()) {
        return {QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "PAUSED"),
                QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "Press Space or Resume to go on."),
                kPausedColours, Qt::DotLine};
    }
    switch (routine.phase()) {
    case core::RoutinePhase::GetReady:
        if (routine.resuming()) {
            return {QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "GET READY"),
                    QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "Going on where you paused."),
                    kGetReadyColours, Qt::DashLine};
        }
        return {QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "GET READY"),
                QT_TRANSLATE_NOOP("tightside::gui::PlayerPage",
                                  "Get into position. The hold starts when this reaches 0."),
                kGetReadyColours, Qt::DashLine};
    case core::RoutinePhase::Hold:
        // The hint names the step's own discomfort limit (showRoutine).
        return {QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "HOLD"), "", kHoldColours,
                Qt::SolidLine};
    case core::RoutinePhase::Done:
        return {QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "DONE"),
                QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "Rest. The next step starts soon."),
                kDoneColours, Qt::SolidLine};
    case core::RoutinePhase::PainStop:
        return {QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "STOPPED"), "", kStoppedColours,
                Qt::SolidLine};
    case core::RoutinePhase::Finished:
        return {QT_TRANSLATE_NOOP("tightside::gui::PlayerPage", "FINISHED"), "", kDoneColours,
                Qt::SolidLine};
    }
    return {"", "", kDoneColours, Qt::SolidLine};
}

QString playerWords(const char* text)
{
    return QCoreApplication::translate("tightside::gui::PlayerPage", text);
}

} // namespace

std::vector<PhaseColours> playerPhaseColours()
{
    return {kPausedColours, kGetReadyColours, kHoldColours, kDoneColours, kStoppedColours};
}

QLabel* bigLabel(QWidget* parent, const QString& name, double scale, bool bold)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    QFont font = label->font();
    font = style::scaledFont(font, scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

// Read from the floor two metres away: at least 16 px, and a quarter larger than the text
// around it when the desktop's font is already large.
void readableFromTheFloor(QLabel* label, bool bold)
{
    QFont font = label->font();
    font.setBold(bold);
    font = style::scaledFont(font, 1.25);
    if (QFontInfo(font).pixelSize() < kPlayerTextPixels) {
        font.setPixelSize(kPlayerTextPixels);
    }
    label->setFont(font);
}

PlayerPanel::PlayerPanel(QWidget* parent) : QFrame(parent), m_flashTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("playerPanel"));
    setAutoFillBackground(true);
    setAccessibleName(QCoreApplication::translate(
        "tightside::gui::PlayerPage", "Timer: the side, the phase and the seconds left"));
    m_centre = new QStackedWidget(this);
    m_centre->setAccessibleName(accessibleName());
    auto* panelLayout = new QVBoxLayout(this);
    panelLayout->addWidget(m_centre);
    auto* timerPage = new QWidget(m_centre);
    timerPage->setAccessibleName(
        QCoreApplication::translate("tightside::gui::PlayerPage", "Timer"));
    auto* timerLayout = new QVBoxLayout(timerPage);
    m_side = bigLabel(timerPage, QStringLiteral("playerSide"), 5.0, true);
    m_phase = bigLabel(timerPage, QStringLiteral("playerPhase"), 2.2, true);
    m_countdown = bigLabel(timerPage, QStringLiteral("playerCountdown"), 8.0, true);
    m_cueLine = bigLabel(timerPage, QStringLiteral("playerCue"), 1.3, false);
    readableFromTheFloor(m_cueLine);
    m_cueLine->setWordWrap(true);
    timerLayout->addWidget(m_side);
    timerLayout->addWidget(m_phase);
    timerLayout->addWidget(m_countdown, 1);
    timerLayout->addWidget(m_cueLine);
    m_centre->addWidget(timerPage);

    auto* painPage = new QWidget(m_centre);
    painPage->setAccessibleName(
        QCoreApplication::translate("tightside::gui::PlayerPage", "Stopped: pain was rising"));
    auto* painLayout = new QVBoxLayout(painPage);
    auto* painTitle = bigLabel(painPage, QStringLiteral("painTitle"), 2.0, true);
    // The panel is as narrow as its countdown allows on a small screen: the title wraps.
    painTitle->setWordWrap(true);
    painTitle->setText(
        QCoreApplication::translate("tightside::gui::PlayerPage", "Stopped: pain was rising"));
    m_painAdvice =
        makeLabel(QCoreApplication::translate(
                      "tightside::gui::PlayerPage",
                      "Ease off and lie still for a minute. Rising pain means stop, not push "
                      "through.\n\nIf the pain settles, you may go on with the next step using "
                      "lighter pressure. If it stays, or you feel tingling, numbness or pain "
                      "running down the leg, stop for today and check the pain again later. "
                      "This step is saved as stopped for pain."),
                  painPage, QStringLiteral("painAdvice"));
    QFont adviceFont = m_painAdvice->font();
    adviceFont = style::scaledFont(adviceFont, 1.2);
    m_painAdvice->setFont(adviceFont);
    auto* goOn = new QPushButton(
        QCoreApplication::translate("tightside::gui::PlayerPage", "Go on with the &next step"),
        painPage);
    goOn->setObjectName(QStringLiteral("painGoOn"));
    auto* finish = new QPushButton(
        QCoreApplication::translate("tightside::gui::PlayerPage", "&Finish and check both sides"),
        painPage);
    finish->setObjectName(QStringLiteral("painFinish"));
    goOn->setAccessibleDescription(QCoreApplication::translate(
        "tightside::gui::PlayerPage", "Only if the pain has settled. Use lighter pressure."));
    finish->setAccessibleDescription(QCoreApplication::translate(
        "tightside::gui::PlayerPage", "Ends the routine now. Then you rate both sides again."));
    painLayout->addWidget(painTitle);
    painLayout->addWidget(m_painAdvice, 1);
    painLayout->addWidget(goOn);
    painLayout->addWidget(finish);
    m_centre->addWidget(painPage);
    connect(goOn, &QPushButton::clicked, this, &PlayerPanel::goOnRequested);
    connect(finish, &QPushButton::clicked, this, &PlayerPanel::finishRequested);

    m_flashTimer->setInterval(180);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        --m_flashLeft;
        if (m_flashLeft <= 0) {
            m_flashTimer->stop();
        }
        emit flashStepped();
    });
}

void PlayerPanel::showSide(core::Side side)
{
    m_side->setText(sideShout(side));
    m_side->setAccessibleName(
        QCoreApplication::translate("tightside::gui::PlayerPage", "Side: %1").arg(sideWord(side)));
}

int PlayerPanel::narrowestWidth() const
{
    int widest = QFontMetrics(m_countdown->font()).horizontalAdvance(clockText(59 * 60 + 59));
    for (const core::Side side : {core::Side::Left, core::Side::Right}) {
        widest = std::max(widest, QFontMetrics(m_side->font()).horizontalAdvance(sideShout(side)));
    }
    // The frame, the panel's margins, the timer page's margins.
    const int frames = 2 * frameWidth() + layout()->contentsMargins().left() +
                       layout()->contentsMargins().right() +
                       m_countdown->parentWidget()->layout()->contentsMargins().left() +
                       m_countdown->parentWidget()->layout()->contentsMargins().right();
    return widest + frames;
}

void PlayerPanel::setCue(const QString& words)
{
    m_cueLine->setText(words);
}

QString PlayerPanel::cue() const
{
    return m_cueLine->text();
}

void PlayerPanel::flash()
{
    m_flashLeft = 6;
    m_flashTimer->start();
}

void PlayerPanel::showRoutine(const core::Routine& routine)
{
    const PhaseLook look = lookFor(routine);
    const bool inverted = m_flashLeft % 2 == 1;
    const QColor background(inverted ? look.colours.border : look.colours.background);
    const QColor text(inverted ? look.colours.background : kPlayerText);
    const char* style = look.borderStyle == Qt::SolidLine  ? "solid"
                        : look.borderStyle == Qt::DashLine ? "dashed"
                                                           : "dotted";
    const QString sheet =
        QStringLiteral("QFrame#playerPanel { border: 6px %1 %2; border-radius: 12px; "
                       "background: %3; } #playerPanel QLabel { color: %4; background: "
                       "transparent; }")
            .arg(QLatin1String(style), QLatin1String(look.colours.border), background.name(),
                 text.name());
    // A style sheet re-polishes the whole panel: set it (and the palette) only when the look
    // changes (a new phase, a flash), not on every 100 ms tick.
    if (sheet != m_sheet) {
        m_sheet = sheet;
        QPalette colours = palette();
        colours.setColor(QPalette::Window, background);
        colours.setColor(QPalette::WindowText, text);
        setPalette(colours);
        setStyleSheet(sheet);
    }

    const bool painStop = routine.phase() == core::RoutinePhase::PainStop;
    m_centre->setCurrentIndex(painStop ? 1 : 0);
    m_phase->setText(playerWords(look.word));
    m_phase->setAccessibleName(
        QCoreApplication::translate("tightside::gui::PlayerPage", "Phase: %1")
            .arg(playerWords(look.word)));
    const int seconds = routine.remainingSeconds();
    m_countdown->setText(routine.phase() == core::RoutinePhase::Finished ? QString()
                                                                         : clockText(seconds));
    m_countdown->setAccessibleName(
        QCoreApplication::translate("tightside::gui::PlayerPage", "%1 seconds left").arg(seconds));
    if (m_cueLine->text().isEmpty() || routine.paused()) {
        const core::Step* step = routine.currentStep();
        // The hold's hint names the plan's limit for this step: a gentle step says the gentle
        // one (M7, M10).
        m_cueLine->setText(routine.phase() == core::RoutinePhase::Hold && !routine.paused() &&
                                   step != nullptr
                               ? QCoreApplication::translate(
                                     "tightside::gui::PlayerPage",
                                     "Slow passes. Keep the discomfort at %1 out of 10 or less.")
                                     .arg(step->dosage.discomfortMax)
                               : playerWords(look.hint));
    }
}

} // namespace tightside::gui
