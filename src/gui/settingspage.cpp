#include "settingspage.h"

#include "layouthelpers.h"
#include "namedcombobox.h"
#include "remindersettings.h"
#include "soundsettings.h"
#include "style.h"
#include "texts.h"

#include "tightside/core/rulesengine.h"

#include "tightside/gui/preferences.h"
#include "tightside/l10n/l10n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tightside::gui {

SettingsPage::SettingsPage(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // The settings in groups (issue 26): your data, voice and sound, look, language, routine
    // and reminders, each a card with its heading, in two columns; the protocol below them.
    // The whole scrolls on a short screen.
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("settingsContent"));
    auto* layout = new QVBoxLayout(content);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(style::space::m);
    auto* leftColumn = new QVBoxLayout;
    auto* rightColumn = new QVBoxLayout;
    leftColumn->setSpacing(style::space::m);
    rightColumn->setSpacing(style::space::m);
    columns->addLayout(leftColumn, 1);
    columns->addLayout(rightColumn, 1);
    layout->addLayout(columns);
    QFormLayout* form = nullptr;
    const auto section = [this, &form](QVBoxLayout* column, const QString& title,
                                       const QString& name) {
        auto* card = new style::Card(this);
        card->setObjectName(name);
        card->setAccessibleName(title);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(style::space::m, style::space::m, style::space::m,
                                       style::space::m);
        QLabel* heading = makeLabel(title, card, name + QStringLiteral("Heading"));
        style::setType(heading, style::Type::Heading);
        cardLayout->addWidget(heading);
        form = new QFormLayout;
        cardLayout->addLayout(form);
        column->addWidget(card);
    };
    section(leftColumn, tr("Your data"), QStringLiteral("settingsData"));

    // Each row's label is made before its field, so a screen reader reads "Voice:" before the
    // box it names, as on screen; the label is also the field's buddy (Alt+letter, relations).
    const auto rowLabel = [this](const QString& text) { return new QLabel(text, this); };
    auto* folderLabel = rowLabel(tr("Data folder:"));
    auto* folderRow = new QHBoxLayout;
    // Shown as selectable text, not as a read-only text field: a field reported itself both
    // editable and read-only to screen readers.
    m_dataDir = new QLabel(this);
    m_dataDir->setObjectName(QStringLiteral("settingsDataDir"));
    m_dataDir->setTextFormat(Qt::PlainText);
    m_dataDir->setWordWrap(true);
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_dataDir->setFocusPolicy(Qt::StrongFocus);
    m_dataDir->setAccessibleDescription(
        tr("Where your sessions are kept on this computer. To change it, use Choose."));
    folderLabel->setBuddy(m_dataDir);
    auto* chooseFolder = new QPushButton(tr("Ch&oose..."), this);
    chooseFolder->setObjectName(QStringLiteral("settingsChooseDataDir"));
    chooseFolder->setAccessibleName(tr("Choose the data folder"));
    chooseFolder->setAccessibleDescription(
        tr("Opens a folder picker. The history is then read from the new folder."));
    folderRow->addWidget(m_dataDir, 1);
    folderRow->addWidget(chooseFolder);
    form->addRow(folderLabel, folderRow);
    auto* photosLabel = rowLabel(tr("Photos:"));
    auto* keepPhotos = new QCheckBox(tr("Keep the photos I measure on"), this);
    keepPhotos->setObjectName(QStringLiteral("settingsKeepPhotos"));
    keepPhotos->setAccessibleDescription(
        tr("Off: only the landmarks and the angles are kept. On: the photos are kept too, "
           "readable only by you, in the data folder's photos folder; they are never "
           "exported."));
    keepPhotos->setChecked(m_services.preferences.keepPhotos());
    photosLabel->setBuddy(keepPhotos);
    form->addRow(photosLabel, keepPhotos);
    connect(keepPhotos, &QCheckBox::toggled, this,
            [this](bool on) { m_services.preferences.keepPhotos.set(on); });

    section(leftColumn, tr("Voice and sound"), QStringLiteral("settingsVoiceSound"));
    auto* voiceLabel = rowLabel(tr("Voice:"));
    m_voice = new QCheckBox(tr("Speak the cues"), this);
    m_voice->setObjectName(QStringLiteral("settingsVoice"));
    m_voice->setAccessibleDescription(
        tr("Tick to hear the routine's cues. They are always shown on screen too."));
    m_voice->setChecked(m_services.preferences.voiceEnabled());
    voiceLabel->setBuddy(m_voice);
    form->addRow(voiceLabel, m_voice);
    auto* engineLabel = rowLabel(tr("Speech engine:"));
    // Named "Speech engine" with the choice as its value (a plain combo box is named after
    // its value on Linux).
    m_engine = new NamedComboBox(this);
    m_engine->setObjectName(QStringLiteral("settingsEngine"));
    m_engine->setAccessibleName(tr("Speech engine"));
    m_engine->setAccessibleDescription(
        tr("Which installed voice speaks the cues. Default picks one for you."));
    m_engine->addItem(tr("Default"), QString());
    for (const QString& engine : m_services.cues.engines()) {
        m_engine->addItem(engine, engine);
    }
    const int engineIndex = m_engine->findData(m_services.preferences.voiceEngine());
    m_engine->setCurrentIndex(engineIndex < 0 ? 0 : engineIndex);
    engineLabel->setBuddy(m_engine);
    form->addRow(engineLabel, m_engine);
    m_voiceStatus = makeLabel(QString(), this, QStringLiteral("settingsVoiceStatus"));
    form->addRow(QString(), m_voiceStatus);
    // The label first, so a screen reader reads it before the controls it names.
    auto* soundLabel = rowLabel(tr("Sound:"));
    auto* sound = new SoundSettings(m_services, this);
    form->addRow(soundLabel, sound);

    // The look (issue 26): follows the desktop unless chosen here; applies at once.
    section(rightColumn, tr("Look"), QStringLiteral("settingsLook"));
    auto* themeLabel = rowLabel(tr("Loo&k:"));
    m_theme = new NamedComboBox(this);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->setAccessibleName(tr("Look"));
    m_theme->setAccessibleDescription(
        tr("Light or dark colours, or the desktop's own. High contrast is black and white."));
    m_theme->addItem(tr("Follow the desktop"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("High contrast"), QStringLiteral("contrast"));
    const int themeIndex = m_theme->findData(m_services.preferences.theme());
    m_theme->setCurrentIndex(themeIndex < 0 ? 0 : themeIndex);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    auto* sizeLabel = rowLabel(tr("Te&xt size:"));
    m_textSize = new NamedComboBox(this);
    m_textSize->setObjectName(QStringLiteral("settingsTextSize"));
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setAccessibleDescription(tr("Makes every text in Tightside larger."));
    for (const int percent : style::kTextSizes) {
        m_textSize->addItem(tr("%1 %").arg(QLocale().toString(percent)), percent);
    }
    const int sizeIndex = m_textSize->findData(m_services.preferences.textSize());
    m_textSize->setCurrentIndex(sizeIndex < 0 ? 0 : sizeIndex);
    sizeLabel->setBuddy(m_textSize);
    form->addRow(sizeLabel, m_textSize);
    const auto applyLook = [this] {
        m_services.preferences.theme.set(m_theme->currentData().toString());
        m_services.preferences.textSize.set(m_textSize->currentData().toInt());
        style::applyLook(style::themeFromId(m_theme->currentData().toString()),
                         m_textSize->currentData().toInt());
    };
    connect(m_theme, &QComboBox::currentIndexChanged, this, applyLook);
    connect(m_textSize, &QComboBox::currentIndexChanged, this, applyLook);

    section(rightColumn, tr("Language"), QStringLiteral("settingsLanguage"));
    auto* languageLabel = rowLabel(tr("Language:"));
    m_language = new NamedComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of Tightside. It applies the next time you start Tightside."));
    m_language->addItem(tr("The system's language"), QString());
    //: Each language is named in itself, so that a person who cannot read the current one
    //: still finds theirs: keep "Deutsch", "English", "Español" and "Français" as they are.
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Deutsch"), QStringLiteral("de"));
    m_language->addItem(tr("Español"), QStringLiteral("es"));
    m_language->addItem(tr("Français"), QStringLiteral("fr"));
    const int languageIndex = m_language->findData(m_services.preferences.language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), makeLabel(tr("A new language applies the next time you start "
                                         "Tightside."),
                                      this, QStringLiteral("settingsLanguageNote")));

    section(rightColumn, tr("Routine and reminders"), QStringLiteral("settingsRoutine"));
    auto* stepLabel = rowLabel(tr("Default step length:"));
    m_stepSeconds = new QSpinBox(this);
    m_stepSeconds->setObjectName(QStringLiteral("settingsStepSeconds"));
    m_stepSeconds->setAccessibleName(tr("Default step length in seconds"));
    m_stepSeconds->setAccessibleDescription(
        tr("How long each release lasts, within the protocol's range. Gentler "
           "holds for a precaution or a flare-up are never made longer."));
    m_stepSeconds->setSuffix(QStringLiteral(" s"));
    if (auto* edit = m_stepSeconds->findChild<QLineEdit*>()) {
        // The spin box's text field is what takes focus, so it carries the same words.
        edit->setAccessibleName(m_stepSeconds->accessibleName());
        edit->setAccessibleDescription(m_stepSeconds->accessibleDescription());
    }
    stepLabel->setBuddy(m_stepSeconds);
    form->addRow(stepLabel, m_stepSeconds);

    // Reminders (issue 25): self-contained in remindersettings.h.
    auto* remindersLabel = rowLabel(tr("Reminders:"));
    auto* reminders = new ReminderSettingsBox(this);
    remindersLabel->setBuddy(reminders->enabledBox());
    form->addRow(remindersLabel, reminders);

    leftColumn->addStretch(1);
    rightColumn->addStretch(1);
    auto* protocolHeading = makeLabel(tr("Protocol"), this, QStringLiteral("pageHeading"));
    style::setType(protocolHeading, style::Type::Heading);
    layout->addSpacing(style::space::s);
    layout->addWidget(protocolHeading);
    m_protocolName = makeLabel(QString(), this, QStringLiteral("settingsProtocolName"));
    layout->addWidget(m_protocolName);
    auto* protocolRow = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Load a protocol file..."), this);
    load->setObjectName(QStringLiteral("settingsLoadProtocol"));
    load->setAccessibleDescription(
        tr("Opens a protocol file. It is checked first; every problem is listed."));
    auto* builtin = new QPushButton(tr("Use the &built-in protocol"), this);
    builtin->setObjectName(QStringLiteral("settingsBuiltinProtocol"));
    builtin->setAccessibleDescription(tr("Goes back to the protocol that comes with Tightside."));
    protocolRow->addWidget(load);
    protocolRow->addWidget(builtin);
    protocolRow->addStretch();
    layout->addLayout(protocolRow);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setAccessibleName(tr("Problems found in the protocol file"));
    m_problems->setAccessibleDescription(tr("One problem a line, with where it is in the file."));
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("Problems in a loaded protocol file show here."));
    layout->addWidget(m_problems, 1);
    // Only when there is something to show (issue 26: a 900 px empty box led the page).
    m_problems->hide();
    layout->addStretch(1);
    outer->addWidget(scrolled(content, this, tr("Settings")));

    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir =
            m_services.prompter.folder(this, tr("Choose the data folder"), m_dataDir->text());
        if (!dir.isEmpty()) {
            emit dataDirChosen(dir);
        }
    });
    connect(m_voice, &QCheckBox::toggled, this, &SettingsPage::applyVoice);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_services.preferences.language.set(m_language->currentData().toString()); });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &SettingsPage::applyVoice);
    connect(m_stepSeconds, &QSpinBox::valueChanged, this,
            [this](int value) { m_services.preferences.stepSeconds.set(value); });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            m_services.prompter.openFile(this, tr("Load a protocol"), tr("Protocols (*.json)"));
        if (!path.isEmpty()) {
            loadProtocol(path);
        }
    });
    connect(builtin, &QPushButton::clicked, this, [this] {
        m_problems->clear();
        m_problems->hide();
        emit protocolChosen(QString(), std::make_shared<const core::Protocol>(
                                           core::builtinProtocol(l10n::language())));
    });
    // Why there is no voice (none installed, or it failed earlier in this run) wins over the
    // promise that it starts with the routine.
    const QString voiceProblem = m_services.cues.problem();
    m_voiceStatus->setText(!voiceProblem.isEmpty() || !m_voice->isChecked()
                               ? voiceProblem
                               : tr("The voice starts with the routine. If it cannot "
                                    "play, cues are shown on screen."));
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
    m_voiceStatus->setText(problem.isEmpty() ? tr("Voice on.") : problem);
}

