#pragma once

#include <QGroupBox>

namespace tightside::gui {

/// A group box whose frame is a plain rounded line in the palette's own colours, the title as
/// the style draws it. The Fusion style paints its frame from a PNG, and decoding the first PNG
/// of a run was 3 ms of every start-up (the safety questions open in two groups). It is still a
/// QGroupBox: a screen reader hears a grouping named by its title.
class FramedGroup final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FramedGroup)

public:
    explicit FramedGroup(const QString& title, QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace tightside::gui
