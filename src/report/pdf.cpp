#include "tightside/report/report.h"

#include "tightside/core/course.h"
#include "tightside/core/gap.h"
#include "tightside/core/progress.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/printable.h"

#include "pdfsetup.h"
#include "reportwords.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStringList>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <functional>

#ifndef TIGHTSIDE_VERSION
#define TIGHTSIDE_VERSION "0.0.0"
#endif

namespace tightside::report {
namespace {

using core::Region;

// Layout in points: the writer's resolution is 72 dpi, so one unit is one point.
constexpr qreal kMargin = 42.0;
constexpr qreal kFooter = 16.0;
constexpr qreal kPad = 2.0;
constexpr qreal kBody = 9.0;
constexpr qreal kSmall = 7.5;

const QColor kStart(0x1f, 0x5f, 0xa8);
const QColor kAfter(0xc0, 0x5a, 0x00);
const QColor kGrid(0xcc, 0xcc, 0xcc);
const QColor kBand(0xe4, 0xee, 0xe4);
const QColor kQuiet(0x44, 0x44, 0x44);
const QColor kShade(0xf0, 0xf0, 0xf0);
const QColor kAlert(0xa0, 0x10, 0x10);

/// Lays the report out twice: once measuring (to count the pages, so that every page can say
/// "page N of M"), once drawing. Both passes take the same decisions from the same fonts.
class Document
{
public:
    Document(QPdfWriter& writer, QPainter& painter, QSizeF page)
        : m_writer(writer), m_painter(painter), m_page(page)
    {}

    void startPass(bool draw, int pages, QString footerDate)
    {
        m_draw = draw;
        m_pages = pages;
        m_footerDate = std::move(footerDate);
        m_pageNumber = 1;
        m_y = kMargin;
    }
    int pageNumber() const { return m_pageNumber; }

    qreal left() const { return kMargin; }
    qreal width() const { return m_page.width() - 2 * kMargin; }
    qreal bottom() const { return m_page.height() - kMargin - kFooter; }
    qreal y() const { return m_y; }
    qreal room() const { return bottom() - m_y; }
    void advance(qreal height) { m_y += height; }
    bool drawing() const { return m_draw && !m_measuring; }
    QPainter& painter() { return m_painter; }

    void newPage()
    {
        if (m_measuring) {
            return;
        }
        if (m_draw) {
            drawFooter();
            m_writer.newPage();
        }
        ++m_pageNumber;
        m_y = kMargin;
    }

    /// Starts a new page when `height` does not fit on this one (never on an empty page).
    void need(qreal height)
    {
        if (!m_measuring && m_y + height > bottom() && m_y > kMargin + 0.5) {
            newPage();
        }
    }

    /// The height `block` takes, laid out without drawing or breaking pages.
    qreal measure(const std::function<void()>& block)
    {
        const bool wasMeasuring = m_measuring;
        const qreal y = m_y;
        m_measuring = true;
        m_y = 0;
        block();
        const qreal height = m_y;
        m_y = y;
        m_measuring = wasMeasuring;
        return height;
    }

    /// Keeps `block` on one page when it fits one.
    void together(const std::function<void()>& block)
    {
        need(measure(block));
        block();
    }

    void finish()
    {
        if (m_draw) {
            drawFooter();
        }
    }

    void setFont(qreal pointSize, bool bold = false, bool italic = false)
    {
        QFont font = m_painter.font();
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        font.setItalic(italic);
        m_painter.setFont(font);
    }

