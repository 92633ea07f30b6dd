#include "tightside/core/protocol.h"

#include "tightside/core/jsonio.h"

#include "jsoncheck.h"
#include "protocoltexts.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace tightside::core {

using detail::Checker;
using detail::child;
using nlohmann::json;

namespace {

constexpr int kMinStepSeconds = 30; // clinical.md section 3 (Behm 2020)
constexpr int kMaxStepSeconds = 120;
constexpr int kMinThreshold = 1; // clinical.md section 2
constexpr int kMaxThreshold = 4;

bool matchesId(std::string_view text)
{
    if (text.empty() || !(std::islower(static_cast<unsigned char>(text[0])) ||
                          std::isdigit(static_cast<unsigned char>(text[0])))) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return std::islower(u) || std::isdigit(u) || c == '.' || c == '_' || c == '-';
    });
}

bool matchesVersion(std::string_view text)
{
    int parts = 0;
    std::size_t digits = 0;
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            ++digits;
        } else if (c == '.' && digits > 0) {
            ++parts;
            digits = 0;
        } else {
            return false;
        }
    }
    return parts == 2 && digits > 0;
}

std::string neverTargetMessage(Region region)
{
    return "names \"" + std::string(regionId(region)) +
           "\", a region Tightside never works on (rule M3: the low back, glutes, spine and "
           "lower ribs are the messenger, not the cause, and are never a target)";
}

/// A region id from JSON; reports unknown regions, and never-regions unless allowed.
std::optional<Region> regionValue(Checker& check, const json& value, const std::string& pointer,
                                  bool allowNever)
{
    const auto text = check.stringValue(value, pointer);
    if (!text) {
        return std::nullopt;
    }
    const auto region = regionFromId(*text);
    if (!region) {
        check.add(pointer, "\"" + *text + "\" is not a known body region");
        return std::nullopt;
    }
    if (!allowNever && isNeverRegion(*region)) {
        check.add(pointer, neverTargetMessage(*region));
        return std::nullopt;
    }
    return region;
}

std::optional<DosageRange> loadDosage(Checker& check, const json& value, const std::string& pointer)
{
    if (!check.object(
            value, pointer,
            {"seconds", "min_seconds", "max_seconds", "max_steps_per_side", "discomfort_max"},
            {"guidance"})) {
        return std::nullopt;
    }
    const auto before = check.count();
    const auto durationError = " s is outside 30-120 s, the range a step may last (clinical.md "
                               "section 3)";
    auto seconds = [&](std::string_view key) -> std::optional<int> {
        const auto it = value.find(key);
        if (it == value.end()) {
            return std::nullopt;
        }
        if (!it->is_number_integer()) {
            check.add(child(pointer, key), "must be a whole number of seconds, not " +
                                               std::string(detail::typeWords(*it)));
            return std::nullopt;
        }
        const auto n = it->get<std::int64_t>();
        if (n < kMinStepSeconds || n > kMaxStepSeconds) {
            check.add(child(pointer, key), it->dump() + durationError);
            return std::nullopt;
        }
        return static_cast<int>(n);
    };
    DosageRange dosage;
    const auto secs = seconds("seconds");
    const auto minSecs = seconds("min_seconds");
    const auto maxSecs = seconds("max_seconds");
    const auto steps = check.integer(value, "max_steps_per_side", pointer, 1, 3);
    const auto discomfort = check.integer(value, "discomfort_max", pointer, 1, 10);
    if (const auto guidance = check.string(value, "guidance", pointer, false)) {
        dosage.guidance = *guidance;
    }
    if (secs && minSecs && maxSecs && (*minSecs > *secs || *secs > *maxSecs)) {
        check.add(child(pointer, "seconds"), "must lie between min_seconds and max_seconds");
    }
    if (check.count() != before || !secs || !minSecs || !maxSecs || !steps || !discomfort) {
        return std::nullopt;
    }
    dosage.seconds = *secs;
    dosage.minSeconds = *minSecs;
    dosage.maxSeconds = *maxSecs;
    dosage.maxStepsPerSide = *steps;
    dosage.discomfortMax = *discomfort;
    return dosage;
}

/// A list of sentences with as many items as the schema allows (min..max).
std::vector<std::string> textList(Checker& check, const json& object, std::string_view key,
                                  const std::string& pointer, std::size_t min, std::size_t max)
{
    auto items = check.stringArray(object, key, pointer);
    if (items && (items->size() < min || items->size() > max)) {
        check.add(child(pointer, key), "must list " + std::to_string(min) + " to " +
                                           std::to_string(max) + " items, not " +
                                           std::to_string(items->size()));
    }
    return items ? std::move(*items) : std::vector<std::string>{};
}

