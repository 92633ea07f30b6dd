#include "svgview.h"

#include "contrast.h"
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <algorithm>
#include <cmath>

namespace tightside::gui {

SvgView::SvgView(QWidget* parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

SvgView::~SvgView() = default;

void SvgView::setSvg(const QByteArray& svg, bool mirrored, const QString& placeholder)
{
    m_mirrored = mirrored;
    m_placeholder = placeholder;
    if (svg.isEmpty() || !m_renderer->load(svg)) {
        m_renderer->load(QByteArray());
    }
    update();
}

void SvgView::setHatched(const QStringList& ids)
{
    m_hatched = ids;
    update();
}

bool SvgView::hasPicture() const
{
    return m_renderer->isValid();
}

QSize SvgView::sizeHint() const
{
    return {220, 260};
}

void SvgView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_renderer->isValid()) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawRoundedRect(rect().adjusted(4, 4, -5, -5), 8, 8);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    QSizeF size = m_renderer->defaultSize();
    size.scale(QSizeF(width() - 8.0, height() - 8.0), Qt::KeepAspectRatio);
    const QRectF target((width() - size.width()) / 2.0, (height() - size.height()) / 2.0,
                        size.width(), size.height());
    // The drawings use dark outlines and labels on a light figure: a light card behind them
    // keeps them readable in a dark palette too.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(QLatin1String(colours::kPictureCard)));
    painter.drawRoundedRect(target.adjusted(-3, -3, 3, 3), 6, 6);
    if (m_mirrored) {
        // Pictures are drawn for the left side; the right side is the mirror image.
        painter.translate(width(), 0);
        painter.scale(-1, 1);
    }
    m_renderer->render(&painter, target);
    paintHatching(painter, target);
}

void SvgView::paintHatching(QPainter& painter, const QRectF& target)
{
    if (m_hatched.isEmpty()) {
        return;
    }
    // Each element is drawn alone into an image, then the hatch tile is kept only where the
    // element was drawn: diagonal lines exactly inside its outline (SVG Tiny has no patterns).
    QImage shapes(size(), QImage::Format_ARGB32_Premultiplied);
    shapes.fill(Qt::transparent);
    {
        QPainter shapePainter(&shapes);
        shapePainter.setRenderHint(QPainter::Antialiasing);
        shapePainter.setTransform(painter.transform());
        const QRectF box = m_renderer->viewBoxF();
        const double sx = target.width() / box.width();
        const double sy = target.height() / box.height();
        for (const QString& id : m_hatched) {
            if (!m_renderer->elementExists(id)) {
                continue;
            }
            const QRectF bounds =
                m_renderer->transformForElement(id).mapRect(m_renderer->boundsOnElement(id));
            const QRectF onScreen(target.x() + (bounds.x() - box.x()) * sx,
                                  target.y() + (bounds.y() - box.y()) * sy, bounds.width() * sx,
                                  bounds.height() * sy);
            m_renderer->render(&shapePainter, id, onScreen);
        }
        QImage tile(8, 8, QImage::Format_ARGB32_Premultiplied);
        tile.fill(QColor(colours::kHatchGround));
        {
            QPainter tilePainter(&tile);
            tilePainter.setPen(QPen(QColor(colours::kHatchLine), 2));
            tilePainter.drawLine(0, 8, 8, 0);
            tilePainter.drawLine(-1, 1, 1, -1);
            tilePainter.drawLine(7, 9, 9, 7);
        }
        shapePainter.resetTransform();
        shapePainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        shapePainter.fillRect(shapes.rect(), QBrush(tile));
    }
    painter.save();
    painter.resetTransform();
    painter.drawImage(0, 0, shapes);
    painter.restore();
}

} // namespace tightside::gui
