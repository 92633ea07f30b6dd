#include "settingspage.h"

#include "layouthelpers.h"
#include "texts.h"

#include "tightside/gui/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tightside::gui {

SettingsPage::SettingsPage(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    auto* folderRow = new QHBoxLayout;
    m_dataDir = new QLineEdit(this);
    m_dataDir->setObjectName(QStringLiteral("settingsDataDir"));
    m_dataDir->setReadOnly(true);
    m_dataDir->setAccessibleName(QStringLiteral("Data folder"));
    m_dataDir->setAccessibleDescription(
        QStringLiteral("Where your sessions are kept on this computer. Read only: use Choose."));
    auto* chooseFolder = new QPushButton(QStringLiteral("Ch&oose..."), this);
    chooseFolder->setObjectName(QStringLiteral("settingsChooseDataDir"));
    chooseFolder->setAccessibleName(QStringLiteral("Choose the data folder"));
    chooseFolder->setAccessibleDescription(
        QStringLiteral("Opens a folder picker. The history is then read from the new folder."));
    folderRow->addWidget(m_dataDir, 1);
    folderRow->addWidget(chooseFolder);
    form->addRow(QStringLiteral("Data folder:"), folderRow);

    m_voice = new QCheckBox(QStringLiteral("Speak the cues"), this);
    m_voice->setObjectName(QStringLiteral("settingsVoice"));
    m_voice->setAccessibleDescription(
        QStringLiteral("Tick to hear the routine's cues. They are always shown on screen too."));
    m_voice->setChecked(m_services.preferences.voiceEnabled());
    form->addRow(QStringLiteral("Voice:"), m_voice);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("settingsEngine"));
    m_engine->setAccessibleName(QStringLiteral("Speech engine"));
    m_engine->setAccessibleDescription(
        QStringLiteral("Which installed voice speaks the cues. Default picks one for you."));
    m_engine->addItem(QStringLiteral("Default"), QString());
    for (const QString& engine : m_services.cues.engines()) {
        m_engine->addItem(engine, engine);
    }
    const int engineIndex = m_engine->findData(m_services.preferences.voiceEngine());
    m_engine->setCurrentIndex(engineIndex < 0 ? 0 : engineIndex);
    form->addRow(QStringLiteral("Speech engine:"), m_engine);
    m_voiceStatus = makeLabel(QString(), this, QStringLiteral("settingsVoiceStatus"));
    form->addRow(QString(), m_voiceStatus);

    m_stepSeconds = new QSpinBox(this);
    m_stepSeconds->setObjectName(QStringLiteral("settingsStepSeconds"));
    m_stepSeconds->setAccessibleName(QStringLiteral("Default step length in seconds"));
    m_stepSeconds->setAccessibleDescription(
        QStringLiteral("How long each release lasts, within the protocol's range. Gentler "
                       "holds for a precaution or a flare-up are never made longer."));
    m_stepSeconds->setSuffix(QStringLiteral(" s"));
    if (auto* edit = m_stepSeconds->findChild<QLineEdit*>()) {
        // The spin box's text field is what takes focus, so it carries the same words.
        edit->setAccessibleName(m_stepSeconds->accessibleName());
        edit->setAccessibleDescription(m_stepSeconds->accessibleDescription());
    }
    form->addRow(QStringLiteral("Default step length:"), m_stepSeconds);

    layout->addLayout(form);
    auto* protocolHeading =
        makeLabel(QStringLiteral("Protocol"), this, QStringLiteral("pageHeading"));
    QFont headingFont = protocolHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    protocolHeading->setFont(headingFont);
    layout->addSpacing(protocolHeading->fontMetrics().height() / 2);
    layout->addWidget(protocolHeading);
    m_protocolName = makeLabel(QString(), this, QStringLiteral("settingsProtocolName"));
    layout->addWidget(m_protocolName);
    auto* protocolRow = new QHBoxLayout;
    auto* load = new QPushButton(QStringLiteral("&Load a protocol file..."), this);
    load->setObjectName(QStringLiteral("settingsLoadProtocol"));
    load->setAccessibleDescription(
        QStringLiteral("Opens a protocol file. It is checked first; every problem is listed."));
    auto* builtin = new QPushButton(QStringLiteral("Use the &built-in protocol"), this);
    builtin->setObjectName(QStringLiteral("settingsBuiltinProtocol"));
    builtin->setAccessibleDescription(
        QStringLiteral("Goes back to the protocol that comes with Tightside."));
    protocolRow->addWidget(load);
    protocolRow->addWidget(builtin);
    protocolRow->addStretch();
    layout->addLayout(protocolRow);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setAccessibleName(QStringLiteral("Problems found in the protocol file"));
    m_problems->setAccessibleDescription(
        QStringLiteral("One problem a line, with where it is in the file."));
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(QStringLiteral("Problems in a loaded protocol file show here."));
    layout->addWidget(m_problems, 1);

    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = m_services.prompter.folder(
            this, QStringLiteral("Choose the data folder"), m_dataDir->text());
        if (!dir.isEmpty()) {
            emit dataDirChosen(dir);
        }
    });
    connect(m_voice, &QCheckBox::toggled, this, &SettingsPage::applyVoice);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &SettingsPage::applyVoice);
    connect(m_stepSeconds, &QSpinBox::valueChanged, this,
            [this](int value) { m_services.preferences.stepSeconds.set(value); });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = m_services.prompter.openFile(this, QStringLiteral("Load a protocol"),
                                                          QStringLiteral("Protocols (*.json)"));
        if (!path.isEmpty()) {
            loadProtocol(path);
        }
    });
    connect(builtin, &QPushButton::clicked, this, [this] {
        m_problems->clear();
        emit protocolChosen(QString(),
                            std::make_shared<const core::Protocol>(core::builtinProtocol()));
    });
    m_voiceStatus->setText(m_voice->isChecked()
                               ? QStringLiteral("The voice starts with the routine. If it cannot "
                                                "play, cues are shown on screen.")
                               : m_services.cues.problem());
}