std::optional<SelfTest> loadSelfTest(Checker& check, const json& value, const std::string& pointer)
{
    if (!check.object(value, pointer, {"name", "steps"}, {"notice", "stop_signs", "picture"})) {
        return std::nullopt;
    }
    SelfTest test;
    test.name = check.string(value, "name", pointer).value_or("");
    test.steps = textList(check, value, "steps", pointer, 3, 6);
    test.notice = textList(check, value, "notice", pointer, 1, 6);
    test.stopSigns = textList(check, value, "stop_signs", pointer, 1, 6);
    test.picture = check.string(value, "picture", pointer, false).value_or("");
    return test;
}

constexpr double kMinMdc = 1.0;
constexpr double kMaxMdc = 30.0;

/// A landmark or test id: lower case letters, digits, _ and -.
bool matchesPlainId(std::string_view text)
{
    return matchesId(text) && text.find('.') == std::string_view::npos;
}

std::optional<Landmark> loadLandmark(Checker& check, const json& value, const std::string& pointer)
{
    if (!check.object(value, pointer, {"id", "name"})) {
        return std::nullopt;
    }
    const auto id = check.string(value, "id", pointer);
    if (id && !matchesPlainId(*id)) {
        check.add(child(pointer, "id"), "must be lower case letters, digits, _ and -");
    }
    const auto name = check.string(value, "name", pointer);
    if (!id || !name) {
        return std::nullopt;
    }
    return Landmark{*id, *name};
}

/// A group's measured test (clinical.md section 9); `tests` collects the test ids seen so far.
std::optional<MeasureTest> loadMeasure(Checker& check, const json& value,
                                       const std::string& pointer, std::set<std::string>& tests)
{
    if (!check.object(
            value, pointer,
            {"test", "name", "view", "landmarks", "angle", "tighter", "mdc_degrees", "setup"})) {
        return std::nullopt;
    }
    const auto before = check.count();
    MeasureTest measure;
    const auto test = check.string(value, "test", pointer);
    if (test && !matchesPlainId(*test)) {
        check.add(child(pointer, "test"), "must be lower case letters, digits, _ and -");
    } else if (test && !tests.insert(*test).second) {
        check.add(child(pointer, "test"),
                  "\"" + *test + "\" is the test of another group; each group has its own");
    }
    measure.test = test.value_or("");
    measure.name = check.string(value, "name", pointer).value_or("");
    if (const auto view = check.string(value, "view", pointer)) {
        if (const auto parsed = cameraViewFromId(*view)) {
            measure.view = *parsed;
        } else {
            check.add(child(pointer, "view"), "must be \"side\", \"behind\" or \"above\"");
        }
    }
    std::optional<AngleKind> angle;
    if (const auto kind = check.string(value, "angle", pointer)) {
        angle = angleKindFromId(*kind);
        if (!angle) {
            check.add(child(pointer, "angle"),
                      "must be thigh_to_level_line, knee_flexion, knee_extension_deficit or "
                      "hip_abduction (clinical.md section 9)");
        }
    }
    if (const auto tighter = check.string(value, "tighter", pointer)) {
        if (const auto parsed = tighterWhenFromId(*tighter)) {
            measure.tighter = *parsed;
        } else {
            check.add(child(pointer, "tighter"),
                      "must be \"larger\" or \"smaller\": the angle of the tighter side");
        }
    }
    if (value.contains("mdc_degrees")) {
        const json& mdc = value["mdc_degrees"];
        if (mdc.is_number() && mdc.get<double>() >= kMinMdc && mdc.get<double>() <= kMaxMdc) {
            measure.mdcDegrees = mdc.get<double>();
        } else {
            check.add(child(pointer, "mdc_degrees"),
                      "must be a number of degrees from 1 to 30: the smallest difference the "
                      "test tells apart, not " +
                          mdc.dump());
        }
    }
    if (const json* landmarks = check.array(value, "landmarks", pointer)) {
        const std::string base = child(pointer, "landmarks");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < landmarks->size(); ++i) {
            if (auto landmark = loadLandmark(check, (*landmarks)[i], child(base, i))) {
                if (!ids.insert(landmark->id).second) {
                    check.add(child(child(base, i), "id"),
                              "\"" + landmark->id + "\" is listed twice");
                }
                measure.landmarks.push_back(std::move(*landmark));
            }
        }
        if (angle && landmarks->size() != landmarkCount(*angle)) {
            check.add(base, std::string(angleKindId(*angle)) + " needs " +
                                std::to_string(landmarkCount(*angle)) +
                                " landmarks in tapping order, not " +
                                std::to_string(landmarks->size()));
        }
    }
    measure.setup = textList(check, value, "setup", pointer, 1, 6);
    if (!angle || !test || check.count() != before) {
        return std::nullopt;
    }
    measure.angle = *angle;
    return measure;
}

