#include "summarypage.h"

#include "checksession.h"
#include "coursewords.h"
#include "layouthelpers.h"
#include "ratingbars.h"
#include "style.h"
#include "texts.h"

#include "tightside/core/calendar.h"
#include "tightside/core/course.h"
#include "tightside/core/gap.h"
#include "tightside/core/measure.h"
#include "tightside/core/progress.h"
#include "tightside/core/rulesengine.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/text/planwords.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace tightside::gui {
namespace {

style::Tone toneOf(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Better:
        return style::Tone::Progress;
    case core::Verdict::Worse:
        return style::Tone::Caution; // red is kept for safety (docs/design.md)
    case core::Verdict::NoClearChange:
        break;
    }
    return style::Tone::Neutral;
}

/// One re-checked group: its name, "released today" when a step released it, the session's
/// verdict for it, its ratings as bars, and its gap in words.
QWidget* groupCard(QWidget* parent, const QString& name, const std::optional<core::Rating>& before,
                   const core::Rating& after, bool released,
                   const std::optional<core::Verdict>& verdict)
{
    auto* card = new style::Card(parent);
    card->setObjectName(QStringLiteral("summaryGroupCard"));
    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::m);
    column->setSpacing(style::space::s);
    auto* top = new QHBoxLayout;
    top->setSpacing(style::space::s);
    auto* title = makeLabel(name, card, QStringLiteral("summaryGroupName"));
    style::setType(title, style::Type::Heading);
    top->addWidget(title, 1);
    QStringList said{name};
    if (released) {
        auto* badge = new style::Badge(card);
        badge->setObjectName(QStringLiteral("summaryReleased"));
        badge->setText(SummaryPage::tr("Released today"));
        top->addWidget(badge, 0, Qt::AlignTop);
        said << badge->text();
    }
    if (verdict) {
        auto* badge = new style::Badge(card, toneOf(*verdict));
        badge->setObjectName(QStringLiteral("summaryVerdict"));
        badge->setText(capitalised(verdictWords(*verdict)));
        top->addWidget(badge, 0, Qt::AlignTop);
        said << badge->text();
    }
    column->addLayout(top);
    auto* bars = new RatingBars(card);
    bars->setObjectName(QStringLiteral("summaryBars"));
    bars->setRatings(name, before, after);
    column->addWidget(bars);
    QString words;
    if (released && before && verdict) {
        words = SummaryPage::tr("The gap went from %1 to %2.")
                    .arg(core::gapOf(*before))
                    .arg(core::gapOf(after));
    } else if (released) {
        words = SummaryPage::tr("The gap is %1 now.").arg(core::gapOf(after));
    } else if (before) {
        words = SummaryPage::tr("Not released today, only re-checked: the gap was %1 and is %2 "
                                "now.")
                    .arg(core::gapOf(*before))
                    .arg(core::gapOf(after));
    } else {
        words = SummaryPage::tr("Not released today, only re-checked: the gap is %1 now.")
                    .arg(core::gapOf(after));
    }
    column->addWidget(makeLabel(words, card, QStringLiteral("summaryGroupText")));
    column->addStretch(1);
    card->setAccessibleName(name);
    said.removeFirst();
    said << words;
    card->setAccessibleDescription(said.join(QStringLiteral(". ")));
    return card;
}

} // namespace

SummaryPage::SummaryPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Saved: your gap, before and after"), this));
    // The cards and words scroll when the window is small, so the page never makes the window
    // taller than the screen (issue 26: it grew to 789 px on a 768 px screen).
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("summaryContent"));
    m_content = content;
    auto* scroll = scrolled(content, this, tr("Your gap, before and after"));
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleDescription(tr("Page Up and Page Down scroll."));
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, style::space::s, 0);
    column->setSpacing(style::space::m);
    m_grid = new QGridLayout;
    m_grid->setSpacing(style::space::m);
    column->addLayout(m_grid);
    // The rest in one card: the measured angles, back pain, the steps, the next check.
    auto* more = new style::Card(content);
    more->setObjectName(QStringLiteral("summaryMoreCard"));
    more->setAccessibleName(tr("Pain, steps and the next check"));
    m_more = more;
    auto* moreLayout = new QVBoxLayout(more);
    moreLayout->setContentsMargins(style::space::m, style::space::xs, style::space::m,
                                   style::space::xs);
    m_text = new QLabel(more);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    moreLayout->addWidget(m_text);
    column->addWidget(more);
    column->addStretch(1);
    layout->addWidget(scroll, 1);
    auto* history = new QPushButton(tr("&See your history"), this);
    history->setObjectName(QStringLiteral("summaryHistory"));
    history->setAccessibleDescription(
        tr("Shows all your sessions and how the gap changes over time."));
    auto* calendar = new QPushButton(tr("Add the next check to your ca&lendar..."), this);
    calendar->setObjectName(QStringLiteral("summaryCalendar"));
    calendar->setAccessibleName(tr("Add the next check to your calendar"));
    calendar->setAccessibleDescription(
        tr("Saves a calendar file (.ics) for the day of your next check, for any calendar app."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(history);
    buttons->addWidget(calendar);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(history, &QPushButton::clicked, this, &SummaryPage::historyRequested);
    connect(calendar, &QPushButton::clicked, this, &SummaryPage::addToCalendar);
}

QString SummaryPage::writeCalendar(const QString& path) const
{
    if (!m_nextCheck.isValid() || m_clock == nullptr) {
        return tr("There is no session to plan the next check from.");
    }
    const auto stamp = std::chrono::floor<std::chrono::seconds>(m_clock->wallNow());
    const std::string ics = core::nextCheckCalendar(
        m_nextCheck.toString(Qt::ISODate).toStdString(), m_sessionId + "@tightside", stamp,
        tr("Tightside: check both legs again").toStdString(),
        tr("Rate both sides of each leg group again and compare with last time.").toStdString());
    const auto written = store::writeFileAtomically(
        path, QByteArrayView(ics.data(), static_cast<qsizetype>(ics.size())));
    return written ? QString() : written.error();
}

void SummaryPage::addToCalendar()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Add the next check to your calendar"),
        folder + QStringLiteral("/tightside-next-check.ics"), tr("Calendar files (*.ics)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = writeCalendar(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Calendar file not saved"), error);
    }
}

void SummaryPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

void SummaryPage::arrangeCards()
{
    // Two cards side by side where two fit at a comfortable width.
    const int comfortable = fontMetrics().averageCharWidth() * 60;
    const int columns = std::clamp(width() / std::max(1, comfortable), 1, 2);
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (QWidget* card : m_cards) {
        m_grid->removeWidget(card);
    }
    for (int column = 0; column < 2; ++column) {
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    }
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        m_grid->addWidget(m_cards[i], static_cast<int>(i / columns), static_cast<int>(i % columns));
    }
}

void SummaryPage::showSession(const CheckSession& check)
{
    const core::Protocol& protocol = check.protocol();
    const core::Session& session = check.session();
    // Only a group released today gets "better" or "worse" (core::releasedVerdicts); the pain
    // verdict is the whole session's.
    const core::SessionVerdicts verdicts = core::releasedVerdicts(session);
    for (QWidget* card : m_cards) {
        m_grid->removeWidget(card);
        delete card;
    }
    m_cards.clear();
    m_columns = 0;
    for (core::Region region : core::recheckGroups(session)) {
        const auto& after = session.recheck.at(core::indexOf(region));
        if (!after) {
            continue;
        }
        const auto& before = session.answers.rating(region);
        const auto& verdict = verdicts.groups.at(core::indexOf(region));
        const bool released = core::wasReleased(session, region);
        m_cards << groupCard(m_content, capitalised(groupName(protocol, region)), before, *after,
                             released, verdict);
    }
    arrangeCards();
    // Read in the order shown: the group cards, then the card below them.
    m_more->raise();
    QString html;
    // The angles measured from photos today (issue 23), in the group page's own sentence.
    QStringList measured;
    for (const core::Group& group : protocol.groups) {
        if (const auto gap = core::measuredGap(protocol, session.answers, group.region)) {
            measured << QStringLiteral("<li><b>%1</b>: %2</li>")
                            .arg(capitalised(groupName(protocol, group.region)).toHtmlEscaped(),
                                 text::measuredText(*gap).toHtmlEscaped());
        }
    }
    if (!measured.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(tr("Measured from your photos today:").toHtmlEscaped(),
                         measured.join(QString()));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg((verdicts.pain
                          ? tr("Back pain: %1 before, %2 after (out of 10): %3.")
                                .arg(session.answers.painNow)
                                .arg(*session.painAfter)
                                .arg(verdictWords(*verdicts.pain))
                          : tr("Back pain: %1 before (out of 10).").arg(session.answers.painNow))
                         .toHtmlEscaped());
    const core::OutcomeCounts counts = core::countOutcomes(session.done);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Steps: %1 completed, %2 skipped, %3 stopped for pain.")
                         .arg(counts.completed)
                         .arg(counts.skipped)
                         .arg(counts.stoppedPain));
    m_sessionId = session.id;
    m_clock = &check.clock();
    m_nextCheck = nextCheckDate(session.started);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Check again in %1 to %2 days, on %3 or the day after. A typical "
                        "course takes one to six sessions.")
                         .arg(core::kNextCheckDays)
                         .arg(core::kNextCheckDaysAtMost)
                         .arg(QLocale().toString(m_nextCheck, QLocale::LongFormat))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("A change counts only at %1 points or more. These are your own "
                        "ratings; they do not say what caused a change.")
                         .arg(core::kRealChangePoints)
                         .toHtmlEscaped());
    m_text->setText(html);
}

} // namespace tightside::gui
