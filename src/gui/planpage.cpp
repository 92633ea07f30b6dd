#include "planpage.h"

#include "bodymap.h"
#include "cardparts.h"
#include "layouthelpers.h"
#include "style.h"
#include "svgview.h"
#include "texts.h"

#include "tightside/core/progress.h"
#include "tightside/core/routine.h"
#include "tightside/report/handout.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/text/planwords.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <map>

namespace tightside::gui {
namespace {

// The lead-in the player runs before each hold (core::RoutineTimings, the one place it is set).
int leadInSeconds()
{
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(core::RoutineTimings{}.leadIn).count());
}

// A sentence for a person: the method's rule ids ("(M2)", "(M2, M6)") are left out; the
// "rules" switch shows them, from the plan's data, where they belong.
QString plainWords(const std::string& sentence)
{
    static const QRegularExpression ruleIds(QStringLiteral("\\s*\\((M\\d+)(,\\s*M\\d+)*\\)"));
    return qs(sentence).remove(ruleIds);
}

// The object name of every line that "Show the rules behind this plan" shows and hides.
const QString kRulesName = QStringLiteral("planRules");

// Each rule in plain words beside its id (text::ruleText), one line.
QString ruleLine(const std::vector<std::string>& ids)
{
    QStringList list;
    for (const std::string& id : ids) {
        list << text::ruleText(id);
    }
    return list.isEmpty() ? QString()
                          : PlanPage::tr("Rules: %1").arg(list.join(QStringLiteral("; ")));
}

QLabel* rulesLabel(const QString& text, QWidget* parent)
{
    auto* label = makeLabel(text, parent, kRulesName);
    QFont font = style::font(style::Type::Caption, label->font());
    font.setItalic(true);
    label->setFont(font);
    label->setVisible(false);
    return label;
}

QLabel* cardHeading(const QString& text, QWidget* parent, const QString& name = {})
{
    auto* label = makeLabel(text, parent, name);
    style::setType(label, style::Type::Heading);
    return label;
}

style::Card* newCard(QWidget* parent, const QString& name)
{
    auto* card = new style::Card(parent);
    card->setObjectName(name);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return card;
}

// The plan's sentences, each where it belongs on the page. The notices are the facts behind
// the messages, in the same order (core::Plan); a plan read from an old session file has
// messages only, and they are all shown as notes.
struct Sorted
{
    QStringList essentials; // release only the named side; pain stops it
    QStringList notes;      // everything else the person must see
    QString deferred;
    QString never;
    const core::Notice* neverNotice = nullptr;
    std::map<core::Region, QStringList> byGroup; // a step's own notices, behind its "why"
};

Sorted sortMessages(const core::Plan& plan)
{
    Sorted out;
    const bool facts = plan.notices.size() == plan.messages.size();
    for (std::size_t i = 0; i < plan.messages.size(); ++i) {
        const QString words = plainWords(plan.messages[i]);
        if (!facts) {
            out.notes << words;
            continue;
        }
        const core::Notice& notice = plan.notices[i];
        const auto hasStep = [&plan](core::Region group) {
            return std::any_of(plan.steps.begin(), plan.steps.end(),
                               [group](const core::Step& step) { return step.group == group; });
        };
        switch (notice.kind) {
        case core::NoticeKind::ReleaseOneSide:
        case core::NoticeKind::PainRises:
            out.essentials << words;
            break;
        case core::NoticeKind::Deferred:
            out.deferred = words;
            break;
        case core::NoticeKind::Never:
            out.never = words;
            out.neverNotice = &notice;
            break;
        case core::NoticeKind::MeasureDisagrees:
            if (!notice.groups.empty() && hasStep(notice.groups.front())) {
                out.byGroup[notice.groups.front()] << words;
            } else {
                out.notes << words;
            }
            break;
        default:
            out.notes << words;
            break;
        }
    }
    return out;
}

} // namespace

QString PlanPage::holdText(int seconds)
{
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (minutes == 0) {
        return tr("%1 s", "a hold in seconds; s is the SI symbol").arg(rest);
    }
    if (rest == 0) {
        return tr("%1 min", "a hold in whole minutes").arg(minutes);
    }
    return tr("%1 min %2 s", "a hold in minutes and seconds").arg(minutes).arg(rest);
}

