// `import`, `history` and `export`: the session store from the outside. No window and no
// display: only the PDF export creates a (offscreen) QGuiApplication, for its fonts.

#include "cli.h"
#include "coursecommands.h"
#include "log.h"
#include "storeaccess.h"

#include "tightside/core/course.h"
#include "tightside/core/jsonio.h"
#include "tightside/core/session.h"
#include "tightside/report/export.h"
#include "tightside/report/report.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/printable.h"
#include "tightside/store/sessionstore.h"

#include <QFile>

#include <fcntl.h>
#include <ostream>

namespace tightside::app {
namespace {

constexpr std::string_view kImportHelp =
    "Usage: tightside import [--data-dir DIR] FILE...\n"
    "\n"
    "Copies session files into the session log after checking each one fully (answers, plan,\n"
    "steps done, re-check). A session whose id is already stored is skipped and said so.\n"
    "The valid files are imported even when another file of the same call is rejected.\n"
    "\n"
    "Exit codes: 0 every file imported or skipped; 1 a file was rejected (each problem on\n"
    "stderr as FILE: POINTER: MESSAGE) or could not be stored; 2 wrong usage.\n";

constexpr std::string_view kHistoryHelp =
    "Usage: tightside history [--data-dir DIR] [--format json|csv|text]\n"
    "       tightside history --course [--data-dir DIR] [--format json|text]\n"
    "\n"
    "Prints every stored session, oldest first: json (default) is one array of the session\n"
    "files' contents, each with its verdicts (better, worse or no_clear_change: a change\n"
    "counts at 2 points), csv one row per session (RFC 4180), text is for people. A check\n"
    "stopped by a red flag is listed with \"stopped\" (a csv column, empty for others).\n"
    "--course prints the course instead: sessions, each group's gap at the first and the\n"
    "latest start with its verdict (too_few_sessions while one session rated it), pain,\n"
    "\"within\" (the latest session's before -> after), checks stopped, the steps waiting,\n"
    "the next check. A file that\n"
    "cannot be read is moved to the quarantine folder with a note why and named on stderr;\n"
    "it is never deleted.\n"
    "\n"
    "Exit codes: 0 printed (also with quarantined files); 1 the log itself cannot be read;\n"
    "2 wrong usage.\n";

constexpr std::string_view kExportHelp =
    "Usage: tightside export --format csv|json|pdf|fhir --output FILE [--data-dir DIR]\n"
    "                        [--fhir-type collection|transaction] [--name NAME]\n"
    "                        [--paper a4|letter]\n"
    "\n"
    "Writes the history for a clinician or a spreadsheet. csv and json hold what history\n"
    "prints; pdf is a report for a clinician: a header (the name given with --name, else a\n"
    "line to write one), each group's gap, pain and measured angles across sessions, then\n"
    "every session (precautions, a red-flag stop, steps, re-check, verdicts, activities,\n"
    "notes) and a box for the clinician's comments, on --paper a4 or letter (default: the\n"
    "locale's usual paper). fhir is one FHIR R4 Bundle:\n"
    "per session a QuestionnaireResponse with the answers and an Observation for each pain,\n"
    "rating and measured angle (docs/fhir.md); --fhir-type transaction (default collection)\n"
    "makes a bundle a FHIR server loads as is. The bundle names nobody unless --name NAME is\n"
    "given (then one Patient with that name only). The file is written atomically and\n"
    "readable only by you (mode 0600): it holds health data. Only a regular file is ever\n"
    "replaced. --output - writes to standard output.\n"
    "\n"
    "Exit codes: 0 written; 1 the log could not be read or the file not written; 2 wrong\n"
    "usage.\n";

/// A file named on the command line, read like the store reads its own: through a link
/// the person made, but only a regular file, never waiting on a FIFO or opening a device.
core::JsonDocument readInputFile(const std::string& path)
{
    if (path == "-") {
        return core::readJsonFile(path);
    }
    const auto problem = [](std::string message) {
        core::JsonDocument doc;
        doc.problems.push_back({"", std::move(message)});
        return doc;
    };
    const store::ReadResult read = store::readRegularFile(
        AT_FDCWD, QByteArray::fromStdString(path), static_cast<qint64>(core::kMaxJsonBytes), true);
    switch (read.failure) {
    case store::ReadFailure::None:
        break;
    case store::ReadFailure::Missing:
        return problem("cannot open the file: it does not exist");
    case store::ReadFailure::NotRegular:
        return problem("cannot read the file: it " + read.why.toStdString());
    case store::ReadFailure::TooLarge:
        return problem(
            "the file is larger than 1 MiB, which no Tightside file needs; it was not read");
    case store::ReadFailure::Unreadable:
        return problem("cannot open the file: permission denied or unreadable");
    }
    return core::parseJsonText(
        std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size())));
}

} // namespace

