#pragma once

#include "tightside/core/measure.h"
#include "tightside/core/problem.h"
#include "tightside/core/region.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace tightside::core {

/// How long and how hard one release step may be (clinical.md section 3): the protocol's
/// standard or gentle dosage with its allowed range. A planned step carries a core::Dosage.
struct DosageRange
{
    int seconds = 90;
    int minSeconds = 30;
    int maxSeconds = 120;
    int maxStepsPerSide = 3;
    int discomfortMax = 5;
    std::string guidance;
};

/// A home self-test: how to do it, what to compare, and the nerve signs that mean stop.
struct SelfTest
{
    std::string name;
    std::vector<std::string> steps;
    std::vector<std::string> notice;
    std::vector<std::string> stopSigns;
    std::string picture;
};

struct Group
{
    Region region = Region::Quadriceps;
    std::string name;
    std::string where;
    int rank = 1;
    bool optional = false;
    std::string technique;
    SelfTest selfTest;
    /// The self-test measured from a photo (clinical.md section 9); optional, a protocol
    /// without measures still loads.
    std::optional<MeasureTest> measure;
};

struct Technique
{
    std::string id;
    Region group = Region::Quadriceps;
    std::string name;
    std::string equipment;
    std::vector<Region> targets;
    std::vector<std::string> steps;
    std::vector<std::string> keepOff;
    std::string why;
    std::string picture;
};

enum class ScreeningKind : std::uint8_t
{
    RedFlag,
    Precaution,
};

enum class Urgency : std::uint8_t
{
    Today,
    Soon,
};

std::string_view urgencyId(Urgency urgency);
/// Parses "today" or "soon"; nullopt otherwise.
std::optional<Urgency> urgencyFromId(std::string_view id);

/// One yes/no screening question (clinical.md sections 5 and 6) and what a yes does (M7).
struct ScreeningQuestion
{
    std::string id;
    ScreeningKind kind = ScreeningKind::Precaution;
    std::string question;
    // Red flags:
    Urgency urgency = Urgency::Soon;
    std::string advice;
    // Precautions:
    bool gentle = false;
    std::vector<Region> leaveOut;
    std::string note;
};

struct NeverRegion
{
    Region region = Region::LowBack;
    std::string why;
};

/// A loaded protocol. Only validateProtocol() makes one; the engine still re-checks M3.
struct Protocol
{
    std::string id;
    std::string version;
    std::string name;
    std::string summary;
    int threshold = 2;
    DosageRange standard;
    DosageRange gentle;
    /// In protocol order; this order breaks ties within a rank (M1).
    std::vector<Group> groups;
    std::vector<Technique> techniques;
    std::vector<ScreeningQuestion> screening;
    std::vector<NeverRegion> never;
    /// The languages the protocol file declares (empty: one language, plain strings), and
    /// the one its texts were loaded in (the asked-for one, else English, else the first).
    std::vector<std::string> languages;
    std::string language;

    const Group* group(Region region) const;
    const Technique* technique(std::string_view id) const;
    const ScreeningQuestion* question(std::string_view id) const;
    /// The group's measured test, when the protocol defines one.
    const MeasureTest* measure(Region region) const;
    /// The reason shown for a never-region, or a default sentence when the protocol has none.
    std::string neverWhy(Region region) const;
};

/// The outcome of loading a protocol: the protocol, or every problem found.
struct ProtocolLoad
{
    std::optional<Protocol> protocol;
    Problems problems;
};

/// Checks structure and meaning of a protocol document and builds it when it is valid:
/// never-targets (M3), unknown regions, dangling references, duplicate ids, durations outside
/// 30-120 s, threshold outside 1-4, missing primary groups, and every text in every declared
/// language (missing, extra or empty translations). Collects every problem. The texts of the
/// result are in `language` when the protocol has it, else in English, else in its first
/// language.
ProtocolLoad loadProtocol(const nlohmann::json& document, std::string_view language = "en");

/// Reads and loads a protocol file (size and nesting limits of jsonio.h apply).
ProtocolLoad loadProtocolFile(const std::string& path, std::string_view language = "en");

/// The built-in protocol "tightside.legs", compiled into the binary.
std::string_view builtinProtocolText();
/// The built-in protocol in one language, loaded once per language; it is validated by the
/// tests on every build.
const Protocol& builtinProtocol(std::string_view language = "en");

/// The most urgent of the ticked red flags (M7): "today" when any of them says so, or names a
/// question the protocol does not know; else "soon". The seek-care plan and a session stopped
/// at screening both take their urgency from here.
Urgency mostUrgent(const Protocol& protocol, const std::vector<std::string>& redFlags);

} // namespace tightside::core
