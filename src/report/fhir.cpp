#include "tightside/report/fhir.h"

#include "tightside/core/region.h"
#include "tightside/text/planwords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

#include <array>
#include <utility>

namespace tightside::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kLoinc = "http://loinc.org";
constexpr std::string_view kSnomed = "http://snomed.info/sct";
constexpr std::string_view kUcum = "http://unitsofmeasure.org";
constexpr std::string_view kObservationCategory =
    "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr std::string_view kObservationIdSystem = "https://tightside.github.io/fhir/observation-id";
constexpr std::string_view kQuestionnaire = "https://tightside.github.io/fhir/Questionnaire/";

/// The words of the bundle (the `text` of codes, body sites and items) in the language
/// installed; codes and ids stay English.
class FhirText
{
    Q_DECLARE_TR_FUNCTIONS(FhirText)
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

std::string str(std::string_view text)
{
    return std::string(text);
}

// The document is read as stored: a value of another type than expected is left out.
const nlohmann::json* member(const nlohmann::json& object, const char* key)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto found = object.find(key);
    return found == object.end() || found->is_null() ? nullptr : &*found;
}

std::optional<int> integer(const nlohmann::json& object, const char* key)
{
    const nlohmann::json* value = member(object, key);
    if (value == nullptr || !value->is_number_integer()) {
        return std::nullopt;
    }
    return value->get<int>();
}

