#pragma once

#include "tightside/core/problem.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tightside::core {

/// Files larger than this are refused before a single byte is read (contracts.md).
inline constexpr std::size_t kMaxJsonBytes = std::size_t{1024} * 1024;
/// Deeper nesting than any valid Tightside file needs is refused before parsing.
inline constexpr std::size_t kMaxJsonDepth = 32;

/// The outcome of reading one JSON document: the value, or the problems that stopped it.
struct JsonDocument
{
    std::optional<nlohmann::json> value;
    Problems problems;
};

/// Parses text already in memory: size limit, nesting limit, syntax; never throws.
JsonDocument parseJsonText(std::string_view text);

/// Reads a file ("-" reads standard input) and parses it; a file over kMaxJsonBytes is
/// refused unread, a missing or unreadable file is a problem, never an exception.
JsonDocument readJsonFile(const std::string& path);

} // namespace tightside::core
