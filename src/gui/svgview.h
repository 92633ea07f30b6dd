#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPainter;
class QSvgRenderer;

namespace tightside::gui {

/// the left side). With no picture it shows a calm placeholder instead of an empty box.
class SvgView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SvgView)

public:
    explicit SvgView(QWidget* parent = nullptr);
    ~SvgView() override;

    /// Loads SVG text; empty or invalid data shows `placeholder`.
    void setSvg(const QByteArray& svg, bool mirrored, const QString& placeholder);
    /// Elements (by id) drawn hatched on top of their fill: the never-regions of a body map,
    /// so "off-limits" does not depend on colour.
    void setHatched(const QStringList& ids);
    QStringList hatched() const { return m_hatched; }
    bool mirrored() const { return m_mirrored; }
    bool hasPicture() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintHatching(QPainter& painter, const QRectF& target);

    QSvgRenderer* m_renderer = nullptr;
    bool m_mirrored = false;
    QString m_placeholder;
    QStringList m_hatched;
};

} // namespace tightside::gui
