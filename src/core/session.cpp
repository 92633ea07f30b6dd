#include "tightside/core/session.h"

#include "jsoncheck.h"
#include "ratings.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace tightside::core {

using detail::Checker;
using detail::child;
using nlohmann::json;

namespace {

bool isDigits(std::string_view text, std::size_t from, std::size_t count)
{
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    return true;
}

int number(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool plausibleTime(int year, int month, int day, int hour, int minute, int second)
{
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 ||
        second > 60) {
        return false;
    }
    // A date the calendar has: no 31 April, no 29 February outside a leap year.
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = month == 2 && leap ? 29 : kDays[month - 1];
    return day <= last;
}

std::tm utcFields(std::chrono::system_clock::time_point time)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm fields{};
    gmtime_r(&seconds, &fields);
    return fields;
}

/// Session pointers are the answers' own pointers under "/answers".
void appendUnder(Problems& out, const Problems& problems, std::string_view base)
{
    for (const Problem& problem : problems) {
        out.push_back({std::string(base) + problem.pointer, problem.message});
    }
}

std::optional<std::string> timeValue(Checker& check, const json& document, std::string_view key)
{
    auto text = check.string(document, key, "");
    if (text && !isValidIsoUtc(*text)) {
        check.add(child("", key), "must be a UTC time such as \"2026-11-25T10:30:00Z\"");
        return std::nullopt;
    }
    return text;
}

std::optional<DoneStep> parseDone(const json& value, const std::string& pointer, Problems& problems)
{
    Checker check(problems);
    // parseStepObject checks group (M3), side, technique and seconds; an outcome is required
    // here because a done list without outcomes cannot show what happened.
    auto step = parseStepObject(value, pointer, problems);
    if (!value.is_object()) {
        return std::nullopt;
    }
    std::optional<Outcome> outcome;
    if (!value.contains("outcome")) {
        check.add(child(pointer, "outcome"), "is required but missing");
    } else if (const auto id = check.string(value, "outcome", pointer)) {
        outcome = outcomeFromId(*id);
        if (!outcome) {
            check.add(child(pointer, "outcome"),
                      "must be \"completed\", \"skipped\" or \"stopped_pain\"");
        }
    }
    if (!step || !outcome) {
        return std::nullopt;
    }
    return DoneStep{step->group, step->side, step->technique, step->seconds, *outcome};
}

void parseRecheck(Checker& check, const json& document, const Protocol& protocol, Session& session)
{
    const auto it = document.find("recheck");
    if (it == document.end()) {
        return;
    }
    detail::parseRatingObject(
        check, *it, "/recheck", protocol,
        [&session](Region group, Rating rating) { session.setRecheck(group, rating); });
}

constexpr std::size_t kMaxLandmarks = 8;
constexpr std::size_t kMaxPhotoName = 128;

/// The group of a per-group object key: a group the protocol rates (never-regions refused).
std::optional<Region> measuredGroup(Checker& check, const std::string& key, const std::string& at,
                                    const Protocol& protocol)
{
    const auto region = regionFromId(key);
    if (!region || isNeverRegion(*region) || protocol.group(*region) == nullptr) {
        check.add(at, "\"" + key + "\" is not a muscle group this protocol measures");
        return std::nullopt;
    }
    return region;
}

/// {"<group>": {"left": X, "right": Y}} with either side optional; `side` reads one value.
template <typename Read>
void perGroupAndSide(Checker& check, const json& document, std::string_view key,
                     const Protocol& protocol, Read read)
{
    const auto it = document.find(key);
    if (it == document.end()) {
        return;
    }
    const std::string base = child("", key);
    if (!it->is_object()) {
        check.add(base, "must be an object, not " + std::string(detail::typeWords(*it)));
        return;
    }
    for (const auto& item : it->items()) {
        const std::string at = child(base, item.key());
        const auto group = measuredGroup(check, item.key(), at, protocol);
        if (!group || !check.object(item.value(), at, {}, {"left", "right"})) {
            continue;
        }
        for (const Side side : {Side::Left, Side::Right}) {
            const auto value = item.value().find(sideId(side));
            if (value != item.value().end()) {
                read(*group, side, *value, child(at, sideId(side)));
            }
        }
    }
}

