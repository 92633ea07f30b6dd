#include "painpage.h"

#include "layouthelpers.h"
#include "ratinginput.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace tightside::gui {

PainPage::PainPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pagePain"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Your back pain right now"), this));
    layout->addWidget(makeLabel(tr("How much does your back hurt at this moment, from 0 (no "
                                   "pain) to 10 (the worst pain you can imagine)?"),
                                this));
    m_painNow = new RatingInput(tr("PAIN NOW"), tr("Back pain now, 0 none to 10 extreme"), this);
    m_painNow->setObjectName(QStringLiteral("painNow"));
    // Not 0: a person who skips the question has not said "no pain".
    m_painNow->setUnanswered();
    connect(m_painNow, &RatingInput::answeredChanged, this, &PainPage::answeredChanged);
    layout->addWidget(m_painNow);
    m_flareUp = new QCheckBox(
        tr("My back flared up in the last few days (a sudden, stronger bout of pain)"), this);
    m_flareUp->setObjectName(QStringLiteral("flareUp"));
    m_flareUp->setAccessibleName(m_flareUp->text());
    m_flareUp->setAccessibleDescription(
        tr("Tick for yes. The plan then uses gentler pressure and shorter holds."));
    layout->addWidget(m_flareUp);
    layout->addWidget(makeLabel(tr("During a flare-up the plan still works only on the legs, "
                                   "with gentler pressure and shorter holds. The hips and back "
                                   "are left alone on purpose."),
                                this));
    layout->addStretch();
}

int PainPage::painNow() const
{
    return m_painNow->value();
}

void PainPage::setPainNow(int value)
{
    m_painNow->setValue(value);
}

bool PainPage::answered() const
{
    return m_painNow->answered();
}

bool PainPage::flareUp() const
{
    return m_flareUp->isChecked();
}

} // namespace tightside::gui
