#pragma once

#include "tightside/core/rulesengine.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace tightside::gui {

/// One setting: its key, its type and its default, read and written through QSettings.
/// Modelled on qBittorrent's SettingValue<T>. The key is the one settings files have always
/// used, so files written by earlier versions read the same.
template <typename T>
class SettingValue
{
public:
    SettingValue(QSettings& settings, QString key, T defaultValue)
        : m_settings(&settings), m_key(std::move(key)), m_default(std::move(defaultValue))
    {}

    T get() const
    {
        const QVariant value = m_settings->value(m_key);
        if (!value.isValid() || !value.canConvert<T>()) {
            return m_default;
        }
        return value.template value<T>();
    }
    T operator()() const { return get(); }
    void set(const T& value) { m_settings->setValue(m_key, QVariant::fromValue(value)); }
    /// Back to the default: the key leaves the file.
    void reset() { m_settings->remove(m_key); }
    bool isSet() const { return m_settings->contains(m_key); }
    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QSettings* m_settings;
    QString m_key;
    T m_default;
};

/// Every setting of the window, in one place: nothing else names a settings key.
class Preferences
{
public:
    /// `settings` must outlive the preferences (tests give one on a temporary file).
    explicit Preferences(QSettings& settings);

    /// The data folder chosen in Settings; empty for the platform's folder (contracts.md).
    SettingValue<QString> dataDir;
    /// The protocol file loaded in Settings; empty for the built-in protocol.
    SettingValue<QString> protocolPath;
    /// The preferred hold in seconds; 0 for the protocol's own (core::PlanOptions).
    SettingValue<int> stepSeconds;
    /// Spoken cues on or off, and the speech engine ("" for the default one).
    SettingValue<bool> voiceEnabled;
    SettingValue<QString> voiceEngine;
    /// The player's sounds on or off, and their volume in percent (0-100).
    SettingValue<bool> soundEnabled;
    SettingValue<int> soundVolume;
    /// The first-run welcome was acknowledged.
    SettingValue<bool> welcomeAcknowledged;
    /// Where and how large the window was last (QWidget::saveGeometry()).
    SettingValue<QByteArray> windowGeometry;
    /// The language chosen in Settings ("en", "de", "es", "fr"); empty for the system's. It
    /// applies from the next start (core::chooseLanguage).
    SettingValue<QString> language;
    /// When "Skip this week" was last chosen on the activities page (UTC ISO 8601); empty
    /// when never. Only a time, no answer: the activities are not asked again for a week.
    SettingValue<QString> activitiesSkipped;
    /// The look chosen in Settings: "system" (follow the desktop), "light", "dark" or
    /// "contrast" (style::themeFromId).
    SettingValue<QString> theme;
    /// The text size in percent of the desktop's (100 to 200).
    SettingValue<int> textSize;
    /// Keep the photos measured on a group page (issue 23): off by default, when only the
    /// landmarks and the angles are kept.
    SettingValue<bool> keepPhotos;

    /// The engine's options from these settings: the preferred hold when one is set, else
    /// the protocol's own (the one place the stored 0 is read as "none").
    core::PlanOptions planOptions() const;

    /// Writes pending changes to the file now.
    void sync();

private:
    QSettings& m_settings;
};

} // namespace tightside::gui
