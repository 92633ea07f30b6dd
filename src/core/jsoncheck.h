#pragma once

// Small helpers that check JSON values and record every problem with its pointer. Private to
// tightside_core; each loader (answers, protocol, plan, session) builds on them.

#include "tightside/core/problem.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::core::detail {

using nlohmann::json;

/// "a string", "a number", ... for messages about the wrong type.
std::string_view typeWords(const json& value);

std::string child(const std::string& pointer, std::string_view key);
std::string child(const std::string& pointer, std::size_t index);

class Checker
{
public:
    explicit Checker(Problems& problems) : m_problems(problems) {}

    void add(std::string pointer, std::string message);
    bool clean() const { return m_problems.size() == m_start; }
    std::size_t count() const { return m_problems.size(); }

    /// Checks that `value` is an object with every required key and no key outside
    /// required + optional. Returns false when it is not an object at all.
    bool object(const json& value, const std::string& pointer,
                std::initializer_list<std::string_view> required,
                std::initializer_list<std::string_view> optional = {});

    /// A whole number in [min, max]; nullopt when missing (object() reports required keys).
    std::optional<int> integer(const json& object, std::string_view key, const std::string& pointer,
                               int min, int max);
    std::optional<int> integerValue(const json& value, const std::string& pointer, int min,
                                    int max);
    std::optional<bool> boolean(const json& object, std::string_view key,
                                const std::string& pointer);
    /// A string; `nonEmpty` also refuses "".
    std::optional<std::string> string(const json& object, std::string_view key,
                                      const std::string& pointer, bool nonEmpty = true);
    std::optional<std::string> stringValue(const json& value, const std::string& pointer,
                                           bool nonEmpty = true);
    /// An array of strings; bad items are reported and left out.
    std::optional<std::vector<std::string>> stringArray(const json& object, std::string_view key,
                                                        const std::string& pointer);
    /// An array (any items); nullptr when missing or not an array.
    const json* array(const json& object, std::string_view key, const std::string& pointer);

private:
    Problems& m_problems;
    std::size_t m_start = m_problems.size();
};

} // namespace tightside::core::detail
