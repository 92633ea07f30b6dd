#include "tightside/core/rulesengine.h"

#include <algorithm>
#include <cstdlib>

namespace tightside::core {
namespace {

struct Candidate
{
    const Group* group = nullptr;
    Rating rating;
    int gap = 0;
    std::size_t order = 0;
};

std::string capitalized(std::string_view text)
{
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

std::string joinNames(const std::vector<Region>& regions)
{
    std::string out;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        if (i > 0) {
            out += i + 1 == regions.size() ? " and " : ", ";
        }
        out += regionName(regions[i]);
    }
    return out;
}

std::string points(int n)
{
    return std::to_string(n) + (n == 1 ? " point" : " points");
}

/// What today's dosage is and why: M10 (flare-up) and M7 (precautions) both ask for gentle.
struct DosageChoice
{
    const Dosage* dosage = nullptr;
    bool gentle = false;
    std::string because; // ", because ..." or empty
    std::vector<std::string> rules;
};

DosageChoice chooseDosage(const Protocol& protocol, const Answers& answers)
{
    DosageChoice choice;
    std::vector<std::string> causes;
    if (answers.acuteFlareUp) {
        causes.emplace_back("of your flare-up (M10)");
        choice.rules.emplace_back("M10");
    }
    bool precaution = false;
    for (const std::string& id : answers.precautions) {
        const ScreeningQuestion* question = protocol.question(id);
        if (question != nullptr && question->gentle) {
            std::string words = id;
            std::replace(words.begin(), words.end(), '_', ' ');
            causes.push_back("of your screening answer \"" + words + "\" (M7)");
            precaution = true;
        }
    }
    if (precaution) {
        choice.rules.emplace_back("M7");
    }
    choice.gentle = !causes.empty();
    choice.dosage = choice.gentle ? &protocol.gentle : &protocol.standard;
    for (std::size_t i = 0; i < causes.size(); ++i) {
        choice.because += i == 0 ? ", because " : " and ";
        choice.because += causes[i];
    }
    return choice;
}

std::string stepReason(const Protocol& protocol, const Candidate& c, Side side,
                       const DosageChoice& dosage, bool optional)
{
    const Group& group = *c.group;
    const std::string sideWord(sideId(side));
    std::string reason = capitalized(sideWord) + " " + group.name;
    if (!group.where.empty()) {
        reason += " (" + group.where + ")";
    }
    reason += ": you rated left " + std::to_string(c.rating.left) + " and right " +
              std::to_string(c.rating.right) + ", a gap of " + points(c.gap) +
              ". That reaches the threshold of " + points(protocol.threshold) +
              ", so it is a real difference. Only the tighter " + sideWord +
              " side is released, so that the two sides come closer (M2).";
    if (optional) {
        reason += " Optional: all five leg groups are balanced, so the " + group.name +
                  " can be worked now (" + (group.region == Region::Tfl ? "M4" : "M5") + ").";
    } else {
        reason += " Order: this group has priority " + std::to_string(group.rank) +
                  "; when groups share a priority, the bigger gap goes first (M1).";
    }
    reason += " Hold " + std::to_string(dosage.dosage->seconds) + " s, " +
              (dosage.gentle ? "the gentle time" + dosage.because : std::string("the usual time")) +
              ".";
    return reason;
}

/// "Text." -> "Text (M7)."
std::string withRule(const std::string& sentence, std::string_view rule)
{
    std::string out = sentence;
    const bool stop = !out.empty() && out.back() == '.';
    if (stop) {
        out.pop_back();
    }
    out += " (";
    out += rule;
    out += ").";
    return out;
}

void addPrecautionNotes(const Protocol& protocol, const Answers& answers,
                        std::vector<std::string>& messages)
{
    for (const std::string& id : answers.precautions) {
        const ScreeningQuestion* question = protocol.question(id);
        if (question != nullptr && !question->note.empty()) {
            messages.push_back(withRule(question->note, "M7"));
        }
    }
}

Plan seekCare(const Protocol& protocol, const Answers& answers, Plan plan)
{
    plan.status = PlanStatus::SeekCare;
    bool today = false;
    for (const std::string& id : answers.redFlags) {
        const ScreeningQuestion* question = protocol.question(id);
        // An id the protocol does not know still stops the routine; it is treated as urgent.
        today = today || question == nullptr || question->urgency == Urgency::Today;
    }
    plan.urgency = today ? Urgency::Today : Urgency::Soon;
    plan.messages.emplace_back(
        today ? "Please get medical help today: go to an emergency department now, or call your "
                "emergency number. One of your answers can be a sign of something that needs a "
                "doctor quickly. There is no release routine today (M7)."
              : "Please book a visit with a doctor or physiotherapist in the next few days. One "
                "of your answers should be checked by a clinician before any release work. There "
                "is no release routine until then (M7).");
    for (const std::string& id : answers.redFlags) {
        const ScreeningQuestion* question = protocol.question(id);
        if (question != nullptr && !question->advice.empty()) {
            plan.messages.push_back(question->advice);
        }
    }
    plan.messages.emplace_back(
        "If new numbness, weakness in a leg, or bladder or bowel changes appear, go to an "
        "emergency department at once.");
    plan.messages.emplace_back(neverMessage());
    return plan;
}

} // namespace

std::string_view neverMessage()
{
    return "The low back and glutes are left alone on purpose: they are usually holding your "
           "hips steady against a pull from the legs, so they are the messenger, not the "
           "cause. Tightside works on the tighter side of the legs instead (M3).";
}

RulesEngine::RulesEngine(const Protocol& protocol) : m_protocol(protocol) {}

Plan RulesEngine::plan(const Answers& answers) const
{
    return planWith(answers, nullptr, {});
}

Plan RulesEngine::plan(const Answers& answers, const CourseContext& course, UtcTime now) const
{
    return planWith(answers, &course, now);
}

Plan RulesEngine::planWith(const Answers& answers, const CourseContext* course, UtcTime now) const
{
    const Protocol& protocol = m_protocol;
    Plan plan;
    plan.protocolId = protocol.id;
    plan.protocolVersion = protocol.version;
    plan.threshold = protocol.threshold;
    plan.never.assign(kNeverRegions.begin(), kNeverRegions.end());
    plan.withCourse = course != nullptr;

    // M7: screening comes first; a red flag means no routine at all.
    if (!answers.redFlags.empty()) {
        plan = seekCare(protocol, answers, std::move(plan));
        enforceNeverTargets(plan);
        return plan;
    }

    std::vector<Region> leaveOut;
    for (const std::string& id : answers.precautions) {
        if (const ScreeningQuestion* question = protocol.question(id)) {
            leaveOut.insert(leaveOut.end(), question->leaveOut.begin(), question->leaveOut.end());
        }
    }
    const auto isLeftOut = [&leaveOut](Region region) {
        return std::find(leaveOut.begin(), leaveOut.end(), region) != leaveOut.end();
    };

    // M1/M2: every primary group with a gap of at least the threshold is a candidate.
    std::vector<Candidate> candidates;
    bool legsImbalanced = false;
    for (std::size_t order = 0; order < protocol.groups.size(); ++order) {
        const Group& group = protocol.groups[order];
        const auto& rating = answers.rating(group.region);
        if (group.optional || !rating) {
            continue;
        }
        const int gap = std::abs(rating->left - rating->right);
        if (gap < protocol.threshold) {
            plan.balanced.push_back(group.region);
        } else {
            legsImbalanced = true;
            if (isLeftOut(group.region)) {
                plan.leftOut.push_back(group.region);
            } else {
                candidates.push_back({&group, *rating, gap, order});
            }
        }
    }
    // M4/M5: TFL, then lats, only once all five leg groups are balanced.
    if (!legsImbalanced) {
        for (std::size_t order = 0; order < protocol.groups.size(); ++order) {
            const Group& group = protocol.groups[order];
            const auto& rating = answers.rating(group.region);
            if (!group.optional || !rating) {
                continue;
            }
            const int gap = std::abs(rating->left - rating->right);
            if (gap < protocol.threshold) {
                plan.balanced.push_back(group.region);
            } else if (isLeftOut(group.region)) {
                plan.leftOut.push_back(group.region);
            } else {
                candidates.push_back({&group, *rating, gap, order});
            }
        }
    }
    // M1: by rank, then the larger gap, then protocol order. Optional groups come after every
    // leg group whatever their rank, TFL before lats (M4, M5).
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.group->optional != b.group->optional) {
            return !a.group->optional;
        }
        if (a.group->optional && a.group->region != b.group->region) {
            return a.group->region == Region::Tfl;
        }
        if (a.group->rank != b.group->rank) {
            return a.group->rank < b.group->rank;
        }
        if (a.gap != b.gap) {
            return a.gap > b.gap;
        }
        return a.order < b.order;
    });

    const DosageChoice dosage = chooseDosage(protocol, answers);
    std::vector<Step> ordered;
    for (const Candidate& c : candidates) {
        Step step;
        step.group = c.group->region;
        step.side = c.rating.left > c.rating.right ? Side::Left : Side::Right;
        step.optional = c.group->optional;
        step.technique = c.group->technique;
        if (const Technique* technique = protocol.technique(c.group->technique)) {
            step.targets = technique->targets;
        }
        step.seconds = dosage.dosage->seconds;
        step.rules = {"M1", "M2"};
        if (step.optional) {
            step.rules.emplace_back(step.group == Region::Tfl ? "M4" : "M5");
        }
        step.rules.insert(step.rules.end(), dosage.rules.begin(), dosage.rules.end());
        step.reason = stepReason(protocol, c, step.side, dosage, step.optional);
        ordered.push_back(std::move(step));
    }
    CourseEffect effect;
    if (course != nullptr) {
        effect = applyCourse(ordered, answers, protocol.threshold, *course, now);
        for (std::size_t i = 0; i < effect.fromDeferred; ++i) {
            ordered[i].fromDeferred = true;
            ordered[i].rules.emplace_back("M9");
            ordered[i].reason += " It comes first today because it did not fit in the time you "
                                 "had last session (M9).";
        }
        for (const Resting& resting : effect.resting) {
            plan.resting.push_back({resting.group, isoUtc(resting.until)});
        }
        for (const Stalled& stalled : effect.stalled) {
            plan.noClearChange.push_back(stalled.group);
        }
    }
    const int budget = answers.minutes ? *answers.minutes * 60 : 0;
    int used = 0;
    for (Step& step : ordered) {
        // M9: keep steps in order while they fit; the first step is always kept.
        const bool fits = !answers.minutes || plan.steps.empty() ||
                          (plan.deferred.empty() && used + step.seconds <= budget);
        if (fits) {
            used += step.seconds;
            plan.steps.push_back(std::move(step));
        } else {
            step.rules.emplace_back("M9");
            step.reason += " Moved to the next session: it did not fit in today's " +
                           std::to_string(*answers.minutes) + " min (M9).";
            plan.deferred.push_back(std::move(step));
        }
    }

    plan.status = plan.steps.empty() ? PlanStatus::Balanced : PlanStatus::Routine;
    for (const Step& step : plan.steps) {
        plan.recheck.push_back(step.group);
    }
    // A resting group is not released again, but its re-check stays.
    for (const RestingGroup& resting : plan.resting) {
        plan.recheck.push_back(resting.group);
    }

    if (plan.status == PlanStatus::Balanced && !plan.resting.empty()) {
        plan.messages.emplace_back(
            "There is nothing to release right now: every group that differs was released in "
            "the last 24 hours and rests (see below). Rate both sides again all the same.");
    } else if (plan.status == PlanStatus::Balanced) {
        plan.messages.push_back(
            plan.leftOut.empty()
                ? "Your two sides differ by less than " + points(protocol.threshold) +
                      " in every group, so they count as balanced and there is nothing to "
                      "release today (M2). Check again in two or three days. If your back still "
                      "hurts after a few sessions, see a doctor or physiotherapist."
                : "There is nothing to release today: the groups that differ were left out "
                  "because of your screening answers (M7). Ask a clinician about them.");
    } else {
        plan.messages.push_back(
            "Release only the side each step names, not both. Afterwards, rate both sides of " +
            joinNames(plan.recheck) + " again, so you can see the gap shrink (M2, M6).");
        plan.messages.emplace_back("If pain rises during a release, ease the pressure or stop; "
                                   "the player has a stop button for this (M7).");
    }
    if (!plan.leftOut.empty()) {
        plan.messages.push_back("Left out today because of your screening answers: " +
                                joinNames(plan.leftOut) + " (M7).");
    }
    if (!plan.deferred.empty()) {
        plan.messages.push_back(std::to_string(plan.deferred.size()) +
                                (plan.deferred.size() == 1 ? " step does" : " steps do") +
                                " not fit in your " + std::to_string(*answers.minutes) +
                                " min today; they come first next time (M9).");
    }
    for (const RestingGroup& resting : plan.resting) {
        plan.messages.push_back(
            capitalized(regionName(resting.group)) +
            " was released less than 24 hours ago, so it rests today; it can be released again "
            "from " +
            resting.until.substr(0, 10) + " " + resting.until.substr(11, 5) +
            " UTC. Rate both sides after the routine all the same, to see how it holds.");
    }
    for (const Stalled& stalled : effect.stalled) {
        plan.messages.push_back(
            "Your " + std::string(regionName(stalled.group)) +
            " gap has not clearly changed over " + "your last " + std::to_string(stalled.sessions) +
            " sessions (your ratings: " + points(stalled.firstGap) + " at the first of them, " +
            points(stalled.gap) +
            " today). That can happen. It may be time to ask a doctor or physiotherapist to have "
            "a look; today's routine is below as usual (M6, M8).");
    }
    if (answers.acuteFlareUp) {
        plan.messages.push_back(
            "You have a flare-up: every hold is gentle, " +
            std::to_string(protocol.gentle.seconds) + " s with discomfort no more than " +
            std::to_string(protocol.gentle.discomfortMax) +
            " out of 10. The hips and back are left alone on purpose; the work stays on the "
            "legs (M10).");
    }
    addPrecautionNotes(protocol, answers, plan.messages);
    plan.messages.emplace_back(neverMessage());
    enforceNeverTargets(plan);
    return plan;
}

std::size_t enforceNeverTargets(Plan& plan)
{
    const auto touchesNever = [](const Step& step) {
        return isNeverRegion(step.group) ||
               std::any_of(step.targets.begin(), step.targets.end(), isNeverRegion);
    };
    std::size_t removed = 0;
    for (auto* list : {&plan.steps, &plan.deferred}) {
        const auto it = std::remove_if(list->begin(), list->end(), touchesNever);
        removed += static_cast<std::size_t>(list->end() - it);
        list->erase(it, list->end());
    }
    if (removed > 0) {
        plan.recheck.clear();
        for (const Step& step : plan.steps) {
            plan.recheck.push_back(step.group);
        }
        if (plan.steps.empty() && plan.status == PlanStatus::Routine) {
            plan.status = PlanStatus::Balanced;
        }
        plan.messages.emplace_back(
            "A step that touched the low back, glutes, spine or lower ribs was removed: "
            "Tightside never works there, whatever a protocol says (M3).");
    }
    return removed;
}

} // namespace tightside::core
