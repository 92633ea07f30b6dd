#include "tightside/text/planwords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace tightside::text {
namespace {

/// The context of every sentence here, as lupdate and the translator both see it.
class PlanWords
{
    Q_DECLARE_TR_FUNCTIONS(PlanWords)
};

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
        out = (i + 1 == items.size() ? PlanWords::tr("%1 and %2") : PlanWords::tr("%1, %2"))
                  .arg(out, items[i]);
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
    // The built-in protocol's precautions, named in the person's language; another
    // protocol's id reads as its words ("varicose_veins" -> "varicose veins").
    static const char* const names[][2] = {
        {"open_wound_or_skin_infection",
         QT_TRANSLATE_NOOP("PlanWords", "open wound or skin infection")},
        {"local_inflammation", QT_TRANSLATE_NOOP("PlanWords", "local inflammation")},
        {"bone_infection_or_hard_lump",
         QT_TRANSLATE_NOOP("PlanWords", "bone infection or hard lump")},
        {"varicose_veins", QT_TRANSLATE_NOOP("PlanWords", "varicose veins")},
        {"anticoagulant", QT_TRANSLATE_NOOP("PlanWords", "anticoagulant")},
        {"bleeding_disorder", QT_TRANSLATE_NOOP("PlanWords", "bleeding disorder")},
        {"osteoporosis", QT_TRANSLATE_NOOP("PlanWords", "osteoporosis")},
        {"pregnancy", QT_TRANSLATE_NOOP("PlanWords", "pregnancy")},
        {"leg_nerve_damage", QT_TRANSLATE_NOOP("PlanWords", "leg nerve damage")},
    };
    for (const auto& [key, words] : names) {
        if (id == key) {
            return PlanWords::tr(words);
        }
    }
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
        return (left ? PlanWords::tr(
                           "Left %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.")
                     : PlanWords::tr(
                           "Right %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6."))
            .arg(name, qs(group->where))
            .arg(step.seconds)
            .arg(why.left)
            .arg(why.right)
            .arg(why.gap);
    }
    return (left ? PlanWords::tr("Left %1, %2 s: you rated left %3 and right %4, a gap of %5.")
                 : PlanWords::tr("Right %1, %2 s: you rated left %3 and right %4, a gap of %5."))
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
        out =
            PlanWords::tr("The hold is gentle because of your flare-up and your screening answers "
                          "(%1).")
                .arg(joinList(answers));
    } else if (why.flareUp) {
        out = PlanWords::tr("The hold is gentle because of your flare-up.");
    } else if (!answers.isEmpty()) {
        out = PlanWords::tr("The hold is gentle because of your screening answers (%1).")
                  .arg(joinList(answers));
    } else {
        return why.holdChosen ? PlanWords::tr("That is the hold length you chose.")
                              : PlanWords::tr("That is the usual hold.");
    }
    if (why.holdChosen) {
        out += QLatin1Char(' ') + PlanWords::tr("It is the shorter length you chose.");
    }
    return out;
}

/// A stored UTC time as the person's own clock shows it, in the short form of the locale.
QString localTime(const std::string& isoUtc)
{
    QDateTime time = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    if (!time.isValid()) {
        return qs(isoUtc);
    }
    time.setTimeSpec(Qt::UTC);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString minutes(int n)
{
    return n == 1 ? PlanWords::tr("one minute") : PlanWords::tr("%n minutes", nullptr, n);
}

} // namespace

QString regionText(core::Region region)
{
    switch (region) {
    case core::Region::Quadriceps:
        return PlanWords::tr("quadriceps");
    case core::Region::HipFlexors:
        return PlanWords::tr("hip flexors");
    case core::Region::Adductors:
        return PlanWords::tr("adductors");
    case core::Region::ItBand:
        return PlanWords::tr("IT band");
    case core::Region::Hamstrings:
        return PlanWords::tr("hamstrings");
    case core::Region::Tfl:
        return PlanWords::tr("TFL");
    case core::Region::Lats:
        return PlanWords::tr("lats");
    case core::Region::LowBack:
        return PlanWords::tr("low back");
    case core::Region::Glutes:
        return PlanWords::tr("glutes");
    case core::Region::Spine:
        return PlanWords::tr("spine");
    case core::Region::LowerRibs:
        return PlanWords::tr("lower ribs");
    }
    return qs(std::string(core::regionName(region)));
}

