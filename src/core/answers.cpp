#include "tightside/core/answers.h"

#include "jsoncheck.h"
#include "ratings.h"

#include "tightside/core/course.h"

#include <algorithm>
#include <optional>

namespace tightside::core {

using detail::Checker;
using detail::child;
using detail::parseRatingObject;
using nlohmann::json;

namespace {

std::string neverRatingMessage(Region region)
{
    return "Tightside never rates or works on the " + std::string(regionName(region)) +
           ": it is usually the messenger that holds the pelvis steady, not the cause, so the "
           "app looks for the tighter side of the legs instead (rule M3)";
}

void parseScreening(Checker& check, const json& document, std::string_view key, ScreeningKind kind,
                    const Protocol& protocol, std::vector<std::string>& out)
{
    const json* items = check.array(document, key, "");
    if (items == nullptr) {
        return;
    }
    const std::string base = child("", key);
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string pointer = child(base, i);
        const auto id = check.stringValue((*items)[i], pointer);
        if (!id) {
            continue;
        }
        const ScreeningQuestion* question = protocol.question(*id);
        if (question == nullptr) {
            check.add(pointer,
                      "\"" + *id + "\" is not a screening question of the protocol " + protocol.id);
        } else if (question->kind != kind) {
            check.add(pointer, "\"" + *id + "\" is a " +
                                   (question->kind == ScreeningKind::RedFlag
                                        ? "red flag; list it under red_flags"
                                        : "precaution; list it under precautions"));
        } else if (std::find(out.begin(), out.end(), *id) != out.end()) {
            check.add(pointer, "\"" + *id + "\" is listed twice");
        } else {
            out.push_back(*id);
        }
    }
}

} // namespace

namespace detail {

/// A key of a per-group object (ratings, measures): the group it names, or nothing, with the
/// problem said (a never-region, or a group this protocol does not rate).
std::optional<Region> ratedGroup(Checker& check, const std::string& key, const std::string& at,
                                 const Protocol& protocol)
{
    const auto region = regionFromId(key);
    if (region && isNeverRegion(*region)) {
        check.add(at, neverRatingMessage(*region));
        return std::nullopt;
    }
    if (!region || protocol.group(*region) == nullptr) {
        check.add(at, "\"" + key + "\" is not a muscle group this protocol rates");
        return std::nullopt;
    }
    return region;
}

void parseRatingObject(Checker& check, const json& object, const std::string& pointer,
                       const Protocol& protocol, const std::function<void(Region, Rating)>& keep)
{
    if (!object.is_object()) {
        check.add(pointer, "must be an object, not " + std::string(typeWords(object)));
        return;
    }
    for (const auto& item : object.items()) {
        const std::string& key = item.key();
        const std::string at = child(pointer, key);
        const auto region = ratedGroup(check, key, at, protocol);
        if (!region) {
            continue;
        }
        if (!check.object(item.value(), at, {"left", "right"})) {
            continue;
        }
        const auto left = check.integer(item.value(), "left", at, kMinRating, kMaxRating);
        const auto right = check.integer(item.value(), "right", at, kMinRating, kMaxRating);
        if (left && right) {
            keep(*region, {*left, *right});
        }
    }
}

void parseMeasureObject(Checker& check, const json& object, const std::string& pointer,
                        const Protocol& protocol, GroupMeasures& out)
{
    if (!object.is_object()) {
        check.add(pointer, "must be an object, not " + std::string(typeWords(object)));
        return;
    }
    for (const auto& item : object.items()) {
        const std::string& key = item.key();
        const std::string at = child(pointer, key);
        const auto region = ratedGroup(check, key, at, protocol);
        if (!region) {
            continue;
        }
        const json& value = item.value();
        if (!check.object(value, at, {"test"}, {"left", "right"})) {
            continue;
        }
        const auto before = check.count();
        GroupMeasure measure;
        if (const auto test = check.string(value, "test", at)) {
            const MeasureTest* known = protocol.measure(*region);
            if (known == nullptr || known->test != *test) {
                check.add(child(at, "test"),
                          "\"" + *test + "\" is not a test this protocol measures for " + key +
                              (known == nullptr ? " (it measures none)"
                                                : " (it measures \"" + known->test + "\")"));
            }
            measure.test = *test;
        }
        for (const Side side : {Side::Left, Side::Right}) {
            const auto sideKey = sideId(side);
            const auto it = value.find(sideKey);
            if (it == value.end()) {
                continue;
            }
            if (!it->is_number() || !isStoredAngle(it->get<double>())) {
                check.add(child(at, sideKey), "must be an angle in degrees from 0 to 180 with at "
                                              "most one decimal, not " +
                                                  it->dump());
                continue;
            }
            (side == Side::Left ? measure.left : measure.right) = it->get<double>();
        }
        if (check.count() == before) {
            out.at(indexOf(*region)) = std::move(measure);
        }
    }
}

} // namespace detail

