#include "measuresides.h"

#include "layouthelpers.h"
#include "measuremodel.h"
#include "measurepage.h"

#include "tightside/gui/services.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tightside::gui {
// The words were made on the group page first and keep its translation context.
namespace {

std::size_t sideIndex(core::Side side)
{
    return side == core::Side::Left ? 0 : 1;
}

} // namespace

MeasureSides::MeasureSides(const core::MeasureTest& test, const QString& groupName,
                           Services& services, QWidget* parent)
    : QWidget(parent), m_test(test), m_name(groupName), m_services(services)
{
    auto* sides = new QHBoxLayout(this);
    sides->setContentsMargins(0, 0, 0, 0);
    for (const core::Side measured : {core::Side::Left, core::Side::Right}) {
        const bool left = measured == core::Side::Left;
        auto* button = new QPushButton(
            left ? QCoreApplication::translate("tightside::gui::GroupPage", "Measure left…")
                 : QCoreApplication::translate("tightside::gui::GroupPage", "Measure right…"),
            this);
        button->setObjectName(left ? QStringLiteral("measureLeft")
                                   : QStringLiteral("measureRight"));
        auto* label =
            makeLabel(QString(), this,
                      left ? QStringLiteral("measuredLeft") : QStringLiteral("measuredRight"));
        button->setAccessibleDescription(
            left ? QCoreApplication::translate(
                       "tightside::gui::GroupPage",
                       "Opens the measuring page for the left side: the setup, then the "
                       "photo and its landmarks.")
                 : QCoreApplication::translate(
                       "tightside::gui::GroupPage",
                       "Opens the measuring page for the right side: the setup, then "
                       "the photo and its landmarks."));
        m_buttons.at(sideIndex(measured)) = button;
        m_labels.at(sideIndex(measured)) = label;
        sides->addWidget(button);
        sides->addWidget(label, 1);
        connect(button, &QPushButton::clicked, this, [this, measured] { openMeasure(measured); });
    }
    showAngles();
}

std::optional<core::GroupMeasure> MeasureSides::measure() const
{
    if (!m_measures[0] && !m_measures[1]) {
        return std::nullopt;
    }
    core::GroupMeasure out;
    out.test = m_test.test;
    if (m_measures[0]) {
        out.left = m_measures[0]->angle;
    }
    if (m_measures[1]) {
        out.right = m_measures[1]->angle;
    }
    return out;
}

std::vector<core::PhotoPoint> MeasureSides::points(core::Side side) const
{
    const auto& taken = m_measures.at(sideIndex(side));
    return taken ? taken->points : std::vector<core::PhotoPoint>{};
}

QImage MeasureSides::photo(core::Side side) const
{
    const auto& taken = m_measures.at(sideIndex(side));
    return taken ? taken->photo : QImage();
}

MeasureDialog* MeasureSides::openMeasure(core::Side side)
{
    auto* dialog = new MeasureDialog(m_test, side, m_name, m_services.prompter, m_services.clock,
                                     m_services.cameras, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, side] {
        const MeasureModel& model = dialog->model();
        if (const auto angle = model.angle()) {
            m_measures.at(sideIndex(side)) = SideMeasure{*angle, model.points(), model.image()};
            showAngles();
            emit changed();
        }
    });
    dialog->open();
    return dialog;
}

void MeasureSides::setButtonsEnabled(bool enabled)
{
    for (QPushButton* button : m_buttons) {
        button->setEnabled(enabled);
    }
}

void MeasureSides::showAngles()
{
    const auto& left = m_measures[0];
    const auto& right = m_measures[1];
    m_labels[0]->setText(
        left ? QCoreApplication::translate("tightside::gui::GroupPage", "Left: %1")
                   .arg(degreesText(left->angle))
             : QCoreApplication::translate("tightside::gui::GroupPage", "Left: not measured"));
    m_labels[1]->setText(
        right ? QCoreApplication::translate("tightside::gui::GroupPage", "Right: %1")
                    .arg(degreesText(right->angle))
              : QCoreApplication::translate("tightside::gui::GroupPage", "Right: not measured"));
}

} // namespace tightside::gui
