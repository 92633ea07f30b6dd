// "Print today's routine" (issue 15): a one-page PDF handout of the plan.

#include "tightside/core/rulesengine.h"
#include "tightside/report/handout.h"
#include "tightside/report/report.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace tightside;

namespace {

int pageCount(const QByteArray& pdf)
{
    // Each page object is "/Type /Page"; the page tree is "/Type /Pages".
    return static_cast<int>(
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

} // namespace

TEST_CASE("Handout: the routine fits one page, even with every group", "[store][pdf][handout]")
{
    const report::GuiForReport gui;
    core::Answers answers;
    for (const core::Region group : core::kPrimaryGroups) {
        answers.setRating(group, {8, 2});
    }
    const core::Plan plan = core::RulesEngine(core::builtinProtocol()).plan(answers);
    REQUIRE(plan.steps.size() == 5);
    const auto pdf = report::renderHandout(plan, core::builtinProtocol());
    REQUIRE(pdf.ok());
    CHECK(pdf.value().startsWith("%PDF-"));
    CHECK(pageCount(pdf.value()) == 1);

    // The count can fail: the session report of many sessions has more than one page.
    std::vector<core::Session> many(60);
    for (std::size_t i = 0; i < many.size(); ++i) {
        many[i].started = "2026-11-25T10:30:00Z";
        many[i].answers = answers;
        many[i].plan = plan;
    }
    const auto report = report::renderPdf(many);
    REQUIRE(report.ok());
    CHECK(pageCount(report.value()) > 1);
}
