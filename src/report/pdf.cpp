#include "tightside/report/report.h"

#include "tightside/core/course.h"
#include "tightside/core/gap.h"
#include "tightside/core/progress.h"
#include "tightside/l10n/l10n.h"
#include "tightside/text/coursewords.h"
#include "tightside/text/planwords.h"

#include "pdfsetup.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStringList>

#include <algorithm>
#include <cstdlib>

namespace tightside::report {
namespace {

using core::Region;

// Layout in points: the writer's resolution is set to 72 dpi so one unit is one point.
constexpr qreal kPageWidth = 595.0;
constexpr qreal kPageHeight = 842.0;
constexpr qreal kMargin = 48.0;
constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal kChartHeight = 150.0;
/// The table shows the latest sessions only; the CSV export holds every one.
constexpr std::size_t kTableRows = 30;

const QColor kLeftTighter(0x1f, 0x5f, 0xa8);
const QColor kAfter(0xc0, 0x5a, 0x00);
const QColor kGrid(0xcc, 0xcc, 0xcc);

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

/// The session's start in local time, in the short form of the person's locale.
QString dateOf(const PdfEntry& session)
{
    return l10n::sessionTime(session.started);
}

/// A group's name in the person's language, first letter capital ("Hip flexors").
QString groupTitle(Region region)
{
    QString name = text::regionText(region);
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name;
}

/// clinical.md section 7: a pain change is real only at >= 2 points (core::verdict).
QString painChangeText(const PdfEntry& session)
{
    if (!session.painAfter || !session.verdicts.pain) {
        return QCoreApplication::translate("tightside::report::Pdf", "not re-rated");
    }
    switch (*session.verdicts.pain) {
    case core::Verdict::Better:
        return QCoreApplication::translate("tightside::report::Pdf", "less pain (better)");
    case core::Verdict::Worse:
        return QCoreApplication::translate("tightside::report::Pdf", "more pain (worse)");
    case core::Verdict::NoClearChange:
        break;
    }
    return text::verdictText(core::Verdict::NoClearChange);
}

class Document
{
public:
    Document(QPdfWriter& writer, QPainter& painter) : m_writer(writer), m_painter(painter) {}

    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }

    /// Starts a new page when `height` does not fit on this one.
    void need(qreal height)
    {
        if (m_y + height > kPageHeight - kMargin) {
            m_writer.newPage();
            m_y = kMargin;
        }
    }

