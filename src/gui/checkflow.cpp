#include "checkflow.h"

#include "player.h"
#include "texts.h"
#include "widgets.h"

#include "tightside/core/rulesengine.h"
#include "tightside/store/sessionstore.h"
#include "tightside/text/planwords.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>

namespace tightside::gui {
namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = makeLabel(text, parent, QStringLiteral("pageHeading"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

// A page that scrolls when large text makes it taller than the window. The area itself is a
// Tab stop (arrow keys scroll it), so it carries the page's name. Make the area before filling
// `content`: an area sizes its widget at once, and laying out a full page of wrapped text at
// the area's first, tiny width was a large share of start-up.
QScrollArea* scrolled(QWidget* content, QWidget* parent, const QString& name = {})
{
    auto* area = new QScrollArea(parent);
    if (!name.isEmpty()) {
        area->setAccessibleName(name);
        area->setAccessibleDescription(
            QStringLiteral("The page. If it is taller than the window, the arrow keys scroll it."));
    }
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

// A yes/no question as a check box "Yes" with the question beside it; the box's accessible
// name is the question, so a screen reader reads the question with the box.
QCheckBox* questionRow(const QString& question, QVBoxLayout* layout, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    auto* box = new QCheckBox(QStringLiteral("Yes"), parent);
    box->setAccessibleName(question);
    box->setAccessibleDescription(QStringLiteral("Tick for yes. Leave empty for no."));
    auto* label = makeLabel(question, parent);
    label->setBuddy(box);
    row->addWidget(box, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    layout->addLayout(row);
    return box;
}

} // namespace

CheckFlow::CheckFlow(const core::Protocol& protocol, Services& services, store::SessionStore& store,
                     QWidget* parent)
    : QWidget(parent), m_protocol(protocol), m_services(services), m_store(store)
{
    setObjectName(QStringLiteral("checkFlow"));
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("checkPages"));
    layout->addWidget(m_stack, 1);

    // Only the first page is laid out now. Every other page is built the first time it is
    // needed (ensurePage): a stacked widget sizes itself from all its pages, hidden or not, so
    // their word-wrapped text was most of the start-up time.
    m_stack->addWidget(buildRedFlags());
    for (int index = 1; index <= pageIndex(Page::Summary, 0); ++index) {
        m_stack->addWidget(makeHolder());
    }
    for (std::size_t group = 0; group < m_protocol.groups.size(); ++group) {
        m_stack->widget(pageIndex(Page::Group, group))
            ->setObjectName(QStringLiteral("pageGroup_") +
                            qs(core::regionId(m_protocol.groups[group].region)));
    }
    m_groupPairs.assign(m_protocol.groups.size(), nullptr);
    m_groupDone.assign(m_protocol.groups.size(), nullptr);

    auto* nav = new QHBoxLayout;
    m_back = new QPushButton(QStringLiteral("< &Back"), this);
    m_back->setObjectName(QStringLiteral("navBack"));
    m_back->setAccessibleName(QStringLiteral("Back"));
    m_back->setAccessibleDescription(
        QStringLiteral("Goes to the page before. Your answers are kept."));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("navWhere"));
    m_where->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(QStringLiteral("&Next >"), this);
    m_next->setObjectName(QStringLiteral("navNext"));
    m_next->setDefault(true);
    for (QPushButton* button : {m_back, m_next}) {
        button->setMinimumHeight(36);
        button->setMinimumWidth(140);
    }
    nav->addWidget(m_back);
    nav->addWidget(m_where, 1);
    nav->addWidget(m_next);
    layout->addLayout(nav);

    connect(m_back, &QPushButton::clicked, this, &CheckFlow::back);
    connect(m_next, &QPushButton::clicked, this, &CheckFlow::next);
    show(Page::RedFlags);
}

int CheckFlow::pageIndex(Page page, std::size_t groupIndex) const
{
    const int groups = static_cast<int>(m_protocol.groups.size());
    switch (page) {
    case Page::RedFlags:
        return 0;
    case Page::SeekCare:
        return 1;
    case Page::Precautions:
        return 2;
    case Page::Pain:
        return 3;
    case Page::Group:
        return 4 + static_cast<int>(groupIndex);
    case Page::Minutes:
        return 4 + groups;
    case Page::Plan:
        return 5 + groups;
    case Page::Player:
        return 6 + groups;
    case Page::Recheck:
        return 7 + groups;
    case Page::Summary:
        return 8 + groups;
    }
    return 0;
}

void CheckFlow::keyPressEvent(QKeyEvent* event)
{
    // Enter goes on from any page that did not use the key itself (a focused button clicks).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_next->isVisible() &&
        event->modifiers() == Qt::NoModifier) {
        next();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

CheckFlow::Page CheckFlow::page() const
{
    const int index = m_stack->currentIndex();
    const int groups = static_cast<int>(m_protocol.groups.size());
    if (index < 4) {
        return static_cast<Page>(index);
    }
    if (index < 4 + groups) {
        return Page::Group;
    }
    return static_cast<Page>(index - groups + 1);
}

QWidget* CheckFlow::buildRedFlags()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(heading(QStringLiteral("First, a few safety questions"), content));
    auto* page = scrolled(content, this, QStringLiteral("Safety questions"));
    layout->addWidget(makeLabel(
        QStringLiteral("Tick Yes for anything that is true for you now. Some answers mean a "
                       "doctor should see you before any release; the app will say so."),
        content));
    for (const auto& question : m_protocol.screening) {
        if (question.kind == core::ScreeningKind::RedFlag) {
            m_flagBoxes[question.id] = questionRow(qs(question.question), layout, content);
        }
    }
    layout->addStretch();
    page->setObjectName(QStringLiteral("pageRedFlags"));
    return page;
}

QWidget* CheckFlow::buildSeekCare()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("pageSeekCare"));
    auto* layout = new QVBoxLayout(page);
    m_seekCareTitle = heading(QString(), page);
    m_seekCareText = new QLabel(page);
    m_seekCareText->setObjectName(QStringLiteral("seekCareText"));
    m_seekCareText->setWordWrap(true);
    m_seekCareText->setTextFormat(Qt::RichText);
    m_seekCareText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_seekCareText->setTextInteractionFlags(Qt::TextSelectableByKeyboard |
                                            Qt::TextSelectableByMouse);
    QFont font = m_seekCareText->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_seekCareText->setFont(font);
    layout->addWidget(m_seekCareTitle);
    layout->addWidget(m_seekCareText, 1);
    auto* done = new QPushButton(QStringLiteral("Cl&ose this check"), page);
    done->setObjectName(QStringLiteral("seekCareDone"));
    done->setAccessibleDescription(QStringLiteral("Ends this check. No routine is given."));
    layout->addWidget(done, 0, Qt::AlignLeft);
    connect(done, &QPushButton::clicked, this, &CheckFlow::newCheckRequested);
    return page;
}