PlanPage::PlanPage(const core::Protocol& protocol, QWidget* parent)
    : QWidget(parent), m_protocol(protocol)
{
    setObjectName(QStringLiteral("pagePlan"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(style::space::s);
    layout->addWidget(heading(tr("Your plan for today"), this));
    // The cards scroll, so the page fits a 1024x600 window whatever the plan holds.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("planContent"));
    m_scroll = scrolled(m_content, this, tr("Your plan"));
    m_scroll->setObjectName(QStringLiteral("planScroll"));
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleDescription(
        tr("One card per step in order, with the side, the hold and your ratings, then what is "
           "balanced and what is never worked on. Page Up and Page Down scroll."));
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, style::space::s, 0);
    content->setSpacing(style::space::m);
    m_lines = new QVBoxLayout;
    m_lines->setSpacing(style::space::xs);
    content->addLayout(m_lines);
    m_grid = new QGridLayout;
    m_grid->setSpacing(style::space::m);
    content->addLayout(m_grid);
    content->addStretch(1);
    layout->addWidget(m_scroll, 1);

    auto* row = new QHBoxLayout;
    m_showRules = new QCheckBox(tr("Show the &rules behind this plan"), this);
    m_showRules->setObjectName(QStringLiteral("planShowRules"));
    m_showRules->setAccessibleDescription(
        tr("Adds the method's rules for each step, each in plain words, and why each place is "
           "never worked on."));
    connect(m_showRules, &QCheckBox::toggled, this, &PlanPage::showRules);
    row->addWidget(m_showRules);
    row->addStretch(1);
    m_print = new QPushButton(tr("&Print today's routine..."), this);
    m_print->setObjectName(QStringLiteral("planPrint"));
    m_print->setAccessibleName(tr("Print today's routine"));
    m_print->setAccessibleDescription(
        tr("Saves a one-page PDF of today's steps, holds and how to do them, to print for the "
           "floor."));
    row->addWidget(m_print);
    layout->addLayout(row);
    connect(m_print, &QPushButton::clicked, this, &PlanPage::printHandout);
    // Says where the handout went once it is saved (the dialog closes without a word).
    m_printStatus = makeLabel(QString(), this, QStringLiteral("planPrintStatus"));
    m_printStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_printStatus->hide();
    layout->addWidget(m_printStatus);
}

QString PlanPage::writeHandout(const QString& path) const
{
    auto pdf = report::renderHandout(m_plan, m_protocol);
    if (!pdf) {
        return pdf.error();
    }
    const auto written = store::writeFileAtomically(path, pdf.value());
    return written ? QString() : written.error();
}

void PlanPage::printHandout()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print today's routine"), folder + QStringLiteral("/tightside-routine.pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = saveHandout(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Routine not saved"), error);
    }
}