void loadGroups(Checker& check, const json& doc, Protocol& protocol)
{
    const json* groups = check.array(doc, "groups", "");
    if (groups == nullptr) {
        return;
    }
    std::set<Region> seen;
    std::set<std::string> tests;
    for (std::size_t i = 0; i < groups->size(); ++i) {
        const json& value = (*groups)[i];
        const std::string pointer = child("/groups", i);
        if (!check.object(value, pointer,
                          {"id", "name", "where", "rank", "optional", "technique", "self_test"},
                          {"measure"})) {
            continue;
        }
        Group group;
        const auto before = check.count();
        std::optional<Region> region;
        if (value.contains("id")) {
            region = regionValue(check, value["id"], child(pointer, "id"), false);
        }
        if (region && !seen.insert(*region).second) {
            check.add(child(pointer, "id"),
                      "\"" + std::string(regionId(*region)) + "\" is defined twice");
            region.reset();
        }
        group.name = check.string(value, "name", pointer).value_or("");
        group.where = check.string(value, "where", pointer).value_or("");
        group.rank = check.integer(value, "rank", pointer, 1, 10).value_or(1);
        const auto optional = check.boolean(value, "optional", pointer);
        group.technique = check.string(value, "technique", pointer).value_or("");
        if (region && optional && isPrimaryGroup(*region) == *optional) {
            // M4/M5: TFL and lats are optional extras; the five leg groups never are.
            check.add(child(pointer, "optional"),
                      isPrimaryGroup(*region)
                          ? "must be false: the five leg groups are the core of the method (M1)"
                          : "must be true: TFL and lats are optional extras (M4, M5)");
        }
        std::optional<SelfTest> test;
        if (value.contains("self_test")) {
            test = loadSelfTest(check, value["self_test"], child(pointer, "self_test"));
        }
        if (value.contains("measure")) {
            group.measure = loadMeasure(check, value["measure"], child(pointer, "measure"), tests);
        }
        if (region && optional && test && check.count() == before) {
            group.region = *region;
            group.optional = *optional;
            group.selfTest = std::move(*test);
            protocol.groups.push_back(std::move(group));
        }
    }
    for (const Region primary : kPrimaryGroups) {
        if (!seen.contains(primary)) {
            check.add("/groups", "the primary group \"" + std::string(regionId(primary)) +
                                     "\" is missing; every protocol checks all five leg groups "
                                     "(M1)");
        }
    }
}

void loadTechniques(Checker& check, const json& doc, Protocol& protocol)
{
    const json* techniques = check.array(doc, "techniques", "");
    if (techniques == nullptr) {
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < techniques->size(); ++i) {
        const json& value = (*techniques)[i];
        const std::string pointer = child("/techniques", i);
        if (!check.object(value, pointer, {"id", "group", "name", "targets", "steps"},
                          {"equipment", "keep_off", "why", "picture"})) {
            continue;
        }
        const auto before = check.count();
        Technique technique;
        const auto id = check.string(value, "id", pointer);
        if (id && !seen.insert(*id).second) {
            check.add(child(pointer, "id"), "\"" + *id + "\" is defined twice");
        }
        std::optional<Region> group;
        if (value.contains("group")) {
            group = regionValue(check, value["group"], child(pointer, "group"), false);
        }
        technique.name = check.string(value, "name", pointer).value_or("");
        technique.equipment = check.string(value, "equipment", pointer, false).value_or("");
        technique.steps = textList(check, value, "steps", pointer, 3, 6);
        technique.keepOff = textList(check, value, "keep_off", pointer, 1, 6);
        technique.why = check.string(value, "why", pointer, false).value_or("");
        technique.picture = check.string(value, "picture", pointer, false).value_or("");
        if (const json* targets = check.array(value, "targets", pointer)) {
            const std::string base = child(pointer, "targets");
            if (targets->empty()) {
                check.add(base, "must list every region the technique touches");
            }
            for (std::size_t t = 0; t < targets->size(); ++t) {
                if (auto region = regionValue(check, (*targets)[t], child(base, t), false)) {
                    if (std::find(technique.targets.begin(), technique.targets.end(), *region) !=
                        technique.targets.end()) {
                        check.add(child(base, t), "is listed twice");
                    } else {
                        technique.targets.push_back(*region);
                    }
                }
            }
            if (group && !technique.targets.empty() &&
                std::find(technique.targets.begin(), technique.targets.end(), *group) ==
                    technique.targets.end()) {
                check.add(base, "must include the technique's own group \"" +
                                    std::string(regionId(*group)) + "\"");
            }
        }
        if (id && group && check.count() == before) {
            technique.id = *id;
            technique.group = *group;
            protocol.techniques.push_back(std::move(technique));
        }
    }
}

