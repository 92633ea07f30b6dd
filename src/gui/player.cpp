#include "player.h"

#include "style.h"

#include "bodymap.h"
#include "layouthelpers.h"
#include "playerpanel.h"
#include "svgview.h"
#include "texts.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

#include <QVBoxLayout>
#include <algorithm>

namespace tightside::gui {

PlayerPage::PlayerPage(const core::Protocol& protocol, Services& services, QWidget* parent)
    : QWidget(parent), m_protocol(protocol), m_services(services), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("playerPage"));
    auto* outer = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_stepCount = bigLabel(this, QStringLiteral("playerStepCount"), 1.2, false);
    m_stepCount->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_group = bigLabel(this, QStringLiteral("playerGroup"), 1.8, true);
    m_voice = makeLabel(QString(), this, QStringLiteral("playerVoice"));
    m_voice->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_stepCount, 1);
    top->addWidget(m_group, 2);
    top->addWidget(m_voice, 1);
    outer->addLayout(top);

    auto* middle = new QHBoxLayout;
    m_middle = middle;
    // Left: what to do.
    auto* howColumn = new QVBoxLayout;
    m_howColumn = howColumn;
    m_technique = makeLabel(QString(), this, QStringLiteral("playerTechnique"));
    readableFromTheFloor(m_technique, true);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("playerSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    readableFromTheFloor(m_steps);
    howColumn->addWidget(m_technique);
    // The steps scroll (Page Up / Page Down) when large text makes them taller than the space.
    m_stepsArea = new QScrollArea(this);
    m_stepsArea->setObjectName(QStringLiteral("playerStepsArea"));
    m_stepsArea->setWidgetResizable(true);
    m_stepsArea->setFrameShape(QFrame::NoFrame);
    m_stepsArea->setFocusPolicy(Qt::NoFocus);
    m_stepsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepsArea->setWidget(m_steps);
    m_stepsArea->setAccessibleName(tr("What to do"));
    // What to keep off, always in view under the steps (issue 26: scrolled out of sight or cut
    // mid-line at 1024x600 when it was the end of the steps): a caution card of its own.
    m_keepOffCard = new style::Card(this, style::Tone::Caution);
    m_keepOffCard->setObjectName(QStringLiteral("playerKeepOffCard"));
    m_keepOffCard->setAccessibleName(tr("What to keep off"));
    auto* keepOffLayout = new QVBoxLayout(m_keepOffCard);
    keepOffLayout->setContentsMargins(style::space::s, style::space::xs, style::space::s,
                                      style::space::xs);
    m_keepOff = makeLabel(QString(), m_keepOffCard, QStringLiteral("playerKeepOff"));
    m_keepOff->setTextFormat(Qt::RichText);
    m_keepOff->setWordWrap(true);
    readableFromTheFloor(m_keepOff);
    keepOffLayout->addWidget(m_keepOff);
    m_keepOffCard->hide();
    // Made after the steps it sits under, so a screen reader reads them first.
    m_picture = new SvgView(this);
    m_picture->setObjectName(QStringLiteral("playerPicture"));
    m_picture->setMinimumSize(160, 130);
    // The technique drawing is what is needed on the floor: large, nearly as tall as the steps.
    howColumn->addWidget(m_stepsArea, 4);
    howColumn->addWidget(m_keepOffCard);
    howColumn->addWidget(m_picture, 3);
    middle->addLayout(howColumn, 6);

    // Centre: side, phase and countdown, readable from the floor; the pain stop.
    m_panel = new PlayerPanel(this);
    // Its share of the width, not its wrapped words' wish: the words beside it need the room.
    // Never narrower than the countdown's digits.
    m_panel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_panel->setMinimumWidth(m_panel->narrowestWidth());
    middle->addWidget(m_panel, 4);

    // Right: the body map with the side lit.
    auto* mapColumn = new QVBoxLayout;
    m_mapColumn = mapColumn;
    m_bodyMap = new SvgView(this);
    m_bodyMap->setObjectName(QStringLiteral("playerBodyMap"));
    m_bodyMap->setMinimumSize(120, 200);
    m_mapCaption = makeLabel(QString(), this, QStringLiteral("playerMapCaption"));
    readableFromTheFloor(m_mapCaption);
    m_mapCaption->setAlignment(Qt::AlignHCenter);
    mapColumn->addWidget(m_bodyMap, 1);
    mapColumn->addWidget(m_mapCaption);
    // The body map repeats the plan: smaller than the drawing.
    middle->addLayout(mapColumn, 2);
    outer->addLayout(middle, 1);

    auto* buttons = new QHBoxLayout;
    m_backButton = new QPushButton(tr("Back (Left arrow)"), this);
    m_backButton->setObjectName(QStringLiteral("playerBack"));
    m_pauseButton = new QPushButton(tr("Pause (Space)"), this);
    m_pauseButton->setObjectName(QStringLiteral("playerPause"));
    m_skipButton = new QPushButton(tr("Skip (Right arrow)"), this);
    m_skipButton->setObjectName(QStringLiteral("playerSkip"));
    m_painButton = new QPushButton(tr("Pain is rising: stop (P)"), this);
    m_painButton->setObjectName(QStringLiteral("playerPain"));
    QFont painFont = m_painButton->font();
    painFont.setBold(true);
    painFont = style::scaledFont(painFont, 1.3);
    m_painButton->setFont(painFont);
    m_painButton->setMinimumHeight(48);
    // The only red button of the app: it stops for safety (docs/design.md).
    style::makeDanger(m_painButton);
    m_leaveButton = new QPushButton(tr("Leave (Esc)"), this);
    m_leaveButton->setObjectName(QStringLiteral("playerLeave"));
    for (QPushButton* button :
         {m_backButton, m_pauseButton, m_skipButton, m_painButton, m_leaveButton}) {
        button->setMinimumHeight(44);
        button->setAccessibleName(button->text());
    }
    // Pause becomes Resume: one width for both words, so Skip and the pain stop never move.
    const QFontMetrics pauseMetrics(m_pauseButton->font());
    m_pauseButton->setFixedWidth(
        std::max(pauseMetrics.horizontalAdvance(
                     QCoreApplication::translate("tightside::gui::Player", "Pause (Space)")),
                 pauseMetrics.horizontalAdvance(
                     QCoreApplication::translate("tightside::gui::Player", "Resume (Space)"))) +
        2 * style::space::xl);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_skipButton);
    buttons->addSpacing(24);
    buttons->addWidget(m_painButton, 2);
    buttons->addSpacing(24);
    buttons->addWidget(m_leaveButton);
    outer->addLayout(buttons);

    connect(m_backButton, &QPushButton::clicked, this, &PlayerPage::back);
    connect(m_pauseButton, &QPushButton::clicked, this, &PlayerPage::togglePause);
    connect(m_skipButton, &QPushButton::clicked, this, &PlayerPage::skip);
    connect(m_painButton, &QPushButton::clicked, this, &PlayerPage::stopForPain);
    connect(m_leaveButton, &QPushButton::clicked, this, &PlayerPage::requestLeave);
    connect(m_panel, &PlayerPanel::goOnRequested, this, [this] {
        if (m_routine) {
            handle(m_routine->next(m_services.clock.now()));
        }
    });
    connect(m_panel, &PlayerPanel::finishRequested, this, &PlayerPage::finishNow);
    connect(m_panel, &PlayerPanel::flashStepped, this, &PlayerPage::refresh);

    // Space, arrows, P and Esc work wherever focus is on this page, on a button too: Space
    // always pauses instead of pressing whichever button has focus, and Enter presses it.
    // Tab reaches every button (a keyboard or screen-reader user finds them in the tree and in
    // the focus chain); a click does not move focus, so the keys keep working after one.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Routine player"));
    setAccessibleDescription(
        tr("Keys: Space pauses or resumes, Left arrow goes back a step, Right arrow "
           "skips, P stops for pain, Esc leaves, Page Up and Page Down scroll the "
           "steps."));
    // Now that Tab reaches them, each says what it does (the key is in its name).
    m_backButton->setAccessibleDescription(tr("Goes back to the step before."));
    m_pauseButton->setAccessibleDescription(
        tr("Pauses the step, or resumes it where it paused after a short count."));
    m_skipButton->setAccessibleDescription(tr("Skips this step; it is logged as skipped."));
    m_painButton->setAccessibleDescription(
        tr("Stops this step at once and says what to do next. It is logged as stopped for "
           "pain."));
    m_leaveButton->setAccessibleDescription(
        tr("Asks first, then ends the routine. What you did is kept."));
    for (QPushButton* button :
         {m_backButton, m_pauseButton, m_skipButton, m_painButton, m_leaveButton}) {
        button->setFocusPolicy(Qt::TabFocus);
        button->installEventFilter(this);
    }

    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &PlayerPage::tick);
}

