#pragma once

#include "heightcache.h"

#include <QCheckBox>
#include <QFont>
#include <QStaticText>

namespace tightside::gui {

/// A yes/no question as one control: the tick box with the whole question beside it, wrapped
/// to the width it gets. A screen reader hears the question once, as the box's name (a box
/// "Yes" with a separate label read the question twice), and a click on the words ticks it.
class QuestionBox final : public QCheckBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionBox)

public:
    explicit QuestionBox(const QString& question, QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool hitButton(const QPoint& pos) const override { return rect().contains(pos); }

private:
    /// Where the words go inside a box `width` wide.
    QRect textRect(int width) const;
    int indicatorWidth() const;
    /// The question laid out for a box `width` wide.
    const QStaticText& words(int width) const;

    mutable HeightCache m_heights;
    mutable QStaticText m_words;
    mutable QFont m_wordsFont;
};

} // namespace tightside::gui
