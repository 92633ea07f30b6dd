#pragma once

#include "tightside/core/measure.h"
#include "tightside/core/region.h"

#include <QImage>
#include <QString>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;

namespace tightside::gui {

class MeasureDialog;
struct Services;

/// Both sides of one group measured from photos (issue 23): "Measure left…" and "Measure
/// right…" open the measuring page (MeasureDialog), and each side's angle shows beside its
/// button once measured. The group page measures before the routine with it, the re-check
/// page after.
class MeasureSides final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureSides)

public:
    /// `test` and `services` must outlive the widget; `groupName` is the protocol's name.
    MeasureSides(const core::MeasureTest& test, const QString& groupName, Services& services,
                 QWidget* parent = nullptr);

    /// The angles measured (either side may be missing) with the test's id; nullopt when
    /// neither side is measured.
    std::optional<core::GroupMeasure> measure() const;
    /// The landmarks tapped for a measured side (empty when not measured).
    std::vector<core::PhotoPoint> points(core::Side side) const;
    /// The photo a side was measured on (null when not measured).
    QImage photo(core::Side side) const;
    /// Opens the measuring page for `side` (window-modal; the result is taken when it is
    /// accepted) and returns it.
    MeasureDialog* openMeasure(core::Side side);
    /// Turns the two buttons on or off (an optional test not done today).
    void setButtonsEnabled(bool enabled);

signals:
    /// A side was measured (again).
    void changed();

private:
    struct SideMeasure
    {
        double angle = 0;
        std::vector<core::PhotoPoint> points;
        QImage photo;
    };
    void showAngles();

    const core::MeasureTest& m_test;
    QString m_name;
    Services& m_services;
    /// Left, then right.
    std::array<std::optional<SideMeasure>, 2> m_measures;
    std::array<QPushButton*, 2> m_buttons{};
    std::array<QLabel*, 2> m_labels{};
};

} // namespace tightside::gui