QString PlanPage::saveHandout(const QString& path)
{
    const QString error = writeHandout(path);
    if (error.isEmpty()) {
        m_printStatus->setText(tr("Today's routine is saved as %1, ready to print.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    m_printStatus->setAccessibleName(m_printStatus->text());
    m_printStatus->setVisible(error.isEmpty());
    return error;
}

void PlanPage::showPlan(const core::Plan& plan)
{
    m_plan = plan;
    m_print->setVisible(plan.status == core::PlanStatus::Routine);
    m_printStatus->hide(); // a new plan: its handout is not saved yet
    fillCards();
}

void PlanPage::showRules(bool shown)
{
    for (QLabel* label : m_content->findChildren<QLabel*>(kRulesName)) {
        label->setVisible(shown && !label->text().isEmpty());
    }
}

void PlanPage::fillCards()
{
    const core::Plan& plan = m_plan;
    for (QWidget* card : m_stepCards + m_otherCards) {
        m_grid->removeWidget(card);
        delete card;
    }
    m_stepCards.clear();
    m_otherCards.clear();
    m_columns = 0;
    while (QLayoutItem* item = m_lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Sorted words = sortMessages(plan);

    // The few lines on the whole routine: its minutes, then the plan's own essentials.
    if (plan.status == core::PlanStatus::Routine) {
        const int holds = core::totalHoldSeconds(plan.steps);
        const int all = holds + leadInSeconds() * static_cast<int>(plan.steps.size());
        const int minutes = std::max(1, (all + 59) / 60); // "about": whole minutes, up
        auto* time = makeLabel(tr("About %1 min in all: %2 of holds and a %3 lead-in before each.")
                                   .arg(minutes)
                                   .arg(holdText(holds), durationText(leadInSeconds())),
                               m_content, QStringLiteral("planTime"));
        style::setType(time, style::Type::Heading);
        m_lines->addWidget(time);
        for (const QString& line : words.essentials) {
            m_lines->addWidget(makeLabel(line, m_content, QStringLiteral("planEssential")));
        }
    } else if (plan.status == core::PlanStatus::Balanced) {
        m_lines->addWidget(
            cardHeading(tr("Nothing to release today"), m_content, QStringLiteral("planStatus")));
    }
    for (const QString& line : words.notes) {
        m_lines->addWidget(makeLabel(line, m_content, QStringLiteral("planNote")));
    }

    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const core::Step& step = plan.steps[i];
        const auto own = words.byGroup.find(step.group);
        m_stepCards << makeStepCard(i, step,
                                    own == words.byGroup.end() ? QStringList() : own->second);
    }
    if (!plan.balanced.empty()) {
        m_otherCards << makeBalancedCard();
    }
    if (!plan.deferred.empty()) {
        m_otherCards << makeDeferredCard(words.deferred);
    }
    m_otherCards << makeNeverCard(words.never);
    if (words.neverNotice != nullptr) {
        m_otherCards.last()->layout()->addWidget(
            rulesLabel(ruleLine(words.neverNotice->rules), m_otherCards.last()));
    }
    showRules(m_showRules->isChecked());
    arrangeCards();
}

QWidget* PlanPage::makeStepCard(std::size_t index, const core::Step& step, const QStringList& notes)
{
    auto* card = newCard(m_content, QStringLiteral("planStepCard"));
    const QString title = stepTitle(m_protocol, step);
    const QString hold = holdText(step.seconds);
    card->setAccessibleName(
        tr("Step %1: %2, %3", "step number, side and group, hold").arg(index + 1).arg(title, hold));
    auto* row = new QHBoxLayout(card);
    row->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::m);
    row->setSpacing(style::space::m);
    // The body map of this step, large enough to see which side is lit.
    auto* map = new SvgView(card);
    map->setObjectName(QStringLiteral("planStepMap"));
    showBodyMap(map, step.group, step.side, groupName(m_protocol, step.group));
    map->setAccessibleName(tr("Step %1 body map: %2")
                               .arg(index + 1)
                               .arg(tr("%1, %2", "step title, hold").arg(title, hold)));
    const int line = fontMetrics().height();
    map->setFixedSize(line * 6, line * 13);
    row->addWidget(map, 0, Qt::AlignTop);

    auto* column = new QVBoxLayout;
    column->setSpacing(style::space::xs);
    auto* top = new QHBoxLayout;
    top->setSpacing(style::space::s);
    auto* name = cardHeading(tr("%1. %2", "step number, group")
                                 .arg(index + 1)
                                 .arg(capitalised(groupName(m_protocol, step.group))),
                             card, QStringLiteral("planStepTitle"));
    top->addWidget(name, 1);
    if (step.optional) {
        auto* optional = new style::Badge(card);
        optional->setObjectName(QStringLiteral("planStepOptional"));
        optional->setText(tr("optional"));
        top->addWidget(optional, 0, Qt::AlignTop);
    }
    auto* side = new SideBadge(step.side, card);
    side->setObjectName(QStringLiteral("planStepSide"));
    top->addWidget(side, 0, Qt::AlignTop);
    column->addLayout(top);
    const QString holdLine = step.dosage.gentle
                                 ? tr("Hold for %1, gently: discomfort no more than %2 out of 10.")
                                       .arg(hold)
                                       .arg(step.dosage.discomfortMax)
                                 : tr("Hold for %1.").arg(hold);
    column->addWidget(makeLabel(holdLine, card, QStringLiteral("planStepHold")));
    // The two ratings and the gap, once: the engine's figures (Step::why), not worked out here.
    column->addWidget(makeLabel(tr("You rated left %1, right %2: a gap of %3.")
                                    .arg(step.why.left)
                                    .arg(step.why.right)
                                    .arg(step.why.gap),
                                card, QStringLiteral("planStepRatings")));
    column->addWidget(rulesLabel(ruleLine(step.rules), card));
    auto* why = new Disclosure(tr("Why this step"), card);
    why->setObjectName(QStringLiteral("planStepWhy"));
    why->toggle()->setAccessibleDescription(
        tr("Shows or hides why step %1 is in the plan. Space opens and closes it.").arg(index + 1));
    QStringList reasons{text::reasonDetail(step, m_protocol)};
    reasons << notes;
    why->setText(reasons.join(QLatin1Char(' ')));
    column->addWidget(why);
    column->addStretch(1);
    row->addLayout(column, 1);
    return card;
}

QWidget* PlanPage::makeBalancedCard()
{
    auto* card = newCard(m_content, QStringLiteral("planBalancedCard"));
    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::m);
    column->setSpacing(style::space::xs);
    QStringList names;
    for (core::Region region : m_plan.balanced) {
        names << groupName(m_protocol, region);
    }
    const QString heading = tr("Balanced (no release needed)");
    column->addWidget(cardHeading(heading, card));
    column->addWidget(makeLabel(tr("%1: the two sides differ by less than %2.")
                                    .arg(capitalised(QLocale().createSeparatedList(names)))
                                    .arg(m_plan.threshold),
                                card, QStringLiteral("planBalanced")));
    column->addStretch(1);
    card->setAccessibleName(heading);
    return card;
}

QWidget* PlanPage::makeDeferredCard(const QString& notice)
{
    auto* card = newCard(m_content, QStringLiteral("planDeferredCard"));
    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::m);
    column->setSpacing(style::space::xs);
    const QString heading = tr("Next time (did not fit today's minutes)");
    column->addWidget(cardHeading(heading, card));
    for (const core::Step& step : m_plan.deferred) {
        column->addWidget(makeLabel(tr("%1, %2", "step title, hold")
                                        .arg(stepTitle(m_protocol, step), holdText(step.seconds)),
                                    card, QStringLiteral("planDeferred")));
    }
    if (!notice.isEmpty()) {
        column->addWidget(makeLabel(notice, card));
    }
    column->addStretch(1);
    card->setAccessibleName(heading);
    return card;
}