void parseMeasurePoints(Checker& check, const json& document, const Protocol& protocol,
                        Session& session)
{
    perGroupAndSide(check, document, "measure_points", protocol,
                    [&](Region group, Side side, const json& value, const std::string& at) {
                        if (!value.is_array() || value.empty() || value.size() > kMaxLandmarks) {
                            check.add(at, "must list the tapped landmarks, 1 to 8 [x, y] pairs");
                            return;
                        }
                        std::vector<PhotoPoint> points;
                        for (std::size_t i = 0; i < value.size(); ++i) {
                            const json& pair = value[i];
                            const bool ok =
                                pair.is_array() && pair.size() == 2 && pair[0].is_number() &&
                                pair[1].is_number() && pair[0].get<double>() >= 0 &&
                                pair[0].get<double>() <= 1 && pair[1].get<double>() >= 0 &&
                                pair[1].get<double>() <= 1;
                            if (!ok) {
                                check.add(child(at, i), "must be [x, y], each from 0 to 1 (a "
                                                        "share of the photo's width and height)");
                                return;
                            }
                            points.push_back({pair[0].get<double>(), pair[1].get<double>()});
                        }
                        session.measurePoints[group][side] = std::move(points);
                    });
}

void parsePhotos(Checker& check, const json& document, const Protocol& protocol, Session& session)
{
    perGroupAndSide(check, document, "photos", protocol,
                    [&](Region group, Side side, const json& value, const std::string& at) {
                        const auto path = check.stringValue(value, at);
                        if (!path) {
                            return;
                        }
                        if (!isValidPhotoPath(*path)) {
                            check.add(at, "must be \"photos/<file>\" (a .jpg, .jpeg or .png "
                                          "inside the data folder), not \"" +
                                              *path + "\"");
                            return;
                        }
                        session.photos[group][side] = *path;
                    });
}

/// `protocol` plus a screening question for every id the answers list, of the kind they are
/// listed under, so that parseAnswers() checks everything else.
Protocol withListedScreening(const Protocol& protocol, const json& answers)
{
    Protocol lenient = protocol;
    if (!answers.is_object()) {
        return lenient;
    }
    for (const auto& [key, kind] : {std::pair{"red_flags", ScreeningKind::RedFlag},
                                    std::pair{"precautions", ScreeningKind::Precaution}}) {
        const auto list = answers.find(key);
        if (list == answers.end() || !list->is_array()) {
            continue;
        }
        for (const json& item : *list) {
            if (item.is_string() && lenient.question(item.get<std::string>()) == nullptr) {
                ScreeningQuestion question;
                question.id = item.get<std::string>();
                question.kind = kind;
                lenient.screening.push_back(std::move(question));
            }
        }
    }
    return lenient;
}

/// `protocol` with each measured test a session names taken as given (it belongs to a protocol
/// that may not be loaded), so the angles themselves are still checked.
void acceptListedTests(Protocol& lenient, const json& measures)
{
    if (!measures.is_object()) {
        return;
    }
    for (const auto& item : measures.items()) {
        const auto region = regionFromId(item.key());
        const auto test = item.value().is_object() ? item.value().find("test") : item.value().end();
        if (!region || !item.value().is_object() || test == item.value().end() ||
            !test->is_string()) {
            continue;
        }
        for (Group& group : lenient.groups) {
            if (group.region == *region) {
                MeasureTest measure = group.measure.value_or(MeasureTest{});
                measure.test = test->get<std::string>();
                group.measure = std::move(measure);
            }
        }
    }
}

} // namespace