void applyVoiceSettings(Services& services)
{
    services.cues.configure(services.preferences.voiceEnabled(),
                            services.preferences.voiceEngine());
}

void SettingsPage::showEvent(QShowEvent* event)
{
    // Listing speech engines reads plugin metadata: done when Settings is first opened.
    if (!m_enginesListed) {
        m_enginesListed = true;
        const QSignalBlocker blocker(m_engine);
        for (const QString& engine : m_services.cues.engines()) {
            if (m_engine->findData(engine) < 0) {
                m_engine->addItem(engine, engine);
            }
        }
    }
    QWidget::showEvent(event);
}

void SettingsPage::applyVoice()
{
    m_services.preferences.voiceEnabled.set(m_voice->isChecked());
    m_services.preferences.voiceEngine.set(m_engine->currentData().toString());
    m_services.cues.configure(m_voice->isChecked(), m_engine->currentData().toString());
    const QString problem = m_services.cues.problem();
    m_voiceStatus->setText(problem.isEmpty() ? QStringLiteral("Voice on.") : problem);
}

void SettingsPage::setState(const QString& dataDir, const core::Protocol& protocol,
                            const QString& protocolPath)
{
    m_dataDir->setText(dataDir);
    const QSignalBlocker blocker(m_stepSeconds);
    m_stepSeconds->setRange(protocol.standard.minSeconds, protocol.standard.maxSeconds);
    m_stepSeconds->setSingleStep(5);
    const int stored = m_services.preferences.stepSeconds();
    m_stepSeconds->setValue(stored > 0 ? stored : protocol.standard.seconds);
    m_protocolName->setText(QStringLiteral("In use: %1, version %2%3")
                                .arg(qs(protocol.name), qs(protocol.version),
                                     protocolPath.isEmpty()
                                         ? QStringLiteral(" (built in)")
                                         : QStringLiteral(", from ") + protocolPath));
}

bool SettingsPage::loadProtocol(const QString& path)
{
    core::ProtocolLoad load = core::loadProtocolFile(path.toStdString());
    if (!load.protocol) {
        QStringList lines;
        lines << QStringLiteral("This protocol was not loaded. Fix these problems and load it "
                                "again; the protocol in use stays as it was.");
        for (const core::Problem& problem : load.problems) {
            lines << qs(core::formatProblem(path.toStdString(), problem));
        }
        m_problems->setPlainText(lines.join(QLatin1Char('\n')));
        return false;
    }
    m_problems->setPlainText(QStringLiteral("Loaded %1: no problems found.").arg(path));
    emit protocolChosen(path, std::make_shared<const core::Protocol>(std::move(*load.protocol)));
    return true;
}

} // namespace tightside::gui
