#pragma once

// The history as one FHIR R4 Bundle (contracts.md "Additions (third wave)", FHIR; the mapping
// is written out in docs/fhir.md). Every session becomes a QuestionnaireResponse and its
// Observations; a session stopped by a red flag gives its QuestionnaireResponse only. The
// bundle is written entry by entry (FhirBundleWriter), so an export never holds more than one
// session.

#include "tightside/store/result.h"

#include <QByteArrayView>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tightside::report {

/// Tightside's own CodeSystem: the ratings, the angles and the muscle groups.
inline constexpr std::string_view kFhirCodeSystem =
    "https://tightside.github.io/fhir/CodeSystem/tightside";
/// The tests a protocol measures an angle with ("thomas"), as the protocol names them.
inline constexpr std::string_view kFhirMeasureTestSystem =
    "https://tightside.github.io/fhir/CodeSystem/measure-test";
/// The session's id as the QuestionnaireResponse's identifier.
inline constexpr std::string_view kFhirSessionIdSystem =
    "https://tightside.github.io/fhir/session-id";
inline constexpr std::string_view kLoincPainSeverity = "72514-3";
inline constexpr std::string_view kSnomedLeft = "7771000";
inline constexpr std::string_view kSnomedRight = "24028007";

enum class FhirBundleType
{
    /// A file to read and keep (the default).
    Collection,
    /// A file a FHIR server takes as is: every entry carries `request` (POST).
    Transaction,
};

/// "collection", "transaction"; nullopt for anything else.
std::optional<FhirBundleType> fhirBundleTypeFromId(std::string_view id);

struct FhirOptions
{
    FhirBundleType type = FhirBundleType::Collection;
    /// The name the person typed; empty: no Patient, no subject (no identity at all).
    std::string patientName;
};

/// One entry of the bundle: its `fullUrl` (urn:uuid:...) and resource.
struct FhirEntry
{
    std::string fullUrl;
    nlohmann::ordered_json resource;
};

/// "urn:uuid:..." named by `name` (a name-based, version 5 UUID in Tightside's namespace): the
/// same name always gives the same uuid, so the same history gives the same bytes.
std::string fhirUuidUrl(std::string_view name);

/// The Patient entry for `name` (the name only).
FhirEntry fhirPatient(const std::string& name);

/// The entries of one session file's document, QuestionnaireResponse first. The document is
/// read as stored (contracts.md "Session files" and the third wave's `measures`,
/// `recheck_measures`, `stopped`); a field of an unexpected type is left out, never guessed.
/// `patientUrl` (may be empty) becomes every resource's subject. Words people read (the
/// `text` of codes and items) are in the language installed; codes and ids are not.
std::vector<FhirEntry> fhirSessionEntries(const nlohmann::json& session,
                                          const std::string& patientUrl);

/// Writes one Bundle to a sink, an entry at a time: begin(), add() per session, finish().
class FhirBundleWriter
{
public:
    using Sink = std::function<store::Result<void>(QByteArrayView bytes)>;

    FhirBundleWriter(FhirOptions options, Sink sink);

    /// Writes the opening and, with a name, the Patient.
    store::Result<void> begin();
    /// Writes the entries of one session document.
    store::Result<void> add(const nlohmann::json& session);
    /// Closes the bundle.
    store::Result<void> finish();

private:
    store::Result<void> put(const FhirEntry& entry);

    FhirOptions m_options;
    Sink m_sink;
    std::string m_patientUrl;
    bool m_anyEntry = false;
};

} // namespace tightside::report
