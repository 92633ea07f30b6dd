#include "protocoltexts.h"

#include <algorithm>
#include <cctype>

namespace tightside::core::detail {
namespace {

constexpr std::size_t kMaxLanguages = 40;

bool isLanguageCode(std::string_view code)
{
    return code.size() >= 2 && code.size() <= 3 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

std::string listWords(const std::vector<std::string>& languages)
{
    std::string words;
    for (const std::string& code : languages) {
        words += (words.empty() ? "" : ", ") + code;
    }
    return words;
}

std::vector<std::string> readLanguages(const json& document, Checker& check)
{
    std::vector<std::string> languages;
    if (!document.is_object() || !document.contains("languages")) {
        return languages;
    }
    const json& value = document["languages"];
    if (!value.is_array() || value.empty() || value.size() > kMaxLanguages) {
        check.add("/languages", "must list the protocol's languages, for example [\"en\", "
                                "\"de\"]: 1 to 40 language codes");
        return languages;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string pointer = child("/languages", i);
        if (!value[i].is_string() || !isLanguageCode(value[i].get<std::string>())) {
            check.add(pointer, "must be a language code of two or three lower-case letters, "
                               "like \"en\" or \"de\"");
            continue;
        }
        const auto code = value[i].get<std::string>();
        if (std::find(languages.begin(), languages.end(), code) != languages.end()) {
            check.add(pointer, "\"" + code + "\" is listed twice");
            continue;
        }
        languages.push_back(code);
    }
    return languages;
}

class Resolver
{
public:
    Resolver(Checker& check, std::vector<std::string> languages, std::string language)
        : m_check(check), m_languages(std::move(languages)), m_language(std::move(language))
    {}

    /// The text under `key` of `holder`, when `holder` is an object that has it.
    void text(json& holder, std::string_view key, const std::string& pointer)
    {
        if (holder.is_object() && holder.contains(key)) {
            resolve(holder[std::string(key)], child(pointer, key));
        }
    }

    /// Every item of the list under `key`.
    void list(json& holder, std::string_view key, const std::string& pointer)
    {
        if (!holder.is_object() || !holder.contains(key) || !holder[std::string(key)].is_array()) {
            return;
        }
        json& items = holder[std::string(key)];
        for (std::size_t i = 0; i < items.size(); ++i) {
            resolve(items[i], child(child(pointer, key), i));
        }
    }

    /// Each object of the array under `key`, with its pointer.
    template <typename Visit>
    void each(json& holder, std::string_view key, Visit visit)
    {
        if (!holder.is_object() || !holder.contains(key) || !holder[std::string(key)].is_array()) {
            return;
        }
        json& items = holder[std::string(key)];
        for (std::size_t i = 0; i < items.size(); ++i) {
            visit(items[i], child("/" + std::string(key), i));
        }
    }

private:
    void resolve(json& value, const std::string& pointer)
    {
        if (value.is_string()) {
            if (m_languages.size() > 1) {
                m_check.add(pointer, "is one text, but the protocol lists the languages " +
                                         listWords(m_languages) +
                                         ": give an object with a text for each");
            }
            return;
        }
        if (!value.is_object()) {
            return; // the loader reports the wrong type
        }
        if (m_languages.empty()) {
            m_check.add(pointer, "gives translations, but the protocol has no \"languages\" "
                                 "list naming them");
        }
        for (const std::string& code : m_languages) {
            const auto it = value.find(code);
            if (it == value.end()) {
                m_check.add(pointer, "has no \"" + code +
                                         "\" text; every text needs one for "
                                         "each of the protocol's languages (" +
                                         listWords(m_languages) + ")");
            } else if (!it->is_string()) {
                m_check.add(child(pointer, code),
                            "must be text, not " + std::string(typeWords(*it)));
            } else if (isBlank(it->get<std::string>())) {
                m_check.add(child(pointer, code), "is empty; write the " + code + " text");
            }
        }
        for (const auto& item : value.items()) {
            const std::string& key = item.key();
            if (std::find(m_languages.begin(), m_languages.end(), key) == m_languages.end() &&
                !m_languages.empty()) {
                m_check.add(child(pointer, key), "\"" + key +
                                                     "\" is not one of the protocol's "
                                                     "languages (" +
                                                     listWords(m_languages) + ")");
            }
        }
        value = pick(value);
    }

    /// The chosen language's text, else the first language's, else any text at all.
    json pick(const json& translations) const
    {
        for (const std::string& code : {m_language, m_languages.empty() ? "" : m_languages[0]}) {
            const auto it = translations.find(code);
            if (it != translations.end() && it->is_string()) {
                return *it;
            }
        }
        for (const auto& item : translations.items()) {
            if (item.value().is_string()) {
                return item.value();
            }
        }
        return json("");
    }

    Checker& m_check;
    std::vector<std::string> m_languages;
    std::string m_language;
};

} // namespace

ResolvedTexts resolveProtocolTexts(const json& document, std::string_view language, Checker& check)
{
    ResolvedTexts resolved{document, readLanguages(document, check), {}};
    const auto& languages = resolved.languages;
    if (!languages.empty()) {
        // The asked-for language, else English, else the language listed first.
        const bool has = std::find(languages.begin(), languages.end(), language) != languages.end();
        const bool hasEnglish =
            std::find(languages.begin(), languages.end(), "en") != languages.end();
        resolved.language = has ? std::string(language) : hasEnglish ? "en" : languages[0];
    }
    Resolver texts(check, languages, resolved.language);
    json& doc = resolved.document;
    texts.text(doc, "name", "");
    texts.text(doc, "summary", "");
    if (doc.is_object() && doc.contains("dosage") && doc["dosage"].is_object()) {
        for (const char* kind : {"standard", "gentle"}) {
            if (doc["dosage"].contains(kind)) {
                texts.text(doc["dosage"][kind], "guidance", child("/dosage", kind));
            }
        }
    }
    texts.each(doc, "groups", [&](json& group, const std::string& pointer) {
        texts.text(group, "name", pointer);
        texts.text(group, "where", pointer);
        if (group.is_object() && group.contains("self_test")) {
            json& test = group["self_test"];
            const std::string tp = child(pointer, "self_test");
            texts.text(test, "name", tp);
            texts.list(test, "steps", tp);
            texts.list(test, "notice", tp);
            texts.list(test, "stop_signs", tp);
        }
        if (group.is_object() && group.contains("measure")) {
            json& measure = group["measure"];
            const std::string mp = child(pointer, "measure");
            texts.text(measure, "name", mp);
            texts.list(measure, "setup", mp);
            if (measure.is_object() && measure.contains("landmarks") &&
                measure["landmarks"].is_array()) {
                json& landmarks = measure["landmarks"];
                for (std::size_t i = 0; i < landmarks.size(); ++i) {
                    texts.text(landmarks[i], "name", child(child(mp, "landmarks"), i));
                }
            }
        }
    });
    texts.each(doc, "techniques", [&](json& technique, const std::string& pointer) {
        texts.text(technique, "name", pointer);
        texts.text(technique, "equipment", pointer);
        texts.list(technique, "steps", pointer);
        texts.list(technique, "keep_off", pointer);
        texts.text(technique, "why", pointer);
    });
    texts.each(doc, "screening", [&](json& question, const std::string& pointer) {
        texts.text(question, "question", pointer);
        texts.text(question, "advice", pointer);
        if (question.is_object() && question.contains("effect")) {
            texts.text(question["effect"], "note", child(pointer, "effect"));
        }
    });
    texts.each(doc, "never",
               [&](json& entry, const std::string& pointer) { texts.text(entry, "why", pointer); });
    return resolved;
}

} // namespace tightside::core::detail
