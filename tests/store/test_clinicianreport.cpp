// The report for a clinician (issue 24): what a physiotherapist reads, read back with pdftotext
// and pdfinfo (poppler-utils) for 1, 6 and 60 sessions, A4 and US Letter, a check stopped by a
// red flag, precautions, a typed name; and the printed routine's date, drawings, limits and
// punctuation.

#include "pdftext.h"
#include "processutil.h"
#include "sessionfactory.h"

#include "tightside/core/rulesengine.h"
#include "tightside/l10n/l10n.h"
#include "tightside/report/handout.h"
#include "tightside/report/report.h"
#include "tightside/store/sessionstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace tightside;

namespace {

/// With TIGHTSIDE_KEEP_PDF=DIR the PDFs are kept there as NAME.pdf, to be looked at page by
/// page (pdftoppm) and for the pictures in docs/.
void keep(const char* name, const QByteArray& pdf)
{
    const QString dir = qEnvironmentVariable("TIGHTSIDE_KEEP_PDF");
    if (!dir.isEmpty()) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".pdf"));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(pdf);
        }
    }
}

using storetest::pdfText;
using storetest::poppler;

int pages(const QByteArray& pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(poppler(QStringLiteral("pdfinfo"), pdf));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pageSize(const QByteArray& pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+ x [0-9.]+)"))
                           .match(poppler(QStringLiteral("pdfinfo"), pdf));
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

std::vector<core::Session> sessions(std::uint32_t count)
{
    std::vector<core::Session> out;
    for (std::uint32_t i = 0; i < count; ++i) {
        out.push_back(storetest::numberedSession(i));
    }
    return out;
}

report::PdfOptions fixed(report::Paper paper, std::string name = {})
{
    // English with its plural forms ("1 session", "6 sessions"), as every command installs it.
    l10n::install({"en", "en"});
    report::PdfOptions options;
    options.paper = paper;
    options.name = std::move(name);
    options.madeAt = QDateTime(QDate(2026, 12, 4), QTime(9, 15));
    return options;
}

QByteArray pdfOf(const std::vector<core::Session>& list, const report::PdfOptions& options)
{
    const auto pdf = report::renderPdf(list, options);
    REQUIRE(pdf.ok());
    return pdf.value();
}

} // namespace