PlayerPage::~PlayerPage() = default;

bool PlayerPage::eventFilter(QObject* watched, QEvent* event)
{
    auto* button = qobject_cast<QPushButton*>(watched);
    auto* key = event->type() == QEvent::KeyPress ? dynamic_cast<QKeyEvent*>(event) : nullptr;
    if (button == nullptr || key == nullptr) {
        return QWidget::eventFilter(watched, event);
    }
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier) {
        return false;
    }
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        button->click();
        return true;
    case Qt::Key_Space:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_P:
    case Qt::Key_Escape:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        keyPressEvent(key);
        return true;
    default:
        return false;
    }
}

void PlayerPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth();
}

void PlayerPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        arrangeForWidth();
    }
}

void PlayerPage::arrangeForWidth()
{
    // Issue 26: at 1024x600 the steps scrolled in a short column, under the keep-off card and
    // over the technique drawing, beside a body map that repeats the plan. Below this width
    // the map steps aside and the drawing takes its column, so the steps have the height of
    // theirs: the panel still says the side in large letters. The width scales with the text:
    // 1200 px at a 12 px font, 1560 px at Settings' 130%.
    const int pixels = QFontInfo(font()).pixelSize();
    const bool roomy = width() >= 100 * pixels;
    // The keep-off card must show whole. At the desktop's usual text it fits under the drawing
    // in the narrow third column; larger text makes it too tall there, so it stays under the
    // steps in the wide first column (the steps scroll instead).
    constexpr int usualTextPixels = 13;
    const Arrangement wanted = roomy                       ? Arrangement::Roomy
                               : pixels <= usualTextPixels ? Arrangement::CardBesideTheSteps
                                                           : Arrangement::CardUnderTheSteps;
    if (wanted == m_arrangement) {
        return;
    }
    m_arrangement = wanted;
    m_bodyMap->setVisible(roomy);
    m_mapCaption->setVisible(roomy);
    for (QWidget* moving :
         {static_cast<QWidget*>(m_keepOffCard), static_cast<QWidget*>(m_picture)}) {
        m_howColumn->removeWidget(moving);
        m_mapColumn->removeWidget(moving);
    }
    // A screen reader reads the page's children in their stacking order: each move restacks
    // them, so they are heard in the order they are seen (left column, panel, right column).
    switch (wanted) {
    case Arrangement::Roomy:
        m_howColumn->addWidget(m_keepOffCard);
        m_howColumn->addWidget(m_picture, 3);
        m_keepOffCard->stackUnder(m_panel);
        m_picture->stackUnder(m_panel);
        break;
    case Arrangement::CardBesideTheSteps:
        m_mapColumn->insertWidget(0, m_picture, 1);
        m_mapColumn->insertWidget(1, m_keepOffCard);
        m_picture->stackUnder(m_bodyMap);
        m_keepOffCard->stackUnder(m_bodyMap);
        break;
    case Arrangement::CardUnderTheSteps:
        m_howColumn->addWidget(m_keepOffCard);
        m_mapColumn->insertWidget(0, m_picture, 1);
        m_keepOffCard->stackUnder(m_panel);
        m_picture->stackUnder(m_bodyMap);
        break;
    }
    // The third column's share: the map is narrow, the drawing and the card need more.
    m_middle->setStretch(2, roomy ? 2 : 3);
}

