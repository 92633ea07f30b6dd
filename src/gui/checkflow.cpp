#include "checkflow.h"

#include "activitiespage.h"
#include "checknav.h"
#include "checksession.h"
#include "checkstepper.h"
#include "grouppage.h"
#include "lastcheckline.h"
#include "layouthelpers.h"
#include "minutespage.h"
#include "painpage.h"
#include "planpage.h"
#include "player.h"
#include "recheckpage.h"
#include "screeningpage.h"
#include "seekcarepage.h"
#include "style.h"
#include "summarypage.h"
#include "texts.h"

#include "tightside/gui/preferences.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace tightside::gui {

CheckFlow::CheckFlow(std::shared_ptr<const AppContext> context, Services& services, QWidget* parent)
    : QWidget(parent), m_check(new CheckSession(std::move(context), services.clock, this)),
      m_protocol(m_check->protocol()), m_services(services)
{
    setObjectName(QStringLiteral("checkFlow"));
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    m_lastCheck = new LastCheckLine(*m_check, this);
    layout->addWidget(m_lastCheck);
    m_stepper = new CheckStepper(this);
    layout->addWidget(m_stepper);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("checkPages"));
    m_stack->setAccessibleName(tr("Self-check"));
    layout->addWidget(m_stack, 1);

    // Only the first page is laid out now. Every other page is built the first time it is
    // needed (ensurePage): a stacked widget sizes itself from all its pages, hidden or not, so
    // their word-wrapped text was most of the start-up time.
    m_redFlags = new ScreeningPage(m_protocol, core::ScreeningKind::RedFlag, this);
    connect(m_redFlags, &ScreeningPage::readyChanged, this, &CheckFlow::updateNav);
    m_stack->addWidget(m_redFlags);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == 0) {
            m_lastCheck->refresh();
        } else {
            m_lastCheck->hide();
        }
    });
    for (int index = 1; index <= pageIndex(Page::Summary, 0); ++index) {
        m_stack->addWidget(makeHolder());
    }
    for (std::size_t group = 0; group < m_protocol.groups.size(); ++group) {
        m_stack->widget(pageIndex(Page::Group, group))
            ->setObjectName(QStringLiteral("pageGroup_") +
                            qs(core::regionId(m_protocol.groups[group].region)));
    }
    m_groups.assign(m_protocol.groups.size(), nullptr);

    m_nav = new CheckNav(this);
    layout->addWidget(m_nav);

    connect(m_nav, &CheckNav::backClicked, this, &CheckFlow::back);
    connect(m_nav, &CheckNav::nextClicked, this, &CheckFlow::next);
    show(Page::RedFlags);
}

void CheckFlow::showEvent(QShowEvent* event)
{
    // The check begins when its first page is on screen (not while the welcome is read).
    m_check->begin(m_services.clock.wallNow());
    QWidget::showEvent(event);
}

void CheckFlow::keyPressEvent(QKeyEvent* event)
{
    // Enter goes on from any page that did not use the key itself (a focused button clicks).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_nav->nextShown() &&
        event->modifiers() == Qt::NoModifier) {
        next();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

const core::Plan& CheckFlow::plan() const
{
    return m_check->plan();
}

const core::Session& CheckFlow::session() const
{
    return m_check->session();
}

core::Answers CheckFlow::answers() const
{
    core::Answers answers;
    answers.redFlags = m_redFlags->ticked();
    // A page not yet shown holds its defaults: no precautions, no pain given, no flare-up, no
    // time limit, no ratings.
    if (m_precautions != nullptr) {
        answers.precautions = m_precautions->ticked();
    }
    if (m_pain != nullptr) {
        answers.painNow = m_pain->painNow();
        answers.acuteFlareUp = m_pain->flareUp();
    }
    if (m_minutes != nullptr) {
        answers.minutes = m_minutes->minutes();
    }
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i] != nullptr) {
            if (const auto rating = m_groups[i]->rating()) {
                answers.setRating(m_protocol.groups[i].region, *rating);
            }
            if (auto measure = m_groups[i]->measure()) {
                answers.measures.at(core::indexOf(m_protocol.groups[i].region)) =
                    std::move(*measure);
            }
        }
    }
    return answers;
}

bool CheckFlow::hasUnsavedWork() const
{
    if (m_check->unsaved()) {
        return true;
    }
    switch (page()) {
    case Page::Precautions:
    case Page::Pain:
    case Page::Activities:
    case Page::Group:
    case Page::Minutes:
    case Page::Plan:
        return true;
    case Page::RedFlags:
        return !m_redFlags->ticked().empty();
    case Page::SeekCare:
    case Page::Player:
    case Page::Recheck:
    case Page::Summary:
        return false;
    }
    return false;
}

