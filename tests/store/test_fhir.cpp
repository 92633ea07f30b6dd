// The FHIR export's mapping (report/fhir.h, docs/fhir.md) and `tightside export --format fhir`.
// The bundles are also checked by a real FHIR validator in tests/fhir.

#include "processutil.h"
#include "sessionfactory.h"

#include "tightside/core/session.h"
#include "tightside/report/export.h"
#include "tightside/report/fhir.h"
#include "tightside/store/sessionstore.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <string>

using nlohmann::json;
namespace report = tightside::report;

namespace {

std::string bundleOf(const std::vector<json>& sessions, const report::FhirOptions& options = {})
{
    std::string out;
    report::FhirBundleWriter writer(options, [&out](QByteArrayView bytes) {
        out.append(bytes.data(), static_cast<std::size_t>(bytes.size()));
        return tightside::store::Result<void>::success();
    });
    REQUIRE(writer.begin());
    for (const json& session : sessions) {
        REQUIRE(writer.add(session));
    }
    REQUIRE(writer.finish());
    return out;
}

json sessionDocument(std::uint32_t index)
{
    return tightside::core::toJson(storetest::numberedSession(index));
}

std::vector<json> resourcesOf(const json& bundle, const std::string& type)
{
    std::vector<json> out;
    for (const json& entry : bundle.value("entry", json::array())) {
        if (entry["resource"]["resourceType"] == type) {
            out.push_back(entry["resource"]);
        }
    }
    return out;
}

std::string codeOf(const json& observation)
{
    return observation["code"]["coding"][0]["code"].get<std::string>();
}

json stoppedDocument()
{
    json document = sessionDocument(2);
    document["finished"] = document["started"];
    document["answers"] = {
        {"schema", 1}, {"red_flags", {"saddle_numbness"}}, {"precautions", json::array()}};
    document.erase("plan");
    document["done"] = json::array();
    document["recheck"] = json::object();
    document["pain_after"] = nullptr;
    document["stopped"] = {
        {"reason", "red_flag"}, {"flags", {"saddle_numbness"}}, {"urgency", "today"}};
    return document;
}

} // namespace

TEST_CASE("a session becomes one QuestionnaireResponse and an Observation per value",
          "[store][fhir]")
{
    const tightside::core::Session session = storetest::numberedSession(4);
    const json bundle = json::parse(bundleOf({sessionDocument(4)}));
    CHECK(bundle["resourceType"] == "Bundle");
    CHECK(bundle["type"] == "collection");
    const auto responses = resourcesOf(bundle, "QuestionnaireResponse");
    REQUIRE(responses.size() == 1);
    CHECK(responses[0]["status"] == "completed");
    CHECK(responses[0]["identifier"]["value"] == session.id);
    CHECK(resourcesOf(bundle, "Patient").empty());

    std::size_t rated = 0;
    std::size_t rechecked = 0;
    for (const auto& rating : session.answers.ratings) {
        rated += rating ? 2U : 0U;
    }
    for (const auto& rating : session.recheck) {
        rechecked += rating ? 2U : 0U;
    }
    const auto observations = resourcesOf(bundle, "Observation");
    REQUIRE(observations.size() == rated + rechecked + 1 + (session.painAfter ? 1 : 0));
    std::size_t pains = 0;
    std::size_t tightness = 0;
    std::size_t after = 0;
    const std::string response = bundle["entry"][0]["fullUrl"];
    for (const json& observation : observations) {
        CHECK(observation["status"] == "final");
        CHECK(observation["derivedFrom"][0]["reference"] == response);
        CHECK(!observation.contains("subject"));
        if (observation["code"]["coding"][0]["system"] == "http://loinc.org") {
            CHECK(codeOf(observation) == "72514-3");
            ++pains;
        } else if (codeOf(observation) == "tightness") {
            CHECK(observation["effectiveDateTime"] == session.started);
            CHECK(observation["valueInteger"].is_number_integer());
            const json& site = observation["bodySite"]["coding"];
            CHECK(site[0]["system"] == std::string(report::kFhirCodeSystem));
            CHECK(site[1]["system"] == "http://snomed.info/sct");
            CHECK((site[1]["code"] == "7771000" || site[1]["code"] == "24028007"));
            ++tightness;
        } else {
            CHECK(codeOf(observation) == "tightness-after");
            CHECK(observation["effectiveDateTime"] == *session.finished);
            ++after;
        }
    }
    CHECK(pains == 1 + (session.painAfter ? 1U : 0U));
    CHECK(tightness == rated);
    CHECK(after == rechecked);
}

