#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/core/region.h"
#include "tightside/core/routine.h"
#include "tightside/core/session.h"

#include <QDate>
#include <QString>

namespace tightside::gui {

/// Plain-English wording used on every page, so the same term always reads the same.
QString qs(std::string_view text);
QString capitalised(const QString& text);
/// "left" / "right".
QString sideWord(core::Side side);
/// "LEFT" / "RIGHT", for the huge side label.
QString sideShout(core::Side side);
/// "L" / "R": a side in one letter, beside a bar or a point in a chart.
QString sideLetter(core::Side side);
/// The protocol's name for a group ("hip flexors"), falling back to the region name.
QString groupName(const core::Protocol& protocol, core::Region region);
/// "Left quadriceps".
QString stepTitle(const core::Protocol& protocol, const core::Step& step);
/// "Left is tighter by 3", "Both sides feel the same", with the threshold meaning added.
QString gapSentence(int left, int right, int threshold);
/// "1 session", "2 sessions", in the language's plural forms.
QString sessionCount(long long count);
/// A body region's name for people, in the person's language ("low back").
QString regionWords(core::Region region);
/// "completed", "skipped", "stopped for pain": a step's outcome for people.
QString outcomeWords(core::Outcome outcome);
/// A time from a file (ISO 8601 UTC, "2026-11-25T17:18:00Z") as a person reads it: in the
/// computer's local time zone, the day as dayText() and the time in the locale's short form
/// ("4 Dec 2026 10:30"). Files keep UTC; only the words change. Text that is not such a time
/// is returned as it is.
QString localTimeText(std::string_view iso);
/// A day in the locale's own order with the month as a word, never all digits ("4 Dec 2026",
/// "Dec 4, 2026", "4. Dez. 2026"): 12/4/26 could be two days.
QString dayText(const QDate& day);
/// "1:30" for the countdown.
QString clockText(int seconds);
/// "90 s" or "2 min".
QString durationText(int seconds);
/// The words spoken and shown for one cue of the routine.
QString cueText(const core::Protocol& protocol, const core::Routine& routine, const core::Cue& cue);

} // namespace tightside::gui
