// The checked JSON reader over many generated documents: it reads exactly what nlohmann/json
// reads, and it refuses a repeated key wherever it is, naming the place.

#include "tightside/core/jsonio.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace tightside::core;
using nlohmann::json;

namespace {

/// Keys that need pointer escaping and keys that collide only in a prefix.
const std::vector<std::string> kKeys{"a", "ab",   "b", "pain_now", "x/y",   "t~1",
                                     "",  "side", "é", "left",     "right", "z"};

json generate(std::mt19937& rng, int depth)
{
    // The whole document is a list or an object, as every Tightside file is.
    std::uniform_int_distribution<int> kind(depth == 0 ? 6 : 0, depth > 3 ? 5 : 7);
    switch (kind(rng)) {
    case 0:
        return nullptr;
    case 1:
        return std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    case 2:
        return std::uniform_int_distribution<std::int64_t>(-1000000, 1000000)(rng);
    case 3:
        return std::uniform_real_distribution<double>(-10, 10)(rng);
    case 4:
        return std::uniform_int_distribution<std::uint64_t>(0, UINT64_MAX)(rng);
    case 5:
        return kKeys[std::uniform_int_distribution<std::size_t>(0, kKeys.size() - 1)(rng)] +
               "\n\"\\";
    case 6: {
        json list = json::array();
        const int n = std::uniform_int_distribution<int>(0, 4)(rng);
        for (int i = 0; i < n; ++i) {
            list.push_back(generate(rng, depth + 1));
        }
        return list;
    }
    default: {
        json object = json::object();
        const int n = std::uniform_int_distribution<int>(0, 5)(rng);
        for (int i = 0; i < n; ++i) {
            object[kKeys[std::uniform_int_distribution<std::size_t>(0, kKeys.size() - 1)(rng)]] =
                generate(rng, depth + 1);
        }
        return object;
    }
    }
}

/// Every object in `value` with at least one key, as the pointer to it.
void objectsIn(const json& value, const std::string& pointer, std::vector<std::string>& out)
{
    if (value.is_object()) {
        if (!value.empty()) {
            out.push_back(pointer);
        }
        for (const auto& item : value.items()) {
            objectsIn(item.value(), pointer + "/" + pointerToken(item.key()), out);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            objectsIn(value[i], pointer + "/" + std::to_string(i), out);
        }
    }
}

/// `value` as text, with the object at `twice` given its first key a second time, last.
std::string withRepeat(const json& value, const std::string& pointer, const std::string& twice)
{
    if (value.is_object()) {
        std::string out = "{";
        bool first = true;
        for (const auto& item : value.items()) {
            out += first ? "" : ", ";
            first = false;
            out += json(item.key()).dump() + ": " +
                   withRepeat(item.value(), pointer + "/" + pointerToken(item.key()), twice);
        }
        if (pointer == twice) {
            out += ", " + json(value.begin().key()).dump() + ": 0";
        }
        return out + "}";
    }
    if (value.is_array()) {
        std::string out = "[";
        for (std::size_t i = 0; i < value.size(); ++i) {
            out += (i == 0 ? "" : ", ") +
                   withRepeat(value[i], pointer + "/" + std::to_string(i), twice);
        }
        return out + "]";
    }
    return value.dump();
}

} // namespace

TEST_CASE("JSON input: the checked reader reads what nlohmann reads, for generated documents",
          "[json][property]")
{
    std::mt19937 rng(20261201);
    for (int round = 0; round < 2000; ++round) {
        const json value = generate(rng, 0);
        const std::string text = value.dump(round % 2 == 0 ? -1 : 2);
        const JsonDocument doc = parseJsonText(text);
        CAPTURE(text);
        REQUIRE(doc.problems.empty());
        REQUIRE(doc.value);
        CHECK(*doc.value == json::parse(text));
    }
}

TEST_CASE("JSON input: a key given twice is refused wherever it is, with its pointer",
          "[json][property]")
{
    std::mt19937 rng(1125);
    int repeats = 0;
    for (int round = 0; round < 3000; ++round) {
        const json value = generate(rng, 0);
        std::vector<std::string> objects;
        objectsIn(value, "", objects);
        if (objects.empty()) {
            continue;
        }
        const std::string& twice =
            objects[std::uniform_int_distribution<std::size_t>(0, objects.size() - 1)(rng)];
        const std::string text = withRepeat(value, "", twice);
        CAPTURE(text);
        const json& target = value.at(json::json_pointer(twice));
        const JsonDocument doc = parseJsonText(text);
        CHECK_FALSE(doc.value);
        REQUIRE(doc.problems.size() == 1);
        CHECK(doc.problems[0].pointer == twice + "/" + pointerToken(target.begin().key()));
        CHECK(doc.problems[0].message.find("more than once") != std::string::npos);
        ++repeats;
    }
    // The generator must give many documents with objects, or the test proves little.
    CHECK(repeats > 1000);
}

TEST_CASE("JSON input: a syntax error after a repeated key is still named as a syntax error",
          "[json]")
{
    const JsonDocument doc = parseJsonText(R"({"a": 1, "a": 2, "b": })");
    CHECK_FALSE(doc.value);
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].message.find("not valid JSON") != std::string::npos);
    CHECK(doc.problems[0].message.find("line 1, column") != std::string::npos);
}