void loadScreening(Checker& check, const json& doc, Protocol& protocol)
{
    const json* questions = check.array(doc, "screening", "");
    if (questions == nullptr) {
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < questions->size(); ++i) {
        const json& value = (*questions)[i];
        const std::string pointer = child("/screening", i);
        if (!check.object(value, pointer, {"id", "kind", "question"},
                          {"urgency", "advice", "effect"})) {
            continue;
        }
        const auto before = check.count();
        ScreeningQuestion question;
        const auto id = check.string(value, "id", pointer);
        if (id && (!matchesId(*id) || id->find('.') != std::string::npos)) {
            check.add(child(pointer, "id"), "must be lower case letters, digits, _ and -");
        }
        if (id && !seen.insert(*id).second) {
            check.add(child(pointer, "id"), "\"" + *id + "\" is defined twice");
        }
        question.question = check.string(value, "question", pointer).value_or("");
        const auto kind = check.string(value, "kind", pointer);
        if (kind == "red_flag") {
            question.kind = ScreeningKind::RedFlag;
            const auto urgency = check.string(value, "urgency", pointer);
            if (!value.contains("urgency")) {
                check.add(child(pointer, "urgency"), "a red flag needs an urgency: today or soon");
            } else if (urgency && *urgency != "today" && *urgency != "soon") {
                check.add(child(pointer, "urgency"), "must be \"today\" or \"soon\"");
            }
            question.urgency = urgency == "today" ? Urgency::Today : Urgency::Soon;
            question.advice = check.string(value, "advice", pointer, false).value_or("");
            if (value.contains("effect")) {
                check.add(child(pointer, "effect"),
                          "belongs to precautions; a red flag stops the routine (M7)");
            }
        } else if (kind == "precaution") {
            question.kind = ScreeningKind::Precaution;
            if (value.contains("urgency")) {
                check.add(child(pointer, "urgency"), "belongs to red flags, not precautions");
            }
            if (!value.contains("effect")) {
                check.add(child(pointer, "effect"), "a precaution needs an effect (M7)");
            } else {
                const json& effect = value["effect"];
                const std::string ep = child(pointer, "effect");
                if (check.object(effect, ep, {"dosage"}, {"leave_out", "note"})) {
                    const auto dosage = check.string(effect, "dosage", ep);
                    if (dosage && *dosage != "gentle" && *dosage != "standard") {
                        check.add(child(ep, "dosage"), "must be \"gentle\" or \"standard\"");
                    }
                    question.gentle = dosage == "gentle";
                    question.note = check.string(effect, "note", ep, false).value_or("");
                    if (const json* leave = check.array(effect, "leave_out", ep)) {
                        for (std::size_t r = 0; r < leave->size(); ++r) {
                            const auto rp = child(child(ep, "leave_out"), r);
                            if (auto region = regionValue(check, (*leave)[r], rp, true)) {
                                if (isNeverRegion(*region)) {
                                    check.add(rp, "is never worked on anyway (M3)");
                                } else {
                                    question.leaveOut.push_back(*region);
                                }
                            }
                        }
                    }
                }
            }
        } else if (kind) {
            check.add(child(pointer, "kind"), "must be \"red_flag\" or \"precaution\"");
        }
        if (id && kind && check.count() == before) {
            question.id = *id;
            protocol.screening.push_back(std::move(question));
        }
    }
}