std::string_view outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return "completed";
    case Outcome::Skipped:
        return "skipped";
    case Outcome::StoppedPain:
        return "stopped_pain";
    }
    return "completed";
}

std::optional<Outcome> outcomeFromId(std::string_view id)
{
    for (const Outcome outcome : {Outcome::Completed, Outcome::Skipped, Outcome::StoppedPain}) {
        if (outcomeId(outcome) == id) {
            return outcome;
        }
    }
    return std::nullopt;
}

bool isValidIsoUtc(std::string_view text)
{
    // 2026-11-25T10:30:00Z
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
        text[13] != ':' || text[16] != ':' || text[19] != 'Z') {
        return false;
    }
    if (!isDigits(text, 0, 4) || !isDigits(text, 5, 2) || !isDigits(text, 8, 2) ||
        !isDigits(text, 11, 2) || !isDigits(text, 14, 2) || !isDigits(text, 17, 2)) {
        return false;
    }
    return plausibleTime(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                         number(text, 11, 2), number(text, 14, 2), number(text, 17, 2));
}

bool isValidSessionId(std::string_view id)
{
    // 20261125T103000Z-7f3a9c1e
    if (id.size() != 25 || id[8] != 'T' || id[15] != 'Z' || id[16] != '-') {
        return false;
    }
    if (!isDigits(id, 0, 8) || !isDigits(id, 9, 6)) {
        return false;
    }
    for (std::size_t i = 17; i < 25; ++i) {
        const char c = id[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return plausibleTime(number(id, 0, 4), number(id, 4, 2), number(id, 6, 2), number(id, 9, 2),
                         number(id, 11, 2), number(id, 13, 2));
}

std::string isoUtc(std::chrono::system_clock::time_point time)
{
    const std::tm fields = utcFields(time);
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &fields);
    return std::string(text, length);
}

std::string newSessionId(std::chrono::system_clock::time_point started, std::uint32_t random)
{
    const std::tm fields = utcFields(started);
    char stamp[32];
    const std::size_t length = std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &fields);
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "-%08x", static_cast<unsigned>(random));
    return std::string(stamp, length) + suffix;
}