QString measuredText(const core::MeasuredGap& measured)
{
    const auto degrees = [](double value) {
        return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
    };
    QString text;
    if (!measured.tighter) {
        text = PlanWords::tr("Your measured angles show no difference this test can tell apart "
                             "(it tells apart %1° or more).")
                   .arg(degrees(measured.mdc));
    } else if (*measured.tighter == core::Side::Left) {
        text = PlanWords::tr("Your measured angles: your left side is tighter by %1° (this test "
                             "tells apart %2° or more).")
                   .arg(degrees(measured.gap), degrees(measured.mdc));
    } else {
        text = PlanWords::tr("Your measured angles: your right side is tighter by %1° (this test "
                             "tells apart %2° or more).")
                   .arg(degrees(measured.gap), degrees(measured.mdc));
    }
    if (!measured.agrees) {
        text += QLatin1Char(' ') +
                PlanWords::tr("Your ratings point to the other side, so test both sides again, "
                              "set up the same way, before you trust either.");
    }
    return text;
}

QString ruleText(const std::string& id)
{
    // docs: ../shared/docs/method.md, "The rules".
    if (id == "M1") {
        return PlanWords::tr("M1, the five leg groups are checked left against right, in order");
    }
    if (id == "M2") {
        return PlanWords::tr("M2, only the tighter side is released");
    }
    if (id == "M3") {
        return PlanWords::tr("M3, never the low back or the glutes");
    }
    if (id == "M4") {
        return PlanWords::tr("M4, the TFL only once the five groups are balanced");
    }
    if (id == "M5") {
        return PlanWords::tr("M5, the upper body only as a rare exception");
    }
    if (id == "M6") {
        return PlanWords::tr("M6, several sessions, each checked again");
    }
    if (id == "M7") {
        return PlanWords::tr("M7, safety first: the screening comes before any rating");
    }
    if (id == "M8") {
        return PlanWords::tr("M8, honest about what the method is and is not");
    }
    if (id == "M9") {
        return PlanWords::tr("M9, steps that do not fit today's minutes wait for next time");
    }
    if (id == "M10") {
        return PlanWords::tr("M10, gentle holds during an acute flare-up");
    }
    return qs(id);
}

QString reasonDetail(const core::Step& step, const core::Protocol& protocol)
{
    const core::Reason& why = step.why;
    QStringList sentences;
    sentences.push_back(
        PlanWords::tr("A gap of %1 or more is a real difference, so only the tighter side "
                      "is released, to bring the two sides closer.")
            .arg(why.threshold));
    if (why.kind == core::ReasonKind::OptionalGroup) {
        sentences.push_back(
            PlanWords::tr("All five leg groups are balanced, so the %1 can be worked now; "
                          "this step is optional.")
                .arg(groupName(step, protocol)));
    } else {
        sentences.push_back(
            PlanWords::tr("This group comes at priority %1; when groups share a priority, "
                          "the bigger gap goes first.")
                .arg(why.rank));
    }
    sentences.push_back(holdSentence(why));
    if (why.fromDeferred) {
        sentences.push_back(PlanWords::tr(
            "It comes first today because it did not fit in the time you had last session."));
    }
    if (why.deferredMinutes) {
        sentences.push_back(
            PlanWords::tr("It did not fit in today's %1, so it comes first next time.")
                .arg(minutes(*why.deferredMinutes)));
    }
    if (why.measured) {
        sentences.push_back(measuredText(*why.measured));
    }
    return sentences.join(QLatin1Char(' '));
}