void PlayerPage::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePause();
        break;
    case Qt::Key_Left:
        back();
        break;
    case Qt::Key_Right:
        skip();
        break;
    case Qt::Key_P:
        stopForPain();
        break;
    case Qt::Key_Escape:
        requestLeave();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        m_stepsArea->verticalScrollBar()->triggerAction(event->key() == Qt::Key_PageUp
                                                            ? QAbstractSlider::SliderPageStepSub
                                                            : QAbstractSlider::SliderPageStepAdd);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PlayerPage::start(std::vector<core::Step> steps, std::vector<core::StepRecord> records,
                       std::size_t nextIndex)
{
    m_routine = std::make_unique<core::Routine>(std::move(steps));
    m_routine->restore(std::move(records), nextIndex);
    m_recordCount = m_routine->records().size();
    m_shownStep = static_cast<std::size_t>(-1);
    m_sounds = core::SoundSchedule();
    handle(m_routine->start(m_services.clock.now()));
    m_timer->start();
    setFocus();
}

void PlayerPage::tick()
{
    if (!m_routine) {
        return;
    }
    handle(m_routine->advance(m_services.clock.now()));
}

void PlayerPage::togglePause()
{
    if (m_routine) {
        handle(m_routine->togglePause(m_services.clock.now()));
    }
}

