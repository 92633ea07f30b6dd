#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;

namespace tightside::gui {
class Prompter;
}

namespace tightside::gui {

/// "Please see a doctor": the seek-care plan's messages (what the red-flag answers mean, what to
/// do, the emergency line); no routine.
class SeekCarePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeekCarePage)

public:
    /// `prompter` asks where to save the page as PDF; without one, that button is disabled.
    explicit SeekCarePage(Prompter* prompter = nullptr, QWidget* parent = nullptr);

    /// Shows the seek-care `plan`: its messages, and nothing of the page's own.
    void showPlan(const core::Plan& plan);
    /// Adds the list of the red-flag answers `flags` (ids of `protocol`'s questions) that led
    /// here, to take to a doctor.
    void showAnswers(const core::Protocol& protocol, const std::vector<std::string>& flags);
    /// The page's words as plain text (what Copy puts on the clipboard).
    QString plainText() const;
    /// Writes the page to a PDF at `path` (A4); an error sentence or empty.
    QString savePdf(const QString& path) const;

signals:
    /// "Close this check".
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshColours();

    Prompter* m_prompter = nullptr;
    QWidget* m_card = nullptr;
    QLabel* m_sign = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace tightside::gui
