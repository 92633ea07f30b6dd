#pragma once

#include "tightside/core/course.h"
#include "tightside/core/session.h"
#include "tightside/store/result.h"

class QIODevice;

#include <QByteArray>

#include <array>
#include <memory>
#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace tightside::report {

/// A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return) as a
/// formula; such a cell gets a leading single quote so it is shown as text.
std::string neutraliseCell(std::string_view text);

/// One RFC 4180 field: neutralised, then quoted when it holds a comma, quote, CR or LF.
std::string csvField(std::string_view text);

/// The header row (with CRLF): id, date, pain before/after, each group's left and right
/// before and after, steps done, outcomes, notes, then the verdicts (pain, each group's gap).
std::string csvHeader();

/// One row per session (with CRLF), in the columns of csvHeader().
std::string csvRow(const core::Session& session);

/// A few lines a person reads in a terminal for one session, in the language installed (its
/// start in local time, the locale's short form); the notes (and anything else from the file)
/// with control characters escaped (store::printable()), so a note can never steer the
/// terminal.
std::string textEntry(const core::Session& session);

/// The sentence every report carries about what the method is and is not, in the language
/// installed.
std::string evidenceStatement();

/// What the PDF shows of one session: a few numbers, no notes. An export keeps one of these
/// per session, never the sessions themselves, so memory stays small however long the notes.
struct PdfEntry
{
    std::string started;
    int painBefore = 0;
    std::optional<int> painAfter;
    std::size_t completed = 0;
    std::size_t done = 0;
    bool stoppedForPain = false;
    std::array<std::optional<core::Rating>, core::kGroupCount> before{};
    std::array<std::optional<core::Rating>, core::kGroupCount> after{};
    int threshold = 2;
    /// The session's verdicts by the one rule, a group's only when it was released in the
    /// session (core::releasedVerdicts): a group only re-checked is never "better".
    core::SessionVerdicts verdicts;
    /// Set for a check stopped by a red flag: listed on its own, never in a chart or the table.
    std::optional<core::Stop> stopped;
};

PdfEntry pdfEntry(const core::Session& session);

/// A PDF a clinician can read in a minute: summary table, each group's left/right gap over
/// time as a chart, pain before and after, and the evidence statement, written to `out` as
/// it is made (page by page). Needs a QGuiApplication (fonts); see GuiForReport.
store::Result<void> renderPdf(const std::vector<PdfEntry>& sessions, QIODevice& out);

/// renderPdf() into memory (tests).
store::Result<QByteArray> renderPdf(const std::vector<core::Session>& sessions);

/// Makes sure a QGuiApplication exists for renderPdf(): headless commands run with a plain
/// QCoreApplication or none, so one is created here on the offscreen platform (no display
/// needed) and destroyed with this object. Does nothing when an application exists already.
class GuiForReport
{
public:
    GuiForReport();
    ~GuiForReport();
    GuiForReport(const GuiForReport&) = delete;
    GuiForReport& operator=(const GuiForReport&) = delete;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace tightside::report
