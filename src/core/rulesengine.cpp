#include "tightside/core/rulesengine.h"

#include "tightside/core/gap.h"

#include <algorithm>

namespace tightside::core {
namespace {

struct Candidate
{
    const Group* group = nullptr;
    Rating rating;
    int gap = 0;
    std::size_t order = 0;
};

/// What today's dosage is and why: M10 (flare-up) and M7 (precautions) both ask for gentle.
struct DosageChoice
{
    Dosage dosage;
    bool flareUp = false;
    std::vector<std::string> precautions;
    bool chosen = false;
    std::vector<std::string> rules;
};

DosageChoice chooseDosage(const Protocol& protocol, const Answers& answers,
                          const PlanOptions& options)
{
    DosageChoice choice;
    if (answers.acuteFlareUp) {
        choice.flareUp = true;
        choice.rules.emplace_back("M10");
    }
    for (const std::string& id : answers.precautions) {
        const ScreeningQuestion* question = protocol.question(id);
        if (question != nullptr && question->gentle) {
            choice.precautions.push_back(id);
        }
    }
    if (!choice.precautions.empty()) {
        choice.rules.emplace_back("M7");
    }
    const bool gentle = choice.flareUp || !choice.precautions.empty();
    const DosageRange& range = gentle ? protocol.gentle : protocol.standard;
    choice.dosage.seconds = holdSeconds(protocol, gentle, options);
    choice.dosage.discomfortMax = range.discomfortMax;
    choice.dosage.gentle = gentle;
    choice.dosage.guidance = range.guidance;
    choice.chosen = choice.dosage.seconds != range.seconds;
    return choice;
}

Notice notice(NoticeKind kind, std::vector<std::string> rules)
{
    Notice out;
    out.kind = kind;
    out.rules = std::move(rules);
    return out;
}

} // namespace

std::optional<MeasuredGap> measuredGap(const Protocol& protocol, const Answers& answers,
                                       Region group)
{
    const Group* defined = protocol.group(group);
    const auto& measure = answers.measure(group);
    const auto& rating = answers.rating(group);
    if (defined == nullptr || !defined->measure || !measure || !rating) {
        return std::nullopt;
    }
    const std::optional<Side> ratingsTighter =
        gapCounts(*rating, protocol.threshold) ? tighterSide(*rating) : std::nullopt;
    return compareMeasured(*defined->measure, *measure, ratingsTighter);
}

namespace {

/// Contracts.md "Measured angles": each group measured on both sides gets `why.measured` on its
/// steps, and a MeasureDisagrees notice when the angles name the other side than the ratings
/// or find a gap of at least the MDC where the ratings call the group balanced. The ratings
/// still decide every step (M1, M2).
void addMeasures(const Protocol& protocol, const Answers& answers, Plan& plan)
{
    for (const Group& group : protocol.groups) {
        const auto gap = measuredGap(protocol, answers, group.region);
        if (!gap) {
            continue;
        }
        for (auto* list : {&plan.steps, &plan.deferred}) {
            for (Step& step : *list) {
                if (step.group == group.region) {
                    step.why.measured = gap;
                }
            }
        }
        const Rating& rating = *answers.rating(group.region); // measuredGap() needs it
        const std::optional<Side> ratingsTighter =
            gapCounts(rating, protocol.threshold) ? tighterSide(rating) : std::nullopt;
        if (measureDisagrees(*gap, ratingsTighter)) {
            Notice disagrees = notice(NoticeKind::MeasureDisagrees, {"M2"});
            disagrees.groups = {group.region};
            plan.notices.push_back(std::move(disagrees));
        }
    }
}

Plan seekCare(const Protocol& protocol, const Answers& answers, Plan plan)
{
    // What to do, each thing said once (issue 26): the urgency, then each flag's own advice
    // unless an earlier flag gave the same words. "If new signs appear, go at once" is for a
    // person told to wait for a visit; someone told to go now has heard it. No word on the
    // low back and glutes: there is no routine to keep them out of.
    plan.status = PlanStatus::SeekCare;
    plan.urgency = mostUrgent(protocol, answers.redFlags);
    const bool today = plan.urgency == Urgency::Today;
    plan.notices.push_back(
        notice(today ? NoticeKind::SeekCareToday : NoticeKind::SeekCareSoon, {"M7"}));
    std::vector<const std::string*> advised;
    for (const std::string& id : answers.redFlags) {
        const ScreeningQuestion* question = protocol.question(id);
        if (question == nullptr || question->advice.empty() ||
            std::any_of(advised.begin(), advised.end(), [question](const std::string* words) {
                return *words == question->advice;
            })) {
            continue;
        }
        advised.push_back(&question->advice);
        Notice advice = notice(NoticeKind::RedFlagAdvice, {"M7"});
        advice.id = id;
        plan.notices.push_back(std::move(advice));
    }
    if (!today) {
        plan.notices.push_back(notice(NoticeKind::Emergency, {"M7"}));
    }
    return plan;
}

} // namespace

int holdSeconds(const Protocol& protocol, bool gentle, const PlanOptions& options)
{
    const int usual = gentle ? protocol.gentle.seconds : protocol.standard.seconds;
    if (!options.holdSeconds) {
        return usual;
    }
    const int preferred =
        std::clamp(*options.holdSeconds, protocol.standard.minSeconds,
                   std::max(protocol.standard.minSeconds, protocol.standard.maxSeconds));
    // A gentle hold is never lengthened: it takes the shorter of the two (M7, M10).
    return gentle ? std::min(usual, preferred) : preferred;
}

RulesEngine::RulesEngine(const Protocol& protocol) : m_protocol(protocol) {}

Plan RulesEngine::plan(const Answers& answers, const PlanOptions& options) const
{
    const Protocol& protocol = m_protocol;
    Plan plan;
    plan.protocolId = protocol.id;
    plan.protocolVersion = protocol.version;
    plan.threshold = protocol.threshold;
    plan.never.assign(kNeverRegions.begin(), kNeverRegions.end());
    plan.withCourse = options.course != nullptr;

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
        if (!gapCounts(*rating, protocol.threshold)) {
            plan.balanced.push_back(group.region);
        } else {
            legsImbalanced = true;
            if (isLeftOut(group.region)) {
                plan.leftOut.push_back(group.region);
            } else {
                candidates.push_back({&group, *rating, gapOf(*rating), order});
            }
        }
    }
    // M4/M5: TFL, then lats, only once all five leg groups are balanced. A rated optional
    // group within the threshold is listed as balanced either way.
    for (std::size_t order = 0; order < protocol.groups.size(); ++order) {
        const Group& group = protocol.groups[order];
        const auto& rating = answers.rating(group.region);
        if (!group.optional || !rating) {
            continue;
        }
        if (!gapCounts(*rating, protocol.threshold)) {
            plan.balanced.push_back(group.region);
        } else if (legsImbalanced) {
            continue;
        } else if (isLeftOut(group.region)) {
            plan.leftOut.push_back(group.region);
        } else {
            candidates.push_back({&group, *rating, gapOf(*rating), order});
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

    const DosageChoice dosage = chooseDosage(protocol, answers, options);
    std::vector<Step> ordered;
    for (const Candidate& c : candidates) {
        Step step;
        step.group = c.group->region;
        // A candidate's gap counts, so its sides differ (the threshold is at least 1).
        step.side = tighterSide(c.rating).value_or(Side::Right);
        step.optional = c.group->optional;
        step.technique = c.group->technique;
        if (const Technique* technique = protocol.technique(c.group->technique)) {
            step.targets = technique->targets;
        }
        step.dosage = dosage.dosage;
        step.seconds = step.dosage.seconds;
        step.rules = {"M1", "M2"};
        if (step.optional) {
            step.rules.emplace_back(step.group == Region::Tfl ? "M4" : "M5");
        }
        step.rules.insert(step.rules.end(), dosage.rules.begin(), dosage.rules.end());
        step.why.kind = step.optional ? ReasonKind::OptionalGroup : ReasonKind::TighterSide;
        step.why.left = c.rating.left;
        step.why.right = c.rating.right;
        step.why.gap = c.gap;
        step.why.threshold = protocol.threshold;
        step.why.rank = c.group->rank;
        step.why.hold = step.seconds;
        step.why.holdChosen = dosage.chosen;
        step.why.flareUp = dosage.flareUp;
        step.why.precautions = dosage.precautions;
        ordered.push_back(std::move(step));
    }
    CourseEffect effect;
    if (options.course != nullptr) {
        effect = applyCourse(ordered, answers, protocol.threshold, *options.course, options.now);
        for (std::size_t i = 0; i < effect.fromDeferred; ++i) {
            ordered[i].why.fromDeferred = true;
            ordered[i].rules.emplace_back("M9");
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
            step.why.rules = step.rules;
            plan.steps.push_back(std::move(step));
        } else {
            step.rules.emplace_back("M9");
            step.why.rules = step.rules;
            step.why.deferredMinutes = *answers.minutes;
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
        plan.notices.push_back(notice(NoticeKind::AllResting, {"M6"}));
    } else if (plan.status == PlanStatus::Balanced) {
        Notice balanced =
            notice(plan.leftOut.empty() ? NoticeKind::Balanced : NoticeKind::AllLeftOut,
                   {plan.leftOut.empty() ? "M2" : "M7"});
        balanced.threshold = protocol.threshold;
        plan.notices.push_back(std::move(balanced));
    } else {
        Notice oneSide = notice(NoticeKind::ReleaseOneSide, {"M2", "M6"});
        oneSide.groups = plan.recheck;
        plan.notices.push_back(std::move(oneSide));
        plan.notices.push_back(notice(NoticeKind::PainRises, {"M7"}));
    }
    if (!plan.leftOut.empty()) {
        Notice leftOut = notice(NoticeKind::LeftOut, {"M7"});
        leftOut.groups = plan.leftOut;
        plan.notices.push_back(std::move(leftOut));
    }
    if (!plan.deferred.empty()) {
        Notice deferred = notice(NoticeKind::Deferred, {"M9"});
        deferred.count = static_cast<int>(plan.deferred.size());
        deferred.minutes = *answers.minutes;
        plan.notices.push_back(std::move(deferred));
    }
    for (const RestingGroup& resting : plan.resting) {
        Notice rests = notice(NoticeKind::Resting, {"M6"});
        rests.groups = {resting.group};
        rests.until = resting.until;
        plan.notices.push_back(std::move(rests));
    }
    for (const Stalled& stalled : effect.stalled) {
        Notice stall = notice(NoticeKind::NoClearChange, {"M6", "M8"});
        stall.groups = {stalled.group};
        stall.count = stalled.sessions;
        stall.firstGap = stalled.firstGap;
        stall.gap = stalled.gap;
        plan.notices.push_back(std::move(stall));
    }
    if (answers.acuteFlareUp) {
        Notice flare = notice(NoticeKind::FlareUp, {"M10"});
        flare.seconds = dosage.dosage.seconds;
        flare.discomfortMax = dosage.dosage.discomfortMax;
        plan.notices.push_back(std::move(flare));
    }
    for (const std::string& id : answers.precautions) {
        const ScreeningQuestion* question = protocol.question(id);
        if (question != nullptr && !question->note.empty()) {
            Notice note = notice(NoticeKind::PrecautionNote, {"M7"});
            note.id = id;
            plan.notices.push_back(std::move(note));
        }
    }
    addMeasures(protocol, answers, plan);
    plan.notices.push_back(notice(NoticeKind::Never, {"M3"}));
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
        Notice removedNotice;
        removedNotice.kind = NoticeKind::NeverRemoved;
        removedNotice.rules = {"M3"};
        removedNotice.count = static_cast<int>(removed);
        plan.notices.push_back(std::move(removedNotice));
    }
    return removed;
}

} // namespace tightside::core