namespace {

/// A plan stored before steps carried their dosage: a step planned gentle (its rules name M7
/// or M10) gets the protocol's gentle limit and guidance back, so a resumed routine keeps it.
void restoreDosage(Plan& plan, const json& stored, const Protocol& protocol)
{
    const auto restore = [&protocol](std::vector<Step>& steps, const json& items) {
        for (std::size_t i = 0; i < steps.size() && i < items.size(); ++i) {
            if (items[i].contains("dosage")) {
                continue;
            }
            Step& step = steps[i];
            const bool gentle =
                std::any_of(step.rules.begin(), step.rules.end(),
                            [](const std::string& rule) { return rule == "M7" || rule == "M10"; });
            const DosageRange& range = gentle ? protocol.gentle : protocol.standard;
            step.dosage = {step.seconds, range.discomfortMax, gentle, range.guidance};
        }
    };
    const json empty = json::array();
    const auto list = [&](const char* key) -> const json& {
        const auto it = stored.find(key);
        return it != stored.end() && it->is_array() ? *it : empty;
    };
    restore(plan.steps, list("steps"));
    restore(plan.deferred, list("deferred"));
}

bool sameProtocol(const json& document, const Protocol& protocol)
{
    const auto it = document.find("protocol");
    if (it == document.end() || !it->is_object()) {
        return true;
    }
    const auto id = it->find("id");
    return id == it->end() || !id->is_string() || id->get<std::string>() == protocol.id;
}

/// A check stopped by a red flag (contracts.md, third wave).
SessionParse parseStoppedSession(const json& document, const Protocol& protocol)
{
    SessionParse result;
    Checker check(result.problems);
    check.object(document, "",
                 {"schema", "id", "started", "finished", "protocol", "answers", "done", "stopped"},
                 {"notes"});
    // The keys a stopped check cannot have get their own sentence, not "not a known key".
    for (auto& problem : result.problems) {
        for (const char* key : {"/plan", "/recheck", "/pain_after", "/activities"}) {
            if (problem.pointer == key) {
                problem.message = "must be absent: a check stopped by a red flag ends at screening";
            }
        }
    }
    Session session;
    check.integerValue(document.value("schema", json(1)), "/schema", 1, 1);
    if (const auto id = check.string(document, "id", "")) {
        if (isValidSessionId(*id)) {
            session.id = *id;
        } else {
            check.add("/id", "must look like \"20261125T103000Z-7f3a9c1e\" (start time in UTC, "
                             "then 8 hex digits)");
        }
    }
    session.started = timeValue(check, document, "started").value_or("");
    session.finished = timeValue(check, document, "finished");
    if (session.finished && !session.started.empty() && *session.finished != session.started) {
        check.add("/finished", "must equal \"started\": a check stopped by a red flag ends "
                               "where it begins");
    }
    if (document.contains("protocol")) {
        const json& value = document["protocol"];
        if (check.object(value, "/protocol", {"id", "version"})) {
            session.protocolId = check.string(value, "id", "/protocol").value_or("");
            session.protocolVersion = check.string(value, "version", "/protocol").value_or("");
        }
    }
    const bool same = sameProtocol(document, protocol);
    bool answersRead = false;
    if (document.contains("answers")) {
        const Protocol lenient =
            same ? Protocol{} : withListedScreening(protocol, document["answers"]);
        AnswersParse answers =
            parseScreeningAnswers(document["answers"], same ? protocol : lenient);
        appendUnder(result.problems, answers.problems, "/answers");
        if (answers.answers) {
            session.answers = std::move(*answers.answers);
            answersRead = true;
        }
    }
    if (const json* done = check.array(document, "done", ""); done != nullptr && !done->empty()) {
        check.add("/done", "must be empty: a check stopped by a red flag has no routine");
    }
    Stop stop;
    if (document.contains("stopped")) {
        const json& value = document["stopped"];
        if (check.object(value, "/stopped", {"reason", "flags", "urgency"})) {
            if (const auto reason = check.string(value, "reason", "/stopped");
                reason && *reason != "red_flag") {
                check.add("/stopped/reason", "must be \"red_flag\"");
            }
            stop.flags =
                check.stringArray(value, "flags", "/stopped").value_or(std::vector<std::string>{});
            if (answersRead && stop.flags != session.answers.redFlags) {
                check.add("/stopped/flags", "must list the same red flags as /answers/red_flags");
            }
            if (const auto id = check.string(value, "urgency", "/stopped")) {
                if (const auto urgency = urgencyFromId(*id)) {
                    stop.urgency = *urgency;
                    // Another protocol's urgencies are taken as given.
                    if (same && stop.urgency != mostUrgent(protocol, stop.flags)) {
                        check.add("/stopped/urgency",
                                  "must be the most urgent of the flags: \"" +
                                      std::string(urgencyId(mostUrgent(protocol, stop.flags))) +
                                      "\"");
                    }
                } else {
                    check.add("/stopped/urgency", "must be \"today\" or \"soon\"");
                }
            }
        }
    }
    session.stopped = std::move(stop);
    if (document.contains("notes")) {
        session.notes = check.string(document, "notes", "", false).value_or("");
    }
    if (check.clean()) {
        result.session = std::move(session);
    }
    return result;
}

} // namespace

