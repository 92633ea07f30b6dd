#pragma once

#include "tightside/core/course.h"
#include "tightside/core/session.h"
#include "tightside/store/result.h"

class QIODevice;

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

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

/// The paper a PDF is laid out on.
enum class Paper
{
    A4,
    Letter,
};

/// "a4", "letter"; nullopt for anything else.
std::optional<Paper> paperFromId(std::string_view id);

/// US Letter where it is the usual paper (the United States, Canada, Mexico, the Philippines
/// and a few countries of Central and South America), A4 everywhere else, including the C
/// locale.
Paper defaultPaper(const QLocale& locale);

/// What the person chose for the report.
struct PdfOptions
{
    /// The name the person typed (`export --name`); empty: the header leaves a line to write
    /// one by hand.
    std::string name;
    /// Nullopt: defaultPaper(QLocale()).
    std::optional<Paper> paper;
    /// The report's own date; nullopt: now (tests give a fixed one).
    std::optional<QDateTime> madeAt;
};

/// What the PDF shows of one session: its facts, bounded in size. An export keeps one of these
/// per session, never the session files themselves, so memory stays small however long the
/// history: notes are cut at kPdfNoteChars (the JSON export holds them whole), and everything
/// else has a bounded count (at most a few steps, five activities, seven groups).
struct PdfEntry
{
    std::string started;
    bool finished = true;
    std::string protocolId;
    std::string protocolVersion;
    core::PlanStatus status = core::PlanStatus::Routine;
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
    /// Set for a check stopped by a red flag: never in a chart, shown with its flags and advice.
    std::optional<core::Stop> stopped;
    std::vector<std::string> precautions;
    bool flareUp = false;
    /// The steps as done: side, technique, seconds, outcome.
    std::vector<core::DoneStep> steps;
    std::size_t deferred = 0;
    core::GroupMeasures measures{};
    core::GroupMeasures recheckMeasures{};
    /// Each measured group's gap compared by the protocol's test (core::compareMeasured), at
    /// the start and at the re-check, and the verdict between by the test's MDC (core::verdict).
    std::array<std::optional<core::MeasuredGap>, core::kGroupCount> measuredBefore{};
    std::array<std::optional<core::MeasuredGap>, core::kGroupCount> measuredAfter{};
    std::array<std::optional<core::Verdict>, core::kGroupCount> measuredVerdicts{};
    std::vector<core::Activity> activities;
    std::string notes;
    bool notesCut = false;
};

/// The longest note the PDF prints (in characters); the rest is left to the JSON export.
inline constexpr std::size_t kPdfNoteChars = 1200;

/// The facts of `session` the PDF shows; `protocol` gives the measured tests and their MDC.
PdfEntry pdfEntry(const core::Session& session, const core::Protocol& protocol);

/// A report a clinician can hand over and read: a header (name if typed, report date, period,
/// protocol and app version), what the numbers mean, one page of small multiples (each
/// group's gap, pain, measured angles across sessions), then every session (never split
/// across pages when it fits one): date and time, precautions and flare-up, a red-flag stop
/// with the advice given, the steps done, the re-check with its verdicts, measured angles,
/// activities and notes; a box for the clinician's comments at the end; "page N of M" on every
/// page. Written to `out` page by page. `protocol` words the screening answers (its language is
/// the report's). Needs a QGuiApplication (fonts); see GuiForReport.
store::Result<void> renderPdf(const std::vector<PdfEntry>& sessions, QIODevice& out,
                              const core::Protocol& protocol, const PdfOptions& options = {});

/// renderPdf() into memory (tests), with the built-in protocol in the language installed.
store::Result<QByteArray> renderPdf(const std::vector<core::Session>& sessions,
                                    const PdfOptions& options = {});

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