TEST_CASE("Clinician report: one session, A4, with its header and every part",
          "[store][pdf][clinician]")
{
    const report::GuiForReport gui;
    auto one = sessions(1);
    one[0].notes = "Stairs felt easier.";
    one[0].activities = {{"putting on socks", 6}};
    const QByteArray pdf = pdfOf(one, fixed(report::Paper::A4, "Sam Example"));
    keep("report-1-a4", pdf);
    CHECK(pageSize(pdf) == QStringLiteral("595 x 842"));
    const int count = pages(pdf);
    CHECK(count >= 1);
    CHECK(count <= 3);
    const QString words = pdfText(pdf);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Tightside: self-check and release log")));
    CHECK(words.contains(QStringLiteral("Name Sam Example")));
    CHECK(words.contains(QStringLiteral("Report made 4 Dec 2026, 09:15")));
    CHECK(words.contains(QStringLiteral("Period 1 Jan 2026 to 1 Jan 2026: 1 session")));
    CHECK(words.contains(QStringLiteral("tightside.legs, version ")));
    CHECK(words.contains(QStringLiteral("App Tightside ")));
    // What the numbers mean, on the page.
    CHECK(words.contains(QStringLiteral("The gap is left minus right, from -10 to 10")));
    CHECK(words.contains(QStringLiteral("without its sign (0-10)")));
    CHECK(words.contains(QStringLiteral("Across sessions")));
    CHECK(words.contains(QStringLiteral("Quadriceps: gap, left minus right")));
    CHECK(words.contains(QStringLiteral("Session 1 of 1: 1 Jan 2026,")));
    CHECK(words.contains(QStringLiteral("Precautions: none answered yes.")));
    CHECK(words.contains(QStringLiteral("Acute flare-up: no.")));
    CHECK(words.contains(QStringLiteral("Pain at the start:")));
    CHECK(words.contains(QStringLiteral("Released Side Technique Seconds Outcome")));
    REQUIRE_FALSE(one[0].done.empty());
    const core::Technique* technique = core::builtinProtocol().technique(one[0].done[0].technique);
    REQUIRE(technique != nullptr);
    CHECK(words.contains(QString::fromStdString(technique->name)));
    CHECK(words.contains(QStringLiteral("Re-check (left / right, gap)")));
    CHECK(words.contains(QStringLiteral("putting on socks: 6")));
    CHECK(words.contains(QStringLiteral("Stairs felt easier.")));
    CHECK(words.contains(QStringLiteral("Clinician's comments")));
    CHECK(words.contains(QStringLiteral("page 1 of %1").arg(count)));
    CHECK(words.contains(QStringLiteral("page %1 of %1").arg(count)));
    // Never a US short date.
    CHECK_FALSE(
        words.contains(QRegularExpression(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"))));
}

TEST_CASE("Clinician report: six sessions on US Letter, every session headed",
          "[store][pdf][clinician]")
{
    const report::GuiForReport gui;
    const QByteArray pdf = pdfOf(sessions(6), fixed(report::Paper::Letter));
    keep("report-6-letter", pdf);
    CHECK(pageSize(pdf) == QStringLiteral("612 x 792"));
    const int count = pages(pdf);
    CHECK(count >= 2);
    CHECK(count <= 8);
    const QString words = pdfText(pdf);
    for (int i = 1; i <= 6; ++i) {
        CHECK(words.contains(QStringLiteral("Session %1 of 6:").arg(i)));
    }
    CHECK(words.contains(QStringLiteral("1 Jan 2026 to 6 Jan 2026: 6 sessions")));
    // No name typed: the header leaves a line for one and names nobody.
    CHECK(words.contains(QStringLiteral("Name Report made")));
}

TEST_CASE("Clinician report: sixty sessions stay readable, one page of charts first",
          "[store][pdf][clinician]")
{
    const report::GuiForReport gui;
    const QByteArray pdf = pdfOf(sessions(60), fixed(report::Paper::A4));
    keep("report-60-a4", pdf);
    const int count = pages(pdf);
    // At least two sessions share a page, none is split, and the header, charts and comments
    // add at most three.
    CHECK(count >= 15);
    CHECK(count <= 63);
    const QString first = pdfText(pdf, 1, 2);
    CHECK(first.contains(QStringLiteral("Across sessions")));
    CHECK(first.contains(QStringLiteral("Hamstrings: gap, left minus right")));
    const QString words = pdfText(pdf);
    CHECK(words.contains(QStringLiteral("Session 60 of 60: 1 Mar 2026")));
    CHECK(words.contains(QStringLiteral("page %1 of %1").arg(count)));
    const QString last = pdfText(pdf, count, count);
    CHECK(last.contains(QStringLiteral("Clinician's comments")));
}

TEST_CASE("Clinician report: a check stopped by a red flag shows the flag and the advice",
          "[store][pdf][clinician]")
{
    const report::GuiForReport gui;
    core::Answers answers;
    answers.redFlags = {"bladder_change"};
    answers.precautions = {"anticoagulant"};
    const auto when = std::chrono::system_clock::time_point(std::chrono::seconds(1767340800));
    auto list = sessions(2);
    list.push_back(
        core::stoppedSession(core::newSessionId(when, 7), answers, core::builtinProtocol(), when));
    const QByteArray pdf = pdfOf(list, fixed(report::Paper::A4));
    keep("report-stopped", pdf);
    const QString words = pdfText(pdf);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("checks stopped by a red flag: 1")));
    CHECK(words.contains(QStringLiteral("Check stopped at the safety questions: 2 Jan 2026")));
    CHECK(words.contains(QStringLiteral("advised seeing a clinician today")));
    CHECK(words.contains(QStringLiteral("Answered yes: Is it newly hard to start or stop peeing")));
    CHECK(words.contains(QStringLiteral("Advice given: Go to an emergency department now")));
    CHECK(words.contains(QStringLiteral("Precautions answered yes:")));
    CHECK(words.contains(QStringLiteral("Do you take a blood thinner")));
    // The stopped check is never a numbered session.
    CHECK(words.contains(QStringLiteral("Session 2 of 2")));
    CHECK_FALSE(words.contains(QStringLiteral("of 3:")));
}

TEST_CASE("Clinician report: precautions, flare-up, angles and a long note",
          "[store][pdf][clinician]")
{
    const report::GuiForReport gui;
    auto list = sessions(2);
    for (auto& session : list) {
        session.answers.precautions = {"anticoagulant"};
        session.answers.acuteFlareUp = true;
        session.answers.measures.at(core::indexOf(core::Region::Hamstrings)) =
            core::GroupMeasure{"active_knee_extension", 31.0, 42.0};
    }
    list[1].recheckMeasures.at(core::indexOf(core::Region::Hamstrings)) =
        core::GroupMeasure{"active_knee_extension", 31.0, 33.0};
    list[1].notes = std::string(3000, 'x');
    const QByteArray pdf = pdfOf(list, fixed(report::Paper::A4));
    keep("report-precautions", pdf);
    const QString words = pdfText(pdf);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Do you take a blood thinner")));
    CHECK(words.contains(QStringLiteral("lighter pressure")));
    CHECK(words.contains(QStringLiteral("Acute flare-up: yes (gentle dosage).")));
    CHECK(words.contains(QStringLiteral("Measured angles")));
    CHECK(words.contains(QStringLiteral("Hamstrings: measured gap in degrees, left minus right")));
    CHECK(words.contains(QStringLiteral("gap 11.0")));
    CHECK(words.contains(QStringLiteral("(The note goes on; the JSON export holds it whole.)")));
    CHECK_FALSE(words.contains(QString(1300, QLatin1Char('x'))));
}

TEST_CASE("Clinician report: the usual paper of the locale", "[store][pdf][clinician]")
{
    CHECK(report::defaultPaper(QLocale(QStringLiteral("en_US"))) == report::Paper::Letter);
    CHECK(report::defaultPaper(QLocale(QStringLiteral("fr_CA"))) == report::Paper::Letter);
    CHECK(report::defaultPaper(QLocale(QStringLiteral("es_MX"))) == report::Paper::Letter);
    CHECK(report::defaultPaper(QLocale(QStringLiteral("en_GB"))) == report::Paper::A4);
    CHECK(report::defaultPaper(QLocale(QStringLiteral("de_DE"))) == report::Paper::A4);
    CHECK(report::defaultPaper(QLocale::c()) == report::Paper::A4);
    CHECK(report::paperFromId("letter") == report::Paper::Letter);
    CHECK(report::paperFromId("a4") == report::Paper::A4);
    CHECK_FALSE(report::paperFromId("A5").has_value());
}

TEST_CASE("Printed routine: date, drawings, limits, precautions, reasons, clean punctuation",
          "[store][pdf][handout][clinician]")
{
    const report::GuiForReport gui;
    core::Answers answers;
    answers.precautions = {"anticoagulant"};
    answers.setRating(core::Region::Quadriceps, {7, 3});
    answers.setRating(core::Region::HipFlexors, {3, 3});
    answers.setRating(core::Region::Adductors, {2, 6});
    answers.setRating(core::Region::ItBand, {4, 4});
    answers.setRating(core::Region::Hamstrings, {4, 4});
    const core::Plan plan = core::RulesEngine(core::builtinProtocol()).plan(answers);
    REQUIRE(plan.steps.size() == 2);
    report::HandoutOptions options;
    options.paper = report::Paper::Letter;
    options.printed = QDateTime(QDate(2026, 12, 4), QTime(9, 15));
    const auto pdf = report::renderHandout(plan, core::builtinProtocol(), options);
    REQUIRE(pdf.ok());
    keep("handout", pdf.value());
    CHECK(pages(pdf.value()) == 1);
    CHECK(pageSize(pdf.value()) == QStringLiteral("612 x 792"));
    // The two drawings are images in the file.
    CHECK(QString::fromLatin1(pdf.value())
              .count(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))) >= 2);
    const QString words = pdfText(pdf.value());
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Printed 4 Dec 2026, 09:15")));
    CHECK(words.contains(QStringLiteral("Keep the discomfort at 3 out of 10 or less.")));
    CHECK(words.contains(QStringLiteral("Precaution: You take a blood thinner")));
    CHECK(words.contains(QStringLiteral("Why: the left felt tighter (7 against 3, a gap of 4")));
    CHECK(words.contains(QStringLiteral("Why: the right felt tighter (6 against 2, a gap of 4")));
    CHECK(words.contains(QStringLiteral("Keep off:")));
    CHECK(words.contains(QStringLiteral("This is not medical advice.")));
    CHECK_FALSE(words.contains(QStringLiteral(".;")));
}

