#pragma once

// Which language Tightside speaks: a pure function of the --lang option and the locale
// environment, so the rule is tested without touching the process's environment.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tightside::core {

/// The languages Tightside ships, English first (the fallback).
inline constexpr std::array<std::string_view, 4> kLanguages = {"en", "de", "es", "fr"};

/// True for a code `--lang` accepts: one of kLanguages.
bool isSupportedLanguage(std::string_view code);

/// The locale variables, as the process found them ("" when unset).
struct LocaleEnvironment
{
    std::string language; // LANGUAGE: a colon-separated list, GNU gettext style
    std::string lcAll;    // LC_ALL
    std::string lcMessages;
    std::string lang; // LANG
};

struct LanguageChoice
{
    /// One of kLanguages.
    std::string language;
    /// The locale for dates, times and numbers: the environment's locale when it is in the
    /// chosen language ("de_AT"), else the language alone ("de").
    std::string locale;
};

/// `--lang CODE` when given (it must be supported; check with isSupportedLanguage first);
/// else the first supported language of LANGUAGE, then of the messages locale (LC_ALL, else
/// LC_MESSAGES, else LANG). As in POSIX and gettext, LANGUAGE is ignored when the messages
/// locale is C or POSIX (or unset). English when nothing supported is found.
LanguageChoice chooseLanguage(const std::optional<std::string>& option,
                              const LocaleEnvironment& environment);

/// The window's rule: `--lang CODE`, else the language chosen in Settings (`setting`, "" for
/// the system's; an unknown code counts as ""), else the locale as above.
LanguageChoice chooseLanguage(const std::optional<std::string>& option, std::string_view setting,
                              const LocaleEnvironment& environment);

} // namespace tightside::core