QWidget* CheckFlow::buildPrecautions()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(heading(QStringLiteral("Things that change how you release"), content));
    auto* page = scrolled(content, this, QStringLiteral("Things that change how you release"));
    layout->addWidget(makeLabel(
        QStringLiteral("Tick Yes for anything that applies. The plan will use lighter pressure, "
                       "shorter holds or leave a place out, and say why."),
        content));
    for (const auto& question : m_protocol.screening) {
        if (question.kind == core::ScreeningKind::Precaution) {
            m_precautionBoxes[question.id] = questionRow(qs(question.question), layout, content);
        }
    }
    layout->addStretch();
    page->setObjectName(QStringLiteral("pagePrecautions"));
    return page;
}

QWidget* CheckFlow::buildPain()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("pagePain"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(QStringLiteral("Your back pain right now"), page));
    layout->addWidget(makeLabel(
        QStringLiteral("How much does your back hurt at this moment, from 0 (no pain) to 10 "
                       "(the worst pain you can imagine)?"),
        page));
    m_painNow = new RatingInput(QStringLiteral("PAIN NOW"),
                                QStringLiteral("Back pain now, 0 none to 10 extreme"), page);
    m_painNow->setObjectName(QStringLiteral("painNow"));
    layout->addWidget(m_painNow);
    m_flareUp = new QCheckBox(
        QStringLiteral("My back flared up in the last few days (a sudden, stronger bout of pain)"),
        page);
    m_flareUp->setObjectName(QStringLiteral("flareUp"));
    m_flareUp->setAccessibleName(m_flareUp->text());
    m_flareUp->setAccessibleDescription(
        QStringLiteral("Tick for yes. The plan then uses gentler pressure and shorter holds."));
    layout->addWidget(m_flareUp);
    layout->addWidget(makeLabel(
        QStringLiteral("During a flare-up the plan still works only on the legs, with gentler "
                       "pressure and shorter holds. The hips and back are left alone on purpose."),
        page));
    layout->addStretch();
    return page;
}

