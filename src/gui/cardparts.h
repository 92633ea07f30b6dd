#pragma once

// Small parts of the cards on the plan and summary pages (docs/design.md): a side badge in the
// left or right colour that says the side in a word, and a disclosure that shows a card's
// "why" on demand.

#include "tightside/core/region.h"

#include <QLabel>
#include <QWidget>

class QToolButton;

namespace tightside::gui {

/// "LEFT" or "RIGHT" on a rounded ground in the side's colour (style::leftSide/rightSide): the
/// word says the side, the colour only repeats it.
class SideBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideBadge)

public:
    SideBadge(core::Side side, QWidget* parent = nullptr);
    core::Side side() const { return m_side; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    core::Side m_side;
};

/// A toggle ("Why this step", an arrow beside it) and the words it shows and hides. The toggle
/// is a Tab stop, Space opens and closes it, and it is checked while open, so a screen
/// reader says whether the words are shown.
class Disclosure final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Disclosure)

public:
    /// `title` is the toggle's text (with its & mnemonic, if any).
    Disclosure(const QString& title, QWidget* parent = nullptr);
    /// The words behind the toggle (rich text is escaped by the caller).
    void setText(const QString& text);
    QString text() const;
    bool isOpen() const;
    void setOpen(bool open);
    QToolButton* toggle() const { return m_toggle; }
    QLabel* body() const { return m_body; }

private:
    QToolButton* m_toggle = nullptr;
    QLabel* m_body = nullptr;
};

} // namespace tightside::gui