void loadNever(Checker& check, const json& doc, Protocol& protocol)
{
    const json* never = check.array(doc, "never", "");
    if (never == nullptr) {
        return;
    }
    for (std::size_t i = 0; i < never->size(); ++i) {
        const std::string pointer = child("/never", i);
        const json& value = (*never)[i];
        if (!check.object(value, pointer, {"region", "why"})) {
            continue;
        }
        std::optional<Region> region;
        if (value.contains("region")) {
            region = regionValue(check, value["region"], child(pointer, "region"), true);
            if (region && !isNeverRegion(*region)) {
                check.add(child(pointer, "region"), "\"" + std::string(regionId(*region)) +
                                                        "\" is a muscle group, not a never-target");
                region.reset();
            }
        }
        const auto why = check.string(value, "why", pointer);
        if (region && why) {
            protocol.never.push_back({*region, *why});
        }
    }
    // Each never-region is explained exactly once, so the app can always say why (M3).
    for (const Region region : kNeverRegions) {
        const auto n = std::count_if(protocol.never.begin(), protocol.never.end(),
                                     [region](const NeverRegion& e) { return e.region == region; });
        if (n != 1) {
            check.add("/never", "must explain \"" + std::string(regionId(region)) +
                                    "\" exactly once, not " + std::to_string(n) + " times");
        }
    }
}

// Cross-references between groups and techniques: checked after both lists are loaded.
void checkReferences(Checker& check, const json& doc, const Protocol& protocol)
{
    const json* groups =
        doc.contains("groups") && doc["groups"].is_array() ? &doc["groups"] : nullptr;
    for (std::size_t i = 0; groups != nullptr && i < groups->size(); ++i) {
        const json& value = (*groups)[i];
        if (!value.is_object() || !value.contains("technique") || !value["technique"].is_string() ||
            !value.contains("id") || !value["id"].is_string()) {
            continue;
        }
        const auto name = value["technique"].get<std::string>();
        const auto pointer = child(child("/groups", i), "technique");
        const std::string groupId = value["id"].get<std::string>();
        // Look the technique up in the document, so that a technique with a problem of its
        // own is not also reported as undefined here.
        const json* technique = nullptr;
        if (doc.contains("techniques") && doc["techniques"].is_array()) {
            for (const json& t : doc["techniques"]) {
                if (t.is_object() && t.contains("id") && t["id"] == name) {
                    technique = &t;
                    break;
                }
            }
        }
        if (technique == nullptr) {
            check.add(pointer, "names the technique \"" + name + "\", which is not defined");
        } else if (technique->contains("group") && (*technique)["group"].is_string() &&
                   (*technique)["group"] != groupId) {
            check.add(pointer, "names \"" + name + "\", a technique for " +
                                   (*technique)["group"].get<std::string>() + ", not for " +
                                   groupId);
        }
    }
    // Look the group up in the document, so that a group with its own problem is not also
    // reported as missing here.
    const auto documentHasGroup = [groups](std::string_view id) {
        return groups != nullptr &&
               std::any_of(groups->begin(), groups->end(), [id](const json& g) {
                   return g.is_object() && g.contains("id") && g["id"] == id;
               });
    };
    for (std::size_t i = 0; i < protocol.techniques.size(); ++i) {
        const Technique& technique = protocol.techniques[i];
        if (!documentHasGroup(regionId(technique.group))) {
            check.add(child(child("/techniques", i), "group"),
                      "names the group \"" + std::string(regionId(technique.group)) +
                          "\", which the protocol does not define");
        }
    }
}

} // namespace

std::string_view urgencyId(Urgency urgency)
{
    return urgency == Urgency::Today ? "today" : "soon";
}

std::optional<Urgency> urgencyFromId(std::string_view id)
{
    if (id == "today") {
        return Urgency::Today;
    }
    if (id == "soon") {
        return Urgency::Soon;
    }
    return std::nullopt;
}

Urgency mostUrgent(const Protocol& protocol, const std::vector<std::string>& redFlags)
{
    for (const std::string& id : redFlags) {
        const ScreeningQuestion* question = protocol.question(id);
        // An id the protocol does not know still stops the routine; it is treated as urgent.
        if (question == nullptr || question->urgency == Urgency::Today) {
            return Urgency::Today;
        }
    }
    return Urgency::Soon;
}

const Group* Protocol::group(Region region) const
{
    const auto it = std::find_if(groups.begin(), groups.end(),
                                 [region](const Group& g) { return g.region == region; });
    return it == groups.end() ? nullptr : &*it;
}

const Technique* Protocol::technique(std::string_view techniqueId) const
{
    const auto it = std::find_if(techniques.begin(), techniques.end(),
                                 [techniqueId](const Technique& t) { return t.id == techniqueId; });
    return it == techniques.end() ? nullptr : &*it;
}