std::optional<store::SessionStore> openStore(const Arguments& arguments, Io& io)
{
    std::optional<QString> option;
    if (const auto value = arguments.value("data-dir")) {
        option = QFile::decodeName(QByteArray::fromStdString(*value));
    }
    const auto dataDir = store::resolveDataFolder(option);
    if (!dataDir) {
        printLine(io, "tightside: " + dataDir.error().toStdString());
        logError("no data folder: " + dataDir.error().toStdString());
        return std::nullopt;
    }
    logInfo("data folder: " + QFile::encodeName(dataDir.value().path).toStdString());
    // The protocol the files are read back with (a resumed step's guidance is its text) is
    // the one in the person's language.
    // A built-in protocol lives as long as the process: shared as it is, not copied.
    const core::Protocol& protocol = core::builtinProtocol(currentLanguage());
    std::optional<store::SessionStore> opened(
        std::in_place, dataDir.value().path,
        std::shared_ptr<const core::Protocol>(std::shared_ptr<const core::Protocol>(), &protocol));
    if (dataDir.value().platformDefault) {
        // Sessions an older window kept in its own folder join the one folder, once.
        const QString legacy = store::legacyWindowFolder();
        const store::MigrationReport moved = store::migrateLegacyFolder(*opened, legacy);
        if (!moved.empty()) {
            printLine(io, moved.summary(legacy, opened->dataDir()).toStdString());
            logInfo("sessions of the old window folder moved into the data folder");
        }
    }
    return opened;
}

void reportQuarantined(Io& io, const std::vector<store::Quarantined>& quarantined)
{
    for (const store::Quarantined& file : quarantined) {
        // Only the first line of the reason: the full list is in the .why note beside it.
        const std::string reason = file.reason.section(QLatin1Char('\n'), 0, 0).toStdString();
        printLine(io, file.originalPath.toStdString() + ": " + reason);
        if (file.quarantinePath.isEmpty()) {
            const QString why = file.reason.section(QLatin1Char('\n'), -1);
            printLine(io, "  (left in place: it could not be moved to quarantine" +
                              (why.startsWith(QStringLiteral("(could not be moved"))
                                   ? why.mid(28, why.size() - 29).toStdString()
                                   : std::string()) +
                              ")");
        } else {
            printLine(io, "  moved to " + file.quarantinePath.toStdString() +
                              " (never deleted; the reasons are in the .why note beside it)");
        }
    }
}

namespace {

/// The bytes of an export or a listing, straight to standard output as they come.
report::ExportSink stdoutSink(Io& io)
{
    return [&io](QByteArrayView bytes) {
        io.out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!io.out) {
            return store::Result<void>::failure(QStringLiteral("could not write the output"));
        }
        return store::Result<void>::success();
    };
}

/// Runs the one exporter to `sink` (or into `path`), names what was set aside; false after
/// printing why on stderr.
bool runExporter(const store::SessionStore& sessions, report::ExportFormat format, Io& io,
                 const std::optional<QString>& path, const report::ExportOptions& options = {})
{
    std::optional<report::GuiForReport> gui;
    if (format == report::ExportFormat::Pdf) {
        gui.emplace();
    }
    const auto exported =
        path ? report::exportToFile(format, sessions, *path, {}, options)
             : report::exportHistory(format, sessions, stdoutSink(io), {}, options);
    if (!exported) {
        printLine(io, "tightside: " + exported.error().toStdString());
        logError("export failed: " + exported.error().toStdString());
        return false;
    }
    reportQuarantined(io, exported.value().quarantined);
    return true;
}

/// Brings <data-dir>/index.json up to date after an import, so that the window's first
/// history open does not read and validate every new file again. The index is only a cache:
/// a store that cannot be listed is ignored, and a file the refresh quarantines (an unrelated
/// broken one) is named like `history` names it without changing the import's exit code.
void refreshHistoryIndex(const store::SessionStore& sessions, Io& io)
{
    if (const auto listing = sessions.summaries()) {
        reportQuarantined(io, listing.value().quarantined);
    }
}

int runImport(const std::vector<std::string>& args, Io& io)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"data-dir"}, {}, error);
    if (!parsed) {
        return usageError(io, "import", error);
    }
    if (parsed->positionals().empty()) {
        return usageError(io, "import", "give at least one session FILE");
    }
    auto sessions = openStore(*parsed, io);
    if (!sessions) {
        return kExitBadInput;
    }
    const core::Protocol& protocol = core::builtinProtocol(currentLanguage());
    int exitCode = kExitOk;
    bool importedAny = false;
    for (const std::string& path : parsed->positionals()) {
        const std::string name = displayName(path);
        core::JsonDocument doc = readInputFile(path);
        if (!doc.value) {
            printProblems(io, name, doc.problems);
            exitCode = kExitBadInput;
            continue;
        }
        const core::SessionParse session = core::parseSession(*doc.value, protocol);
        if (!session.session) {
            printProblems(io, name, session.problems);
            exitCode = kExitBadInput;
            continue;
        }
        const auto saved = sessions->importDocument(*doc.value);
        if (!saved) {
            printLine(io, name + ": " + saved.error().toStdString());
            // Not the error text: a refused session's reasons quote what it holds.
            logError("import: a checked session could not be stored");
            exitCode = kExitBadInput;
        } else if (saved.value() == store::SaveOutcome::Restored) {
            io.out << name << ": restored session " << session.session->id
                   << " (the stored copy could not be read; it was moved to quarantine)\n";
            importedAny = true;
        } else if (saved.value() == store::SaveOutcome::AlreadyStored) {
            io.out << name << ": session " << session.session->id
                   << " is already stored; skipped\n";
        } else {
            io.out << name << ": imported session " << session.session->id << "\n";
            importedAny = true;
        }
    }
    if (importedAny) {
        refreshHistoryIndex(*sessions, io);
    }
    return exitCode;
}

