#pragma once

// The one exporter: `tightside export`, `tightside history` and the window's Export button
// all go through exportHistory(), so the bytes are the same wherever they are made.

#include "tightside/report/fhir.h"
#include "tightside/report/report.h"
#include "tightside/store/result.h"
#include "tightside/store/sessionstore.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace tightside::report {

enum class ExportFormat
{
    Csv,
    Json,
    Pdf,
    /// For people in a terminal (`history --format text`), not a file format.
    Text,
    /// One FHIR R4 Bundle (report/fhir.h, docs/fhir.md).
    Fhir,
};

/// "csv", "json", "pdf", "text", "fhir"; nullopt for anything else.
std::optional<ExportFormat> exportFormatFromId(std::string_view id);

/// Where the bytes go, piece by piece: a file being written atomically, standard output.
/// A failure stops the export; its message is passed on.
using ExportSink = std::function<store::Result<void>(QByteArrayView bytes)>;

/// Optional hooks. `progress(done, total)` after every session; `cancelled()` is asked
/// before every session (and before a file is put in place): true stops the export.
struct ExportHooks
{
    std::function<void(std::size_t done, std::size_t total)> progress;
    std::function<bool()> cancelled;
};

/// What only some formats take: the FHIR bundle's type and the optional name; the PDF's paper
/// and the optional name for its header.
struct ExportOptions
{
    FhirOptions fhir;
    PdfOptions pdf;
};

struct ExportReport
{
    std::size_t sessions = 0;
    /// Files set aside while reading (name them to the person, like `history` does).
    std::vector<store::Quarantined> quarantined;
    /// True when `cancelled()` stopped it: nothing usable was written (exportToFile() left
    /// no file).
    bool cancelled = false;
};

/// Streams the history in `format` to `sink`, one session file read at a time, so memory
/// stays flat as the history grows (a PDF keeps a few numbers per session, never the notes).
/// json: one array of the session files' contents, oldest first; csv: csvHeader() and one
/// csvRow() each; text: textEntry() each; pdf: renderPdf(); fhir: one Bundle written entry by
/// entry (FhirBundleWriter, with `options.fhir`). A PDF needs a QGuiApplication
/// (GuiForReport). Fails when the store cannot be read or the sink fails.
store::Result<ExportReport> exportHistory(ExportFormat format, const store::SessionStore& store,
                                          const ExportSink& sink, const ExportHooks& hooks = {},
                                          const ExportOptions& options = {});

/// exportHistory() into `path` through store::AtomicFile: a private (0600) temporary file
/// beside it, put in place only when the whole export succeeded and was not cancelled, and
/// never over anything but a regular file. On failure or cancel no file is left behind.
store::Result<ExportReport> exportToFile(ExportFormat format, const store::SessionStore& store,
                                         const QString& path, const ExportHooks& hooks = {},
                                         const ExportOptions& options = {});

} // namespace tightside::report