QString reasonText(const core::Step& step, const core::Protocol& protocol)
{
    QString text = firstSentence(step, protocol) + QLatin1Char(' ') + reasonDetail(step, protocol);
    text[0] = text[0].toUpper(); // "cuádriceps, lado izquierdo..." starts a sentence
    return text;
}

QString noticeText(const core::Notice& notice, const core::Protocol& protocol)
{
    using core::NoticeKind;
    switch (notice.kind) {
    case NoticeKind::SeekCareToday:
        return PlanWords::tr(
            "Please get medical help today: go to an emergency department now, or call "
            "your emergency number. One of your answers can be a sign of something that "
            "needs a doctor quickly. There is no release routine today.");
    case NoticeKind::SeekCareSoon:
        return PlanWords::tr(
            "Please book a visit with a doctor or physiotherapist in the next few days. "
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
        return PlanWords::tr("Ask a clinician about your answer \u201c%1\u201d.")
            .arg(answerName(notice.id));
    }
    case NoticeKind::Emergency:
        return PlanWords::tr(
            "If new numbness, weakness in a leg, or bladder or bowel changes appear, go to "
            "an emergency department at once.");
    case NoticeKind::Balanced:
        return notice.threshold == 1
                   ? PlanWords::tr(
                         "Your two sides are the same in every group, so they count as balanced "
                         "and there is nothing to release today. Check again in two or three "
                         "days. If your back still hurts after a few sessions, see a doctor or "
                         "physiotherapist.")
                   : PlanWords::tr(
                         "Your two sides differ by less than %n points in every group, so they "
                         "count as balanced and there is nothing to release today. Check again "
                         "in two or three days. If your back still hurts after a few sessions, "
                         "see a doctor or physiotherapist.",
                         nullptr, notice.threshold);
    case NoticeKind::AllLeftOut:
        return PlanWords::tr(
            "There is nothing to release today: the groups that differ were left out "
            "because of your screening answers. Ask a clinician about them.");
    case NoticeKind::ReleaseOneSide:
        return PlanWords::tr(
                   "Release only the side each step names, not both. Afterwards, rate both sides "
                   "of the %1 again, so you can see the gap shrink.")
            .arg(regionList(notice.groups));
    case NoticeKind::PainRises:
        return PlanWords::tr(
            "If pain rises during a release, ease the pressure or stop; the player has a "
            "stop button for this.");
    case NoticeKind::LeftOut:
        return PlanWords::tr("Left out today because of your screening answers: %1.")
            .arg(regionList(notice.groups));
    case NoticeKind::Deferred:
        return (notice.count == 1
                    ? PlanWords::tr(
                          "One step does not fit in your %1 today; it comes first next time.")
                    : PlanWords::tr(
                          "%n steps do not fit in your %1 today; they come first next time.",
                          nullptr, notice.count))
            .arg(minutes(notice.minutes));
    case NoticeKind::FlareUp:
        return PlanWords::tr(
                   "You have a flare-up: every hold is gentle, %1 s with discomfort no more than "
                   "%2 out of 10. The hips and back are left alone on purpose; the work stays on "
                   "the legs.")
            .arg(notice.seconds)
            .arg(notice.discomfortMax);
    case NoticeKind::Never:
        return PlanWords::tr(
            "The low back and glutes are left alone on purpose: they are usually holding "
            "your hips steady against a pull from the legs, so they are the messenger, not "
            "the cause. Tightside works on the tighter side of the legs instead.");
    case NoticeKind::NeverRemoved:
        return notice.count == 1
                   ? PlanWords::tr(
                         "A step that touched the low back, glutes, spine or lower ribs was "
                         "removed: Tightside never works there, whatever a protocol says.")
                   : PlanWords::tr(
                         "%n steps that touched the low back, glutes, spine or lower ribs were "
                         "removed: Tightside never works there, whatever a protocol says.",
                         nullptr, notice.count);
    case NoticeKind::Resting:
        return PlanWords::tr(
                   "You released your %1 less than 24 hours ago, so that group rests today; it "
                   "can be released again from %2. Rate both sides of it after the routine all "
                   "the same, to see how it holds.")
            .arg(regionList(notice.groups), localTime(notice.until));
    case NoticeKind::AllResting:
        return PlanWords::tr(
            "There is nothing to release right now: every group that differs was released "
            "in the last 24 hours and rests. Rate both sides again all the same.");
    case NoticeKind::NoClearChange:
        return PlanWords::tr(
                   "Your %1 gap has not clearly changed over your last %n sessions (your ratings: "
                   "a gap of %2 at the first of them and %3 today). That can happen. It may be "
                   "time to ask a doctor or physiotherapist to have a look; today's routine is "
                   "below as usual.",
                   nullptr, notice.count)
            .arg(regionList(notice.groups))
            .arg(notice.firstGap)
            .arg(notice.gap);
    case NoticeKind::MeasureDisagrees:
        return PlanWords::tr("Your measured angles for the %1 do not match your ratings. Test "
                             "both sides again when you can; today's plan follows your ratings.")
            .arg(regionList(notice.groups));
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
        return list.isEmpty() ? PlanWords::tr("none") : list.join(QStringLiteral(", "));
    };
    line(PlanWords::tr("Tightside plan (%1 %2; a gap of %3 points or more counts)")
             .arg(qs(plan.protocolId), qs(plan.protocolVersion))
             .arg(plan.threshold));
    line({});
    if (plan.status == core::PlanStatus::SeekCare) {
        line(plan.urgency == core::Urgency::Today
                 ? PlanWords::tr("SEE A CLINICIAN TODAY. No routine.")
                 : PlanWords::tr("SEE A CLINICIAN SOON. No routine for now."));
    } else if (plan.status == core::PlanStatus::Balanced) {
        line(PlanWords::tr("BALANCED: nothing to release today."));
    } else {
        line(PlanWords::tr("Steps, in this order:"));
        int n = 0;
        for (const core::Step& step : plan.steps) {
            const core::Technique* technique = protocol.technique(step.technique);
            const QString how = qs(technique != nullptr ? technique->name : step.technique);
            const bool left = step.side == core::Side::Left;
            QString title;
            if (step.optional) {
                title = left ? PlanWords::tr("%1. LEFT %2, %3 s (optional): %4")
                             : PlanWords::tr("%1. RIGHT %2, %3 s (optional): %4");
            } else {
                title = left ? PlanWords::tr("%1. LEFT %2, %3 s: %4")
                             : PlanWords::tr("%1. RIGHT %2, %3 s: %4");
            }
            line(QStringLiteral("  ") + title.arg(QString::number(++n), regionText(step.group),
                                                  QString::number(step.seconds), how));
            line(QStringLiteral("     ") + qs(step.reason));
        }
    }
    if (!plan.deferred.empty()) {
        line({});
        line(PlanWords::tr("Next time first (did not fit today):"));
        for (const core::Step& step : plan.deferred) {
            line(QStringLiteral("  - ") + (step.side == core::Side::Left
                                               ? PlanWords::tr("left %1, %2 s")
                                               : PlanWords::tr("right %1, %2 s"))
                                              .arg(regionText(step.group))
                                              .arg(step.seconds));
        }
    }
    line({});
    if (plan.status != core::PlanStatus::SeekCare) {
        line(PlanWords::tr("Balanced today: %1").arg(names(plan.balanced)));
        if (!plan.recheck.empty()) {
            line(PlanWords::tr("Re-check both sides afterwards: %1").arg(names(plan.recheck)));
        }
    }
    line(PlanWords::tr("Never worked on: %1").arg(names(plan.never)));
    line({});
    for (const std::string& message : plan.messages) {
        line(QStringLiteral("* ") + qs(message));
    }
    return out;
}

} // namespace tightside::text
