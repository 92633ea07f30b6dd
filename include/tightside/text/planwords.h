#pragma once

#include "tightside/core/answers.h"
#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/core/rulesengine.h"

#include <QString>

namespace tightside::text {

/// The words of a plan: every sentence is QCoreApplication::translate("PlanWords", ...), so a
/// loaded translator renders the plan in the person's language (issue 14). The core carries
/// only facts (Step::why, Plan::notices); this is the one place they become sentences.

/// A rule of the method in plain words with its id ("M2, only the tighter side is released"),
/// where the plan page shows the rules behind a step; an unknown id is returned as it is.
QString ruleText(const std::string& id);

/// "Left quadriceps (front of the thigh), 90 s: you rated left 7 and right 4, a gap of 3. ..."
QString reasonText(const core::Step& step, const core::Protocol& protocol);
/// reasonText() without its first sentence (the step, its hold, the two ratings and the gap):
/// why the step is there, how long and how hard, and its measured angles, for a page that
/// shows the step, the ratings and the gap on their own (the plan page's step cards).
QString reasonDetail(const core::Step& step, const core::Protocol& protocol);

/// The sentence for one notice. Red-flag advice and precaution notes are the protocol's own
/// text for that question.
QString noticeText(const core::Notice& notice, const core::Protocol& protocol);

/// Fills every step's (and deferred step's) `reason` and the plan's `messages` from the facts.
/// A plan without notices (read from an old session file) keeps the messages it has.
void fillWords(core::Plan& plan, const core::Protocol& protocol);

/// The engine and the words together: what the CLI and the window call.
core::Plan makePlan(const core::Protocol& protocol, const core::Answers& answers,
                    const core::PlanOptions& options = {});

/// A readable plan for people, as `tightside plan --format text` prints it.
QString planText(const core::Plan& plan, const core::Protocol& protocol);

/// Both sides of a measured group in words (issue 23): "Your right side is tighter by 12.5°
/// (this test tells apart 8° or more).", or that the test tells no difference apart, and, when
/// the measures name the other side than the ratings, a plain suggestion to test again.
/// Numbers follow the default locale (one decimal).
QString measuredText(const core::MeasuredGap& measured);

/// A region's name for people ("hip flexors").
QString regionText(core::Region region);

} // namespace tightside::text
