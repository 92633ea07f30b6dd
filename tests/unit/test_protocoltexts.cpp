// Protocol texts per language: authors give {"en": ..., "de": ...}; every language is checked.

#include "testdata.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace tightside::core;
using testdata::hasProblemAt;
using testdata::problemAt;

namespace {

using nlohmann::json;

/// Calls `visit` with the JSON pointer of every text of a protocol document.
void eachText(const json& value, const std::string& pointer,
              const std::function<void(const json&, const std::string&)>& visit)
{
    static const std::vector<std::string> textKeys = {
        "name", "summary", "guidance", "where", "equipment", "why", "question", "advice", "note"};
    static const std::vector<std::string> listKeys = {"steps", "notice", "stop_signs", "keep_off",
                                                      "setup"};
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            eachText(value[i], pointer + "/" + std::to_string(i), visit);
        }
        return;
    }
    if (!value.is_object()) {
        return;
    }
    for (const auto& item : value.items()) {
        const std::string key = item.key();
        const std::string at = pointer + "/" + key;
        if (std::find(textKeys.begin(), textKeys.end(), key) != textKeys.end()) {
            visit(item.value(), at);
        } else if (std::find(listKeys.begin(), listKeys.end(), key) != listKeys.end() &&
                   item.value().is_array()) {
            for (std::size_t i = 0; i < item.value().size(); ++i) {
                visit(item.value()[i], at + "/" + std::to_string(i));
            }
        } else {
            eachText(item.value(), at, visit);
        }
    }
}

json singleLanguage()
{
    // The built-in protocol with only its English texts, as a protocol author writes one.
    json doc = testdata::builtinProtocolJson();
    doc.erase("languages");
    std::vector<std::string> pointers;
    eachText(doc, "", [&pointers](const json&, const std::string& p) { pointers.push_back(p); });
    for (const std::string& p : pointers) {
        const json::json_pointer at(p);
        doc[at] = json(doc[at]["en"]);
    }
    return doc;
}

} // namespace

TEST_CASE("Protocol texts: the built-in protocol has every text in en, de, es and fr",
          "[protocol][language]")
{
    const json doc = testdata::builtinProtocolJson();
    REQUIRE(doc["languages"] == json({"en", "de", "es", "fr"}));
    std::size_t texts = 0;
    eachText(doc, "", [&texts](const json& value, const std::string& pointer) {
        INFO(pointer);
        REQUIRE(value.is_object());
        CHECK(value.size() == 4);
        for (const char* code : {"en", "de", "es", "fr"}) {
            INFO(code);
            REQUIRE(value.contains(code));
            CHECK_FALSE(value[code].get<std::string>().empty());
        }
        // A translation that is the English text again was not translated; only names may be.
        for (const char* code : {"de", "es", "fr"}) {
            const auto text = value[code].get<std::string>();
            if (text == value["en"].get<std::string>()) {
                INFO(code << " repeats the English text: " << text);
                CHECK(text.size() <= 12);
            }
        }
        ++texts;
    });
    CHECK(texts >= 240); // 248 in 1.0.0: the walk must find them all
}

TEST_CASE("Protocol texts: the loader gives the asked-for language, else English",
          "[protocol][language]")
{
    const json doc = testdata::builtinProtocolJson();
    const auto load = [&doc](std::string_view language) {
        ProtocolLoad loaded = loadProtocol(doc, language);
        REQUIRE(loaded.protocol);
        return *loaded.protocol;
    };
    const Protocol de = load("de");
    CHECK(de.language == "de");
    CHECK(de.languages == std::vector<std::string>{"en", "de", "es", "fr"});
    CHECK(de.groups[0].name == doc["groups"][0]["name"]["de"]);
    CHECK(de.screening[0].question == doc["screening"][0]["question"]["de"]);
    CHECK(de.techniques[0].steps[1] == doc["techniques"][0]["steps"][1]["de"]);
    CHECK(load("fr").never[0].why == doc["never"][0]["why"]["fr"]);
    CHECK(load("es").standard.guidance == doc["dosage"]["standard"]["guidance"]["es"]);
    const Protocol italian = load("it");
    CHECK(italian.language == "en");
    CHECK(italian.groups[0].selfTest.stopSigns[0] ==
          doc["groups"][0]["self_test"]["stop_signs"][0]["en"]);
    CHECK(&builtinProtocol("de") == &builtinProtocol("de"));
    CHECK(builtinProtocol("de").groups[0].where == doc["groups"][0]["where"]["de"]);
}

TEST_CASE("Protocol texts: a single-language protocol of plain strings stays valid",
          "[protocol][language]")
{
    const ProtocolLoad load = loadProtocol(singleLanguage(), "de");
    for (const Problem& p : load.problems) {
        UNSCOPED_INFO(p.pointer << ": " << p.message);
    }
    REQUIRE(load.protocol);
    CHECK(load.protocol->languages.empty());
    CHECK(load.protocol->groups[0].name == "quadriceps");
}

TEST_CASE("Protocol texts: missing, extra and empty translations are problems with a pointer",
          "[protocol][language]")
{
    json doc = testdata::builtinProtocolJson();
    doc["groups"][1]["self_test"]["stop_signs"][0].erase("fr");
    doc["techniques"][2]["why"]["it"] = "Gli adduttori";
    doc["screening"][0]["advice"]["de"] = " ";
    doc["never"][3]["why"]["es"] = 4;
    doc["summary"] = "Only English";
    const ProtocolLoad load = loadProtocol(doc, "en");
    CHECK_FALSE(load.protocol);
    CHECK(problemAt(load.problems, "/groups/1/self_test/stop_signs/0").find("\"fr\"") !=
          std::string::npos);
    CHECK(problemAt(load.problems, "/techniques/2/why/it").find("not one of") != std::string::npos);
    CHECK(problemAt(load.problems, "/screening/0/advice/de").find("empty") != std::string::npos);
    CHECK(hasProblemAt(load.problems, "/never/3/why/es"));
    CHECK(problemAt(load.problems, "/summary").find("one text") != std::string::npos);
    CHECK(load.problems.size() == 5);
}

TEST_CASE("Protocol texts: the languages list itself is checked", "[protocol][language]")
{
    json doc = testdata::builtinProtocolJson();
    doc["languages"] = {"en", "de", "es", "fr", "de", "English"};
    const ProtocolLoad load = loadProtocol(doc, "en");
    CHECK(hasProblemAt(load.problems, "/languages/4"));
    CHECK(hasProblemAt(load.problems, "/languages/5"));

    json untranslated = singleLanguage();
    untranslated["groups"][0]["name"] = {{"en", "quadriceps"}, {"de", "Quadrizeps"}};
    const ProtocolLoad noList = loadProtocol(untranslated, "en");
    CHECK(problemAt(noList.problems, "/groups/0/name").find("no \"languages\"") !=
          std::string::npos);
}
