#include "tightside/text/planwords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tightside::text {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("PlanWords", text, nullptr, n);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

/// "a", "a and b", "a, b and c": each join is its own translatable pattern.
QString joinList(const QStringList& items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString out = items.front();
    for (qsizetype i = 1; i < items.size(); ++i) {
        out = (i + 1 == items.size() ? tr("%1 and %2") : tr("%1, %2")).arg(out, items[i]);
    }
    return out;
}

QString regionList(const std::vector<core::Region>& regions)
{
    QStringList names;
    for (const core::Region region : regions) {
        names.push_back(regionText(region));
    }
    return joinList(names);
}

/// A precaution answer as a person would name it: "varicose veins".
QString answerName(const std::string& id)
{
    QString words = qs(id);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

QString groupName(const core::Step& step, const core::Protocol& protocol)
{
    const core::Group* group = protocol.group(step.group);
    return group != nullptr && !group->name.empty() ? qs(group->name) : regionText(step.group);
}

QString firstSentence(const core::Step& step, const core::Protocol& protocol)
{
    const core::Group* group = protocol.group(step.group);
    const QString name = groupName(step, protocol);
    const core::Reason& why = step.why;
    const bool left = step.side == core::Side::Left;
    if (group != nullptr && !group->where.empty()) {
        return (left ? tr("Left %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.")
                     : tr("Right %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6."))
            .arg(name, qs(group->where))
            .arg(step.seconds)
            .arg(why.left)
            .arg(why.right)
            .arg(why.gap);
    }
    return (left ? tr("Left %1, %2 s: you rated left %3 and right %4, a gap of %5.")
                 : tr("Right %1, %2 s: you rated left %3 and right %4, a gap of %5."))
        .arg(name)
        .arg(step.seconds)
        .arg(why.left)
        .arg(why.right)
        .arg(why.gap);
}

QString holdSentence(const core::Reason& why)
{
    QStringList answers;
    for (const std::string& id : why.precautions) {
        answers.push_back(answerName(id));
    }
    QString out;
    if (why.flareUp && !answers.isEmpty()) {
        out = tr("The hold is gentle because of your flare-up and your screening answers "
                 "(%1).")
                  .arg(joinList(answers));
    } else if (why.flareUp) {
        out = tr("The hold is gentle because of your flare-up.");
    } else if (!answers.isEmpty()) {
        out =
            tr("The hold is gentle because of your screening answers (%1).").arg(joinList(answers));
    } else {
        return why.holdChosen ? tr("That is the hold length you chose.")
                              : tr("That is the usual hold.");
    }
    if (why.holdChosen) {
        out += QLatin1Char(' ') + tr("It is the shorter length you chose.");
    }
    return out;
}

/// A stored UTC time as the person's own clock shows it: "2026-11-27 09:00".
QString localTime(const std::string& isoUtc)
{
    QDateTime time = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    if (!time.isValid()) {
        return qs(isoUtc);
    }
    time.setTimeSpec(Qt::UTC);
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString minutes(int n)
{
    return n == 1 ? tr("one minute") : tr("%n minutes", n);
}

} // namespace

QString regionText(core::Region region)
{
    switch (region) {
    case core::Region::Quadriceps:
        return tr("quadriceps");
    case core::Region::HipFlexors:
        return tr("hip flexors");
    case core::Region::Adductors:
        return tr("adductors");
    case core::Region::ItBand:
        return tr("IT band");
    case core::Region::Hamstrings:
        return tr("hamstrings");
    case core::Region::Tfl:
        return tr("TFL");
    case core::Region::Lats:
        return tr("lats");
    case core::Region::LowBack:
        return tr("low back");
    case core::Region::Glutes:
        return tr("glutes");
    case core::Region::Spine:
        return tr("spine");
    case core::Region::LowerRibs:
        return tr("lower ribs");
    }
    return qs(std::string(core::regionName(region)));
}

QString reasonText(const core::Step& step, const core::Protocol& protocol)
{
    const core::Reason& why = step.why;
    QStringList sentences{firstSentence(step, protocol)};
    sentences.push_back(tr("A gap of %1 or more is a real difference, so only the tighter side "
                           "is released, to bring the two sides closer.")
                            .arg(why.threshold));
    if (why.kind == core::ReasonKind::OptionalGroup) {
        sentences.push_back(tr("All five leg groups are balanced, so the %1 can be worked now; "
                               "this step is optional.")
                                .arg(groupName(step, protocol)));
    } else {
        sentences.push_back(tr("This group comes at priority %1; when groups share a priority, "
                               "the bigger gap goes first.")
                                .arg(why.rank));
    }
    sentences.push_back(holdSentence(why));
    if (why.fromDeferred) {
        sentences.push_back(
            tr("It comes first today because it did not fit in the time you had last session."));
    }
    if (why.deferredMinutes) {
        sentences.push_back(tr("It did not fit in today's %1, so it comes first next time.")
                                .arg(minutes(*why.deferredMinutes)));
    }
    return sentences.join(QLatin1Char(' '));
}

QString noticeText(const core::Notice& notice, const core::Protocol& protocol)
{
    using core::NoticeKind;
    switch (notice.kind) {
    case NoticeKind::SeekCareToday:
        return tr("Please get medical help today: go to an emergency department now, or call "
                  "your emergency number. One of your answers can be a sign of something that "
                  "needs a doctor quickly. There is no release routine today.");
    case NoticeKind::SeekCareSoon:
        return tr("Please book a visit with a doctor or physiotherapist in the next few days. "
                  "One of your answers should be checked by a clinician before any release "
                  "work. There is no release routine until then.");
    case NoticeKind::RedFlagAdvice:
    case NoticeKind::PrecautionNote: {
        const core::ScreeningQuestion* question = protocol.question(notice.id);
        const std::string& words =
            question == nullptr
                ? std::string()
                : (notice.kind == NoticeKind::RedFlagAdvice ? question->advice : question->note);
        if (!words.empty()) {
            return qs(words);
        }
        return tr("Ask a clinician about your answer \u201c%1\u201d.").arg(answerName(notice.id));
    }
    case NoticeKind::Emergency:
        return tr("If new numbness, weakness in a leg, or bladder or bowel changes appear, go to "
                  "an emergency department at once.");
    case NoticeKind::Balanced:
        return notice.threshold == 1
                   ? tr("Your two sides are the same in every group, so they count as balanced "
                        "and there is nothing to release today. Check again in two or three "
                        "days. If your back still hurts after a few sessions, see a doctor or "
                        "physiotherapist.")
                   : tr("Your two sides differ by less than %n points in every group, so they "
                        "count as balanced and there is nothing to release today. Check again "
                        "in two or three days. If your back still hurts after a few sessions, "
                        "see a doctor or physiotherapist.",
                        notice.threshold);
    case NoticeKind::AllLeftOut:
        return tr("There is nothing to release today: the groups that differ were left out "
                  "because of your screening answers. Ask a clinician about them.");
    case NoticeKind::ReleaseOneSide:
        return tr("Release only the side each step names, not both. Afterwards, rate both sides "
                  "of the %1 again, so you can see the gap shrink.")
            .arg(regionList(notice.groups));
    case NoticeKind::PainRises:
        return tr("If pain rises during a release, ease the pressure or stop; the player has a "
                  "stop button for this.");
    case NoticeKind::LeftOut:
        return tr("Left out today because of your screening answers: %1.")
            .arg(regionList(notice.groups));
    case NoticeKind::Deferred:
        return (notice.count == 1
                    ? tr("One step does not fit in your %1 today; it comes first next time.")
                    : tr("%n steps do not fit in your %1 today; they come first next time.",
                         notice.count))
            .arg(minutes(notice.minutes));
    case NoticeKind::FlareUp:
        return tr("You have a flare-up: every hold is gentle, %1 s with discomfort no more than "
                  "%2 out of 10. The hips and back are left alone on purpose; the work stays on "
                  "the legs.")
            .arg(notice.seconds)
            .arg(notice.discomfortMax);
    case NoticeKind::Never:
        return tr("The low back and glutes are left alone on purpose: they are usually holding "
                  "your hips steady against a pull from the legs, so they are the messenger, not "
                  "the cause. Tightside works on the tighter side of the legs instead.");
    case NoticeKind::NeverRemoved:
        return notice.count == 1
                   ? tr("A step that touched the low back, glutes, spine or lower ribs was "
                        "removed: Tightside never works there, whatever a protocol says.")
                   : tr("%n steps that touched the low back, glutes, spine or lower ribs were "
                        "removed: Tightside never works there, whatever a protocol says.",
                        notice.count);
    case NoticeKind::Resting:
        return tr("You released your %1 less than 24 hours ago, so that group rests today; it "
                  "can be released again from %2. Rate both sides of it after the routine all "
                  "the same, to see how it holds.")
            .arg(regionList(notice.groups), localTime(notice.until));
    case NoticeKind::AllResting:
        return tr("There is nothing to release right now: every group that differs was released "
                  "in the last 24 hours and rests. Rate both sides again all the same.");
    case NoticeKind::NoClearChange:
        return tr("Your %1 gap has not clearly changed over your last %n sessions (your ratings: "
                  "a gap of %2 at the first of them and %3 today). That can happen. It may be "
                  "time to ask a doctor or physiotherapist to have a look; today's routine is "
                  "below as usual.",
                  notice.count)
            .arg(regionList(notice.groups))
            .arg(notice.firstGap)
            .arg(notice.gap);
    }
    return {};
}

void fillWords(core::Plan& plan, const core::Protocol& protocol)
{
    for (auto* list : {&plan.steps, &plan.deferred}) {
        for (core::Step& step : *list) {
            step.reason = reasonText(step, protocol).toStdString();
        }
    }
    if (plan.notices.empty()) {
        return;
    }
    plan.messages.clear();
    for (const core::Notice& notice : plan.notices) {
        plan.messages.push_back(noticeText(notice, protocol).toStdString());
    }
}

core::Plan makePlan(const core::Protocol& protocol, const core::Answers& answers,
                    const core::PlanOptions& options)
{
    core::Plan plan = core::RulesEngine(protocol).plan(answers, options);
    fillWords(plan, protocol);
    return plan;
}

QString planText(const core::Plan& plan, const core::Protocol& protocol)
{
    QString out;
    const auto line = [&out](const QString& text) {
        out += text;
        out += QLatin1Char('\n');
    };
    const auto names = [](const std::vector<core::Region>& regions) {
        QStringList list;
        for (const core::Region region : regions) {
            list.push_back(regionText(region));
        }
        return list.isEmpty() ? tr("none") : list.join(QStringLiteral(", "));
    };
    line(tr("Tightside plan (%1 %2; a gap of %3 points or more counts)")
             .arg(qs(plan.protocolId), qs(plan.protocolVersion))
             .arg(plan.threshold));
    line({});
    if (plan.status == core::PlanStatus::SeekCare) {
        line(plan.urgency == core::Urgency::Today
                 ? tr("SEE A CLINICIAN TODAY. No routine.")
                 : tr("SEE A CLINICIAN SOON. No routine for now."));
    } else if (plan.status == core::PlanStatus::Balanced) {
        line(tr("BALANCED: nothing to release today."));
    } else {
        line(tr("Steps, in this order:"));
        int n = 0;
        for (const core::Step& step : plan.steps) {
            const core::Technique* technique = protocol.technique(step.technique);
            const QString how = qs(technique != nullptr ? technique->name : step.technique);
            const bool left = step.side == core::Side::Left;
            QString title;
            if (step.optional) {
                title = left ? tr("%1. LEFT %2, %3 s (optional): %4")
                             : tr("%1. RIGHT %2, %3 s (optional): %4");
            } else {
                title = left ? tr("%1. LEFT %2, %3 s: %4") : tr("%1. RIGHT %2, %3 s: %4");
            }
            line(QStringLiteral("  ") + title.arg(QString::number(++n), regionText(step.group),
                                                  QString::number(step.seconds), how));
            line(QStringLiteral("     ") + qs(step.reason));
        }
    }
    if (!plan.deferred.empty()) {
        line({});
        line(tr("Next time first (did not fit today):"));
        for (const core::Step& step : plan.deferred) {
            line(QStringLiteral("  - ") +
                 (step.side == core::Side::Left ? tr("left %1, %2 s") : tr("right %1, %2 s"))
                     .arg(regionText(step.group))
                     .arg(step.seconds));
        }
    }
    line({});
    if (plan.status != core::PlanStatus::SeekCare) {
        line(tr("Balanced today: %1").arg(names(plan.balanced)));
        if (!plan.recheck.empty()) {
            line(tr("Re-check both sides afterwards: %1").arg(names(plan.recheck)));
        }
    }
    line(tr("Never worked on: %1").arg(names(plan.never)));
    line({});
    for (const std::string& message : plan.messages) {
        line(QStringLiteral("* ") + qs(message));
    }
    return out;
}

} // namespace tightside::text
