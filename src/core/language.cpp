#include "tightside/core/language.h"

#include <algorithm>

namespace tightside::core {
namespace {

/// "de_AT.UTF-8@euro" -> "de_AT"; the codeset and modifier do not matter here.
std::string_view withoutCodeset(std::string_view locale)
{
    return locale.substr(0, locale.find_first_of(".@"));
}

/// The language part of a locale name, lower case: "de_AT" -> "de", "pt-BR" -> "pt".
std::string languagePart(std::string_view locale)
{
    std::string code(withoutCodeset(locale).substr(0, withoutCodeset(locale).find_first_of("_-")));
    std::transform(code.begin(), code.end(), code.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return code;
}

bool isPosixLocale(std::string_view locale)
{
    const auto name = withoutCodeset(locale);
    return name.empty() || name == "C" || name == "POSIX";
}

} // namespace

bool isSupportedLanguage(std::string_view code)
{
    return std::find(kLanguages.begin(), kLanguages.end(), code) != kLanguages.end();
}

LanguageChoice chooseLanguage(const std::optional<std::string>& option,
                              const LocaleEnvironment& environment)
{
    // The messages locale: the first of LC_ALL, LC_MESSAGES, LANG that is set (POSIX order).
    const std::string& messages = !environment.lcAll.empty()        ? environment.lcAll
                                  : !environment.lcMessages.empty() ? environment.lcMessages
                                                                    : environment.lang;
    const auto choice = [&messages](std::string language) {
        const bool sameLanguage = !isPosixLocale(messages) && languagePart(messages) == language;
        std::string locale = sameLanguage ? std::string(withoutCodeset(messages)) : language;
        return LanguageChoice{std::move(language), std::move(locale)};
    };
    if (option && isSupportedLanguage(*option)) {
        return choice(*option);
    }
    if (isPosixLocale(messages)) {
        return choice("en");
    }
    std::string_view list = environment.language;
    while (!list.empty()) {
        const auto colon = list.find(':');
        const std::string code = languagePart(list.substr(0, colon));
        if (isSupportedLanguage(code)) {
            return choice(code);
        }
        list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
    }
    const std::string code = languagePart(messages);
    return choice(isSupportedLanguage(code) ? code : "en");
}

LanguageChoice chooseLanguage(const std::optional<std::string>& option, std::string_view setting,
                              const LocaleEnvironment& environment)
{
    if (!option && isSupportedLanguage(setting)) {
        return chooseLanguage(std::string(setting), environment);
    }
    return chooseLanguage(option, environment);
}

} // namespace tightside::core