TEST_CASE("Printed routine: five steps with drawings still fit one page, last line included",
          "[store][pdf][handout][clinician]")
{
    const report::GuiForReport gui;
    l10n::install({"en", "en"});
    core::Answers answers;
    answers.acuteFlareUp = true;
    for (const core::Region group : core::kPrimaryGroups) {
        answers.setRating(group, {8, 2});
    }
    const core::Plan plan = core::RulesEngine(core::builtinProtocol()).plan(answers);
    REQUIRE(plan.steps.size() == 5);
    report::HandoutOptions options;
    options.paper = report::Paper::A4;
    const auto pdf = report::renderHandout(plan, core::builtinProtocol(), options);
    REQUIRE(pdf.ok());
    keep("handout-5", pdf.value());
    CHECK(pages(pdf.value()) == 1);
    const QString words = pdfText(pdf.value());
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Gentle because of the flare-up")));
    CHECK(words.contains(QStringLiteral("This is not medical advice.")));
}

TEST_CASE("export --format pdf takes --name and --paper", "[store][pdf][clinician][cli]")
{
    QTemporaryDir dir;
    const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
    const tightside::store::SessionStore store(QString::fromStdString(data));
    REQUIRE(store.save(storetest::numberedSession(1)));
    const std::map<std::string, std::string> env = {
        {"DISPLAY", ""},         {"QT_QPA_PLATFORM", ""}, {"TIGHTSIDE_DATA_DIR", ""},
        {"LANG", "en_US.UTF-8"}, {"LC_ALL", ""},          {"LANGUAGE", ""}};
    const std::string file = dir.filePath(QStringLiteral("report.pdf")).toStdString();
    const auto export_ = [&](std::vector<std::string> more) {
        std::vector<std::string> args = {"export", "--data-dir", data, "--output", file};
        args.insert(args.end(), more.begin(), more.end());
        return storetest::run(TIGHTSIDE_BINARY, args, env);
    };
    const auto read = [&file] {
        QFile pdf(QString::fromStdString(file));
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        return pdf.readAll();
    };
    // en_US: Letter unless asked otherwise.
    REQUIRE(export_({"--format", "pdf", "--name", "Sam Example"}).exitCode == 0);
    CHECK(pageSize(read()) == QStringLiteral("612 x 792"));
    CHECK(pdfText(read()).contains(QStringLiteral("Name Sam Example")));
    REQUIRE(export_({"--format", "pdf", "--paper", "a4"}).exitCode == 0);
    CHECK(pageSize(read()) == QStringLiteral("595 x 842"));
    CHECK_FALSE(pdfText(read()).contains(QStringLiteral("Sam Example")));
    CHECK(export_({"--format", "pdf", "--paper", "a5"}).exitCode == 2);
    CHECK(export_({"--format", "csv", "--paper", "a4"}).exitCode == 2);
    CHECK(export_({"--format", "json", "--name", "Sam"}).exitCode == 2);
}