SessionParse parseSession(const json& document, const Protocol& protocol)
{
    if (document.is_object() && document.contains("stopped")) {
        return parseStoppedSession(document, protocol);
    }
    SessionParse result;
    Checker check(result.problems);
    if (!check.object(document, "",
                      {"schema", "id", "started", "protocol", "answers", "plan", "done"},
                      {"finished", "recheck", "pain_after", "notes", "activities",
                       "recheck_measures", "measure_points", "photos"})) {
        return result;
    }
    Session session;
    if (document.contains("schema")) {
        check.integerValue(document["schema"], "/schema", 1, 1);
    }
    if (const auto id = check.string(document, "id", "")) {
        if (isValidSessionId(*id)) {
            session.id = *id;
        } else {
            check.add("/id", "must look like \"20261125T103000Z-7f3a9c1e\" (start time in UTC, "
                             "then 8 hex digits)");
        }
    }
    session.started = timeValue(check, document, "started").value_or("");
    if (document.contains("finished") && !document["finished"].is_null()) {
        session.finished = timeValue(check, document, "finished");
        // Both are fixed-width UTC times, so text order is time order.
        if (session.finished && !session.started.empty() && *session.finished < session.started) {
            check.add("/finished", "is before \"started\": a session cannot end before it "
                                   "begins");
        }
    }
    if (document.contains("protocol")) {
        const json& value = document["protocol"];
        if (check.object(value, "/protocol", {"id", "version"})) {
            session.protocolId = check.string(value, "id", "/protocol").value_or("");
            session.protocolVersion = check.string(value, "version", "/protocol").value_or("");
        }
    }
    if (document.contains("answers")) {
        // A session recorded with another protocol (a user's own file, or the built-in one
        // seen from a window that loaded a custom protocol) must not be refused for that:
        // everything but its screening ids can still be checked.
        const bool sameProtocol = session.protocolId.empty() || session.protocolId == protocol.id;
        Protocol lenient =
            sameProtocol ? Protocol{} : withListedScreening(protocol, document["answers"]);
        if (!sameProtocol && document["answers"].is_object() &&
            document["answers"].contains("measures")) {
            acceptListedTests(lenient, document["answers"]["measures"]);
        }
        AnswersParse answers = parseAnswers(document["answers"], sameProtocol ? protocol : lenient);
        appendUnder(result.problems, answers.problems, "/answers");
        if (answers.answers) {
            session.answers = std::move(*answers.answers);
        }
    }
    if (document.contains("plan")) {
        PlanParse plan = parsePlan(document["plan"], "/plan");
        if (plan.plan) {
            session.plan = std::move(*plan.plan);
            if (session.protocolId.empty() || session.protocolId == protocol.id) {
                restoreDosage(session.plan, document["plan"], protocol);
            }
        }
        result.problems.insert(result.problems.end(), plan.problems.begin(), plan.problems.end());
    }
    if (const json* done = check.array(document, "done", "")) {
        for (std::size_t i = 0; i < done->size(); ++i) {
            if (auto step = parseDone((*done)[i], child("/done", i), result.problems)) {
                session.done.push_back(std::move(*step));
            }
        }
    }
    parseRecheck(check, document, protocol, session);
    if (const auto it = document.find("recheck_measures"); it != document.end()) {
        Protocol lenient;
        const bool sameProtocol = session.protocolId.empty() || session.protocolId == protocol.id;
        if (!sameProtocol) {
            lenient = protocol;
            acceptListedTests(lenient, *it);
        }
        detail::parseMeasureObject(check, *it, "/recheck_measures",
                                   sameProtocol ? protocol : lenient, session.recheckMeasures);
    }
    parseMeasurePoints(check, document, protocol, session);
    parsePhotos(check, document, protocol, session);
    if (document.contains("pain_after") && !document["pain_after"].is_null()) {
        session.painAfter = check.integer(document, "pain_after", "", kMinRating, kMaxRating);
    }
    if (document.contains("notes")) {
        session.notes = check.string(document, "notes", "", false).value_or("");
    }
    if (document.contains("activities")) {
        if (auto activities =
                parseActivities(document["activities"], "/activities", result.problems)) {
            session.activities = std::move(*activities);
        }
    }
    if (check.clean()) {
        result.session = std::move(session);
    }
    return result;
}