    /// Words wrap at spaces, and a run longer than the line (a note typed without spaces)
    /// anywhere, so nothing runs past the margin.
    static QTextOption wrapping()
    {
        QTextOption option(Qt::AlignLeft | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }

    qreal textHeight(const QString& text, qreal width)
    {
        return m_painter.boundingRect(QRectF(0, 0, width, 100000), text, wrapping()).height();
    }

    void drawText(const QRectF& box, const QString& text)
    {
        m_painter.drawText(box, text, wrapping());
    }

    void paragraph(const QString& text, qreal pointSize, bool bold = false,
                   const QColor& color = Qt::black, qreal indent = 0, bool italic = false)
    {
        setFont(pointSize, bold, italic);
        const qreal height = textHeight(text, width() - indent);
        need(height);
        if (drawing()) {
            m_painter.setPen(color);
            drawText(QRectF(left() + indent, m_y, width() - indent, height), text);
        }
        m_y += height + pointSize * 0.35;
    }

    /// A table whose cells wrap (a value or a verdict is never cut off); a row never splits.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<qreal>& widths, qreal indent = 0)
    {
        const qreal full = width() - indent;
        const auto drawRow = [&](const QStringList& cells, bool head) {
            setFont(kSmall + 0.5, head);
            const auto cellWidth = [&](qsizetype i) {
                return widths.at(static_cast<std::size_t>(i)) * full - 2 * kPad;
            };
            qreal rowHeight = 12.0;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                rowHeight = std::max(rowHeight, textHeight(cells.at(i), cellWidth(i)) + 2 * kPad);
            }
            need(rowHeight);
            if (drawing()) {
                if (head) {
                    m_painter.fillRect(QRectF(left() + indent, m_y, full, rowHeight), kShade);
                }
                m_painter.setPen(Qt::black);
                qreal x = left() + indent;
                for (qsizetype i = 0; i < cells.size(); ++i) {
                    drawText(QRectF(x + kPad, m_y + kPad, cellWidth(i), rowHeight), cells.at(i));
                    x += cellWidth(i) + 2 * kPad;
                }
                m_painter.setPen(kGrid);
                m_painter.drawLine(QPointF(left() + indent, m_y + rowHeight),
                                   QPointF(left() + indent + full, m_y + rowHeight));
            }
            m_y += rowHeight;
        };
        drawRow(header, true);
        for (const QStringList& row : rows) {
            drawRow(row, false);
        }
        m_y += 5;
    }

