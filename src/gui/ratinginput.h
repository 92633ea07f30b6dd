#pragma once

#include "tightside/core/answers.h"
#include <QLabel>
#include <QWidget>

class QSlider;

namespace tightside::gui {

/// One 0-10 input with the words "none" and "extreme" at its ends; keyboard (arrows, Home,
/// End, digits), mouse and the accessibility interface (its Value) all work. The wheel turns
/// it only while it has focus, so scrolling the page never changes an answer.
class RatingInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingInput)

public:
    /// `title` is shown large ("LEFT"); `accessibleName` says what is rated.
    RatingInput(const QString& title, const QString& accessibleName, QWidget* parent = nullptr);

    int value() const;
    /// Sets the value; a value set is an answer.
    void setValue(int value);
    QSlider* slider() const { return m_slider; }
    /// False from setUnanswered() until the person moves the slider, presses a key on it
    /// (Home at 0 too: 0 is an answer), sets its value through the accessibility interface
    /// (0 too) or a value is set: an unanswered question shows and
    /// reads "Not answered yet", and never passes for a 0.
    bool answered() const { return m_answered; }
    void setUnanswered();

signals:
    void valueChanged(int value);
    void answeredChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markAnswered();
    void updateValueLabel(int value);

    QSlider* m_slider = nullptr;
    QLabel* m_value = nullptr;
    QString m_description;
    bool m_answered = true;
};

/// LEFT and RIGHT side by side with a live line such as "Left is tighter by 3".
class RatingPair final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingPair)

public:
    /// `what` names the rated thing for screen readers ("quadriceps tightness").
    RatingPair(const QString& what, int threshold, QWidget* parent = nullptr);

    core::Rating rating() const;
    /// Sets both sides; values set are answers.
    void setRating(core::Rating rating);
    /// True once both sides are answered (see RatingInput::answered()).
    bool answered() const;
    /// Both sides unanswered: the pair shows no gap and never passes for a 0 and 0.
    void setUnanswered();
    RatingInput* left() const { return m_left; }
    RatingInput* right() const { return m_right; }
    QString gapText() const;

signals:
    void ratingChanged();
    void answeredChanged();

private:
    void updateGap();

    int m_threshold;
    RatingInput* m_left = nullptr;
    RatingInput* m_right = nullptr;
    QLabel* m_gap = nullptr;
};

/// An SVG drawn to fit, keeping its proportions; optionally mirrored (pictures are drawn for

} // namespace tightside::gui