QWidget* CheckFlow::buildGroup(const core::Group& group)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    const QString name = groupName(m_protocol, group.region);
    QString title = capitalised(name) + QStringLiteral(" (") + qs(group.where) + QLatin1Char(')');
    if (group.optional) {
        title += QStringLiteral(": optional");
    }
    auto* area = scrolled(page, this, title);
    layout->addWidget(heading(title, page));

    auto* row = new QHBoxLayout;
    auto* testText = new QLabel(page);
    testText->setObjectName(QStringLiteral("selfTestSteps"));
    testText->setWordWrap(true);
    testText->setTextFormat(Qt::RichText);
    testText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QString html =
        QStringLiteral("<b>Self-test: %1</b>").arg(qs(group.selfTest.name).toHtmlEscaped());
    html += numberedList(group.selfTest.steps);
    if (!group.selfTest.notice.empty()) {
        html += QStringLiteral("<b>What to compare</b>") + bulletList(group.selfTest.notice);
    }
    testText->setText(html);
    row->addWidget(testText, 3);

    auto* side = new QVBoxLayout;
    auto* pictures = new QHBoxLayout;
    auto* picture = new SvgView(page);
    picture->setObjectName(QStringLiteral("selfTestPicture"));
    picture->setSvg(
        pictureData(qs(group.selfTest.picture)), false,
        QStringLiteral("Picture of the %1 coming soon.").arg(qs(group.selfTest.name).toLower()));
    picture->setAccessibleName(QStringLiteral("Picture: ") + qs(group.selfTest.name));
    picture->setAccessibleDescription(
        QStringLiteral("A drawing of the %1 test, done on the left side. For the right side, "
                       "do the same as in a mirror.")
            .arg(qs(group.selfTest.name).toLower()));
    picture->setMinimumSize(200, 140);
    pictures->addWidget(picture, 3);

    // The body map says where, the picture says how: both sides of the group are marked until
    // the ratings show a real gap, then the tighter side is lit.
    auto* map = new SvgView(page);
    map->setObjectName(QStringLiteral("selfTestBodyMap"));
    map->setMinimumSize(80, 150);
    pictures->addWidget(map, 1);
    side->addLayout(pictures, 1);
    auto* pictureCaption = makeLabel(
        QStringLiteral("The drawing shows the left side; do the right side the same way."), page,
        QStringLiteral("selfTestCaption"));
    side->addWidget(pictureCaption);
    auto* mapCaption = makeLabel(QString(), page, QStringLiteral("selfTestMapCaption"));
    side->addWidget(mapCaption);
    if (!group.selfTest.stopSigns.empty()) {
        auto* box = new QGroupBox(QStringLiteral("STOP: nerve signs"), page);
        box->setObjectName(QStringLiteral("nerveSigns"));
        box->setStyleSheet(
            QStringLiteral("QGroupBox#nerveSigns { border: 3px solid %1; border-radius: 6px; "
                           "margin-top: 1.4em; padding: 6px; font-weight: bold; }"
                           "QGroupBox#nerveSigns::title { subcontrol-origin: margin; left: 8px; }")
                .arg(colours::alert(palette()).name()));
        auto* boxLayout = new QVBoxLayout(box);
        auto* signs = new QLabel(box);
        signs->setWordWrap(true);
        signs->setTextFormat(Qt::RichText);
        signs->setText(bulletList(group.selfTest.stopSigns));
        signs->setAccessibleName(QStringLiteral("Nerve signs: stop if you notice these"));
        boxLayout->addWidget(signs);
        side->addWidget(box);
    }
    row->addLayout(side, 2);
    layout->addLayout(row, 1);

    auto* done = new QCheckBox(QStringLiteral("I did this optional test today"), page);
    done->setObjectName(QStringLiteral("optionalDone"));
    done->setAccessibleName(QStringLiteral("I did the optional %1 test today").arg(name));
    done->setAccessibleDescription(
        QStringLiteral("Tick to rate both sides. Leave empty to skip this test today."));
    done->setVisible(group.optional);
    done->setChecked(!group.optional);
    layout->addWidget(done);

    auto* pair = new RatingPair(name + QStringLiteral(" tightness"), m_protocol.threshold, page);
    pair->setObjectName(QStringLiteral("ratingPair"));
    pair->setEnabled(!group.optional);
    layout->addWidget(pair);
    connect(done, &QCheckBox::toggled, pair, &QWidget::setEnabled);
    const core::Region region = group.region;
    const auto updateMap = [this, map, mapCaption, pair, region, name] {
        const core::Rating rating = pair->rating();
        std::optional<core::Side> tighter;
        if (std::abs(rating.left - rating.right) >= m_protocol.threshold) {
            tighter = rating.left > rating.right ? core::Side::Left : core::Side::Right;
        }
        showBodyMap(map, region, tighter, name);
        QString caption =
            tighter ? QStringLiteral("Lit: the tighter side, %1 %2.").arg(sideWord(*tighter), name)
                    : QStringLiteral("Marked: %1 on both legs.").arg(name);
        caption += QLatin1Char(' ') + viewSideHint(onBackView(region));
        if (onBackView(region)) {
            caption += QLatin1Char(' ') + neverMapLine();
        }
        mapCaption->setText(caption);
    };
    updateMap();
    connect(pair, &RatingPair::ratingChanged, this, updateMap);
    const auto index = static_cast<std::size_t>(&group - m_protocol.groups.data());
    m_groupPairs.at(index) = pair;
    m_groupDone.at(index) = done;
    area->setObjectName(QStringLiteral("pageGroup_") + qs(core::regionId(group.region)));
    return area;
}