void CheckFlow::show(Page page, std::size_t groupIndex)
{
    QWidget* current = ensurePage(page, groupIndex);
    m_groupIndex = groupIndex;
    if (page != Page::Recheck && m_routineDone != nullptr) {
        m_routineDone->hide();
    }
    m_stack->setCurrentIndex(pageIndex(page, groupIndex));
    updateNav();
    if (page == Page::Group) {
        m_groups.at(groupIndex)->focusInput();
    } else if (page == Page::Player) {
        m_player->setFocus();
    } else {
        focusFirstIn(current);
    }
    if (m_routineShown != (page == Page::Player)) {
        m_routineShown = page == Page::Player;
        emit routineShown(m_routineShown);
    }
}

bool CheckFlow::pageReady() const
{
    switch (page()) {
    case Page::RedFlags:
        return m_redFlags->ready();
    case Page::Pain:
        return m_pain != nullptr && m_pain->answered();
    case Page::Group:
        return m_groups.at(m_groupIndex) != nullptr && m_groups.at(m_groupIndex)->answered();
    case Page::Recheck:
        return m_recheck != nullptr && m_recheck->answered();
    case Page::Activities:
        return m_activities != nullptr && m_activities->ready();
    default:
        return true;
    }
}

QString CheckFlow::notReadyHint() const
{
    if (pageReady()) {
        return {};
    }
    switch (page()) {
    case Page::RedFlags:
        return m_redFlags->notReadyHint();
    case Page::Group:
        return tr("Group %1 of %2. Rate both sides from 0 to 10 to go on.")
            .arg(m_groupIndex + 1)
            .arg(m_protocol.groups.size());
    case Page::Recheck:
        return tr("Rate both sides of each group and your pain now to save.");
    case Page::Activities:
        return m_activities->notReadyHint();
    default:
        return tr("Give a number from 0 to 10 to go on.");
    }
}

void CheckFlow::updateNav()
{
    const Page current = page();
    m_nav->show({current, m_check->plan().status == core::PlanStatus::Routine, notReadyHint()});
    m_stepper->setVisible(current != Page::SeekCare && current != Page::Player);
    m_stepper->showStep(CheckStepper::stepOf(current), m_groupIndex, m_protocol.groups.size());
}

void CheckFlow::next()
{
    if (!pageReady()) {
        return; // Enter, or a call, cannot pass what the disabled Next does not
    }
    switch (page()) {
    case Page::RedFlags: {
        const core::Answers current = answers();
        if (!current.redFlags.empty()) {
            ensurePage(Page::SeekCare);
            // Kept in the history before anything else: the person and a clinician can see
            // later that the app sent them to a doctor today. A failed save is said and does
            // not hold the advice back.
            const QString error = m_check->stopAtScreening(current, m_services.clock.wallNow());
            if (error.isEmpty()) {
                emit stopKept(QString::fromStdString(m_check->stoppedId()));
            } else {
                emit saveFailed(tr("This stop could not be kept in your history: %1 The advice "
                                   "below still holds; check the data folder in Settings.")
                                    .arg(error));
            }
            m_seekCare->showPlan(m_check->screen(current));
            m_seekCare->showAnswers(m_protocol, current.redFlags);
            show(Page::SeekCare);
        } else {
            show(Page::Precautions);
        }
        break;
    }
    case Page::SeekCare:
        break;
    case Page::Precautions:
        show(Page::Pain);
        break;
    case Page::Pain:
        showAfterPain();
        break;
    case Page::Activities:
        show(Page::Group, 0);
        break;
    case Page::Group:
        if (m_groupIndex + 1 < m_protocol.groups.size()) {
            show(Page::Group, m_groupIndex + 1);
        } else {
            show(Page::Minutes);
        }
        break;
    case Page::Minutes: {
        const core::Answers current = answers();
        // Settings' step length goes into the engine.
        m_check->makePlan(current, m_services.preferences.planOptions());
        ensurePage(Page::Plan);
        m_planPage->showPlan(m_check->plan());
        show(Page::Plan);
        break;
    }
    case Page::Plan:
        startRoutine();
        break;
    case Page::Player:
        break;
    case Page::Recheck:
        save();
        break;
    case Page::Summary:
        emit newCheckRequested();
        break;
    }
}

void CheckFlow::back()
{
    switch (page()) {
    case Page::SeekCare:
    case Page::Precautions:
        show(Page::RedFlags);
        break;
    case Page::Pain:
        show(Page::Precautions);
        break;
    case Page::Activities:
        show(Page::Pain);
        break;
    case Page::Group:
        if (m_groupIndex == 0) {
            show(m_activitiesDue.value_or(false) ? Page::Activities : Page::Pain);
        } else {
            show(Page::Group, m_groupIndex - 1);
        }
        break;
    case Page::Minutes:
        show(Page::Group, m_protocol.groups.size() - 1);
        break;
    case Page::Plan:
        show(Page::Minutes);
        break;
    default:
        break;
    }
}

void CheckFlow::showAfterPain()
{
    if (!m_activitiesDue) {
        const CheckSession::ActivitiesQuestion question = m_check->activitiesQuestion(
            m_services.clock.wallNow(),
            core::parseIsoUtc(m_services.preferences.activitiesSkipped.get().toStdString()));
        m_activitiesDue = question.due;
        if (question.due) {
            ensurePage(Page::Activities);
            m_activities->offer(question.previous);
        }
    }
    show(*m_activitiesDue ? Page::Activities : Page::Group, 0);
}