    void rule(const QColor& color = kGrid)
    {
        if (drawing()) {
            m_painter.setPen(QPen(color, 0.8));
            m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
        }
        m_y += 4;
    }

private:
    void drawFooter()
    {
        setFont(kSmall);
        m_painter.setPen(kQuiet);
        const QRectF area(left(), m_page.height() - kMargin - kFooter + 4, width(), kFooter);
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                           words::footer(m_footerDate, m_pageNumber, m_pages));
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QSizeF m_page;
    qreal m_y = kMargin;
    bool m_draw = false;
    bool m_measuring = false;
    int m_pageNumber = 1;
    int m_pages = 1;
    QString m_footerDate;
};

/// One small chart of the overview page: values over the sessions, the start as dots on a
/// line, the re-check as squares, the band of values too small to count shaded.
struct Series
{
    QString title;
    std::vector<std::optional<double>> start;
    std::vector<std::optional<double>> after;
    double low = 0;
    double high = 10;
    /// Half the width of the shaded band around 0 (a gap below the threshold or the MDC).
    std::optional<double> band;
};

void drawPanel(QPainter& painter, const QRectF& box, const Series& series, const QString& first,
               const QString& last)
{
    QFont font = painter.font();
    font.setPointSizeF(kSmall + 0.5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 11), Qt::AlignLeft | Qt::AlignTop,
                     series.title);
    font.setBold(false);
    font.setPointSizeF(6.5);
    painter.setFont(font);
    const QRectF area(box.left() + 20, box.top() + 13, box.width() - 24, box.height() - 24);
    const auto yOf = [&](double value) {
        const double clamped = std::clamp(value, series.low, series.high);
        return area.bottom() - (clamped - series.low) * area.height() / (series.high - series.low);
    };
    const std::size_t count = std::max(series.start.size(), std::size_t{1});
    const auto xOf = [&](std::size_t index) {
        return count == 1 ? area.center().x()
                          : area.left() + static_cast<qreal>(index) * area.width() /
                                              static_cast<qreal>(count - 1);
    };
    if (series.band) {
        painter.fillRect(QRectF(QPointF(area.left(), yOf(*series.band)),
                                QPointF(area.right(), yOf(-*series.band))),
                         kBand);
    }
    painter.setPen(kGrid);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    const double step = (series.high - series.low) / 4;
    for (int i = 0; i <= 4; ++i) {
        const double value = series.low + i * step;
        painter.setPen(kGrid);
        painter.drawLine(QPointF(area.left(), yOf(value)), QPointF(area.right(), yOf(value)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left(), yOf(value) - 5, 18, 10),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value, 'g', 3));
    }
    QPainterPath line;
    bool started = false;
    for (std::size_t i = 0; i < series.start.size(); ++i) {
        if (!series.start[i]) {
            continue;
        }
        const QPointF point(xOf(i), yOf(*series.start[i]));
        if (started) {
            line.lineTo(point);
        } else {
            line.moveTo(point);
            started = true;
        }
    }
    // Hundreds of sessions: a hairline, so the dots stay visible.
    painter.setPen(QPen(kStart, count > 120 ? 0.3 : 1.0));
    painter.drawPath(line);
    const qreal dot = count > 120 ? 0.6 : (count > 30 ? 1.1 : 1.8);
    painter.setBrush(kStart);
    for (std::size_t i = 0; i < series.start.size(); ++i) {
        if (series.start[i]) {
            painter.drawEllipse(QPointF(xOf(i), yOf(*series.start[i])), dot, dot);
        }
    }
    painter.setPen(QPen(kAfter, 0.8));
    painter.setBrush(kAfter);
    for (std::size_t i = 0; i < series.after.size(); ++i) {
        if (series.after[i]) {
            const QPointF center(xOf(i), yOf(*series.after[i]));
            painter.drawRect(QRectF(center.x() - dot, center.y() - dot, 2 * dot, 2 * dot));
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(kQuiet);
    painter.drawText(QRectF(area.left(), area.bottom() + 1, area.width() / 2, 9), Qt::AlignLeft,
                     first);
    painter.drawText(QRectF(area.center().x(), area.bottom() + 1, area.width() / 2, 9),
                     Qt::AlignRight, last);
}

/// The whole report, laid out on `doc` (the same code measures and draws).
class Report
{
public:
    Report(Document& doc, const std::vector<PdfEntry>& entries, const core::Protocol& protocol,
           const PdfOptions& options, QString madeAt)
        : m_doc(doc), m_entries(entries), m_protocol(protocol), m_options(options),
          m_madeAt(std::move(madeAt))
    {
        for (const PdfEntry& entry : m_entries) {
            if (entry.stopped) {
                ++m_stopped;
            } else {
                ++m_sessions;
            }
        }
    }

    void layout()
    {
        header();
        if (m_sessions > 0) {
            overview();
        }
        int number = 0;
        for (const PdfEntry& entry : m_entries) {
            if (!entry.stopped) {
                ++number;
            }
            m_doc.together([&] { session(entry, number); });
        }
        comments();
    }

private:
    void header()
    {
        m_doc.paragraph(words::title(), 16, true);
        const qreal labelWidth = 90;
        const auto row = [&](const QString& label, const QString& value, bool blank = false) {
            m_doc.setFont(kBody, true);
            const qreal valueWidth = m_doc.width() - labelWidth;
            m_doc.setFont(kBody);
            const qreal height = std::max(13.0, m_doc.textHeight(value, valueWidth));
            if (m_doc.drawing()) {
                QPainter& painter = m_doc.painter();
                m_doc.setFont(kBody, true);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(m_doc.left(), m_doc.y(), labelWidth, height),
                                 Qt::AlignLeft | Qt::AlignTop, label);
                m_doc.setFont(kBody);
                if (blank) {
                    painter.setPen(kQuiet);
                    painter.drawLine(QPointF(m_doc.left() + labelWidth, m_doc.y() + height - 1),
                                     QPointF(m_doc.left() + labelWidth + valueWidth * 0.6,
                                             m_doc.y() + height - 1));
                } else {
                    m_doc.drawText(QRectF(m_doc.left() + labelWidth, m_doc.y(), valueWidth, height),
                                   value);
                }
            }
            m_doc.advance(height + 2);
        };
        const QString name = qs(store::printable(m_options.name));
        row(words::nameLabel(), name, name.isEmpty());
        row(words::reportDateLabel(), m_madeAt);
        if (m_entries.empty()) {
            row(words::periodLabel(), words::noSessions());
        } else {
            row(words::periodLabel(),
                words::period(words::date(m_entries.front().started),
                              words::date(m_entries.back().started), m_sessions, m_stopped));
        }
        QStringList protocols;
        for (const PdfEntry& entry : m_entries) {
            const QString value =
                words::protocolValue(qs(entry.protocolId), qs(entry.protocolVersion));
            if (!entry.protocolId.empty() && !protocols.contains(value)) {
                protocols << value;
            }
        }
        if (protocols.isEmpty()) {
            protocols << words::protocolValue(qs(m_protocol.id), qs(m_protocol.version));
        }
        row(words::protocolLabel(), protocols.join(QLatin1Char('\n')));
        row(words::appLabel(), words::appValue(QStringLiteral(TIGHTSIDE_VERSION)));
        m_doc.advance(4);
        m_doc.rule();
        const int threshold = m_entries.empty() ? m_protocol.threshold : latestThreshold();
        m_doc.paragraph(words::howToRead(threshold), kBody);
        m_doc.paragraph(qs(evidenceStatement()), kSmall + 0.5, false, kQuiet);
    }

    int latestThreshold() const
    {
        const auto latest = std::find_if(m_entries.rbegin(), m_entries.rend(),
                                         [](const PdfEntry& entry) { return !entry.stopped; });
        return latest != m_entries.rend() ? latest->threshold : m_protocol.threshold;
    }

    std::vector<Series> panels() const
    {
        std::vector<Series> out;
        Series pain{words::painPanel(), {}, {}, 0, 10, std::nullopt};
        for (const PdfEntry& entry : m_entries) {
            if (!entry.stopped) {
                pain.start.emplace_back(entry.painBefore);
                pain.after.push_back(entry.painAfter ? std::optional<double>(*entry.painAfter)
                                                     : std::nullopt);
            }
        }
        out.push_back(std::move(pain));
        const auto gapOf = [](const std::optional<core::Rating>& rating) {
            return rating ? std::optional<double>(rating->left - rating->right) : std::nullopt;
        };
        const int threshold = latestThreshold();
        for (std::size_t g = 0; g < core::kGroupCount; ++g) {
            Series gap{words::gapPanel(static_cast<Region>(g)), {}, {}, -10, 10,
                       std::optional<double>(threshold - 0.5)};
            bool any = false;
            for (const PdfEntry& entry : m_entries) {
                if (!entry.stopped) {
                    gap.start.push_back(gapOf(entry.before.at(g)));
                    gap.after.push_back(gapOf(entry.after.at(g)));
                    any = any || gap.start.back().has_value();
                }
            }
            if (any) {
                out.push_back(std::move(gap));
            }
        }
        for (std::size_t g = 0; g < core::kGroupCount; ++g) {
            Series angle{words::anglePanel(static_cast<Region>(g)), {}, {}, -10, 10, std::nullopt};
            double largest = 10;
            bool any = false;
            const auto signedGap = [&](const std::optional<core::MeasuredGap>& gap) {
                if (!gap) {
                    return std::optional<double>();
                }
                largest = std::max(largest, std::abs(gap->left - gap->right));
                angle.band = gap->mdc;
                any = true;
                return std::optional<double>(gap->left - gap->right);
            };
            for (const PdfEntry& entry : m_entries) {
                if (!entry.stopped) {
                    angle.start.push_back(signedGap(entry.measuredBefore.at(g)));
                    angle.after.push_back(signedGap(entry.measuredAfter.at(g)));
                }
            }
            if (any) {
                const double bound = std::ceil(largest / 10.0) * 10.0;
                angle.low = -bound;
                angle.high = bound;
                out.push_back(std::move(angle));
            }
        }
        return out;
    }

    void overview()
    {
        const std::vector<Series> charts = panels();
        const std::size_t rows = (charts.size() + 1) / 2;
        constexpr qreal kPanel = 104.0;
        const qreal height = 24 + static_cast<qreal>(rows) * kPanel;
        m_doc.need(height + 40);
        m_doc.paragraph(words::overviewTitle(), 12, true);
        m_doc.paragraph(words::overviewLegend(), kSmall + 0.5, false, kQuiet);
        const qreal top = m_doc.y();
        const qreal columnWidth = (m_doc.width() - 12) / 2;
        QString first;
        QString last;
        for (const PdfEntry& entry : m_entries) {
            if (!entry.stopped) {
                if (first.isEmpty()) {
                    first = words::date(entry.started);
                }
                last = words::date(entry.started);
            }
        }
        if (m_doc.drawing()) {
            for (std::size_t i = 0; i < charts.size(); ++i) {
                const std::size_t row = i / 2;
                const std::size_t column = i % 2;
                const QRectF box(m_doc.left() + static_cast<qreal>(column) * (columnWidth + 12),
                                 top + static_cast<qreal>(row) * kPanel, columnWidth, kPanel - 8);
                drawPanel(m_doc.painter(), box, charts[i], first, last);
            }
        }
        m_doc.advance(static_cast<qreal>(rows) * kPanel + 4);
        m_doc.rule();
    }

    QString techniqueName(const std::string& id) const
    {
        const core::Technique* technique = m_protocol.technique(id);
        return qs(store::printable(technique != nullptr ? technique->name : id));
    }

    void session(const PdfEntry& entry, int number)
    {
        m_doc.advance(4);
        if (entry.stopped) {
            m_doc.paragraph(words::stoppedHeading(words::dateTime(entry.started)), 10.5, true,
                            kAlert);
            m_doc.paragraph(words::stoppedText(entry.stopped->urgency), kBody, true);
            for (const std::string& flag : entry.stopped->flags) {
                const core::ScreeningQuestion* question = m_protocol.question(flag);
                m_doc.paragraph(
                    words::redFlagLine(qs(question != nullptr ? question->question : flag),
                                       qs(question != nullptr ? question->advice : "")),
                    kBody, false, Qt::black, 10);
            }
            precautions(entry);
            notes(entry);
            m_doc.rule();
            return;
        }
        m_doc.paragraph(words::sessionHeading(number, m_sessions, words::dateTime(entry.started)),
                        10.5, true);
        if (!entry.finished) {
            m_doc.paragraph(words::notFinished(), kBody, false, kQuiet);
        }
        precautions(entry);
        m_doc.paragraph(entry.flareUp ? words::flareUpYes() : words::flareUpNo(), kBody);
        m_doc.paragraph(words::pain(entry.painBefore, entry.painAfter, entry.verdicts.pain), kBody);
        if (entry.steps.empty()) {
            m_doc.paragraph(entry.status == core::PlanStatus::Balanced ? words::balancedPlan()
                                                                       : words::noStepsDone(),
                            kBody);
        } else {
            std::vector<QStringList> rows;
            for (const core::DoneStep& step : entry.steps) {
                rows.push_back({words::groupTitle(step.group), words::sideText(step.side),
                                techniqueName(step.technique), QLocale().toString(step.seconds),
                                words::outcomeText(step.outcome)});
            }
            m_doc.table(words::stepsHeader(), rows, {0.22, 0.1, 0.36, 0.12, 0.2});
        }
        if (entry.deferred > 0) {
            m_doc.paragraph(words::deferredSteps(static_cast<int>(entry.deferred)), kBody);
        }
        recheck(entry);
        angles(entry);
        activities(entry);
        notes(entry);
        m_doc.rule();
    }

    void precautions(const PdfEntry& entry)
    {
        if (entry.precautions.empty()) {
            m_doc.paragraph(words::precautionsNone(), kBody);
            return;
        }
        m_doc.paragraph(words::precautionsHeading(), kBody, true);
        for (const std::string& id : entry.precautions) {
            const core::ScreeningQuestion* question = m_protocol.question(id);
            m_doc.paragraph(qs(question != nullptr ? question->question : id), kBody, false,
                            Qt::black, 10);
            if (question != nullptr && !question->note.empty()) {
                m_doc.paragraph(qs(question->note), kSmall + 0.5, false, kQuiet, 20, true);
            }
        }
    }

    void recheck(const PdfEntry& entry)
    {
        std::vector<QStringList> rows;
        for (std::size_t g = 0; g < core::kGroupCount; ++g) {
            const auto& before = entry.before.at(g);
            if (!before) {
                continue;
            }
            const auto& after = entry.after.at(g);
            rows.push_back(
                {words::groupTitle(static_cast<Region>(g)),
                 words::ratingCell(before->left, before->right),
                 after ? words::ratingCell(after->left, after->right) : QStringLiteral("-"),
                 words::verdictCell(entry.verdicts.groups.at(g), after.has_value())});
        }
        if (!rows.empty()) {
            m_doc.table(words::recheckHeader(), rows, {0.22, 0.26, 0.26, 0.26});
        }
    }

    void angles(const PdfEntry& entry)
    {
        std::vector<QStringList> rows;
        for (std::size_t g = 0; g < core::kGroupCount; ++g) {
            const auto& before = entry.measures.at(g);
            if (!before) {
                continue;
            }
            const core::MeasureTest* test = m_protocol.measure(static_cast<Region>(g));
            const QString testName = qs(store::printable(
                test != nullptr && test->test == before->test ? test->name : before->test));
            const auto& after = entry.recheckMeasures.at(g);
            const double mdc = test != nullptr ? test->mdcDegrees : 0;
            rows.push_back(
                {words::groupTitle(static_cast<Region>(g)), testName,
                 words::angleCell(*before, entry.measuredBefore.at(g)),
                 after ? words::angleCell(*after, entry.measuredAfter.at(g)) : QStringLiteral("-"),
                 words::angleVerdict(entry.measuredVerdicts.at(g), mdc)});
        }
        if (rows.empty()) {
            return;
        }
        m_doc.paragraph(words::anglesHeading(), kBody, true);
        m_doc.table(words::anglesHeader(), rows, {0.15, 0.19, 0.24, 0.24, 0.18});
    }

    void activities(const PdfEntry& entry)
    {
        if (entry.activities.empty()) {
            return;
        }
        m_doc.paragraph(words::activitiesHeading(), kBody, true);
        for (const core::Activity& activity : entry.activities) {
            m_doc.paragraph(
                words::activityLine(qs(store::printable(activity.name)), activity.score), kBody,
                false, Qt::black, 10);
        }
    }

    void notes(const PdfEntry& entry)
    {
        if (entry.notes.empty()) {
            return;
        }
        m_doc.paragraph(words::notesHeading(), kBody, true);
        m_doc.paragraph(qs(entry.notes), kBody, false, Qt::black, 10);
        if (entry.notesCut) {
            m_doc.paragraph(words::notesCut(), kSmall + 0.5, false, kQuiet, 10, true);
        }
    }

    void comments()
    {
        constexpr qreal kBox = 190.0;
        m_doc.need(kBox + 30);
        m_doc.advance(6);
        m_doc.paragraph(words::commentsTitle(), 12, true);
        if (m_doc.drawing()) {
            QPainter& painter = m_doc.painter();
            painter.setPen(QPen(Qt::black, 0.8));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(m_doc.left(), m_doc.y(), m_doc.width(), kBox));
            painter.setPen(QPen(kGrid, 0.5));
            for (qreal line = 24; line < kBox - 30; line += 22) {
                painter.drawLine(QPointF(m_doc.left() + 8, m_doc.y() + line),
                                 QPointF(m_doc.left() + m_doc.width() - 8, m_doc.y() + line));
            }
            m_doc.setFont(kSmall + 0.5);
            painter.setPen(kQuiet);
            painter.drawText(
                QRectF(m_doc.left() + 8, m_doc.y() + kBox - 18, m_doc.width() - 16, 14),
                Qt::AlignLeft | Qt::AlignVCenter, words::commentsHint());
        }
        m_doc.advance(kBox + 4);
    }

