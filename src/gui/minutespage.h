#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QSpinBox;

namespace tightside::gui {

/// The optional time limit for today's releases.
class MinutesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MinutesPage)

public:
    explicit MinutesPage(QWidget* parent = nullptr);

    /// The minutes given, or nullopt when no limit is ticked.
    std::optional<int> minutes() const;

private:
    QCheckBox* m_useMinutes = nullptr;
    QSpinBox* m_minutes = nullptr;
};

} // namespace tightside::gui
