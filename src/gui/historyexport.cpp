#include "historyexport.h"

#include "tightside/report/report.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/store/sessionstore.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace tightside::gui {
namespace {

QByteArrayView trimmedBytes(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ' ||
                       bytes[end - 1] == '\t')) {
        --end;
    }
    return QByteArrayView(bytes.constData(), end);
}

} // namespace

QString exportHistory(const store::SessionStore& store, const QString& format, const QString& path,
                      const std::atomic_bool& cancelled,
                      const std::function<void(int, int)>& progress)
{
    // Not const: returning it moves it.
    QString cancelledText = QStringLiteral("Export cancelled. Nothing was written.");
    const auto listing = store.summaries();
    if (!listing) {
        return listing.error();
    }
    const auto& summaries = listing.value().sessions;
    const int total = static_cast<int>(summaries.size());
    const bool pdf = format == QLatin1String("pdf");
    const bool json = format == QLatin1String("json");
    QByteArray bytes;
    std::vector<core::Session> sessions;
    if (format == QLatin1String("csv")) {
        bytes = QByteArray::fromStdString(report::csvHeader());
    } else if (json) {
        bytes = "[";
    }
    int done = 0;
    bool first = true;
    for (const store::SessionSummary& summary : summaries) {
        if (cancelled.load()) {
            return cancelledText;
        }
        // A file quarantined or removed since the listing is left out, like the history does.
        auto stored = store.read(summary.path);
        if (stored) {
            if (pdf) {
                sessions.push_back(std::move(stored.value().session));
            } else if (json) {
                bytes += first ? "\n" : ",\n";
                bytes += trimmedBytes(stored.value().bytes);
            } else {
                bytes += QByteArray::fromStdString(report::csvRow(stored.value().session));
            }
            first = false;
        }
        if (progress) {
            progress(++done, total);
        }
    }
    if (json) {
        bytes += first ? "]\n" : "\n]\n";
    }
    if (pdf) {
        auto rendered = report::renderPdf(sessions);
        if (!rendered) {
            return rendered.error();
        }
        bytes = std::move(rendered).value();
    }
    if (cancelled.load()) {
        return cancelledText;
    }
    if (auto written = store::writeFileAtomically(path, bytes); !written) {
        return written.error();
    }
    return {};
}

} // namespace tightside::gui
