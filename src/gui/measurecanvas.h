#pragma once

#include "tightside/core/measure.h"

#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <optional>

namespace tightside::gui {

class MeasureModel;

/// The photo with its landmarks: a tap places the next landmark, a drag moves one, and a zoom
/// loupe shows the spot under the pointer. The keyboard alone does the same: the arrow keys move
/// a crosshair (Shift for big steps), Enter places the landmark, Backspace takes back the last.
/// Once all are placed it draws the lines, the reference and the arc with the angle. Its
/// accessible name is always the model's prompt (which landmark is next, or the angle).
class MeasureCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureCanvas)

public:
    explicit MeasureCanvas(MeasureModel& model, QWidget* parent = nullptr);

    /// Where the photo is drawn inside the widget (letterboxed, its aspect kept).
    QRectF photoRect() const;
    /// A point of the photo (0-1) in widget coordinates, and back.
    QPointF toWidget(core::PhotoPoint point) const;
    core::PhotoPoint toPhoto(QPointF widgetPoint) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void modelChanged();
    void paintLoupe(QPainter& painter, QPointF centre) const;
    std::optional<std::size_t> pointNear(QPointF widgetPoint) const;

    MeasureModel& m_model;
    std::optional<std::size_t> m_dragging;
    std::optional<QPointF> m_hover;
    /// The crosshair is drawn (and the loupe follows it) once the keyboard is used.
    bool m_keyboard = false;
};

} // namespace tightside::gui
