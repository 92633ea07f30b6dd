#include "summarypage.h"

#include "checksession.h"
#include "coursewords.h"
#include "layouthelpers.h"
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

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace tightside::gui {

SummaryPage::SummaryPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Saved: your gap, before and after"), this));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    // The words scroll when the window is small, so the page never makes the window taller
    // than the screen (issue 26: it grew to 789 px on a 768 px screen).
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Your gap, before and after"));
    scroll->setAccessibleDescription(tr("Page Up and Page Down scroll."));
    scroll->setWidget(m_text);
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

void SummaryPage::showSession(const CheckSession& check)
{
    const core::Protocol& protocol = check.protocol();
    const core::Session& session = check.session();
    // Only a group released today gets "better" or "worse" (core::releasedVerdicts); the pain
    // verdict is the whole session's.
    const core::SessionVerdicts verdicts = core::releasedVerdicts(session);
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(tr("Your ratings, before and after the routine:").toHtmlEscaped());
    for (core::Region region : core::recheckGroups(session)) {
        const auto& after = session.recheck.at(core::indexOf(region));
        if (!after) {
            continue;
        }
        const auto& before = session.answers.rating(region);
        // Both sides' bars start in one column whatever the names' lengths ("Izquierda").
        const QString left = tr("Left");
        const QString right = tr("Right");
        const qsizetype width = std::max(left.size(), right.size());
        QString bars;
        if (before) {
            bars += tr("Before:") + QLatin1Char('\n') + ratingBar(left, before->left, width) +
                    QLatin1Char('\n') + ratingBar(right, before->right, width) + QLatin1Char('\n');
        }
        bars += tr("After:") + QLatin1Char('\n') + ratingBar(left, after->left, width) +
                QLatin1Char('\n') + ratingBar(right, after->right, width);
        const auto& verdict = verdicts.groups.at(core::indexOf(region));
        const bool released = core::wasReleased(session, region);
        QString words;
        if (released && before && verdict) {
            words = tr("Released today. The gap went from %1 to %2: %3.")
                        .arg(core::gapOf(*before))
                        .arg(core::gapOf(*after))
                        .arg(verdictWords(*verdict));
        } else if (released) {
            words = tr("Released today. The gap is %1 now.").arg(core::gapOf(*after));
        } else if (before) {
            words = tr("Not released today, only re-checked: the gap was %1 and is %2 now.")
                        .arg(core::gapOf(*before))
                        .arg(core::gapOf(*after));
        } else {
            words = tr("Not released today, only re-checked: the gap is %1 now.")
                        .arg(core::gapOf(*after));
        }
        html += QStringLiteral("<li><b>%1</b>: %2<pre>%3</pre></li>")
                    .arg(capitalised(groupName(protocol, region)).toHtmlEscaped(),
                         words.toHtmlEscaped(), bars.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
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