void SettingsPage::setState(const QString& dataDir, const core::Protocol& protocol,
                            const QString& protocolPath)
{
    m_dataDir->setText(dataDir);
    m_dataDir->setAccessibleName(tr("Data folder: %1").arg(dataDir));
    const QSignalBlocker blocker(m_stepSeconds);
    m_stepSeconds->setRange(protocol.standard.minSeconds, protocol.standard.maxSeconds);
    m_stepSeconds->setSingleStep(5);
    // The hold the engine runs a standard step at with this preference.
    m_stepSeconds->setValue(
        core::holdSeconds(protocol, false, m_services.preferences.planOptions()));
    // Two whole sentences, never one glued from " (built in)" or ", from ".
    m_protocolName->setText(
        protocolPath.isEmpty()
            ? tr("In use: %1, version %2 (built in)").arg(qs(protocol.name), qs(protocol.version))
            : tr("In use: %1, version %2, from %3")
                  .arg(qs(protocol.name), qs(protocol.version), protocolPath));
}

bool SettingsPage::loadProtocol(const QString& path)
{
    core::ProtocolLoad load = core::loadProtocolFile(path.toStdString(), l10n::language());
    if (!load.protocol) {
        QStringList lines;
        lines << tr("This protocol was not loaded. Fix these problems and load it "
                    "again; the protocol in use stays as it was.");
        for (const core::Problem& problem : load.problems) {
            lines << qs(core::formatProblem(path.toStdString(), problem));
        }
        m_problems->setPlainText(lines.join(QLatin1Char('\n')));
        m_problems->show();
        return false;
    }
    m_problems->setPlainText(tr("Loaded %1: no problems found.").arg(path));
    m_problems->show();
    emit protocolChosen(path, std::make_shared<const core::Protocol>(std::move(*load.protocol)));
    return true;
}

} // namespace tightside::gui
