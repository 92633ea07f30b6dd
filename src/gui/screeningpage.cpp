#include "screeningpage.h"

#include "layouthelpers.h"
#include "texts.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace tightside::gui {

ScreeningPage::ScreeningPage(const core::Protocol& protocol, core::ScreeningKind kind,
                             QWidget* parent)
    : QScrollArea(parent)
{
    const bool redFlags = kind == core::ScreeningKind::RedFlag;
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    const QString title =
        redFlags ? tr("First, a few safety questions") : tr("Things that change how you release");
    layout->addWidget(heading(title, content));
    makeScrolling(this, content, redFlags ? tr("Safety questions") : title);
    layout->addWidget(makeLabel(
        redFlags ? tr("Tick Yes for anything that is true for you now. Some answers mean a "
                      "doctor should see you before any release; the app will say so.")
                 : tr("Tick Yes for anything that applies. The plan will use lighter pressure, "
                      "shorter holds or leave a place out, and say why."),
        content));
    for (const auto& question : protocol.screening) {
        if (question.kind == kind) {
            m_boxes[question.id] = questionRow(qs(question.question), layout, content);
        }
    }
    layout->addStretch();
    setObjectName(redFlags ? QStringLiteral("pageRedFlags") : QStringLiteral("pagePrecautions"));
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

} // namespace tightside::gui