    Document& m_doc;
    const std::vector<PdfEntry>& m_entries;
    const core::Protocol& m_protocol;
    const PdfOptions& m_options;
    QString m_madeAt;
    int m_sessions = 0;
    int m_stopped = 0;
};

} // namespace

std::optional<Paper> paperFromId(std::string_view id)
{
    if (id == "a4") {
        return Paper::A4;
    }
    if (id == "letter") {
        return Paper::Letter;
    }
    return std::nullopt;
}

Paper defaultPaper(const QLocale& locale)
{
    // Where Letter is the usual size (ISO 216 has not been taken up there).
    static const std::array kLetter = {
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,           QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia,   QLocale::Venezuela,        QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::PuertoRico, QLocale::DominicanRepublic};
    return std::find(kLetter.begin(), kLetter.end(), locale.territory()) != kLetter.end()
               ? Paper::Letter
               : Paper::A4;
}

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

PdfEntry pdfEntry(const core::Session& session, const core::Protocol& protocol)
{
    PdfEntry entry;
    entry.started = session.started;
    entry.finished = session.finished.has_value();
    entry.protocolId = session.protocolId;
    entry.protocolVersion = session.protocolVersion;
    entry.status = session.plan.status;
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
    entry.precautions = session.answers.precautions;
    entry.flareUp = session.answers.acuteFlareUp;
    entry.steps = session.done;
    entry.deferred = session.plan.deferred.size();
    entry.measures = session.answers.measures;
    entry.recheckMeasures = session.recheckMeasures;
    for (std::size_t g = 0; g < core::kGroupCount; ++g) {
        const core::MeasureTest* test = protocol.measure(static_cast<Region>(g));
        if (test == nullptr) {
            continue;
        }
        // The gap and the tighter side by the protocol's test, the change by its MDC: both
        // are core's rules (contracts.md "Measured angles", "Verdicts").
        if (const auto& before = entry.measures.at(g)) {
            entry.measuredBefore.at(g) = core::compareMeasured(*test, *before, std::nullopt);
        }
        if (const auto& after = entry.recheckMeasures.at(g)) {
            entry.measuredAfter.at(g) = core::compareMeasured(*test, *after, std::nullopt);
        }
        if (entry.measuredBefore.at(g) && entry.measuredAfter.at(g)) {
            entry.measuredVerdicts.at(g) =
                core::verdict(entry.measuredBefore.at(g)->gap, entry.measuredAfter.at(g)->gap,
                              test->mdcDegrees, core::Direction::LowerIsBetter);
        }
    }
    entry.activities = session.activities;
    // Printable (no control characters) and bounded: the JSON export keeps the whole note.
    const QString notes = QString::fromStdString(store::printable(session.notes));
    entry.notesCut = static_cast<std::size_t>(notes.size()) > kPdfNoteChars;
    entry.notes =
        (entry.notesCut ? notes.left(static_cast<qsizetype>(kPdfNoteChars)) : notes).toStdString();
    return entry;
}