QWidget* PlanPage::makeNeverCard(const QString& notice)
{
    auto* card = newCard(m_content, QStringLiteral("planNeverCard"));
    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::m);
    column->setSpacing(style::space::xs);
    const QString heading = tr("Never worked on");
    column->addWidget(cardHeading(heading, card));
    auto* row = new QHBoxLayout;
    row->setSpacing(style::space::m);
    auto* never = new SvgView(card);
    never->setObjectName(QStringLiteral("planNeverMap"));
    never->setSvg(markedBodyMap(true, {}), false, QString());
    never->setHatched(neverRegionIds());
    never->setAccessibleName(tr("Body map of the never-regions"));
    never->setAccessibleDescription(neverMapLine());
    const int line = fontMetrics().height();
    never->setFixedSize(line * 6, line * 13);
    row->addWidget(never, 0, Qt::AlignTop);
    auto* words = new QVBoxLayout;
    words->setSpacing(style::space::xs);
    words->addWidget(makeLabel(tr("%1 %2").arg(neverMapLine(), viewSideHint(true)), card,
                               QStringLiteral("planNeverLine")));
    // The reasons, place by place, with the rules.
    QStringList reasons;
    for (core::Region region : m_plan.never) {
        reasons << tr("%1: %2", "a place never worked on: why")
                       .arg(capitalised(regionWords(region)), qs(m_protocol.neverWhy(region)));
    }
    words->addWidget(rulesLabel(reasons.join(QLatin1Char('\n')), card));
    if (!notice.isEmpty()) {
        auto* why = new Disclosure(tr("Why they are left alone"), card);
        why->setObjectName(QStringLiteral("planNeverWhy"));
        why->setText(notice);
        words->addWidget(why);
    }
    words->addStretch(1);
    row->addLayout(words, 1);
    column->addLayout(row);
    card->setAccessibleName(heading);
    return card;
}

void PlanPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

void PlanPage::arrangeCards()
{
    // As many columns as cards of a comfortable reading width fit (one to three), and no more
    // than there are cards in a row to fill them.
    const int comfortable = fontMetrics().averageCharWidth() * 52;
    const auto most = std::max({m_stepCards.size(), m_otherCards.size(), qsizetype{1}});
    const int columns = std::clamp(width() / std::max(1, comfortable), 1,
                                   static_cast<int>(std::min<qsizetype>(3, most)));
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (QWidget* card : m_stepCards + m_otherCards) {
        m_grid->removeWidget(card);
    }
    for (int column = 0; column < 3; ++column) {
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    }
    int cell = 0;
    for (QWidget* card : m_stepCards) {
        m_grid->addWidget(card, cell / columns, cell % columns);
        ++cell;
    }
    // The small cards start a row of their own.
    cell = (cell + columns - 1) / columns * columns;
    // Each small card as tall as its words, not stretched to its neighbour's map.
    for (QWidget* card : m_otherCards) {
        m_grid->addWidget(card, cell / columns, cell % columns, Qt::AlignTop);
        ++cell;
    }
}

} // namespace tightside::gui
