#include "measuremodel.h"

#include "texts.h"

#include <QImageReader>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tightside::gui {
namespace {

constexpr double kStep = 0.001;
constexpr int kBigStep = 25;
/// The dashed reference is drawn this long, as a share of the measured segment.
constexpr double kReferenceShare = 0.8;

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

double lengthOf(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

QPointF unit(QPointF v)
{
    const double len = lengthOf(v);
    return len > 0 ? v / len : QPointF();
}

double dotOf(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

} // namespace

QString degreesText(double degrees)
{
    //: An angle in degrees, one decimal: "93.4°".
    return MeasureModel::tr("%1°").arg(QLocale().toString(degrees, 'f', 1));
}

MeasureModel::MeasureModel(const core::MeasureTest& test, core::Side side, QObject* parent)
    : QObject(parent), m_test(test), m_side(side)
{}

QString MeasureModel::load(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's portrait photo is stored sideways
    QImage image = reader.read();
    if (image.isNull()) {
        return tr("This file cannot be read as a photo. Open a JPEG or PNG photo.");
    }
    setImage(std::move(image));
    return {};
}

void MeasureModel::setImage(QImage image)
{
    m_image = std::move(image);
    m_points.clear();
    m_crosshair = {0.5, 0.5};
    emit changed();
}

double MeasureModel::aspect() const
{
    return m_image.height() > 0 ? static_cast<double>(m_image.width()) / m_image.height() : 1.0;
}

std::size_t MeasureModel::needed() const
{
    return core::landmarkCount(m_test.angle);
}

bool MeasureModel::place(core::PhotoPoint point)
{
    if (!hasPhoto() || complete() || point.x < 0 || point.x > 1 || point.y < 0 || point.y > 1) {
        return false;
    }
    m_points.push_back(point);
    m_crosshair = point;
    emit changed();
    return true;
}

void MeasureModel::move(std::size_t index, core::PhotoPoint point)
{
    if (index >= m_points.size()) {
        return;
    }
    m_points[index] = {clamp01(point.x), clamp01(point.y)};
    emit changed();
}

bool MeasureModel::undo()
{
    if (m_points.empty()) {
        return false;
    }
    m_crosshair = m_points.back();
    m_points.pop_back();
    emit changed();
    return true;
}

void MeasureModel::clear()
{
    m_points.clear();
    emit changed();
}

void MeasureModel::moveCrosshair(int dx, int dy, bool big)
{
    // Steps of the same length on both axes: a share of the longer side.
    const double step = kStep * (big ? kBigStep : 1);
    const double x = aspect() >= 1 ? step : step / aspect();
    const double y = aspect() >= 1 ? step * aspect() : step;
    m_crosshair = {clamp01(m_crosshair.x + dx * x), clamp01(m_crosshair.y + dy * y)};
    emit changed();
}

std::optional<double> MeasureModel::angle() const
{
    if (!hasPhoto() || !complete()) {
        return std::nullopt;
    }
    return core::measureAngle(m_test.angle, m_points, aspect());
}

QPointF MeasureModel::pixel(core::PhotoPoint point) const
{
    return {point.x * m_image.width(), point.y * m_image.height()};
}

std::optional<AngleDrawing> MeasureModel::drawing() const
{
    if (!angle()) {
        return std::nullopt;
    }
    std::vector<QPointF> p;
    for (const core::PhotoPoint point : m_points) {
        p.push_back(pixel(point));
    }
    AngleDrawing out;
    // The arc turns around `vertex` from the reference direction to the measured segment.
    const auto readFrom = [&out](QPointF vertex, QPointF reference, QPointF segment) {
        out.vertex = vertex;
        out.from = reference;
        out.to = unit(segment);
        out.reference = {vertex, vertex + reference * lengthOf(segment) * kReferenceShare};
    };
    /// The perpendicular of `line` that points the way `towards` does.
    const auto perpendicular = [](QPointF line, QPointF towards) {
        const QPointF normal(-line.y(), line.x());
        return dotOf(normal, towards) < 0 ? -normal : normal;
    };
    switch (m_test.angle) {
    case core::AngleKind::ThighToLevelLine: {
        // Read from straight down, across the level line (core::measureAngle).
        out.segments = {{p[0], p[1]}, {p[2], p[3]}};
        readFrom(p[2], perpendicular(unit(p[1] - p[0]), QPointF(0, 1)), p[3] - p[2]);
        break;
    }
    case core::AngleKind::KneeFlexion:
    case core::AngleKind::KneeExtensionDeficit:
        // Read from the thigh's line carried on past the knee: a straight knee reads 0.
        out.segments = {{p[0], p[1]}, {p[1], p[2]}};
        readFrom(p[1], unit(p[1] - p[0]), p[2] - p[1]);
        break;
    case core::AngleKind::HipAbduction:
        // Read from the perpendicular of the line between the front hip points.
        out.segments = {{p[0], p[1]}, {p[1], p[2]}};
        readFrom(p[1], perpendicular(unit(p[1] - p[0]), p[2] - p[1]), p[2] - p[1]);
        break;
    }
    return out;
}

QString MeasureModel::prompt() const
{
    if (!hasPhoto()) {
        return tr("Open a photo of the test position to place the landmarks.");
    }
    if (!complete()) {
        const std::size_t index = m_points.size();
        const int number = static_cast<int>(index) + 1;
        const int count = static_cast<int>(needed());
        const QString name = index < m_test.landmarks.size() ? qs(m_test.landmarks[index].name)
                                                             : QString::number(number);
        //: Which landmark to tap or place next: "Landmark 2 of 4: the bony point on the
        //: outside of the hip."
        return tr("Landmark %1 of %2: %3.").arg(number).arg(count).arg(name);
    }
    if (const auto value = angle()) {
        //: Every landmark is placed: the angle, then what can be done.
        return tr("Angle: %1. Drag a landmark to adjust it, or press Backspace to undo the "
                  "last one.")
            .arg(degreesText(*value));
    }
    return tr("Two landmarks lie on the same spot, so no angle can be measured. Press "
              "Backspace and place them again.");
}

QString MeasureModel::angleText() const
{
    const auto value = angle();
    return value ? degreesText(*value) : QString();
}

} // namespace tightside::gui
