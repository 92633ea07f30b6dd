#pragma once

#include "tightside/core/measure.h"
#include "tightside/core/region.h"

#include <QImage>
#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace tightside::gui {

/// What the measuring page draws over the photo once every landmark is placed, in the photo's
/// pixels: the measured segments, the dashed reference the angle is read from, and the arc from
/// the reference (`from`) to the measured segment (`to`) around `vertex`.
struct AngleDrawing
{
    std::vector<std::pair<QPointF, QPointF>> segments;
    std::pair<QPointF, QPointF> reference;
    QPointF vertex;
    /// Unit directions in the photo's pixels (y grows downwards).
    QPointF from;
    QPointF to;
};

/// One side of one group measured from one photo, without any widget: the photo (upright, its
/// EXIF orientation applied), the landmarks tapped so far in the protocol's order, the keyboard
/// crosshair, and the angle core::measureAngle gives. The measuring page shows it; tests drive
/// it directly.
class MeasureModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureModel)

public:
    /// `test` must outlive the model (it is the protocol group's measure).
    MeasureModel(const core::MeasureTest& test, core::Side side, QObject* parent = nullptr);

    const core::MeasureTest& test() const { return m_test; }
    core::Side side() const { return m_side; }

    /// Reads a JPEG or PNG photo, turned upright as its EXIF orientation says. Returns the
    /// sentence to show when it cannot be read (and keeps the photo it had), or empty.
    QString load(const QString& path);
    /// Takes a photo already in memory (upright); drops the landmarks of the previous one.
    void setImage(QImage image);
    const QImage& image() const { return m_image; }
    bool hasPhoto() const { return !m_image.isNull(); }
    /// Width over height, in pixels.
    double aspect() const;

    const std::vector<core::PhotoPoint>& points() const { return m_points; }
    /// Landmarks the test needs (core::landmarkCount).
    std::size_t needed() const;
    bool complete() const { return m_points.size() >= needed(); }
    /// Places the next landmark at `point` (0-1 of the photo); false when all are placed, there
    /// is no photo or the point lies outside it.
    bool place(core::PhotoPoint point);
    /// Moves an already placed landmark (a drag); the point is kept inside the photo.
    void move(std::size_t index, core::PhotoPoint point);
    /// Takes back the last landmark; false when none is placed.
    bool undo();
    /// Takes back every landmark (measure again on the same photo).
    void clear();

    /// The keyboard's crosshair, 0-1 of the photo; it starts in the middle.
    core::PhotoPoint crosshair() const { return m_crosshair; }
    /// Moves the crosshair by `dx`, `dy` steps (a step is 1/1000 of the photo's longer side, a
    /// big step 25 of them), kept inside the photo.
    void moveCrosshair(int dx, int dy, bool big);
    /// Places the next landmark where the crosshair is.
    bool placeAtCrosshair() { return place(m_crosshair); }

    /// The angle, one decimal, once every landmark is placed and they span real segments.
    std::optional<double> angle() const;
    /// The lines and arc to draw; nullopt until angle() has a value.
    std::optional<AngleDrawing> drawing() const;

    /// What to do next, for the eye and the screen reader: "Landmark 2 of 4: a second point on
    /// the table edge, farther along.", then the angle once all are placed.
    QString prompt() const;
    /// "93.4°" in the person's locale, one decimal; empty without an angle.
    QString angleText() const;

signals:
    /// The photo, a landmark or the crosshair changed.
    void changed();

private:
    QPointF pixel(core::PhotoPoint point) const;

    const core::MeasureTest& m_test;
    core::Side m_side;
    QImage m_image;
    std::vector<core::PhotoPoint> m_points;
    core::PhotoPoint m_crosshair{0.5, 0.5};
};

/// "93.4°": an angle as every page shows it, one decimal in the person's locale.
QString degreesText(double degrees);

} // namespace tightside::gui