    void paragraph(const QString& text, qreal pointSize, bool bold = false,
                   const QColor& color = Qt::black)
    {
        QFont font = m_painter.font();
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        m_painter.setFont(font);
        m_painter.setPen(color);
        const QRectF bounds = m_painter.boundingRect(QRectF(kMargin, 0, kContentWidth, 10000),
                                                     Qt::TextWordWrap, text);
        need(bounds.height());
        m_painter.drawText(QRectF(kMargin, m_y, kContentWidth, bounds.height()), Qt::TextWordWrap,
                           text);
        m_y += bounds.height() + pointSize * 0.5;
    }

    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<qreal>& widths)
    {
        // One line high at least; a cell whose words do not fit wraps and makes its row
        // taller: a report for a clinician never cuts a value or a verdict off.
        const qreal lineRow = 14.0;
        constexpr qreal kPad = 2.0;
        QFont font = m_painter.font();
        font.setPointSizeF(8);
        const auto drawRow = [&](const QStringList& cells, bool bold) {
            font.setBold(bold);
            m_painter.setFont(font);
            const auto cellWidth = [&](qsizetype i) {
                return widths.at(static_cast<std::size_t>(i)) * kContentWidth - 2 * kPad;
            };
            qreal rowHeight = lineRow;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const QRectF words =
                    m_painter.boundingRect(QRectF(0, 0, cellWidth(i), 10000),
                                           Qt::TextWordWrap | Qt::AlignLeft, cells.at(i));
                rowHeight = std::max(rowHeight, words.height() + 2 * kPad);
            }
            need(rowHeight);
            m_painter.setPen(Qt::black);
            qreal x = kMargin;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                m_painter.drawText(QRectF(x + kPad, m_y, cellWidth(i), rowHeight),
                                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter,
                                   cells.at(i));
                x += cellWidth(i) + 2 * kPad;
            }
            m_painter.setPen(kGrid);
            m_painter.drawLine(QPointF(kMargin, m_y + rowHeight),
                               QPointF(kMargin + kContentWidth, m_y + rowHeight));
            m_y += rowHeight;
        };
        drawRow(header, true);
        for (const QStringList& row : rows) {
            drawRow(row, false);
        }
        m_y += 10;
    }

    /// A line chart over session index: `first` as a line with points, `second` as points.
    /// Missing values are left out. The y axis runs from `low` to `high`; dashed lines mark
    /// `marks` (the threshold of M2, or nothing).
    void chart(const QString& title, const QString& firstLabel, const QString& secondLabel,
               const std::vector<std::optional<int>>& first,
               const std::vector<std::optional<int>>& second, int low, int high,
               const std::vector<int>& marks, const QString& firstDate, const QString& lastDate)
    {
        need(kChartHeight + 40);
        paragraph(title, 10, true);
        const QRectF area(kMargin + 28, m_y, kContentWidth - 36, kChartHeight);
        const auto yOf = [&](int value) {
            return area.bottom() - (value - low) * area.height() / (high - low);
        };
        const std::size_t count = std::max(first.size(), std::size_t{1});
        const auto xOf = [&](std::size_t index) {
            return count == 1 ? area.center().x()
                              : area.left() + static_cast<qreal>(index) * area.width() /
                                                  static_cast<qreal>(count - 1);
        };
        QFont font = m_painter.font();
        font.setPointSizeF(7.5);
        font.setBold(false);
        m_painter.setFont(font);
        m_painter.setPen(kGrid);
        m_painter.drawRect(area);
        for (int value = low; value <= high; value += (high - low) / 4) {
            m_painter.setPen(kGrid);
            m_painter.drawLine(QPointF(area.left(), yOf(value)), QPointF(area.right(), yOf(value)));
            m_painter.setPen(Qt::black);
            m_painter.drawText(QRectF(kMargin, yOf(value) - 6, 24, 12),
                               Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        }
        QPen dashed(Qt::darkGray, 0.8, Qt::DashLine);
        for (const int mark : marks) {
            m_painter.setPen(dashed);
            m_painter.drawLine(QPointF(area.left(), yOf(mark)), QPointF(area.right(), yOf(mark)));
        }
        QPainterPath line;
        bool started = false;
        for (std::size_t i = 0; i < first.size(); ++i) {
            if (!first[i]) {
                continue;
            }
            const QPointF point(xOf(i), yOf(*first[i]));
            if (started) {
                line.lineTo(point);
            } else {
                line.moveTo(point);
                started = true;
            }
        }
        m_painter.setPen(QPen(kLeftTighter, 1.5));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(line);
        const qreal dot = first.size() > 200 ? 0.8 : 2.2;
        m_painter.setBrush(kLeftTighter);
        for (std::size_t i = 0; i < first.size(); ++i) {
            if (first[i]) {
                m_painter.drawEllipse(QPointF(xOf(i), yOf(*first[i])), dot, dot);
            }
        }
        m_painter.setPen(QPen(kAfter, 1.0));
        m_painter.setBrush(kAfter);
        for (std::size_t i = 0; i < second.size(); ++i) {
            if (second[i]) {
                const QPointF center(xOf(i), yOf(*second[i]));
                m_painter.drawRect(QRectF(center.x() - dot, center.y() - dot, 2 * dot, 2 * dot));
            }
        }
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(Qt::black);
        m_y += kChartHeight + 2;
        m_painter.drawText(QRectF(area.left(), m_y, area.width() / 2, 12), Qt::AlignLeft,
                           firstDate);
        m_painter.drawText(QRectF(area.center().x(), m_y, area.width() / 2, 12), Qt::AlignRight,
                           lastDate);
        m_y += 12;
        m_painter.setPen(kLeftTighter);
        m_painter.drawText(
            QRectF(area.left(), m_y, area.width() / 2, 12), Qt::AlignLeft,
            QCoreApplication::translate("tightside::report::Pdf", "line: %1").arg(firstLabel));
        m_painter.setPen(kAfter);
        m_painter.drawText(
            QRectF(area.center().x(), m_y, area.width() / 2, 12), Qt::AlignRight,
            QCoreApplication::translate("tightside::report::Pdf", "squares: %1").arg(secondLabel));
        m_painter.setPen(Qt::black);
        m_y += 20;
    }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    qreal m_y = kMargin;
};