const MeasureTest* Protocol::measure(Region region) const
{
    const Group* found = group(region);
    return found != nullptr && found->measure ? &*found->measure : nullptr;
}

const ScreeningQuestion* Protocol::question(std::string_view questionId) const
{
    const auto it =
        std::find_if(screening.begin(), screening.end(),
                     [questionId](const ScreeningQuestion& q) { return q.id == questionId; });
    return it == screening.end() ? nullptr : &*it;
}

std::string Protocol::neverWhy(Region region) const
{
    for (const NeverRegion& entry : never) {
        if (entry.region == region) {
            return entry.why;
        }
    }
    return "Tightside never works on the " + std::string(regionName(region)) +
           ": it is the messenger, not the cause.";
}

ProtocolLoad loadProtocol(const json& original, std::string_view language)
{
    ProtocolLoad load;
    Checker check(load.problems);
    if (!check.object(original, "",
                      {"schema", "id", "version", "name", "summary", "threshold", "dosage",
                       "groups", "techniques", "screening", "never"},
                      {"$schema", "languages"})) {
        return load;
    }
    // Every text in every language is checked here; the loader below reads one language.
    detail::ResolvedTexts texts = detail::resolveProtocolTexts(original, language, check);
    const json& document = texts.document;
    Protocol protocol;
    protocol.languages = std::move(texts.languages);
    protocol.language = std::move(texts.language);
    if (document.contains("schema")) {
        check.integerValue(document["schema"], "/schema", 1, 1);
    }
    const auto id = check.string(document, "id", "");
    if (id && !matchesId(*id)) {
        check.add("/id", "must be lower case letters, digits and _ . - (like tightside.legs)");
    }
    protocol.id = id.value_or("");
    const auto version = check.string(document, "version", "");
    if (version && !matchesVersion(*version)) {
        check.add("/version", "must look like 1.0.0");
    }
    protocol.version = version.value_or("");
    protocol.name = check.string(document, "name", "").value_or("");
    protocol.summary = check.string(document, "summary", "").value_or("");
    check.string(document, "$schema", "", false);
    if (document.contains("threshold")) {
        const json& threshold = document["threshold"];
        if (threshold.is_number_integer() && threshold.get<std::int64_t>() >= kMinThreshold &&
            threshold.get<std::int64_t>() <= kMaxThreshold) {
            protocol.threshold = threshold.get<int>();
        } else {
            check.add("/threshold",
                      "must be a whole number of rating points from 1 to 4 (clinical.md "
                      "section 2), not " +
                          threshold.dump());
        }
    }
    if (document.contains("dosage") &&
        check.object(document["dosage"], "/dosage", {"standard", "gentle"})) {
        const json& dosage = document["dosage"];
        if (dosage.contains("standard")) {
            if (auto d = loadDosage(check, dosage["standard"], "/dosage/standard")) {
                protocol.standard = std::move(*d);
            }
        }
        if (dosage.contains("gentle")) {
            if (auto d = loadDosage(check, dosage["gentle"], "/dosage/gentle")) {
                protocol.gentle = std::move(*d);
            }
        }
    }
    loadTechniques(check, document, protocol);
    loadGroups(check, document, protocol);
    loadScreening(check, document, protocol);
    loadNever(check, document, protocol);
    checkReferences(check, document, protocol);
    if (check.clean()) {
        load.protocol = std::move(protocol);
    }
    return load;
}

ProtocolLoad loadProtocolFile(const std::string& path, std::string_view language)
{
    JsonDocument doc = readJsonFile(path);
    if (!doc.value) {
        return {std::nullopt, std::move(doc.problems)};
    }
    return loadProtocol(*doc.value, language);
}

const Protocol& builtinProtocol(std::string_view language)
{
    // One loaded protocol per language asked for, kept for the life of the process; map nodes
    // never move, so the references handed out stay valid.
    static std::mutex mutex;
    static std::map<std::string, Protocol, std::less<>> loaded;
    const std::lock_guard lock(mutex);
    if (const auto it = loaded.find(language); it != loaded.end()) {
        return it->second;
    }
    JsonDocument doc = parseJsonText(builtinProtocolText());
    ProtocolLoad load = doc.value ? loadProtocol(*doc.value, language) : ProtocolLoad{};
    // The tests load the built-in protocol on every build, so an invalid one never ships;
    // an empty protocol here would plan nothing rather than plan wrongly.
    return loaded.emplace(std::string(language), load.protocol.value_or(Protocol{})).first->second;
}

} // namespace tightside::core
