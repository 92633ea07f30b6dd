#pragma once

// "Copy log" and "Open log folder" for the About page: what a bug report needs, in two
// clicks. The log (src/app/log.h) never holds health data, so copying it is safe to share.

#include "tightside/gui/services.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tightside::gui {

class LogButtons final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogButtons)

public:
    explicit LogButtons(Services& services, QWidget* parent = nullptr);

    QPushButton* copyButton() const { return m_copy; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    /// What the last click did ("The log was copied...", or why not).
    QLabel* status() const { return m_status; }

private:
    void copyLog();
    void openFolder();

    Services& m_services;
    QPushButton* m_copy = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tightside::gui
