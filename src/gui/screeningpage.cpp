#include "screeningpage.h"

#include "framedgroup.h"
#include "layouthelpers.h"
#include "questionbox.h"
#include "style.h"
#include "texts.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

#include <utility>

namespace tightside::gui {

ScreeningPage::ScreeningPage(const core::Protocol& protocol, core::ScreeningKind kind,
                             QWidget* parent)
    : QScrollArea(parent), m_redFlags(kind == core::ScreeningKind::RedFlag)
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("screeningContent"));
    auto* layout = new QVBoxLayout(content);
    const QString title =
        m_redFlags ? tr("First, a few safety questions") : tr("Things that change how you release");
    layout->addWidget(heading(title, content));
    makeScrolling(this, content, m_redFlags ? tr("Safety questions") : title);
    if (!m_redFlags) {
        m_standing = makeLabel(tr("Last time you ticked the ones below. Are they still true? "
                                  "Untick any that no longer applies."),
                               content);
        m_standing->setObjectName(QStringLiteral("standingPrecautions"));
        m_standing->hide();
        layout->addWidget(m_standing);
    }
    layout->addWidget(makeLabel(
        m_redFlags ? tr("Tick anything that is true for you now. Some answers mean a doctor "
                        "should see you before any release; the app will say so. Next is "
                        "there once you have been through the whole list.")
                   : tr("Tick anything that applies. The plan will use lighter pressure, "
                        "shorter holds or leave a place out, and say why."),
        content));
    const auto addQuestion = [this](const core::ScreeningQuestion& question, QWidget* owner,
                                    QVBoxLayout* into) {
        auto* box = new QuestionBox(qs(question.question), owner);
        box->setObjectName(QStringLiteral("question_") + qs(question.id));
        box->setAccessibleDescription(tr("Tick for yes. Leave empty for no."));
        into->addWidget(box);
        m_boxes[question.id] = box;
        connect(box, &QAbstractButton::toggled, this, &ScreeningPage::ticksChanged);
    };
    if (!m_redFlags) {
        for (const auto& question : protocol.screening) {
            if (question.kind == kind) {
                addQuestion(question, content, layout);
            }
        }
    } else {
        // The protocol says how soon each sign needs a doctor: the two groups follow it.
        for (const core::Urgency urgency : {core::Urgency::Today, core::Urgency::Soon}) {
            const bool today = urgency == core::Urgency::Today;
            const QString name = today ? tr("Needs a doctor today") : tr("Needs a doctor soon");
            // A real section header above each group, in its tone (docs/design.md); the group
            // box itself carries the name for a screen reader.
            QLabel* header = makeLabel(name, content,
                                       today ? QStringLiteral("redFlagsTodayHeader")
                                             : QStringLiteral("redFlagsSoonHeader"));
            style::setType(header, style::Type::Heading);
            (today ? m_todayHeader : m_soonHeader) = header;
            layout->addSpacing(style::space::s);
            layout->addWidget(header);
            auto* group = new FramedGroup(QString(), content);
            group->setAccessibleName(name);
            group->setObjectName(today ? QStringLiteral("redFlagsToday")
                                       : QStringLiteral("redFlagsSoon"));
            auto* groupLayout = new QVBoxLayout(group);
            for (const auto& question : protocol.screening) {
                if (question.kind == kind && question.urgency == urgency) {
                    addQuestion(question, group, groupLayout);
                }
            }
            layout->addWidget(group);
        }
        m_none = new QCheckBox(tr("N&one of these is true for me"), content);
        m_none->setObjectName(QStringLiteral("noneOfThese"));
        m_none->setAccessibleDescription(
            tr("Tick when no question above is true for you now. Ticking a question clears it."));
        layout->addWidget(m_none);
        connect(m_none, &QCheckBox::toggled, this, &ScreeningPage::ticksChanged);
        connect(verticalScrollBar(), &QScrollBar::rangeChanged, this,
                &ScreeningPage::noteWhatIsSeen);
    }
    layout->addStretch();
    setObjectName(m_redFlags ? QStringLiteral("pageRedFlags") : QStringLiteral("pagePrecautions"));
    m_wasReady = ready();
    refreshColours();
}

void ScreeningPage::changeEvent(QEvent* event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        refreshColours();
    }
}

void ScreeningPage::refreshColours()
{
    for (const auto& [header, tone] : {std::pair{m_todayHeader, style::Tone::Safety},
                                       std::pair{m_soonHeader, style::Tone::Caution}}) {
        if (header != nullptr) {
            QPalette colours = header->palette();
            colours.setColor(QPalette::WindowText, style::ink(tone, palette()));
            header->setPalette(colours);
        }
    }
}

void ScreeningPage::offerStanding(const std::vector<std::string>& ids)
{
    if (m_redFlags) {
        return; // a red flag is asked afresh every time
    }
    bool any = false;
    for (const std::string& id : ids) {
        if (const auto it = m_boxes.find(id); it != m_boxes.end()) {
            it->second->setChecked(true);
            any = true;
        }
    }
    m_standing->setVisible(any);
}

std::vector<std::string> ScreeningPage::ticked() const
{
    std::vector<std::string> ids;
    for (const auto& [id, box] : m_boxes) {
        if (box->isChecked()) {
            ids.push_back(id);
        }
    }
    return ids;
}

bool ScreeningPage::ready() const
{
    return !m_redFlags || m_seenToEnd || (m_none != nullptr && m_none->isChecked());
}

QString ScreeningPage::notReadyHint() const
{
    return ready() ? QString()
                   : tr("Go through the whole list first: scroll or Tab to its end, or tick "
                        "\"None of these is true for me\".");
}

QSize ScreeningPage::sizeHint() const
{
    // Every question is a word-wrapped box: asking the content for its hint shaped each of
    // them at a width no one sees, a fifth of the layout work at start-up. The list is always
    // longer than the cap, and at least as wide.
    const int line = fontMetrics().height();
    return {36 * line, 24 * line};
}

void ScreeningPage::scrollContentsBy(int dx, int dy)
{
    QScrollArea::scrollContentsBy(dx, dy);
    noteWhatIsSeen();
}

void ScreeningPage::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    noteWhatIsSeen();
}

void ScreeningPage::showEvent(QShowEvent* event)
{
    QScrollArea::showEvent(event);
    noteWhatIsSeen();
}

void ScreeningPage::noteWhatIsSeen()
{
    if (!m_redFlags || m_seenToEnd) {
        return;
    }
    // The end of the list is seen when the last box ("None of these") is wholly in view, or
    // the list has been scrolled to its end. Only a list on screen counts.
    const QScrollBar* bar = verticalScrollBar();
    const QRect last(m_none->mapTo(viewport(), QPoint(0, 0)), m_none->size());
    const bool atEnd = bar->maximum() > 0 && bar->value() >= bar->maximum();
    // Before the first layout every box sits at the top: that is not the list seen.
    const bool laidOut = m_none->y() > 0;
    if (atEnd || (isVisible() && laidOut && viewport()->rect().contains(last))) {
        m_seenToEnd = true;
        ticksChanged();
    }
}

void ScreeningPage::ticksChanged()
{
    if (m_none != nullptr) {
        // A Yes and "None of these" cannot both stand: a Yes clears it, and it cannot be
        // ticked while a Yes is.
        const bool anyYes = !ticked().empty();
        if (anyYes && m_none->isChecked()) {
            const QSignalBlocker blocker(m_none);
            m_none->setChecked(false);
        }
        m_none->setEnabled(!anyYes);
    }
    if (ready() != m_wasReady) {
        m_wasReady = ready();
        emit readyChanged();
    }
}

} // namespace tightside::gui