namespace {

void parseRatings(Checker& check, const json& document, const Protocol& protocol,
                  bool screeningStopped, Answers& answers)
{
    const auto it = document.find("ratings");
    if (it == document.end()) {
        if (!screeningStopped) {
            check.add("/ratings", "is required but missing");
        }
        return;
    }
    parseRatingObject(check, *it, "/ratings", protocol, [&answers](Region group, Rating rating) {
        answers.setRating(group, rating);
    });
    if (!it->is_object()) {
        return;
    }
    if (screeningStopped) {
        return; // M7: with a red flag no rating is needed, the check ends at screening.
    }
    for (const Group& group : protocol.groups) {
        if (!group.optional && !it->contains(regionId(group.region))) {
            check.add(child("/ratings", regionId(group.region)),
                      "is required but missing: rate both sides of every leg group");
        }
    }
}

} // namespace

AnswersParse parseAnswers(const json& document, const Protocol& protocol)
{
    AnswersParse result;
    Checker check(result.problems);
    if (!check.object(document, "",
                      {"schema", "red_flags", "precautions", "acute_flare_up", "pain_now"},
                      {"minutes", "ratings", "time", "measures"})) {
        return result;
    }
    Answers answers;
    if (document.contains("schema")) {
        check.integerValue(document["schema"], "/schema", 1, 1);
    }
    parseScreening(check, document, "red_flags", ScreeningKind::RedFlag, protocol,
                   answers.redFlags);
    parseScreening(check, document, "precautions", ScreeningKind::Precaution, protocol,
                   answers.precautions);
    answers.acuteFlareUp = check.boolean(document, "acute_flare_up", "").value_or(false);
    answers.painNow = check.integer(document, "pain_now", "", kMinRating, kMaxRating).value_or(0);
    answers.minutes = check.integer(document, "minutes", "", kMinMinutes, kMaxMinutes);
    if (document.contains("time")) {
        answers.time = check.string(document, "time", "");
        if (answers.time && !parseIsoUtc(*answers.time)) {
            check.add("/time", "must be a UTC time such as \"2026-11-25T10:30:00Z\"");
        }
    }
    parseRatings(check, document, protocol, !answers.redFlags.empty(), answers);
    if (const auto it = document.find("measures"); it != document.end()) {
        detail::parseMeasureObject(check, *it, "/measures", protocol, answers.measures);
    }
    if (check.clean()) {
        result.answers = std::move(answers);
    }
    return result;
}

AnswersParse parseScreeningAnswers(const json& document, const Protocol& protocol)
{
    AnswersParse result;
    Checker check(result.problems);
    if (!check.object(document, "", {"schema", "red_flags", "precautions"})) {
        return result;
    }
    Answers answers;
    check.integerValue(document["schema"], "/schema", 1, 1);
    parseScreening(check, document, "red_flags", ScreeningKind::RedFlag, protocol,
                   answers.redFlags);
    parseScreening(check, document, "precautions", ScreeningKind::Precaution, protocol,
                   answers.precautions);
    if (check.clean() && answers.redFlags.empty()) {
        check.add("/red_flags", "must list the red flag that stopped the check");
    }
    if (check.clean()) {
        result.answers = std::move(answers);
    }
    return result;
}

json screeningJson(const Answers& answers)
{
    json out = json::object();
    out["schema"] = 1;
    out["red_flags"] = answers.redFlags;
    out["precautions"] = answers.precautions;
    return out;
}

json toJson(const Answers& answers)
{
    json out = json::object();
    out["schema"] = 1;
    out["red_flags"] = answers.redFlags;
    out["precautions"] = answers.precautions;
    out["acute_flare_up"] = answers.acuteFlareUp;
    out["pain_now"] = answers.painNow;
    if (answers.minutes) {
        out["minutes"] = *answers.minutes;
    }
    if (answers.time) {
        out["time"] = *answers.time;
    }
    json ratings = json::object();
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (const auto& rating = answers.ratings.at(i)) {
            ratings[std::string(regionId(static_cast<Region>(i)))] = {{"left", rating->left},
                                                                      {"right", rating->right}};
        }
    }
    out["ratings"] = std::move(ratings);
    if (!isEmpty(answers.measures)) {
        out["measures"] = toJson(answers.measures);
    }
    return out;
}

json toJson(const GroupMeasures& measures)
{
    json out = json::object();
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (const auto& measure = measures.at(i)) {
            json entry{{"test", measure->test}};
            if (measure->left) {
                entry["left"] = *measure->left;
            }
            if (measure->right) {
                entry["right"] = *measure->right;
            }
            out[std::string(regionId(static_cast<Region>(i)))] = std::move(entry);
        }
    }
    return out;
}

bool isEmpty(const GroupMeasures& measures)
{
    return std::none_of(measures.begin(), measures.end(),
                        [](const auto& measure) { return measure.has_value(); });
}

} // namespace tightside::core
