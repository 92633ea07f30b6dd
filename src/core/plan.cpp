#include "tightside/core/plan.h"

#include "jsoncheck.h"

#include "tightside/core/session.h"

#include <algorithm>

namespace tightside::core {

using detail::Checker;
using detail::child;
using nlohmann::json;

namespace {

json regionList(const std::vector<Region>& regions)
{
    json out = json::array();
    for (const Region region : regions) {
        out.push_back(regionId(region));
    }
    return out;
}

json stepJson(const Step& step)
{
    json out{{"group", regionId(step.group)}, {"side", sideId(step.side)},
             {"technique", step.technique},   {"targets", regionList(step.targets)},
             {"seconds", step.seconds},       {"optional", step.optional},
             {"rules", step.rules},           {"reason", step.reason}};
    if (step.fromDeferred) {
        out["from_deferred"] = true;
    }
    return out;
}

/// A group id (one of the seven); never-regions are refused with the M3 reason.
std::optional<Region> groupValue(Checker& check, const json& value, const std::string& pointer)
{
    const auto text = check.stringValue(value, pointer);
    if (!text) {
        return std::nullopt;
    }
    const auto region = regionFromId(*text);
    if (!region) {
        check.add(pointer, "\"" + *text + "\" is not a known muscle group");
        return std::nullopt;
    }
    if (isNeverRegion(*region)) {
        check.add(pointer, "names \"" + *text +
                               "\", a region Tightside never works on (rule M3); this file was "
                               "not written by Tightside or has been changed");
        return std::nullopt;
    }
    return region;
}

std::vector<Region> groupList(Checker& check, const json& object, std::string_view key,
                              const std::string& pointer, bool allowNever)
{
    std::vector<Region> out;
    const json* items = check.array(object, key, pointer);
    if (items == nullptr) {
        return out;
    }
    const std::string base = child(pointer, key);
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string p = child(base, i);
        if (allowNever) {
            const auto text = check.stringValue((*items)[i], p);
            const auto region = text ? regionFromId(*text) : std::nullopt;
            if (text && (!region || !isNeverRegion(*region))) {
                check.add(p, "\"" + *text + "\" is not a never-region");
            } else if (region) {
                out.push_back(*region);
            }
        } else if (auto region = groupValue(check, (*items)[i], p)) {
            out.push_back(*region);
        }
    }
    return out;
}

std::vector<Step> stepList(Checker& check, Problems& problems, const json& object,
                           std::string_view key, const std::string& pointer)
{
    std::vector<Step> out;
    const json* items = check.array(object, key, pointer);
    if (items == nullptr) {
        return out;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        if (auto step = parseStepObject((*items)[i], child(child(pointer, key), i), problems)) {
            out.push_back(std::move(*step));
        }
    }
    return out;
}

} // namespace

std::string_view planStatusId(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Routine:
        return "routine";
    case PlanStatus::Balanced:
        return "balanced";
    case PlanStatus::SeekCare:
        return "seek_care";
    }
    return "balanced";
}

json toJson(const Plan& plan)
{
    json steps = json::array();
    for (const Step& step : plan.steps) {
        steps.push_back(stepJson(step));
    }
    json deferred = json::array();
    for (const Step& step : plan.deferred) {
        deferred.push_back(stepJson(step));
    }
    json out{{"schema", 1},
             {"status", planStatusId(plan.status)},
             {"protocol", {{"id", plan.protocolId}, {"version", plan.protocolVersion}}},
             {"threshold", plan.threshold},
             {"steps", std::move(steps)},
             {"deferred", std::move(deferred)},
             {"balanced", regionList(plan.balanced)},
             {"recheck", regionList(plan.recheck)},
             {"never", regionList(plan.never)},
             {"left_out", regionList(plan.leftOut)},
             {"urgency", nullptr},
             {"messages", plan.messages}};
    if (plan.urgency) {
        out["urgency"] = urgencyId(*plan.urgency);
    }
    if (plan.withCourse) {
        json resting = json::array();
        for (const RestingGroup& group : plan.resting) {
            resting.push_back({{"group", regionId(group.group)}, {"until", group.until}});
        }
        out["resting"] = std::move(resting);
        out["no_clear_change"] = regionList(plan.noClearChange);
    }
    return out;
}

std::string toText(const Plan& plan, const Protocol& protocol)
{
    std::string out;
    const auto line = [&out](const std::string& text) {
        out += text;
        out += '\n';
    };
    const auto names = [](const std::vector<Region>& regions) {
        std::string text;
        for (const Region region : regions) {
            text += text.empty() ? "" : ", ";
            text += regionName(region);
        }
        return text.empty() ? std::string("none") : text;
    };
    line("Tightside plan (" + plan.protocolId + " " + plan.protocolVersion + "; a gap of " +
         std::to_string(plan.threshold) + " points or more counts)");
    line("");
    if (plan.status == PlanStatus::SeekCare) {
        line(plan.urgency == Urgency::Today ? "SEE A CLINICIAN TODAY. No routine."
                                            : "SEE A CLINICIAN SOON. No routine for now.");
    } else if (plan.status == PlanStatus::Balanced) {
        line("BALANCED: nothing to release today.");
    } else {
        line("Steps, in this order:");
        std::size_t n = 0;
        for (const Step& step : plan.steps) {
            const Technique* technique = protocol.technique(step.technique);
            std::string sideWord(sideId(step.side));
            std::transform(sideWord.begin(), sideWord.end(), sideWord.begin(),
                           [](char c) { return static_cast<char>(c - 'a' + 'A'); });
            line("  " + std::to_string(++n) + ". " + sideWord + " " +
                 std::string(regionName(step.group)) + ", " + std::to_string(step.seconds) + " s" +
                 (step.optional ? " (optional)" : "") + ": " +
                 (technique != nullptr ? technique->name : step.technique));
            line("     " + step.reason);
        }
    }
    if (!plan.deferred.empty()) {
        line("");
        line("Next time first (did not fit today):");
        for (const Step& step : plan.deferred) {
            line("  - " + std::string(sideId(step.side)) + " " +
                 std::string(regionName(step.group)) + ", " + std::to_string(step.seconds) + " s");
        }
    }
    line("");
    if (plan.status != PlanStatus::SeekCare) {
        line("Balanced today: " + names(plan.balanced));
        if (!plan.recheck.empty()) {
            line("Re-check both sides afterwards: " + names(plan.recheck));
        }
    }
    line("Never worked on: " + names(plan.never));
    line("");
    for (const std::string& message : plan.messages) {
        line("* " + message);
    }
    return out;
}

