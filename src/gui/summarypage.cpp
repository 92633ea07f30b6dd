#include "summarypage.h"

#include "checksession.h"
#include "layouthelpers.h"
#include "texts.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

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
    layout->addWidget(m_text, 1);
    auto* history = new QPushButton(tr("&See your history"), this);
    history->setObjectName(QStringLiteral("summaryHistory"));
    history->setAccessibleDescription(
        tr("Shows all your sessions and how the gap changes over time."));
    layout->addWidget(history, 0, Qt::AlignLeft);
    connect(history, &QPushButton::clicked, this, &SummaryPage::historyRequested);
}

void SummaryPage::showSession(const CheckSession& check)
{
    const core::Protocol& protocol = check.protocol();
    const core::Session& session = check.session();
    QString html = QStringLiteral("<ul>");
    for (core::Region region : check.recheckGroups()) {
        const auto& after = session.recheck.at(core::indexOf(region));
        if (!after) {
            continue;
        }
        const auto& before = session.answers.rating(region);
        const QString now = tr("gap %1 now (left %2, right %3).")
                                .arg(std::abs(after->left - after->right))
                                .arg(after->left)
                                .arg(after->right);
        const QString line = before ? tr("gap %1 before (left %2, right %3), %4")
                                          .arg(std::abs(before->left - before->right))
                                          .arg(before->left)
                                          .arg(before->right)
                                          .arg(now)
                                    : now;
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(capitalised(groupName(protocol, region)).toHtmlEscaped(),
                         line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Back pain: %1 before, %2 after (out of 10).")
                         .arg(session.answers.painNow)
                         .arg(session.painAfter.value_or(session.answers.painNow)));
    int completed = 0;
    int stopped = 0;
    int skipped = 0;
    for (const auto& done : session.done) {
        (done.outcome == core::Outcome::Completed     ? completed
         : done.outcome == core::Outcome::StoppedPain ? stopped
                                                      : skipped)++;
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Steps: %1 completed, %2 skipped, %3 stopped for pain.")
                         .arg(completed)
                         .arg(skipped)
                         .arg(stopped));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("A typical course takes one to six sessions. Check again in a day or two: "
                        "the gap should shrink over time."));
    m_text->setText(html);
}

} // namespace tightside::gui
