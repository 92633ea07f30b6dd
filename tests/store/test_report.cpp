// CSV a spreadsheet cannot be tricked by, text for people, and a PDF made with no display.

#include "sessionfactory.h"

#include "tightside/report/report.h"

#include <catch2/catch.hpp>

using namespace tightside::report;

namespace {

/// A small RFC 4180 reader: enough to prove the writer's quoting round-trips.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    if (rows.back().empty() && cell.empty()) {
        rows.pop_back();
    }
    return rows;
}

} // namespace

TEST_CASE("cells that a spreadsheet would run as a formula are neutralised", "[store][csv]")
{
    CHECK(neutraliseCell("=1+1") == "'=1+1");
    CHECK(neutraliseCell("+SUM(A1)") == "'+SUM(A1)");
    CHECK(neutraliseCell("-2+3") == "'-2+3");
    CHECK(neutraliseCell("@cmd") == "'@cmd");
    CHECK(neutraliseCell("\tx") == "'\tx");
    CHECK(neutraliseCell("fine = fine") == "fine = fine");
    CHECK(neutraliseCell("7") == "7");
    CHECK(neutraliseCell("") == "");
}

TEST_CASE("CSV fields are quoted per RFC 4180", "[store][csv]")
{
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

TEST_CASE("one CSV row per session, with as many cells as the header", "[store][csv]")
{
    auto session = storetest::numberedSession(3);
    session.notes = "=cmd|' /C calc'!A0, then \"quotes\"\nand a line";
    const std::string text = csvHeader() + csvRow(session) + csvRow(storetest::numberedSession(4));
    const auto rows = parseCsv(text);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].size() == rows[0].size());
    CHECK(rows[2].size() == rows[0].size());
    CHECK(rows[0][0] == "id");
    CHECK(rows[1][0] == session.id);
    CHECK(rows[1][3] == std::to_string(session.answers.painNow));
    const auto column = [&rows](const std::string& name) {
        return static_cast<std::size_t>(std::find(rows[0].begin(), rows[0].end(), name) -
                                        rows[0].begin());
    };
    CHECK(rows[1][column("notes")] == "'" + session.notes);
    const auto quads = session.answers.rating(tightside::core::Region::Quadriceps);
    CHECK(rows[1][column("quadriceps_left_before")] == std::to_string(quads->left));
    CHECK(rows[1][column("quadriceps_right_before")] == std::to_string(quads->right));
    CHECK(rows[1][column("tfl_left_before")].empty());
}

TEST_CASE("the CSV ends with each leg group's measured angles, one decimal",
          "[store][csv][measure]")
{
    auto session = storetest::numberedSession(3);
    session.answers.measures.at(tightside::core::indexOf(tightside::core::Region::Hamstrings)) =
        tightside::core::GroupMeasure{"active_knee_extension", 31.0, std::nullopt};
    const auto rows = parseCsv(csvHeader() + csvRow(session));
    REQUIRE(rows.size() == 2);
    REQUIRE(rows[0].size() >= 10);
    const std::vector<std::string> last(rows[0].end() - 10, rows[0].end());
    CHECK(last == std::vector<std::string>{"quadriceps_angle_left", "quadriceps_angle_right",
                                           "hip_flexors_angle_left", "hip_flexors_angle_right",
                                           "adductors_angle_left", "adductors_angle_right",
                                           "it_band_angle_left", "it_band_angle_right",
                                           "hamstrings_angle_left", "hamstrings_angle_right"});
    CHECK(rows[1][rows[0].size() - 2] == "31.0");
    CHECK(rows[1][rows[0].size() - 1].empty());
    CHECK(rows[1][rows[0].size() - 10].empty());
}

TEST_CASE("the text history names pain, ratings and outcomes", "[store][text]")
{
    const auto session = storetest::numberedSession(2);
    const std::string text = textEntry(session);
    CHECK(text.find(session.id) != std::string::npos);
    CHECK(text.find("quadriceps") != std::string::npos);
    CHECK(text.find("pain " + std::to_string(session.answers.painNow)) != std::string::npos);
}

TEST_CASE("the PDF renders with no display and says what the method is not", "[store][pdf]")
{
    const GuiForReport gui; // offscreen; no display needed
    std::vector<tightside::core::Session> sessions;
    for (std::uint32_t i = 0; i < 5; ++i) {
        sessions.push_back(storetest::numberedSession(i));
    }
    const auto pdf = renderPdf(sessions);
    REQUIRE(pdf.ok());
    CHECK(pdf.value().startsWith("%PDF-"));
    CHECK(pdf.value().size() > 2000);
    CHECK(evidenceStatement().find("not been tested in clinical trials") != std::string::npos);
    CHECK(evidenceStatement().find("not medical advice") != std::string::npos);
    const auto empty = renderPdf({});
    REQUIRE(empty.ok());
    CHECK(empty.value().startsWith("%PDF-"));
}