Session stoppedSession(std::string id, const Answers& answers, const Protocol& protocol,
                       std::chrono::system_clock::time_point when)
{
    Session session;
    session.id = std::move(id);
    session.started = isoUtc(when);
    session.finished = session.started;
    session.protocolId = protocol.id;
    session.protocolVersion = protocol.version;
    session.answers.redFlags = answers.redFlags;
    session.answers.precautions = answers.precautions;
    session.stopped = Stop{answers.redFlags, mostUrgent(protocol, answers.redFlags)};
    return session;
}

json toJson(const Session& session)
{
    if (session.stopped) {
        json out = json::object();
        out["schema"] = 1;
        out["id"] = session.id;
        out["started"] = session.started;
        out["finished"] = session.finished.value_or(session.started);
        out["protocol"] = {{"id", session.protocolId}, {"version", session.protocolVersion}};
        out["answers"] = screeningJson(session.answers);
        out["done"] = json::array();
        out["stopped"] = {{"reason", "red_flag"},
                          {"flags", session.stopped->flags},
                          {"urgency", urgencyId(session.stopped->urgency)}};
        out["notes"] = session.notes;
        return out;
    }
    json out = json::object();
    out["schema"] = 1;
    out["id"] = session.id;
    out["started"] = session.started;
    out["finished"] = session.finished ? json(*session.finished) : json(nullptr);
    out["protocol"] = {{"id", session.protocolId}, {"version", session.protocolVersion}};
    out["answers"] = toJson(session.answers);
    out["plan"] = toJson(session.plan);
    json done = json::array();
    for (const DoneStep& step : session.done) {
        done.push_back({{"group", regionId(step.group)},
                        {"side", sideId(step.side)},
                        {"technique", step.technique},
                        {"seconds", step.seconds},
                        {"outcome", outcomeId(step.outcome)}});
    }
    out["done"] = std::move(done);
    json recheck = json::object();
    for (std::size_t i = 0; i < kGroupCount; ++i) {
        if (const auto& rating = session.recheck.at(i)) {
            recheck[std::string(regionId(static_cast<Region>(i)))] = {{"left", rating->left},
                                                                      {"right", rating->right}};
        }
    }
    out["recheck"] = std::move(recheck);
    out["pain_after"] = session.painAfter ? json(*session.painAfter) : json(nullptr);
    out["notes"] = session.notes;
    if (!session.activities.empty()) {
        out["activities"] = toJson(session.activities);
    }
    // Written only when there are any, so a session without measures reads and writes as before.
    if (!isEmpty(session.recheckMeasures)) {
        out["recheck_measures"] = toJson(session.recheckMeasures);
    }
    if (!session.measurePoints.empty()) {
        json points = json::object();
        for (const auto& [group, sides] : session.measurePoints) {
            json bySide = json::object();
            for (const auto& [side, list] : sides) {
                json pairs = json::array();
                for (const PhotoPoint point : list) {
                    pairs.push_back({point.x, point.y});
                }
                bySide[std::string(sideId(side))] = std::move(pairs);
            }
            points[std::string(regionId(group))] = std::move(bySide);
        }
        out["measure_points"] = std::move(points);
    }
    if (!session.photos.empty()) {
        json photos = json::object();
        for (const auto& [group, sides] : session.photos) {
            for (const auto& [side, path] : sides) {
                photos[std::string(regionId(group))][std::string(sideId(side))] = path;
            }
        }
        out["photos"] = std::move(photos);
    }
    return out;
}

bool isValidPhotoPath(std::string_view path)
{
    constexpr std::string_view prefix = "photos/";
    if (!path.starts_with(prefix)) {
        return false;
    }
    const std::string_view name = path.substr(prefix.size());
    if (name.empty() || name.size() > kMaxPhotoName || name.front() == '.') {
        return false;
    }
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return std::isalnum(u) != 0 || c == '.' || c == '_' || c == '-';
    });
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return plain &&
           (lower.ends_with(".jpg") || lower.ends_with(".jpeg") || lower.ends_with(".png"));
}

} // namespace tightside::core
