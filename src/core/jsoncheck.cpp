#include "jsoncheck.h"

#include <algorithm>
#include <cstdint>

namespace tightside::core::detail {

std::string_view typeWords(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::string:
        return "text";
    case json::value_t::boolean:
        return "true or false";
    case json::value_t::number_float:
        return "a decimal number";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "a whole number";
    case json::value_t::binary:
    case json::value_t::discarded:
        break;
    }
    return "an unknown value";
}

std::string child(const std::string& pointer, std::string_view key)
{
    return pointer + "/" + pointerToken(key);
}

std::string child(const std::string& pointer, std::size_t index)
{
    return pointer + "/" + std::to_string(index);
}

void Checker::add(std::string pointer, std::string message)
{
    m_problems.push_back({std::move(pointer), std::move(message)});
}

bool Checker::object(const json& value, const std::string& pointer,
                     std::initializer_list<std::string_view> required,
                     std::initializer_list<std::string_view> optional)
{
    if (!value.is_object()) {
        add(pointer, "must be an object, not " + std::string(typeWords(value)));
        return false;
    }
    for (const auto& key : required) {
        if (!value.contains(key)) {
            add(child(pointer, key), "is required but missing");
        }
    }
    for (const auto& item : value.items()) {
        // Clang 14 cannot capture a structured binding in a lambda, so name the key plainly.
        const std::string& key = item.key();
        const auto known = [&key](std::string_view k) { return k == key; };
        if (std::none_of(required.begin(), required.end(), known) &&
            std::none_of(optional.begin(), optional.end(), known)) {
            add(child(pointer, key), "is not a known key (unknown keys are refused, not ignored)");
        }
    }
    return true;
}

namespace {

/// The whole number in `value` when it lies in [min, max]; read as 64-bit so that huge
/// numbers never wrap into range.
std::optional<int> inRange(const json& value, int min, int max)
{
    if (!value.is_number_integer()) {
        return std::nullopt;
    }
    const auto number = value.is_number_unsigned()
                            ? static_cast<long double>(value.get<std::uint64_t>())
                            : static_cast<long double>(value.get<std::int64_t>());
    if (number < min || number > max) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

/// Text that `stringValue` accepts, without building a pointer or a message.
bool acceptable(const json& value, bool nonEmpty)
{
    return value.is_string() && (!nonEmpty || value.get_ref<const std::string&>().find_first_not_of(
                                                  " \t\r\n") != std::string::npos);
}

} // namespace

std::optional<int> Checker::integerValue(const json& value, const std::string& pointer, int min,
                                         int max)
{
    if (auto number = inRange(value, min, max)) {
        return number;
    }
    // The words are built only for a problem: valid files are read by the thousand.
    const std::string range =
        "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    add(pointer, range + ", not " +
                     (value.is_number_integer() ? value.dump() : std::string(typeWords(value))));
    return std::nullopt;
}

std::optional<int> Checker::integer(const json& object, std::string_view key,
                                    const std::string& pointer, int min, int max)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        return std::nullopt;
    }
    if (auto number = inRange(*it, min, max)) {
        return number;
    }
    return integerValue(*it, child(pointer, key), min, max);
}

std::optional<bool> Checker::boolean(const json& object, std::string_view key,
                                     const std::string& pointer)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        return std::nullopt;
    }
    if (!it->is_boolean()) {
        add(child(pointer, key), "must be true or false, not " + std::string(typeWords(*it)));
        return std::nullopt;
    }
    return it->get<bool>();
}

std::optional<std::string> Checker::stringValue(const json& value, const std::string& pointer,
                                                bool nonEmpty)
{
    if (acceptable(value, nonEmpty)) {
        return value.get<std::string>();
    }
    add(pointer, value.is_string() ? std::string("must not be empty or only spaces")
                                   : "must be text, not " + std::string(typeWords(value)));
    return std::nullopt;
}

std::optional<std::string> Checker::string(const json& object, std::string_view key,
                                           const std::string& pointer, bool nonEmpty)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        return std::nullopt;
    }
    if (acceptable(*it, nonEmpty)) {
        return it->get<std::string>();
    }
    return stringValue(*it, child(pointer, key), nonEmpty);
}

const json* Checker::array(const json& object, std::string_view key, const std::string& pointer)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        return nullptr;
    }
    if (!it->is_array()) {
        add(child(pointer, key), "must be a list, not " + std::string(typeWords(*it)));
        return nullptr;
    }
    return &*it;
}

std::optional<std::vector<std::string>>
Checker::stringArray(const json& object, std::string_view key, const std::string& pointer)
{
    const json* items = array(object, key, pointer);
    if (items == nullptr) {
        return std::nullopt;
    }
    std::vector<std::string> out;
    out.reserve(items->size());
    const std::string base = child(pointer, key);
    for (std::size_t i = 0; i < items->size(); ++i) {
        if (auto text = stringValue((*items)[i], child(base, i))) {
            out.push_back(std::move(*text));
        }
    }
    return out;
}

} // namespace tightside::core::detail
