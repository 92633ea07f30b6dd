#include "tightside/report/report.h"

#include "tightside/core/course.h"
#include "tightside/core/progress.h"

#include <array>
#include <cstdio>

namespace tightside::report {
namespace {

using core::Region;

std::string rating(const std::optional<core::Rating>& value, bool left)
{
    if (!value) {
        return {};
    }
    return std::to_string(left ? value->left : value->right);
}

std::string optionalNumber(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : std::string();
}

std::string stepsText(const core::Session& session)
{
    std::string text;
    for (const core::DoneStep& step : session.done) {
        if (!text.empty()) {
            text += "; ";
        }
        text += std::string(core::regionId(step.group)) + " " +
                std::string(core::sideId(step.side)) + " " + step.technique + " " +
                std::to_string(step.seconds) + "s " + std::string(core::outcomeId(step.outcome));
    }
    return text;
}

/// "red_flag today: bladder_change; recent_fracture", or empty when the check was not stopped.
std::string stoppedText(const core::Session& session)
{
    if (!session.stopped) {
        return {};
    }
    std::string text = "red_flag " + std::string(core::urgencyId(session.stopped->urgency)) + ":";
    for (std::size_t i = 0; i < session.stopped->flags.size(); ++i) {
        text += (i == 0 ? " " : "; ") + session.stopped->flags[i];
    }
    return text;
}

/// A measured angle with its one decimal ("128.5", "139.0"); empty when not measured.
std::string angle(const std::optional<core::GroupMeasure>& measure, bool left)
{
    const auto& value = !measure ? std::optional<double>() : left ? measure->left : measure->right;
    if (!value) {
        return {};
    }
    std::array<char, 16> text{};
    std::snprintf(text.data(), text.size(), "%.1f", *value);
    return text.data();
}

int completed(const core::Session& session)
{
    return core::countOutcomes(session.done).completed;
}

std::string joinRow(const std::vector<std::string>& cells)
{
    std::string row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            row += ',';
        }
        row += csvField(cells[i]);
    }
    row += "\r\n";
    return row;
}

} // namespace

std::string neutraliseCell(std::string_view text)
{
    if (!text.empty()) {
        const char first = text.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
            first == '\r') {
            return "'" + std::string(text);
        }
    }
    return std::string(text);
}

std::string csvField(std::string_view text)
{
    const std::string cell = neutraliseCell(text);
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"') {
            quoted += '"';
        }
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csvHeader()
{
    std::vector<std::string> cells = {"id", "date", "finished", "pain_before", "pain_after"};
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        const std::string group(core::regionId(static_cast<Region>(i)));
        for (const char* column :
             {"_left_before", "_right_before", "_left_after", "_right_after"}) {
            cells.push_back(group + column);
        }
    }
    cells.insert(cells.end(), {"steps_planned", "steps_completed", "steps_done", "notes"});
    // Verdicts last, so that scripts reading the older columns by position still work.
    cells.emplace_back("pain_verdict");
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        cells.push_back(std::string(core::regionId(static_cast<Region>(i))) + "_gap_verdict");
    }
    // Then what matters to the person, after the verdicts for the same reason: one name and
    // score pair per place, empty where the session rated fewer (or none).
    for (std::size_t i = 1; i <= core::kMaxActivities; ++i) {
        const std::string place = "activity_" + std::to_string(i);
        cells.insert(cells.end(), {place + "_name", place + "_score"});
    }
    // A check stopped by a red flag (contracts.md, third wave), empty for the others.
    cells.emplace_back("stopped");
    // Measured angles (contracts.md "Measured angles"), after every other column.
    for (const Region group : core::kPrimaryGroups) {
        const std::string id(core::regionId(group));
        cells.insert(cells.end(), {id + "_angle_left", id + "_angle_right"});
    }
    return joinRow(cells);
}

std::string csvRow(const core::Session& session)
{
    // A stopped check was never asked its pain: the cell stays empty, not 0.
    std::vector<std::string> cells = {session.id, session.started, session.finished.value_or(""),
                                      session.stopped ? std::string()
                                                      : std::to_string(session.answers.painNow),
                                      optionalNumber(session.painAfter)};
    for (std::size_t i = 0; i < core::kGroupCount; ++i) {
        const auto& before = session.answers.ratings.at(i);
        const auto& after = session.recheck.at(i);
        cells.insert(cells.end(), {rating(before, true), rating(before, false), rating(after, true),
                                   rating(after, false)});
    }
    cells.insert(cells.end(),
                 {std::to_string(session.plan.steps.size()), std::to_string(completed(session)),
                  stepsText(session), session.notes});
    const core::SessionVerdicts verdicts = core::sessionVerdicts(session);
    const auto id = [](const std::optional<core::Verdict>& v) {
        return v ? std::string(core::verdictId(*v)) : std::string();
    };
    cells.push_back(id(verdicts.pain));
    for (const auto& group : verdicts.groups) {
        cells.push_back(id(group));
    }
    for (std::size_t i = 0; i < core::kMaxActivities; ++i) {
        if (i < session.activities.size()) {
            const core::Activity& activity = session.activities[i];
            cells.insert(cells.end(), {activity.name, std::to_string(activity.score)});
        } else {
            cells.insert(cells.end(), {std::string(), std::string()});
        }
    }
    cells.push_back(stoppedText(session));
    for (const Region group : core::kPrimaryGroups) {
        const auto& measure = session.answers.measure(group);
        cells.insert(cells.end(), {angle(measure, true), angle(measure, false)});
    }
    return joinRow(cells);
}

} // namespace tightside::report