namespace {

/// `resting` and `no_clear_change` of a plan made with the course.
void parseCourse(Checker& check, const json& document, const std::string& base, Plan& plan)
{
    plan.withCourse = document.contains("resting") || document.contains("no_clear_change");
    plan.noClearChange = groupList(check, document, "no_clear_change", base, false);
    const json* resting = check.array(document, "resting", base);
    if (resting == nullptr) {
        return;
    }
    for (std::size_t i = 0; i < resting->size(); ++i) {
        const json& item = (*resting)[i];
        const std::string at = child(child(base, "resting"), i);
        if (!check.object(item, at, {"group", "until"})) {
            continue;
        }
        const auto group = groupValue(check, item["group"], child(at, "group"));
        const auto until = check.string(item, "until", at);
        if (until && !isValidIsoUtc(*until)) {
            check.add(child(at, "until"), "must be a UTC time such as \"2026-11-25T10:30:00Z\"");
        } else if (group && until) {
            plan.resting.push_back({*group, *until});
        }
    }
}

} // namespace

std::optional<Step> parseStepObject(const json& value, const std::string& pointer,
                                    Problems& problems)
{
    Checker check(problems);
    if (!check.object(value, pointer, {"group", "side", "technique", "seconds"},
                      {"targets", "optional", "reason", "rules", "outcome", "from_deferred"})) {
        return std::nullopt;
    }
    Step step;
    std::optional<Region> group;
    if (value.contains("group")) {
        group = groupValue(check, value["group"], child(pointer, "group"));
    }
    if (const auto side = check.string(value, "side", pointer)) {
        if (auto parsed = sideFromId(*side)) {
            step.side = *parsed;
        } else {
            check.add(child(pointer, "side"), "must be \"left\" or \"right\"");
        }
    }
    step.technique = check.string(value, "technique", pointer).value_or("");
    step.seconds = check.integer(value, "seconds", pointer, 0, 3600).value_or(0);
    step.targets = groupList(check, value, "targets", pointer, false);
    step.optional = check.boolean(value, "optional", pointer).value_or(false);
    step.reason = check.string(value, "reason", pointer, false).value_or("");
    if (auto rules = check.stringArray(value, "rules", pointer)) {
        step.rules = std::move(*rules);
    }
    step.fromDeferred = check.boolean(value, "from_deferred", pointer).value_or(false);
    if (!check.clean() || !group) {
        return std::nullopt;
    }
    step.group = *group;
    return step;
}

PlanParse parsePlan(const json& document, const std::string& base)
{
    PlanParse result;
    Checker check(result.problems);
    if (!check.object(document, base,
                      {"schema", "status", "protocol", "threshold", "steps", "deferred", "balanced",
                       "recheck", "never", "urgency", "messages"},
                      {"left_out", "resting", "no_clear_change"})) {
        return result;
    }
    Plan plan;
    if (document.contains("schema")) {
        check.integerValue(document["schema"], child(base, "schema"), 1, 1);
    }
    if (const auto status = check.string(document, "status", base)) {
        if (*status == "routine") {
            plan.status = PlanStatus::Routine;
        } else if (*status == "balanced") {
            plan.status = PlanStatus::Balanced;
        } else if (*status == "seek_care") {
            plan.status = PlanStatus::SeekCare;
        } else {
            check.add(child(base, "status"), "must be routine, balanced or seek_care");
        }
    }
    if (document.contains("protocol")) {
        const json& protocol = document["protocol"];
        const std::string p = child(base, "protocol");
        if (check.object(protocol, p, {"id", "version"})) {
            plan.protocolId = check.string(protocol, "id", p).value_or("");
            plan.protocolVersion = check.string(protocol, "version", p).value_or("");
        }
    }
    plan.threshold = check.integer(document, "threshold", base, 1, 10).value_or(2);
    plan.steps = stepList(check, result.problems, document, "steps", base);
    plan.deferred = stepList(check, result.problems, document, "deferred", base);
    plan.balanced = groupList(check, document, "balanced", base, false);
    plan.recheck = groupList(check, document, "recheck", base, false);
    plan.never = groupList(check, document, "never", base, true);
    plan.leftOut = groupList(check, document, "left_out", base, false);
    parseCourse(check, document, base, plan);
    if (document.contains("urgency") && !document["urgency"].is_null()) {
        const auto urgency = check.string(document, "urgency", base);
        if (urgency == "today") {
            plan.urgency = Urgency::Today;
        } else if (urgency == "soon") {
            plan.urgency = Urgency::Soon;
        } else if (urgency) {
            check.add(child(base, "urgency"), "must be null, \"today\" or \"soon\"");
        }
    }
    if (auto messages = check.stringArray(document, "messages", base)) {
        plan.messages = std::move(*messages);
    }
    if (check.clean()) {
        result.plan = std::move(plan);
    }
    return result;
}

} // namespace tightside::core
