#pragma once

// Protocol texts in several languages (private to tightside_core): a protocol may declare
// "languages": ["en", "de", ...]; each text is then an object {"en": "...", "de": "..."}.
// resolveProtocolTexts() checks every text in every language and returns a copy of the
// document in which each text is the plain string of one language, for the loader to read.

#include "jsoncheck.h"

#include <string>
#include <string_view>
#include <vector>

namespace tightside::core::detail {

struct ResolvedTexts
{
    nlohmann::json document;
    /// The declared languages, in the file's order (empty for a single-language protocol).
    std::vector<std::string> languages;
    /// The language the texts were taken from ("" for a single-language protocol).
    std::string language;
};

ResolvedTexts resolveProtocolTexts(const nlohmann::json& document, std::string_view language,
                                   Checker& check);

} // namespace tightside::core::detail
