// Makes the histories the FHIR validator test exports (tests/fhir/CMakeLists.txt):
//
//   fhirhistory store DIR N          N generated sessions saved into the data folder DIR
//   fhirhistory bundle FILE TYPE LANG  a bundle of sessions with measured angles and of checks
//                                    stopped by a red flag, written by the report library's
//                                    FhirBundleWriter in LANG (en, de, es, fr)
//
// The second form goes through the library, not the store, so the mapping of `measures`,
// `recheck_measures` and `stopped` is validated whether or not this build's store reads them.

#include "sessionfactory.h"

#include "tightside/core/session.h"
#include "tightside/l10n/l10n.h"
#include "tightside/report/fhir.h"
#include "tightside/store/sessionstore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <string>
#include <vector>

namespace {

using tightside::report::FhirBundleType;

int storeHistory(const QString& dir, int count)
{
    const tightside::store::SessionStore store(dir);
    for (int i = 0; i < count; ++i) {
        if (auto saved = store.save(storetest::numberedSession(static_cast<std::uint32_t>(i)));
            !saved) {
            std::fprintf(stderr, "fhirhistory: %s\n", qPrintable(saved.error()));
            return 1;
        }
    }
    return 0;
}

/// A session with measured angles before and after the routine (contracts.md, third wave).
nlohmann::json measured(std::uint32_t index)
{
    nlohmann::json document = tightside::core::toJson(storetest::numberedSession(index));
    document["answers"]["measures"] = {
        {"hip_flexors", {{"test", "thomas"}, {"left", 128.5}, {"right", 139.0}}},
        {"hamstrings", {{"test", "slr"}, {"left", 62.0}}}};
    document["recheck_measures"] = {
        {"hip_flexors", {{"test", "thomas"}, {"left", 131.0}, {"right", 137.5}}}};
    document["notes"] = "Stiff after a long drive; \"better\" after the roll.";
    return document;
}

/// A check stopped by a red flag: only what was asked before the stop.
nlohmann::json stopped(std::uint32_t index, const char* urgency)
{
    const nlohmann::json full = tightside::core::toJson(storetest::numberedSession(index));
    return {{"schema", 1},
            {"id", full["id"]},
            {"started", full["started"]},
            {"finished", full["started"]},
            {"protocol", full["protocol"]},
            {"answers",
             {{"schema", 1},
              {"red_flags", {"saddle_numbness", "bladder_change"}},
              {"precautions", {"anticoagulant"}}}},
            {"done", nlohmann::json::array()},
            {"stopped",
             {{"reason", "red_flag"},
              {"flags", {"saddle_numbness", "bladder_change"}},
              {"urgency", urgency}}}};
}

int writeBundle(const QString& path, FhirBundleType type)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "fhirhistory: cannot write %s\n", qPrintable(path));
        return 1;
    }
    tightside::report::FhirOptions options;
    options.type = type;
    options.patientName = "Alex Example";
    tightside::report::FhirBundleWriter writer(options, [&file](QByteArrayView bytes) {
        if (file.write(bytes.data(), bytes.size()) != bytes.size()) {
            return tightside::store::Result<void>::failure(QStringLiteral("write failed"));
        }
        return tightside::store::Result<void>::success();
    });
    const std::vector<nlohmann::json> sessions = {measured(1), stopped(2, "today"), measured(3),
                                                  stopped(4, "soon")};
    auto written = writer.begin();
    for (const nlohmann::json& session : sessions) {
        if (written) {
            written = writer.add(session);
        }
    }
    if (written) {
        written = writer.finish();
    }
    if (!written) {
        std::fprintf(stderr, "fhirhistory: %s\n", qPrintable(written.error()));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 3 && args[0] == "store") {
        return storeHistory(QString::fromStdString(args[1]), std::stoi(args[2]));
    }
    if (args.size() == 4 && args[0] == "bundle") {
        const auto type = tightside::report::fhirBundleTypeFromId(args[2]);
        if (!type) {
            std::fprintf(stderr, "fhirhistory: unknown bundle type\n");
            return 2;
        }
        tightside::l10n::install(tightside::l10n::chooseForProcess({"--lang", args[3]}));
        return writeBundle(QString::fromStdString(args[1]), *type);
    }
    std::fprintf(stderr, "usage: fhirhistory store DIR N | bundle FILE TYPE LANG\n");
    return 2;
}