void PlayerPage::skip()
{
    if (m_routine) {
        handle(m_routine->skip(m_services.clock.now()));
    }
}

void PlayerPage::back()
{
    if (m_routine) {
        handle(m_routine->back(m_services.clock.now()));
    }
}

void PlayerPage::stopForPain()
{
    if (m_routine) {
        handle(m_routine->stopForPain(m_services.clock.now()));
    }
}

bool PlayerPage::requestLeave()
{
    if (!m_routine || m_routine->phase() == core::RoutinePhase::Finished) {
        return true;
    }
    const bool wasPaused = m_routine->paused();
    if (!wasPaused) {
        handle(m_routine->pause(m_services.clock.now()));
    }
    const bool leave = m_services.prompter.confirm(
        this, tr("Leave the routine?"),
        tr("What you have done so far is kept. You will go on to check both sides "
           "of what you released."),
        tr("Leave and check both sides"), tr("Stay"));
    if (leave) {
        finishNow();
        return true;
    }
    if (!wasPaused) {
        handle(m_routine->resume(m_services.clock.now()));
    }
    return false;
}

QString PlayerPage::lastCue() const
{
    return m_panel->cue();
}

void PlayerPage::finishNow()
{
    if (!m_routine) {
        return;
    }
    handle(m_routine->finish(m_services.clock.now()));
}

void PlayerPage::handle(const std::vector<core::Cue>& cues)
{
    // The core says which sound is due (get-ready ticks, the last seconds, the end of a hold).
    for (const core::Sound sound : m_sounds.update(*m_routine, cues)) {
        m_services.sounds.play(sound);
    }
    bool flashNow = false;
    for (const core::Cue& cue : cues) {
        const QString words = cueText(m_protocol, *m_routine, cue);
        m_panel->setCue(words);
        CueStyle style = CueStyle::Announce;
        if (cue.kind == core::CueKind::Tick) {
            style = CueStyle::Tick;
        } else if (cue.kind == core::CueKind::StepEnd || cue.kind == core::CueKind::RoutineEnd) {
            style = CueStyle::End;
            flashNow = true;
        }
        m_services.cues.say(words, style);
    }
    if (flashNow) {
        // The end cue must not be missed: the end-of-hold sound (above) and a flash, which
        // carries it alone when sound is off or there is no sound device.
        m_panel->flash();
    }
    refresh();
    if (m_routine->records().size() != m_recordCount) {
        m_recordCount = m_routine->records().size();
        emit progressChanged();
    }
    if (m_routine->phase() == core::RoutinePhase::Finished) {
        m_timer->stop();
        emit routineFinished();
    }
}

