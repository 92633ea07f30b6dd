#include "minutespage.h"

#include "layouthelpers.h"

#include "tightside/core/answers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tightside::gui {

MinutesPage::MinutesPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageMinutes"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Time for today (optional)"), this));
    layout->addWidget(makeLabel(tr("If you are short of time, say how many minutes you have. The "
                                   "plan keeps the most important steps and saves the rest for "
                                   "next time."),
                                this));
    m_useMinutes = new QCheckBox(tr("Limit today's releases to"), this);
    m_useMinutes->setObjectName(QStringLiteral("useMinutes"));
    m_useMinutes->setAccessibleDescription(
        tr("Tick to set a time limit. The plan keeps the most important steps."));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(core::kMinMinutes, core::kMaxMinutes);
    m_minutes->setValue(10);
    //: The unit after the number in the minutes box, with its leading space.
    m_minutes->setSuffix(tr(" minutes"));
    m_minutes->setAccessibleName(tr("Minutes for today"));
    m_minutes->setAccessibleDescription(
        tr("From %1 to %2 minutes.").arg(core::kMinMinutes).arg(core::kMaxMinutes));
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
}

std::optional<int> MinutesPage::minutes() const
{
    if (!m_useMinutes->isChecked()) {
        return std::nullopt;
    }
    return m_minutes->value();
}

} // namespace tightside::gui