QWidget* CheckFlow::buildMinutes()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("pageMinutes"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(QStringLiteral("Time for today (optional)"), page));
    layout->addWidget(makeLabel(
        QStringLiteral("If you are short of time, say how many minutes you have. The plan keeps "
                       "the most important steps and saves the rest for next time."),
        page));
    m_useMinutes = new QCheckBox(QStringLiteral("Limit today's releases to"), page);
    m_useMinutes->setObjectName(QStringLiteral("useMinutes"));
    m_useMinutes->setAccessibleDescription(
        QStringLiteral("Tick to set a time limit. The plan keeps the most important steps."));
    m_minutes = new QSpinBox(page);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(core::kMinMinutes, core::kMaxMinutes);
    m_minutes->setValue(10);
    m_minutes->setSuffix(QStringLiteral(" minutes"));
    m_minutes->setAccessibleName(QStringLiteral("Minutes for today"));
    m_minutes->setAccessibleDescription(
        QStringLiteral("From %1 to %2 minutes.").arg(core::kMinMinutes).arg(core::kMaxMinutes));
    if (auto* edit = m_minutes->findChild<QLineEdit*>()) {
        // The spin box's text field is what takes focus, so it carries the same words.
        edit->setAccessibleName(m_minutes->accessibleName());
        edit->setAccessibleDescription(m_minutes->accessibleDescription());
    }
    m_minutes->setEnabled(false);
    connect(m_useMinutes, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    auto* row = new QHBoxLayout;
    row->addWidget(m_useMinutes);
    row->addWidget(m_minutes);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget* CheckFlow::buildPlan()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("pagePlan"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(QStringLiteral("Your plan for today"), page));
    m_planText = new QTextBrowser(page);
    m_planText->setObjectName(QStringLiteral("planText"));
    m_planText->setAccessibleName(QStringLiteral("Your plan"));
    m_planText->setOpenLinks(false);
    m_planText->setAccessibleDescription(
        QStringLiteral("The steps in order, with the side, the time and the reason for each, "
                       "then what is balanced and what is never worked on."));
    auto* row = new QHBoxLayout;
    row->addWidget(m_planText, 3);
    // Small body maps, one per step and numbered like the steps, then the never-regions.
    m_planMaps = new QWidget;
    m_planMaps->setObjectName(QStringLiteral("planMaps"));
    new QGridLayout(m_planMaps);
    auto* maps = scrolled(m_planMaps, page);
    maps->setObjectName(QStringLiteral("planMapsArea"));
    maps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    maps->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    maps->setFocusPolicy(Qt::NoFocus);
    row->addWidget(maps, 2);
    layout->addLayout(row, 1);
    return page;
}

QWidget* CheckFlow::buildRecheck()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(heading(QStringLiteral("Check both sides again"), content));
    auto* page = scrolled(content, this, QStringLiteral("Check both sides again"));
    layout->addWidget(makeLabel(
        QStringLiteral("Do the same self-tests as before on both sides of each group you "
                       "released, and rate them again. The sliders start at your first answers."),
        content));
    m_recheckBox = new QWidget(content);
    m_recheckBox->setObjectName(QStringLiteral("recheckGroups"));
    new QVBoxLayout(m_recheckBox);
    layout->addWidget(m_recheckBox);
    m_painAfter = new RatingInput(
        QStringLiteral("PAIN NOW"),
        QStringLiteral("Back pain after the routine, 0 none to 10 extreme"), content);
    m_painAfter->setObjectName(QStringLiteral("painAfter"));
    layout->addWidget(makeLabel(QStringLiteral("How much does your back hurt now?"), content));
    layout->addWidget(m_painAfter);
    layout->addWidget(
        makeLabel(QStringLiteral("Notes (optional, stay on this computer):"), content));
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(QStringLiteral("Notes"));
    m_notes->setAccessibleDescription(
        QStringLiteral("Optional. Your notes stay on this computer. Tab moves on."));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    layout->addWidget(m_notes);
    layout->addStretch();
    page->setObjectName(QStringLiteral("pageRecheck"));
    return page;
}