TEST_CASE("the left quadriceps rating carries its value and SNOMED CT left", "[store][fhir]")
{
    json document = sessionDocument(1);
    document["answers"]["ratings"]["quadriceps"] = {{"left", 7}, {"right", 3}};
    const json bundle = json::parse(bundleOf({document}));
    bool found = false;
    for (const json& observation : resourcesOf(bundle, "Observation")) {
        if (codeOf(observation) == "tightness" &&
            observation["bodySite"]["coding"][0]["code"] == "quadriceps" &&
            observation["bodySite"]["coding"][1]["code"] == "7771000") {
            CHECK(observation["valueInteger"] == 7);
            found = true;
        }
    }
    CHECK(found);
}

TEST_CASE("a check stopped by a red flag gives its QuestionnaireResponse and no Observation",
          "[store][fhir]")
{
    const json bundle = json::parse(bundleOf({stoppedDocument()}));
    REQUIRE(bundle["entry"].size() == 1);
    const json& response = bundle["entry"][0]["resource"];
    CHECK(response["resourceType"] == "QuestionnaireResponse");
    bool stopped = false;
    for (const json& item : response["item"]) {
        if (item["linkId"] == "stopped") {
            stopped = true;
            CHECK(item.dump().find("today") != std::string::npos);
            CHECK(item.dump().find("saddle_numbness") != std::string::npos);
        }
    }
    CHECK(stopped);
}

TEST_CASE("measured angles become Observations in UCUM degrees", "[store][fhir]")
{
    json document = sessionDocument(3);
    document["answers"]["measures"] = {
        {"hip_flexors", {{"test", "thomas"}, {"left", 128.5}, {"right", 139.0}}}};
    document["recheck_measures"] = {{"hip_flexors", {{"test", "thomas"}, {"right", 134.0}}}};
    const json bundle = json::parse(bundleOf({document}));
    std::vector<json> angles;
    for (const json& observation : resourcesOf(bundle, "Observation")) {
        if (codeOf(observation).rfind("angle", 0) == 0) {
            angles.push_back(observation);
        }
    }
    REQUIRE(angles.size() == 3);
    CHECK(codeOf(angles[0]) == "angle");
    CHECK(angles[0]["valueQuantity"]["value"] == 128.5);
    CHECK(angles[0]["valueQuantity"]["code"] == "deg");
    CHECK(angles[0]["valueQuantity"]["system"] == "http://unitsofmeasure.org");
    CHECK(angles[0]["method"]["coding"][0]["code"] == "thomas");
    CHECK(angles[1]["bodySite"]["coding"][1]["code"] == "24028007");
    CHECK(codeOf(angles[2]) == "angle-after");
    CHECK(angles[2]["valueQuantity"]["value"] == 134.0);
}

TEST_CASE("a name gives one Patient with the name only, the subject of every resource",
          "[store][fhir]")
{
    report::FhirOptions options;
    options.patientName = "Alex Example";
    const json bundle = json::parse(bundleOf({sessionDocument(1), sessionDocument(2)}, options));
    const auto patients = resourcesOf(bundle, "Patient");
    REQUIRE(patients.size() == 1);
    CHECK(patients[0] ==
          json::parse(R"({"resourceType":"Patient","name":[{"text":"Alex Example"}]})"));
    const std::string patientUrl = bundle["entry"][0]["fullUrl"];
    for (const json& entry : bundle["entry"]) {
        if (entry["resource"]["resourceType"] != "Patient") {
            CHECK(entry["resource"]["subject"]["reference"] == patientUrl);
        }
    }
}

TEST_CASE("a transaction bundle gives every entry a POST request and a unique urn:uuid",
          "[store][fhir]")
{
    report::FhirOptions options;
    options.type = report::FhirBundleType::Transaction;
    options.patientName = "A";
    const json bundle =
        json::parse(bundleOf({sessionDocument(1), stoppedDocument(), sessionDocument(5)}, options));
    CHECK(bundle["type"] == "transaction");
    std::set<std::string> urls;
    for (const json& entry : bundle["entry"]) {
        const std::string url = entry["fullUrl"];
        CHECK(url.rfind("urn:uuid:", 0) == 0);
        CHECK(urls.insert(url).second);
        CHECK(entry["request"]["method"] == "POST");
        CHECK(entry["request"]["url"] == entry["resource"]["resourceType"]);
    }
    // A collection has no requests.
    const json collection = json::parse(bundleOf({sessionDocument(1)}));
    for (const json& entry : collection["entry"]) {
        CHECK(!entry.contains("request"));
    }
}

