// `import`, `history` and `export`: the session store from the outside. No window and no
// display: only the PDF export creates a (offscreen) QGuiApplication, for its fonts.

#include "cli.h"
#include "coursecommands.h"
#include "storeaccess.h"

#include "tightside/core/course.h"
#include "tightside/core/jsonio.h"
#include "tightside/core/session.h"
#include "tightside/report/report.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/sessionstore.h"

#include <QFile>

#include <ostream>
#include <sstream>

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
    "counts at 2 points or 30%), csv one row per session (RFC 4180), text is for people.\n"
    "--course prints the course instead: sessions, each group's gap at the first and the\n"
    "latest start with its verdict, pain, the steps waiting, the next check. A file that\n"
    "cannot be read is moved to the quarantine folder with a note why and named on stderr;\n"
    "it is never deleted.\n"
    "\n"
    "Exit codes: 0 printed (also with quarantined files); 1 the log itself cannot be read;\n"
    "2 wrong usage.\n";

constexpr std::string_view kExportHelp =
    "Usage: tightside export --format csv|json|pdf --output FILE [--data-dir DIR]\n"
    "\n"
    "Writes the history for a clinician or a spreadsheet. csv and json hold what history\n"
    "prints; pdf is a short report: a summary table, each group's left/right gap over time,\n"
    "pain before and after, and what the method is and is not. The file is written\n"
    "atomically and readable only by you (mode 0600): it holds health data.\n"
    "\n"
    "Exit codes: 0 written; 1 the log could not be read or the file not written; 2 wrong\n"
    "usage.\n";

std::string displayName(const std::string& path)
{
    return path == "-" ? std::string("(standard input)") : path;
}

void printProblems(Io& io, std::string_view file, const core::Problems& problems)
{
    for (const core::Problem& problem : problems) {
        io.err << core::formatProblem(file, problem) << "\n";
    }
}

} // namespace

std::optional<store::SessionStore> openStore(const Arguments& arguments, Io& io)
{
    std::optional<QString> option;
    if (const auto value = arguments.value("data-dir")) {
        option = QFile::decodeName(QByteArray::fromStdString(*value));
    }
    const auto dataDir = store::SessionStore::resolveDataDir(option);
    if (!dataDir) {
        io.err << "tightside: " << dataDir.error().toStdString() << "\n";
        return std::nullopt;
    }
    return std::optional<store::SessionStore>(std::in_place, dataDir.value());
}

void reportQuarantined(Io& io, const std::vector<store::Quarantined>& quarantined)
{
    for (const store::Quarantined& file : quarantined) {
        // Only the first line of the reason: the full list is in the .why note beside it.
        const std::string reason = file.reason.section(QLatin1Char('\n'), 0, 0).toStdString();
        io.err << QFile::encodeName(file.originalPath).toStdString() << ": " << reason << "\n";
        if (file.quarantinePath.isEmpty()) {
            io.err << "  (left in place: it could not be moved to quarantine)\n";
        } else {
            io.err << "  moved to " << QFile::encodeName(file.quarantinePath).toStdString()
                   << " (never deleted; the reasons are in the .why note beside it)\n";
        }
    }
}

namespace {

/// The exact file contents, without the trailing newline, so they join into one array.
std::string_view trimmed(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ' ||
                       bytes[end - 1] == '\t')) {
        --end;
    }
    return {bytes.constData(), static_cast<std::size_t>(end)};
}

/// The file's object with "verdicts" added as its last key (contracts.md "History with
/// verdicts"); every other byte of the file is kept.
std::string withVerdicts(std::string_view object, const core::Session& session)
{
    std::string out(object);
    if (!out.empty() && out.back() == '}') {
        out.pop_back();
        while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
            out.pop_back();
        }
        out += ",\n  \"verdicts\": " + core::toJson(core::sessionVerdicts(session)).dump() + "\n}";
    }
    return out;
}

