#include "measurecanvas.h"

#include "measuremodel.h"
#include "style.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace tightside::gui {
namespace {

/// A landmark is picked up for a drag within this many pixels.
constexpr double kGrabRadius = 14.0;
constexpr double kPointRadius = 6.0;
constexpr double kArcRadius = 42.0;
constexpr double kLoupeRadius = 70.0;
constexpr double kLoupeZoom = 3.0;
constexpr double kFullCircle = 360.0;
constexpr int kSixteenths = 16;
/// The overlay's colours are fixed: they are drawn on a photo, not on the palette.
const QColor kLine(255, 214, 0);
const QColor kOutline(0, 0, 0);
const QColor kPointFill(255, 255, 255);

double directionDegrees(QPointF v)
{
    return std::atan2(-v.y(), v.x()) * 180.0 / std::numbers::pi; // y grows downwards
}

void outlinedLine(QPainter& painter, QPointF a, QPointF b, Qt::PenStyle style = Qt::SolidLine)
{
    painter.setPen(QPen(kOutline, 5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(a, b);
    painter.setPen(QPen(kLine, 3, style, Qt::RoundCap));
    painter.drawLine(a, b);
}

} // namespace

MeasureCanvas::MeasureCanvas(MeasureModel& model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("measureCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleDescription(tr("The photo to measure. Tap each landmark in turn, or use the "
                                "arrow keys to move the crosshair (with Shift for big steps), "
                                "Enter to place the landmark and Backspace to undo the last "
                                "one. Drag a landmark to adjust it."));
    connect(&m_model, &MeasureModel::changed, this, &MeasureCanvas::modelChanged);
    modelChanged();
}

QSize MeasureCanvas::sizeHint() const
{
    return {640, 420};
}

QSize MeasureCanvas::minimumSizeHint() const
{
    return {320, 220};
}

QRectF MeasureCanvas::photoRect() const
{
    const QRectF area = QRectF(rect());
    if (!m_model.hasPhoto() || area.isEmpty()) {
        return area;
    }
    QSizeF size = QSizeF(m_model.image().size());
    size.scale(area.size(), Qt::KeepAspectRatio);
    return {area.center() - QPointF(size.width() / 2, size.height() / 2), size};
}

QPointF MeasureCanvas::toWidget(core::PhotoPoint point) const
{
    const QRectF photo = photoRect();
    return {photo.left() + point.x * photo.width(), photo.top() + point.y * photo.height()};
}

core::PhotoPoint MeasureCanvas::toPhoto(QPointF widgetPoint) const
{
    const QRectF photo = photoRect();
    if (photo.isEmpty()) {
        return {};
    }
    return {(widgetPoint.x() - photo.left()) / photo.width(),
            (widgetPoint.y() - photo.top()) / photo.height()};
}

void MeasureCanvas::modelChanged()
{
    const QString prompt = m_model.prompt();
    if (prompt != accessibleName()) {
        setAccessibleName(prompt);
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

void MeasureCanvas::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

std::optional<std::size_t> MeasureCanvas::pointNear(QPointF widgetPoint) const
{
    std::optional<std::size_t> best;
    double bestDistance = kGrabRadius;
    const auto& points = m_model.points();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF d = toWidget(points[i]) - widgetPoint;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void MeasureCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_model.hasPhoto()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_keyboard = false;
    const QPointF at = event->position();
    m_hover = at;
    if (const auto near = pointNear(at)) {
        m_dragging = near;
    } else if (m_model.place(toPhoto(at))) {
        m_dragging = m_model.points().size() - 1; // a press that is held drags the new point
    }
    update();
}

void MeasureCanvas::mouseMoveEvent(QMouseEvent* event)
{
    m_hover = event->position();
    if (m_dragging) {
        m_model.move(*m_dragging, toPhoto(event->position()));
    }
    update();
}

void MeasureCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_model.move(*m_dragging, toPhoto(event->position()));
        m_dragging.reset();
    }
    update();
}

void MeasureCanvas::leaveEvent(QEvent* event)
{
    m_hover.reset();
    QWidget::leaveEvent(event);
    update();
}

void MeasureCanvas::keyPressEvent(QKeyEvent* event)
{
    const bool big = (event->modifiers() & Qt::ShiftModifier) != 0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_keyboard = true;
        m_model.moveCrosshair(-1, 0, big);
        return;
    case Qt::Key_Right:
        m_keyboard = true;
        m_model.moveCrosshair(1, 0, big);
        return;
    case Qt::Key_Up:
        m_keyboard = true;
        m_model.moveCrosshair(0, -1, big);
        return;
    case Qt::Key_Down:
        m_keyboard = true;
        m_model.moveCrosshair(0, 1, big);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_model.hasPhoto() && !m_model.complete()) {
            m_keyboard = true;
            m_model.placeAtCrosshair();
            return;
        }
        break; // all placed: Enter goes to the dialog's default button
    case Qt::Key_Backspace:
        m_keyboard = true;
        m_model.undo();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MeasureCanvas::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_model.hasPhoto()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_model.prompt());
        return;
    }
    painter.drawImage(photoRect(), m_model.image());

    // Lines between the landmarks placed so far, then the reference and the arc.
    const auto& points = m_model.points();
    const auto drawing = m_model.drawing();
    if (drawing) {
        const auto widgetOf = [this](QPointF pixel) {
            return toWidget(
                {pixel.x() / m_model.image().width(), pixel.y() / m_model.image().height()});
        };
        for (const auto& [a, b] : drawing->segments) {
            outlinedLine(painter, widgetOf(a), widgetOf(b));
        }
        outlinedLine(painter, widgetOf(drawing->reference.first),
                     widgetOf(drawing->reference.second), Qt::DashLine);
        const QPointF vertex = widgetOf(drawing->vertex);
        const double start = directionDegrees(drawing->from);
        double span = directionDegrees(drawing->to) - start;
        while (span > kFullCircle / 2) {
            span -= kFullCircle;
        }
        while (span <= -kFullCircle / 2) {
            span += kFullCircle;
        }
        const QRectF arcRect(vertex - QPointF(kArcRadius, kArcRadius),
                             QSizeF(2 * kArcRadius, 2 * kArcRadius));
        for (const auto& [colour, width] : {std::pair{kOutline, 5}, std::pair{kLine, 3}}) {
            painter.setPen(QPen(colour, width));
            painter.drawArc(arcRect, static_cast<int>(std::lround(start * kSixteenths)),
                            static_cast<int>(std::lround(span * kSixteenths)));
        }
        // The angle's value beside the arc, in a box that reads on any photo.
        const double middle = (start + span / 2) * std::numbers::pi / 180.0;
        const QPointF labelAt =
            vertex + QPointF(std::cos(middle), -std::sin(middle)) * (kArcRadius + 30);
        QFont font = painter.font();
        font = style::scaledFont(font, 1.4);
        font.setBold(true);
        painter.setFont(font);
        const QString text = m_model.angleText();
        QRectF box = QFontMetricsF(font).boundingRect(text).adjusted(-6, -3, 6, 3);
        box.moveCenter(labelAt);
        box.moveLeft(std::clamp(box.left(), 0.0, std::max(0.0, width() - box.width())));
        box.moveTop(std::clamp(box.top(), 0.0, std::max(0.0, height() - box.height())));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 200));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(kLine);
        painter.drawText(box, Qt::AlignCenter, text);
        painter.setFont(this->font());
    } else {
        for (std::size_t i = 1; i < points.size(); ++i) {
            // Segments as they grow: between landmarks that belong together.
            const bool levelLine = m_model.test().angle == core::AngleKind::ThighToLevelLine;
            if (levelLine && i == 2) {
                continue;
            }
            outlinedLine(painter, toWidget(points[i - 1]), toWidget(points[i]));
        }
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF at = toWidget(points[i]);
        painter.setPen(QPen(kOutline, 2));
        painter.setBrush(kPointFill);
        painter.drawEllipse(at, kPointRadius, kPointRadius);
        // The landmark's number in a dark tag, readable on any photo.
        const QRectF tag(at + QPointF(8, -24), QSizeF(18, 18));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 200));
        painter.drawRoundedRect(tag, 3, 3);
        painter.setPen(kPointFill);
        painter.drawText(tag, Qt::AlignCenter, QString::number(i + 1));
    }

    // The crosshair while the keyboard places landmarks; the loupe where the work is.
    std::optional<QPointF> loupeAt;
    if (m_keyboard && hasFocus()) {
        const QPointF c = toWidget(m_model.crosshair());
        painter.setPen(QPen(kOutline, 3));
        painter.drawLine(c - QPointF(14, 0), c + QPointF(14, 0));
        painter.drawLine(c - QPointF(0, 14), c + QPointF(0, 14));
        painter.setPen(QPen(kPointFill, 1));
        painter.drawLine(c - QPointF(14, 0), c + QPointF(14, 0));
        painter.drawLine(c - QPointF(0, 14), c + QPointF(0, 14));
        loupeAt = c;
    } else if (m_hover && photoRect().contains(*m_hover)) {
        loupeAt = *m_hover;
    }
    if (loupeAt) {
        paintLoupe(painter, *loupeAt);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

void MeasureCanvas::paintLoupe(QPainter& painter, QPointF centre) const
{
    // In the corner away from the spot, so it never hides what it magnifies.
    const double margin = 8;
    const double size = 2 * kLoupeRadius;
    const double x = centre.x() < width() / 2.0 ? width() - size - margin : margin;
    const double y = margin;
    const QRectF target(x, y, size, size);
    QPainterPath circle;
    circle.addEllipse(target);
    painter.save();
    painter.setClipPath(circle);
    painter.fillRect(target, palette().color(QPalette::Window));
    // The widget's own drawing magnified: the photo and the landmarks as they are.
    const QRectF photo = photoRect();
    const double scale = kLoupeZoom;
    painter.translate(target.center());
    painter.scale(scale, scale);
    painter.translate(-centre);
    painter.drawImage(photo, m_model.image());
    for (const core::PhotoPoint point : m_model.points()) {
        painter.setPen(QPen(kOutline, 1.0 / scale * 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(toWidget(point), kPointRadius / scale * 2, kPointRadius / scale * 2);
    }
    painter.restore();
    painter.setPen(QPen(kOutline, 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(target);
    // The exact spot: a small cross in the loupe's middle.
    const QPointF mid = target.center();
    painter.setPen(QPen(kLine, 2));
    painter.drawLine(mid - QPointF(8, 0), mid + QPointF(8, 0));
    painter.drawLine(mid - QPointF(0, 8), mid + QPointF(0, 8));
}

} // namespace tightside::gui