std::optional<int> gap(const std::optional<core::Rating>& rating)
{
    return rating ? std::optional<int>(rating->left - rating->right) : std::nullopt;
}

void summaryTable(Document& doc, const std::vector<PdfEntry>& sessions)
{
    const std::size_t first = sessions.size() > kTableRows ? sessions.size() - kTableRows : 0;
    if (first > 0) {
        // lupdate reads no casts inside translate(): the count is made first.
        const int total = static_cast<int>(sessions.size());
        doc.paragraph(QCoreApplication::translate(
                          "tightside::report::Pdf",
                          "The latest %1 sessions (the charts below show all %n; the CSV export "
                          "lists every one):",
                          nullptr, total)
                          .arg(kTableRows),
                      9);
    }
    std::vector<QStringList> rows;
    for (std::size_t i = first; i < sessions.size(); ++i) {
        const PdfEntry& session = sessions[i];
        const std::size_t completed = session.completed;
        const bool stoppedForPain = session.stoppedForPain;
        QStringList gaps;
        for (std::size_t g = 0; g < core::kGroupCount; ++g) {
            const auto& rating = session.before.at(g);
            if (rating && core::gapCounts(*rating, session.threshold)) {
                const QString name = text::regionText(static_cast<Region>(g));
                if (const auto& after = session.after.at(g)) {
                    // Only a group released in the session has a verdict (releasedVerdicts).
                    const auto& v = session.verdicts.groups.at(g);
                    gaps << QCoreApplication::translate("tightside::report::Pdf",
                                                        "%1 %2/%3 -> %4/%5 (%6)",
                                                        "group, left/right before -> after")
                                .arg(name)
                                .arg(rating->left)
                                .arg(rating->right)
                                .arg(after->left)
                                .arg(after->right)
                                .arg(v ? text::verdictText(*v)
                                       : QCoreApplication::translate("tightside::report::Pdf",
                                                                     "not released, re-checked "
                                                                     "only"));
                } else {
                    gaps << QCoreApplication::translate("tightside::report::Pdf", "%1 %2/%3",
                                                        "group, left/right")
                                .arg(name)
                                .arg(rating->left)
                                .arg(rating->right);
                }
            }
        }
        rows.push_back(
            {dateOf(session), QString::number(session.painBefore),
             session.painAfter ? QString::number(*session.painAfter) : QStringLiteral("-"),
             painChangeText(session),
             (stoppedForPain
                  ? QCoreApplication::translate("tightside::report::Pdf", "%1 of %2, pain stop")
                  : QCoreApplication::translate("tightside::report::Pdf", "%1 of %2"))
                 .arg(completed)
                 .arg(session.done),
             gaps.isEmpty() ? QCoreApplication::translate("tightside::report::Pdf", "none")
                            : gaps.join(QCoreApplication::translate("tightside::report::Pdf", "; ",
                                                                    "between the groups"))});
    }
    doc.table(
        {QCoreApplication::translate("tightside::report::Pdf", "Date"),
         QCoreApplication::translate("tightside::report::Pdf", "Pain"),
         QCoreApplication::translate("tightside::report::Pdf", "After"),
         QCoreApplication::translate("tightside::report::Pdf", "Change"),
         QCoreApplication::translate("tightside::report::Pdf", "Steps done"),
         QCoreApplication::translate("tightside::report::Pdf", "Sides apart (left/right, after)")},
        rows, {0.17, 0.09, 0.09, 0.22, 0.13, 0.30});
}

} // namespace

