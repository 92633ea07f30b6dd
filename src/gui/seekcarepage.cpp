#include "seekcarepage.h"

#include "layouthelpers.h"
#include "texts.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tightside::gui {

SeekCarePage::SeekCarePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageSeekCare"));
    auto* layout = new QVBoxLayout(this);
    m_title = heading(QString(), this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("seekCareText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    auto* done = new QPushButton(tr("Cl&ose this check"), this);
    done->setObjectName(QStringLiteral("seekCareDone"));
    done->setAccessibleDescription(tr("Ends this check. No routine is given."));
    layout->addWidget(done, 0, Qt::AlignLeft);
    connect(done, &QPushButton::clicked, this, &SeekCarePage::closeRequested);
}

void SeekCarePage::showPlan(const core::Protocol& protocol, const core::Plan& plan,
                            const std::vector<std::string>& flags)
{
    const bool today = plan.urgency == core::Urgency::Today;
    m_title->setText(today ? tr("Please get medical help today") : tr("Please see a doctor soon"));
    m_title->setAccessibleName(m_title->text());
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(today ? tr("One of your answers can be a sign of something that needs "
                                       "a doctor today. This is not a diagnosis, and many such "
                                       "signs turn out to be harmless, but it is worth checking "
                                       "now.")
                                  : tr("One of your answers means a doctor or physiotherapist "
                                       "should look at your back before you do any release. "
                                       "Please book a visit in the next few days."));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What to do:"));
    for (const std::string& id : flags) {
        if (const auto* question = protocol.question(id)) {
            html += QStringLiteral("<li>%1</li>").arg(qs(question->advice).toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Take this list of answers with you. If you ticked a box by mistake, go "
                        "back and change it."));
    m_text->setText(html);
}

} // namespace tightside::gui