/// Streams the history in `format` to `out`, one session at a time, so that ten thousand
/// sessions never sit in memory at once. Returns false after printing why on stderr.
bool writeHistory(const store::SessionStore& sessions, const std::string& format, std::ostream& out,
                  Io& io)
{
    bool first = true;
    const auto visit = [&](const store::StoredSession& stored) {
        if (format == "json") {
            out << (first ? "[\n" : ",\n") << withVerdicts(trimmed(stored.bytes), stored.session);
        } else if (format == "csv") {
            out << report::csvRow(stored.session);
        } else {
            out << (first ? "" : "\n") << report::textEntry(stored.session);
        }
        first = false;
    };
    if (format == "csv") {
        out << report::csvHeader();
    }
    const auto visited = sessions.forEach(visit);
    if (!visited) {
        io.err << "tightside: " << visited.error().toStdString() << "\n";
        return false;
    }
    if (format == "json") {
        out << (first ? "[]\n" : "\n]\n");
    } else if (format == "text" && first) {
        out << "No sessions are stored yet.\n";
    }
    reportQuarantined(io, visited.value());
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
    const core::Protocol& protocol = core::builtinProtocol();
    int exitCode = kExitOk;
    bool importedAny = false;
    for (const std::string& path : parsed->positionals()) {
        const std::string name = displayName(path);
        core::JsonDocument doc = core::readJsonFile(path);
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
            io.err << name << ": " << saved.error().toStdString() << "\n";
            exitCode = kExitBadInput;
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
    return writeHistory(*sessions, format, io.out, io) ? kExitOk : kExitBadInput;
}

int runExport(const std::vector<std::string>& args, Io& io)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"data-dir", "format", "output"}, {}, error);
    if (!parsed) {
        return usageError(io, "export", error);
    }
    if (!parsed->positionals().empty()) {
        return usageError(io, "export", "unexpected argument '" + parsed->positionals()[0] + "'");
    }
    const auto format = parsed->value("format");
    if (!format || (*format != "json" && *format != "csv" && *format != "pdf")) {
        return usageError(io, "export", "--format must be csv, json or pdf");
    }
    const auto output = parsed->value("output");
    if (!output || output->empty()) {
        return usageError(io, "export", "--output FILE is required");
    }
    auto sessions = openStore(*parsed, io);
    if (!sessions) {
        return kExitBadInput;
    }
    // One copy of the export in memory at a time: 10,000 sessions are about 45 MB of JSON.
    QByteArray pdfBytes;
    std::string textBytes;
    if (*format == "pdf") {
        std::vector<core::Session> all;
        const auto visited = sessions->forEach(
            [&all](const store::StoredSession& stored) { all.push_back(stored.session); });
        if (!visited) {
            io.err << "tightside: " << visited.error().toStdString() << "\n";
            return kExitBadInput;
        }
        reportQuarantined(io, visited.value());
        const report::GuiForReport gui;
        auto pdf = report::renderPdf(all);
        if (!pdf) {
            io.err << "tightside: " << pdf.error().toStdString() << "\n";
            return kExitBadInput;
        }
        pdfBytes = std::move(pdf).value();
    } else {
        std::ostringstream text;
        if (!writeHistory(*sessions, *format, text, io)) {
            return kExitBadInput;
        }
        textBytes = std::move(text).str();
    }
    const QByteArrayView bytes =
        *format == "pdf"
            ? QByteArrayView(pdfBytes)
            : QByteArrayView(textBytes.data(), static_cast<qsizetype>(textBytes.size()));
    const QString path = QFile::decodeName(QByteArray::fromStdString(*output));
    if (const auto written = store::writeFileAtomically(path, bytes); !written) {
        io.err << "tightside: " << written.error().toStdString() << "\n";
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace

std::vector<Command> storeCommands()
{
    return {
        {"import", "copy session files into the log, after checking them", kImportHelp, runImport},
        {"history", "every stored session, oldest first (json, csv or text)", kHistoryHelp,
         runHistory},
        {"export", "write the history as csv, json or a pdf report", kExportHelp, runExport},
    };
}

} // namespace tightside::app