std::optional<double> number(const nlohmann::json& object, const char* key)
{
    const nlohmann::json* value = member(object, key);
    if (value == nullptr || !value->is_number()) {
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<std::string> string(const nlohmann::json& object, const char* key)
{
    const nlohmann::json* value = member(object, key);
    if (value == nullptr || !value->is_string()) {
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::vector<std::string> strings(const nlohmann::json& object, const char* key)
{
    std::vector<std::string> out;
    if (const nlohmann::json* value = member(object, key); value != nullptr && value->is_array()) {
        for (const nlohmann::json& item : *value) {
            if (item.is_string()) {
                out.push_back(item.get<std::string>());
            }
        }
    }
    return out;
}

Json coding(std::string_view system, std::string_view code, std::string_view display = {})
{
    Json out = {{"system", str(system)}, {"code", str(code)}};
    if (!display.empty()) {
        out["display"] = str(display);
    }
    return out;
}

Json sideCoding(core::Side side)
{
    return side == core::Side::Left ? coding(kSnomed, kSnomedLeft, "Left")
                                    : coding(kSnomed, kSnomedRight, "Right");
}

/// The members of a per-group object ({"<group>": ...}) in the protocol's order of the groups
/// (quadriceps first, as the self-check asks them), then any other key by its name.
std::vector<std::pair<std::string, const nlohmann::json*>> byGroup(const nlohmann::json& object)
{
    std::vector<std::pair<std::string, const nlohmann::json*>> out;
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        const std::string id = str(core::regionId(static_cast<core::Region>(i)));
        if (const auto found = object.find(id); found != object.end()) {
            out.emplace_back(id, &*found);
        }
    }
    for (const auto& [key, value] : object.items()) {
        const auto region = core::regionFromId(key);
        if (!region || !core::isGroup(*region)) {
            out.emplace_back(key, &value);
        }
    }
    return out;
}

/// The group's name for people, or its id for a group this build does not know.
std::string groupText(const std::string& id)
{
    const auto region = core::regionFromId(id);
    return region ? text::regionText(*region).toStdString() : id;
}

std::string groupDisplay(const std::string& id)
{
    const auto region = core::regionFromId(id);
    return region ? str(core::regionName(*region)) : std::string();
}

/// The muscle group and the side, e.g. "Left quadriceps".
Json bodySite(const std::string& group, core::Side side)
{
    const QString words =
        side == core::Side::Left ? FhirText::tr("%1, left side") : FhirText::tr("%1, right side");
    return {{"coding",
             Json::array({coding(kFhirCodeSystem, group, groupDisplay(group)), sideCoding(side)})},
            {"text", words.arg(QString::fromStdString(groupText(group))).toStdString()}};
}

// --- QuestionnaireResponse items ---------------------------------------------------------

Json item(const char* linkId, const std::string& words)
{
    return {{"linkId", linkId}, {"text", words}};
}

Json answered(const char* linkId, const std::string& words, Json answers)
{
    Json out = item(linkId, words);
    out["answer"] = std::move(answers);
    return out;
}

Json one(const char* key, Json value)
{
    return Json::array({Json{{key, std::move(value)}}});
}

/// The ratings object ({"<group>": {"left", "right"}}) as one group item per muscle group.
std::optional<Json> ratingsItem(const nlohmann::json& ratings, const char* linkId,
                                const std::string& words)
{
    if (!ratings.is_object() || ratings.empty()) {
        return std::nullopt;
    }
    Json groups = Json::array();
    for (const auto& [group, ratingPtr] : byGroup(ratings)) {
        const nlohmann::json& rating = *ratingPtr;
        const std::string base = std::string(linkId) + "." + group;
        Json sides = Json::array();
        for (const core::Side side : {core::Side::Left, core::Side::Right}) {
            const std::string sideId = str(core::sideId(side));
            if (const auto value = integer(rating, sideId.c_str())) {
                sides.push_back({{"linkId", base + "." + sideId},
                                 {"text", side == core::Side::Left ? utf8(FhirText::tr("Left"))
                                                                   : utf8(FhirText::tr("Right"))},
                                 {"answer", one("valueInteger", *value)}});
            }
        }
        if (!sides.empty()) {
            groups.push_back({{"linkId", base}, {"text", groupText(group)}, {"item", sides}});
        }
    }
    if (groups.empty()) {
        return std::nullopt;
    }
    Json out = item(linkId, words);
    out["item"] = std::move(groups);
    return out;
}

/// The measures object ({"<group>": {"test", "left", "right"}}) likewise, in degrees.
std::optional<Json> measuresItem(const nlohmann::json& measures, const char* linkId,
                                 const std::string& words)
{
    if (!measures.is_object() || measures.empty()) {
        return std::nullopt;
    }
    Json groups = Json::array();
    for (const auto& [group, measurePtr] : byGroup(measures)) {
        const nlohmann::json& measure = *measurePtr;
        const std::string base = std::string(linkId) + "." + group;
        Json parts = Json::array();
        if (const auto test = string(measure, "test")) {
            parts.push_back({{"linkId", base + ".test"},
                             {"text", utf8(FhirText::tr("Test"))},
                             {"answer", one("valueString", *test)}});
        }
        for (const core::Side side : {core::Side::Left, core::Side::Right}) {
            const std::string sideId = str(core::sideId(side));
            if (const auto value = number(measure, sideId.c_str())) {
                parts.push_back({{"linkId", base + "." + sideId},
                                 {"text", side == core::Side::Left ? utf8(FhirText::tr("Left"))
                                                                   : utf8(FhirText::tr("Right"))},
                                 {"answer", one("valueDecimal", *value)}});
            }
        }
        if (!parts.empty()) {
            groups.push_back({{"linkId", base}, {"text", groupText(group)}, {"item", parts}});
        }
    }
    if (groups.empty()) {
        return std::nullopt;
    }
    Json out = item(linkId, words);
    out["item"] = std::move(groups);
    return out;
}

Json stringAnswers(const std::vector<std::string>& values)
{
    Json out = Json::array();
    for (const std::string& value : values) {
        out.push_back({{"valueString", value}});
    }
    return out;
}

Json doneItem(const nlohmann::json& done)
{
    Json steps = Json::array();
    for (const nlohmann::json& step : done) {
        Json parts = Json::array();
        if (const auto group = string(step, "group")) {
            parts.push_back({{"linkId", "done.step.group"},
                             {"text", utf8(FhirText::tr("Muscle group"))},
                             {"answer", one("valueCoding", coding(kFhirCodeSystem, *group,
                                                                  groupDisplay(*group)))}});
        }
        if (const auto side = string(step, "side"); side && core::sideFromId(*side)) {
            parts.push_back({{"linkId", "done.step.side"},
                             {"text", utf8(FhirText::tr("Side"))},
                             {"answer", one("valueCoding", sideCoding(*core::sideFromId(*side)))}});
        }
        if (const auto technique = string(step, "technique")) {
            parts.push_back({{"linkId", "done.step.technique"},
                             {"text", utf8(FhirText::tr("Technique"))},
                             {"answer", one("valueString", *technique)}});
        }
        if (const auto seconds = integer(step, "seconds")) {
            parts.push_back({{"linkId", "done.step.seconds"},
                             {"text", utf8(FhirText::tr("Seconds"))},
                             {"answer", one("valueInteger", *seconds)}});
        }
        if (const auto outcome = string(step, "outcome")) {
            parts.push_back({{"linkId", "done.step.outcome"},
                             {"text", utf8(FhirText::tr("Outcome"))},
                             {"answer", one("valueString", *outcome)}});
        }
        if (!parts.empty()) {
            steps.push_back(
                {{"linkId", "done.step"}, {"text", utf8(FhirText::tr("Step"))}, {"item", parts}});
        }
    }
    Json out = item("done", utf8(FhirText::tr("Steps done")));
    out["item"] = std::move(steps);
    return out;
}

Json activitiesItem(const nlohmann::json& activities)
{
    Json rated = Json::array();
    for (const nlohmann::json& activity : activities) {
        const auto name = string(activity, "name");
        const auto score = integer(activity, "score");
        if (name && score) {
            rated.push_back({{"linkId", "activities.activity"},
                             {"text", *name},
                             {"answer", one("valueInteger", *score)}});
        }
    }
    Json out = item("activities", utf8(FhirText::tr("Activities that matter to you (0-10)")));
    out["item"] = std::move(rated);
    return out;
}

Json stoppedItem(const nlohmann::json& stopped)
{
    Json parts = Json::array();
    if (const auto reason = string(stopped, "reason")) {
        parts.push_back(
            answered("stopped.reason", utf8(FhirText::tr("Reason")), one("valueString", *reason)));
    }
    if (const auto flags = strings(stopped, "flags"); !flags.empty()) {
        parts.push_back(
            answered("stopped.flags", utf8(FhirText::tr("Red flags")), stringAnswers(flags)));
    }
    if (const auto urgency = string(stopped, "urgency")) {
        parts.push_back(answered("stopped.urgency", utf8(FhirText::tr("How soon to seek care")),
                                 one("valueString", *urgency)));
    }
    Json out = item("stopped", utf8(FhirText::tr("The check was stopped by a red flag")));
    if (!parts.empty()) {
        out["item"] = std::move(parts);
    } else {
        out["answer"] = one("valueBoolean", true);
    }
    return out;
}

Json questionnaireItems(const nlohmann::json& session)
{
    Json items = Json::array();
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json* answersPtr = member(session, "answers");
    const nlohmann::json& answers = answersPtr != nullptr ? *answersPtr : empty;
    if (const auto flags = strings(answers, "red_flags"); !flags.empty()) {
        items.push_back(
            answered("red_flags", utf8(FhirText::tr("Red flags")), stringAnswers(flags)));
    }
    if (const auto precautions = strings(answers, "precautions"); !precautions.empty()) {
        items.push_back(
            answered("precautions", utf8(FhirText::tr("Precautions")), stringAnswers(precautions)));
    }
    if (const nlohmann::json* flare = member(answers, "acute_flare_up");
        flare != nullptr && flare->is_boolean()) {
        items.push_back(answered("acute_flare_up", utf8(FhirText::tr("Flare-up now")),
                                 one("valueBoolean", flare->get<bool>())));
    }
    if (const auto pain = integer(answers, "pain_now")) {
        items.push_back(answered("pain_now", utf8(FhirText::tr("Pain before the routine (0-10)")),
                                 one("valueInteger", *pain)));
    }
    if (const auto minutes = integer(answers, "minutes")) {
        items.push_back(answered("minutes", utf8(FhirText::tr("Minutes available")),
                                 one("valueInteger", *minutes)));
    }
    if (const nlohmann::json* ratings = member(answers, "ratings")) {
        if (auto ratingItem = ratingsItem(*ratings, "ratings",
                                          utf8(FhirText::tr("Tightness before the routine")))) {
            items.push_back(std::move(*ratingItem));
        }
    }
    if (const nlohmann::json* measures = member(answers, "measures")) {
        if (auto measured =
                measuresItem(*measures, "measures",
                             utf8(FhirText::tr("Measured angles before the routine (degrees)")))) {
            items.push_back(std::move(*measured));
        }
    }
    if (const nlohmann::json* done = member(session, "done"); done != nullptr && done->is_array()) {
        if (Json steps = doneItem(*done); !steps["item"].empty()) {
            items.push_back(std::move(steps));
        }
    }
    if (const nlohmann::json* recheck = member(session, "recheck")) {
        if (auto rechecked = ratingsItem(*recheck, "recheck",
                                         utf8(FhirText::tr("Tightness after the routine")))) {
            items.push_back(std::move(*rechecked));
        }
    }
    if (const nlohmann::json* measures = member(session, "recheck_measures")) {
        if (auto measured =
                measuresItem(*measures, "recheck_measures",
                             utf8(FhirText::tr("Measured angles after the routine (degrees)")))) {
            items.push_back(std::move(*measured));
        }
    }
    if (const auto pain = integer(session, "pain_after")) {
        items.push_back(answered("pain_after", utf8(FhirText::tr("Pain after the routine (0-10)")),
                                 one("valueInteger", *pain)));
    }
    if (const nlohmann::json* activities = member(session, "activities");
        activities != nullptr && activities->is_array()) {
        if (Json rated = activitiesItem(*activities); !rated["item"].empty()) {
            items.push_back(std::move(rated));
        }
    }
    if (const auto notes = string(session, "notes"); notes && !notes->empty()) {
        items.push_back(answered("notes", utf8(FhirText::tr("Notes")), one("valueString", *notes)));
    }
    if (const nlohmann::json* stopped = member(session, "stopped")) {
        items.push_back(stoppedItem(*stopped));
    }
    return items;
}

// --- Observations ------------------------------------------------------------------------

struct SessionContext
{
    std::string id;
    std::string started;
    std::string finished;
    std::string responseUrl;
    std::string patientUrl;
};

FhirEntry observation(const SessionContext& session, const std::string& key, Json code,
                      std::string_view category, const std::string& effective)
{
    Json resource = {
        {"resourceType", "Observation"},
        {"identifier",
         Json::array({{{"system", str(kObservationIdSystem)}, {"value", session.id + "/" + key}}})},
        {"status", "final"},
        {"category",
         Json::array(
             {{{"coding", Json::array({coding(kObservationCategory, category,
                                              category == "survey" ? "Survey" : "Exam")})}}})},
        {"code", std::move(code)},
    };
    if (!session.patientUrl.empty()) {
        resource["subject"] = {{"reference", session.patientUrl}};
    }
    resource["effectiveDateTime"] = effective;
    return {fhirUuidUrl(session.id + "/" + key), std::move(resource)};
}

void finishObservation(FhirEntry& entry, const SessionContext& session)
{
    entry.resource["derivedFrom"] = Json::array({{{"reference", session.responseUrl}}});
}

FhirEntry painObservation(const SessionContext& session, bool after, int value)
{
    Json code = {
        {"coding",
         Json::array({coding(kLoinc, kLoincPainSeverity,
                             "Pain severity - 0-10 verbal numeric rating [Score] - Reported")})},
        {"text", after ? utf8(FhirText::tr("Pain after the routine (0-10)"))
                       : utf8(FhirText::tr("Pain before the routine (0-10)"))}};
    FhirEntry entry = observation(session, after ? "pain-after" : "pain-before", std::move(code),
                                  "survey", after ? session.finished : session.started);
    entry.resource["valueInteger"] = value;
    finishObservation(entry, session);
    return entry;
}

void ratingObservations(const SessionContext& session, const nlohmann::json& ratings, bool after,
                        std::vector<FhirEntry>& out)
{
    if (!ratings.is_object()) {
        return;
    }
    const std::string kind = after ? "tightness-after" : "tightness";
    for (const auto& [group, ratingPtr] : byGroup(ratings)) {
        const nlohmann::json& rating = *ratingPtr;
        for (const core::Side side : {core::Side::Left, core::Side::Right}) {
            const std::string sideId = str(core::sideId(side));
            const auto value = integer(rating, sideId.c_str());
            if (!value) {
                continue;
            }
            Json code = {{"coding", Json::array({coding(kFhirCodeSystem, kind,
                                                        after ? "Perceived tightness after the "
                                                                "routine (0-10)"
                                                              : "Perceived tightness (0-10)")})},
                         {"text", after ? utf8(FhirText::tr("Tightness after the routine"))
                                        : utf8(FhirText::tr("Tightness before the routine"))}};
            FhirEntry entry =
                observation(session, kind + "/" + group + "/" + sideId, std::move(code), "survey",
                            after ? session.finished : session.started);
            entry.resource["bodySite"] = bodySite(group, side);
            entry.resource["valueInteger"] = *value;
            finishObservation(entry, session);
            out.push_back(std::move(entry));
        }
    }
}

void angleObservations(const SessionContext& session, const nlohmann::json& measures, bool after,
                       std::vector<FhirEntry>& out)
{
    if (!measures.is_object()) {
        return;
    }
    const std::string kind = after ? "angle-after" : "angle";
    for (const auto& [group, measurePtr] : byGroup(measures)) {
        const nlohmann::json& measure = *measurePtr;
        const auto test = string(measure, "test");
        for (const core::Side side : {core::Side::Left, core::Side::Right}) {
            const std::string sideId = str(core::sideId(side));
            const auto degrees = number(measure, sideId.c_str());
            if (!degrees) {
                continue;
            }
            Json code = {
                {"coding", Json::array({coding(kFhirCodeSystem, kind,
                                               after ? "Measured angle after the routine (degrees)"
                                                     : "Measured angle (degrees)")})},
                {"text", after
                             ? utf8(FhirText::tr("Measured angles after the routine (degrees)"))
                             : utf8(FhirText::tr("Measured angles before the routine (degrees)"))}};
            FhirEntry entry =
                observation(session, kind + "/" + group + "/" + sideId, std::move(code), "exam",
                            after ? session.finished : session.started);
            entry.resource["bodySite"] = bodySite(group, side);
            if (test) {
                entry.resource["method"] = {
                    {"coding", Json::array({coding(kFhirMeasureTestSystem, *test)})},
                    {"text", *test}};
            }
            entry.resource["valueQuantity"] = {
                {"value", *degrees}, {"unit", "deg"}, {"system", str(kUcum)}, {"code", "deg"}};
            finishObservation(entry, session);
            out.push_back(std::move(entry));
        }
    }
}

} // namespace

std::optional<FhirBundleType> fhirBundleTypeFromId(std::string_view id)
{
    if (id == "collection") {
        return FhirBundleType::Collection;
    }
    if (id == "transaction") {
        return FhirBundleType::Transaction;
    }
    return std::nullopt;
}

std::string fhirUuidUrl(std::string_view name)
{
    // Tightside's own namespace for name-based uuids (fixed for ever: changing it changes
    // every exported id).
    static const QUuid kNamespace(QStringLiteral("{6f1c0e9a-3b5d-4c2e-9a71-2d8b4e5f7a10}"));
    const QUuid uuid = QUuid::createUuidV5(
        kNamespace, QByteArray(name.data(), static_cast<qsizetype>(name.size())));
    return "urn:uuid:" + uuid.toString(QUuid::WithoutBraces).toStdString();
}

FhirEntry fhirPatient(const std::string& name)
{
    Json resource = {{"resourceType", "Patient"}, {"name", Json::array({{{"text", name}}})}};
    return {fhirUuidUrl("patient/" + name), std::move(resource)};
}

std::vector<FhirEntry> fhirSessionEntries(const nlohmann::json& session,
                                          const std::string& patientUrl)
{
    SessionContext context;
    context.id = string(session, "id").value_or("");
    context.started = string(session, "started").value_or("");
    context.finished = string(session, "finished").value_or(context.started);
    context.responseUrl = fhirUuidUrl(context.id + "/questionnaire-response");
    context.patientUrl = patientUrl;

    std::string questionnaire = str(kQuestionnaire) + "self-check";
    if (const nlohmann::json* protocol = member(session, "protocol")) {
        const auto protocolId = string(*protocol, "id");
        const auto version = string(*protocol, "version");
        if (protocolId && version) {
            questionnaire = str(kQuestionnaire) + *protocolId + "|" + *version;
        }
    }
    const bool finished = string(session, "finished").has_value();
    Json response = {
        {"resourceType", "QuestionnaireResponse"},
        {"identifier", {{"system", str(kFhirSessionIdSystem)}, {"value", context.id}}},
        {"questionnaire", questionnaire},
        {"status", finished ? "completed" : "in-progress"},
    };
    if (!patientUrl.empty()) {
        response["subject"] = {{"reference", patientUrl}};
    }
    if (!context.finished.empty()) {
        response["authored"] = context.finished;
    }
    if (Json items = questionnaireItems(session); !items.empty()) {
        response["item"] = std::move(items);
    }
    std::vector<FhirEntry> out;
    out.push_back({context.responseUrl, std::move(response)});
    // A check stopped by a red flag measured nothing: its answers are the response alone.
    if (member(session, "stopped") != nullptr || context.started.empty()) {
        return out;
    }
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json* answersPtr = member(session, "answers");
    const nlohmann::json& answers = answersPtr != nullptr ? *answersPtr : empty;
    if (const auto pain = integer(answers, "pain_now")) {
        out.push_back(painObservation(context, false, *pain));
    }
    if (const nlohmann::json* ratings = member(answers, "ratings")) {
        ratingObservations(context, *ratings, false, out);
    }
    if (const nlohmann::json* measures = member(answers, "measures")) {
        angleObservations(context, *measures, false, out);
    }
    if (const nlohmann::json* recheck = member(session, "recheck")) {
        ratingObservations(context, *recheck, true, out);
    }
    if (const nlohmann::json* measures = member(session, "recheck_measures")) {
        angleObservations(context, *measures, true, out);
    }
    if (const auto pain = integer(session, "pain_after")) {
        out.push_back(painObservation(context, true, *pain));
    }
    return out;
}

FhirBundleWriter::FhirBundleWriter(FhirOptions options, Sink sink)
    : m_options(std::move(options)), m_sink(std::move(sink))
{}

store::Result<void> FhirBundleWriter::begin()
{
    const char* type = m_options.type == FhirBundleType::Transaction ? "transaction" : "collection";
    const std::string opening =
        std::string("{\"resourceType\":\"Bundle\",\"type\":\"") + type + "\"";
    if (auto written =
            m_sink(QByteArrayView(opening.data(), static_cast<qsizetype>(opening.size())));
        !written) {
        return written;
    }
    if (!m_options.patientName.empty()) {
        const FhirEntry patient = fhirPatient(m_options.patientName);
        m_patientUrl = patient.fullUrl;
        return put(patient);
    }
    return store::Result<void>::success();
}

store::Result<void> FhirBundleWriter::add(const nlohmann::json& session)
{
    for (const FhirEntry& entry : fhirSessionEntries(session, m_patientUrl)) {
        if (auto written = put(entry); !written) {
            return written;
        }
    }
    return store::Result<void>::success();
}

store::Result<void> FhirBundleWriter::put(const FhirEntry& entry)
{
    Json wrapped = {{"fullUrl", entry.fullUrl}, {"resource", entry.resource}};
    if (m_options.type == FhirBundleType::Transaction) {
        const std::string resourceType = entry.resource.value("resourceType", "");
        Json request = {{"method", "POST"}, {"url", resourceType}};
        // Loading the same file twice must not store everything twice: a resource with an
        // identifier is created only when none with that identifier exists.
        const auto identifier = entry.resource.find("identifier");
        if (identifier != entry.resource.end()) {
            const Json& first = identifier->is_array() ? identifier->front() : *identifier;
            request["ifNoneExist"] =
                "identifier=" + first.value("system", "") + "|" + first.value("value", "");
        }
        wrapped["request"] = std::move(request);
    }
    std::string text = (m_anyEntry ? ",\n" : ",\"entry\":[\n") +
                       wrapped.dump(-1, ' ', false, Json::error_handler_t::replace);
    m_anyEntry = true;
    return m_sink(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
}

store::Result<void> FhirBundleWriter::finish()
{
    const std::string_view closing = m_anyEntry ? "\n]}\n" : "}\n";
    return m_sink(QByteArrayView(closing.data(), static_cast<qsizetype>(closing.size())));
}

} // namespace tightside::report
