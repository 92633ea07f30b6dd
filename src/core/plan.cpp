#include "tightside/core/plan.h"

#include "jsoncheck.h"

#include "tightside/core/session.h"

#include <algorithm>
#include <array>
#include <utility>

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
    json out{{"group", regionId(step.group)},
             {"side", sideId(step.side)},
             {"technique", step.technique},
             {"targets", regionList(step.targets)},
             {"seconds", step.seconds},
             {"optional", step.optional},
             {"rules", step.rules},
             {"dosage",
              {{"seconds", step.dosage.seconds},
               {"discomfort_max", step.dosage.discomfortMax},
               {"gentle", step.dosage.gentle},
               {"guidance", step.dosage.guidance}}},
             {"why", toJson(step.why)},
             {"reason", step.reason}};
    if (step.why.fromDeferred) {
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

constexpr std::array<std::pair<NoticeKind, std::string_view>, 18> kNoticeIds{{
    {NoticeKind::SeekCareToday, "seek_care_today"},
    {NoticeKind::SeekCareSoon, "seek_care_soon"},
    {NoticeKind::RedFlagAdvice, "red_flag_advice"},
    {NoticeKind::Emergency, "emergency"},
    {NoticeKind::Balanced, "balanced"},
    {NoticeKind::AllLeftOut, "all_left_out"},
    {NoticeKind::ReleaseOneSide, "release_one_side"},
    {NoticeKind::PainRises, "pain_rises"},
    {NoticeKind::LeftOut, "left_out"},
    {NoticeKind::Deferred, "deferred"},
    {NoticeKind::FlareUp, "flare_up"},
    {NoticeKind::PrecautionNote, "precaution_note"},
    {NoticeKind::Never, "never"},
    {NoticeKind::NeverRemoved, "never_removed"},
    {NoticeKind::Resting, "resting"},
    {NoticeKind::AllResting, "all_resting"},
    {NoticeKind::NoClearChange, "no_clear_change"},
    {NoticeKind::MeasureDisagrees, "measure_disagrees"},
}};

/// The word a stored `gentle_because` list uses for a flare-up (M10); the other items are
/// precaution ids.
constexpr std::string_view kFlareUp = "flare_up";

std::optional<Dosage> dosageObject(Checker& check, const json& value, const std::string& pointer)
{
    if (!check.object(value, pointer, {"seconds", "discomfort_max", "gentle"}, {"guidance"})) {
        return std::nullopt;
    }
    Dosage dosage;
    dosage.seconds = check.integer(value, "seconds", pointer, 0, 3600).value_or(0);
    dosage.discomfortMax = check.integer(value, "discomfort_max", pointer, 0, 10).value_or(5);
    dosage.gentle = check.boolean(value, "gentle", pointer).value_or(false);
    dosage.guidance = check.string(value, "guidance", pointer, false).value_or("");
    return dosage;
}

json measuredJson(const MeasuredGap& measured)
{
    return {{"test", measured.test},
            {"left", measured.left},
            {"right", measured.right},
            {"gap", measured.gap},
            {"mdc", measured.mdc},
            {"tighter", measured.tighter ? json(sideId(*measured.tighter)) : json("none")},
            {"agrees", measured.agrees}};
}

std::optional<MeasuredGap> measuredObject(Checker& check, const json& value,
                                          const std::string& pointer)
{
    if (!check.object(value, pointer,
                      {"test", "left", "right", "gap", "mdc", "tighter", "agrees"})) {
        return std::nullopt;
    }
    MeasuredGap measured;
    measured.test = check.string(value, "test", pointer).value_or("");
    for (const auto& [key, target] :
         {std::pair{"left", &measured.left}, std::pair{"right", &measured.right},
          std::pair{"gap", &measured.gap}, std::pair{"mdc", &measured.mdc}}) {
        const auto it = value.find(key);
        if (it != value.end() && it->is_number() && it->get<double>() >= kMinAngle &&
            it->get<double>() <= kMaxAngle) {
            *target = it->get<double>();
        } else if (it != value.end()) {
            check.add(child(pointer, key), "must be a number of degrees from 0 to 180");
        }
    }
    if (const auto tighter = check.string(value, "tighter", pointer)) {
        if (*tighter != "none") {
            measured.tighter = sideFromId(*tighter);
            if (!measured.tighter) {
                check.add(child(pointer, "tighter"), "must be \"left\", \"right\" or \"none\"");
            }
        }
    }
    measured.agrees = check.boolean(value, "agrees", pointer).value_or(true);
    return measured;
}

std::optional<Reason> reasonObject(Checker& check, const json& value, const std::string& pointer)
{
    if (!check.object(value, pointer, {"kind"},
                      {"rules", "left", "right", "gap", "threshold", "rank", "hold", "hold_chosen",
                       "gentle_because", "deferred_minutes", "measured"})) {
        return std::nullopt;
    }
    Reason why;
    if (const auto kind = check.string(value, "kind", pointer)) {
        if (const auto parsed = reasonKindFromId(*kind)) {
            why.kind = *parsed;
        } else {
            check.add(child(pointer, "kind"), "must be tighter_side or optional_group");
        }
    }
    if (auto rules = check.stringArray(value, "rules", pointer)) {
        why.rules = std::move(*rules);
    }
    why.left = check.integer(value, "left", pointer, 0, 10).value_or(0);
    why.right = check.integer(value, "right", pointer, 0, 10).value_or(0);
    why.gap = check.integer(value, "gap", pointer, 0, 10).value_or(0);
    why.threshold = check.integer(value, "threshold", pointer, 1, 10).value_or(2);
    why.rank = check.integer(value, "rank", pointer, 1, 100).value_or(1);
    why.hold = check.integer(value, "hold", pointer, 0, 3600).value_or(0);
    why.holdChosen = check.boolean(value, "hold_chosen", pointer).value_or(false);
    if (auto causes = check.stringArray(value, "gentle_because", pointer)) {
        for (std::string& cause : *causes) {
            if (cause == kFlareUp) {
                why.flareUp = true;
            } else {
                why.precautions.push_back(std::move(cause));
            }
        }
    }
    if (value.contains("deferred_minutes")) {
        why.deferredMinutes = check.integer(value, "deferred_minutes", pointer, 1, 1440);
    }
    if (value.contains("measured")) {
        why.measured = measuredObject(check, value["measured"], child(pointer, "measured"));
    }
    return why;
}

std::optional<Notice> noticeObject(Checker& check, const json& value, const std::string& pointer)
{
    if (!check.object(value, pointer, {"kind"},
                      {"rules", "id", "groups", "count", "minutes", "threshold", "seconds",
                       "discomfort_max", "until", "first_gap", "gap", "group"})) {
        return std::nullopt;
    }
    Notice notice;
    if (const auto kind = check.string(value, "kind", pointer)) {
        if (const auto parsed = noticeKindFromId(*kind)) {
            notice.kind = *parsed;
        } else {
            check.add(child(pointer, "kind"), "\"" + *kind + "\" is not a known notice");
        }
    }
    if (auto rules = check.stringArray(value, "rules", pointer)) {
        notice.rules = std::move(*rules);
    }
    notice.id = check.string(value, "id", pointer).value_or("");
    notice.groups = groupList(check, value, "groups", pointer, false);
    if (value.contains("group")) {
        // measure_disagrees names its one group as "group" (contracts.md "Measured angles").
        if (const auto group = groupValue(check, value["group"], child(pointer, "group"))) {
            notice.groups = {*group};
        }
    }
    notice.count = check.integer(value, "count", pointer, 0, 1000).value_or(0);
    notice.minutes = check.integer(value, "minutes", pointer, 0, 1440).value_or(0);
    notice.threshold = check.integer(value, "threshold", pointer, 0, 10).value_or(0);
    notice.seconds = check.integer(value, "seconds", pointer, 0, 3600).value_or(0);
    notice.discomfortMax = check.integer(value, "discomfort_max", pointer, 0, 10).value_or(0);
    if (value.contains("until")) {
        notice.until = check.string(value, "until", pointer).value_or("");
        if (!isValidIsoUtc(notice.until)) {
            check.add(child(pointer, "until"),
                      "must be a UTC time such as \"2026-11-25T10:30:00Z\"");
        }
    }
    notice.firstGap = check.integer(value, "first_gap", pointer, 0, 10).value_or(0);
    notice.gap = check.integer(value, "gap", pointer, 0, 10).value_or(0);
    return notice;
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

std::string_view reasonKindId(ReasonKind kind)
{
    return kind == ReasonKind::OptionalGroup ? "optional_group" : "tighter_side";
}

std::optional<ReasonKind> reasonKindFromId(std::string_view id)
{
    if (id == "tighter_side") {
        return ReasonKind::TighterSide;
    }
    if (id == "optional_group") {
        return ReasonKind::OptionalGroup;
    }
    return std::nullopt;
}

std::string_view noticeKindId(NoticeKind kind)
{
    for (const auto& [k, id] : kNoticeIds) {
        if (k == kind) {
            return id;
        }
    }
    return "never";
}

std::optional<NoticeKind> noticeKindFromId(std::string_view id)
{
    for (const auto& [kind, name] : kNoticeIds) {
        if (name == id) {
            return kind;
        }
    }
    return std::nullopt;
}

json toJson(const Reason& why)
{
    json causes = json::array();
    if (why.flareUp) {
        causes.push_back(kFlareUp);
    }
    for (const std::string& id : why.precautions) {
        causes.push_back(id);
    }
    json out{{"kind", reasonKindId(why.kind)},
             {"rules", why.rules},
             {"left", why.left},
             {"right", why.right},
             {"gap", why.gap},
             {"threshold", why.threshold},
             {"rank", why.rank},
             {"hold", why.hold},
             {"hold_chosen", why.holdChosen},
             {"gentle_because", std::move(causes)}};
    if (why.deferredMinutes) {
        out["deferred_minutes"] = *why.deferredMinutes;
    }
    if (why.measured) {
        out["measured"] = measuredJson(*why.measured);
    }
    return out;
}

json toJson(const Notice& notice)
{
    json out{{"kind", noticeKindId(notice.kind)}, {"rules", notice.rules}};
    switch (notice.kind) {
    case NoticeKind::RedFlagAdvice:
    case NoticeKind::PrecautionNote:
        out["id"] = notice.id;
        break;
    case NoticeKind::ReleaseOneSide:
    case NoticeKind::LeftOut:
        out["groups"] = regionList(notice.groups);
        break;
    case NoticeKind::Deferred:
        out["count"] = notice.count;
        out["minutes"] = notice.minutes;
        break;
    case NoticeKind::Balanced:
    case NoticeKind::AllLeftOut:
        out["threshold"] = notice.threshold;
        break;
    case NoticeKind::FlareUp:
        out["seconds"] = notice.seconds;
        out["discomfort_max"] = notice.discomfortMax;
        break;
    case NoticeKind::NeverRemoved:
        out["count"] = notice.count;
        break;
    case NoticeKind::Resting:
        out["groups"] = regionList(notice.groups);
        out["until"] = notice.until;
        break;
    case NoticeKind::NoClearChange:
        out["groups"] = regionList(notice.groups);
        out["count"] = notice.count;
        out["first_gap"] = notice.firstGap;
        out["gap"] = notice.gap;
        break;
    case NoticeKind::MeasureDisagrees:
        if (!notice.groups.empty()) {
            out["group"] = regionId(notice.groups.front());
        }
        break;
    case NoticeKind::AllResting:
    case NoticeKind::SeekCareToday:
    case NoticeKind::SeekCareSoon:
    case NoticeKind::Emergency:
    case NoticeKind::PainRises:
    case NoticeKind::Never:
        break;
    }
    return out;
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
    json notices = json::array();
    for (const Notice& notice : plan.notices) {
        notices.push_back(toJson(notice));
    }
    // A plan stored before notices existed has messages only: it is written back as it came,
    // since "notices" beside them must hold one per message (the session round trip).
    if (!plan.notices.empty() || plan.messages.empty()) {
        out["notices"] = std::move(notices);
    }
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
                      {"targets", "optional", "reason", "rules", "outcome", "dosage", "why",
                       "from_deferred"})) {
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
    // Files from before `dosage` and `why` existed: the seconds and rules are all there is.
    step.dosage.seconds = step.seconds;
    step.why.rules = step.rules;
    step.why.hold = step.seconds;
    if (value.contains("dosage")) {
        if (auto dosage = dosageObject(check, value["dosage"], child(pointer, "dosage"))) {
            step.dosage = std::move(*dosage);
            if (step.dosage.seconds != step.seconds) {
                check.add(child(child(pointer, "dosage"), "seconds"),
                          "must equal the step's seconds");
            }
        }
    }
    if (value.contains("why")) {
        if (auto why = reasonObject(check, value["why"], child(pointer, "why"))) {
            step.why = std::move(*why);
        }
    }
    step.why.fromDeferred = check.boolean(value, "from_deferred", pointer).value_or(false);
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
                      {"left_out", "notices", "resting", "no_clear_change"})) {
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
    if (const json* notices = check.array(document, "notices", base)) {
        for (std::size_t i = 0; i < notices->size(); ++i) {
            if (auto notice =
                    noticeObject(check, (*notices)[i], child(child(base, "notices"), i))) {
                plan.notices.push_back(std::move(*notice));
            }
        }
        if (!plan.messages.empty() && plan.notices.size() != plan.messages.size() &&
            check.clean()) {
            check.add(child(base, "notices"), "must have one notice for each message");
        }
    }
    if (check.clean()) {
        result.plan = std::move(plan);
    }
    return result;
}

} // namespace tightside::core