QWidget* CheckFlow::buildSummary()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("pageSummary"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(QStringLiteral("Saved: your gap, before and after"), page));
    m_summaryText = new QLabel(page);
    m_summaryText->setObjectName(QStringLiteral("summaryText"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextFormat(Qt::RichText);
    m_summaryText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont font = m_summaryText->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_summaryText->setFont(font);
    layout->addWidget(m_summaryText, 1);
    auto* history = new QPushButton(QStringLiteral("&See your history"), page);
    history->setObjectName(QStringLiteral("summaryHistory"));
    history->setAccessibleDescription(
        QStringLiteral("Shows all your sessions and how the gap changes over time."));
    layout->addWidget(history, 0, Qt::AlignLeft);
    connect(history, &QPushButton::clicked, this, &CheckFlow::historyRequested);
    return page;
}

core::Answers CheckFlow::answers() const
{
    core::Answers answers;
    for (const auto& [id, box] : m_flagBoxes) {
        if (box->isChecked()) {
            answers.redFlags.push_back(id);
        }
    }
    for (const auto& [id, box] : m_precautionBoxes) {
        if (box->isChecked()) {
            answers.precautions.push_back(id);
        }
    }
    // A page not yet shown holds its defaults: no pain given, no flare-up, no time limit.
    if (m_painNow != nullptr) {
        answers.painNow = m_painNow->value();
        answers.acuteFlareUp = m_flareUp->isChecked();
    }
    if (m_useMinutes != nullptr && m_useMinutes->isChecked()) {
        answers.minutes = m_minutes->value();
    }
    for (std::size_t i = 0; i < m_protocol.groups.size(); ++i) {
        if (m_groupDone[i] != nullptr && m_groupDone[i]->isChecked()) {
            answers.setRating(m_protocol.groups[i].region, m_groupPairs[i]->rating());
        }
    }
    return answers;
}

QWidget* CheckFlow::buildPlayer()
{
    m_player = new PlayerPage(m_protocol, m_services, this);
    connect(m_player, &PlayerPage::progressChanged, this, &CheckFlow::saveProgress);
    connect(m_player, &PlayerPage::routineFinished, this, [this] {
        saveProgress();
        prepareRecheck();
        show(Page::Recheck);
    });
    return m_player;
}

QWidget* CheckFlow::ensurePage(Page page, std::size_t groupIndex)
{
    QWidget* slot = m_stack->widget(pageIndex(page, groupIndex));
    if (page == Page::RedFlags) {
        return slot;
    }
    if (QLayoutItem* built = slot->layout()->itemAt(0)) {
        return built->widget();
    }
    QWidget* built = nullptr;
    switch (page) {
    case Page::RedFlags:
        return slot;
    case Page::SeekCare:
        built = buildSeekCare();
        break;
    case Page::Precautions:
        built = buildPrecautions();
        break;
    case Page::Pain:
        built = buildPain();
        break;
    case Page::Group:
        built = buildGroup(m_protocol.groups.at(groupIndex));
        break;
    case Page::Minutes:
        built = buildMinutes();
        break;
    case Page::Plan:
        built = buildPlan();
        break;
    case Page::Player:
        built = buildPlayer();
        break;
    case Page::Recheck:
        built = buildRecheck();
        break;
    case Page::Summary:
        built = buildSummary();
        break;
    }
    fillHolder(slot, built);
    return built;
}

PlayerPage* CheckFlow::player()
{
    ensurePage(Page::Player);
    return m_player;
}

void CheckFlow::show(Page page, std::size_t groupIndex)
{
    QWidget* current = ensurePage(page, groupIndex);
    m_groupIndex = groupIndex;
    m_stack->setCurrentIndex(pageIndex(page, groupIndex));
    updateNav();
    if (page == Page::Group) {
        if (auto* pair = current->findChild<RatingPair*>()) {
            if (pair->isEnabled()) {
                pair->setFocus();
            } else if (auto* done =
                           current->findChild<QCheckBox*>(QStringLiteral("optionalDone"))) {
                done->setFocus();
            }
        }
    } else if (page == Page::Player) {
        m_player->setFocus();
    } else {
        focusFirstIn(current);
    }
}

void CheckFlow::updateNav()
{
    const Page current = page();
    const bool showBack = current != Page::RedFlags && current != Page::Player &&
                          current != Page::Recheck && current != Page::Summary;
    m_back->setVisible(showBack);
    m_next->setVisible(current != Page::SeekCare && current != Page::Player);
    m_where->setVisible(current != Page::Player);
    QString nextText = QStringLiteral("&Next >");
    switch (current) {
    case Page::Minutes:
        nextText = QStringLiteral("See my &plan >");
        break;
    case Page::Plan:
        nextText = m_plan.status == core::PlanStatus::Routine
                       ? QStringLiteral("&Start routine >")
                       : QStringLiteral("&Next: save this check >");
        break;
    case Page::Recheck:
        nextText = QStringLiteral("&Save");
        break;
    case Page::Summary:
        nextText = QStringLiteral("Start a &new check");
        break;
    default:
        break;
    }
    m_next->setText(nextText);
    m_next->setAccessibleName(
        QString(nextText).remove(QLatin1Char('&')).remove(QLatin1Char('>')).trimmed());
    m_next->setAccessibleDescription(
        current == Page::Plan && m_plan.status == core::PlanStatus::Routine
            ? QStringLiteral("Starts the routine player with step 1.")
        : current == Page::Recheck ? QStringLiteral("Saves this check to your history.")
        : current == Page::Summary ? QStringLiteral("Starts a new check from the safety questions.")
                                   : QStringLiteral("Goes to the next page. Enter does the same."));
    const int groups = static_cast<int>(m_protocol.groups.size());
    const int index = m_stack->currentIndex();
    if (current == Page::Group) {
        m_where->setText(QStringLiteral("Group %1 of %2").arg(m_groupIndex + 1).arg(groups));
    } else if (index <= pageIndex(Page::Minutes, 0)) {
        m_where->setText(QStringLiteral("Self-check"));
    } else {
        m_where->clear();
    }
}

void CheckFlow::next()
{
    switch (page()) {
    case Page::RedFlags: {
        const core::Answers current = answers();
        if (!current.redFlags.empty()) {
            core::Answers screening = current;
            for (const auto& group : m_protocol.groups) {
                if (!group.optional) {
                    screening.setRating(group.region, {0, 0});
                }
            }
            showSeekCare(text::makePlan(m_protocol, screening));
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
        show(Page::Group, 0);
        break;
    case Page::Group:
        if (m_groupIndex + 1 < m_protocol.groups.size()) {
            show(Page::Group, m_groupIndex + 1);
        } else {
            show(Page::Minutes);
        }
        break;
    case Page::Minutes:
        makePlan();
        show(Page::Plan);
        break;
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
    case Page::Group:
        if (m_groupIndex == 0) {
            show(Page::Pain);
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

void CheckFlow::showSeekCare(const core::Plan& plan)
{
    ensurePage(Page::SeekCare);
    const bool today = plan.urgency == core::Urgency::Today;
    m_seekCareTitle->setText(today ? QStringLiteral("Please get medical help today")
                                   : QStringLiteral("Please see a doctor soon"));
    m_seekCareTitle->setAccessibleName(m_seekCareTitle->text());
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(today ? QStringLiteral("One of your answers can be a sign of something "
                                                   "that needs a doctor today. This is not a "
                                                   "diagnosis, and many such signs turn out to be "
                                                   "harmless, but it is worth checking now.")
                                  : QStringLiteral("One of your answers means a doctor or "
                                                   "physiotherapist should look at your back "
                                                   "before you do any release. Please book a visit "
                                                   "in the next few days."));
    html += QStringLiteral("<p><b>What to do:</b></p><ul>");
    for (const auto& [id, box] : m_flagBoxes) {
        if (!box->isChecked()) {
            continue;
        }
        if (const auto* question = m_protocol.question(id)) {
            html += QStringLiteral("<li>%1</li>").arg(qs(question->advice).toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>Take this list of answers with you. If you ticked a box by "
                           "mistake, go back and change it.</p>");
    m_seekCareText->setText(html);
}

void CheckFlow::makePlan()
{
    // The user's step length goes into the engine, so the budget, the holds and the reasons
    // agree (M9); gentle holds are never lengthened (M7, M10).
    core::PlanOptions options;
    const int preferred =
        m_services.settings.value(QStringLiteral("routine/stepSeconds"), 0).toInt();
    if (preferred > 0) {
        options.holdSeconds = preferred;
    }
    m_plan = text::makePlan(m_protocol, answers(), options);

    QString html;
    const core::Answers current = answers();
    if (m_plan.status == core::PlanStatus::Routine) {
        int total = 0;
        html += QStringLiteral("<h3>Steps, in this order</h3><ol>");
        for (const core::Step& step : m_plan.steps) {
            total += step.seconds;
            const auto& rating = current.rating(step.group);
            QString numbers;
            if (rating) {
                numbers = QStringLiteral(": left %1, right %2, a gap of %3")
                              .arg(rating->left)
                              .arg(rating->right)
                              .arg(std::abs(rating->left - rating->right));
            }
            html +=
                QStringLiteral("<li><b>%1, %2</b>%3%4<br>%5</li>")
                    .arg(stepTitle(m_protocol, step).toHtmlEscaped(), durationText(step.seconds),
                         numbers, step.optional ? QStringLiteral(" (optional)") : QString(),
                         qs(step.reason).toHtmlEscaped());
        }
        html += QStringLiteral("</ol><p>About %1 of holds, plus a 5 s lead-in before each.</p>")
                    .arg(durationText(total));
    } else if (m_plan.status == core::PlanStatus::Balanced) {
        html += QStringLiteral("<h3>Nothing to release today</h3>");
    }
    for (const auto& message : m_plan.messages) {
        html += QStringLiteral("<p>%1</p>").arg(qs(message).toHtmlEscaped());
    }
    if (!m_plan.balanced.empty()) {
        QStringList names;
        for (core::Region region : m_plan.balanced) {
            names << groupName(m_protocol, region);
        }
        html += QStringLiteral("<h3>Balanced (no release needed)</h3><p>%1: the two sides differ "
                               "by less than %2.</p>")
                    .arg(capitalised(names.join(QStringLiteral(", "))).toHtmlEscaped())
                    .arg(m_plan.threshold);
    }
    if (!m_plan.deferred.empty()) {
        html += QStringLiteral("<h3>Next time (did not fit today's minutes)</h3><ul>");
        for (const core::Step& step : m_plan.deferred) {
            html +=
                QStringLiteral("<li>%1, %2</li>")
                    .arg(stepTitle(m_protocol, step).toHtmlEscaped(), durationText(step.seconds));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>Never on the list</h3><ul>");
    for (core::Region region : m_plan.never) {
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(capitalised(qs(core::regionName(region))).toHtmlEscaped(),
                         qs(m_protocol.neverWhy(region)).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    ensurePage(Page::Plan);
    m_planText->setHtml(html);
    fillPlanMaps();
}

void CheckFlow::fillPlanMaps()
{
    // Two equal columns: each map keeps the same size, whatever its caption.
    constexpr int kMapColumns = 2;
    auto* grid = qobject_cast<QGridLayout*>(m_planMaps->layout());
    for (int column = 0; column < kMapColumns; ++column) {
        grid->setColumnStretch(column, 1);
    }
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addMap = [this, grid](int cell, const QString& caption) {
        auto* box = new QWidget(m_planMaps);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(2, 2, 2, 2);
        auto* map = new SvgView(box);
        map->setMinimumSize(90, 170);
        boxLayout->addWidget(map, 1);
        auto* label = makeLabel(caption, box);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        boxLayout->addWidget(label);
        grid->addWidget(box, cell / kMapColumns, cell % kMapColumns);
        return map;
    };
    int cell = 0;
    if (!m_plan.steps.empty()) {
        auto* title = makeLabel(QStringLiteral("Where each step works"), m_planMaps);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        grid->addWidget(title, 0, 0, 1, kMapColumns);
        cell = kMapColumns;
    }
    for (std::size_t i = 0; i < m_plan.steps.size(); ++i) {
        const core::Step& step = m_plan.steps[i];
        // A no-break space keeps "90 s" on one line.
        const QString caption =
            QStringLiteral("%1. %2, %3")
                .arg(i + 1)
                .arg(stepTitle(m_protocol, step),
                     durationText(step.seconds).replace(QLatin1Char(' '), QChar(0x00a0)));
        SvgView* map = addMap(cell++, caption);
        map->setObjectName(QStringLiteral("planStepMap"));
        showBodyMap(map, step.group, step.side, groupName(m_protocol, step.group));
        map->setAccessibleName(QStringLiteral("Step %1 body map: %2").arg(i + 1).arg(caption));
    }
    cell = (cell + kMapColumns - 1) / kMapColumns * kMapColumns;
    auto* neverTitle = makeLabel(QStringLiteral("Never worked on"), m_planMaps);
    QFont font = neverTitle->font();
    font.setBold(true);
    neverTitle->setFont(font);
    grid->addWidget(neverTitle, cell / kMapColumns, 0, 1, kMapColumns);
    cell += kMapColumns;
    auto* never = new SvgView(m_planMaps);
    never->setObjectName(QStringLiteral("planNeverMap"));
    never->setMinimumSize(120, 220);
    never->setSvg(markedBodyMap(true, {}), false, QString());
    never->setHatched(neverRegionIds());
    never->setAccessibleName(QStringLiteral("Body map of the never-regions"));
    never->setAccessibleDescription(neverMapLine());
    grid->addWidget(never, cell / kMapColumns, 0, 1, 1);
    auto* line = makeLabel(neverMapLine() + QLatin1Char(' ') + viewSideHint(true), m_planMaps,
                           QStringLiteral("planNeverLine"));
    line->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(line, cell / kMapColumns, 1, 1, 1);
    grid->setRowStretch(cell / kMapColumns + 1, 1);
}

void CheckFlow::startRoutine()
{
    const auto now = std::chrono::system_clock::now();
    m_session = core::Session{};
    m_session.id = core::newSessionId(now, QRandomGenerator::global()->generate());
    m_session.started = core::isoUtc(now);
    m_session.protocolId = m_protocol.id;
    m_session.protocolVersion = m_protocol.version;
    m_session.answers = answers();
    m_session.plan = m_plan;
    m_sessionStarted = true;
    if (m_plan.steps.empty()) {
        prepareRecheck();
        show(Page::Recheck);
        return;
    }
    saveProgress();
    show(Page::Player);
    m_player->start(m_plan.steps);
}

void CheckFlow::syncDone()
{
    const core::Routine* routine = m_player != nullptr ? m_player->routine() : nullptr;
    if (routine == nullptr) {
        return;
    }
    m_session.done.clear();
    for (const core::StepRecord& record : routine->records()) {
        const core::Step& step = routine->steps().at(record.step);
        m_session.done.push_back(
            {step.group, step.side, step.technique, record.secondsHeld, record.outcome});
    }
}

void CheckFlow::saveProgress()
{
    if (!m_sessionStarted) {
        return;
    }
    syncDone();
    const auto result = m_store.saveProgress(m_session);
    if (!result) {
        emit saveFailed(QStringLiteral("Your progress could not be saved: %1 The routine goes "
                                       "on; check the data folder in Settings.")
                            .arg(result.error()));
    }
}

void CheckFlow::prepareRecheck()
{
    QWidget* page = ensurePage(Page::Recheck);
    auto* layout = m_recheckBox->layout();
    for (QWidget* frame : m_recheckFrames) {
        layout->removeWidget(frame);
        delete frame;
    }
    m_recheckFrames.clear();
    m_recheckPairs.clear();
    std::vector<core::Region> groups = m_session.plan.recheck;
    for (const core::DoneStep& done : m_session.done) {
        if (std::find(groups.begin(), groups.end(), done.group) == groups.end()) {
            groups.push_back(done.group);
        }
    }
    if (groups.empty()) {
        auto* label = makeLabel(
            QStringLiteral("Nothing was released today, so there is nothing to check again."),
            m_recheckBox);
        layout->addWidget(label);
        m_recheckFrames.push_back(label);
    }
    for (core::Region region : groups) {
        auto* frame = new QGroupBox(capitalised(groupName(m_protocol, region)), m_recheckBox);
        frame->setObjectName(QStringLiteral("recheck_") + qs(core::regionId(region)));
        auto* frameRow = new QHBoxLayout(frame);
        // A small body map with the side that was released lit (both sides marked when
        // nothing of the group was done), so the page says where at a glance.
        std::optional<core::Side> released;
        for (const core::DoneStep& done : m_session.done) {
            if (done.group == region) {
                released = done.side;
            }
        }
        auto* map = new SvgView(frame);
        map->setObjectName(QStringLiteral("recheckBodyMap"));
        map->setMinimumSize(70, 130);
        map->setMaximumSize(100, 180);
        showBodyMap(map, region, released, groupName(m_protocol, region));
        frameRow->addWidget(map);
        auto* frameLayout = new QVBoxLayout;
        frameRow->addLayout(frameLayout, 1);
        auto* pair =
            new RatingPair(groupName(m_protocol, region) + QStringLiteral(" tightness after"),
                           m_protocol.threshold, frame);
        pair->setObjectName(QStringLiteral("recheckPair"));
        if (const auto& before = m_session.answers.rating(region)) {
            pair->setRating(*before);
            frameLayout->addWidget(makeLabel(
                QStringLiteral("Before: left %1, right %2.").arg(before->left).arg(before->right),
                frame));
        }
        frameLayout->addWidget(pair);
        layout->addWidget(frame);
        m_recheckFrames.push_back(frame);
        m_recheckPairs.emplace_back(region, pair);
    }
    m_painAfter->setValue(m_session.answers.painNow);
    // The groups are added after the page was built: put them first in the Tab order, in the
    // order they are shown, then the pain, the notes and Save.
    std::vector<QWidget*> order{page};
    for (const auto& [region, pair] : m_recheckPairs) {
        order.push_back(pair->left()->slider());
        order.push_back(pair->right()->slider());
    }
    order.push_back(m_painAfter->slider());
    order.push_back(m_notes);
    order.push_back(m_next);
    for (std::size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order[i - 1], order[i]);
    }
}

void CheckFlow::save()
{
    m_session.finished = core::isoUtc(std::chrono::system_clock::now());
    m_session.recheck = {};
    for (const auto& [region, pair] : m_recheckPairs) {
        m_session.setRecheck(region, pair->rating());
    }
    m_session.painAfter = m_painAfter->value();
    m_session.notes = m_notes->toPlainText().toStdString();
    const auto result = m_store.finish(m_session);
    if (!result) {
        m_session.finished.reset();
        emit saveFailed(QStringLiteral("The session could not be saved: %1 Your answers are "
                                       "still here; check the data folder in Settings and press "
                                       "Save again.")
                            .arg(result.error()));
        return;
    }
    m_sessionStarted = false;

    QString html = QStringLiteral("<ul>");
    for (const auto& [region, pair] : m_recheckPairs) {
        const core::Rating after = pair->rating();
        const auto& before = m_session.answers.rating(region);
        html += QStringLiteral("<li><b>%1</b>: ").arg(capitalised(groupName(m_protocol, region)));
        if (before) {
            html += QStringLiteral("gap %1 before (left %2, right %3), ")
                        .arg(std::abs(before->left - before->right))
                        .arg(before->left)
                        .arg(before->right);
        }
        html += QStringLiteral("gap %1 now (left %2, right %3).</li>")
                    .arg(std::abs(after.left - after.right))
                    .arg(after.left)
                    .arg(after.right);
    }
    html += QStringLiteral("</ul><p>Back pain: %1 before, %2 after (out of 10).</p>")
                .arg(m_session.answers.painNow)
                .arg(*m_session.painAfter);
    int completed = 0;
    int stopped = 0;
    int skipped = 0;
    for (const auto& done : m_session.done) {
        (done.outcome == core::Outcome::Completed     ? completed
         : done.outcome == core::Outcome::StoppedPain ? stopped
                                                      : skipped)++;
    }
    html += QStringLiteral("<p>Steps: %1 completed, %2 skipped, %3 stopped for pain.</p>")
                .arg(completed)
                .arg(skipped)
                .arg(stopped);
    html += QStringLiteral("<p>A typical course takes one to six sessions. Check again in a day "
                           "or two: the gap should shrink over time.</p>");
    ensurePage(Page::Summary);
    m_summaryText->setText(html);
    show(Page::Summary);
    emit sessionSaved(QString::fromStdString(m_session.id));
}

void CheckFlow::resumeSession(const core::Session& session)
{
    m_session = session;
    m_plan = session.plan;
    m_sessionStarted = true;
    std::vector<core::StepRecord> records;
    std::size_t nextIndex = 0;
    for (const core::DoneStep& done : session.done) {
        for (std::size_t i = 0; i < m_plan.steps.size(); ++i) {
            const core::Step& step = m_plan.steps[i];
            if (step.group == done.group && step.side == done.side &&
                step.technique == done.technique) {
                records.push_back({i, done.outcome, done.seconds});
                nextIndex = std::max(nextIndex, i + 1);
                break;
            }
        }
    }
    ensurePage(Page::Pain);
    m_painNow->setValue(session.answers.painNow);
    show(Page::Player);
    m_player->start(m_plan.steps, records, nextIndex);
}

void CheckFlow::finishSession(const core::Session& session)
{
    m_session = session;
    m_plan = session.plan;
    m_sessionStarted = true;
    prepareRecheck();
    show(Page::Recheck);
}

} // namespace tightside::gui