TEST_CASE("the same history gives the same bundle, and ids follow the session id", "[store][fhir]")
{
    const std::string first = bundleOf({sessionDocument(1), sessionDocument(2)});
    CHECK(first == bundleOf({sessionDocument(1), sessionDocument(2)}));
    CHECK(report::fhirUuidUrl("a") == report::fhirUuidUrl("a"));
    CHECK(report::fhirUuidUrl("a") != report::fhirUuidUrl("b"));
    const json one = json::parse(bundleOf({sessionDocument(1)}));
    const json other = json::parse(bundleOf({sessionDocument(2)}));
    CHECK(one["entry"][0]["fullUrl"] != other["entry"][0]["fullUrl"]);
}

TEST_CASE("an empty history is a bundle without entries", "[store][fhir]")
{
    const json bundle = json::parse(bundleOf({}));
    CHECK(bundle == json::parse(R"({"resourceType":"Bundle","type":"collection"})"));
}

TEST_CASE("the exporter writes a FHIR bundle of the store, one entry at a time", "[store][fhir]")
{
    QTemporaryDir dir;
    const tightside::store::SessionStore store(dir.path());
    for (std::uint32_t i = 0; i < 3; ++i) {
        REQUIRE(store.save(storetest::numberedSession(i)));
    }
    std::string out;
    std::size_t pieces = 0;
    report::ExportOptions options;
    options.fhir.type = report::FhirBundleType::Transaction;
    const auto exported = report::exportHistory(
        report::ExportFormat::Fhir, store,
        [&out, &pieces](QByteArrayView bytes) {
            out.append(bytes.data(), static_cast<std::size_t>(bytes.size()));
            ++pieces;
            return tightside::store::Result<void>::success();
        },
        {}, options);
    REQUIRE(exported);
    CHECK(exported.value().sessions == 3);
    const json bundle = json::parse(out);
    CHECK(bundle["type"] == "transaction");
    CHECK(resourcesOf(bundle, "QuestionnaireResponse").size() == 3);
    // Written as it goes: a piece per entry, not one string at the end.
    CHECK(pieces == bundle["entry"].size() + 2);
}

TEST_CASE("export --format fhir writes to a file or standard output", "[store][fhir][cli]")
{
    QTemporaryDir dir;
    const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
    const tightside::store::SessionStore store(QString::fromStdString(data));
    REQUIRE(store.save(storetest::numberedSession(1)));
    const std::map<std::string, std::string> env = {
        {"DISPLAY", ""}, {"QT_QPA_PLATFORM", ""}, {"TIGHTSIDE_DATA_DIR", ""}};
    const auto out =
        storetest::run(TIGHTSIDE_BINARY,
                       {"export", "--data-dir", data, "--format", "fhir", "--fhir-type",
                        "transaction", "--name", "Sam", "--output", "-"},
                       env);
    REQUIRE(out.exitCode == 0);
    const json bundle = json::parse(out.out);
    CHECK(bundle["type"] == "transaction");
    CHECK(resourcesOf(bundle, "Patient").size() == 1);

    const std::string file = dir.filePath(QStringLiteral("out.json")).toStdString();
    const auto written =
        storetest::run(TIGHTSIDE_BINARY,
                       {"export", "--data-dir", data, "--format", "fhir", "--output", file}, env);
    REQUIRE(written.exitCode == 0);
    QFile saved(QString::fromStdString(file));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const json collection = json::parse(saved.readAll().toStdString());
    CHECK(collection["type"] == "collection");
    CHECK(resourcesOf(collection, "Patient").empty());
    CHECK(saved.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadUser | QFileDevice::WriteUser));

    const auto badType = storetest::run(
        TIGHTSIDE_BINARY,
        {"export", "--data-dir", data, "--format", "fhir", "--fhir-type", "batch", "--output", "-"},
        env);
    CHECK(badType.exitCode == 2);
    const auto nameWithCsv = storetest::run(
        TIGHTSIDE_BINARY,
        {"export", "--data-dir", data, "--format", "csv", "--name", "Sam", "--output", "-"}, env);
    CHECK(nameWithCsv.exitCode == 2);
}
