// The reports speak the language installed (issue 14): the session report PDF, the printed
// routine and the text history. The PDF's words are read back with pdftotext (poppler-utils,
// in dev.sh), so the test sees what a reader sees, not what the code meant to draw.

#include "pdftext.h"
#include "sessionfactory.h"

#include "tightside/core/rulesengine.h"
#include "tightside/l10n/l10n.h"
#include "tightside/report/handout.h"
#include "tightside/report/report.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

using namespace tightside;

namespace {

/// Installs a language for one test and puts English back afterwards, whatever happens.
class Speaking
{
public:
    explicit Speaking(const std::string& language) { l10n::install({language, language}); }
    ~Speaking() { l10n::install({"en", "en"}); }
    Speaking(const Speaking&) = delete;
    Speaking& operator=(const Speaking&) = delete;
};

using storetest::pdfText;

std::vector<core::Session> someSessions()
{
    std::vector<core::Session> sessions;
    for (std::uint32_t i = 0; i < 3; ++i) {
        sessions.push_back(storetest::numberedSession(i));
    }
    return sessions;
}

core::Plan fivePlan()
{
    core::Answers answers;
    for (const core::Region group : core::kPrimaryGroups) {
        answers.setRating(group, {8, 2});
    }
    return core::RulesEngine(core::builtinProtocol()).plan(answers);
}

} // namespace

TEST_CASE("Report language: the session report PDF is in the language installed",
          "[store][pdf][l10n]")
{
    const report::GuiForReport gui;
    const auto sessions = someSessions();
    {
        const auto english = report::renderPdf(sessions);
        REQUIRE(english.ok());
        const QString text = pdfText(english.value());
        CHECK(text.contains(QStringLiteral("Tightside: self-check and release log")));
        CHECK(text.contains(QStringLiteral("This report is not medical advice.")));
    }
    const Speaking german("de");
    const auto pdf = report::renderPdf(sessions);
    REQUIRE(pdf.ok());
    const QString text = pdfText(pdf.value());
    CHECK(
        text.contains(QStringLiteral("Tightside: Aufzeichnung der Selbsttests und des Lockerns")));
    CHECK(text.contains(QStringLiteral("Dieser Bericht ist keine medizinische Beratung.")));
    CHECK(text.contains(QStringLiteral("Quadrizeps: Unterschied, links minus rechts")));
    CHECK(text.contains(QStringLiteral("Seite 1 von")));
    CHECK_FALSE(text.contains(QStringLiteral("self-check and release log")));
    CHECK_FALSE(text.contains(QStringLiteral("left minus right")));
    CHECK_FALSE(text.contains(QStringLiteral("Clinician's comments")));
}

TEST_CASE("Report language: the printed routine is in the language installed",
          "[store][pdf][handout][l10n]")
{
    const report::GuiForReport gui;
    const Speaking french("fr");
    const core::Protocol& protocol = core::builtinProtocol("fr");
    const auto pdf = report::renderHandout(fivePlan(), protocol);
    REQUIRE(pdf.ok());
    const QString text = pdfText(pdf.value());
    CHECK(text.contains(QStringLiteral("Tightside : votre routine du jour")));
    CHECK(text.contains(QStringLiteral("côté gauche")));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Ce n'est pas un avis médical.")));
    CHECK_FALSE(text.contains(QStringLiteral("today's routine")));
    CHECK_FALSE(text.contains(QStringLiteral("Left ")));
}

TEST_CASE("Report language: the text history is in the language installed", "[store][text][l10n]")
{
    const report::GuiForReport gui;
    const auto session = storetest::numberedSession(2);
    const std::string english = report::textEntry(session);
    CHECK(english.find("quadriceps") != std::string::npos);
    CHECK(english.find(" left ") != std::string::npos);
    const Speaking spanish("es");
    const std::string text = report::textEntry(session);
    CHECK(text.find(session.id) != std::string::npos);
    CHECK(text.find("cuádriceps") != std::string::npos);
    CHECK(text.find("izquierda") != std::string::npos);
    CHECK(text.find("dolor " + std::to_string(session.answers.painNow)) != std::string::npos);
    CHECK(text.find(" left ") == std::string::npos);
    CHECK(report::evidenceStatement().find("no es consejo médico") != std::string::npos);
}

TEST_CASE("Report language: English counts one and many in its plural forms", "[store][pdf][l10n]")
{
    // English is the source language, but "%n sessions" and "%n day(s)" have their singular
    // and plural all the same (resources/translations/tightside_en.ts).
    const report::GuiForReport gui;
    const Speaking english("en");
    const auto two =
        report::renderPdf({storetest::numberedSession(0), storetest::numberedSession(1)});
    REQUIRE(two.ok());
    CHECK(pdfText(two.value()).contains(QStringLiteral("to 2 Jan 2026: 2 sessions")));
    const auto days = [](int n) {
        return QCoreApplication::translate("CourseWords", "Your last check was %n day(s) ago.",
                                           nullptr, n);
    };
    CHECK(days(1) == QStringLiteral("Your last check was 1 day ago."));
    CHECK(days(3) == QStringLiteral("Your last check was 3 days ago."));
    const auto steps = [](int n) {
        return QCoreApplication::translate(
            "tightside::report::Pdf",
            "%n step(s) did not fit the time given and wait for the next session.", nullptr, n);
    };
    CHECK(steps(1).startsWith(QStringLiteral("1 step did not fit")));
    CHECK(steps(2).startsWith(QStringLiteral("2 steps did not fit")));
}

TEST_CASE("Report language: a table cell wraps instead of being cut off", "[store][pdf][l10n]")
{
    // German says "no clear change" in 27 letters, and five groups apart fill a long cell:
    // both are read back whole, never elided with "...".
    const report::GuiForReport gui;
    core::Session session = storetest::numberedSession(3);
    session.answers.painNow = 5;
    session.painAfter = 5;
    const Speaking german("de");
    const auto pdf = report::renderPdf({session});
    REQUIRE(pdf.ok());
    const QString text = pdfText(pdf.value());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("keine deutliche Veränderung")));
    // pdfText() reads an ellipsis as three dots (NFKC).
    CHECK_FALSE(text.contains(QStringLiteral("...")));
}
