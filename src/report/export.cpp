#include "tightside/report/export.h"

#include "tightside/core/course.h"
#include "tightside/report/report.h"
#include "tightside/store/atomicwrite.h"

#include <QIODevice>

#include <string>

namespace tightside::report {
namespace {

/// The file's own text without trailing white space, so the files join into one array.
QByteArrayView trimmed(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ' ||
                       bytes[end - 1] == '\t')) {
        --end;
    }
    return QByteArrayView(bytes.constData(), end);
}

/// The session file's object with "verdicts" added as its last key (contracts.md "History
/// with verdicts"); every other byte of the file is kept.
std::string withVerdicts(QByteArrayView object, const core::Session& session)
{
    std::string out(object.data(), static_cast<std::size_t>(object.size()));
    if (!out.empty() && out.back() == '}') {
        out.pop_back();
        while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
            out.pop_back();
        }
        out += ",\n  \"verdicts\": " + core::toJson(core::sessionVerdicts(session)).dump() + "\n}";
    }
    return out;
}

QByteArrayView view(const std::string& text)
{
    return QByteArrayView(text.data(), static_cast<qsizetype>(text.size()));
}

/// QPdfWriter writes to a QIODevice; this one hands every byte on to the sink at once.
class SinkDevice final : public QIODevice
{
public:
    explicit SinkDevice(const ExportSink& sink) : m_sink(sink) { open(QIODevice::WriteOnly); }
    const QString& failure() const { return m_failure; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!m_failure.isEmpty()) {
            return -1;
        }
        if (auto written = m_sink(QByteArrayView(data, size)); !written) {
            m_failure = written.error();
            setErrorString(m_failure);
            return -1;
        }
        return size;
    }

private:
    const ExportSink& m_sink;
    QString m_failure;
};

} // namespace

std::optional<ExportFormat> exportFormatFromId(std::string_view id)
{
    if (id == "csv") {
        return ExportFormat::Csv;
    }
    if (id == "json") {
        return ExportFormat::Json;
    }
    if (id == "pdf") {
        return ExportFormat::Pdf;
    }
    if (id == "text") {
        return ExportFormat::Text;
    }
    if (id == "fhir") {
        return ExportFormat::Fhir;
    }
    return std::nullopt;
}

store::Result<ExportReport> exportHistory(ExportFormat format, const store::SessionStore& store,
                                          const ExportSink& sink, const ExportHooks& hooks,
                                          const ExportOptions& options)
{
    using Out = store::Result<ExportReport>;
    ExportReport report;
    const auto cancelled = [&hooks, &report] {
        report.cancelled = hooks.cancelled && hooks.cancelled();
        return report.cancelled;
    };
    // The summaries (from the index) give the order and the total; each file is then read
    // and validated again, one at a time.
    auto listing = store.summaries();
    if (!listing) {
        return Out::failure(listing.error());
    }
    report.quarantined = std::move(listing.value().quarantined);
    const std::vector<store::SessionSummary>& summaries = listing.value().sessions;
    const std::size_t total = summaries.size();
    std::vector<PdfEntry> pdf;
    const auto put = [&sink](QByteArrayView bytes) { return sink(bytes); };
    if (format == ExportFormat::Csv) {
        if (auto written = put(view(csvHeader())); !written) {
            return Out::failure(written.error());
        }
    }
    FhirBundleWriter fhir(options.fhir, sink);
    if (format == ExportFormat::Fhir) {
        if (auto written = fhir.begin(); !written) {
            return Out::failure(written.error());
        }
    }
    std::size_t done = 0;
    for (const store::SessionSummary& summary : summaries) {
        if (cancelled()) {
            return Out::success(std::move(report));
        }
        // A file quarantined or removed since the listing is left out, like history does.
        auto stored = store.read(summary.path);
        if (!stored) {
            // Set aside since the listing (read() moved it): named like the others.
            if (!stored.error().contains(QStringLiteral("no longer there"))) {
                report.quarantined.push_back({summary.path, {}, stored.error()});
            }
        } else {
            store::Result<void> written = store::Result<void>::success();
            const store::StoredSession& session = stored.value();
            switch (format) {
            case ExportFormat::Json:
                written = put(report.sessions == 0 ? QByteArrayView("[\n") : QByteArrayView(",\n"));
                if (written) {
                    written = put(view(withVerdicts(trimmed(session.bytes), session.session)));
                }
                break;
            case ExportFormat::Csv:
                written = put(view(csvRow(session.session)));
                break;
            case ExportFormat::Text:
                written = put(report.sessions == 0 ? QByteArrayView() : QByteArrayView("\n"));
                if (written) {
                    written = put(view(textEntry(session.session)));
                }
                break;
            case ExportFormat::Pdf:
                pdf.push_back(pdfEntry(session.session, store.protocol()));
                break;
            case ExportFormat::Fhir:
                // From the document as stored, so fields the session type does not carry
                // (measures, a red-flag stop) are mapped too.
                written = fhir.add(session.document);
                break;
            }
            if (!written) {
                return Out::failure(written.error());
            }
            ++report.sessions;
        }
        if (hooks.progress) {
            hooks.progress(++done, total);
        }
    }
    if (cancelled()) {
        return Out::success(std::move(report));
    }
    store::Result<void> ending = store::Result<void>::success();
    if (format == ExportFormat::Json) {
        ending = put(report.sessions == 0 ? QByteArrayView("[]\n") : QByteArrayView("\n]\n"));
    } else if (format == ExportFormat::Text && report.sessions == 0) {
        ending = put(QByteArrayView("No sessions are stored yet.\n"));
    } else if (format == ExportFormat::Fhir) {
        ending = fhir.finish();
    } else if (format == ExportFormat::Pdf) {
        SinkDevice device(sink);
        ending = renderPdf(pdf, device, store.protocol(), options.pdf);
        if (!device.failure().isEmpty()) {
            ending = store::Result<void>::failure(device.failure());
        }
    }
    if (!ending) {
        return Out::failure(ending.error());
    }
    return Out::success(std::move(report));
}

store::Result<ExportReport> exportToFile(ExportFormat format, const store::SessionStore& store,
                                         const QString& path, const ExportHooks& hooks,
                                         const ExportOptions& options)
{
    using Out = store::Result<ExportReport>;
    auto file = store::AtomicFile::create(path);
    if (!file) {
        return Out::failure(file.error());
    }
    store::AtomicFile& out = *file.value();
    auto exported = exportHistory(
        format, store, [&out](QByteArrayView bytes) { return out.write(bytes); }, hooks, options);
    if (!exported || exported.value().cancelled) {
        out.cancel();
        return exported;
    }
    if (hooks.cancelled && hooks.cancelled()) {
        out.cancel();
        exported.value().cancelled = true;
        return exported;
    }
    if (auto committed = out.commit(); !committed) {
        return Out::failure(committed.error());
    }
    return exported;
}

} // namespace tightside::report