void CheckFlow::startRoutine()
{
    m_check->setActivities(m_activities != nullptr ? m_activities->activities()
                                                   : std::vector<core::Activity>{});
    std::map<core::Region, std::map<core::Side, std::vector<core::PhotoPoint>>> points;
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i] != nullptr) {
            if (auto sides = m_groups[i]->measurePoints(); !sides.empty()) {
                points[m_protocol.groups[i].region] = std::move(sides);
            }
        }
    }
    m_check->setMeasurePoints(std::move(points));
    std::map<core::Region, std::map<core::Side, QImage>> photos;
    for (std::size_t i = 0; m_services.preferences.keepPhotos() && i < m_groups.size(); ++i) {
        if (m_groups[i] != nullptr && m_groups[i]->measure()) {
            for (const core::Side side : {core::Side::Left, core::Side::Right}) {
                if (QImage photo = m_groups[i]->measurePhoto(side); !photo.isNull()) {
                    photos[m_protocol.groups[i].region][side] = std::move(photo);
                }
            }
        }
    }
    m_check->setPhotos(std::move(photos));
    const QString error = m_check->start(answers(), m_services.clock.wallNow());
    if (m_check->plan().steps.empty()) {
        showRecheck();
        return;
    }
    if (!error.isEmpty()) {
        emit saveFailed(tr("Your progress could not be saved: %1 The routine goes on; check the "
                           "data folder in Settings.")
                            .arg(error));
    }
    show(Page::Player);
    m_player->start(m_check->plan().steps);
}

void CheckFlow::saveProgress()
{
    const core::Routine* routine = m_player != nullptr ? m_player->routine() : nullptr;
    if (routine == nullptr) {
        return;
    }
    const QString error = m_check->saveProgress(*routine);
    if (!error.isEmpty()) {
        emit saveFailed(tr("Your progress could not be saved: %1 The routine goes on; check the "
                           "data folder in Settings.")
                            .arg(error));
    }
}

void CheckFlow::showRecheck()
{
    ensurePage(Page::Recheck);
    m_recheck->prepare(*m_check);
    show(Page::Recheck);
    // The routine's end, marked (issue 26): the player has just said it; the re-check page
    // opens under a green "Routine done" that says what comes now. Not when there was no
    // routine, and not for a session finished later from the start page.
    const core::Routine* routine = m_player != nullptr ? m_player->routine() : nullptr;
    if (routine != nullptr && routine->phase() == core::RoutinePhase::Finished) {
        showRoutineDone();
    }
}

void CheckFlow::showRoutineDone()
{
    if (m_routineDone == nullptr) {
        auto* card = new style::Card(this, style::Tone::Progress);
        card->setObjectName(QStringLiteral("routineDone"));
        auto* row = new QHBoxLayout(card);
        row->setContentsMargins(style::space::l, style::space::s, style::space::l, style::space::s);
        // One line where it fits: the re-check below needs the room at 1024x600.
        QLabel* words = makeLabel(
            tr("<b>Routine done.</b> Well done. Now rate both sides of each group you released "
               "again, set up as before, to see whether the gap shrank."),
            card, QStringLiteral("routineDoneText"));
        words->setTextFormat(Qt::RichText);
        row->addWidget(words, 1);
        card->setAccessibleName(tr("Routine done"));
        m_routineDone = card;
        // Between the stepper and the page, on screen and for a screen reader.
        m_layout->insertWidget(m_layout->indexOf(m_stack), card);
        card->stackUnder(m_stack);
    }
    m_routineDone->show();
    QAccessibleEvent event(m_routineDone, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void CheckFlow::save()
{
    m_check->setRecheckMeasures(m_recheck->measuresAfter());
    const QString error = m_check->finish(m_recheck->recheck(), m_recheck->painAfter(),
                                          m_recheck->notes(), m_services.clock.wallNow());
    if (!error.isEmpty()) {
        emit saveFailed(tr("The session could not be saved: %1 Your answers are still here; "
                           "check the data folder in Settings and press Save again.")
                            .arg(error));
        return;
    }
    ensurePage(Page::Summary);
    m_summary->showSession(*m_check);
    show(Page::Summary);
    emit sessionSaved(QString::fromStdString(m_check->session().id));
}

void CheckFlow::resumeSession(const core::Session& session)
{
    m_check->resume(session);
    core::ResumePoint resume = m_check->resumePoint();
    ensurePage(Page::Pain);
    m_pain->setPainNow(session.answers.painNow);
    show(Page::Player);
    m_player->start(m_check->plan().steps, std::move(resume.records), resume.nextIndex);
}

void CheckFlow::finishSession(const core::Session& session)
{
    m_check->resume(session);
    showRecheck();
}

} // namespace tightside::gui
