#pragma once

// Languages at the edge: reads --lang and the locale variables, installs the translations
// (Tightside's own and Qt's) and the locale for dates and numbers. The rule for which language
// wins is core::chooseLanguage (pure, tested); this only feeds it and applies the result.

#include "tightside/core/course.h"
#include "tightside/core/language.h"

#include <QString>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::l10n {

/// `--lang CODE` or `--lang=CODE` taken out of a command line (the last one wins).
struct LangOption
{
    std::optional<std::string> code;
    /// A sentence for the person when the option is wrong ("" when it is fine).
    std::string error;
    /// The arguments without the option.
    std::vector<std::string> rest;
};

/// Finds --lang in `args` (program name excluded); arguments after "--" are left alone.
LangOption takeLangOption(const std::vector<std::string>& args);

/// The locale variables of this process (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
core::LocaleEnvironment processEnvironment();

/// The language for this run: --lang from `args`, else `setting` (the window's Settings
/// choice, "" for none), else the locale variables.
core::LanguageChoice chooseForProcess(const std::vector<std::string>& args,
                                      std::string_view setting = {});

/// Applies a choice to the running QCoreApplication: QLocale's default becomes
/// `choice.locale`, and for a language other than English Tightside's translation and Qt's own
/// (qtbase, for standard buttons) are installed, replacing those an earlier install() put in.
/// English installs only its plural forms ("1 session", "2 sessions").
/// Call right after the application object exists and before any text is made.
void install(const core::LanguageChoice& choice);

/// The language install() applied last (one of core::kLanguages; "en" before any install()).
/// Load the protocol in it: core::builtinProtocol(l10n::language()).
std::string language();

/// A stored time ("2026-11-25T10:30:00Z", UTC) as a person reads it: local time in the short
/// date and time format of QLocale's default ("25.11.26, 11:30" in German). Text that is not
/// such a time comes back as it is. CSV and JSON keep the stored form.
QString sessionTime(const std::string& iso8601);

/// How far this computer's clock is ahead of UTC at `time` (its time zone, with summer time
/// as it was or will be then). The core works out local dates from this (it has no zones).
std::chrono::seconds utcOffsetAt(core::UtcTime time);

} // namespace tightside::l10n