void PlayerPage::showStep()
{
    const core::Step* step = m_routine->currentStep();
    if (step == nullptr || m_shownStep == m_routine->currentIndex()) {
        return;
    }
    m_shownStep = m_routine->currentIndex();
    m_stepCount->setText(
        tr("Step %1 of %2").arg(m_routine->currentIndex() + 1).arg(m_routine->stepCount()));
    m_group->setText(capitalised(groupName(m_protocol, step->group)));
    m_panel->showSide(step->side);
    const core::Technique* technique = m_protocol.technique(step->technique);
    if (technique != nullptr) {
        m_technique->setText(
            //: technique (equipment), duration: "Quadriceps roll (foam roller), 90 s"
            tr("%1 (%2), %3")
                .arg(qs(technique->name), qs(technique->equipment), durationText(step->seconds)));
        // The dosage is the plan's for this step: a gentle step says the gentle limit (M7, M10).
        QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(tr("Discomfort: %1 out of 10 or less.")
                                    .arg(step->dosage.discomfortMax)
                                    .toHtmlEscaped(),
                                qs(step->dosage.guidance).toHtmlEscaped());
        html += numberedList(technique->steps);
        m_steps->setText(html);
        if (!technique->keepOff.empty()) {
            m_keepOff->setText(tr("<b>Keep off:</b>") + bulletList(technique->keepOff));
        }
        m_keepOffCard->setVisible(!technique->keepOff.empty());
        m_picture->setSvg(pictureData(qs(technique->picture)), step->side == core::Side::Right,
                          tr("Picture of the %1 coming soon.").arg(qs(technique->name).toLower()));
        m_picture->setAccessibleName(
            tr("Picture: %1, %2 side").arg(qs(technique->name), sideWord(step->side)));
        m_picture->setAccessibleDescription(
            tr("A drawing of the %1 on the %2 side.")
                .arg(qs(technique->name).toLower(), sideWord(step->side)));
    } else {
        m_technique->setText(qs(step->technique));
        m_steps->clear();
        m_keepOffCard->hide();
        m_picture->setSvg({}, false, QString());
    }
    const QString groupWords = groupName(m_protocol, step->group);
    showBodyMap(m_bodyMap, step->group, step->side, groupWords);
    const bool back = onBackView(step->group);
    QString caption = tr("Lit with a thick outline: %1 %2. %3")
                          .arg(sideWord(step->side), groupWords, viewSideHint(back));
    if (back) {
        caption += QLatin1Char(' ') + neverMapLine();
    }
    m_mapCaption->setText(caption);
}

void PlayerPage::refresh()
{
    if (!m_routine) {
        return;
    }
    showStep();
    m_panel->showRoutine(*m_routine);

    // The voice loads with the first cue and can fail at any time: "Voice on" only once it is
    // known to be heard, never while it may still turn out silent.
    const QString problem = m_services.cues.problem();
    m_voice->setText(m_services.cues.speaking() ? tr("Voice on")
                     : !problem.isEmpty()       ? problem
                                                : tr("Voice: starting"));

    m_pauseButton->setText(
        m_routine->paused()
            ? QCoreApplication::translate("tightside::gui::Player", "Resume (Space)")
            : QCoreApplication::translate("tightside::gui::Player", "Pause (Space)"));
    m_pauseButton->setAccessibleName(m_pauseButton->text());
    const bool active = m_routine->takesControls();
    m_pauseButton->setEnabled(active);
    m_skipButton->setEnabled(active);
    m_painButton->setEnabled(active);
}

} // namespace tightside::gui
