#include "tightside/l10n/l10n.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <mutex>
#include <vector>

namespace tightside::l10n {
namespace {

std::mutex g_mutex;
std::string g_language = "en"; // guarded by g_mutex; written at start-up
// Guarded by g_mutex. Owned by the application: when it goes (a report's QGuiApplication made
// for one export), so do they, and the guarded pointers turn null.
std::vector<QPointer<QTranslator>> g_installed;

std::string variable(const char* name)
{
    return qEnvironmentVariable(name).toStdString();
}

/// Installs one translation file, owned by the application; false when it is not there.
bool installFile(const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(name, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    g_installed.emplace_back(translator);
    return true;
}

} // namespace

LangOption takeLangOption(const std::vector<std::string>& args)
{
    LangOption option;
    bool positionalOnly = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::optional<std::string> value;
        if (positionalOnly || (arg != "--lang" && arg.rfind("--lang=", 0) != 0)) {
            positionalOnly = positionalOnly || arg == "--";
            option.rest.push_back(arg);
            continue;
        }
        if (arg == "--lang") {
            if (i + 1 >= args.size()) {
                option.error = "--lang needs a language code: en, de, es or fr";
                continue;
            }
            value = args[++i];
        } else {
            value = arg.substr(7);
        }
        if (!core::isSupportedLanguage(*value)) {
            option.error = "--lang must be en, de, es or fr, not '" + *value + "'";
        } else {
            option.code = value;
        }
    }
    return option;
}

core::LocaleEnvironment processEnvironment()
{
    return {variable("LANGUAGE"), variable("LC_ALL"), variable("LC_MESSAGES"), variable("LANG")};
}

core::LanguageChoice chooseForProcess(const std::vector<std::string>& args,
                                      std::string_view setting)
{
    return core::chooseLanguage(takeLangOption(args).code, setting, processEnvironment());
}

void install(const core::LanguageChoice& choice)
{
    QLocale::setDefault(QLocale(QString::fromStdString(choice.locale)));
    const std::lock_guard lock(g_mutex);
    g_language = choice.language;
    // A second install (the screenshot tour switches language) replaces the first.
    for (const QPointer<QTranslator>& translator : g_installed) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    g_installed.clear();
    if (QCoreApplication::instance() == nullptr) {
        return;
    }
    const QString code = QString::fromStdString(choice.language);
    if (choice.language != "en") {
        // Qt's own words (standard dialog buttons), where qt6-translations-l10n is installed.
        installFile(QStringLiteral("qtbase_") + code,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // English is the source language: its file holds only the plural forms.
    if (!installFile(QStringLiteral("tightside_") + code, QStringLiteral(":/i18n"))) {
        qWarning("tightside: the %s translation is missing from this build; English is shown",
                 qPrintable(code));
    }
}

QString sessionTime(const std::string& iso8601)
{
    QString text = QString::fromStdString(iso8601);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        return text;
    }
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

std::chrono::seconds utcOffsetAt(core::UtcTime time)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(time.time_since_epoch().count(), Qt::UTC);
    return std::chrono::seconds{utc.toLocalTime().offsetFromUtc()};
}

std::string language()
{
    const std::lock_guard lock(g_mutex);
    return g_language;
}

} // namespace tightside::l10n
