#pragma once

#include <QWidget>

class QCheckBox;

namespace tightside::gui {

class RatingInput;

/// Back pain right now (0-10) and whether the back flared up in the last few days.
class PainPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainPage)

public:
    explicit PainPage(QWidget* parent = nullptr);

    int painNow() const;
    void setPainNow(int value);
    /// False until the pain is given: the slider starts unanswered, and Next waits for it.
    bool answered() const;
    bool flareUp() const;

signals:
    void answeredChanged();

private:
    RatingInput* m_painNow = nullptr;
    QCheckBox* m_flareUp = nullptr;
};

} // namespace tightside::gui
