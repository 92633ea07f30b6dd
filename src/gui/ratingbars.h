#pragma once

#include "tightside/core/answers.h"

#include <QWidget>

#include <optional>

namespace tightside::gui {

/// One group's ratings drawn as bars on the 0-10 scale: left and right before the routine
/// (lighter) and after it (solid), each bar in its side's colour with its letter (L or R)
/// before it and its number after it, and the scale's 0 and 10 under them. The accessible
/// description says the same numbers in one sentence.
class RatingBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingBars)

public:
    explicit RatingBars(QWidget* parent = nullptr);

    /// `group` names the group in the accessible name; `before` is empty when the group was
    /// not rated before the routine.
    void setRatings(const QString& group, const std::optional<core::Rating>& before,
                    const core::Rating& after);
    std::optional<core::Rating> before() const { return m_before; }
    core::Rating after() const { return m_after; }

    /// The numbers in words, as the accessible description says them.
    static QString describe(const std::optional<core::Rating>& before, const core::Rating& after);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Metrics
    {
        int row = 0;    ///< one bar's row height
        int phase = 0;  ///< width of the "Before"/"After" column
        int letter = 0; ///< width of the L/R column
        int number = 0; ///< width of the number column
        int gap = 0;    ///< space between columns
        int scale = 0;  ///< height of the scale row
    };
    Metrics metrics() const;
    int rows() const { return m_before ? 4 : 2; }
    int fixedWidth(const Metrics& m) const;
    int fullHeight(const Metrics& m) const;

    std::optional<core::Rating> m_before;
    core::Rating m_after;
};

} // namespace tightside::gui