store::Result<QByteArray> renderPdf(const std::vector<core::Session>& sessions,
                                    const PdfOptions& options)
{
    using Out = store::Result<QByteArray>;
    const core::Protocol& protocol = core::builtinProtocol(l10n::language());
    std::vector<PdfEntry> entries;
    entries.reserve(sessions.size());
    for (const core::Session& session : sessions) {
        entries.push_back(pdfEntry(session, protocol));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return Out::failure(detail::pdfBufferFailed());
    }
    if (auto written = renderPdf(entries, buffer, protocol, options); !written) {
        return Out::failure(written.error());
    }
    return Out::success(std::move(bytes));
}

store::Result<void> renderPdf(const std::vector<PdfEntry>& entries, QIODevice& device,
                              const core::Protocol& protocol, const PdfOptions& options)
{
    using Out = store::Result<void>;
    if (const QString why = detail::pdfUnavailable(); !why.isEmpty()) {
        return Out::failure(why);
    }
    const Paper paper = options.paper.value_or(defaultPaper(QLocale()));
    QPdfWriter writer(&device);
    // No margins: the report lays out its own.
    detail::setUpPage(
        writer, paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4,
        QCoreApplication::translate("tightside::report::Pdf", "Tightside session report"), 0);
    const QSizeF page = writer.pageLayout().fullRect(QPageLayout::Point).size();
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Out::failure(detail::pdfStartFailed());
    }
    const QString madeAt =
        words::dateTime(options.madeAt.value_or(QDateTime::currentDateTime()).toLocalTime());
    Document doc(writer, painter, page);
    Report report(doc, entries, protocol, options, madeAt);
    // First pass: count the pages. Second: draw, with "page N of M" on each.
    doc.startPass(false, 1, madeAt);
    report.layout();
    const int pages = doc.pageNumber();
    doc.startPass(true, pages, madeAt);
    report.layout();
    doc.finish();
    if (!painter.end()) {
        return Out::failure(QCoreApplication::translate("tightside::report::Pdf",
                                                        "The PDF could not be finished."));
    }
    return Out::success();
}

} // namespace tightside::report
