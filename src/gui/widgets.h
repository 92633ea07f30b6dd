#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/region.h"

#include <QByteArray>
#include <QLabel>
#include <QWidget>

class QSlider;
class QSvgRenderer;

namespace tightside::gui {

/// One 0-10 input with the words "none" and "extreme" at its ends; keyboard (arrows, Home,
/// End, digits) and mouse both work.
class RatingInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingInput)

public:
    /// `title` is shown large ("LEFT"); `accessibleName` says what is rated.
    RatingInput(const QString& title, const QString& accessibleName, QWidget* parent = nullptr);

    int value() const;
    void setValue(int value);
    QSlider* slider() const { return m_slider; }

signals:
    void valueChanged(int value);

private:
    void updateValueLabel(int value);

    QSlider* m_slider = nullptr;
    QLabel* m_value = nullptr;
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
    void setRating(core::Rating rating);
    RatingInput* left() const { return m_left; }
    RatingInput* right() const { return m_right; }
    QString gapText() const;

signals:
    void ratingChanged();

private:
    void updateGap();

    int m_threshold;
    RatingInput* m_left = nullptr;
    RatingInput* m_right = nullptr;
    QLabel* m_gap = nullptr;
};

/// An SVG drawn to fit, keeping its proportions; optionally mirrored (pictures are drawn for
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
    bool hasPicture() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer* m_renderer = nullptr;
    bool m_mirrored = false;
    QString m_placeholder;
};

/// A picture from resources/pictures (":/pictures/<name>.svg"); empty when it is missing.
QByteArray pictureData(const QString& name);

/// The body map (front for most groups, back for hamstrings and lats) with one group's side lit:
/// a strong fill and a thick outline, so it does not depend on colour alone. Returns the SVG.
QByteArray litBodyMap(core::Region group, core::Side side, bool* back = nullptr);

/// A word-wrapped label; `role` sets the object name used by tests and styles.
QLabel* makeLabel(const QString& text, QWidget* parent, const QString& objectName = {});

/// Gives focus to the first control inside `root` that takes Tab focus.
void focusFirstIn(QWidget* root);

/// A numbered list as rich text, escaped.
QString numberedList(const std::vector<std::string>& items);
QString bulletList(const std::vector<std::string>& items);

} // namespace tightside::gui