int runHistory(const std::vector<std::string>& args, Io& io)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"data-dir", "format"}, {"course"}, error);
    if (!parsed) {
        return usageError(io, "history", error);
    }
    if (!parsed->positionals().empty()) {
        return usageError(io, "history", "unexpected argument '" + parsed->positionals()[0] + "'");
    }
    const std::string format = parsed->value("format").value_or("json");
    if (parsed->flag("course")) {
        if (format != "json" && format != "text") {
            return usageError(io, "history", "--course prints json or text, not '" + format + "'");
        }
        auto sessions = openStore(*parsed, io);
        return sessions ? printCourse(*sessions, format, io) : kExitBadInput;
    }
    if (format != "json" && format != "csv" && format != "text") {
        return usageError(io, "history",
                          "--format must be json, csv or text, not '" + format + "'");
    }
    auto sessions = openStore(*parsed, io);
    if (!sessions) {
        return kExitBadInput;
    }
    return runExporter(*sessions, *report::exportFormatFromId(format), io, std::nullopt)
               ? kExitOk
               : kExitBadInput;
}

int runExport(const std::vector<std::string>& args, Io& io)
{
    std::string error;
    const auto parsed = Arguments::parse(
        args, {"data-dir", "format", "output", "fhir-type", "name", "paper"}, {}, error);
    if (!parsed) {
        return usageError(io, "export", error);
    }
    if (!parsed->positionals().empty()) {
        return usageError(io, "export", "unexpected argument '" + parsed->positionals()[0] + "'");
    }
    const auto format = parsed->value("format");
    if (!format ||
        (*format != "json" && *format != "csv" && *format != "pdf" && *format != "fhir")) {
        return usageError(io, "export", "--format must be csv, json, pdf or fhir");
    }
    report::ExportOptions options;
    if (const auto type = parsed->value("fhir-type")) {
        const auto bundleType = report::fhirBundleTypeFromId(*type);
        if (!bundleType) {
            return usageError(io, "export",
                              "--fhir-type must be collection or transaction, not '" + *type + "'");
        }
        options.fhir.type = *bundleType;
    }
    if (const auto name = parsed->value("name")) {
        options.fhir.patientName = *name;
        options.pdf.name = *name;
    }
    if (const auto paper = parsed->value("paper")) {
        const auto size = report::paperFromId(*paper);
        if (!size) {
            return usageError(io, "export", "--paper must be a4 or letter, not '" + *paper + "'");
        }
        options.pdf.paper = *size;
    }
    if (*format != "fhir" && parsed->value("fhir-type")) {
        return usageError(io, "export", "--fhir-type goes with --format fhir only");
    }
    if (*format != "fhir" && *format != "pdf" && parsed->value("name")) {
        return usageError(io, "export", "--name goes with --format fhir or pdf only");
    }
    if (*format != "pdf" && parsed->value("paper")) {
        return usageError(io, "export", "--paper goes with --format pdf only");
    }
    const auto output = parsed->value("output");
    if (!output || output->empty()) {
        return usageError(io, "export", "--output FILE is required");
    }
    auto sessions = openStore(*parsed, io);
    if (!sessions) {
        return kExitBadInput;
    }
    // --output - is standard output, as in other tools; any other path is written
    // atomically, and only ever replaces a regular file.
    std::optional<QString> path;
    if (*output != "-") {
        path = QFile::decodeName(QByteArray::fromStdString(*output));
    }
    if (!runExporter(*sessions, *report::exportFormatFromId(*format), io, path, options)) {
        return kExitBadInput;
    }
    logInfo("exported the history as " + *format);
    return kExitOk;
}

} // namespace

std::vector<Command> storeCommands()
{
    return {
        {"import", "copy session files into the log, after checking them", kImportHelp, runImport},
        {"history", "every stored session, oldest first (json, csv or text)", kHistoryHelp,
         runHistory},
        {"export", "write the history as csv, json, a pdf report or fhir", kExportHelp, runExport},
    };
}

} // namespace tightside::app
