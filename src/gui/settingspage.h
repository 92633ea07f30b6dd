#pragma once

#include "tightside/core/protocol.h"
#include "tightside/gui/services.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tightside::gui {

/// Applies the saved voice settings (on by default, and the engine) to `services.cues`. The
/// window calls it at start-up, since the Settings page is only built when first opened.
void applyVoiceSettings(Services& services);

/// Settings: data folder, voice on/off and engine, default step length within the protocol's
/// range, and a custom protocol (validated; every problem is shown).
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Services& services, QWidget* parent = nullptr);

    /// Shows the folder in use and the protocol's allowed step range.
    void setState(const QString& dataDir, const core::Protocol& protocol,
                  const QString& protocolPath);
    /// Loads and validates a protocol file; on success emits protocolChosen (the window
    /// saves the path once it uses the protocol).
    /// Returns false and lists every problem when it is invalid.
    bool loadProtocol(const QString& path);
    QPlainTextEdit* problems() const { return m_problems; }

signals:
    /// A folder was picked; the window asks before it drops a check, then uses and saves it.
    void dataDirChosen(const QString& dir);
    /// A valid protocol was loaded (empty path: back to the built-in one); the window asks
    /// before it drops a check, then uses and saves it.
    void protocolChosen(const QString& path, const std::shared_ptr<const core::Protocol>& protocol);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyVoice();

    Services& m_services;
    QLabel* m_dataDir = nullptr;
    QCheckBox* m_voice = nullptr;
    QComboBox* m_engine = nullptr;
    QLabel* m_voiceStatus = nullptr;
    QSpinBox* m_stepSeconds = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_textSize = nullptr;
    QLabel* m_protocolName = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    bool m_enginesListed = false;
};

} // namespace tightside::gui
