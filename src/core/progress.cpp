#include "tightside/core/progress.h"

#include <algorithm>

namespace tightside::core {

OutcomeCounts countOutcomes(const std::vector<DoneStep>& done)
{
    OutcomeCounts counts;
    for (const DoneStep& step : done) {
        switch (step.outcome) {
        case Outcome::Completed:
            ++counts.completed;
            break;
        case Outcome::Skipped:
            ++counts.skipped;
            break;
        case Outcome::StoppedPain:
            ++counts.stoppedPain;
            break;
        }
    }
    return counts;
}

std::string_view changeId(Change change)
{
    return verdictId(change);
}

Change lowerIsBetter(int before, int after)
{
    return verdict(before, after, Direction::LowerIsBetter);
}

std::optional<PainChange> painChange(const Session& session)
{
    if (!session.painAfter) {
        return std::nullopt;
    }
    return PainChange{session.answers.painNow, *session.painAfter};
}

std::vector<DoneStep> doneSteps(const std::vector<Step>& steps,
                                const std::vector<StepRecord>& records)
{
    std::vector<DoneStep> done;
    done.reserve(records.size());
    for (const StepRecord& record : records) {
        if (record.step >= steps.size()) {
            continue;
        }
        const Step& step = steps[record.step];
        done.push_back({step.group, step.side, step.technique, record.secondsHeld, record.outcome});
    }
    return done;
}

ResumePoint resumePoint(const std::vector<Step>& steps, const std::vector<DoneStep>& done)
{
    ResumePoint point;
    for (const DoneStep& entry : done) {
        // A plan has at most one step per group, so the group, side and technique name it.
        const auto matches = [&](std::size_t i) {
            const Step& step = steps[i];
            return step.group == entry.group && step.side == entry.side &&
                   step.technique == entry.technique;
        };
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < steps.size() && !found; ++i) {
            if (matches(i)) {
                found = i;
            }
        }
        if (!found) {
            continue;
        }
        point.records.push_back({*found, entry.outcome, entry.seconds});
        point.nextIndex = std::max(point.nextIndex, *found + 1);
    }
    return point;
}

int totalHoldSeconds(const std::vector<Step>& steps)
{
    int total = 0;
    for (const Step& step : steps) {
        total += step.seconds;
    }
    return total;
}

std::vector<Region> recheckGroups(const Session& session)
{
    std::vector<Region> groups = session.plan.recheck;
    for (const DoneStep& done : session.done) {
        if (std::find(groups.begin(), groups.end(), done.group) == groups.end()) {
            groups.push_back(done.group);
        }
    }
    return groups;
}

std::vector<Region> remeasureGroups(const Session& session)
{
    std::vector<Region> groups;
    for (const Region group : recheckGroups(session)) {
        if (session.answers.measure(group).has_value()) {
            groups.push_back(group);
        }
    }
    return groups;
}

GroupMeasures recheckMeasures(const Session& session, const GroupMeasures& measured)
{
    GroupMeasures out{};
    for (const Region group : remeasureGroups(session)) {
        const auto& after = measured.at(indexOf(group));
        if (!after || (!after->left && !after->right)) {
            continue;
        }
        out.at(indexOf(group)) =
            GroupMeasure{session.answers.measure(group)->test, after->left, after->right};
    }
    return out;
}

bool wasReleased(const Session& session, Region group)
{
    return std::any_of(session.done.begin(), session.done.end(), [group](const DoneStep& step) {
        return step.group == group &&
               (step.outcome == Outcome::Completed || step.outcome == Outcome::StoppedPain);
    });
}

std::optional<Side> releasedSide(const Session& session, Region group)
{
    std::optional<Side> released;
    for (const DoneStep& done : session.done) {
        if (done.group == group) {
            released = done.side;
        }
    }
    return released;
}

} // namespace tightside::core
