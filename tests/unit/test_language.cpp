// Choosing the language: --lang, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG (POSIX and gettext).

#include "tightside/core/language.h"

#include <catch2/catch.hpp>

using namespace tightside::core;

namespace {

LocaleEnvironment env(std::string language, std::string lcAll, std::string lcMessages,
                      std::string lang)
{
    return {std::move(language), std::move(lcAll), std::move(lcMessages), std::move(lang)};
}

std::string chosen(const LocaleEnvironment& environment,
                   const std::optional<std::string>& option = std::nullopt)
{
    return chooseLanguage(option, environment).language;
}

} // namespace

TEST_CASE("Language: --lang wins over every variable", "[language]")
{
    const auto german = env("fr:es", "fr_FR.UTF-8", "es_ES.UTF-8", "de_DE.UTF-8");
    CHECK(chosen(german, "es") == "es");
    CHECK(chosen(german, "en") == "en");
    CHECK(chosen(env("", "", "", "C"), "de") == "de");
}

TEST_CASE("Language: only the four shipped codes are accepted for --lang", "[language]")
{
    for (const auto code : kLanguages) {
        CHECK(isSupportedLanguage(code));
    }
    CHECK_FALSE(isSupportedLanguage("it"));
    CHECK_FALSE(isSupportedLanguage("DE"));
    CHECK_FALSE(isSupportedLanguage("de_DE"));
    CHECK_FALSE(isSupportedLanguage(""));
}

TEST_CASE("Language: LC_ALL, then LC_MESSAGES, then LANG", "[language]")
{
    CHECK(chosen(env("", "fr_FR.UTF-8", "es_ES.UTF-8", "de_DE.UTF-8")) == "fr");
    CHECK(chosen(env("", "", "es_ES.UTF-8", "de_DE.UTF-8")) == "es");
    CHECK(chosen(env("", "", "", "de_DE.UTF-8")) == "de");
    CHECK(chosen(env("", "", "", "de_CH")) == "de");
    CHECK(chosen(env("", "", "", "fr")) == "fr");
}

TEST_CASE("Language: LANGUAGE is a list tried in order before the locale", "[language]")
{
    CHECK(chosen(env("it:es:fr", "", "", "de_DE.UTF-8")) == "es");
    CHECK(chosen(env("fr_CA:de", "", "", "en_GB.UTF-8")) == "fr");
    // Nothing supported in the list: the locale's own language.
    CHECK(chosen(env("it:pt_BR", "", "", "de_DE.UTF-8")) == "de");
}

TEST_CASE("Language: LANGUAGE is ignored when the locale is C or POSIX", "[language]")
{
    CHECK(chosen(env("de", "", "", "C")) == "en");
    CHECK(chosen(env("de", "", "", "C.UTF-8")) == "en");
    CHECK(chosen(env("de", "POSIX", "", "fr_FR.UTF-8")) == "en");
    CHECK(chosen(env("de", "", "", "")) == "en");
}

TEST_CASE("Language: English where the language is not shipped", "[language]")
{
    CHECK(chosen(env("", "", "", "it_IT.UTF-8")) == "en");
    CHECK(chosen(env("", "", "", "ja_JP")) == "en");
    CHECK(chosen(env("", "", "", "en_US.UTF-8")) == "en");
}

TEST_CASE("Language: dates and numbers keep the locale's country when its language is chosen",
          "[language]")
{
    CHECK(chooseLanguage(std::nullopt, env("", "", "", "de_AT.UTF-8@euro")).locale == "de_AT");
    CHECK(chooseLanguage(std::string("de"), env("", "", "", "de_CH.UTF-8")).locale == "de_CH");
    // Another language than the locale's: that language's own formats.
    CHECK(chooseLanguage(std::string("es"), env("", "", "", "de_AT.UTF-8")).locale == "es");
    CHECK(chooseLanguage(std::nullopt, env("", "", "", "C")).locale == "en");
}

TEST_CASE("Language: the Settings choice comes after --lang and before the locale", "[language]")
{
    const auto german = env("", "", "", "de_DE.UTF-8");
    CHECK(chooseLanguage(std::nullopt, "fr", german).language == "fr");
    CHECK(chooseLanguage(std::string("es"), "fr", german).language == "es");
    // "" is the system's language; a code Tightside does not ship counts as "".
    CHECK(chooseLanguage(std::nullopt, "", german).language == "de");
    CHECK(chooseLanguage(std::nullopt, "it", german).language == "de");
    CHECK(chooseLanguage(std::nullopt, "fr", german).locale == "fr");
}