struct GuiForReport::Private
{
    int argc = 1;
    char name[10] = "tightside";
    char* argv[2] = {name, nullptr};
    std::unique_ptr<QGuiApplication> app;
    QtMessageHandler previous = nullptr;
};

namespace {

QtMessageHandler g_previousHandler = nullptr;

/// The offscreen platform warns about things a headless export does not need (no runtime
/// dir, no display); a command's stderr carries only its own messages, so only critical and
/// fatal messages pass.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

GuiForReport::GuiForReport() : m_d(std::make_unique<Private>())
{
    if (QCoreApplication::instance() != nullptr) {
        return;
    }
    // Headless by contract: a PDF needs fonts, not a display, so the offscreen platform is
    // chosen before the application reads the environment.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietHandler);
    m_d->previous = g_previousHandler;
    m_d->app = std::make_unique<QGuiApplication>(m_d->argc, m_d->argv);
}

GuiForReport::~GuiForReport()
{
    if (m_d->app) {
        m_d->app.reset();
        qInstallMessageHandler(m_d->previous);
    }
}

PdfEntry pdfEntry(const core::Session& session)
{
    PdfEntry entry;
    entry.started = session.started;
    entry.painBefore = session.answers.painNow;
    entry.painAfter = session.painAfter;
    entry.done = session.done.size();
    const core::OutcomeCounts counts = core::countOutcomes(session.done);
    entry.completed = static_cast<std::size_t>(counts.completed);
    entry.stoppedForPain = counts.stoppedPain > 0;
    entry.before = session.answers.ratings;
    entry.after = session.recheck;
    entry.threshold = session.plan.threshold;
    entry.verdicts = core::releasedVerdicts(session);
    entry.stopped = session.stopped;
    return entry;
}

store::Result<QByteArray> renderPdf(const std::vector<core::Session>& sessions)
{
    using Out = store::Result<QByteArray>;
    std::vector<PdfEntry> entries;
    entries.reserve(sessions.size());
    for (const core::Session& session : sessions) {
        entries.push_back(pdfEntry(session));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return Out::failure(detail::pdfBufferFailed());
    }
    if (auto written = renderPdf(entries, buffer); !written) {
        return Out::failure(written.error());
    }
    return Out::success(std::move(bytes));
}

store::Result<void> renderPdf(const std::vector<PdfEntry>& entries, QIODevice& device)
{
    using Out = store::Result<void>;
    // Checks stopped by a red flag have no pain and no ratings: listed apart, never charted.
    std::vector<PdfEntry> sessions;
    QStringList stops;
    for (const PdfEntry& entry : entries) {
        if (!entry.stopped) {
            sessions.push_back(entry);
        } else {
            stops << (entry.stopped->urgency == core::Urgency::Today
                          ? QCoreApplication::translate("tightside::report::Pdf",
                                                        "%1 (see a clinician today)")
                          : QCoreApplication::translate("tightside::report::Pdf",
                                                        "%1 (see a clinician soon)"))
                         .arg(dateOf(entry));
        }
    }
    if (const QString why = detail::pdfUnavailable(); !why.isEmpty()) {
        return Out::failure(why);
    }
    QPdfWriter writer(&device);
    // No margins: the report's Document lays out its own.
    detail::setUpA4(
        writer, QCoreApplication::translate("tightside::report::Pdf", "Tightside session report"),
        0);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Out::failure(detail::pdfStartFailed());
    }
    Document doc(writer, painter);
    doc.paragraph(QCoreApplication::translate("tightside::report::Pdf",
                                              "Tightside: self-check and release log"),
                  16, true);
    if (sessions.empty()) {
        doc.paragraph(
            QCoreApplication::translate("tightside::report::Pdf", "No sessions are stored yet."),
            10);
    } else if (sessions.size() == 1) {
        doc.paragraph(QCoreApplication::translate(
                          "tightside::report::Pdf",
                          "One session, on %1. All figures are the user's own ratings, 0 (none) "
                          "to 10 (extreme).")
                          .arg(dateOf(sessions.front())),
                      10);
    } else {
        const int count = static_cast<int>(sessions.size());
        doc.paragraph(QCoreApplication::translate(
                          "tightside::report::Pdf",
                          "%n sessions from %1 to %2. All figures are the user's own ratings, 0 "
                          "(none) to 10 (extreme).",
                          nullptr, count)
                          .arg(dateOf(sessions.front()), dateOf(sessions.back())),
                      10);
    }
    if (!stops.isEmpty()) {
        doc.paragraph(QCoreApplication::translate("tightside::report::Pdf",
                                                  "Checks stopped at the screening questions by "
                                                  "a red flag: %1.")
                          .arg(QLocale().createSeparatedList(stops)),
                      10);
    }
    doc.paragraph(fromStd(evidenceStatement()), 9, false, QColor(0x44, 0x44, 0x44));
    if (!sessions.empty()) {
        summaryTable(doc, sessions);
        const QString firstDate = dateOf(sessions.front());
        const QString lastDate = dateOf(sessions.back());
        std::vector<std::optional<int>> painBefore;
        std::vector<std::optional<int>> painAfter;
        for (const PdfEntry& session : sessions) {
            painBefore.emplace_back(session.painBefore);
            painAfter.push_back(session.painAfter);
        }
        doc.chart(
            QCoreApplication::translate("tightside::report::Pdf",
                                        "Pain, 0-10 (a change counts only at %1 points or more)")
                .arg(core::kRealChangePoints),
            QCoreApplication::translate("tightside::report::Pdf", "pain at the start"),
            QCoreApplication::translate("tightside::report::Pdf", "pain after the routine"),
            painBefore, painAfter, 0, 10, {}, firstDate, lastDate);
        const int threshold = sessions.back().threshold;
        const QString points =
            threshold == 1 ? QCoreApplication::translate("tightside::report::Pdf", "1 point")
                           : QCoreApplication::translate("tightside::report::Pdf", "%n points",
                                                         nullptr, threshold);
        doc.paragraph(QCoreApplication::translate(
                          "tightside::report::Pdf",
                          "Each chart below shows one muscle group's gap between the sides: "
                          "above 0 the left felt tighter, below 0 the right. Dashed lines mark "
                          "the gap of %1 that calls for a release. The start-to-start trend "
                          "matters most: gains right after a release may last only minutes.")
                          .arg(points),
                      9);
        for (std::size_t g = 0; g < core::kGroupCount; ++g) {
            std::vector<std::optional<int>> before;
            std::vector<std::optional<int>> after;
            bool any = false;
            for (const PdfEntry& session : sessions) {
                before.push_back(gap(session.before.at(g)));
                after.push_back(gap(session.after.at(g)));
                any = any || before.back().has_value();
            }
            if (!any) {
                continue;
            }
            doc.chart(QCoreApplication::translate("tightside::report::Pdf", "%1: left minus right")
                          .arg(groupTitle(static_cast<Region>(g))),
                      QCoreApplication::translate("tightside::report::Pdf",
                                                  "gap at the start of each session"),
                      QCoreApplication::translate("tightside::report::Pdf", "gap at the re-check"),
                      before, after, -10, 10, {threshold, -threshold}, firstDate, lastDate);
        }
    }
    if (!painter.end()) {
        return Out::failure(QCoreApplication::translate("tightside::report::Pdf",
                                                        "The PDF could not be finished."));
    }
    return Out::success();
}

} // namespace tightside::report
